import type { IncomingMessage } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request that changes or runs something (any method but GET, HEAD and OPTIONS) must be
 * refused as cross-site, or undefined when it came from this origin. Browsers say where a request
 * comes from (Sec-Fetch-Site; Origin on every cross-origin POST), so a page elsewhere cannot make
 * a signed-in browser post to traceprof; a client that is not a browser sends neither header and
 * must present its own credential.
 */
export function crossSiteWrite(req: IncomingMessage): string | undefined {
  if (SAFE_METHODS.has(req.method ?? 'GET')) return undefined;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    return `a ${site} request may not ${req.method ?? 'POST'} to traceprof`;
  }
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return `the request's Origin (${origin}) is not this site`;
  }
  return host === req.headers.host
    ? undefined
    : `the request's Origin (${origin}) is not this site`;
}
