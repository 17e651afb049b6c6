import { correlationTiers, type CorrelationTier } from '@/lib/correlation/correlation-tier';
import type { SpanProfile } from '@/lib/contract/profile-models';
import { tierInfo } from './tier-info';
import { Segmented } from '../form/segmented';

interface TierPickerProps {
  /** undefined while the profile loads or failed. */
  profile: SpanProfile | undefined;
  /** The tier the URL asks for; undefined lets the API pick the most certain one. */
  requested: CorrelationTier | undefined;
  onChoose: (tier: CorrelationTier | undefined) => void;
}

/**
 * Names the tier whose samples are drawn and offers the others that have samples, each with
 * its hit count. "auto" returns the choice to the API.
 */
export function TierPicker({ profile, requested, onChoose }: TierPickerProps) {
  const used = profile?.tier;
  return (
    <div className="control-group">
      <span className="control-label">Matched by</span>
      <Segmented
        label="Correlation tier"
        dataKey="tier"
        options={correlationTiers.map((tier) => {
          const count = profile?.tierCounts[tier] ?? 0;
          return {
            value: tier,
            help: tierInfo[tier].help,
            disabled: !profile || (count === 0 && used !== tier),
            label: (
              <>
                {tierInfo[tier].label}
                <span className="count">{profile ? count : '–'}</span>
              </>
            ),
          };
        })}
        value={used === 'none' ? undefined : used}
        onChange={onChoose}
      />
      {requested ? (
        <button
          type="button"
          className="btn btn-quiet small"
          title="Let traceprof pick the most certain tier that has samples"
          onClick={() => {
            onChoose(undefined);
          }}
        >
          auto
        </button>
      ) : (
        <span className="muted small" title="The most certain tier that has samples">
          (auto)
        </span>
      )}
    </div>
  );
}
