import {
  otlpTypes,
  SpanKind,
  StatusCode,
  type ExportTraceServiceRequest,
  type KeyValue,
  type SpanEvent,
  type Span,
} from '@/ingest/otlp/otlp-wire';
import { int, str, u64 } from '@/test/support/otlp-values';
import { SeededRandom } from './seeded-random';
import { makeServices, type Service } from './trace-services';

/** One encoded ExportTraceServiceRequest and how many spans it carries. */
export interface EncodedTraceRequest {
  body: Buffer;
  spans: number;
}

interface SpanDraft {
  span: Span;
  service: Service;
  startNs: bigint;
  durationNs: bigint;
}

const ms = 1_000_000n;

function httpAttributes(
  random: SeededRandom,
  method: string,
  route: string,
  status: number,
): KeyValue[] {
  return [
    str('http.method', method),
    str('http.route', route),
    int('http.status_code', status),
    str('http.scheme', 'http'),
    str('net.peer.name', `10.0.${random.int(0, 255)}.${random.int(1, 254)}`),
    str('user_agent.original', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36'),
  ];
}

function spanEvents(random: SeededRandom, draft: SpanDraft, failed: boolean): SpanEvent[] {
  const at = u64(draft.startNs + draft.durationNs / 2n);
  if (failed) {
    return [
      {
        timeUnixNano: at,
        name: 'exception',
        attributes: [
          str('exception.type', 'TimeoutError'),
          str('exception.message', `upstream ${draft.service.name} timed out after 200ms`),
          str(
            'exception.stacktrace',
            'TimeoutError: upstream timed out\n    at handler (app.js:42:7)',
          ),
        ],
      },
    ];
  }
  if (!random.chance(0.1)) return [];
  return [
    {
      timeUnixNano: at,
      name: 'cache.miss',
      attributes: [str('cache.key', `sku:${random.int(1, 9999)}`)],
    },
  ];
}

function newSpan(
  random: SeededRandom,
  traceId: Uint8Array,
  parent: SpanDraft | undefined,
  service: Service,
  kind: SpanKind,
  startNs: bigint,
  durationNs: bigint,
): SpanDraft {
  const route = random.pick(service.routes);
  const method = random.pick(['GET', 'GET', 'GET', 'POST', 'PUT']);
  const failed = random.chance(0.02);
  const draft: SpanDraft = {
    service,
    startNs,
    durationNs,
    span: {
      traceId,
      spanId: random.id(8),
      parentSpanId: parent ? parent.span.spanId : new Uint8Array(0),
      name: kind === SpanKind.SPAN_KIND_INTERNAL ? `${service.name}.work` : `${method} ${route}`,
      kind,
      startTimeUnixNano: u64(startNs),
      endTimeUnixNano: u64(startNs + durationNs),
      attributes: httpAttributes(random, method, route, failed ? 504 : 200),
      events: [],
      status: {
        code: failed ? StatusCode.STATUS_CODE_ERROR : StatusCode.STATUS_CODE_UNSET,
        message: failed ? 'upstream timeout' : '',
      },
    },
  };
  draft.span.events = spanEvents(random, draft, failed);
  return draft;
}

/** One trace: a frontend request fanning out as client/server pairs and internal work. */
function generateTrace(
  random: SeededRandom,
  services: Service[],
  rootStartNs: bigint,
  spanCount: number,
): SpanDraft[] {
  const [frontend, ...downstream] = services;
  if (!frontend) throw new Error('no services');
  const traceId = random.id(16);
  const root = newSpan(
    random,
    traceId,
    undefined,
    frontend,
    SpanKind.SPAN_KIND_SERVER,
    rootStartNs,
    BigInt(random.int(20, 800)) * ms,
  );
  const out = [root];
  const servers = [root];
  while (out.length < spanCount) {
    const parent = random.pick(servers);
    const startNs =
      parent.startNs + BigInt(Math.floor(random.next() * Number(parent.durationNs / 2n)));
    const durationNs = (parent.durationNs * BigInt(random.int(10, 45))) / 100n + 1000n;
    if (random.chance(0.3) || out.length === spanCount - 1) {
      out.push(
        newSpan(
          random,
          traceId,
          parent,
          parent.service,
          SpanKind.SPAN_KIND_INTERNAL,
          startNs,
          durationNs,
        ),
      );
      continue;
    }
    const client = newSpan(
      random,
      traceId,
      parent,
      parent.service,
      SpanKind.SPAN_KIND_CLIENT,
      startNs,
      durationNs,
    );
    const callee = random.pick(downstream);
    const server = newSpan(
      random,
      traceId,
      client,
      callee,
      SpanKind.SPAN_KIND_SERVER,
      startNs + 200_000n,
      durationNs - 500n,
    );
    out.push(client, server);
    servers.push(server);
  }
  return out;
}

/**
 * `count` distinct OTLP trace requests of ~`spansPerRequest` spans each (25 traces of ~20 spans over
 * 5 services), encoded once so the timed phase sends bytes only. Root spans start within the last
 * minute before `nowNs`.
 */
export function generateTraceRequests(
  count: number,
  spansPerRequest: number,
  nowNs: bigint,
  seed = 1,
): EncodedTraceRequest[] {
  const random = new SeededRandom(seed);
  const services = makeServices(random);
  const tracesPerRequest = 25;
  const out: EncodedTraceRequest[] = [];
  for (let r = 0; r < count; r++) {
    const byService = new Map<Service, Span[]>(services.map((s) => [s, []]));
    let spans = 0;
    for (let t = 0; t < tracesPerRequest; t++) {
      const start = nowNs - BigInt(random.int(1_000, 60_000)) * ms;
      for (const d of generateTrace(
        random,
        services,
        start,
        Math.round(spansPerRequest / tracesPerRequest),
      )) {
        byService.get(d.service)?.push(d.span);
        spans++;
      }
    }
    const request: ExportTraceServiceRequest = {
      resourceSpans: services.map((s) => ({
        resource: s.resource,
        scopeSpans: [
          {
            scope: { name: '@opentelemetry/instrumentation-http', version: '0.57.0' },
            spans: byService.get(s) ?? [],
          },
        ],
      })),
    };
    const bytes = otlpTypes.traceRequest.encode(request).finish();
    out.push({ body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), spans });
  }
  return out;
}
