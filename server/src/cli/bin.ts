// Entry point of the `star-coach` executable, and of the threads it starts to check many files at once.
import { run } from './main';
import { runWorkerIfAsked } from './parallel';

if (!runWorkerIfAsked()) {
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    workerScript: __filename,
  }).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      process.stderr.write(`star-coach: ${error.stack ?? error.message}\n`);
      process.exitCode = 2;
    },
  );
}
