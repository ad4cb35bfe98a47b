// Runs the mocha suite in a real VS Code workbench (code-server) through headless Chromium; exits with its result.
import { resolve } from 'node:path';
import { startCodeServer, launchBrowser } from './codeserver.mjs';

process.env.STAR_COACH_REPORT_DIR = resolve('out/reliability');

const cs = await startCodeServer({ workspace: 'test-editor/workspace' });
const { browser, page } = await launchBrowser();
let exit;
const done = new Promise((r) => (exit = r));
await page.exposeFunction('codeAutomationExit', (code) => exit(code));
let started = false;
await page.exposeFunction('codeAutomationLog', (type, [fmt, ...rest]) => {
  if (!(started ||= typeof fmt === 'string' && fmt.includes('%')) && !process.env.VERBOSE) return;
  let i = 0;
  console.log(typeof fmt === 'string' ? fmt.replace(/%[sdijo]/g, () => String(rest[i++])) : fmt, ...rest.slice(i));
});
await page.goto(cs.workbench([['extensionDevelopmentPath', cs.remote('.')], ['extensionTestsPath', cs.remote('out/test/index.js')]]));
const code = await Promise.race([done, new Promise((r) => setTimeout(r, 180000, 2))]);
if (code === 2) console.log('vscode: 0 passed, 1 failed (timed out)');
await browser.close();
await cs.stop();
process.exit(code);
