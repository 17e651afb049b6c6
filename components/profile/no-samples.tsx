import type { SpanProfile } from '@/lib/contract/profile-models';
import { MessagePanel } from '../feedback/message-panel';
import { formatDuration } from '../format/format-duration';

/** In place of an empty flame graph: why there is nothing to draw and what to try. */
export function NoSamples({ profile, durationNs }: { profile: SpanProfile; durationNs: number }) {
  const { coverage, scope, tierCounts } = profile;
  const others = Object.values(tierCounts).some((n) => n > 0);
  if (coverage.state === 'shorter-than-period') {
    return (
      <MessagePanel tone="info" title="Too short to be sampled">
        This span lasted {formatDuration(durationNs)}; the profiler samples every{' '}
        {formatDuration(coverage.periodNs)}, so a sample rarely lands inside it. Widen the scope to
        its descendants or the whole trace, or look at its parent.
      </MessagePanel>
    );
  }
  return (
    <MessagePanel tone="info" title="No samples to draw">
      {others ? (
        <p>Another correlation tier has samples for this scope: pick it above.</p>
      ) : scope === 'trace' ? (
        <p>No sample of any span of this trace was found.</p>
      ) : (
        <p>Its descendants or the whole trace may have samples: switch the scope above.</p>
      )}
      <p className="muted">
        Samples reach a span when the eBPF profiler runs on the span&apos;s node, and either link
        the span (exact, label) or share its process: the span&apos;s resource needs{' '}
        <code>process.pid</code> and <code>host.name</code> (or <code>container.id</code>).
      </p>
    </MessagePanel>
  );
}
