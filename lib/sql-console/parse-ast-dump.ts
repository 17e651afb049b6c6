/**
 * One node of ClickHouse's `EXPLAIN AST` output: the engine's own parse of a statement, one line
 * per node, `<indent><Kind>[ <text>][ (children N)]`, children one space deeper.
 */
export interface AstNode {
  /** The node's class, e.g. `SelectQuery`, `Function`, `TableIdentifier`, `Literal`. */
  kind: string;
  /** What follows the kind: a function's or identifier's name (with ` (alias …)`), a literal. */
  text: string;
  children: AstNode[];
}

const childCount = /^(.*) \(children (\d+)\)$/s;
const line = /^( *)([A-Za-z]+)(?: (.*))?$/s;

/**
 * Reads `EXPLAIN AST` output into a tree, or returns undefined when the text is not exactly such
 * a tree: every line well-formed, each child one space deeper than its parent, and every node
 * with as many children as the engine said. Names print raw, so a quoted identifier holding a
 * line break adds lines of its own; they can only add nodes to check, never hide one, and a count
 * that no longer adds up refuses the query.
 */
export function parseAstDump(dump: string): AstNode | undefined {
  const lines = dump.replace(/\n+$/, '').split('\n');
  const stack: { node: AstNode; depth: number; expected: number }[] = [];
  let root: AstNode | undefined;
  const closeTo = (depth: number): boolean => {
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) {
      const done = stack.pop();
      if (done && done.node.children.length !== done.expected) return false;
    }
    return true;
  };
  for (const raw of lines) {
    const counted = childCount.exec(raw);
    const m = line.exec(counted?.[1] ?? raw);
    if (!m) return undefined;
    const depth = m[1]?.length ?? 0;
    const node: AstNode = { kind: m[2] ?? '', text: m[3] ?? '', children: [] };
    if (!closeTo(depth)) return undefined;
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (root !== undefined || depth !== 0) return undefined;
      root = node;
    } else {
      if (depth !== parent.depth + 1) return undefined;
      parent.node.children.push(node);
    }
    stack.push({ node, depth, expected: Number(counted?.[2] ?? 0) });
  }
  if (!closeTo(0)) return undefined;
  return root;
}
