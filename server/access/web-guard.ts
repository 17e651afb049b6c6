import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody } from '@/lib/handlers/api-result';
import { HttpBodyError, readHttpBody } from '@/ingest/transport/read-http-body';
import type { WebAccess } from './access-config';
import { loginPage } from './login-page';
import { crossSiteWrite } from './same-origin-write';
import { applySecurityHeaders } from './security-headers';
import {
  cookieValue,
  isValidSession,
  issueSession,
  sameSecret,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from './session-cookie';

/**
 * The web port's front door, run before Next.js sees a request: security headers on every
 * answer, cross-site writes refused, and, unless access is open, a credential required for every
 * page and API route (pages send the browser to /login, API routes answer 401). Resolves true
 * when the request may go on to the app, false when the guard answered it.
 */
export function createWebGuard(
  access: WebAccess,
  options: { dev: boolean; now?: () => number },
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const now = options.now ?? Date.now;
  return async (req, res) => {
    applySecurityHeaders(req, res, options.dev);
    const url = new URL(req.url ?? '/', 'http://traceprof.invalid');
    const refused = crossSiteWrite(req);
    if (refused) {
      json(res, 403, `refused: ${refused}`);
      return false;
    }
    // For probes (a Kubernetes readiness probe, a load balancer): says only that the app is up.
    if (url.pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('ok');
      return false;
    }
    if (access.mode === 'open') return true;
    if (access.mode === 'proxy') {
      const user = req.headers[access.header];
      if (typeof user === 'string' && user.trim() !== '') return true;
      json(
        res,
        401,
        `sign in through the authenticating proxy in front of traceprof (it sets ${access.header})`,
      );
      return false;
    }
    if (url.pathname === '/login') return handleLogin(req, res, access.token, now());
    if (url.pathname === '/logout' && req.method === 'POST') {
      res.setHeader('Set-Cookie', cookie(req, '', 0));
      res.writeHead(303, { Location: '/login' }).end();
      return false;
    }
    if (signedIn(req, access.token, now())) return true;
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="traceprof"');
      json(res, 401, 'sign in first: open /login, or send Authorization: Bearer <token>');
    } else {
      const next = encodeURIComponent(`${url.pathname}${url.search}`);
      res.writeHead(303, { Location: `/login?next=${next}` }).end();
    }
    return false;
  };
}

function signedIn(req: IncomingMessage, token: string, nowMs: number): boolean {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer !== undefined) return sameSecret(bearer, token);
  return isValidSession(cookieValue(req.headers.cookie, SESSION_COOKIE), token, nowMs);
}

/** Only a path on this site: never `//host` or a scheme, so a link cannot send users elsewhere. */
function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

async function handleLogin(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  nowMs: number,
): Promise<false> {
  const page = (status: number, next: string, error?: string) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(loginPage(next, error));
  };
  if (req.method !== 'POST') {
    const next = safeNext(new URL(req.url ?? '/', 'http://x').searchParams.get('next'));
    page(200, next);
    return false;
  }
  let form: URLSearchParams;
  try {
    form = new URLSearchParams((await readHttpBody(req, 8192)).toString('utf8'));
  } catch (e) {
    if (!(e instanceof HttpBodyError)) throw e;
    page(e.status, '/', e.message);
    return false;
  }
  const next = safeNext(form.get('next'));
  if (!sameSecret(form.get('token') ?? '', token)) {
    page(401, next, 'That is not the access token.');
    return false;
  }
  res.setHeader('Set-Cookie', cookie(req, issueSession(token, nowMs), SESSION_TTL_MS / 1000));
  res.writeHead(303, { Location: next }).end();
  return false;
}

function cookie(req: IncomingMessage, value: string, maxAgeSeconds: number): string {
  const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

function json(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(errorBody(message)));
}
