import {
  correlationTiers,
  defaultViewScope,
  scopeRequests,
  type CorrelationTier,
  type ScopeRequest,
} from '@/lib/correlation/correlation-tier';
import {
  diffBaselines,
  diffTargets,
  type DiffBaseline,
  type DiffTarget,
} from '@/lib/contract/profile-models';
import { spanIdPattern } from '@/lib/traces/trace-ids';
import { pickExplorerParams } from './explorer-filters';

/**
 * The span view's URL, `/traces/<traceId>?span=…&scope=…&tier=…&type=…&compare=…&target=…&q=…&zoom=…&orientation=…`
 * (and `sliceFrom=…&sliceTo=…`, see parseSpanViewSlice), read and written here only: every link
 * to a span view and every change of its state goes through this module.
 */

export type FlameOrientation = 'flame' | 'icicle';

const orientations: readonly FlameOrientation[] = ['flame', 'icicle'];

/** The span view's state, all from the URL, so a link reproduces the view. */
export interface SpanViewState {
  /** The `span=` value, lower-cased; undefined when absent (the view selects the root). */
  spanId: string | undefined;
  /** The raw `span=` value when it is not a span id (16 hex characters). */
  malformedSpanId: string | undefined;
  /** `nearest` (no `scope=`): the narrowest scope with samples, chosen by the API. */
  scope: ScopeRequest;
  /** undefined: let the API choose the most certain tier that has samples. */
  tier: CorrelationTier | undefined;
  /** The sample type shown; undefined: the API's choice (the span's on-CPU samples). */
  sampleType: string | undefined;
  /** A baseline to compare the span with (a differential flame graph); undefined: no diff. */
  compare: DiffBaseline | undefined;
  /** What is compared with the baseline: this span, or its operation's slow cohort. */
  compareTarget: DiffTarget;
  /** Flame graph search term (case-insensitive substring). */
  q: string;
  /** Zoomed frame: frame names from the root's child down (URL: joined by `;`). */
  zoom: string[];
  orientation: FlameOrientation;
}

/** The view of a bare `/traces/<traceId>`; a state's field equal to its default is not written. */
export const defaultSpanViewState: SpanViewState = {
  spanId: undefined,
  malformedSpanId: undefined,
  scope: defaultViewScope,
  tier: undefined,
  sampleType: undefined,
  compare: undefined,
  compareTarget: 'span',
  q: '',
  zoom: [],
  orientation: 'flame',
};

/** The span view's own query keys, in the order links write them. */
export const spanViewKeys = [
  'span',
  'scope',
  'tier',
  'type',
  'compare',
  'target',
  'q',
  'zoom',
  'orientation',
] as const;

export type SpanViewKey = (typeof spanViewKeys)[number];

/** The URL values of a state's changed fields; '' where a field goes back to its default. */
export type SpanViewPatch = Partial<Record<SpanViewKey, string>>;

const pathPrefix = '/traces/';
const zoomSeparator = ';';

function oneOf<T extends string>(allowed: readonly T[], raw: string | null): T | undefined {
  return allowed.find((v) => v === raw);
}

/** Unknown scope/tier/orientation values fall back to defaults rather than failing the view. */
export function parseSpanViewUrl(params: URLSearchParams): SpanViewState {
  const span = params.get('span') ?? '';
  const zoom = params.get('zoom') ?? '';
  const valid = spanIdPattern.test(span);
  return {
    spanId: valid ? span.toLowerCase() : undefined,
    malformedSpanId: span !== '' && !valid ? span : undefined,
    scope: oneOf(scopeRequests, params.get('scope')) ?? defaultSpanViewState.scope,
    tier: oneOf(correlationTiers, params.get('tier')),
    sampleType: params.get('type') || undefined,
    compare: oneOf(diffBaselines, params.get('compare')),
    compareTarget: oneOf(diffTargets, params.get('target')) ?? defaultSpanViewState.compareTarget,
    q: params.get('q') ?? '',
    zoom: zoom === '' ? [] : zoom.split(zoomSeparator),
    orientation: oneOf(orientations, params.get('orientation')) ?? defaultSpanViewState.orientation,
  };
}

const unlessDefault = <T extends string>(value: T, fallback: T): string =>
  value === fallback ? '' : value;

/**
 * The query keys of the fields `changes` names (a field present as undefined clears its key),
 * for updating the current URL in place; keys of fields it leaves out are left as they are.
 */
export function spanViewPatch(changes: Partial<SpanViewState>): SpanViewPatch {
  const patch: SpanViewPatch = {};
  if ('spanId' in changes || 'malformedSpanId' in changes) {
    patch.span = changes.spanId ?? changes.malformedSpanId ?? '';
  }
  if (changes.scope) patch.scope = unlessDefault(changes.scope, defaultSpanViewState.scope);
  if ('tier' in changes) patch.tier = changes.tier ?? '';
  if ('sampleType' in changes) patch.type = changes.sampleType ?? '';
  if ('compare' in changes) patch.compare = changes.compare ?? '';
  if (changes.compareTarget) {
    patch.target = unlessDefault(changes.compareTarget, defaultSpanViewState.compareTarget);
  }
  if (changes.q !== undefined) patch.q = changes.q;
  if (changes.zoom) patch.zoom = changes.zoom.join(zoomSeparator);
  if (changes.orientation) {
    patch.orientation = unlessDefault(changes.orientation, defaultSpanViewState.orientation);
  }
  return patch;
}

/**
 * The query string (no `?`) of a span view: its fields in `spanViewKeys` order, defaults left
 * out, then the explorer's keys from `carry` (in their own fixed order) so "back" restores the
 * list. Fields `state` leaves out are the defaults.
 */
export function stringifySpanViewState(
  state: Partial<SpanViewState>,
  carry?: URLSearchParams,
): string {
  const patch = spanViewPatch({ ...defaultSpanViewState, ...state });
  const out = new URLSearchParams();
  for (const key of spanViewKeys) {
    const value = patch[key];
    if (value) out.set(key, value);
  }
  if (carry) for (const [key, value] of pickExplorerParams(carry)) out.set(key, value);
  return out.toString();
}

/** The link to a span view of `traceId`; see stringifySpanViewState for `state` and `carry`. */
export function getSpanViewLink(
  traceId: string,
  state: Partial<SpanViewState> = {},
  carry?: URLSearchParams,
): string {
  const query = stringifySpanViewState(state, carry);
  return `${pathPrefix}${encodeURIComponent(traceId)}${query ? `?${query}` : ''}`;
}

/** Whether a pathname is a span view's. */
export function isSpanViewPath(pathname: string): boolean {
  return pathname.startsWith(pathPrefix);
}

/**
 * A slice of the selected span's time that the flame graph is cut to, in whole ns from the
 * span's start: `sliceFrom=&sliceTo=` (not `from`/`to`, which the explorer's time range carried
 * along in the same URL already means). Read and written only by these two functions.
 */
export interface SpanViewSlice {
  fromNs: number;
  toNs: number;
}

const sliceKeys = { from: 'sliceFrom', to: 'sliceTo' } as const;

const wholeNs = (raw: string | null): number | undefined => {
  const n = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
};

/** The slice in the URL; none when either end is missing or not whole ns, or from > to. */
export function parseSpanViewSlice(params: URLSearchParams): SpanViewSlice | undefined {
  const fromNs = wholeNs(params.get(sliceKeys.from));
  const toNs = wholeNs(params.get(sliceKeys.to));
  if (fromNs === undefined || toNs === undefined || fromNs > toNs) return undefined;
  return { fromNs, toNs };
}

/** The URL change that shows a slice, or (undefined) the whole span again. */
export function spanViewSlicePatch(
  slice: SpanViewSlice | undefined,
): Record<(typeof sliceKeys)[keyof typeof sliceKeys], string> {
  return slice
    ? {
        [sliceKeys.from]: String(Math.round(slice.fromNs)),
        [sliceKeys.to]: String(Math.round(slice.toNs)),
      }
    : { [sliceKeys.from]: '', [sliceKeys.to]: '' };
}
