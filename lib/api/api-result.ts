/** What an API handler answers: an HTTP status and a JSON body. */
export interface ApiResult {
  status: number;
  body: unknown;
  /** Set for file answers: the body is the file (text or bytes). */
  download?: { contentType: string; filename: string };
}

/** The body of every refusal and failure of the API (and of the web port's guard). */
export interface ErrorBody {
  error: string;
}

export const errorBody = (message: string): ErrorBody => ({ error: message });

/** A parameter was missing or malformed; the message names it. */
export class BadRequest extends Error {}

export const ok = (body: unknown): ApiResult => ({ status: 200, body });

export const notFound = (message: string): ApiResult => ({ status: 404, body: errorBody(message) });

/** Runs a handler, turning BadRequest into 400 and anything else into 500, both with a message. */
export async function answer(run: () => Promise<ApiResult>): Promise<ApiResult> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof BadRequest) return { status: 400, body: errorBody(e.message) };
    const message = e instanceof Error ? e.message : String(e);
    return { status: 500, body: errorBody(`the store could not answer: ${message}`) };
  }
}
