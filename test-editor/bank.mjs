// The Story Bank in a real workbench, through headless Chromium, on test-editor/workspace-bank (six stories, loop
// generic, two Voltline stories that give different figures): opened before any story, it starts the server and shows
// the matrix, a gap and the conflict; a click on a cell lands on the cell's evidence; the keyboard alone moves across the
// matrix and opens a cell; deleting a story's Result turns its row and its competency into a gap as the author types.
// Two saves that read differently are kept in the practice file and charted under "Readings over time".
// Screenshots in Default Dark Modern, Default Light Modern and Default High Contrast: out/ui/bank-*.png. A folder with
// no story gets a plain message.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCodeServer, launchBrowser, stepper, findFrame, finish, runCommand } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('bank-');
const WORKSPACE = 'test-editor/workspace-bank';
// What the view must show, from the built CLI on the same folder (the server's bank is the CLI's: test/bank-server.test.ts).
const bankOf = (folder) => JSON.parse(execFileSync(process.execPath, [resolve('dist/cli.js'), 'bank', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' }));
const BANK = bankOf(WORKSPACE);
const story = (path) => BANK.stories.find((s) => s.path === path);
const TESTER = story('voltline-tester.star.md');
const GATES = story('release-gates.star.md');
// The edit: release-gates.star.md without its Result (the heading, its paragraph, the blank line after). AFTER is the
// bank of a copy of the folder with that edit made on disk, for what the view must show once the author has typed it.
const GATES_LINES = readFileSync(join(WORKSPACE, GATES.path), 'utf8').split('\n');
const RESULT_LINE = GATES_LINES.indexOf('## Result') + 1;
const AFTER = (() => {
  const copy = mkdtempSync(join(tmpdir(), 'bank-after-'));
  cpSync(WORKSPACE, copy, { recursive: true });
  writeFileSync(join(copy, GATES.path), GATES_LINES.filter((_, i) => i < RESULT_LINE - 1 || i > RESULT_LINE + 1).join('\n'));
  try {
    return bankOf(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
})();
const rows = [];
/** The verdicts in the words the row heads use. */
const LABEL = { 'strong-hire': 'Strong Hire', hire: 'Hire', 'lean-no-hire': 'Lean No Hire', 'no-hire': 'No Hire' };

async function session(theme, name, steps, workspace = WORKSPACE) {
  const cs = await startCodeServer({ workspace, vsix: ['star-coach.vsix'], settings: { 'workbench.colorTheme': theme } });
  const { browser, page } = await launchBrowser();
  const step = (title, fn) => runStep(page, title, fn);
  try {
    await page.goto(cs.workbench());
    await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
    // the extension's contributions are in once its container is in the activity bar
    await page.waitForSelector('.activitybar .action-item [aria-label^="Star Coach"]', { timeout: 30000 });
    console.log(`bank (${name})`);
    await steps({ page, step, cs, command: (title) => runCommand(page, title) });
  } finally {
    await browser.close();
    await cs.stop();
  }
}


/**
 * Opens the Story Bank as on a first run: the Star Coach container first, whose Coach view shows its welcome (no story
 * is open), then the command. Not both at once: in the web build every webview has one origin, and two that start
 * together race to register the webview service worker, where the loser may stay blank (VS Code's web race, which the
 * desktop, with an origin per webview, does not have). The Story Bank starts folded for the same reason.
 */
async function openBank(page) {
  await runCommand(page, 'View: Show Star Coach');
  await findFrame(page, '.welcome', { timeout: 30000 });
  await runCommand(page, 'Star Coach: Open the Story Bank');
}

/** The Story Bank's frame once it draws the matrix (`text` in it, when given); if it never does, what each view shows. */
async function bankFrame(page, text = '') {
  try {
    return await findFrame(page, 'table.matrix', { text, timeout: 30000 });
  } catch (error) {
    const shown = await Promise.all(page.frames().map((f) => f.evaluate(() => document.getElementById('root')?.innerHTML.slice(0, 80)).catch(() => undefined)));
    throw new Error(`${error.message}; the views show ${JSON.stringify(shown.filter((s) => s !== undefined))}`);
  }
}
/** The matrix as the view draws it: column heads (the screen reader's words), row heads, and each cell's label. */
const matrix = (frame) => frame.evaluate(() => ({
  heads: [...document.querySelectorAll('table.matrix thead th .visually-hidden')].map((s) => s.textContent),
  rows: [...document.querySelectorAll('table.matrix tbody th[scope="row"]')].map((th) => ({ title: th.querySelector('button').textContent, verdict: th.querySelector('.verdict').textContent, reading: th.querySelector('.story-reading').title })),
  cells: [...document.querySelectorAll('table.matrix button.cell')].map((b) => b.getAttribute('aria-label')),
}));
/** The cell button of a story and a competency, found by the label a screen reader reads. */
const cellOf = (frame, s, competency) => frame.locator(`table.matrix button.cell[aria-label="${competency}: ${cellWords(s.cells[competency])}, in “${s.title}”"]`);
/** A cell in words, as the view must say it (docs: the cell counts, and how strongly the story shows it). */
function cellWords(c) {
  if (c.shown === 'none') return c.claimed ? 'claimed, not shown' : 'not shown';
  return [c.shown === 'strong' ? 'shown strongly' : 'shown in part', c.claimed ? 'claimed' : '', c.counts ? 'counted' : 'not counted'].filter(Boolean).join(', ');
}
/** Room for the whole matrix, as a user would make it: the side bar dragged wider and the Coach view folded. */
async function roomy(page) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(bar.x + bar.width + 1, bar.y + 300);
  await page.mouse.down();
  await page.mouse.move(820, bar.y + 300, { steps: 8 });
  await page.mouse.up();
  const coach = page.locator('.pane-header[aria-label^="Coach"]');
  if ((await coach.getAttribute('aria-expanded')) === 'true') await coach.click();
  // until the Story Bank has moved up into the room the Coach view left
  await page.waitForFunction(() => document.querySelector('.pane-header[aria-label^="Story Bank"]')?.getBoundingClientRect().top < 150, null, { timeout: 10000 });
}

/** Waits until the status bar shows the cursor where the view put it: at the end of the selected evidence. */
async function cursorOnEvidence(page, path, competency) {
  const { range, text } = story(path).cells[competency].evidence;
  await page.waitForSelector(`.tab.active[aria-label*="${path}"]`, { timeout: 10000 });
  const where = `Ln ${range.end.line + 1}, Col ${range.end.character + 1} (${text.length} selected)`;
  await page.locator('.statusbar-item', { hasText: where }).first().waitFor({ timeout: 10000 });
  const line = readFileSync(join(WORKSPACE, path), 'utf8').split('\n')[range.start.line];
  if (!line.includes(text)) throw new Error(`line ${range.start.line + 1} of ${path} does not hold the evidence`);
  return range.start.line + 1;
}

await session('Default Dark Modern', 'dark theme', async ({ page, step, cs, command }) => {
  let frame;
  await step('opened with no story open, the Story Bank shows the matrix, the verdicts, a gap and the conflict', async () => {
    await openBank(page);
    frame = await bankFrame(page);
    const m = await matrix(frame);
    const expectedHeads = BANK.competencies.map((c) => `${c.name}${c.gap || !c.inLoop ? `: ${[c.gap ? 'a gap' : '', c.inLoop ? '' : 'not in the loop'].filter(Boolean).join(', ')}` : ''}`);
    if (JSON.stringify(m.heads) !== JSON.stringify(expectedHeads)) throw new Error(`heads: ${JSON.stringify(m.heads)}`);
    const expectedRows = BANK.stories.map((s) => ({ title: s.title, verdict: LABEL[s.verdict], reading: s.reading }));
    if (JSON.stringify(m.rows) !== JSON.stringify(expectedRows)) throw new Error(`rows: ${JSON.stringify(m.rows)}`);
    if (m.cells.length !== 6 * BANK.competencies.length) throw new Error(`${m.cells.length} cells`);
    if (!m.cells.includes('Dive Deep: shown strongly, claimed, counted, in “The test station that failed good battery packs”')) throw new Error(`cells: ${m.cells.slice(0, 3)}`);
    const gaps = await frame.$$eval('ul.gaps li', (li) => li.map((l) => l.textContent));
    const expectedGaps = BANK.competencies.filter((c) => c.gap).map((c) => `${c.name}${c.inLoop ? '' : ' not in the loop'}: ${c.why}`);
    if (!expectedGaps.some((g) => g.startsWith('Leadership and Influence: ')) || JSON.stringify(gaps) !== JSON.stringify(expectedGaps)) throw new Error(`gaps: ${JSON.stringify(gaps)}`);
    const conflict = await frame.$eval('ul.conflicts li', (li) => ({ text: li.textContent, buttons: [...li.querySelectorAll('button')].map((b) => b.textContent) }));
    if (!conflict.text.includes('both tell of Voltline') || JSON.stringify(conflict.buttons) !== JSON.stringify(['“Winning the test team over to a patch from outside”, line 23', '“The test station that failed good battery packs”, line 26'])) throw new Error(`conflict: ${JSON.stringify(conflict)}`);
    // the heat map is drawn in the theme's colors: a strong cell is tinted, a cell with nothing shown is not
    const tint = await frame.evaluate(() => ['strong', 'none'].map((k) => getComputedStyle(document.querySelector(`td.${k} button.cell`)).backgroundColor));
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(tint[0]) || !/rgba\(0, 0, 0, 0\)|transparent/.test(tint[1])) throw new Error(`tints: ${tint}`);
    if (!(await frame.evaluate(() => document.body.classList.contains('vscode-dark')))) throw new Error('the view is not in the dark theme');
    await roomy(page);
    await page.screenshot({ path: 'out/ui/bank-dark.png' });
    rows.push('the matrix, a gap and the conflict');
  });

  await step('a click on a cell opens its story with the evidence selected', async () => {
    await cellOf(frame, TESTER, 'Dive Deep').click();
    const line = await cursorOnEvidence(page, TESTER.path, 'Dive Deep');
    console.log(`    landed on line ${line} of ${TESTER.path}`);
    rows.push('a click on a cell');
  });

  await step('a conflict’s story opens at its figure', async () => {
    await frame.locator('ul.conflicts button', { hasText: 'line 23' }).click();
    await page.waitForSelector('.tab.active[aria-label*="voltline-rollout.star.md"]', { timeout: 10000 });
    await page.locator('.statusbar-item', { hasText: /^\s*Ln 23, Col \d+ \(\d+ selected\)/ }).first().waitFor({ timeout: 10000 });
    rows.push('a conflict clicked');
  });

  await step('the loop’s settings open from the view: .starcoach.json', async () => {
    await frame.locator('button[data-action="openConfig"]').click();
    await page.waitForSelector('.tab.active[aria-label*=".starcoach.json"]', { timeout: 10000 });
    await page.locator('.monaco-editor .view-line', { hasText: '"loop": "generic"' }).first().waitFor({ timeout: 10000 });
    rows.push('.starcoach.json opened');
  });

  await step('by keyboard alone: into the matrix, arrow keys to a cell, Enter opens it', async () => {
    await command('Star Coach: Open the Story Bank'); // focuses the view
    await frame.waitForFunction(() => document.hasFocus(), null, { timeout: 10000 });
    const focused = () => frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    /** Where the focus is: in the matrix (0), before it (-1) or after it (1). */
    const where = () => frame.evaluate(() => {
      const a = document.activeElement;
      const table = document.querySelector('table.matrix');
      if (!a || a === document.body || table.contains(a)) return a && table.contains(a) ? 0 : -1;
      return a.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    // The view keeps the focus it had (the conflict clicked last): Tab or Shift+Tab to the matrix, whichever way it is.
    for (let i = 0, w = await where(); i < 30 && w !== 0; i++, w = await where()) await page.keyboard.press(w < 0 ? 'Tab' : 'Shift+Tab');
    if ((await where()) !== 0) throw new Error(`Tab never reached the matrix; focus on ${await focused()}`);
    // one stop of the Tab order in the grid: the cell clicked last; Ctrl+Home goes to the first story's name
    await page.keyboard.press('Control+Home');
    const row = BANK.stories.indexOf(GATES);
    const col = BANK.competencies.findIndex((c) => c.name === 'Conflict Resolution') + 1;
    for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
    const label = await focused();
    const expected = `Conflict Resolution: ${cellWords(GATES.cells['Conflict Resolution'])}, in “${GATES.title}”`;
    if (label !== expected) throw new Error(`focus on “${label}”, not “${expected}”`);
    await page.keyboard.press('Enter');
    await cursorOnEvidence(page, GATES.path, 'Conflict Resolution');
    // every key went to the view: no story was typed into
    const dirty = await page.$$eval('.tab.dirty', (tabs) => tabs.map((t) => t.getAttribute('aria-label')));
    if (dirty.length) throw new Error(`keys reached the editor: ${dirty}`);
    rows.push('the keyboard alone');
  });

  await step('deleting a story’s Result turns its row and its competency into a gap as the author types; the other stories stay as they were', async () => {
    const gatesAfter = AFTER.stories.find((s) => s.path === GATES.path);
    // what the edit must change, by the CLI on the edited copy: the story's verdict, and Conflict Resolution becomes a gap
    if (gatesAfter.verdict === GATES.verdict || !AFTER.competencies.find((c) => c.name === 'Conflict Resolution').gap) throw new Error('the edit would change nothing: pick another');
    const before = await matrix(frame);
    const gatesRow = (m) => m.rows.find((r) => r.title === GATES.title);
    if (gatesRow(before)?.reading !== GATES.reading) throw new Error(`before: ${JSON.stringify(gatesRow(before))}`);
    // The editor is on the story, with the evidence selected: go to the Result's heading and delete the section, line by line.
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(RESULT_LINE));
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `Ln ${RESULT_LINE}, Col 1` }).first().waitFor({ timeout: 5000 });
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+K'); // the heading, its paragraph, the blank line
    await page.locator('.monaco-editor .view-line', { hasText: '## Reflection' }).first().waitFor({ timeout: 5000 });
    if (await page.locator('.monaco-editor .view-line', { hasText: '## Result' }).count()) throw new Error('the Result is still there');
    await frame.waitForFunction(([title, verdict]) => [...document.querySelectorAll('table.matrix tbody th')].some((th) => th.querySelector('button').textContent === title && th.querySelector('.verdict').textContent === verdict), [GATES.title, LABEL[gatesAfter.verdict]], { timeout: 15000 });
    console.log(`    the view showed the new reading ${Date.now() - t0} ms after the first key`);
    const after = await matrix(frame);
    if (gatesRow(after).reading !== gatesAfter.reading) throw new Error(`after: ${JSON.stringify(gatesRow(after))}`);
    const gaps = await frame.$$eval('ul.gaps li', (li) => li.map((l) => l.textContent));
    const expectedGaps = AFTER.competencies.filter((c) => c.gap).map((c) => `${c.name}${c.inLoop ? '' : ' not in the loop'}: ${c.why}`);
    if (JSON.stringify(gaps) !== JSON.stringify(expectedGaps)) throw new Error(`gaps: ${JSON.stringify(gaps)}`);
    const cr = after.cells.find((c) => c.startsWith('Conflict Resolution:') && c.endsWith(`“${GATES.title}”`));
    if (cr !== `Conflict Resolution: ${cellWords(gatesAfter.cells['Conflict Resolution'])}, in “${GATES.title}”` || !cr.endsWith(`not counted, in “${GATES.title}”`)) throw new Error(`cell: ${cr}`);
    // every other story's row is as it was, and so is the conflict between two other stories
    const others = (m) => m.rows.filter((r) => r.title !== GATES.title);
    if (JSON.stringify(others(after)) !== JSON.stringify(others(before))) throw new Error(`other rows changed: ${JSON.stringify(others(after))}`);
    if ((await frame.$$('ul.conflicts li')).length !== BANK.conflicts.length) throw new Error('the conflict between the other two stories is gone');
    await page.screenshot({ path: 'out/ui/bank-after-edit-dark.png' });
    rows.push('an edit that removes a Result');
  });

  await step('two saves that read differently: the practice file keeps both readings and the Story Bank charts them, with the history in words', async () => {
    const gatesAfter = AFTER.stories.find((s) => s.path === GATES.path);
    const saved = async () => {
      await page.keyboard.press('Control+S');
      await page.waitForFunction((path) => !document.querySelector(`.tab.dirty[aria-label*="${path}"]`), GATES.path, { timeout: 10000 });
    };
    // the story as edited (no Result), saved; then the edit undone, saved again
    await saved();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await page.locator('.monaco-editor .view-line', { hasText: '## Result' }).first().waitFor({ timeout: 5000 });
    await saved();
    const practice = join(cs.folder, '.starcoach-practice.json');
    let history;
    for (let i = 0; i < 100 && (history?.length ?? 0) < 2; i++, await page.waitForTimeout(100)) {
      try {
        history = JSON.parse(readFileSync(practice, 'utf8')).history[GATES.path];
      } catch {
        // not written yet
      }
    }
    if (JSON.stringify(history?.map((h) => h.verdict)) !== JSON.stringify([gatesAfter.verdict, GATES.verdict])) throw new Error(`the practice file holds ${JSON.stringify(history)}`);
    const words = `${LABEL[gatesAfter.verdict]} on `;
    await frame.waitForFunction(() => /2 readings\./.test(document.querySelector('.bank-progress figcaption')?.textContent ?? ''), null, { timeout: 15000 });
    const shown = await frame.evaluate(() => {
      const li = document.querySelector('.bank-progress li');
      li.scrollIntoView({ block: 'center' });
      return { story: li.querySelector('button').textContent, caption: li.querySelector('figcaption').textContent, dots: li.querySelectorAll('svg circle').length, hidden: li.querySelector('svg').getAttribute('aria-hidden'), fill: getComputedStyle(li.querySelector('svg circle.dot')).fill, now: li.querySelector('.verdict').textContent };
    });
    if (shown.story !== GATES.title || !shown.caption.startsWith(words) || !shown.caption.includes(`, ${LABEL[GATES.verdict]} on `) || shown.dots !== 2 || shown.hidden !== 'true' || shown.now !== LABEL[GATES.verdict]) throw new Error(`progress: ${JSON.stringify(shown)}`);
    // the dots are drawn in the theme's colors, not left black
    if (/^rgb\(0, 0, 0\)$/.test(shown.fill)) throw new Error(`dot fill ${shown.fill}`);
    console.log(`    ${shown.caption}`);
    await page.screenshot({ path: 'out/ui/bank-progress-dark.png' });
    rows.push('two saves charted');
  });
});

// The light and high-contrast session opens a copy of the folder whose practice file already holds readings, as a
// committed one would: four for one story, two for another.
const SEEDED = mkdtempSync(join(tmpdir(), 'bank-seeded-'));
cpSync(WORKSPACE, SEEDED, { recursive: true });
const SEEDED_HISTORY = {
  [GATES.path]: ['no-hire', 'lean-no-hire', 'lean-no-hire', GATES.verdict].map((verdict, i) => ({ at: `2026-10-${String(5 + 7 * i).padStart(2, '0')}T10:00:00.000Z`, verdict, grades: { Result: ['missing', 'weak', 'adequate', 'strong'][i] } })),
  [TESTER.path]: [{ at: '2026-11-02T10:00:00.000Z', verdict: 'lean-no-hire', grades: {} }, { at: '2026-11-09T10:00:00.000Z', verdict: TESTER.verdict, grades: {} }],
};
writeFileSync(join(SEEDED, '.starcoach-practice.json'), `${JSON.stringify({ version: 1, cards: {}, history: SEEDED_HISTORY }, null, 2)}\n`);

/** Scrolls the Story Bank to its readings over time and says what each shows. */
const progressShown = (frame) => frame.evaluate(() => {
  document.querySelector('.bank-progress').scrollIntoView({ block: 'start' });
  return [...document.querySelectorAll('.bank-progress li')].map((li) => ({ story: li.querySelector('button').textContent, caption: li.querySelector('figcaption').textContent, dots: li.querySelectorAll('svg circle').length }));
});

await session('Default Light Modern', 'light and high-contrast themes', async ({ page, step, command }) => {
  await step('in a light theme, the heat map in the theme’s colors', async () => {
    await openBank(page);
    const frame = await bankFrame(page);
    if (!(await frame.evaluate(() => document.body.classList.contains('vscode-light')))) throw new Error('the view is not in the light theme');
    await roomy(page);
    const tint = await frame.evaluate(() => ['strong', 'counted', 'shown', 'none'].map((k) => getComputedStyle(document.querySelector(`td.${k} button.cell`)).backgroundColor));
    if (tint.slice(0, 3).some((t) => /rgba\(0, 0, 0, 0\)|transparent/.test(t)) || new Set(tint.slice(0, 3)).size !== 3) throw new Error(`tints: ${tint}`);
    await page.screenshot({ path: 'out/ui/bank-light.png' });
    rows.push('a light theme');
  });

  await step('readings kept in a committed practice file are charted, in the light theme', async () => {
    const frame = await bankFrame(page);
    const shown = await progressShown(frame);
    const expected = BANK.stories.filter((s) => SEEDED_HISTORY[s.path]).map((s) => ({ story: s.title, dots: SEEDED_HISTORY[s.path].length }));
    if (JSON.stringify(shown.map(({ story, dots }) => ({ story, dots }))) !== JSON.stringify(expected)) throw new Error(`progress: ${JSON.stringify(shown)}`);
    const gates = shown.find((p) => p.story === GATES.title);
    if (!gates.caption.startsWith('No Hire on 5 Oct, Lean No Hire on 12 Oct, ') || !gates.caption.includes('4 readings.') || !gates.caption.includes('Since 5 Oct: Result from missing to strong.')) throw new Error(`caption: ${gates.caption}`);
    await page.screenshot({ path: 'out/ui/bank-progress-light.png' });
    rows.push('a committed history charted');
  });

  await step('in a high-contrast theme, outlines instead of tints', async () => {
    await command('Preferences: Color Theme');
    await page.keyboard.type('Dark High Contrast');
    // the picker keeps "Browse Additional Color Themes..." first: once the list is filtered, go down to the theme
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')];
      return rows.some((r) => r.textContent.startsWith('Dark High Contrast')) && rows.every((r) => /Browse|High Contrast/.test(r.textContent));
    }, null, { timeout: 10000 });
    const theme = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: /^Dark High Contrast/ });
    for (let attempt = 1; !(await theme.count()); attempt++) {
      await page.keyboard.press('ArrowDown');
      try {
        await theme.waitFor({ timeout: 2000 });
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await page.keyboard.press('Enter');
    const frame = await findFrame(page, 'body.vscode-high-contrast table.matrix', { timeout: 20000 });
    const look = await frame.evaluate(() => ['strong', 'counted'].map((k) => { const s = getComputedStyle(document.querySelector(`td.${k} button.cell`)); return { bg: s.backgroundColor, outline: s.outlineStyle, width: s.outlineWidth }; }));
    if (look.some((l) => !/rgba\(0, 0, 0, 0\)|transparent/.test(l.bg) || l.outline !== 'solid') || look[0].width === look[1].width) throw new Error(`high contrast: ${JSON.stringify(look)}`);
    await page.screenshot({ path: 'out/ui/bank-high-contrast.png' });
    await progressShown(frame);
    // each dot is ringed in the theme's contrast border
    const ring = await frame.evaluate(() => getComputedStyle(document.querySelector('.bank-progress svg circle')).stroke);
    if (!ring || ring === 'none') throw new Error(`dot ring: ${ring}`);
    await page.screenshot({ path: 'out/ui/bank-progress-high-contrast.png' });
    rows.push('a high-contrast theme');
  });
}, SEEDED);
rmSync(SEEDED, { recursive: true, force: true });

const EMPTY = mkdtempSync(join(tmpdir(), 'bank-empty-'));
writeFileSync(join(EMPTY, 'notes.md'), '# Notes\n\nNot a story.\n');
await session('Default Dark Modern', 'a folder with no story', async ({ page, step, command }) => {
  await step('a folder with no story: the command opens the Story Bank with a plain message and New story', async () => {
    await openBank(page);
    const frame = await findFrame(page, '#bank-empty-heading', { text: 'No stories yet', timeout: 30000 });
    const text = await frame.$eval('.bank-empty', (s) => s.textContent.replace(/\s+/g, ' ').trim());
    if (!text.includes('reads every .star.md story in this workspace') || !(await frame.$('button[data-action="newStory"]'))) throw new Error(`empty: ${text}`);
    rows.push('a folder with no story');
  });
}, EMPTY);
rmSync(EMPTY, { recursive: true, force: true });

finish('bank', counts, { area: 'views', input: 'the Story Bank in the workbench: six stories with a gap and a conflict, opened before any story; a click, the keyboard, an edit; three themes; an empty folder', cases: rows.length, result: `shown and followed live: ${rows.join(', ')}` });
