import { frameTypeLegend } from './frame-type-colors';

/** One swatch per frame type present in the flame graph. */
export function FrameTypeLegend({ frameTypes }: { frameTypes: readonly string[] }) {
  return (
    <ul className="frame-legend" aria-label="Frame types">
      {frameTypes.map((type) => {
        const { label, color } = frameTypeLegend(type);
        return (
          <li key={type || 'other'}>
            <span className="frame-swatch" style={{ background: color }} />
            {label}
          </li>
        );
      })}
    </ul>
  );
}
