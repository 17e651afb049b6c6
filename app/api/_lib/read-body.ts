import { TooLarge } from '@/lib/handlers/api-result';

/**
 * A request's raw body, refused with TooLarge (413) as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused before anything is read, and a body without one is
 * counted as it arrives, so an endless body is never held in memory.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const refuse = () => new TooLarge(`the body is larger than ${maxBytes} bytes`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw refuse();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
