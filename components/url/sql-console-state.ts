/** The SQL console's URL key: the query that runs when the page opens (`/sql?q=…`). */
const queryKey = 'q';

/** The console's query from its URL; '' when there is none. */
export function sqlTextFromParams(params: URLSearchParams): string {
  return params.get(queryKey) ?? '';
}

/** A link that opens the SQL console with `query` in the editor and runs it. */
export function sqlConsoleHref(query: string): string {
  return `/sql?${new URLSearchParams({ [queryKey]: query }).toString()}`;
}
