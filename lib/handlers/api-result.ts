import type { ErrorBody } from '../contract/responses';

/** A file answer: the body is the file (text or bytes). */
export interface Download {
  contentType: string;
  filename: string;
}

/**
 * What an API handler answers: 200 with the endpoint's response (lib/contract/responses.ts), a
 * file, or a refusal or failure with its message.
 */
export type ApiResult<T> =
  | { status: 200; body: T; download?: undefined }
  | { status: 200; body: string | Uint8Array; download: Download }
  | { status: 400 | 404 | 413 | 500; body: ErrorBody; download?: undefined };

export const errorBody = (message: string): ErrorBody => ({ error: message });

/** A parameter was missing or malformed; the message names it. */
export class BadRequest extends Error {}

/** The request body is larger than the endpoint takes; the message says the limit. */
export class TooLarge extends Error {}

export const ok = <T>(body: T): ApiResult<T> => ({ status: 200, body });

export const download = (body: string | Uint8Array, file: Download): ApiResult<never> => ({
  status: 200,
  body,
  download: file,
});

export const notFound = (message: string): ApiResult<never> => ({
  status: 404,
  body: errorBody(message),
});

/**
 * Runs a handler, turning BadRequest into 400, TooLarge into 413 and anything else into 500, each
 * with a message.
 */
export async function answer<T>(run: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof BadRequest) return { status: 400, body: errorBody(e.message) };
    if (e instanceof TooLarge) return { status: 413, body: errorBody(e.message) };
    const message = e instanceof Error ? e.message : String(e);
    return { status: 500, body: errorBody(`the store could not answer: ${message}`) };
  }
}
