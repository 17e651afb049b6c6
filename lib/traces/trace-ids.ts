/** A trace id as OTLP/W3C spell it in hex: 32 characters (16 bytes); either case is accepted. */
export const traceIdPattern = /^[0-9a-f]{32}$/i;

/** A span id in hex: 16 characters (8 bytes); either case is accepted. */
export const spanIdPattern = /^[0-9a-f]{16}$/i;
