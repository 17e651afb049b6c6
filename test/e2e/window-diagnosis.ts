/** What the end-to-end test reads back from the API, and what it reports when a window match fails. */
import { readFileSync } from 'node:fs';
import type { FlameNode } from '@/lib/contract/profile-models';
import { spanProfileResponse, sqlResponse, traceResponse } from '@/lib/contract/responses';
import type { SpanSummary } from '@/lib/contract/span-models';
import { fetchJson } from '@/components/queries/fetch-json';

const answerWithin = (): AbortSignal => AbortSignal.timeout(30_000);

/** How far the wall clock has been stepped against the monotonic clock since this process began. */
export function wallClockStep(): number {
  return Date.now() - (performance.timeOrigin + performance.now());
}

/**
 * What a failing window match looked like: the spans' tiers and sample counts, the leaf frames of
 * the first, how old the newest sample of its process is, and anything that moves timestamps
 * (a stepped wall clock, a time namespace).
 */
export async function windowDiagnosis(
  api: string,
  spans: SpanSummary[],
  stepAtStart: number,
): Promise<string> {
  const first = spans[0];
  if (!first) return 'no spans';
  const profile = await fetchJson(
    `${api}/api/traces/${first.traceId}/spans/${first.spanId}/profile`,
    spanProfileResponse,
    answerWithin(),
  );
  const leaves: string[] = [];
  const walk = (n: FlameNode): void => {
    if (n.children.length === 0) leaves.push(n.name);
    n.children.forEach(walk);
  };
  walk(profile.tree);
  const trace = await fetchJson(
    `${api}/api/traces/${first.traceId}`,
    traceResponse,
    answerWithin(),
  );
  const pid = Number(trace.spans.find((s) => s.spanId === first.spanId)?.resource['process.pid']);
  const newest = await fetchJson(`${api}/api/sql`, sqlResponse, answerWithin(), {
    query: `SELECT toUnixTimestamp64Milli(max(Timestamp)) AS newest, count() AS samples FROM profile_samples WHERE ProcessPid = ${pid}`,
  });
  const row = newest.rows[0] ?? [];
  return [
    `tiers/samples ${spans.map((s) => `${s.tier}/${s.samples}`).join(' ')}`,
    `first span's tier ${profile.tier}, leaves ${leaves.slice(0, 5).join(' | ')}`,
    `pid ${pid}: ${String(row[1])} samples, newest ${((Date.now() - Number(row[0])) / 1000).toFixed(1)} s old`,
    `wall clock stepped ${((wallClockStep() - stepAtStart) / 1000).toFixed(3)} s during the run`,
    `time namespace offsets: ${readFileSync('/proc/self/timens_offsets', 'utf8').replace(/\s+/g, ' ')}`,
  ].join('; ');
}
