import { gzipSync } from 'node:zlib';
import type { FlameFrame } from '../flame/flame-node';
import { frameLabel } from '../flame/stack-rows-to-flame-tree';
import type { DownloadInput } from './download-input';
import { pprofProfileType } from './pprof-types';

/**
 * The stacks as a gzipped pprof profile that `go tool pprof` opens: sample types samples/count and
 * <sampleType>/<unit>, the period, one location per distinct frame, one mapping per module; the
 * span, trace, tier and Kubernetes context as comments and sample labels.
 */
export function stacksToPprof(input: DownloadInput): Buffer {
  const strings: string[] = [''];
  const stringIndex = new Map<string, number>([['', 0]]);
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  const mappings = new Map<string, { id: number; filename: number; hasFunctions: boolean }>();
  const functions = new Map<string, { id: number; name: number; filename: number }>();
  const locations = new Map<
    string,
    { id: number; mappingId: number; address: string; line: { functionId: number; line: number }[] }
  >();

  const mappingId = (f: FlameFrame): number => {
    if (f.module === '') return 0;
    let m = mappings.get(f.module);
    if (!m) {
      m = { id: mappings.size + 1, filename: str(f.module), hasFunctions: false };
      mappings.set(f.module, m);
    }
    if (f.functionName !== '') m.hasFunctions = true;
    return m.id;
  };
  const locationId = (f: FlameFrame): number => {
    const name = frameLabel(f);
    const key = `${name}\u0000${f.fileName}\u0000${f.line}\u0000${f.module}\u0000${f.address}`;
    let loc = locations.get(key);
    if (!loc) {
      const fnKey = `${name}\u0000${f.fileName}`;
      let fn = functions.get(fnKey);
      if (!fn) {
        fn = { id: functions.size + 1, name: str(name), filename: str(f.fileName) };
        functions.set(fnKey, fn);
      }
      loc = {
        id: locations.size + 1,
        mappingId: mappingId(f),
        address: f.address,
        line: [{ functionId: fn.id, line: f.line }],
      };
      locations.set(key, loc);
    }
    return loc.id;
  };

  const labels = input.context
    .filter(([k]) => k === 'trace_id' || k === 'span_id')
    .map(([k, v]) => ({ key: str(k), str: str(v) }));
  const period = input.periodNs;
  const samples = input.stacks
    .filter((s) => s.value > 0)
    .map((s) => ({
      locationId: s.frames.map(locationId),
      value: [s.hits ?? (period > 0 ? Math.round(s.value / period) : 1), Math.round(s.value)],
      label: labels,
    }));
  const comments = [input.name, ...input.context.map(([k, v]) => `${k}=${v}`)].map(str);
  const profile = pprofProfileType.fromObject({
    sampleType: [
      { type: str('samples'), unit: str('count') },
      { type: str(input.sampleType), unit: str(input.unit) },
    ],
    sample: samples,
    mapping: [...mappings.values()].map((m) => ({
      id: m.id,
      filename: m.filename,
      hasFunctions: m.hasFunctions,
    })),
    location: [...locations.values()],
    function: [...functions.values()],
    timeNanos: input.startNs.toString(),
    durationNanos: input.durationNs.toString(),
    periodType: { type: str(input.sampleType), unit: str(input.unit) },
    period: period,
    comment: comments,
    defaultSampleType: str(input.sampleType),
    // Last: every string above is interned by now.
    stringTable: strings,
  });
  return gzipSync(pprofProfileType.encode(profile).finish());
}
