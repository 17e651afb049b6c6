import type { CorrelationTier, ProfileScope } from '../../lib/correlation/correlation-tier';

export type FlameOrientation = 'flame' | 'icicle';

/** The span view's state, all from the URL, so a link reproduces the view. */
export interface SpanViewState {
  /** The `span=` value, lower-cased; undefined when absent (the view selects the root). */
  spanId: string | undefined;
  /** The raw `span=` value when it is not a span id (16 hex characters). */
  malformedSpanId: string | undefined;
  scope: ProfileScope;
  /** undefined: let the API choose the most certain tier that has samples. */
  tier: CorrelationTier | undefined;
  /** Flame graph search term (case-insensitive substring). */
  q: string;
  /** Zoomed frame: frame names from the root's child down (URL: joined by `;`). */
  zoom: string[];
  orientation: FlameOrientation;
}

export const spanIdPattern = /^[0-9a-f]{16}$/i;
export const traceIdPattern = /^[0-9a-f]{32}$/i;

const scopes: readonly ProfileScope[] = ['span', 'descendants', 'trace'];
const tiers: readonly CorrelationTier[] = ['exact', 'label', 'thread', 'process'];

function oneOf<T extends string>(allowed: readonly T[], raw: string | null): T | undefined {
  return allowed.find((v) => v === raw);
}

/** Unknown scope/tier/orientation values fall back to defaults rather than failing the view. */
export function spanViewStateFromParams(params: URLSearchParams): SpanViewState {
  const span = params.get('span') ?? '';
  const zoom = params.get('zoom') ?? '';
  return {
    spanId: spanIdPattern.test(span) ? span.toLowerCase() : undefined,
    malformedSpanId: span !== '' && !spanIdPattern.test(span) ? span : undefined,
    scope: oneOf(scopes, params.get('scope')) ?? 'span',
    tier: oneOf(tiers, params.get('tier')),
    q: params.get('q') ?? '',
    zoom: zoom === '' ? [] : zoom.split(';'),
    orientation: params.get('orientation') === 'icicle' ? 'icicle' : 'flame',
  };
}
