// The bar raiser's reading in a real workbench, through headless Chromium: a story whose work was handed over shows
// its reading in the lens over the title, the title's hover, the coaching panel and the preview's header; the panel's
// fix first lands on its line with the fixes open; an edit that removes it turns every surface to Strong Hire as the
// author types; the panel's follow-ups aimed at the story quote its words and go to them. Screenshots of the panel in
// both themes: out/ui/review-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { startCodeServer, launchBrowser, stepper, findFrame, runCommand, clickLine as clickLineIn, openFile, finish } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('review-');
const WORKSPACE = 'test-editor/workspace-review';
const FILE = 'handed-over.star.md';
const LINES = readFileSync(`${WORKSPACE}/${FILE}`, 'utf8').split('\n');
const WEAKNESS = 'My manager asked me to look into the drops';
const WEAK_LINE = LINES.findIndex((l) => l.includes(WEAKNESS)) + 1;
const WEAK_COLUMN = LINES[WEAK_LINE - 1].indexOf(WEAKNESS) + 1;
const BEFORE = 'Lean No Hire for Ownership and Dive Deep';
const AFTER = 'Strong Hire for Ownership and Dive Deep';
const rows = [];

async function session(theme, name, steps) {
  const cs = await startCodeServer({ workspace: WORKSPACE, vsix: ['star-coach.vsix'], settings: { 'workbench.colorTheme': theme } });
  const { browser, page } = await launchBrowser();
  const step = (title, fn) => runStep(page, title, fn);
  const frameWith = (selector, text = '') => findFrame(page, selector, { text, timeout: 20000 });
  try {
    await page.goto(cs.workbench());
    await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
    await openFile(page, FILE);
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 20000 });
    console.log(`review (${name} theme)`);
    await steps({ page, step, frameWith, command: (title) => runCommand(page, title), clickLine: (text) => clickLineIn(page, `${WORKSPACE}/${FILE}`, text) });
  } finally {
    await browser.close();
    await cs.stop();
  }
}

/** The text of each code lens row the editor draws ("A | B" when a line has two lenses). */
const lensRows = (page) => page.$$eval('.monaco-editor .codelens-decoration', (els) => els.map((e) => e.textContent.replace(/\u00a0/g, ' ').trim()).filter(Boolean));
/** The lens row that starts with `head`, once the editor draws it. */
async function lensStarting(page, head, timeout = 20000) {
  for (const t0 = Date.now(); Date.now() - t0 < timeout; await page.waitForTimeout(200)) {
    const hit = (await lensRows(page)).find((t) => t.startsWith(head));
    if (hit) return hit;
  }
  throw new Error(`no lens starting "${head}" among ${JSON.stringify(await lensRows(page))}`);
}
/** The panel's reading: its heading, the fix first, the grades, the competencies. */
const panelReading = (frame) => frame.evaluate(() => ({
  head: document.querySelector('#reading-heading')?.textContent,
  first: document.querySelector('#root > section')?.className,
  note: document.querySelector('.reading .note')?.textContent,
  fix: [...document.querySelectorAll('.reading .fix-first, .reading .raises')].map((p) => p.textContent).join(' ').replace(/\s+/g, ' ').trim(),
  grades: [...document.querySelectorAll('.grades summary')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()),
  shown: [...document.querySelectorAll('.shown summary')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()),
}));

await session('Default Dark Modern', 'dark', async ({ page, step, frameWith, command, clickLine }) => {
  await step('the lens over the title gives the verdict and the line to fix first', async () => {
    const lens = await lensStarting(page, BEFORE);
    if (!lens.startsWith(`${BEFORE} · fix first: line ${WEAK_LINE} |`)) throw new Error(`lens: ${lens}`);
    // it is the title's lens: drawn just above the title's line
    const lensBox = await page.locator('.monaco-editor .codelens-decoration', { hasText: BEFORE }).first().boundingBox();
    const titleBox = await page.locator('.monaco-editor .view-line', { hasText: '# Webhook drops nobody owned' }).first().boundingBox();
    if (!lensBox || !titleBox || lensBox.y > titleBox.y || titleBox.y - lensBox.y > 2.5 * titleBox.height) throw new Error(`lens at ${lensBox?.y}, title at ${titleBox?.y}`);
    rows.push('the lens over the title');
  });

  await step('the hover on the title gives the note and a link to how the reading is reached', async () => {
    await page.locator('.monaco-editor .view-line', { hasText: '# Webhook drops nobody owned' }).first().locator('span', { hasText: 'Webhook' }).first().hover();
    const hover = page.locator('.monaco-hover', { hasText: `${BEFORE}:` }).first();
    await hover.waitFor({ timeout: 15000 });
    const text = await hover.innerText();
    if (!text.includes(`Fix first, on line ${WEAK_LINE}: the work sounds handed to you`)) throw new Error(`hover: ${text}`);
    const link = hover.locator('a', { hasText: 'How the reading is reached' });
    const href = await link.getAttribute('data-href') ?? await link.getAttribute('href');
    if (!/review\.md$/.test(href ?? '')) throw new Error(`link: ${href}`);
    await page.mouse.move(700, 800);
    await page.keyboard.press('Escape');
    rows.push('the hover on the title');
  });

  let panel;
  await step('the coaching panel opens with the reading: verdict, note, a grade per section, the fix first, the competencies', async () => {
    await command('Star Coach: Show Coaching Panel');
    panel = await frameWith('#reading-heading', BEFORE);
    const r = await panelReading(panel);
    if (r.first !== 'reading' || r.head !== BEFORE) throw new Error(`panel opens with ${r.first}: ${r.head}`);
    if (!r.note.startsWith(`${BEFORE}: the work sounds handed to you (line ${WEAK_LINE})`)) throw new Error(`note: ${r.note}`);
    if (JSON.stringify(r.grades) !== JSON.stringify(['Situation strong', 'Task weak', 'Action strong', 'Result strong', 'Reflection strong'])) throw new Error(`grades: ${r.grades}`);
    if (!r.fix.startsWith(`Fix first, line ${WEAK_LINE} “${WEAKNESS}”`) || !r.fix.endsWith(`Fixed, the reading would be Strong Hire.`)) throw new Error(`fix first: ${r.fix}`);
    if (!r.shown.includes('Ownership some evidence claimed most shown') || !r.shown.includes('Dive Deep strong evidence claimed')) throw new Error(`competencies: ${r.shown}`);
    // the reasons are text: unfold the Task
    await panel.click('.grades li.weak summary');
    const reasons = await panel.$$eval('.grades li.weak .reasons li', (li) => li.map((l) => l.textContent));
    if (!reasons.some((t) => t.startsWith(`“${WEAKNESS}” tells the interviewer`))) throw new Error(`reasons: ${reasons}`);
    await page.screenshot({ path: 'out/ui/review-panel-dark.png' });
    rows.push('the panel');
  });

  await step('the panel’s follow-ups aimed at the story quote its words, and a click on them puts the cursor there', async () => {
    await panel.waitForSelector('#aimed-heading', { timeout: 10000 });
    const heading = await panel.$eval('#aimed-heading', (h) => h.textContent);
    if (heading !== 'Follow-ups an interviewer would aim at this story') throw new Error(`heading: ${heading}`);
    const items = await panel.$$eval('ul.aimed li', (li) => li.map((l) => ({ kind: l.className, question: l.querySelector('.question').textContent, about: l.querySelector('q').textContent, line: Number(l.querySelector('button').dataset.line), character: Number(l.querySelector('button').dataset.character), strong: l.querySelector('.strong').textContent })));
    if (items.length === 0) throw new Error('no aimed follow-ups');
    // the handed-over work is one of them, quoted as written
    const assigned = items.find((i) => i.kind === 'aimed assigned');
    if (!assigned || !assigned.about.startsWith(WEAKNESS) || assigned.line !== WEAK_LINE - 1) throw new Error(`follow-ups: ${JSON.stringify(items)}`);
    for (const i of items) {
      // each names what it is about; words quoted from the story stand where its button goes
      if (!i.question.includes(i.about)) throw new Error(`the question does not name what it is about: ${JSON.stringify(i)}`);
      const words = i.about.replace(/…$/, '').slice(0, 20);
      if (i.question.includes(`“${i.about}”`) && !LINES[i.line].slice(i.character).startsWith(words)) throw new Error(`not where it says: ${JSON.stringify(i)}`);
      if (!i.strong.startsWith('What a strong answer does: ')) throw new Error(`strong: ${i.strong}`);
    }
    await clickLine('I monitored the delivery dashboard'); // somewhere else first
    await panel.locator('ul.aimed li.assigned button').click();
    await page.locator('.statusbar-item', { hasText: `Ln ${WEAK_LINE}, Col ${assigned.character + 1}` }).first().waitFor({ timeout: 10000 });
    await panel.evaluate(() => document.querySelector('#aimed-heading').scrollIntoView());
    await page.screenshot({ path: 'out/ui/review-aimed-followups-dark.png' });
    rows.push('the aimed follow-ups');
  });

  await step('the preview’s header gives the reading in one line', async () => {
    await clickLine('I monitored the delivery dashboard'); // the editor in front, where the command is offered
    await command('Star Coach: Open Answer Preview');
    const preview = await frameWith('.answer-head .reading-line', BEFORE);
    const line = await preview.$eval('.answer-head .reading-line', (p) => p.textContent);
    if (line !== `${BEFORE}; fix first: line ${WEAK_LINE}, the work sounds handed to you`) throw new Error(`preview: ${line}`);
    rows.push('the preview header');
  });

  await step('clicking the fix first puts the cursor on its range and opens its quick fixes', async () => {
    await clickLine('I monitored the delivery dashboard'); // somewhere else first
    await panel.click('button.weakness');
    await page.locator('.statusbar-item', { hasText: `Ln ${WEAK_LINE}, Col ${WEAK_COLUMN}` }).first().waitFor({ timeout: 10000 });
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Disable assigned-work for this line' }).first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: 'out/ui/review-fix-first.png' });
    await page.keyboard.press('Escape');
    rows.push('the fix first, clicked');
  });

  await step('an edit that removes it turns the lens, the panel and the preview to Strong Hire as the author types', async () => {
    // The cursor is where the click put it, at the start of the words that hand the work over: say it was nobody's.
    await page.locator('.statusbar-item', { hasText: `Ln ${WEAK_LINE}, Col ${WEAK_COLUMN}` }).first().waitFor({ timeout: 5000 });
    // by characters, not Shift+End, which stops where the line wraps on screen
    for (let i = WEAK_COLUMN - 1; i < LINES[WEAK_LINE - 1].length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('No ticket existed, and nobody had asked me to look into the drops. I asked my manager for two days to find the root cause.');
    await page.keyboard.press('Escape'); // a completion list, if one opened
    const lens = await lensStarting(page, AFTER);
    if (lens.includes('fix first')) throw new Error(`lens: ${lens}`);
    await panel.waitForFunction((after) => document.querySelector('#reading-heading')?.textContent === after, AFTER, { timeout: 15000 });
    const r = await panelReading(panel);
    if (r.fix !== 'Nothing to fix first.' || !r.grades.every((g) => g.endsWith(' strong'))) throw new Error(`panel after: ${JSON.stringify(r)}`);
    const preview = await frameWith('.answer-head .reading-line', AFTER);
    const line = await preview.$eval('.answer-head .reading-line', (p) => p.textContent);
    if (line !== AFTER) throw new Error(`preview after: ${line}`);
    if ((await lensRows(page)).some((t) => t.startsWith(BEFORE))) throw new Error('the old lens is still drawn');
    await page.screenshot({ path: 'out/ui/review-after-dark.png' });
    rows.push('all of them after an edit');
  });
});

await session('Default Light Modern', 'light', async ({ page, step, frameWith, command }) => {
  await step('in a light theme, the panel’s reading with its grade bars', async () => {
    await lensStarting(page, BEFORE);
    await command('Star Coach: Show Coaching Panel');
    const panel = await frameWith('#reading-heading', BEFORE);
    const themed = await panel.evaluate(() => document.body.classList.contains('vscode-light'));
    if (!themed) throw new Error('the panel is not in the light theme');
    // each bar's filled steps match its word, and are drawn in the theme's colors (not transparent)
    const bars = await panel.$$eval('.grades summary', (s) => s.map((x) => ({ word: x.querySelector('.word').textContent, on: x.querySelectorAll('.bar .on').length, color: getComputedStyle(x.querySelector('.bar .on') ?? x).backgroundColor })));
    const steps = { missing: 0, weak: 1, adequate: 2, strong: 3 };
    for (const b of bars) if (b.on !== steps[b.word] || (b.on > 0 && /rgba\(0, 0, 0, 0\)|transparent/.test(b.color))) throw new Error(`bar: ${JSON.stringify(b)}`);
    await page.screenshot({ path: 'out/ui/review-panel-light.png' });
    rows.push('the panel in a light theme');
  });
});

finish('review', counts, { area: 'server', input: "the reading in the workbench: a Lean No Hire story (work handed over), its fix first clicked, then edited to Strong Hire", cases: rows.length, result: `shown and followed live in ${rows.join(', ')}` });
