/**
 * A console query ClickHouse refused or could not finish; answered 400 with the message. Route
 * handlers are bundled apart from the server that throws it, so test with isConsoleError, not
 * instanceof.
 */
export class ConsoleError extends Error {
  override readonly name = 'ConsoleError';
}

export function isConsoleError(e: unknown): e is ConsoleError {
  return e instanceof Error && e.name === 'ConsoleError';
}

/** ClickHouse error codes worth a plainer sentence than the engine's own. */
const plainWords: Record<string, string> = {
  '164':
    'The SQL console is read-only: it runs SELECT, SHOW, DESCRIBE and EXPLAIN, and no table functions that reach files, URLs or other servers.',
  '62': 'Syntax error.',
  '60': 'Unknown table.',
  '47': 'Unknown column or identifier.',
  '46': 'Unknown function.',
  '241': 'The query needs more memory than the console allows (1 GiB).',
  '159': 'The query ran out of time (10 s).',
  '158': 'The query reads more rows than the console allows.',
  '396': 'The result is larger than the console allows.',
};

/** ClickHouse's message, prefixed with a plain sentence for the common refusals. */
export function consoleErrorFrom(error: unknown): ConsoleError {
  const message = error instanceof Error ? error.message : String(error);
  if (/Multi-statements are not allowed/.test(message)) {
    return new ConsoleError(`One statement at a time. ClickHouse says: ${message.trim()}`);
  }
  const code = (error as { code?: unknown }).code;
  const plain = typeof code === 'string' ? plainWords[code] : undefined;
  return new ConsoleError(plain ? `${plain} ClickHouse says: ${message.trim()}` : message.trim());
}
