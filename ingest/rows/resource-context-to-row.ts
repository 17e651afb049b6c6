/** resource_context columns in the order resourceContextToRow fills them. */
export const resourceContextColumns = ['ContextKey', 'Attributes', 'LastSeen'] as const;

/** A resource_context row: what is known about one container or process; LastSeen in unix s. */
export function resourceContextToRow(
  key: string,
  attributes: Record<string, string>,
  nowSeconds: number,
): unknown[] {
  return [key, attributes, nowSeconds];
}
