import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run proto:gen', () => {
  it('the committed OTLP wire types are what the vendored protos generate', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'scripts/proto-gen.mjs'), '--check'],
      { cwd: root },
    );
    assert.match(stdout, /up to date/);
  });
});
