/** The SQL console's path; its URL key `q` holds the query that runs when the page opens. */
export const sqlConsolePath = '/sql';
const queryKey = 'q';

/** The console's query from its URL; '' when there is none. */
export function sqlTextFromParams(params: URLSearchParams): string {
  return params.get(queryKey) ?? '';
}

/** The URL change that puts `query` in the console's URL ('' removes it). */
export function sqlTextPatch(query: string): Record<typeof queryKey, string> {
  return { [queryKey]: query };
}

/** A link that opens the SQL console with `query` in the editor and runs it. */
export function sqlConsoleHref(query: string): string {
  return `${sqlConsolePath}?${new URLSearchParams(sqlTextPatch(query)).toString()}`;
}
