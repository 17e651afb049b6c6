import type { ReactNode } from 'react';
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

/**
 * A row of the explorer's lists: focusable, it opens its span on a click anywhere outside its
 * own links (they handle their clicks and middle-clicks) or on Enter.
 */
export function OpenableRow({
  spanId,
  traceId,
  onOpen,
  children,
}: {
  spanId: string;
  /** Set on rows that stand for a whole trace. */
  traceId?: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <tr
      data-span-id={spanId}
      data-trace-id={traceId}
      className="clickable"
      tabIndex={0}
      onClick={(e) => {
        if (!(e.target instanceof Element && e.target.closest('a'))) onOpen();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
      }}
    >
      {children}
    </tr>
  );
}
