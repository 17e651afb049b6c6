import { timeRangeFromParams, timeRangeKeys, type TimeRange } from './time-range';

/** The slow-span explorer's filters, all from the URL; '' means "not filtered". */
export interface ExplorerFilters {
  range: TimeRange;
  service: string;
  operation: string;
  /** Minimum span duration in ms, as typed (the API validates it). */
  minDurationMs: string;
  namespace: string;
  deployment: string;
  pod: string;
  /** `key=value` on span or resource attributes. */
  attr: string;
  /** '1': only spans whose status is Error. */
  errors: string;
  /** '1': only spans with profile samples of their own. */
  profiled: string;
  /** What the list shows: matching spans, or the traces they belong to (`view=traces`). */
  view: ExplorerView;
}

export type ExplorerView = 'spans' | 'traces';

const viewKey = 'view';

/** The URL change that shows spans or traces. */
export function explorerViewPatch(view: ExplorerView): Record<typeof viewKey, string> {
  return { [viewKey]: view === 'traces' ? 'traces' : '' };
}

/** The filters that are plain text, the same in the URL and in GET /api/spans. */
export const explorerTextFilters = [
  'service',
  'operation',
  'minDurationMs',
  'namespace',
  'deployment',
  'pod',
  'attr',
  'errors',
  'profiled',
] as const satisfies readonly (keyof ExplorerFilters)[];

const functionSearchKey = 'fn';

/** Every URL key the explorer owns; the span view carries them so "back" restores the list. */
export const explorerParamKeys = [
  ...timeRangeKeys,
  ...explorerTextFilters,
  viewKey,
  functionSearchKey,
] as const;

/** The text filters typed into a field (service and operation are picked from lists). */
export type ExplorerTextKey = Exclude<
  (typeof explorerTextFilters)[number],
  'service' | 'operation' | 'errors' | 'profiled'
>;

/** The URL change that clears every text filter; the time range and `fn=` stay. */
export const clearedTextFilters = Object.fromEntries(
  explorerTextFilters.map((key) => [key, '']),
) as Record<(typeof explorerTextFilters)[number], ''>;

export function explorerFiltersFromParams(params: URLSearchParams): ExplorerFilters {
  const text = (key: string): string => params.get(key)?.trim() ?? '';
  return {
    range: timeRangeFromParams(params),
    service: text('service'),
    operation: text('operation'),
    minDurationMs: text('minDurationMs'),
    namespace: text('namespace'),
    deployment: text('deployment'),
    pod: text('pod'),
    attr: text('attr'),
    errors: text('errors') === '1' ? '1' : '',
    profiled: text('profiled') === '1' ? '1' : '',
    view: text(viewKey) === 'traces' ? 'traces' : 'spans',
  };
}

/**
 * The explorer's reverse lookup, `fn=`: a function name substring whose spans are listed instead
 * of the slowest spans; '' for none.
 */
export function functionSearchFromParams(params: URLSearchParams): string {
  return params.get(functionSearchKey)?.trim() ?? '';
}

/** The URL change that sets the reverse lookup ('' ends it). */
export function functionSearchPatch(fn: string): Record<typeof functionSearchKey, string> {
  return { [functionSearchKey]: fn };
}

/** Only the explorer's keys of a query string, in a stable order. */
export function pickExplorerParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of explorerParamKeys) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  return out;
}

/** The explorer's link with the explorer's keys of `carry` (a span view's URL carries them). */
export function getExplorerLink(carry: URLSearchParams): string {
  const query = pickExplorerParams(carry).toString();
  return query ? `/?${query}` : '/';
}
