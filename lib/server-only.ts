// `import 'server-only'` marks a module that runs SQL. Next.js resolves that name itself and
// refuses to build a browser bundle that reaches such a module; in Node (ingest, tests, scripts)
// the name maps here through tsconfig `paths`, and the import does nothing.
export {};
