import {
  defaultCohortScope,
  profileScopes,
  type ProfileScope,
} from '@/lib/correlation/correlation-tier';
import { pickExplorerParams } from './explorer-filters';

/**
 * The operation profile's URL, `/operations?service=…&operation=…&type=…&scope=…` plus the explorer's
 * time range and Kubernetes filters (the same keys, so a link from the explorer keeps its
 * filters and "back" returns to them). Read and written here only.
 */
const path = '/operations';
const typeKey = 'type';
const scopeKey = 'scope';

/**
 * The link to an operation's profile; `carry` gives the explorer's range and filters, `scope`
 * what each span covers (left out: the default, the span and the spans under it).
 */
export function getOperationProfileLink(
  operation: { service: string; operation: string; scope?: ProfileScope },
  carry?: URLSearchParams,
): string {
  const params = carry ? pickExplorerParams(carry) : new URLSearchParams();
  params.set('service', operation.service);
  params.set('operation', operation.operation);
  if (operation.scope && operation.scope !== defaultCohortScope) {
    params.set(scopeKey, operation.scope);
  }
  params.delete('view');
  params.delete('fn');
  return `${path}?${params.toString()}`;
}

const zoomSeparator = ';';

/** The operation profile's own state, beside the explorer's filters it shares. */
export interface OperationViewState {
  /** The sample type shown; undefined: the on-CPU samples. */
  sampleType: string | undefined;
  /** What each span of the operation covers: itself, with the spans under it, its trace. */
  scope: ProfileScope;
  /** Zoomed frame: frame names from the root's child down. */
  zoom: string[];
  /** Flame graph search term. */
  q: string;
}

export function parseOperationView(params: URLSearchParams): OperationViewState {
  const zoom = params.get('zoom') ?? '';
  return {
    sampleType: params.get(typeKey) || undefined,
    scope: profileScopes.find((s) => s === params.get(scopeKey)) ?? defaultCohortScope,
    zoom: zoom === '' ? [] : zoom.split(zoomSeparator),
    q: params.get('q') ?? '',
  };
}

/** The URL change of a zoom, a search or a scope ('' clears it). */
export function operationViewPatch(
  changes: Partial<Pick<OperationViewState, 'zoom' | 'q' | 'scope'>>,
): Record<string, string> {
  const patch: Record<string, string> = {};
  if (changes.scope) patch[scopeKey] = changes.scope === defaultCohortScope ? '' : changes.scope;
  if (changes.zoom) patch.zoom = changes.zoom.join(zoomSeparator);
  if (changes.q !== undefined) patch.q = changes.q;
  return patch;
}
