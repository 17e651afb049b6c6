import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAstDump, type AstNode } from '@/lib/sql-console/parse-ast-dump';

/** The tree as indented `Kind text` lines, to compare with what the engine printed. */
function draw(node: AstNode, depth = 0): string {
  const self = `${' '.repeat(depth)}${node.kind}${node.text ? ` ${node.text}` : ''}`;
  return [self, ...node.children.map((c) => draw(c, depth + 1))].join('\n');
}

describe('parseAstDump', () => {
  it("reads the engine's EXPLAIN AST lines into a tree", () => {
    const dump = [
      'SelectWithUnionQuery (children 1)',
      ' ExpressionList (children 1)',
      '  SelectQuery (children 2)',
      '   ExpressionList (children 1)',
      '    Literal UInt64_42 (alias answer)',
      '   TablesInSelectQuery (children 1)',
      '    TablesInSelectQueryElement (children 1)',
      '     TableExpression (children 1)',
      '      TableIdentifier otel_traces',
      '',
    ].join('\n');
    assert.equal(
      draw(parseAstDump(dump)!),
      `SelectWithUnionQuery
 ExpressionList
  SelectQuery
   ExpressionList
    Literal UInt64_42 (alias answer)
   TablesInSelectQuery
    TablesInSelectQueryElement
     TableExpression
      TableIdentifier otel_traces`,
    );
  });

  it('refuses a dump whose children do not add up to what the engine declared', () => {
    // A quoted name with a line break inside prints as two lines.
    assert.equal(parseAstDump('SelectQuery (children 1)\n Identifier a\n Identifier b'), undefined);
    assert.equal(parseAstDump('SelectQuery (children 2)\n Identifier a'), undefined);
    assert.equal(parseAstDump('Identifier a\n Function file'), undefined);
  });

  it('refuses lines that are not nodes, skipped depths and a second root', () => {
    assert.equal(parseAstDump('SelectQuery (children 1)\n   Identifier a'), undefined);
    assert.equal(parseAstDump('Literal 1\nLiteral 2'), undefined);
    assert.equal(parseAstDump(' leading space'), undefined);
    assert.equal(parseAstDump('(children 1)'), undefined);
  });
});
