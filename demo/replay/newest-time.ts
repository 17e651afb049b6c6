import { otlpTypes } from '@/ingest/otlp/otlp-wire';

/** The newest span end or sample time in a request, unix ns (0n when it has none). */
export function newestTimeNs(signal: 'traces' | 'profiles', body: Uint8Array): bigint {
  const { traceRequest: traces, profilesRequest: profiles } = otlpTypes;
  const object: unknown =
    signal === 'traces'
      ? traces.toObject(traces.decode(body), { longs: String })
      : profiles.toObject(profiles.decode(body), { longs: String });
  let newest = 0n;
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) for (const item of node) visit(item, key);
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) visit(v, k);
    } else if (
      typeof node === 'string' &&
      (key === 'endTimeUnixNano' || key === 'timestampsUnixNano')
    ) {
      const t = BigInt(node);
      if (t > newest) newest = t;
    }
  };
  visit(object, '');
  return newest;
}
