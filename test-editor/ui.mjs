// The packaged .vsix in a real workbench, driven like a person: squiggles, the Problems view, a quick fix,
// a rewrite whose placeholders the author tabs through, the outline. Screenshots land in out/ui/.
import { mkdirSync, readFileSync } from 'node:fs';
import { startCodeServer, launchBrowser, stepper, openQuickFix } from './codeserver.mjs';

const STORY = 'webhook-weak.star.md';
const lines = readFileSync(`test-editor/workspace/${STORY}`, 'utf8').split('\n');
const lineOf = (prefix) => lines.findIndex((l) => l.startsWith(prefix)) + 1;
mkdirSync('out/ui', { recursive: true });

const cs = await startCodeServer({ workspace: 'test-editor/workspace', vsix: ['star-coach.vsix'] });
const { browser, page } = await launchBrowser();
const { step: runStep, counts } = stepper();
const step = (name, fn) => runStep(page, name, fn);
const goTo = async (line, column) => {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
};
const editorText = () => page.locator('.monaco-editor .view-lines').first();
/** Opens the quick-fix menu and waits for an entry; asks again if the server's fresh diagnostics had not landed yet. */
const quickFix = (title) => openQuickFix(page, title);

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
  console.log('ui: the packaged extension in code-server');

  await step('a weak story shows warning and error squiggles', async () => {
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${STORY}"]`).click();
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 20000 });
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 20000 });
    await page.screenshot({ path: 'out/ui/squiggles.png' });
  });

  await step('the Problems view lists the findings with their rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'assigned-work' }).first().waitFor({ timeout: 10000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'we-language' }).first().waitFor();
    await page.screenshot({ path: 'out/ui/problems.png' });
  });

  await step('one keystroke applies the preferred rewrite', async () => {
    await editorText().click({ position: { x: 5, y: 5 } });
    await goTo(lineOf('- We figured out'), 4);
    await quickFix('Say it with “I”');
    await page.screenshot({ path: 'out/ui/quick-fix.png' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines:has-text("- I figured out the root cause.")', { timeout: 10000 });
  });

  await step('a rewrite with placeholders: the author tabs through them', async () => {
    await goTo(lineOf('## Result'), 5);
    await quickFix('Add the measured change');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines:has-text("went from ‹before› to ‹after›")', { timeout: 10000 });
    await page.keyboard.type('Checkout errors');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4%');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0.2%');
    await page.waitForSelector('.monaco-editor .view-lines:has-text("Checkout errors went from 4% to 0.2%.")', { timeout: 10000 });
    await page.screenshot({ path: 'out/ui/snippet-fix.png' });
  });

  await step('the status bar shows the answer’s spoken time against the level', async () => {
    await page.locator('.statusbar-item', { hasText: /\d:\d\d \/ 2:30–3:00/ }).first().waitFor({ timeout: 10000 });
  });
} finally {
  console.log(`ui: ${counts.passed} passed, ${counts.failed} failed`);
  await browser.close();
  await cs.stop();
}
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
