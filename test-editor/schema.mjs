// The schema of .starcoach.json in a real workbench (the packaged .vsix in code-server, through Chromium): the file the
// extension's jsonValidation covers gets VS Code's completion, hover and checks, and so does a bank `star-coach init`
// made, whose "$schema" points into node_modules; and New Story from Template writes the very story init wrote.
// Screenshots in out/ui/schema-*.png.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer, launchBrowser, stepper } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
// The workspace: a .starcoach.json with a misspelt level, and beside it a project that installs star-coach (its schema
// under node_modules) with a bank that init made in it.
const ws = mkdtempSync(join(tmpdir(), 'star-schema-ws-'));
writeFileSync(join(ws, '.starcoach.json'), '{\n  "level": "staf"\n}\n');
cpSync('schemas', join(ws, 'project', 'node_modules', 'star-coach', 'schemas'), { recursive: true });
execFileSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'init', 'bank', '--level', 'senior'], { cwd: join(ws, 'project'), stdio: 'ignore' });

const cs = await startCodeServer({ workspace: ws, vsix: ['star-coach.vsix'] });
const { browser, page } = await launchBrowser();
const { step: runStep, counts } = stepper('schema-');
const step = (name, fn) => runStep(page, name, fn);
const row = (label) => page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${label}"]`);
const problem = (text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
const goTo = async (line, column) => {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
};

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
  console.log('schema: .starcoach.json in code-server');

  await step('the extension\'s schema flags "level": "staf" and names the levels', async () => {
    await row('.starcoach.json').click();
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 30000 });
    await page.keyboard.press('Control+Shift+M');
    await problem('Value is not accepted. Valid values: "sde1", "sde2", "senior", "staff", "manager"').waitFor({ timeout: 10000 });
    await page.screenshot({ path: 'out/ui/schema-problem.png' });
  });

  await step('completion in the value offers the five levels', async () => {
    await page.locator('.monaco-editor .view-line').first().click();
    await goTo(2, 13); // just inside the value's opening quote
    const suggestions = page.locator('.editor-widget.suggest-widget .monaco-list-row');
    for (let attempt = 1; ; attempt++) { // a key pressed while the editor takes focus can be lost: ask again
      await page.keyboard.press('Control+Space');
      try {
        await suggestions.first().waitFor({ timeout: 4000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
    for (const level of ['sde1', 'sde2', 'senior', 'staff', 'manager']) await suggestions.filter({ hasText: level }).first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: 'out/ui/schema-completion.png' });
    await page.keyboard.press('Escape');
  });

  await step('hovering a key shows what it is for', async () => {
    await page.locator('.monaco-editor .view-line span', { hasText: 'level' }).first().hover();
    await page.locator('.monaco-hover', { hasText: 'Your level, when a story does not say' }).first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: 'out/ui/schema-hover.png' });
  });

  await step('the bank init made: its "$schema" loads, and a wrong level there is flagged', async () => {
    await page.mouse.move(0, 0);
    await row('project').click();
    await row('bank').click();
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label=".starcoach.json"][aria-level="3"]').click(); // the bank's, inside project/bank
    await page.locator('.monaco-editor .view-lines', { hasText: 'node_modules/star-coach/schemas' }).first().waitFor({ timeout: 10000 });
    await goTo(3, 19); // after "senior"
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.type('staf');
    if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
    // A "$schema" that cannot be loaded leaves the file unchecked, with a warning of its own: this problem shows it loaded.
    await page.locator('.markers-panel .monaco-list-row[aria-label*="project/bank"]').first().waitFor({ timeout: 20000 });
    await problem('Value is not accepted').waitFor({ timeout: 10000 });
    if (await problem('Unable to load schema').count()) throw new Error('VS Code could not load the "$schema" init wrote');
    await page.screenshot({ path: 'out/ui/schema-init-bank.png' });
  });

  await step('New Story from Template writes the story init wrote, byte for byte', async () => {
    const story = 'tell-me-about-a-time-you-took-ownership.star.md';
    await page.keyboard.press('F1');
    await page.keyboard.type('Star Coach: New Story from Template');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'New Story from Template' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'New story (1/3)' }).waitFor();
    await page.keyboard.type('Tell me about a time you took ownership of a problem outside your team');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'your level' }).waitFor();
    await page.keyboard.type('senior');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'competencies it targets' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Ownership' }).first().click(); // a click ticks it
    await page.locator('.quick-input-widget', { hasText: '1 Selected' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: '## Situation' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const written = join(cs.folder, story);
    for (let i = 0; !(existsSync(written) && readFileSync(written, 'utf8').length > 0); i++) {
      if (i === 100) throw new Error('the new story was not saved');
      await page.waitForTimeout(100);
    }
    const made = readFileSync(written, 'utf8');
    const byInit = readFileSync(join(ws, 'project', 'bank', story), 'utf8');
    if (made !== byInit) throw new Error(`the editor's story differs from init's:\n${made}\n---\n${byInit}`);
    await page.screenshot({ path: 'out/ui/schema-new-story.png' });
  });
} finally {
  console.log(`schema: ${counts.passed} passed, ${counts.failed} failed`);
  await browser.close();
  await cs.stop();
  rmSync(ws, { recursive: true, force: true });
}
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
