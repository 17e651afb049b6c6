import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The URL modules: the only place a view's URL is spelled out. */
const urlModules = path.join(root, 'components', 'url');

/** The start of a link (or of a template building one) that a URL module writes. */
const handWrittenLink: { what: string; test: (text: string) => boolean }[] = [
  { what: 'a span view path', test: (t) => t.startsWith('/traces/') },
  { what: "a span view's query key", test: (t) => /[?&](span|zoom)=/.test(t) },
  { what: 'a SQL console link', test: (t) => t.startsWith('/sql?') },
  { what: 'an explorer link with a query', test: (t) => t.startsWith('/?') },
];

/** Keys only a view's URL has (the API takes span ids in its paths, and never a zoom). */
const viewOnlyKeys = new Set(['span', 'zoom']);
/** Keys of the views' URLs that a URL module turns state into; `update({ q })` is by hand. */
const viewKeys = new Set(['span', 'scope', 'tier', 'q', 'zoom', 'orientation', 'fn']);

function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  }
  return [];
}

function objectKeys(node: ts.Expression | undefined): string[] {
  if (!node || !ts.isObjectLiteralExpression(node)) return [];
  return node.properties.flatMap((p) => (p.name && ts.isIdentifier(p.name) ? [p.name.text] : []));
}

/** Keys written by hand: `new URLSearchParams({ span })`, or `update({ zoom })` of the URL. */
function handWrittenKeys(node: ts.Node): string[] {
  if (ts.isNewExpression(node) && node.expression.getText() === 'URLSearchParams') {
    return objectKeys(node.arguments?.[0]).filter((k) => viewOnlyKeys.has(k));
  }
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
    if (name === 'update') return objectKeys(node.arguments[0]).filter((k) => viewKeys.has(k));
  }
  return [];
}

/** Each place in `source` that spells out a view's URL instead of asking a URL module. */
function handBuiltLinks(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    for (const text of literalTexts(node)) {
      for (const rule of handWrittenLink) {
        if (rule.test(text)) found.push(`${fileName}:${line}: ${rule.what} in ${node.getText()}`);
      }
    }
    for (const key of handWrittenKeys(node)) {
      found.push(`${fileName}:${line}: \`${key}\` written by hand in ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (full === urlModules) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('links to the views', () => {
  it('are built by the URL modules only, in every component and page', () => {
    const files = [
      ...sourceFiles(path.join(root, 'components')),
      ...sourceFiles(path.join(root, 'app')),
    ];
    assert.ok(files.length > 20, `only ${files.length} source files found`);
    const found = files.flatMap((f) =>
      handBuiltLinks(path.relative(root, f), readFileSync(f, 'utf8')),
    );
    assert.deepEqual(found, []);
  });

  it('are told apart from API paths and prose', () => {
    const ok = [
      'const p = `/api/traces/${encodeURIComponent(t)}/spans/${s}`;',
      "const q = new URLSearchParams({ format, scope, tier, sampleType: 'cpu' });",
      'update(spanViewPatch({ zoom: path }), "replace");',
      "onChange({ service: e.target.value, operation: '' });",
      'const el = <code>/traces/&lt;trace id&gt;?span=&lt;span id&gt;</code>;',
      "const home = '/'; const sql = '/sql';",
    ];
    for (const source of ok) {
      assert.deepEqual(handBuiltLinks('ok.tsx', source), [], source);
    }
  });

  it('are caught when spelled out by hand', () => {
    const bad = [
      'const h = `/traces/${traceId}?span=${spanId}`;',
      "const h = '/traces/' + traceId;",
      'const h = `${base}?span=${spanId}&tier=exact`;',
      'const p = new URLSearchParams({ span: s.spanId, q });',
      'const h = `/sql?q=${encodeURIComponent(sql)}`;',
      'const h = `/?${query}`;',
      'update({ zoom: path.join(";") }, "replace");',
      'props.update({ q: text });',
      'const h = `${path}&zoom=${z}`;',
    ];
    for (const source of bad) {
      assert.notDeepEqual(handBuiltLinks('bad.tsx', source), [], source);
    }
  });
});
