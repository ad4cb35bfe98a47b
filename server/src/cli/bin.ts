// Entry point of the `star-coach` executable, and of the threads it starts to check many files at once. Here, and only
// here, the process itself: exit codes, output that cannot be written, an interrupt.
import { run } from './main';
import { colorFromEnvironment } from './options';
import { runWorkerIfAsked } from './parallel';
import { openTerminal } from './terminal';

/** The exit code when the output cannot be written (a full disk or device); 0, 1 and 2 are the run's own. */
const OUTPUT_FAILED = 3;
/** The shell's code for a process stopped by Ctrl+C (128 + SIGINT). */
const INTERRUPTED = 130;

const WHY: Record<string, string> = { ENOSPC: 'no space is left on the device', EDQUOT: 'the disk quota is used up', EFBIG: 'the file is too large', EIO: 'the device failed' };

if (!runWorkerIfAsked()) {
  /** The reader has gone (`| head`): the rest is dropped quietly and the exit code stays the run's own. */
  let readerGone = false;
  let outputFailed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (readerGone || outputFailed) return;
    if (error.code === 'EPIPE') {
      readerGone = true;
      return;
    }
    outputFailed = true;
    process.exitCode = OUTPUT_FAILED;
    process.stderr.write(`star-coach: the output could not be written${WHY[error.code!] ? `: ${WHY[error.code!]}` : ` (${error.code})`}.\n`);
  });
  process.stderr.on('error', () => {}); // nowhere left to say anything
  process.on('SIGINT', () => process.exit(INTERRUPTED));
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (t) => void (readerGone || outputFailed || process.stdout.write(t)),
    err: (t) => process.stderr.write(t),
    color: colorFromEnvironment(process.env, !!process.stdout.isTTY),
    workerScript: __filename,
    openTerminal: () => (process.stdin.isTTY && process.stdout.isTTY ? openTerminal(process.stdin) : undefined),
  }).then(
    (code) => (process.exitCode = outputFailed ? OUTPUT_FAILED : code),
    (error: Error) => {
      process.stderr.write(`star-coach: ${error.stack ?? error.message}\n`);
      process.exitCode = 2;
    },
  );
}
