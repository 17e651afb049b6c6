import { formatDuration } from '../format/format-duration';
import { useServiceColor } from '../trace/service-color';

/** A span's duration with a bar scaled to the slowest span of the table. */
export function DurationCell({ ns, maxNs }: { ns: number; maxNs: number }) {
  return (
    <td className="num duration-cell">
      <span className="duration-bar" style={{ width: `${(100 * ns) / maxNs}%` }} />
      <span className="duration-text">{formatDuration(ns)}</span>
    </td>
  );
}

/** A service name with its colour, as the waterfall shows it. */
export function ServiceCell({ service }: { service: string }) {
  const serviceColor = useServiceColor();
  return (
    <td>
      <span className="service-chip" style={{ background: serviceColor(service) }} />
      {service}
    </td>
  );
}
