import { z } from 'zod';

/** A schema for one of `values`, typed as their union (the list keeps its home elsewhere). */
export function oneOf<T extends string>(values: readonly T[]): z.ZodType<T> {
  return z.custom<T>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), {
    message: `expected one of ${values.join(', ')}`,
  });
}
