import type { SampleTypeOffer } from '@/lib/contract/profile-models';
import { formatWeight } from '../format/format-weight';
import { sampleKindHelp, sampleTypeLabel } from './sample-type-label';

/**
 * Which of the span's sample types the flame graph shows: every type the store holds for its
 * scope, on-CPU first, each with its hits; nothing to choose when there is one type or none.
 */
export function SampleTypeSwitch({
  offers,
  shown,
  onChange,
}: {
  offers: readonly SampleTypeOffer[] | undefined;
  shown: string | undefined;
  onChange: (sampleType: string) => void;
}) {
  if (!offers || offers.length < 2) return null;
  return (
    <div className="control-group">
      <span className="control-label">Samples</span>
      <div className="segmented" role="group" aria-label="Sample type">
        {offers.map((o) => (
          <button
            key={o.name}
            type="button"
            data-sample-type={o.name}
            aria-pressed={shown === o.name}
            title={`${sampleKindHelp[o.kind]} (${o.name}, ${o.unit})`}
            onClick={() => {
              onChange(o.name);
            }}
          >
            {sampleTypeLabel(o.kind, o.name)}{' '}
            <span className="count">{formatWeight(o.hits, 'count')}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
