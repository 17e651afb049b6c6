/**
 * `kill <pid of npm>` stops npm and its shell, and the shell does not pass the signal on: when
 * this process loses its parent, that is its stop signal too. Calls `stop` once when the parent
 * changes; returns a function that stops watching.
 */
export function whenOrphaned(stop: () => void): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
