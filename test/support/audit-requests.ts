import { ProfilesRequestBuilder } from './profiles-request-builder';
import { encodeTraceRequest, randomId, traceRequestObject } from './trace-request';

/**
 * Requests whose stored rows can be audited one by one: the crash and retry tests send them and
 * count, afterwards, what the store holds of each.
 */

/** A trace request of `spans` spans with fresh ids, numbered `i` for sender `sender`. */
export function auditTraceRequest(
  t0: bigint,
  sender: number,
  i: number,
  spans: number,
): { body: Uint8Array; spanIds: string[] } {
  const spanIds = Array.from({ length: spans }, () => randomId(8));
  const body = encodeTraceRequest(
    traceRequestObject(
      { 'service.name': `sender-${sender}` },
      spanIds.map((spanId, j) => ({
        name: `op-${j}`,
        spanId,
        startNs: t0 + BigInt(i),
        endNs: t0 + BigInt(i) + 1000n,
      })),
    ),
  );
  return { body, spanIds };
}

/** A profiles request of one process `pid`: two hits of one stack whose function is `fn`. */
export function auditProfilesRequest(t0: bigint, pid: number, fn: string): Uint8Array {
  const b = new ProfilesRequestBuilder();
  const stack = b.stack([b.location({ lines: [{ fn: b.function(fn), line: 1 }] })]);
  b.resource({ 'process.pid': pid }, [
    {
      sampleType: ['samples', 'count'],
      periodType: ['cpu', 'nanoseconds'],
      period: 1000,
      timeNs: t0,
      samples: [{ stack, timestampsNs: [t0, t0 + 1n] }],
    },
  ]);
  return b.encode();
}
