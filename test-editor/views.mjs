// The coaching panel and the answer preview in a real workbench, through headless Chromium: the panel follows the
// cursor, the preview times every section, hostile story text stays text. Screenshots in both themes: out/ui/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startCodeServer, launchBrowser, stepper, findFrame, runCommand, clickLine as clickLineIn, openFile, finish } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('views-');

async function session(theme, steps) {
  const cs = await startCodeServer({ workspace: 'test-editor/workspace', vsix: ['star-coach.vsix'], settings: { 'workbench.colorTheme': theme } });
  const { browser, page } = await launchBrowser();
  const step = (name, fn) => runStep(page, name, fn);
  const frameWith = (selector, timeout = 20000) => findFrame(page, selector, { timeout });
  const command = (title) => runCommand(page, title);
  const clickLine = (text, file = 'webhook-weak.star.md') => clickLineIn(page, `test-editor/workspace/${file}`, text);
  const open = (name) => openFile(page, name);
  try {
    await page.goto(cs.workbench());
    await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
    await steps({ page, step, frameWith, command, clickLine, open });
  } finally {
    await browser.close();
    await cs.stop();
  }
}

for (const [theme, name] of [['Default Dark Modern', 'dark'], ['Default Light Modern', 'light']]) {
  console.log(`views (${name} theme)`);
  await session(theme, async ({ page, step, frameWith, command, clickLine, open }) => {
    await open('webhook-weak.star.md');
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 20000 });

    await step('the coaching panel follows the cursor into Action, with its checklist and findings', async () => {
      await command('Star Coach: Show Coaching Panel');
      await clickLine('We figured out the root cause');
      const frame = await frameWith('#current-heading');
      await frame.waitForFunction(() => document.querySelector('#current-heading')?.textContent?.startsWith('Action'), null, { timeout: 15000 });
      const checklist = await frame.$$eval('.checklist li', (li) => li.map((l) => l.textContent));
      if (!checklist.some((t) => t.includes('"I" is the actor of every step'))) throw new Error(`checklist: ${checklist}`);
      const findings = await frame.$$eval('button.finding', (b) => b.map((x) => x.textContent));
      if (!findings.some((t) => t.includes('we-language'))) throw new Error(`findings: ${findings}`);
      await page.screenshot({ path: `out/ui/panel-${name}.png` });
    });

    await step('the panel opens with the reading: the verdict, each section’s grade in words, the fix first', async () => {
      const frame = await frameWith('#reading-heading');
      const head = await frame.$eval('#reading-heading', (h) => h.textContent);
      if (head !== 'No Hire for Ownership') throw new Error(`verdict: ${head}`);
      const reading = await frame.evaluate(() => document.querySelector('#root > section')?.className);
      if (reading !== 'reading') throw new Error(`the panel opens with ${reading}`);
      const grades = await frame.$$eval('.grades summary', (s) => s.map((x) => x.textContent.replace(/\s+/g, ' ').trim()));
      if (grades.length !== 5 || !grades.every((g) => /^(Situation|Task|Action|Result|Reflection) (missing|weak|adequate|strong)$/.test(g))) throw new Error(`grades: ${grades}`);
      const fix = await frame.$eval('button.weakness', (b) => b.textContent);
      if (!fix.startsWith('Fix first, line 13')) throw new Error(`fix first: ${fix}`);
    });

    await step('a finding in the panel moves the cursor to it', async () => {
      const frame = await frameWith('button.finding');
      await frame.click('button.finding.warning');
      await page.locator('.action-widget .monaco-list-row').first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Escape');
    });

    await step('the preview shows every section with its timing and the total against the level', async () => {
      await command('Star Coach: Open Answer Preview');
      const frame = await frameWith('.answer-head');
      await frame.waitForFunction(() => document.querySelectorAll('section.spoken').length === 5, null, { timeout: 15000 });
      const heads = await frame.$$eval('section.spoken h2', (h) => h.map((x) => x.textContent.replace(/\s+/g, ' ').trim()));
      const expected = ['Situation', 'Task', 'Action', 'Result', 'Reflection'];
      heads.forEach((h, i) => { if (!new RegExp(`^${expected[i]} \\d:\\d\\d / \\d:\\d\\d`).test(h)) throw new Error(`section ${i}: ${h}`); });
      const total = await frame.$eval('.total', (p) => p.textContent);
      if (!/2:30–3:00/.test(total)) throw new Error(total);
      const reading = await frame.$eval('.answer-head .reading-line', (p) => p.textContent);
      if (reading !== 'No Hire for Ownership; fix first: line 13, the work sounds handed to you') throw new Error(`reading: ${reading}`);
      await page.screenshot({ path: `out/ui/preview-${name}.png` });
    });

    if (name !== 'dark') return;
    await step('hostile story text shows as text and runs nothing', async () => {
      await open('xss.star.md');
      await clickLine('I noticed', 'xss.star.md');
      const panel = await frameWith('#current-heading');
      await panel.waitForFunction(() => document.querySelector('#current-heading')?.textContent?.startsWith('Situation'), null, { timeout: 15000 });
      const preview = await frameWith('.answer-head h1');
      await preview.waitForFunction(() => document.querySelector('.answer-head h1')?.textContent === 'Hostile story', null, { timeout: 15000 });
      for (const frame of page.frames()) {
        const xss = await frame.evaluate(() => window.__xss ?? (window.top === window ? undefined : null)).catch(() => undefined);
        if (xss !== undefined && xss !== null) throw new Error(`a payload ran: __xss = ${xss}`);
      }
      if (await page.evaluate(() => window.__xss) !== undefined) throw new Error('a payload ran in the workbench');
      const shown = await panel.$$eval('#root h3', (h) => h.map((x) => x.textContent));
      if (!shown.includes('<img src=x onerror="window.__xss=1">')) throw new Error(`competency not shown as text: ${shown}`);
      if (!(await panel.$('#root > section.reading'))) throw new Error('no reading over the hostile story');
      const injected = await panel.evaluate(() => document.querySelectorAll('#root img, #root script, #root iframe, #root svg, #root style').length);
      if (injected) throw new Error(`${injected} injected elements`);
      const said = await preview.$eval('section.spoken p', (p) => p.textContent);
      if (!said.includes('with "quotes" & ampersands.')) throw new Error(said);
      await page.screenshot({ path: 'out/ui/xss.png' });
      const payloads = ['<script> in front matter', '<img onerror> in a competency', '<svg onload> in the title', '<script>, <img onerror>, a javascript: link and <style> in the text', '<img onerror> in a code span', '<b onmouseover> in a probe', '<iframe src=javascript:> in an answer'];
      mkdirSync('out/reliability', { recursive: true });
      writeFileSync('out/reliability/views.json', JSON.stringify(payloads.map((p) => ({ area: 'views', input: p, cases: 1, result: 'shown as text or not spoken; the sentinel never set; no element injected' }))));
    });
  });
}
finish('views', counts);
