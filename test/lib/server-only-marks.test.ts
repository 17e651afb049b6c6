import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

// A module that names the store client (the ClickHouse client or the embedded engine) runs SQL.
const namesTheStore = /^import\b[^;]*\bfrom '(@clickhouse\/client[^']*|chdb[^']*)';/m;
const marked = /^import 'server-only';$/m;

describe("lib's SQL modules are marked server-only", () => {
  const files = sources(path.join(root, 'lib')).map((f) => ({
    name: path.relative(root, f),
    text: readFileSync(f, 'utf8'),
  }));

  it('every module that names the store client imports server-only', () => {
    const sqlModules = files.filter((f) => namesTheStore.test(f.text));
    assert.ok(sqlModules.length >= 10, `${sqlModules.length} SQL modules found`);
    assert.deepEqual(
      sqlModules.filter((f) => !marked.test(f.text)).map((f) => f.name),
      [],
    );
  });

  /** Modules `file` value-imports (type imports leave no trace in a bundle), resolved in lib/. */
  function valueImports(file: string, text: string): string[] {
    const out: string[] = [];
    for (const m of text.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
      const spec = m[1]!;
      const base = spec.startsWith('@/')
        ? path.join(root, spec.slice(2))
        : spec.startsWith('.')
          ? path.resolve(path.dirname(path.join(root, file)), spec)
          : undefined;
      if (base !== undefined) out.push(path.relative(root, `${base}.ts`));
    }
    return out;
  }

  it('the vocabulary views import reaches no marked module, so the browser bundle can hold it', () => {
    const byName = new Map(files.map((f) => [f.name, f.text]));
    const vocabulary = [
      'lib/correlation/correlation-tier.ts',
      'lib/correlation/context-fields.ts',
      'lib/traces/trace-ids.ts',
      ...files.filter((f) => f.name.startsWith('lib/contract/')).map((f) => f.name),
    ];
    let reached = 0;
    for (const start of vocabulary) {
      const seen = new Set<string>();
      const queue = [start];
      while (queue.length > 0) {
        const name = queue.pop()!;
        if (seen.has(name)) continue;
        seen.add(name);
        const text = byName.get(name);
        assert.ok(text !== undefined, `${name} (reached from ${start}) exists`);
        assert.doesNotMatch(text, marked, `${start} reaches ${name}, which runs SQL`);
        queue.push(...valueImports(name, text));
      }
      reached += seen.size;
    }
    assert.ok(reached > vocabulary.length, 'the walk followed imports');
  });
});
