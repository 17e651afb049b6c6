// Typed lint rules for our own code; zero warnings are allowed (see package.json "lint").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noExportAll = {
  selector: 'ExportAllDeclaration',
  message: 'No export *: name what you export.',
};

/** What views may import from lib/, plus `allowed` (gitignore-style negations). */
const viewImports = (allowed) => ({
  patterns: [
    {
      group: [
        '**/lib/*/*',
        '!**/lib/contract/*',
        '!**/lib/correlation/correlation-tier',
        '!**/lib/correlation/context-fields',
        '!**/lib/traces/trace-ids',
        ...allowed,
        '**/ingest/**',
        '**/server/**',
        '**/scripts/**',
      ],
      allowTypeImports: true,
      message:
        'Views run in the browser: import the read contract (lib/contract) or pure lib vocabulary, not server code.',
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      '.next/',
      'next-env.d.ts',
      'collector-agent/.build/',
      'test-results/',
      'ingest/otlp/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it return promises the runner itself awaits.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        noExportAll,
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^(\\.\\.\\/){2}/]`,
          message: 'Import across folders through the @/ alias (tsconfig paths), not ../../.',
        })),
      ],
    },
  },
  {
    // React's rules of hooks and the compiler's purity rules, for every component and page.
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The browser's side of the data path: views see the read contract and pure vocabulary of
    // lib/ (tiers, scopes, context field names, id patterns), never code that runs SQL or serves.
    files: ['components/**/*.{ts,tsx}', 'app/**/*.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', viewImports([])] },
  },
  {
    // Pages and layouts are server components (none says 'use client'): they may also read what
    // the server process shares with them, and ask the read API's handlers what it would answer
    // (a page answers 404 where its API does). Both are marked server-only, so a page turned
    // into a client component would fail the build.
    files: ['app/**/page.tsx', 'app/**/layout.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        viewImports(['!**/lib/clickhouse/shared-store', '!**/lib/handlers/trace-handlers']),
      ],
    },
  },
  {
    // Layers never point up the data path: lib/ is shared by ingest and the app and knows neither.
    files: ['lib/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ingest/**', '**/app/**', '**/components/**', '**/server/**'],
              message: 'lib/ is imported by ingest, server and app, and imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Ingest writes the store; the web app reads it. Neither reaches into the other.
    files: ['ingest/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/components/**'],
              message: 'Ingest does not depend on the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests state what they expect to exist; a wrong `!` fails the test, which is the point.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Plain-JS scripts (build helpers, this file): untyped lint with Node's globals. Plain Node
    // resolves no tsconfig alias, so relative paths stay.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-restricted-syntax': ['error', noExportAll],
    },
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
);
