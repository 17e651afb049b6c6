/** Categorical colours that stay apart from the error red and the critical-path ink. */
const palette = [
  '#5b8ff9',
  '#5ad8a6',
  '#f6bd16',
  '#9270ca',
  '#6dc8ec',
  '#ff9d4d',
  '#269a99',
  '#ff99c3',
  '#5d7092',
  '#a3b745',
];

/** A stable colour per service name, so a service looks the same in every view. */
export function serviceColor(service: string): string {
  let hash = 0;
  for (let i = 0; i < service.length; i++) hash = (hash * 31 + service.charCodeAt(i)) | 0;
  return palette[Math.abs(hash) % palette.length] ?? '#5b8ff9';
}
