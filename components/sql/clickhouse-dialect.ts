import { SQLDialect } from '@codemirror/lang-sql';

/** ClickHouse's SELECT-side keywords (lower case: the highlighter matches words lower-cased). */
const keywords = [
  'all and anti any array as asc asof between both by case cast cross cube desc describe',
  'distinct else end except exists explain false fill final first for format from full global',
  'group having if ilike in inner interval intersect is join last left like limit materialized',
  'not null nulls offset on or order outer over partition prewhere qualify right rollup sample',
  'select semi settings show step tables then ties to top totals union using when where window',
  'with databases columns create table drop insert alter delete update into values',
  'second minute hour day week month quarter year',
].join(' ');

/** ClickHouse type names as they are written; highlighted, and completed in this spelling. */
const typeNames = [
  'UInt8 UInt16 UInt32 UInt64 UInt128 UInt256 Int8 Int16 Int32 Int64 Int128 Int256',
  'Float32 Float64 Decimal Bool String FixedString UUID Date Date32 DateTime DateTime64',
  'Enum8 Enum16 LowCardinality Nullable Array Tuple Map Nested JSON IPv4 IPv6',
].join(' ');

/** Lower-case name → its spelling, for completing types as ClickHouse writes them. */
export const clickHouseTypeSpelling: ReadonlyMap<string, string> = new Map(
  typeNames.split(' ').map((t) => [t.toLowerCase(), t]),
);

/**
 * ClickHouse for CodeMirror's SQL language: its keywords and types, backslash escapes in
 * strings, identifiers quoted with backticks or double quotes. Identifiers are completed
 * unquoted whatever their case (ClickHouse reads `TraceId` as written; the default dialect would
 * quote every name with a capital letter).
 */
export const clickHouseDialect = SQLDialect.define({
  keywords,
  types: typeNames.toLowerCase(),
  backslashEscapes: true,
  hashComments: true,
  identifierQuotes: '`"',
  caseInsensitiveIdentifiers: true,
});
