// A story's name in any case, in a real workbench through headless Chromium: in a workspace whose only stories end in
// `.STAR.MD` and `.Star.Md`, the open one is coached (the client's document selector takes the suffix in any case, as
// the server and the CLI do; with the old '**/*.star.md' this step fails), the closed one is in the Problems view, and
// so is one made on disk while the workbench runs (the server's walk takes them).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, launchBrowser, stepper, openFile, finish } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('names-');
console.log('story names in any case');

const cs = await startCodeServer({ workspace: 'test-editor/workspace-names', vsix: ['star-coach.vsix'] });
const { browser, page } = await launchBrowser();
const step = (name, fn) => runStep(page, name, fn);
/** A file's row in the Problems view, filtered to that name as a person would in a long list, once it is there. */
async function problemsFor(name) {
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await filter.fill(name);
  await page.locator('.markers-panel .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20000 });
}

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });

  await step('a story named Upper.STAR.MD is coached when opened', async () => {
    await openFile(page, 'Upper.STAR.MD');
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 20000 });
    await page.locator('.statusbar-item', { hasText: /\d:\d\d \/ \d:\d\d–\d:\d\d/ }).first().waitFor({ timeout: 20000 });
    await page.screenshot({ path: 'out/ui/names-upper.png' });
  });

  await step('a closed story named Closed.Star.Md is in the Problems view', async () => {
    await page.keyboard.press('Control+Shift+M');
    await problemsFor('Closed.Star.Md');
  });

  await step('a story made on disk as Later.STAR.MD joins the Problems view', async () => {
    writeFileSync(join(cs.folder, 'Later.STAR.MD'), readFileSync('test-editor/workspace-names/Closed.Star.Md', 'utf8'));
    await problemsFor('Later.STAR.MD');
    await page.screenshot({ path: 'out/ui/names-problems.png' });
  });
} finally {
  await browser.close();
  await cs.stop();
}

finish('names', counts, { area: 'views', input: 'a workspace whose stories end in .STAR.MD and .Star.Md, in the workbench, and one made on disk while it runs', cases: 3, result: 'the server starts; the open story is coached; the closed one and the new one are in the Problems view' });
