/**
 * How samples are matched to a span, most to least certain (ARCHITECTURE.md):
 * - exact: the sample's OTLP Link names the span;
 * - label: the sample's labels name the span (Go pprof labels, span_id attributes);
 * - thread: same process and thread, inside the span's time, not named for another span;
 * - process: same process, inside the span's time, not named for another span.
 */
export type CorrelationTier = 'exact' | 'label' | 'thread' | 'process';

export const correlationTiers: readonly CorrelationTier[] = ['exact', 'label', 'thread', 'process'];

/** Which spans' samples a profile covers. */
export type ProfileScope = 'span' | 'descendants' | 'trace';

export const profileScopes: readonly ProfileScope[] = ['span', 'descendants', 'trace'];

/**
 * What a request may ask for: a scope, or `nearest`, the narrowest of profileScopes (in order)
 * that has samples, so a view opens on an answer when the span's own samples belong to a child.
 */
export type ScopeRequest = ProfileScope | 'nearest';

export const scopeRequests: readonly ScopeRequest[] = [...profileScopes, 'nearest'];

/** The scope the API covers when none is asked for: the span's own samples, as the explorer counts them. */
export const defaultProfileScope: ProfileScope = 'span';

/**
 * The scope of each span of an operation profile when none is asked for: the span and the spans
 * under it, since an endpoint's time includes the work it called (often in child spans only).
 */
export const defaultCohortScope: ProfileScope = 'descendants';

/** The scope a span view opens on when its URL names none: one with an answer. */
export const defaultViewScope: ScopeRequest = 'nearest';
