import http from 'node:http';
import type { OtlpEncoding } from '../otlp/decode-export-request';
import { encodeStatus, rpcCode } from '../otlp/encode-status';
import type { ExportCall } from '../pipeline/export-call';
import type { ExportPipeline } from '../pipeline/export-pipeline';
import { checkBearerToken } from './check-bearer-token';
import { maxMessageBytes } from './grpc-server';
import { ingestFailureOf } from './ingest-errors';
import { HttpBodyError, readHttpBody } from './read-http-body';

const contentTypes: Record<string, OtlpEncoding> = {
  'application/x-protobuf': 'protobuf',
  'application/protobuf': 'protobuf',
  'application/json': 'json',
};

export interface HttpServerOptions {
  pipeline: ExportPipeline;
  token: string | undefined;
}

type Route = (
  pipeline: ExportPipeline,
  body: Buffer,
  encoding: OtlpEncoding,
  call: ExportCall,
) => Promise<Uint8Array>;

const routes: Record<string, Route> = {
  '/v1/traces': (p, b, e, c) => p.exportTraces(b, e, c),
  '/v1development/profiles': (p, b, e, c) => p.exportProfiles(b, e, c),
};

const unsupported: Record<string, string> = {
  '/v1/metrics': 'metrics',
  '/v1/logs': 'logs',
};

/** Servers that are stopping: their answers close the connection, so clients reconnect elsewhere. */
const stopping = new WeakSet<http.Server>();

/** OTLP/HTTP: POST /v1/traces and /v1development/profiles, protobuf or JSON, gzip accepted. */
export function createHttpServer({ pipeline, token }: HttpServerOptions): http.Server {
  const server = http.createServer((req, res) => {
    if (stopping.has(server)) res.setHeader('connection', 'close');
    handle(req, res, pipeline, token).catch((error: unknown) => {
      // handle() answers every failure itself; this only guards against a broken socket.
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  server.requestTimeout = 120_000;
  return server;
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pipeline: ExportPipeline,
  token: string | undefined,
): Promise<void> {
  const receivedAt = Date.now();
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const mime = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const encoding: OtlpEncoding = contentTypes[mime] ?? 'json';
  const fail = (status: number, code: number, message: string, retryAfter?: number): void => {
    const headers: http.OutgoingHttpHeaders = {
      'content-type': encoding === 'json' ? 'application/json' : 'application/x-protobuf',
    };
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    res.writeHead(status, headers).end(encodeStatus(code, message, encoding, retryAfter));
  };
  const route = routes[path];
  if (!route) {
    const signal = unsupported[path];
    const message = signal
      ? `traceprof ingests traces and profiles; ${signal} are not supported yet`
      : `no OTLP endpoint at ${path}; use POST /v1/traces or POST /v1development/profiles`;
    req.resume();
    fail(404, rpcCode.unimplemented, message);
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('allow', 'POST');
    fail(405, rpcCode.invalidArgument, `${req.method ?? ''} is not allowed; OTLP/HTTP uses POST`);
    return;
  }
  if (!checkBearerToken(token, req.headers.authorization)) {
    req.resume();
    fail(401, rpcCode.unauthenticated, 'missing or wrong bearer token');
    return;
  }
  if (!(mime in contentTypes)) {
    req.resume();
    fail(
      415,
      rpcCode.invalidArgument,
      `Content-Type ${mime || '(none)'} is not supported; use application/x-protobuf or application/json`,
    );
    return;
  }
  let body: Buffer;
  try {
    body = await readHttpBody(req, maxMessageBytes);
  } catch (e) {
    if (!(e instanceof HttpBodyError)) throw e;
    const code = e.status === 413 ? rpcCode.resourceExhausted : rpcCode.invalidArgument;
    if (e.status === 413) res.setHeader('connection', 'close');
    fail(e.status, code, e.message);
    return;
  }
  // A client that gives up closes its connection: rows of its request not yet sent are withdrawn.
  const gone = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  try {
    const response = await route(pipeline, body, encoding, { receivedAt, signal: gone.signal });
    res.writeHead(200, { 'content-type': mime }).end(response);
  } catch (error) {
    const f = ingestFailureOf(error);
    fail(f.http, f.grpc, f.message, f.retryAfterSeconds);
  }
}

/** Binds and resolves with the port actually bound (0 picks a free one). */
export function listenHttp(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Stops accepting connections and resolves when open requests have been answered: answers from
 * now on close their connection, idle keep-alive connections are closed as they fall idle, and
 * after `deadlineMs` every connection still open is closed, so clients that keep sending on a
 * kept-alive connection cannot hold the server open.
 */
export function closeHttp(server: http.Server, deadlineMs = 20_000): Promise<void> {
  stopping.add(server);
  return new Promise((resolve) => {
    const idle = setInterval(() => {
      server.closeIdleConnections();
    }, 100);
    const deadline = setTimeout(() => {
      server.closeAllConnections();
    }, deadlineMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
