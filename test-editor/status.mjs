// The status bar in a real workbench, through headless Chromium: its tooltip gives each section's status beside its
// time, the same status the code lens shows above the section's heading, and it follows an edit.
import { mkdirSync } from 'node:fs';
import { startCodeServer, launchBrowser, stepper, clickLine, openFile, finish } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('status-');
console.log('status bar (tooltip)');

const STORY = 'test-editor/workspace-status/tooltip.star.md';
const cs = await startCodeServer({ workspace: 'test-editor/workspace-status', vsix: ['star-coach.vsix'] });
const { browser, page } = await launchBrowser();
const step = (name, fn) => runStep(page, name, fn);
const item = page.locator('.statusbar-item', { hasText: /\d:\d\d \/ 2:00–2:30/ }).first();

/** The tooltip's lines, read from the hover the workbench shows over the item. */
async function tooltip(expect) {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(10, 10);
    await page.keyboard.press('Escape');
    await item.hover();
    const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'words a minute' }).first();
    try {
      await hover.waitFor({ timeout: 5000 });
      const lines = (await hover.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.some((l) => l === expect)) return lines;
      if (attempt === 5) throw new Error(`no line "${expect}" in the tooltip: ${JSON.stringify(lines)}`);
    } catch (error) {
      if (attempt === 5) throw error;
    }
    await page.waitForTimeout(500); // the item updates 250 ms after an edit; hover again
  }
}

/** The code lens texts the editor draws, in order. */
const lenses = () => page.$$eval('.monaco-editor .codelens-decoration', (els) => els.map((e) => e.textContent.trim()).filter(Boolean));
/** The first lens against `target` (the Task's is the first against 0:20), once it passes `ready`. */
async function lensFor(target, ready = () => true) {
  for (const t0 = Date.now(); Date.now() - t0 < 20000; await page.waitForTimeout(200)) {
    const hit = (await lenses()).find((t) => t.includes(`/ ${target} target`));
    if (hit && ready(hit)) return hit;
  }
  throw new Error(`no lens for ${target} among ${JSON.stringify(await lenses())}`);
}
/** The status words the lens shows: "0:35 / 0:30 target (over)" → "over target", as the tooltip says them. */
const LENS_WORDS = { '': 'within target', ' (over)': 'over target', ' (over the limit)': 'over the limit', ' (empty)': 'empty' };
const fromLens = (lens) => {
  const [, time, target, status] = lens.match(/^(\d:\d\d) \/ (\d:\d\d) target(.*)$/);
  return `${time} / ${target}, ${LENS_WORDS[status]}`;
};
let rows = 0;

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
  await openFile(page, 'tooltip.star.md');
  await item.waitFor({ timeout: 20000 });

  await step('the tooltip says each section’s status with its time, as the code lenses do', async () => {
    const situation = fromLens(await lensFor('0:30'));
    const task = fromLens(await lensFor('0:20'));
    if (!situation.endsWith('over target') || task !== '0:00 / 0:20, empty') throw new Error(`lenses: ${situation}; ${task}`);
    const lines = await tooltip(`Situation: ${situation}`);
    for (const want of [`Situation: ${situation}`, `Task: ${task}`, `Action: ${fromLens(await lensFor('1:30'))}`]) {
      if (!lines.includes(want)) throw new Error(`no line "${want}" in the tooltip: ${JSON.stringify(lines)}`);
    }
    await page.screenshot({ path: 'out/ui/status-tooltip.png' });
    rows++;
  });

  await step('after the Task is written, its line says within target', async () => {
    await page.mouse.move(700, 400);
    await clickLine(page, STORY, '## Task');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The export was the data platform team’s, not mine, and nobody had asked me to look at it.');
    const lens = await lensFor('0:20', (l) => !l.endsWith('(empty)'));
    if (!/^0:0\d \/ 0:20 target$/.test(lens)) throw new Error(`Task lens: ${lens}`);
    await tooltip(`Task: ${fromLens(lens)}`);
    rows++;
  });
} finally {
  await browser.close();
  await cs.stop();
}

finish('status', counts, { area: 'server', input: "the status bar's tooltip in the workbench, for a story with a Situation over its target and an empty Task, then after the Task is written", cases: rows, result: "each section's line gives its time and the status its code lens shows (over target, empty, within target)" });
