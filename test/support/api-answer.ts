import assert from 'node:assert/strict';
import { answer, type ApiResult } from '@/lib/handlers/api-result';

/** Runs a handler and returns its 200 answer, typed by the handler's contract response. */
export async function okBody<T>(run: () => Promise<ApiResult<T>>): Promise<T> {
  const res = await answer(run);
  if (res.status !== 200) assert.fail(`expected 200, got ${res.status}: ${res.body.error}`);
  if (res.download !== undefined) assert.fail('expected a JSON answer, got a file');
  return res.body;
}

/** Runs a handler that must refuse, and returns its status and error message. */
export async function refusal<T>(
  run: () => Promise<ApiResult<T>>,
): Promise<{ status: number; error: string }> {
  const res = await answer(run);
  if (res.status === 200) assert.fail('expected a refusal, got 200');
  return { status: res.status, error: res.body.error };
}

/** Runs a handler that answers a file, and returns the file and its body. */
export async function fileBody<T>(
  run: () => Promise<ApiResult<T>>,
): Promise<{ contentType: string; filename: string; body: string | Uint8Array }> {
  const res = await answer(run);
  if (res.status !== 200) assert.fail(`expected 200, got ${res.status}: ${res.body.error}`);
  if (res.download === undefined) assert.fail('expected a file, got a JSON answer');
  return { ...res.download, body: res.body };
}
