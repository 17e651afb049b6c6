// Generates the OTLP wire types and codecs ingest, tests and benches use, from the protos under
// proto/: `npm run proto:gen`. Output: ingest/otlp/generated/otlp-wire.{js,d.ts}, committed.
// With --check, it generates into a temporary folder and fails if the committed files differ.
//
// One deliberate difference from protobufjs's defaults: strings are not checked for valid UTF-8
// while decoding (proto3 would refuse the whole request). A string with invalid UTF-8 decodes with
// its bad bytes as U+FFFD, the repair the OpenTelemetry Collector makes, and only that value is
// affected. The vendored files stay as upstream wrote them; the option is set on the loaded tree.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { pbjs } from 'protobufjs-cli';

const repo = fileURLToPath(new URL('..', import.meta.url));
const includeDirs = [join(repo, 'proto/opentelemetry-proto'), join(repo, 'proto')];
const entryFiles = [
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'opentelemetry/proto/collector/profiles/v1development/profiles_service.proto',
  'google-rpc/status.proto',
];
const committed = join(repo, 'ingest/otlp/generated/otlp-wire.js');
const check = process.argv.includes('--check');
const work = mkdtempSync(join(tmpdir(), 'proto-gen-'));
const out = check ? join(work, 'out', 'otlp-wire.js') : committed;

function resolveImport(origin, target) {
  if (isAbsolute(target)) return target;
  for (const dir of includeDirs) {
    const candidate = join(dir, target);
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // not in this include directory
    }
  }
  throw new Error(`proto import ${target} (from ${origin}) is not under proto/`);
}

function eachField(namespace, visit) {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) for (const field of nested.fieldsArray) visit(field);
    if (nested instanceof protobuf.Namespace) eachField(nested, visit);
  }
}

const root = new protobuf.Root();
root.resolvePath = resolveImport;
root.loadSync(entryFiles.map((file) => resolveImport('npm run proto:gen', file)));
eachField(root, (field) => {
  if (field.type === 'string') field.setOption('features.utf8_validation', 'NONE');
});
root.resolveAll();

try {
  if (check) mkdirSync(join(work, 'out'));
  const bundle = join(work, 'otlp.json');
  writeFileSync(bundle, JSON.stringify(root.toJSON()));
  // pbts reads the types from the code's JSDoc: the declarations come from a commented build,
  // the committed code from one without comments (half the size, same functions).
  const common = ['-t', 'static-module', '-w', 'esm', '--es6', '--no-verify', '--no-delimited'];
  common.push('--no-typeurl');
  const withTypes = join(work, 'otlp-wire.js');
  await runPbjs([...common, '--dts', '-o', withTypes, bundle]);
  // pbts types Long through `require`, which names long's CommonJS declaration of the class; the
  // code that builds messages imports long as an ES module, so the declarations import it so too.
  const dts = readFileSync(join(work, 'otlp-wire.d.ts'), 'utf8');
  const longImport = 'import Long = require("long");';
  if (!dts.includes(longImport)) throw new Error('pbts no longer imports Long as expected');
  writeFileSync(
    out.replace(/\.js$/, '.d.ts'),
    dts.replace(longImport, 'import type Long from "long";'),
  );
  await runPbjs([...common, '--no-comments', '-o', out, bundle]);
  const code = readFileSync(out, 'utf8');
  if (code.includes('stringVerify')) throw new Error('a string field is still UTF-8 verified');
  if (check) {
    for (const file of [out, out.replace(/\.js$/, '.d.ts')]) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const want = readFileSync(file, 'utf8');
      const have = readFileSync(join(committed, '..', name), 'utf8');
      if (want !== have) {
        console.error(
          `proto:gen --check: ingest/otlp/generated/${name} is not what proto/ generates; run npm run proto:gen`,
        );
        process.exitCode = 1;
      }
    }
    if (!process.exitCode) console.log('proto:gen --check: the generated files are up to date');
  } else {
    console.log(`proto:gen: wrote ${out} and its .d.ts (${code.length} bytes of code)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function runPbjs(args) {
  return new Promise((resolve, reject) => {
    pbjs.main(args, (err) => (err ? reject(err) : resolve()));
  });
}
