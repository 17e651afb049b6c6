/**
 * Who may use the web app and its API (the engineers' port), from the environment:
 * - TRACEPROF_WEB_TOKEN: a secret the operator hands out; a browser signs in with it once
 *   (/login, then an HttpOnly SameSite=Lax session cookie), an API client sends it as
 *   `Authorization: Bearer <token>`;
 * - TRACEPROF_TRUSTED_USER_HEADER: the request header in which an authenticating proxy in front
 *   (oauth2-proxy, a Kubernetes ingress with auth) names the signed-in user; traceprof then must be
 *   reachable only through that proxy;
 * - neither: no access control, which is allowed on a loopback address only, unless the operator
 *   opts out by name with TRACEPROF_WEB_ALLOW_UNAUTHENTICATED=1.
 */
export type WebAccess =
  { mode: 'token'; token: string } | { mode: 'proxy'; header: string } | { mode: 'open' };

export type AccessEnv = Readonly<Record<string, string | undefined>>;

export const OPT_OUT = 'TRACEPROF_WEB_ALLOW_UNAUTHENTICATED';

/** Reads the access mode; throws with the variable's name when one is malformed. */
export function webAccessFromEnv(env: AccessEnv): WebAccess {
  const token = env['TRACEPROF_WEB_TOKEN'] ?? '';
  const header = (env['TRACEPROF_TRUSTED_USER_HEADER'] ?? '').trim().toLowerCase();
  if (token !== '' && header !== '') {
    throw new Error('set TRACEPROF_WEB_TOKEN or TRACEPROF_TRUSTED_USER_HEADER, not both');
  }
  if (token !== '') {
    if (token.length < 16) throw new Error('TRACEPROF_WEB_TOKEN must be at least 16 characters');
    return { mode: 'token', token };
  }
  if (header !== '') {
    if (!/^[a-z0-9-]+$/.test(header)) {
      throw new Error(`TRACEPROF_TRUSTED_USER_HEADER must be a header name, got ${header}`);
    }
    return { mode: 'proxy', header };
  }
  return { mode: 'open' };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Throws when the web app would be reachable from other machines with no access control, naming
 * the settings that fix it and the opt-out.
 */
export function checkWebExposure(host: string, access: WebAccess, env: AccessEnv): void {
  if (access.mode !== 'open' || isLoopback(host) || env[OPT_OUT] === '1') return;
  throw new Error(
    `the web app would listen on ${host} with no access control: set TRACEPROF_WEB_TOKEN (a login) ` +
      `or TRACEPROF_TRUSTED_USER_HEADER (an authenticating proxy in front), bind it to loopback ` +
      `with TRACEPROF_WEB_HOST=127.0.0.1, or accept anyone who can reach ${host} with ${OPT_OUT}=1`,
  );
}
