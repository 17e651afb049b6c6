import type { SampleTypeOffer } from '@/lib/contract/profile-models';
import { formatWeight } from '../format/format-weight';
import { sampleKindHelp, sampleTypeLabel } from './sample-type-label';
import { Segmented } from '../form/segmented';

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
      <Segmented
        label="Sample type"
        dataKey="sample-type"
        options={offers.map((o) => ({
          value: o.name,
          help: `${sampleKindHelp[o.kind]} (${o.name}, ${o.unit})`,
          label: (
            <>
              {sampleTypeLabel(o.kind, o.name)}{' '}
              <span className="count">{formatWeight(o.hits, 'count')}</span>
            </>
          ),
        }))}
        value={shown}
        onChange={onChange}
      />
    </div>
  );
}
