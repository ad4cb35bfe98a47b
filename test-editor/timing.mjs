// One truth for timing in a real workbench, through headless Chromium: for a story with its own `wpm:`, the answer
// preview shows the same section time as the code lens, and still does after the rehearsal-rate slider is moved; the
// slider offers the setting's range and says whose rate is whose.
import { mkdirSync } from 'node:fs';
import { startCodeServer, launchBrowser, stepper, findFrame, openFile, finish } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('timing-');
console.log('timing (lens and preview)');

const cs = await startCodeServer({ workspace: 'test-editor/workspace-timing', vsix: ['star-coach.vsix'] });
const { browser, page } = await launchBrowser();
const step = (name, fn) => runStep(page, name, fn);
const frameWith = (selector, timeout = 20000) => findFrame(page, selector, { timeout });
/** The code lens texts the editor draws, in order. */
const lenses = () => page.$$eval('.monaco-editor .codelens-decoration', (els) => els.map((e) => e.textContent.trim()).filter(Boolean));
/** The Situation lens's figure and status: "0:33 / 0:30 target (over)". */
const situationLens = async () => {
  for (const t0 = Date.now(); Date.now() - t0 < 20000; await page.waitForTimeout(200)) {
    const hit = (await lenses()).find((t) => / \/ 0:30 target/.test(t));
    if (hit) return hit;
  }
  throw new Error(`no Situation lens among ${JSON.stringify(await lenses())}`);
};
const previewSituation = (frame) => frame.$eval('section.spoken h2', (h) => h.textContent.replace(/\s+/g, ' ').trim());
let rows = 0;

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
  await openFile(page, 'rate.star.md');

  let lens = '';
  let frame;
  await step("the preview shows the lens's Situation time and status, at the story's own 110 wpm", async () => {
    lens = await situationLens();
    const [, time] = lens.match(/^(\d:\d\d) \/ 0:30 target/) ?? [];
    // At 110 wpm the Situation is over its target; at the 140 default it would be within.
    if (!/\(over\)$/.test(lens)) throw new Error(`lens: ${lens}`);
    await page.keyboard.press('F1');
    await page.keyboard.type('Star Coach: Open Answer Preview');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Answer Preview' }).first().waitFor();
    await page.keyboard.press('Enter');
    frame = await frameWith('.answer-head');
    await frame.waitForFunction(() => document.querySelectorAll('section.spoken').length === 5, null, { timeout: 15000 });
    const head = await previewSituation(frame);
    if (head !== `Situation ${time} / 0:30 over target`) throw new Error(`preview: "${head}", lens: "${lens}"`);
    const rate = await frame.$eval('#wpm-value', (s) => s.textContent);
    if (rate !== "110 wpm, the story's rate") throw new Error(`rate label: ${rate}`);
    rows++;
  });

  await step("the slider offers the setting's range, 60–300, and starts at the story's rate", async () => {
    const range = await frame.$eval('#wpm', (i) => [i.min, i.max, i.value]);
    if (range.join(' ') !== '60 300 110') throw new Error(`slider: ${range}`);
    rows++;
  });

  await step('after the slider moves, the preview says it is rehearsing and still shows the same figure as the lens', async () => {
    const slider = frame.locator('#wpm');
    await slider.focus();
    await slider.press('End'); // to 300 wpm: a keyboard change fires input and change, as a person's would
    await frame.waitForFunction(() => document.querySelector('.rehearsal') !== null, null, { timeout: 15000 });
    const rate = await frame.$eval('#wpm-value', (s) => s.textContent);
    if (rate !== 'rehearsing at 300 wpm; the story says 110') throw new Error(`rate label: ${rate}`);
    const head = await previewSituation(frame);
    const [, time] = lens.match(/^(\d:\d\d)/);
    if (head !== `Situation ${time} / 0:30 over target`) throw new Error(`preview after the slider: "${head}", lens: "${lens}"`);
    const after = await situationLens();
    if (after !== lens) throw new Error(`the lens changed with the slider: "${lens}" became "${after}"`);
    await page.screenshot({ path: 'out/ui/timing-rehearsal.png' });
    rows++;
  });

  await step("Use the story's rate takes the rehearsal rate away", async () => {
    await frame.click('#story-rate');
    await frame.waitForFunction(() => document.querySelector('.rehearsal') === null, null, { timeout: 15000 });
    const value = await frame.$eval('#wpm', (i) => i.value);
    if (value !== '110') throw new Error(`slider: ${value}`);
    rows++;
  });
} finally {
  await browser.close();
  await cs.stop();
}

finish('timing', counts, { area: 'views', input: "a story with wpm: 110 in the workbench: the Situation's code lens against the preview, before and after the rehearsal slider moves", cases: rows, result: 'the same figure and status; the slider spans 60–300 and is shown as a rehearsal rate' });
