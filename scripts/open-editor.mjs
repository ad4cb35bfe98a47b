// The main job: opens an editor on samples/ with the extension installed. Desktop VS Code when `code` is on the
// PATH; otherwise code-server (VS Code 1.100 in the browser) at a printed local address. `--smoke`: start, check, stop.
import { execFileSync, spawnSync } from 'node:child_process';
import { startCodeServer } from '../test-editor/codeserver.mjs';

const smoke = process.argv.includes('--smoke');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npm', ['run', '--silent', 'package']);
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !smoke) {
  run('code', ['--install-extension', 'star-coach.vsix', '--force']);
  run('code', ['samples']);
  console.log('Opened samples/ in VS Code with Star Coach installed. Open a story to see it coach.');
  process.exit(0);
}
run('bash', ['test-editor/setup.sh']);
const cs = await startCodeServer({ workspace: 'samples', vsix: ['star-coach.vsix'] });
const url = cs.workbench();
if (smoke) {
  const page = await fetch(url);
  const ok = page.ok && (await page.text()).includes('vscode');
  await cs.stop();
  console.log(`main: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  process.exit(ok ? 0 : 1);
}
console.log(`\nStar Coach is running in VS Code (code-server) on a copy of samples/:\n\n  ${url}\n\nOpen it in a browser, then open a story. Ctrl+C stops it.`);
await new Promise(() => {});
