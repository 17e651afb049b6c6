import 'server-only';
import { createClient, type ClickHouseClient, type DataFormat } from '@clickhouse/client';
import type { StoreConfig } from '../clickhouse/store-config';
import { createSandboxConnection } from './sandbox-connection';
import { consoleLimits, consoleSettings, type ConsoleLimits } from './console-limits';
import { ConsoleError, consoleErrorFrom, isConsoleError } from './console-error';
import { consoleUserWarnings } from './console-user-check';
import { parseAstDump } from './parse-ast-dump';
import { queryRefusal } from './query-policy';
import type { ConsoleResult } from '../contract/console-models';

interface JsonCompact {
  meta: { name: string; type: string }[];
  data: unknown[][];
  rows: number;
  statistics?: { elapsed: number; rows_read: number };
}

/**
 * Runs users' SQL read-only, with limits that ClickHouse enforces, apart from the store's own
 * session. Embedded, that is a second session on the same data directory, set up once with the
 * limits and readonly=1 (a session's settings persist, and readonly forbids changing any
 * afterwards); one query at a time, because a failed query can leave output in its session that
 * a throwaway query must absorb. With a server, every request carries the settings.
 */
export class SqlSandbox {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly client: ClickHouseClient,
    /** Settings every request carries (a server), or undefined (the embedded session holds them). */
    private readonly perRequest: Record<string, string | number> | undefined,
    private readonly limits: ConsoleLimits,
  ) {}

  /** Opens the sandbox; `limits` other than the defaults are for tests. */
  static async open(
    config: StoreConfig,
    limits: ConsoleLimits = consoleLimits,
  ): Promise<SqlSandbox> {
    if (config.mode === 'embedded') {
      const client = createClient({ connection: createSandboxConnection(config.dataDir) });
      await client.command({ query: 'SELECT 1', clickhouse_settings: consoleSettings(limits) });
      return new SqlSandbox(client, undefined, limits);
    }
    const client = createClient({
      url: config.url,
      username: config.console?.username ?? config.username,
      password: config.console?.password ?? config.password,
      database: config.database,
      request_timeout: 30_000,
    });
    for (const warning of await consoleUserWarnings(client, config)) {
      console.warn(`traceprof: warning: ${warning}`);
    }
    // The console's own user has readonly in its profile, which a request may not restate.
    return new SqlSandbox(client, consoleSettings(limits, { readonly: !config.console }), limits);
  }

  /** Runs one statement; ConsoleError for anything ClickHouse refuses. */
  run(query: string): Promise<ConsoleResult> {
    return this.enqueue(async () => {
      const started = performance.now();
      const text = await this.exec(query, 'JSONCompact');
      return toResult(text, performance.now() - started, this.limits);
    }, query);
  }

  /** Runs one statement and answers CSV with a header row; ConsoleError as run(). */
  runCsv(query: string): Promise<string> {
    return this.enqueue(() => this.exec(query, 'CSVWithNames'), query);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.client.close();
  }

  /** Statements run one at a time, each checked before it runs. */
  private enqueue<T>(work: () => Promise<T>, query: string): Promise<T> {
    const next = this.queue.then(() => this.runNow(work, query));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow<T>(work: () => Promise<T>, query: string): Promise<T> {
    try {
      await this.check(query);
      return await work();
    } catch (e) {
      if (this.perRequest === undefined) await this.absorbLeftovers();
      if (isConsoleError(e)) throw e;
      throw consoleErrorFrom(e);
    }
  }

  /**
   * Runs `sql` exactly as given: `exec`, unlike `query`, appends no FORMAT clause, so the text the
   * engine runs is the text that was checked; the output format travels as a setting.
   */
  private async exec(sql: string, outputFormat: DataFormat): Promise<string> {
    const base = this.perRequest ?? {};
    const result = await this.client.exec({
      query: sql,
      clickhouse_settings: { ...base, default_format: outputFormat },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of result.stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * Refuses, with a ConsoleError naming it, anything the console's allow-list does not hold
   * (query-policy.ts), judged on the engine's own parse. First the engine formats the text given
   * as a parameter, which proves it one statement without running it; then `EXPLAIN AST` of that
   * same text, which only parses (output clauses in it belong to the inner statement, are shown
   * in its tree and are not carried out).
   */
  private async check(query: string): Promise<void> {
    const facts = JSON.parse(
      await this.execWithParams(
        `SELECT formatQuerySingleLine({q:String}) AS canonical, currentDatabase() AS db,
                (SELECT groupArray(name) FROM system.databases) AS databases`,
        { q: query },
      ),
    ) as { canonical: string; db: string; databases: string[] };
    // EXPLAIN applies a SETTINGS clause of the statement it explains; readonly refuses that.
    const dump = await this.exec(`EXPLAIN AST ${query}`, 'TabSeparatedRaw').catch((e: unknown) => {
      if ((e as { code?: unknown }).code !== '164') throw e;
      throw new ConsoleError(
        `The console does not run SETTINGS: its settings and limits are fixed. ClickHouse says: ${(e as Error).message.trim()}`,
      );
    });
    const tree = parseAstDump(dump);
    if (!tree)
      throw new ConsoleError('The console could not check this query, so it did not run it.');
    const refusal = queryRefusal(tree, {
      canonical: facts.canonical,
      currentDatabase: facts.db,
      databases: facts.databases,
    });
    if (refusal) throw new ConsoleError(`The console does not run ${refusal}.`);
  }

  private async execWithParams(sql: string, params: Record<string, string>): Promise<string> {
    const base = this.perRequest ?? {};
    const rs = await this.client.query({
      query: sql,
      query_params: params,
      format: 'JSONEachRow',
      clickhouse_settings: base,
    });
    return rs.text();
  }

  /** A query that fails half-way leaves output behind in an embedded session: swallow it. */
  private async absorbLeftovers(): Promise<void> {
    await this.client.command({ query: 'SELECT 1' }).catch(() => undefined);
  }
}

function toResult(text: string, elapsedMs: number, limits: ConsoleLimits): ConsoleResult {
  let parsed: JsonCompact;
  try {
    parsed = JSON.parse(text) as JsonCompact;
  } catch {
    throw new ConsoleError(
      'The console shows results itself: remove the FORMAT clause and use the download buttons.',
    );
  }
  const truncated =
    parsed.data.length > limits.maxResultRows ||
    (parsed.statistics?.rows_read ?? 0) >= limits.maxRowsToRead ||
    (parsed.statistics?.elapsed ?? 0) >= limits.maxExecutionSeconds;
  const rows = parsed.data.slice(0, limits.maxResultRows);
  return {
    columns: parsed.meta.map((m) => ({ name: m.name, type: m.type })),
    rows,
    rowCount: rows.length,
    truncated,
    elapsedMs: Math.round(elapsedMs),
  };
}
