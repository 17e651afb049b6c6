/** A non-2xx answer of traceprof's API; `message` is the `{error}` text the API sent. */
export class ApiError extends Error {
  constructor(
    /** HTTP status: 400 bad parameter, 404 unknown trace or span, 500 store failure. */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
