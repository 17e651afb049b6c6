import { timingSafeEqual } from 'node:crypto';

/** True when no token is configured, or the Authorization header carries exactly `Bearer <token>`. */
export function checkBearerToken(
  expected: string | undefined,
  header: string | undefined,
): boolean {
  if (!expected) return true;
  if (!header) return false;
  const given = Buffer.from(header);
  const want = Buffer.from(`Bearer ${expected}`);
  return given.length === want.length && timingSafeEqual(given, want);
}
