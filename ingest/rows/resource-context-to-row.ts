/** A resource_context row: what is known about one container or process. */
export interface ResourceContextRow {
  ContextKey: string;
  Attributes: Record<string, string>;
  /** Unix seconds. */
  LastSeen: number;
}

export function resourceContextToRow(
  key: string,
  attributes: Record<string, string>,
  nowSeconds: number,
): ResourceContextRow {
  return { ContextKey: key, Attributes: attributes, LastSeen: nowSeconds };
}
