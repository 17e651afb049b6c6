import type { TraceSpan } from '../contract/span-models';

/** Where a span ran, as far as its resource and attributes say; '' / 0 when unknown. */
export interface SpanProcess {
  hostName: string;
  pid: number;
  containerId: string;
  /** Thread that ran the span: thread.id, or the main thread for runtimes that run user code there. */
  threadId: number;
}

/** Runtimes whose spans run on the process's main thread, whose thread id equals the pid. */
const mainThreadRuntimes = new Set(['nodejs', 'webjs']);

export function spanProcess(span: TraceSpan): SpanProcess {
  const pid = toId(span.resource['process.pid']);
  const threadAttr = toId(span.attributes['thread.id']);
  const language = span.resource['telemetry.sdk.language'] ?? '';
  return {
    hostName: span.resource['host.name'] ?? '',
    pid,
    containerId: span.resource['container.id'] ?? '',
    threadId: threadAttr || (mainThreadRuntimes.has(language) ? pid : 0),
  };
}

function toId(raw: string | undefined): number {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n > 0 && n < 2 ** 32 ? n : 0;
}
