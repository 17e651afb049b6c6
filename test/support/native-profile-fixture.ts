import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { ms } from './correlation-fixture';
import type { NativeProgram } from './native-program';
import { onCpuProfile, ProfilesRequestBuilder } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from './trace-request';

/** A build id no uploaded file has: its frames must keep their `module+0x…` labels. */
export const otherBuildId = '0123456789abcdef0123456789abcdef01234567';
/** An address in the other module, leaf frame of the stacks. */
export const otherAddress = 0x1234n;

/**
 * One span with 4 samples linked to it, all on the stack the eBPF profiler would send for the
 * program: a frame of another module (`libother.so`, a build id nothing uploads) at the leaf,
 * then parse_order ← price_items ← write_receipt, each a native frame with no name, the
 * program's GNU build id and an address inside the function.
 */
export function nativeProfileRequests(program: NativeProgram, buildId = program.gnuBuildId) {
  const t = BigInt(Date.now() - 60_000) * ms;
  const traceId = randomId(16);
  const spanId = randomId(8);
  const resource = { 'service.name': 'orders', 'host.name': 'node-a', 'process.pid': 300 };
  const trace = traceRequestObject(resource, [
    { name: 'POST /orders', traceId, spanId, startNs: t, endNs: t + 1000n * ms },
  ]);
  const b = new ProfilesRequestBuilder();
  const orders = b.mapping('orders', { buildId });
  const other = b.mapping('libother.so', { buildId: otherBuildId });
  const native = (mapping: number, address: bigint) =>
    b.location({ mapping, address, frameType: 'native' });
  const stack = b.stack([
    native(other, otherAddress),
    native(orders, program.inside('parse_order')),
    native(orders, program.inside('price_items')),
    native(orders, program.inside('write_receipt')),
  ]);
  b.resource(resource, [
    onCpuProfile(
      [
        {
          stack,
          link: b.spanLink(traceId, spanId),
          attributes: [b.attribute('thread.id', 300)],
          timestampsNs: [100n, 200n, 300n, 400n].map((o) => t + o * ms),
        },
      ],
      t,
    ),
  ]);
  return { traceId, spanId, traces: [encodeTraceRequest(trace)], profiles: [b.encode()] };
}

/** Writes the requests through the ingest pipeline into a store. */
export async function loadNativeProfile(
  store: TempStore,
  requests: ReturnType<typeof nativeProfileRequests>,
): Promise<void> {
  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  for (const body of requests.traces) await pipeline.exportTraces(body, 'protobuf');
  for (const body of requests.profiles) await pipeline.exportProfiles(body, 'protobuf');
  await pipeline.drain();
}
