/**
 * A long name cut from the middle to at most `max` characters, keeping its start (package or
 * module) and its end (type and method), which say the most: `crypto/internal…(*Digest).checkSum`.
 */
export function middleEllipsis(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const keep = Math.max(max - 1, 2);
  const head = Math.floor(keep * 0.4);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}
