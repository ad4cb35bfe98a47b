// The Practice view in a real workbench, through headless Chromium, on test-editor/workspace-practice (two stories):
// opened from the command palette it shows the quiz the server makes; the keyboard alone answers a question right and
// the next one wrong (number keys, Enter), with the solution's steps and the score; in the drill it times an answer,
// reveals the prepared answer and grades it Good with the key 3, which writes the practice file with the card and
// makes the status bar's due count drop by one. Screenshots in Default Dark Modern, Default Light Modern and Dark High
// Contrast: out/ui/practice-*.png. A folder with no story gets the quiz on the built-in examples, said so.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer, launchBrowser, stepper, findFrame, finish, runCommand } from './codeserver.mjs';
import { practiceOf } from './practice-server.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('practice-');
const WORKSPACE = 'test-editor/workspace-practice';
// What the view must show, from the real server on the same folder (test/practice-server.test.ts holds it to the core).
const { quiz: QUIZ, drill: DRILL } = await practiceOf(WORKSPACE);
const rows = [];

async function session(theme, name, steps, workspace = WORKSPACE) {
  const cs = await startCodeServer({ workspace, vsix: ['star-coach.vsix'], settings: { 'workbench.colorTheme': theme } });
  const { browser, page } = await launchBrowser();
  const step = (title, fn) => runStep(page, title, fn);
  try {
    await page.goto(cs.workbench());
    await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
    await page.waitForSelector('.activitybar .action-item [aria-label^="Star Coach"]', { timeout: 30000 });
    console.log(`practice (${name})`);
    await steps({ page, step, cs, command: (title) => runCommand(page, title) });
  } finally {
    await browser.close();
    await cs.stop();
  }
}


/**
 * Opens the Practice view as on a first run: the container first (its Coach view shows the welcome), then the command;
 * not both at once, for the web build's webview race test-editor/bank.mjs describes.
 */
async function openPractice(page, command, text = '') {
  await command('View: Show Star Coach');
  await findFrame(page, '.welcome', { timeout: 30000 });
  await command('Star Coach: Open Practice (Quiz and Drill)');
  const frame = await findFrame(page, '#quiz-question', { text, timeout: 30000 });
  // Room for the Practice view, as a user would make it: the Coach view folded.
  const coach = page.locator('.pane-header[aria-label^="Coach"]');
  if ((await coach.getAttribute('aria-expanded')) === 'true') await coach.click();
  await page.waitForFunction(() => document.querySelector('.pane-header[aria-label^="Practice"]')?.getBoundingClientRect().top < 200, null, { timeout: 10000 });
  return frame;
}

const shown = (frame, selector) => frame.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());
const focusKey = (frame) => frame.evaluate(() => document.activeElement?.dataset?.key ?? document.activeElement?.id ?? document.activeElement?.tagName);
/** The status bar's drill item, by the words a screen reader hears. */
const dueItem = (page, n) => page.locator(`.statusbar-item[aria-label^="${n} ${n === 1 ? 'question' : 'questions'} due in the drill"]`);

await session('Default Dark Modern', 'dark theme', async ({ page, step, command, cs }) => {
  let frame;
  await step('the command opens the Practice view with the quiz the server makes on the two stories', async () => {
    const q = QUIZ.questions[0];
    if (QUIZ.source !== 'stories' || QUIZ.questions.length < 2) throw new Error(`the server's quiz: ${JSON.stringify(QUIZ).slice(0, 200)}`);
    frame = await openPractice(page, command, q.question);
    const choices = await frame.$$eval('li.choice .text', (els) => els.map((e) => e.textContent));
    if (JSON.stringify(choices) !== JSON.stringify(q.choices)) throw new Error(`choices: ${JSON.stringify(choices)}`);
    if (!(await shown(frame, '.quiz .from')).includes(q.title)) throw new Error(`from: ${await shown(frame, '.quiz .from')}`);
    if ((await frame.$$('input[type="radio"][name="choice"]')).length !== 4) throw new Error('the choices are not four radio buttons');
    const headings = await frame.$$eval('h1, h2, h3', (hs) => hs.map((h) => `${h.tagName}:${h.textContent}`));
    if (!headings.includes('H2:Quiz') || !headings.includes('H2:Drill') || !headings.includes(`H3:${DRILL.due[0].question}`)) throw new Error(`headings: ${headings}`);
    if (!(await frame.evaluate(() => document.body.classList.contains('vscode-dark')))) throw new Error('the view is not in the dark theme');
    rows.push('the quiz on the stories');
  });

  await step(`the status bar shows the drill's due count (${DRILL.dueCount})`, async () => {
    await dueItem(page, DRILL.dueCount).first().waitFor({ timeout: 15000 });
    const text = await dueItem(page, DRILL.dueCount).first().textContent();
    if (!text.includes(`${DRILL.dueCount} due`)) throw new Error(`status bar: ${text}`);
    rows.push('the due count');
  });

  await step('by keyboard alone: a number key chooses, Enter checks; right, with the steps; then Next and a wrong answer, and the score', async () => {
    await command('Star Coach: Open Practice (Quiz and Drill)'); // focuses the view
    await frame.waitForFunction(() => document.hasFocus(), null, { timeout: 10000 });
    const q = QUIZ.questions[0];
    // Tab into the quiz's choices, as a person would: the radio group is one stop
    for (let i = 0; i < 20 && !/^choice-/.test(await focusKey(frame)); i++) await page.keyboard.press('Tab');
    if (!/^choice-/.test(await focusKey(frame))) throw new Error(`Tab never reached the choices; focus on ${await focusKey(frame)}`);
    await page.keyboard.press(String(q.answer + 1));
    if ((await focusKey(frame)) !== `choice-${q.answer}` || !(await frame.$eval(`input[value="${q.answer}"]`, (i) => i.checked))) throw new Error(`key ${q.answer + 1} did not choose ${q.answer}`);
    await page.keyboard.press('Enter');
    await frame.waitForSelector('.result.right', { timeout: 5000 });
    const steps = await frame.$$eval('ol.steps li', (li) => li.map((l) => l.textContent));
    if (JSON.stringify(steps) !== JSON.stringify(q.solution)) throw new Error(`steps: ${JSON.stringify(steps)}`);
    if (!(await shown(frame, '.hint')).includes(q.hint)) throw new Error('no hint');
    if ((await shown(frame, '#quiz-live')) !== `Right: ${q.choices[q.answer]}.`) throw new Error(`live: ${await shown(frame, '#quiz-live')}`);
    if ((await shown(frame, '#quiz-score')) !== '1 right answer of 1.') throw new Error(`score: ${await shown(frame, '#quiz-score')}`);
    if ((await focusKey(frame)) !== 'next') throw new Error(`focus after checking: ${await focusKey(frame)}`);
    await page.screenshot({ path: 'out/ui/practice-quiz-dark.png' });
    await page.keyboard.press('Enter'); // Next question
    const q2 = QUIZ.questions[1];
    await frame.waitForFunction((t) => document.getElementById('quiz-question')?.textContent === t, q2.question, { timeout: 5000 });
    if ((await focusKey(frame)) !== 'quiz-question') throw new Error(`focus on the new question: ${await focusKey(frame)}`);
    const wrong = (q2.answer + 1) % q2.choices.length;
    await page.keyboard.press(String(wrong + 1));
    await page.keyboard.press('Enter');
    await frame.waitForSelector('.result.wrong', { timeout: 5000 });
    const marks = await frame.$$eval('li.choice', (li) => li.map((l) => l.className.replace('choice', '').trim()));
    if (marks[q2.answer] !== 'right' || marks[wrong] !== 'wrong') throw new Error(`marks: ${marks}`);
    if (!(await shown(frame, '#quiz-live')).startsWith(`Not this one. The answer is ${'ABCD'[q2.answer]}:`)) throw new Error(`live: ${await shown(frame, '#quiz-live')}`);
    if ((await shown(frame, '#quiz-score')) !== '1 right answer of 2.') throw new Error(`score: ${await shown(frame, '#quiz-score')}`);
    const dirty = await page.$$eval('.tab.dirty', (tabs) => tabs.map((t) => t.getAttribute('aria-label')));
    if (dirty.length) throw new Error(`keys reached an editor: ${dirty}`);
    rows.push('a quiz answered by keyboard');
  });

  await step('the drill: time an answer, reveal the prepared one, grade it Good with the key 3; the practice file keeps it and the count drops', async () => {
    const item = DRILL.due[0];
    if (!item.answer) throw new Error('the first question has no prepared answer: pick other stories');
    for (let i = 0; i < 30 && (await focusKey(frame)) !== 'timer'; i++) await page.keyboard.press('Tab');
    if ((await focusKey(frame)) !== 'timer') throw new Error(`Tab never reached the timer; focus on ${await focusKey(frame)}`);
    await page.keyboard.press('Enter'); // start
    await frame.waitForSelector('button[data-key="timer"][aria-pressed="true"]', { timeout: 5000 });
    await frame.waitForFunction(() => /Answering: 0:0[1-9]/.test(document.getElementById('drill-time')?.textContent ?? ''), null, { timeout: 10000 });
    await page.keyboard.press('Enter'); // stop
    await frame.waitForFunction(() => /^Answer took 0:0\d$/.test(document.getElementById('drill-time')?.textContent ?? ''), null, { timeout: 5000 });
    if (!(await shown(frame, '#drill-live')).startsWith('Answer timed at 0:0')) throw new Error(`live: ${await shown(frame, '#drill-live')}`);
    await page.keyboard.press('Tab');
    if ((await focusKey(frame)) !== 'reveal') throw new Error(`after the timer, focus on ${await focusKey(frame)}`);
    await page.keyboard.press('Space');
    await frame.waitForSelector('blockquote.prepared', { timeout: 5000 });
    if ((await shown(frame, 'blockquote.prepared')) !== item.answer.replace(/\s+/g, ' ').trim()) throw new Error(`revealed: ${await shown(frame, 'blockquote.prepared')}`);
    const grades = await frame.$$eval('fieldset.grades button', (b) => b.map((x) => x.textContent.replace(/\s+/g, ' ').trim()));
    const expected = ['again', 'hard', 'good', 'easy'].map((r, i) => `${i + 1} ${r[0].toUpperCase()}${r.slice(1)} back ${item.next[r]}`);
    if (JSON.stringify(grades) !== JSON.stringify(expected)) throw new Error(`grades: ${JSON.stringify(grades)}`);
    await page.screenshot({ path: 'out/ui/practice-drill-dark.png' });
    await page.keyboard.press('3');
    await frame.waitForFunction((t) => document.getElementById('drill-live')?.textContent.startsWith(t), `Graded. This question comes back ${item.next.good}.`, { timeout: 10000 });
    // the next due question, with the focus on it
    await frame.waitForFunction((t) => document.getElementById('drill-question')?.textContent === t, DRILL.due[1].question, { timeout: 5000 });
    if ((await focusKey(frame)) !== 'drill-question') throw new Error(`focus after the grade: ${await focusKey(frame)}`);
    const file = join(cs.folder, '.starcoach-practice.json');
    if (!existsSync(file)) throw new Error('no practice file');
    const card = JSON.parse(readFileSync(file, 'utf8')).cards[item.id];
    if (!card || card.question !== item.question || card.log.length !== 1 || card.log[0].rating !== 'good' || !(card.log[0].seconds >= 1) || card.reps !== 1) throw new Error(`card: ${JSON.stringify(card)}`);
    await dueItem(page, DRILL.dueCount - 1).first().waitFor({ timeout: 15000 });
    if (await dueItem(page, DRILL.dueCount).count()) throw new Error('the old count is still shown');
    rows.push('a drill question timed, revealed and graded');
  });

  await step('the status bar item opens the Practice view', async () => {
    // The Coach view folded first: in the web build two webviews that start together may race (see openPractice).
    const coach = page.locator('.pane-header[aria-label^="Coach"]');
    if ((await coach.getAttribute('aria-expanded')) === 'true') await coach.click();
    await page.waitForSelector('.pane-header[aria-label^="Coach"][aria-expanded="false"]', { timeout: 5000 });
    await command('View: Show Explorer');
    await page.waitForSelector('.explorer-folders-view', { timeout: 10000 });
    await dueItem(page, DRILL.dueCount - 1).first().click();
    await page.waitForSelector('.pane-header[aria-label^="Practice"][aria-expanded="true"]', { timeout: 10000 });
    await findFrame(page, '#drill-question', { text: DRILL.due[1].question, timeout: 15000 });
    await page.screenshot({ path: 'out/ui/practice-dark.png' });
    rows.push('the status bar item clicked');
  });
});

await session('Default Light Modern', 'light and high-contrast themes', async ({ page, step, command }) => {
  await step('in a light theme, the right and the chosen choice in the theme’s colors and in words', async () => {
    const q = QUIZ.questions[0];
    const frame = await openPractice(page, command, q.question);
    if (!(await frame.evaluate(() => document.body.classList.contains('vscode-light')))) throw new Error('the view is not in the light theme');
    const wrong = (q.answer + 1) % 4;
    await frame.locator(`input[value="${wrong}"]`).check();
    await frame.locator('button[data-action="check"]').click();
    await frame.waitForSelector('.result.wrong', { timeout: 5000 });
    const look = await frame.evaluate(() => ['right', 'wrong'].map((k) => getComputedStyle(document.querySelector(`li.choice.${k} label`)).borderLeftColor));
    if (look[0] === look[1] || look.some((c) => /rgba\(0, 0, 0, 0\)|transparent/.test(c))) throw new Error(`borders: ${look}`);
    const words = await frame.$$eval('li.choice .mark', (m) => m.map((x) => x.textContent));
    if (JSON.stringify(words.sort()) !== JSON.stringify(['(the right answer)', '(your answer)'])) throw new Error(`marks: ${words}`);
    await page.screenshot({ path: 'out/ui/practice-light.png' });
    rows.push('a light theme');
  });

  await step('in a high-contrast theme, the view follows it: the theme’s own colors and borders', async () => {
    await command('Preferences: Color Theme');
    await page.keyboard.type('Dark High Contrast');
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
    const frame = await findFrame(page, 'body.vscode-high-contrast #quiz-question', { timeout: 20000 });
    const look = await frame.evaluate(() => ({ text: getComputedStyle(document.body).color, bg: getComputedStyle(document.body).backgroundColor, button: getComputedStyle(document.querySelector('button.primary')).borderStyle }));
    if (look.text === look.bg || look.button === 'none') throw new Error(`high contrast: ${JSON.stringify(look)}`);
    await page.screenshot({ path: 'out/ui/practice-high-contrast.png' });
    rows.push('a high-contrast theme');
  });
});

const EMPTY = mkdtempSync(join(tmpdir(), 'practice-empty-'));
writeFileSync(join(EMPTY, 'notes.md'), '# Notes\n\nNot a story.\n');
const EXAMPLES = await practiceOf(EMPTY);
await session('Default Dark Modern', 'a folder with no story', async ({ page, step, command }) => {
  await step('a folder with no story: the quiz is on the built-in examples, and the view says so; nothing to drill', async () => {
    if (EXAMPLES.quiz.source !== 'examples' || EXAMPLES.quiz.questions.length === 0) throw new Error(`the server's quiz: ${JSON.stringify(EXAMPLES.quiz).slice(0, 200)}`);
    const frame = await openPractice(page, command, EXAMPLES.quiz.questions[0].question);
    const note = await shown(frame, '.examples-note');
    if (!note.includes('no stories in this workspace yet') || !note.includes('example stories')) throw new Error(`note: ${note}`);
    if (!(await shown(frame, '.quiz .from')).includes(EXAMPLES.quiz.questions[0].story)) throw new Error('the example is not named');
    if (!(await shown(frame, '.drill')).includes('Nothing to drill yet')) throw new Error(`drill: ${await shown(frame, '.drill')}`);
    if (await page.locator('.statusbar-item[aria-label*="due in the drill"]').count()) throw new Error('a due count with nothing to drill');
    await page.screenshot({ path: 'out/ui/practice-examples-dark.png' });
    rows.push('a folder with no story');
  });
}, EMPTY);
rmSync(EMPTY, { recursive: true, force: true });

finish('practice', counts, { area: 'views', input: 'the Practice view in the workbench: two stories, the quiz by keyboard, a drill question timed, revealed and graded, the status bar count; two themes; an empty folder', cases: rows.length, result: `shown and followed: ${rows.join(', ')}` });
