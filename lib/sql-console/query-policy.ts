import { functionRefusal } from './function-policy';
import type { AstNode } from './parse-ast-dump';

/**
 * What the SQL console runs, decided on the engine's own parse of the statement (`EXPLAIN AST`,
 * read by parseAstDump): an allow-list of statement forms, tree nodes, tables, table functions
 * and functions (function-policy.ts). Anything not on a list is refused, and the refusal names
 * it. Pure: the caller supplies the parse, the canonical text and what the store holds.
 */
export interface PolicyContext {
  /** `formatQuerySingleLine` of the statement: the engine's canonical text of it. */
  canonical: string;
  /** The store's database, which the console reads. */
  currentDatabase: string;
  /** Every database the engine knows of, so that `db.table` names can be told from `t.column`. */
  databases: string[];
}

/** System tables that describe the store or the engine and show nothing of other sessions. */
export const allowedSystemTables = [
  'one',
  'numbers',
  'numbers_mt',
  'zeros',
  'zeros_mt',
  'primes',
  'tables',
  'columns',
  'parts',
  'databases',
  'functions',
  'table_functions',
  'aggregate_function_combinators',
  'data_type_families',
  'time_zones',
];

/** Table functions that generate rows from their arguments alone. */
export const allowedTableFunctions = [
  'numbers',
  'numbers_mt',
  'zeros',
  'zeros_mt',
  'primes',
  'generate_series',
  'generateSeries',
  'generateRandom',
  'values',
  'null',
  'view',
];

/** Tree nodes of the SELECT language, whose own meaning reaches nothing outside the query. */
const allowedKinds = new Set([
  'SelectWithUnionQuery',
  'SelectIntersectExceptQuery',
  'SelectQuery',
  'ExpressionList',
  'Identifier',
  'Function',
  'Literal',
  'Asterisk',
  'QualifiedAsterisk',
  'ColumnsRegexpMatcher',
  'ColumnsListMatcher',
  'QualifiedColumnsRegexpMatcher',
  'QualifiedColumnsListMatcher',
  'ColumnsTransformerList',
  'ColumnsExceptTransformer',
  'ColumnsReplaceTransformer',
  'TablesInSelectQuery',
  'TablesInSelectQueryElement',
  'TableExpression',
  'TableIdentifier',
  'TableJoin',
  'ArrayJoin',
  'Subquery',
  'WithElement',
  'OrderByElement',
  'InterpolateElement',
  'WindowDefinition',
  'WindowListElement',
  'SampleRatio',
]);

/** Nodes outside the list that users meet often, in words. */
const kindWords: Record<string, string> = {
  Set: 'SETTINGS',
  QueryParameter: 'query parameters ({name:Type})',
  ColumnsApplyTransformer: 'APPLY (it names a function the console cannot check)',
};

/** Canonical forms of SHOW that the console runs. */
const allowedShows = new Set(['SHOW TABLES', 'SHOW DATABASES']);

const EXPLAIN_KINDS = /^EXPLAIN(?: (?:AST|SYNTAX|PLAN|PIPELINE|ESTIMATE|QUERY TREE))?$/;

/** Why the console refuses the statement, or undefined when it may run. */
export function queryRefusal(root: AstNode, context: PolicyContext): string | undefined {
  switch (root.kind) {
    case 'SelectWithUnionQuery':
      return checkQuery(root, context);
    case 'Explain': {
      if (!EXPLAIN_KINDS.test(root.text)) return `${root.text} is not a form the console runs`;
      return (
        outputClauses(root, 'SelectWithUnionQuery') ?? checkQuery(root.children[0] ?? root, context)
      );
    }
    case 'DescribeQuery':
      return outputClauses(root, 'TableExpression') ?? walk(root.children[0] ?? root, context);
    case 'ShowTables':
      return allowedShows.has(context.canonical)
        ? undefined
        : 'SHOW other than SHOW TABLES and SHOW DATABASES (query system.tables or system.columns instead)';
    default:
      return `${root.kind.replace(/Query$/, '')} statements (the console runs SELECT, SHOW TABLES, DESCRIBE and EXPLAIN)`;
  }
}

/** A statement node must have exactly one child, of kind `only`: others are output clauses. */
function outputClauses(node: AstNode, only: string): string | undefined {
  for (const [i, child] of node.children.entries()) {
    if (child.kind === 'Set') return 'SETTINGS';
    if (i === 0) {
      if (child.kind === only) continue;
      return `${child.kind} in this place`;
    }
    if (child.kind === 'Literal') return 'INTO OUTFILE';
    if (child.kind === 'Identifier') return 'FORMAT (the console shows results itself)';
    return `${child.kind} in this place`;
  }
  return node.children.length === 1 ? undefined : 'an empty statement';
}

function checkQuery(node: AstNode, context: PolicyContext): string | undefined {
  return node.kind === 'SelectWithUnionQuery' ? walk(node, context) : `${node.kind} in this place`;
}

/** Checks a node and everything under it; `parent` decides what a Function is (a table function). */
function walk(node: AstNode, context: PolicyContext, parent?: AstNode): string | undefined {
  if (!allowedKinds.has(node.kind)) return kindWords[node.kind] ?? `the construct ${node.kind}`;
  const refusal =
    nodeRefusal(node, context, parent) ??
    (node.kind === 'SelectWithUnionQuery' ? outputClauses(node, 'ExpressionList') : undefined);
  if (refusal) return refusal;
  for (const child of node.children) {
    const r = walk(child, context, node);
    if (r) return r;
  }
  return undefined;
}

const functionName = /^([A-Za-z_][A-Za-z0-9_]*)(?: \(alias .*\))?$/s;

function nodeRefusal(
  node: AstNode,
  context: PolicyContext,
  parent: AstNode | undefined,
): string | undefined {
  switch (node.kind) {
    case 'Function': {
      const name = functionName.exec(node.text)?.[1];
      if (name === undefined) return `a function named ${JSON.stringify(node.text)}`;
      if (parent?.kind === 'TableExpression') {
        return allowedTableFunctions.includes(name)
          ? undefined
          : `the table function ${name} (the console allows ${allowedTableFunctions.join(', ')})`;
      }
      const why = functionRefusal(name);
      return why === undefined ? undefined : `the function ${name}: it ${why}`;
    }
    case 'TableIdentifier':
      return tableRefusal(withoutAlias(node.text), context);
    case 'Identifier': {
      // `db.table` where a table is expected (`x IN system.processes`) parses as an identifier.
      const parts = withoutAlias(node.text).split('.');
      const [first, second] = parts;
      if (parts.length < 2 || first === undefined || first === context.currentDatabase) {
        return undefined;
      }
      const isDatabase = context.databases.includes(first) || /^system$/i.test(first);
      return isDatabase ? tableRefusal(`${first}.${second ?? ''}`, context) : undefined;
    }
    default:
      return undefined;
  }
}

function withoutAlias(text: string): string {
  const at = text.indexOf(' (alias ');
  return at < 0 ? text : text.slice(0, at);
}

function tableRefusal(name: string, context: PolicyContext): string | undefined {
  const dot = name.indexOf('.');
  if (dot < 0) return undefined; // the store's own database, or a name from WITH
  const database = name.slice(0, dot);
  const table = name.slice(dot + 1);
  if (database === context.currentDatabase) return undefined;
  if (database === 'system' && allowedSystemTables.includes(table)) return undefined;
  return `the table ${name} (the console reads the store's tables and system.${allowedSystemTables.join(', system.')})`;
}
