import { contextKeys } from '@/lib/correlation/correlation-rules';
import type { Attributes } from '../normalize/model';

/** Keys worth carrying from one signal's resource to another's for the same container. */
const containerKeys = (key: string): boolean =>
  key.startsWith('k8s.') || key.startsWith('container.image.') || key === 'container.name';

/** Keys worth carrying from an application's resource to the eBPF samples of the same process. */
const processKeys = (key: string): boolean =>
  key.startsWith('k8s.') ||
  key.startsWith('service.') ||
  key.startsWith('deployment.environment') ||
  key === 'container.id';

/** An entry changed, or is old enough that its row should be written again to stay within TTL. */
export interface ContextUpdate {
  key: string;
  attributes: Attributes;
}

const rewriteAfterMs = 60 * 60 * 1000;

/**
 * What ingest has learned about containers (`container:<id>` → k8s.*) and processes
 * (`process:<host>/<pid>` → service and k8s attributes) from every signal, used to fill profile
 * samples that arrive without them. Bounded; the oldest entries are forgotten first.
 */
export class ResourceContext {
  private readonly entries = new Map<string, { attributes: Attributes; writtenAt: number }>();

  constructor(private readonly maxEntries = 100_000) {}

  get size(): number {
    return this.entries.size;
  }

  /** Loads entries persisted earlier (resource_context), without marking them for writing. */
  restore(key: string, attributes: Attributes, now: number): void {
    this.entries.set(key, { attributes, writtenAt: now });
  }

  /** Learns from one resource; returns the entries that should be persisted. */
  learn(resource: Attributes, now: number): ContextUpdate[] {
    const updates: ContextUpdate[] = [];
    const keys = contextKeys(resource);
    if (keys.container) this.merge(keys.container, pick(resource, containerKeys), now, updates);
    if (keys.process) this.merge(keys.process, pick(resource, processKeys), now, updates);
    return updates;
  }

  /** The resource with missing attributes filled from what was learned; sent values always win. */
  fill(resource: Attributes): Attributes {
    let out = resource;
    const add = (key: string | undefined): void => {
      const known = key === undefined ? undefined : this.entries.get(key);
      if (!known) return;
      for (const [k, v] of Object.entries(known.attributes)) {
        if (out[k] === undefined) {
          if (out === resource) out = { ...resource };
          out[k] = v;
        }
      }
    };
    add(contextKeys(resource).process);
    // The process entry may have supplied the container id; the container entry adds k8s.*.
    add(contextKeys(out).container);
    return out;
  }

  private merge(key: string, learned: Attributes, now: number, updates: ContextUpdate[]): void {
    if (Object.keys(learned).length === 0) return;
    const known = this.entries.get(key);
    const merged = known ? { ...known.attributes, ...learned } : learned;
    const changed = !known || Object.entries(learned).some(([k, v]) => known.attributes[k] !== v);
    const stale = known !== undefined && now - known.writtenAt > rewriteAfterMs;
    this.entries.delete(key); // re-insert: Map order is our recency order
    this.entries.set(key, {
      attributes: merged,
      writtenAt: changed || stale ? now : known.writtenAt,
    });
    if (changed || stale) updates.push({ key, attributes: merged });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

function pick(attrs: Attributes, keep: (key: string) => boolean): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attrs)) if (keep(k) && v !== '') out[k] = v;
  return out;
}
