import type { CorrelationTier } from '@/lib/correlation/correlation-tier';
import { tierInfo } from './tier-info';

/** A small label naming how a span's samples were matched, explained on hover. */
export function TierBadge({ tier }: { tier: CorrelationTier | 'none' }) {
  if (tier === 'none') return <span className="badge">none</span>;
  return (
    <span className={`badge badge-tier-${tier}`} title={tierInfo[tier].help}>
      {tierInfo[tier].label}
    </span>
  );
}
