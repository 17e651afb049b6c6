/**
 * The one way to build SQL in traceprof: a tagged template whose interpolations become
 * server-side query parameters (`{p0:String}`), never text in the query.
 *
 *   const q = sql`SELECT * FROM otel_traces WHERE TraceId = ${param('String', traceId)}`;
 *   await client.query({ ...q, format: 'JSONEachRow' });
 */

/** A value bound as a ClickHouse query parameter of the given type. */
export interface SqlParam {
  readonly kind: 'param';
  /** ClickHouse type of the placeholder, e.g. `String`, `DateTime64(9)`, `Array(UInt64)`. */
  readonly type: string;
  readonly value: unknown;
}

/** A fragment of SQL text written in our own code (never from user input). */
export interface SqlFragment {
  readonly kind: 'fragment';
  readonly query: string;
  readonly params: readonly SqlParam[];
}

/** A query ready for `@clickhouse/client`: text with placeholders and the values bound to them. */
export interface SqlQuery {
  query: string;
  query_params: Record<string, unknown>;
}

/** Stands where a parameter goes until the outer query numbers it; never valid in our SQL text. */
const marker = '\u0000';

export function param(type: string, value: unknown): SqlParam {
  return { kind: 'param', type, value };
}

export function sqlFragment(
  strings: TemplateStringsArray,
  ...values: (SqlParam | SqlFragment)[]
): SqlFragment {
  let query = strings[0] ?? '';
  const params: SqlParam[] = [];
  values.forEach((value, i) => {
    if (value.kind === 'fragment') {
      // Placeholders inside a nested fragment are numbered when the outer query is rendered.
      query += value.query;
      params.push(...value.params);
    } else {
      query += marker;
      params.push(value);
    }
    query += strings[i + 1] ?? '';
  });
  return { kind: 'fragment', query, params };
}

/** SQL text that is a constant of our own code (a column list, say), to splice into a template. */
export function sqlConstant(text: string): SqlFragment {
  return { kind: 'fragment', query: text, params: [] };
}

/** Renders a template into text with numbered `{pN:Type}` placeholders and their values. */
export function sql(
  strings: TemplateStringsArray,
  ...values: (SqlParam | SqlFragment)[]
): SqlQuery {
  const fragment = sqlFragment(strings, ...values);
  const query_params: Record<string, unknown> = {};
  const pieces = fragment.query.split(marker);
  let query = pieces[0] ?? '';
  fragment.params.forEach((p, n) => {
    const name = `p${n}`;
    query_params[name] = p.value;
    query += `{${name}:${p.type}}` + (pieces[n + 1] ?? '');
  });
  if (pieces.length !== fragment.params.length + 1) throw new Error('sql: placeholder mismatch');
  return { query, query_params };
}

/**
 * The query as one runnable SQL text, each parameter written as a literal: what "Show SQL" opens
 * in the console. Only for showing and re-running read-only; queries run with bound parameters.
 */
export function inlineSqlParams(q: SqlQuery): string {
  return q.query.replace(/\{(p\d+):([^}]+)\}/g, (whole, name: string, type: string) =>
    name in q.query_params ? sqlLiteral(q.query_params[name], type) : whole,
  );
}

/** A value as a literal of the placeholder's type (64-bit integers travel as decimal strings). */
function sqlLiteral(value: unknown, type: string): string {
  const element = /^Array\((.*)\)$/.exec(type)?.[1] ?? type;
  if (Array.isArray(value)) return `[${value.map((v) => sqlLiteral(v, element)).join(', ')}]`;
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'NULL';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^U?Int\d+$/.test(type) && /^-?\d+$/.test(text)) return text;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
