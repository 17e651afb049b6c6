/** Saves `text` as a file through the browser's download (a Blob URL on a temporary link). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: Chromium may still be reading the Blob when click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
