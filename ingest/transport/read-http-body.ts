import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { gunzip, inflate } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);

/** Why a body could not be read; carries the HTTP status to answer with. */
export class HttpBodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body and undoes its Content-Encoding, refusing more than `maxBytes` on the wire
 * or after decompression (OTLP applies the limit to the decompressed size).
 */
export async function readHttpBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks, size);
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  try {
    switch (encoding) {
      case '':
      case 'identity':
        return raw;
      case 'gzip':
      case 'x-gzip':
        return await gunzipAsync(raw, { maxOutputLength: maxBytes });
      case 'deflate':
        return await inflateAsync(raw, { maxOutputLength: maxBytes });
      default:
        throw new HttpBodyError(415, `Content-Encoding ${encoding} is not supported; use gzip`);
    }
  } catch (e) {
    if (e instanceof HttpBodyError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
    throw new HttpBodyError(400, `body is not valid ${encoding}: ${(e as Error).message}`);
  }
}

function tooLarge(maxBytes: number): HttpBodyError {
  return new HttpBodyError(413, `request body is larger than ${maxBytes} bytes`);
}
