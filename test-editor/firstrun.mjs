// A first run of the packaged extension in a real workbench, through headless Chromium: the walkthrough, the coaching
// panel's welcome, the sample, heading completion in the suggest widget, hedges faded, and the outline read aloud.
// Screenshots land in out/ui/firstrun-*.png.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, launchBrowser, stepper, findFrame, runCommand, openQuickFix, openFile } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const SAMPLE = readFileSync('samples/webhook-weak.star.md', 'utf8');
const WALKTHROUGH_KEY = 'ctrl+alt+w';
const cs = await startCodeServer({
  workspace: 'test-editor/workspace',
  vsix: ['star-coach.vsix'],
  keybindings: [{ key: WALKTHROUGH_KEY, command: 'workbench.action.openWalkthrough', args: 'star-coach.star-coach#getStarted' }],
});
const { browser, page } = await launchBrowser();
const { step: runStep, counts } = stepper('firstrun-');
const step = (name, fn) => runStep(page, name, fn);
const fail = (message) => { throw new Error(message); };

/** The webview frame whose document has `selector`, with `text` in it if given (webviews sit two iframes deep). */
const frameWith = (selector, text = '', timeout = 20000) => findFrame(page, selector, { text, timeout });
const open = (name) => openFile(page, name);
const command = (title) => runCommand(page, title);
/** The active editor group's editor: with the walkthrough beside, there are two. */
const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();
const goTo = async (line, column) => {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
};
/** Where code-server unpacked the .vsix. */
const installed = () => join(cs.extensions, readdirSync(cs.extensions).find((d) => d.startsWith('star-coach.star-coach-')) ?? fail('extension folder not found'));
const lineOf = (text, prefix) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
  console.log('firstrun: the packaged extension on a first run in code-server');

  await step('with no story open, the coaching panel explains STAR and offers New story and Open a sample', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Star Coach"]').first().click();
    const panel = await frameWith('.welcome');
    const lines = await panel.$$eval('.welcome ul.star li', (li) => li.map((l) => l.textContent));
    if (lines.length !== 3 || !/^Situation, Task/.test(lines[0]) || !/^Action/.test(lines[1]) || !/^Result, Reflection/.test(lines[2])) fail(`STAR lines: ${lines}`);
    const buttons = await panel.$$eval('.welcome button', (b) => b.map((x) => `${x.dataset.action}:${x.textContent}`));
    if (buttons.join() !== 'newStory:New story,openSample:Open a sample') fail(`buttons: ${buttons}`);
    const csp = await panel.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    if (!/default-src 'none'/.test(csp) || !/script-src 'nonce-/.test(csp)) fail(`CSP: ${csp}`);
    await page.screenshot({ path: 'out/ui/firstrun-welcome.png' });
  });

  await step('the panel coaches a story, and shows the welcome again when a file that is not a story is in front', async () => {
    await open('webhook-weak.star.md');
    const panel = await frameWith('.welcome, #level-heading');
    await panel.waitForFunction(() => !document.querySelector('.welcome') && /^senior expectations/i.test(document.querySelector('#level-heading')?.textContent ?? ''), null, { timeout: 15000 });
    await open('notes.md');
    await panel.waitForFunction(() => !!document.querySelector('.welcome'), null, { timeout: 15000 });
  });

  await step('"New story" in the panel starts the template', async () => {
    const panel = await frameWith('.welcome');
    await panel.click('button[data-action="newStory"]');
    await page.locator('.quick-input-widget', { hasText: 'New story (1/3)' }).waitFor({ timeout: 10000 });
    await page.keyboard.press('Escape');
  });

  await step('the walkthrough opens by its id and lists its four steps', async () => {
    await page.keyboard.press('Control+Alt+w');
    await page.locator('.gettingStartedContainer h3.step-title').first().waitFor({ timeout: 15000 });
    const titles = await page.$$eval('.gettingStartedContainer button.getting-started-step h3.step-title', (h) => h.map((x) => x.textContent.trim()));
    const expected = ['Write a story from the template', 'See a finding and fix it', 'Open the coaching panel', 'Preview the spoken answer'];
    if (titles.join('|') !== expected.join('|')) fail(`steps: ${titles.join(' | ')}`);
    await page.locator('.gettingStartedContainer h2.category-title', { hasText: 'Get started with Star Coach' }).waitFor();
    const shipped = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8')).contributes.walkthroughs[0].steps;
    for (const { media } of shipped) if (!existsSync(join(installed(), media.markdown))) fail(`${media.markdown} is not in the package`);
    await page.screenshot({ path: 'out/ui/firstrun-walkthrough.png' });
  });

  await step('a step shows its Markdown media and its button; "Open a Sample" opens an unsaved copy that is coached', async () => {
    await page.locator('.gettingStartedContainer button.getting-started-step', { hasText: 'See a finding and fix it' }).click();
    await frameWith('h1', 'What an interviewer would miss');
    await page.screenshot({ path: 'out/ui/firstrun-walkthrough-fix.png' });
    await page.locator('.gettingStartedContainer .button-container .monaco-button', { hasText: 'Open a Sample' }).click();
    await page.waitForSelector('.tab.active[aria-label*="sample-webhook-drops.star.md"]', { timeout: 15000 });
    await activeEditor().locator('.squiggly-error').first().waitFor({ timeout: 20000 });
    await activeEditor().locator('.squiggly-warning').first().waitFor({ timeout: 20000 });
    await page.screenshot({ path: 'out/ui/firstrun-sample.png' });
  });

  await step('Ctrl+. fixes a finding in the sample; the shipped sample is unchanged', async () => {
    await activeEditor().locator('.view-line').first().click();
    await goTo(lineOf(SAMPLE, '- We figured out'), 4);
    await openQuickFix(page, 'Say it with “I”');
    await page.keyboard.press('Enter');
    await activeEditor().locator('.view-lines:has-text("- I figured out the root cause.")').waitFor({ timeout: 10000 });
    if (readFileSync(join(installed(), 'samples/webhook-weak.star.md'), 'utf8') !== SAMPLE) fail('the shipped sample changed');
    if (!(await page.locator('.tab.active.dirty[aria-label*="sample-webhook-drops.star.md"]').count())) fail('the sample is not an unsaved copy');
  });

  await step('hedges are faded as words to cut, not dotted under one letter', async () => {
    // the sample's hedges, in one sentence that wraps onto two lines of the view
    const faded = await activeEditor().locator('.view-lines .squiggly-inline-unnecessary').evaluateAll((spans) => spans.map((s) => [s.textContent, Number(getComputedStyle(s).opacity)]));
    const words = faded.map(([text]) => text.replace(/\u00a0/g, ' ')).join('|');
    if (words !== 'I think|kind of|helped with|tried to test') fail(`faded: ${words}`);
    if (!faded.every(([, opacity]) => opacity > 0.3 && opacity < 0.9)) fail(`opacity: ${faded.map(([, o]) => o)}`);
    const dots = await activeEditor().locator('.squiggly-hint').count();
    if (dots) fail(`${dots} hints still drawn as dots`);
    await activeEditor().locator('.view-line', { hasText: 'I think I kind of helped with' }).screenshot({ path: 'out/ui/firstrun-hedges.png' });
  });

  await step('the Open Answer Preview step previews the story beside the walkthrough', async () => {
    await page.locator('.tab[aria-label*="Welcome"], .tab[aria-label*="Walkthrough"], .tab[aria-label*="Get started"]').first().click();
    await page.locator('.gettingStartedContainer button.getting-started-step', { hasText: 'Preview the spoken answer' }).click();
    await page.locator('.gettingStartedContainer .button-container .monaco-button', { hasText: 'Open Answer Preview' }).click();
    await frameWith('.answer-head h1', 'Webhook drops');
    await page.screenshot({ path: 'out/ui/firstrun-preview.png' });
  });

  await step('"## Re" in a story: the suggest widget offers Result and Reflection, and accepting one writes the heading', async () => {
    await open('empty.star.md');
    await activeEditor().locator('.view-line').first().click();
    await page.keyboard.type('## Re');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    const headingRow = (name) => rows.filter({ hasText: name }).filter({ has: page.locator('.codicon-symbol-module') });
    await headingRow('Result').first().waitFor({ timeout: 10000 });
    await headingRow('Reflection').first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: 'out/ui/firstrun-completion.png' });
    for (let i = 0; i < 10 && !/Reflection/.test((await page.locator('.suggest-widget .monaco-list-row.focused').textContent()) ?? ''); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // the editor draws spaces as no-break spaces
    await activeEditor().locator('.view-line', { hasText: /^##\s+Reflection$/ }).waitFor({ timeout: 10000 });
    const text = await activeEditor().locator('.view-lines').textContent();
    if (text.replace(/\u00a0/g, ' ') !== '## Reflection') fail(`document: ${JSON.stringify(text)}`);
  });

  await step('the outline reads a section as its name and spoken time: "Situation, 0:41 of 0:30"', async () => {
    await open('webhook-weak.star.md');
    await command('Explorer: Focus on Outline View');
    // room for every section: fold the file tree above the outline
    const files = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasText: /\bws\b/i });
    if (await files.count()) await files.first().click();
    const row = page.locator('.outline-pane .monaco-list-row[aria-label^="Situation, "]').first();
    await row.waitFor({ timeout: 15000 });
    const labels = await page.$$eval('.outline-pane .monaco-list-row', (r) => r.map((x) => x.getAttribute('aria-label')));
    const ours = labels.filter((l) => / of \d:\d\d \(module\)$/.test(l));
    const names = ['Situation', 'Task', 'Action', 'Result', 'Reflection'];
    if (ours.length !== 5 || !ours.every((l, i) => new RegExp(`^${names[i]}, \\d:\\d\\d of \\d:\\d\\d \\(module\\)$`).test(l))) fail(`aria-labels: ${labels.join(' | ')}`);
    if (labels.some((l) => /\(string\)$/.test(l) && / of /.test(l))) fail('a timed entry still reads "(string)"');
    await page.screenshot({ path: 'out/ui/firstrun-outline.png' });
  });
} finally {
  console.log(`firstrun: ${counts.passed} passed, ${counts.failed} failed`);
  await browser.close();
  await cs.stop();
}
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
