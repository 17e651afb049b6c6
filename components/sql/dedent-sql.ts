/**
 * SQL written as an indented template literal, made to read well in the editor: blank lines at
 * either end dropped, the first line's leading spaces dropped, and the indentation the other
 * lines share removed (the first line is left out of that count, as it usually follows the
 * opening backtick). Only whitespace at line starts changes.
 */
export function dedentSql(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  const [first = '', ...rest] = lines;
  const indents = rest
    .filter((l) => l.trim() !== '')
    .map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return [first.trimStart(), ...rest.map((l) => l.slice(Math.min(common, l.length)))].join('\n');
}
