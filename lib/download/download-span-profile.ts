import { download, type ApiResult } from '../handlers/api-result';
import type { SpanContext } from '../contract/profile-models';
import type { ResolvedSpanProfile } from '../correlation/span-profile';
import type { DownloadInput } from './download-input';
import { stacksToCollapsed } from './stacks-to-collapsed';
import { stacksToPprof } from './stacks-to-pprof';
import { stacksToSpeedscope } from './stacks-to-speedscope';

export const downloadFormats = ['pprof', 'speedscope', 'collapsed'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** A span profile as a file a profiler opens: pprof (gzip), speedscope JSON or collapsed stacks. */
export function downloadSpanProfile(
  resolved: ResolvedSpanProfile,
  context: SpanContext,
  format: DownloadFormat,
): ApiResult<never> {
  const { profile, span, stacks } = resolved;
  const input: DownloadInput = {
    stacks,
    sampleType: profile.sampleType,
    unit: profile.unit,
    periodNs: profile.coverage.periodNs,
    startNs: BigInt(span.startNs),
    durationNs: BigInt(span.durationNs),
    name: `${span.service}: ${span.name}`,
    context: [
      ['trace_id', span.traceId],
      ['span_id', span.spanId],
      ['tier', profile.tier],
      ['scope', profile.scope],
      ...context.fields
        .filter(
          (f) =>
            f.key.startsWith('k8s.') || f.key.startsWith('container.') || f.key === 'host.name',
        )
        .map((f): [string, string] => [f.key, f.value]),
    ],
  };
  const base = `traceprof-${span.traceId}-${span.spanId}`;
  switch (format) {
    case 'pprof':
      return ok(stacksToPprof(input), 'application/octet-stream', `${base}.pb.gz`);
    case 'speedscope':
      return ok(
        JSON.stringify(stacksToSpeedscope(input)),
        'application/json',
        `${base}.speedscope.json`,
      );
    case 'collapsed':
      return ok(stacksToCollapsed(input), 'text/plain; charset=utf-8', `${base}.collapsed.txt`);
  }
}

function ok(body: string | Uint8Array, contentType: string, filename: string): ApiResult<never> {
  return download(body, { contentType, filename });
}
