import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Only the import rules run, untyped: the probes are text, not files of the project.
const layerRules = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => layerRules.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

/** The messages the repository's lint config gives one import line in a file at `file`. */
async function lintImport(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const probe = [x];\n`, {
    filePath: path.join(root, file),
  });
  assert.ok(result, `eslint linted ${file}`);
  return result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const refused: [file: string, line: string][] = [
  ['components/explorer/probe.tsx', "import { x } from '@/lib/clickhouse/client';"],
  ['components/explorer/probe.tsx', "import { x } from '../../lib/handlers/sql-handlers';"],
  ['components/explorer/probe.tsx', "import { x } from '@/ingest/otlp/otlp-wire';"],
  ['app/traces/probe.tsx', "import { x } from '@/server/access/web-guard';"],
  ['lib/traces/probe.ts', "import { x } from '@/ingest/otlp/otlp-wire';"],
  ['lib/traces/probe.ts', "import { x } from '@/components/queries/fetch-json';"],
  ['lib/traces/probe.ts', "import { x } from '@/app/api/_lib/respond';"],
  ['ingest/otlp/probe.ts', "import { x } from '@/components/queries/fetch-json';"],
  ['test/lib/probe.ts', "import { x } from '../../lib/traces/trace-ids';"],
  ['components/explorer/probe.tsx', "import { x } from '@/lib/clickhouse/shared-store';"],
  ['app/sql/probe.tsx', "import { x } from '@/lib/clickhouse/shared-store';"],
  ['app/page.tsx', "import { x } from '@/lib/clickhouse/client';"],
  ['components/trace/probe.tsx', "import { x } from '@/lib/handlers/trace-handlers';"],
  ['app/traces/[traceId]/page.tsx', "import { x } from '@/lib/traces/query-trace';"],
];

const allowed: [file: string, line: string][] = [
  ['components/explorer/probe.tsx', "import { x } from '@/lib/contract/spans';"],
  ['components/explorer/probe.tsx', "import { x } from '@/lib/correlation/correlation-tier';"],
  ['components/explorer/probe.tsx', "import type { x } from '@/lib/clickhouse/client';"],
  ['components/explorer/probe.tsx', "import { x } from '../format/format-duration';"],
  ['lib/handlers/probe.ts', "import { x } from '@/lib/clickhouse/client';"],
  ['ingest/otlp/probe.ts', "import { x } from '@/lib/clickhouse/client';"],
  ['app/page.tsx', "import { x } from '@/lib/clickhouse/shared-store';"],
  ['app/traces/[traceId]/page.tsx', "import { x } from '@/lib/clickhouse/shared-store';"],
  ['app/traces/[traceId]/page.tsx', "import { x } from '@/lib/handlers/trace-handlers';"],
];

describe('lint holds the layers', () => {
  for (const [file, line] of refused) {
    it(`refuses in ${file}: ${line}`, async () => {
      const messages = await lintImport(file, line);
      assert.notDeepEqual(messages, [], 'no lint message');
    });
  }
  for (const [file, line] of allowed) {
    it(`allows in ${file}: ${line}`, async () => {
      assert.deepEqual(await lintImport(file, line), []);
    });
  }
});
