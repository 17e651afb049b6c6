/** The longest end a cut name keeps whole: its last path element when that fits, else this many characters. */
const maxTail = 28;
const fallbackTail = 24;

/**
 * A long name split for cutting in the middle: the head, which CSS shortens with an ellipsis to
 * what fits, and the tail, always shown whole: the last path element (`sha256.(*Digest).checkSum`
 * of `crypto/internal/fips140/sha256.(*Digest).checkSum`) or, without a short one, the last 24
 * characters. Names short enough to show whole have no tail.
 */
export function splitForMiddleEllipsis(name: string): { head: string; tail: string } {
  const chars = Array.from(name);
  if (chars.length <= maxTail + 4) return { head: name, tail: '' };
  const slash = chars.lastIndexOf('/');
  const at =
    slash > 0 && chars.length - slash - 1 <= maxTail ? slash + 1 : chars.length - fallbackTail;
  return { head: chars.slice(0, at).join(''), tail: chars.slice(at).join('') };
}
