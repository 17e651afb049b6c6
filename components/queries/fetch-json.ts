import type { z } from 'zod';
import { ApiError } from './api-error';

function errorText(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body;
    if (typeof error === 'string') return error;
  }
  return undefined;
}

/**
 * GETs one of our API routes, or POSTs `body` as JSON when given, and reads the answer with the
 * endpoint's schema from lib/contract/responses.ts: an answer of another shape is an error that
 * names the field, not a value of the wrong type. Errors become ApiError with the API's message.
 */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  signal: AbortSignal,
  body?: unknown,
): Promise<z.output<S>> {
  const init: RequestInit =
    body === undefined
      ? { signal, headers: { accept: 'application/json' } }
      : {
          signal,
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
  const res = await fetch(url, init);
  if (res.status === 401 && typeof window !== 'undefined') {
    // The sign-in ran out: back to the login page, then here again.
    const here = `${window.location.pathname}${window.location.search}`;
    window.location.assign(`/login?next=${encodeURIComponent(here)}`);
  }
  const answer: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    throw new ApiError(res.status, errorText(answer) ?? `${res.status} ${res.statusText}`);
  }
  const read = schema.safeParse(answer);
  if (!read.success) {
    const issue = read.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new ApiError(
      res.status,
      `the API answered ${url.split('?')[0] ?? url} in an unexpected shape${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unreadable'}`,
    );
  }
  return read.data;
}
