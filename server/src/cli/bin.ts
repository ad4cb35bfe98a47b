// Entry point of the `star-coach` executable.
import { run } from './main';

const code = run(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
});
process.exitCode = code;
