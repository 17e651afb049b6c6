import { ApiError } from './api-error';

function errorText(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body;
    if (typeof error === 'string') return error;
  }
  return undefined;
}

/**
 * GETs one of our API routes. The body's type is the route's documented contract (lib/api), so
 * it is asserted rather than validated; errors become ApiError with the API's own message.
 */
export async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    throw new ApiError(res.status, errorText(body) ?? `${res.status} ${res.statusText}`);
  }
  return body as T;
}
