/** Writes waiting for one insert, and the totals of those still queued among them. */
export interface Batch {
  waiters: Waiter[];
  rows: number;
  bytes: number;
}

/** One request's rows in the writer, from queued to stored, refused or withdrawn. */
export interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
  /** How many rows this request wrote, and their encoding in the writer's format. */
  rows: number;
  payload: Buffer;
  bytes: number;
  /** The time the request was given, ms, for its refusal's message. */
  budgetMs: number;
  /** performance.now() by which the rows must be in the store (Infinity: no bound). */
  deadline: number;
  /** queued: waiting for an insert; sent: its insert is under way; withdrawn: taken back. */
  state: 'queued' | 'sent' | 'withdrawn';
  /** The batch whose totals count this write while it is queued. */
  batch: Batch;
  /** The client was gone when its rows were already being inserted. */
  late: boolean;
  cleanup: () => void;
}

export const emptyBatch = (): Batch => ({ waiters: [], rows: 0, bytes: 0 });

function add(batch: Batch, w: Waiter): void {
  w.batch = batch;
  batch.waiters.push(w);
  batch.bytes += w.bytes;
  batch.rows += w.rows;
}

/**
 * Splits the queued writes of `batch` in arrival order into the first insert's worth (at most
 * `capBytes`, and always at least one write) and the rest, which stay queued.
 */
export function cutBatch(batch: Batch, capBytes: number): { sending: Batch; rest: Batch } {
  const sending = emptyBatch();
  const rest = emptyBatch();
  for (const w of batch.waiters) {
    if (w.state !== 'queued') continue;
    const fits =
      rest.waiters.length === 0 && (sending.bytes + w.bytes <= capBytes || sending.rows === 0);
    add(fits ? sending : rest, w);
  }
  return { sending, rest };
}
