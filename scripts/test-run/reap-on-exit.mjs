// Loaded into every test file's process (node --import): tags the processes this file starts, and
// kills whatever of them is still running when the file's process ends, also after a test timed
// out or the runner stopped the file. The run's own reaper (reap.mjs) covers a SIGKILL.
import { FILE_TAG, killTaggedNow, RUN_TAG } from './reap.mjs';

const runId = process.env[RUN_TAG];
if (runId) {
  const fileId = `${runId}/${process.pid}`;
  process.env[FILE_TAG] = fileId;
  process.on('exit', () => {
    killTaggedNow(FILE_TAG, fileId);
  });
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    process.once(sig, () => {
      killTaggedNow(FILE_TAG, fileId);
      process.kill(process.pid, sig); // the default action, now that the handler is gone
    });
  }
}
