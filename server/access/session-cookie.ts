import { createHmac, timingSafeEqual } from 'node:crypto';

/** The browser's proof of a sign-in: `v1.<expiry, unix ms>.<HMAC of it>`, stateless. */
export const SESSION_COOKIE = 'traceprof_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** The signing key: derived from the token, so a new token ends every session. */
function sessionKey(token: string): Buffer {
  return createHmac('sha256', token).update('traceprof session cookie v1').digest();
}

function mac(token: string, expiresMs: number): string {
  return createHmac('sha256', sessionKey(token)).update(String(expiresMs)).digest('base64url');
}

export function issueSession(token: string, nowMs: number): string {
  const expires = nowMs + SESSION_TTL_MS;
  return `v1.${expires}.${mac(token, expires)}`;
}

export function isValidSession(value: string | undefined, token: string, nowMs: number): boolean {
  const m = /^v1\.(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (!m) return false;
  const expires = Number(m[1]);
  if (!(expires > nowMs)) return false;
  return sameSecret(m[2] ?? '', mac(token, expires));
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'compare').update(given).digest();
  const b = createHmac('sha256', 'compare').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
