// The coaching panel in a real workbench follows what a story is for: a disagree-and-commit story and a mentoring
// story, each opened and clicked into, show their own checklist and probes and none of the ownership demands.
import { mkdirSync } from 'node:fs';
import { startCodeServer, launchBrowser, stepper, findFrame, runCommand, clickLine as clickLineIn, openFile } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('aim-');
const WORKSPACE = 'test-editor/workspace-aim';
const OWNERSHIP = /fix of your own|Seen through to production|Scope boundary stated|Not handed to you|other team/;

const cs = await startCodeServer({ workspace: WORKSPACE, vsix: ['star-coach.vsix'] });
const { browser, page } = await launchBrowser();
const step = (name, fn) => runStep(page, name, fn);
const frameWith = (selector, timeout = 20000) => findFrame(page, selector, { timeout });
const command = (title) => runCommand(page, title);
const open = (name) => openFile(page, name);
/** Clicks into the line that shows `text`, as a person would, until the cursor is on that line. */
const clickLine = (file, text) => clickLineIn(page, `${WORKSPACE}/${file}`, text);
/** The panel once it shows `section`: its checklist (text and whether done) and its likely probes. */
const panel = async (section) => {
  const frame = await frameWith('#current-heading');
  await frame.waitForFunction((s) => document.querySelector('#current-heading')?.textContent?.startsWith(s), section, { timeout: 15000 });
  return {
    checklist: await frame.$$eval('.checklist li', (li) => li.map((l) => ({ text: l.textContent, done: l.classList.contains('done') }))),
    probes: await frame.$$eval('#probes-heading ~ details summary', (s) => s.map((x) => x.textContent)),
    all: await frame.evaluate(() => document.querySelector('#root')?.textContent ?? document.body.textContent),
  };
};
const ticked = (checklist, label) => {
  const item = checklist.find((c) => c.text.includes(label));
  if (!item) throw new Error(`no "${label}" in ${JSON.stringify(checklist)}`);
  if (!item.done) throw new Error(`"${label}" is not ticked`);
};

try {
  await page.goto(cs.workbench());
  await page.waitForSelector('.monaco-workbench', { timeout: 30000 });
  console.log('aim: the coaching panel follows what a story is for');

  await step('a disagree-and-commit story: the disagreement, the data and the commitment', async () => {
    await open('weekend-migration.star.md');
    await command('Star Coach: Show Coaching Panel');
    await clickLine('weekend-migration.star.md', 'Once the decision was made');
    const { checklist, probes, all } = await panel('Action');
    for (const label of ['The disagreement said out loud, to the person who decided', 'Backed by data', 'Committed to the decision once it was made']) ticked(checklist, label);
    if (!probes.includes('What did you do once the decision went against you?')) throw new Error(`probes: ${probes}`);
    if (OWNERSHIP.test(all)) throw new Error(`an ownership demand: ${all.match(OWNERSHIP)[0]}`);
    await page.screenshot({ path: 'out/ui/aim-disagree.png' });
  });

  await step('a mentoring story: the person, their goal and their growth, measured', async () => {
    await open('code-reviews.star.md');
    await clickLine('code-reviews.star.md', 'he now owns the queue service');
    const { checklist, probes, all } = await panel('Result');
    for (const label of ['Their growth, measured (from what to what)', 'What they do now without you']) ticked(checklist, label);
    if (!probes.includes('How did you measure their growth?')) throw new Error(`probes: ${probes}`);
    if (OWNERSHIP.test(all)) throw new Error(`an ownership demand: ${all.match(OWNERSHIP)[0]}`);
    await page.screenshot({ path: 'out/ui/aim-mentoring.png' });
  });
} finally {
  await browser.close();
  await cs.stop();
}
console.log(`aim: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
