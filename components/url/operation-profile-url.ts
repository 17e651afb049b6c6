import { pickExplorerParams } from './explorer-filters';

/**
 * The operation profile's URL, `/operations?service=…&operation=…&type=…` plus the explorer's
 * time range and Kubernetes filters (the same keys, so a link from the explorer keeps its
 * filters and "back" returns to them). Read and written here only.
 */
const path = '/operations';
const typeKey = 'type';

/** The link to an operation's profile; `carry` gives the explorer's range and filters. */
export function getOperationProfileLink(
  operation: { service: string; operation: string },
  carry?: URLSearchParams,
): string {
  const params = carry ? pickExplorerParams(carry) : new URLSearchParams();
  params.set('service', operation.service);
  params.set('operation', operation.operation);
  params.delete('view');
  params.delete('fn');
  return `${path}?${params.toString()}`;
}

/** The sample type the operation profile shows; undefined: the on-CPU samples. */
export function operationSampleType(params: URLSearchParams): string | undefined {
  return params.get(typeKey) || undefined;
}
