'use client';

import { useState } from 'react';
import { Segmented } from '../form/segmented';
import { formatDateTime } from '../format/format-time';
import { useUrlParams } from '../url/use-url-params';
import {
  rangePresets,
  resolveTimeRange,
  timeRangeFromParams,
  timeRangeToParams,
  type RangePreset,
  type TimeRange,
} from '../url/time-range';

const presetOptions = (Object.keys(rangePresets) as RangePreset[]).map((p) => ({
  value: p,
  label: p,
}));

/** `datetime-local` works in local time without seconds: "2026-11-26T14:03". */
function toLocalInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): number | undefined {
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** Presets (15m … 7d) and an absolute from/to; both write the URL (`range=` or `from=&to=`). */
export function TimeRangePicker() {
  const { params, update } = useUrlParams();
  const range = timeRangeFromParams(params);
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(null);
  const set = (next: TimeRange): void => {
    update(timeRangeToParams(next));
  };
  // Called from the button's click only, with the click's time.
  const openCustom = (nowMs: number): void => {
    const { fromMs, toMs } = resolveTimeRange(range, nowMs);
    setCustom({ from: toLocalInput(fromMs), to: toLocalInput(toMs) });
  };
  const fromMs = custom ? fromLocalInput(custom.from) : undefined;
  const toMs = custom ? fromLocalInput(custom.to) : undefined;
  const valid = fromMs !== undefined && toMs !== undefined && fromMs <= toMs;

  return (
    <div className="time-range">
      <Segmented
        label="Time range"
        options={presetOptions}
        value={range.kind === 'preset' ? range.preset : undefined}
        onChange={(p) => {
          setCustom(null);
          set({ kind: 'preset', preset: p });
        }}
      >
        <button
          type="button"
          aria-pressed={range.kind === 'absolute'}
          aria-expanded={custom !== null}
          onClick={() => {
            if (custom) setCustom(null);
            // The rule cannot tell a click handler from render; this runs on the click only.
            // eslint-disable-next-line react-hooks/purity
            else openCustom(Date.now());
          }}
        >
          {range.kind === 'absolute'
            ? `${formatDateTime(range.fromMs)} → ${formatDateTime(range.toMs)}`
            : 'Custom…'}
        </button>
      </Segmented>
      {custom ? (
        <form
          className="time-range-custom"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            set({ kind: 'absolute', fromMs, toMs });
            setCustom(null);
          }}
        >
          <label>
            From
            <input
              type="datetime-local"
              className="input"
              value={custom.from}
              onChange={(e) => {
                setCustom({ ...custom, from: e.target.value });
              }}
            />
          </label>
          <label>
            To
            <input
              type="datetime-local"
              className="input"
              value={custom.to}
              onChange={(e) => {
                setCustom({ ...custom, to: e.target.value });
              }}
            />
          </label>
          <button type="submit" className="btn btn-primary" disabled={!valid}>
            Apply
          </button>
        </form>
      ) : null}
    </div>
  );
}
