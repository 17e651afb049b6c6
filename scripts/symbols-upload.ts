// `npm run symbols:upload -- <file> [--url http://127.0.0.1:3000]`: uploads an ELF file (an
// executable, a shared library, or its debug file from `objcopy --only-keep-debug`) to traceprof's
// POST /api/symbols, so flame graphs name the native frames of that build, samples already
// stored included, and prints what was stored. Sends TRACEPROF_WEB_TOKEN as the bearer token when
// it is set. Exits 1 with traceprof's message when the upload is refused.
import { readFile } from 'node:fs/promises';
import { errorResponse, symbolsResponse } from '@/lib/contract/responses';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run symbols:upload -- <file> [--url http://host:port]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let url = 'http://127.0.0.1:3000';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--url') url = args[++i] ?? usage('--url needs a value');
  else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
  else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
  else files.push(arg);
}
const [file] = files;
if (file === undefined || files.length > 1) usage('name one file');

const body = await readFile(file).catch((e: unknown) =>
  usage(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`),
);
const token = process.env['TRACEPROF_WEB_TOKEN'];
const res = await fetch(new URL('/api/symbols', url), {
  method: 'POST',
  headers: {
    'content-type': 'application/octet-stream',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body,
});
const answer: unknown = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
if (!res.ok) {
  const refused = errorResponse.safeParse(answer);
  console.error(
    `${file}: refused (${res.status}): ${refused.success ? refused.data.error : res.statusText}`,
  );
  process.exit(1);
}
const stored = symbolsResponse.parse(answer);
console.log(
  `${file}: ${stored.symbols} function symbols ${stored.stored ? 'stored' : 'already stored, nothing new'} ` +
    `under build ids ${stored.buildIds.join(', ')}`,
);
