import { ApiError } from './api-error';

function errorText(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body;
    if (typeof error === 'string') return error;
  }
  return undefined;
}

/**
 * GETs one of our API routes, or POSTs `body` as JSON when given. The answer's type is the
 * route's documented contract (lib/api), so it is asserted rather than validated; errors become
 * ApiError with the API's own message.
 */
export async function fetchJson<T>(url: string, signal: AbortSignal, body?: unknown): Promise<T> {
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
  return answer as T;
}
