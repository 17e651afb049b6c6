import type { CorrelationTier } from '@/lib/correlation/correlation-tier';

/** How each correlation tier is named and explained in the UI (ARCHITECTURE.md, tiers). */
export const tierInfo: Record<CorrelationTier, { label: string; help: string }> = {
  exact: { label: 'exact', help: "Exact: the sample's OTLP link names this span." },
  label: {
    label: 'label',
    help: "Label: the sample carries this span's id as a label (e.g. Go pprof labels).",
  },
  thread: {
    label: 'thread',
    help: 'Thread window: same process and thread, during the span, not named for another span.',
  },
  process: {
    label: 'process',
    help: 'Process window: same process, during the span. Lowest confidence: other threads count too.',
  },
};
