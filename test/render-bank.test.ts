// The Story Bank view's rendering, on the bank the real language server sends for the workbench test's folder: a real
// table whose every cell is a button that says in words what its color says and opens the story at its evidence; the
// gaps, the conflict with both stories at their lines, the plan, the questions folded; story text always escaped; the
// view's messages checked on arrival; the heat map in theme colors only.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { analyze, bank, bankEntry, KNOWN_COMPETENCIES, LOOP_PRESETS, VERDICT_LABEL } from '../server/src/core';
import { BankRequest, type BankResult } from '../server/src/protocol';
import { initials as cliInitials } from '../server/src/cli/format/bank-text';
import { cellState, initials, NO_STORIES, READING, renderBank, VERDICT_WORDS } from '../client/src/webviews/render-bank';
import { esc } from '../client/src/webviews/format';
import { parseViewMessage } from '../client/src/webviews/messages';
import { startClient, type TestClient } from './support/lsp-client';
import { ROOT } from './support/run-cli';
import { record, writeReport } from './support/reliability-report';

vi.mock('star-coach:rule-docs', () => ({ default: {} }));
afterAll(() => writeReport('render-bank'));

const WORKSPACE = join(ROOT, 'test-editor', 'workspace-bank');
const lines = (name: string) => readFileSync(join(WORKSPACE, name), 'utf8').split('\n');
/** Every element of `html` with `tag` and the attributes given, as its opening tag. */
const tags = (html: string, tag: string) => html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
const attr = (openTag: string, name: string) => openTag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#96;/g, '`').replace(/&amp;/g, '&');
/** The cell button for a story (by file) and a competency. */
const cell = (html: string, path: string, competency: string) => tags(html, 'button').find((b) => attr(b, 'class') === 'cell' && attr(b, 'data-path') === path && unescape(attr(b, 'aria-label') ?? '').startsWith(`${competency}:`));

describe('the bank of the workbench test’s folder, as the language server sends it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'star-bank-view-'));
  cpSync(WORKSPACE, folder, { recursive: true });
  let client: TestClient;
  let result: BankResult;
  let html: string;
  beforeAll(async () => {
    client = await startClient({ root: folder, capabilities: { workspace: { configuration: true } } });
    for (let r: BankResult | null = null; ; await new Promise((ok) => setTimeout(ok, 50))) {
      r = (await client.connection.sendRequest(BankRequest)) as BankResult | null;
      if (r) {
        result = r;
        break;
      }
    }
    html = renderBank(result);
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a real table: a column head for each competency of the loop and each one claimed outside it, a row head for each story', () => {
    expect(tags(html, 'table')).toEqual(['<table class="matrix" role="grid" aria-labelledby="matrix-heading">']);
    const heads = [...html.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1].replace(/<span aria-hidden="true">.*?<\/span>/, '').replace(/<[^>]+>/g, ''));
    expect(heads).toEqual(['Story', ...LOOP_PRESETS.generic.competencies.map(({ name }) => (name === 'Leadership and Influence' ? `${name}: a gap` : name)), 'Earn Trust: a gap, not in the loop']);
    expect(tags(html, 'th').filter((t) => attr(t, 'scope') === 'row')).toHaveLength(6);
    // each head shows the CLI's initials and gives the screen reader the whole name
    expect(html).toContain('<th scope="col" class="gap" title="Leadership and Influence: a gap"><span aria-hidden="true">LI</span><span class="visually-hidden">Leadership and Influence: a gap</span></th>');
  });

  test('every cell is a button in the grid, labelled with the competency, the strength in words and the story', () => {
    const cells = tags(html, 'button').filter((b) => attr(b, 'class') === 'cell');
    expect(cells).toHaveLength(6 * 9);
    for (const c of cells) expect(unescape(attr(c, 'aria-label')!)).toMatch(/^[A-Z][\w ,;']+: (not shown|claimed, not shown|shown (strongly|in part)(, claimed)?, (counted|not counted)), in “.+”$/);
    expect(unescape(attr(cell(html, 'voltline-tester.star.md', 'Dive Deep')!, 'aria-label')!)).toBe('Dive Deep: shown strongly, claimed, counted, in “The test station that failed good battery packs”');
    expect(unescape(attr(cell(html, 'voltline-tester.star.md', 'Ownership')!, 'aria-label')!)).toBe('Ownership: shown in part, claimed, counted, in “The test station that failed good battery packs”');
    expect(unescape(attr(cell(html, 'checkout.star.md', 'Ownership')!, 'aria-label')!)).toBe('Ownership: shown in part, not counted, in “A checkout that screen-reader users could finish”');
    expect(unescape(attr(cell(html, 'voltline-rollout.star.md', 'Earn Trust')!, 'aria-label')!)).toBe('Earn Trust: claimed, not shown, in “Winning the test team over to a patch from outside”');
    // the heat map's class says the same as the words
    expect(html).toMatch(/<td class="strong"><button [^>]*data-path="voltline-tester.star.md"[^>]*aria-label="Dive Deep:/);
    expect(html).toMatch(/<td class="counted"><button [^>]*data-path="voltline-tester.star.md"[^>]*aria-label="Ownership:/);
    expect(html).toMatch(/<td class="shown"><button [^>]*data-path="checkout.star.md"[^>]*aria-label="Ownership:/);
    // one button of the grid is in the Tab order (the first story), the arrow keys reach the rest
    const grid = tags(html, 'button').filter((b) => attr(b, 'data-row') !== undefined);
    expect(grid.filter((b) => attr(b, 'tabindex') === '0')).toEqual([grid[0]]);
    expect(attr(grid[0], 'class')).toBe('story');
  });

  test('a cell opens its story at the evidence, the line the story shows it on', () => {
    for (const [path, competency, words] of [['voltline-tester.star.md', 'Dive Deep', 'I pulled 3,000 test records'], ['release-gates.star.md', 'Conflict Resolution', ''], ['incident-lead.star.md', 'Deliver Results', '']] as const) {
      const button = cell(html, path, competency)!;
      const evidence = result.bank.stories.find((s) => s.path === path)!.cells[competency].evidence!;
      const line = Number(attr(button, 'data-line'));
      expect(line).toBe(evidence.range.start.line);
      // the line in the file holds the evidence's words, where the range says
      const text = lines(path)[line];
      expect(text.slice(Number(attr(button, 'data-character')), Number(attr(button, 'data-end-character')))).toBe(evidence.text);
      if (words) expect(text).toContain(words);
      expect(unescape(attr(button, 'title')!)).toContain(`Line ${line + 1}: “${evidence.text}”`);
    }
    // a cell with nothing shown opens the story at its top
    const none = cell(html, 'release-gates.star.md', 'Dive Deep')!;
    expect([attr(none, 'data-line'), attr(none, 'data-character')]).toEqual(['0', '0']);
  });

  test('each row head gives the story and its verdict, with the whole reading in its tooltip', () => {
    for (const s of result.bank.stories) {
      expect(html).toContain(`title="${s.title}\n${s.path}">${s.title}</button><span class="story-reading" title="${s.reading}"><span class="verdict ${s.verdict}">${VERDICT_LABEL[s.verdict]}</span> <span class="time">`);
    }
    expect(html).toContain('<span class="story-reading" title="Lean No Hire for Earn Trust"><span class="verdict lean-no-hire">Lean No Hire</span> <span class="time">1:35</span>');
  });

  test('the gaps with why, the conflict with both stories at their figures, the story leaned on, the next story', () => {
    const gaps = html.slice(html.indexOf('id="gaps-heading"'), html.indexOf('id="conflicts-heading"'));
    // each gap with the core's why (its words are the core's business: docs/bank.md), the one outside the loop tagged
    const why = (name: string) => esc(result.bank.competencies.find((c) => c.name === name)!.why);
    expect(result.bank.competencies.filter((c) => c.gap).map((c) => c.name)).toEqual(['Leadership and Influence', 'Earn Trust']);
    expect(gaps).toContain(`<li><strong>Leadership and Influence</strong>: ${why('Leadership and Influence')}</li>`);
    expect(gaps).toContain(`<li><strong>Earn Trust</strong> <span class="tag">not in the loop</span>: ${why('Earn Trust')}</li>`);
    expect(why('Earn Trust')).toBe('“Winning the test team over to a patch from outside” claims it, but its text does not show it.');
    const conflicts = html.slice(html.indexOf('id="conflicts-heading"'), html.indexOf('id="overused-heading"'));
    expect(conflicts).toContain('both tell of Voltline, but one says “false fails fell from 4.2% to 0.8%” and the other “false-fail rate went from 4.2% to 0.3%”.');
    const both = tags(conflicts, 'button');
    expect(both.map((b) => [attr(b, 'data-path'), attr(b, 'data-line')])).toEqual([['voltline-rollout.star.md', '22'], ['voltline-tester.star.md', '25']]);
    expect(conflicts).toContain('>“Winning the test team over to a patch from outside”, line 23</button> and ');
    expect(lines('voltline-rollout.star.md')[22]).toContain('4.2% to 0.8%');
    expect(lines('voltline-tester.star.md')[25]).toContain('4.2% to 0.3%');
    expect(html).toMatch(/id="overused-heading">Leaned on too much<\/h2>\n<ul class="overused"><li><button [^>]*data-path="incident-lead.star.md"[^>]*>Growing an engineer into an incident lead<\/button>: “Growing an engineer into an incident lead” is the only story for Deliver Results and Hire and Develop the Best/);
    expect(html).toMatch(/id="next-heading">Next story to write<\/h2>\n<p>Write a story for Leadership and Influence next: [^<]+<\/p>\n<p class="actions"><button type="button" class="primary" data-action="newStory">New story<\/button>/);
    expect(html).toContain('data-action="openConfig">Open .starcoach.json</button>');
    expect(html).toContain('<h2 id="bank-heading">6 stories, 12:41 to tell them all once</h2>\n<p class="loop">Loop: generic, 4 interviews.');
  });

  test('the loop plan: each interview, its competencies and the story for each, which opens at its evidence', () => {
    const plan = html.slice(html.indexOf('id="plan-heading"'), html.indexOf('id="questions-heading"'));
    expect([...plan.matchAll(/<h3>(Interview \d)<\/h3>/g)].map((m) => m[1])).toEqual(['Interview 1', 'Interview 2', 'Interview 3', 'Interview 4']);
    const slot = plan.match(/<span class="slot-competency">Conflict Resolution<\/span>: (<button [^>]*>)Release gates between payments and QA<\/button>/);
    expect(slot).not.toBeNull();
    expect(attr(slot![1], 'data-line')).toBe(String(result.bank.stories.find((s) => s.path === 'release-gates.star.md')!.cells['Conflict Resolution'].evidence!.range.start.line));
    const open = result.bank.plan.slots.find((slot) => slot.competencies[0] === 'Leadership and Influence')!;
    expect(open.story).toBeNull();
    expect(plan).toContain(`<li class="open"><span class="slot-competency">Leadership and Influence</span>: <span class="none">none yet.</span> ${esc(open.why)}</li>`);
  });

  test('the questions are folded away, each with the story to tell or why none fits', () => {
    const questions = html.slice(html.indexOf('id="questions-heading"'));
    expect(questions).toMatch(/<details><summary>\d+ of 52 common questions have a story<\/summary>/);
    expect(tags(questions, 'details')).toEqual(['<details>']);
    expect([...questions.matchAll(/<li><q>/g)]).toHaveLength(52);
    const none = result.bank.questions.find((q) => !q.story)!;
    expect(questions).toContain(`<li><q>${esc(none.question)}</q><br><span class="why">${esc(none.why)}</span></li>`);
  });
});

/** A story whose every field tries to become markup. */
const HOSTILE = `---
question: "<script>window.__xss = 'question'</script>"
competencies: ['<img src=x onerror="window.__xss=1">', Ownership, "Dive Deep"]
level: senior
---

# <svg onload="window.__xss=2">Title</svg> & "quotes" \`ticks\`

## Situation
Our <b onmouseover="window.__xss=3">checkout</b> service dropped 4% of webhooks.

## Task
It was not my team's service, and nobody asked me to look.

## Action
- I pulled a week of logs and found the retries <script>window.__xss=4</script> timed out.
- I fixed the timeout myself.

## Result
Drops fell from 4% to 0.1% <img src=x onerror="window.__xss=5">, which saved $2,000 a month.

## Reflection
I now check every retry budget.
`;

describe('story text is text', () => {
  test('a hostile story and a hostile file name: no tag or attribute but the view’s own', () => {
    const paths = ['"><img src=x onerror="window.__xss=6">.star.md', "a'b`c<d>.star.md"];
    const entries = paths.map((p) => bankEntry(p, analyze(HOSTILE)));
    const b = bank(entries, { loop: 'generic' });
    const result: BankResult = { bank: b, uris: Object.fromEntries(paths.map((p) => [p, `file:///ws/${encodeURIComponent(p)}`])), configUri: null, generation: 1 };
    const html = renderBank(result);
    const allowed = new Set(['section', 'h2', 'h3', 'p', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'button', 'ul', 'ol', 'li', 'strong', 'details', 'summary', 'q', 'br', 'code']);
    const used = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
    expect(used.filter((t) => !allowed.has(t))).toEqual([]);
    // every attribute is one of the view's, and no value holds a raw quote or angle bracket
    const names = [...html.matchAll(/<[a-z][\w-]*((?:\s+[\w-]+="[^"]*")*)\s*>/g)].flatMap((m) => [...m[1].matchAll(/\s([\w-]+)="/g)].map((a) => a[1]));
    expect(names.filter((n) => /^on/i.test(n))).toEqual([]);
    const stray = html.replace(/<\/?[a-z][\w-]*(?:\s+[\w-]+="[^"<>"]*")*\s*>/g, '');
    expect(stray).not.toMatch(/[<>]/);
    // the hostile text is there, as text (the title as the core reads it: Markdown's markup is not part of it)
    expect(html).toContain('>Title &amp; &quot;quotes&quot; ticks</button>');
    expect(html).toContain('Line 16: “I pulled a week of logs and found the retries &lt;script&gt;window.__xss=4&lt;/script&gt; timed out.”');
    expect(html).toContain('data-path="&quot;&gt;&lt;img src=x onerror=&quot;window.__xss=6&quot;&gt;.star.md"');
    record({ area: 'views', input: 'the Story Bank on a story whose title, question, competencies and Result hold markup, under file names that do', cases: paths.length, result: 'rendered with only the view’s own tags and attributes; every piece of story text and every path escaped' });
  });
});

describe('an empty bank', () => {
  test('no answer yet, no server for a workspace without stories, and a bank with no story each get a plain message', () => {
    expect(renderBank(null)).toBe(READING);
    expect(READING).toContain('Star Coach is reading the stories in this workspace.');
    expect(renderBank(null, true)).toBe(NO_STORIES);
    expect(renderBank({ bank: bank([]), uris: {}, configUri: null, generation: 1 })).toBe(NO_STORIES);
    expect(NO_STORIES).toContain('data-action="newStory"');
    expect(NO_STORIES).not.toContain('<table');
  });
});

describe('what the view shows of a cell', () => {
  test('every state of a cell, in a mark’s class and in words', () => {
    const c = (shown: 'none' | 'some' | 'strong', claimed: boolean, counts: boolean) => cellState({ shown, claimed, counts });
    expect(cellState(undefined)).toEqual({ kind: 'none', words: 'not shown' });
    expect(c('none', false, false)).toEqual({ kind: 'none', words: 'not shown' });
    expect(c('none', true, false)).toEqual({ kind: 'none', words: 'claimed, not shown' });
    expect(c('some', false, false)).toEqual({ kind: 'shown', words: 'shown in part, not counted' });
    expect(c('some', true, true)).toEqual({ kind: 'counted', words: 'shown in part, claimed, counted' });
    expect(c('strong', false, false)).toEqual({ kind: 'shown', words: 'shown strongly, not counted' });
    expect(c('strong', false, true)).toEqual({ kind: 'strong', words: 'shown strongly, counted' });
    expect(c('strong', true, true)).toEqual({ kind: 'strong', words: 'shown strongly, claimed, counted' });
  });

  test('the verdicts’ words are the core’s', () => {
    expect(VERDICT_WORDS).toEqual(VERDICT_LABEL);
  });

  test('the column heads are the initials `star-coach bank` prints', () => {
    const names = new Set([...LOOP_PRESETS.amazon.competencies.map((c) => c.name), ...LOOP_PRESETS.generic.competencies.map((c) => c.name), ...KNOWN_COMPETENCIES]);
    for (const name of names) expect(initials(name)).toBe(cliInitials(name));
  });
});

describe('messages from the Story Bank view', () => {
  test('a story is opened only with a path and a range in order; anything else is dropped', () => {
    const at = { line: 25, character: 2, endLine: 25, endCharacter: 40 };
    expect(parseViewMessage({ type: 'openStory', path: 'voltline-tester.star.md', ...at })).toEqual({ type: 'openStory', path: 'voltline-tester.star.md', range: { start: { line: 25, character: 2 }, end: { line: 25, character: 40 } } });
    expect(parseViewMessage({ type: 'openConfig', extra: 1 })).toEqual({ type: 'openConfig' });
    for (const bad of [
      { type: 'openStory', ...at },
      { type: 'openStory', path: '', ...at },
      { type: 'openStory', path: 42, ...at },
      { type: 'openStory', path: 'a\nb.star.md', ...at },
      { type: 'openStory', path: 'x'.repeat(5000), ...at },
      { type: 'openStory', path: 'a.star.md', ...at, line: -1 },
      { type: 'openStory', path: 'a.star.md', ...at, endLine: 1.5 },
      { type: 'openStory', path: 'a.star.md', ...at, endCharacter: '40' },
      { type: 'openStory', path: 'a.star.md', line: 3, character: 0, endLine: 2, endCharacter: 0 },
      { type: 'openStory', path: 'a.star.md', line: 3, character: 9, endLine: 3, endCharacter: 1 },
    ]) expect(parseViewMessage(bad)).toBeUndefined();
  });
});

describe('the heat map’s colors', () => {
  test('come from the theme: a fixed color only as a variable’s fallback, and a high-contrast theme gets borders', () => {
    const css = readFileSync(join(ROOT, 'media', 'webview.css'), 'utf8');
    const bankCss = css.slice(css.indexOf('/* The Story Bank'));
    expect(bankCss.length).toBeGreaterThan(500);
    const withoutFallbacks = bankCss.replace(/var\(--vscode-[\w-]+, (#[0-9a-f]{3,8})\)/gi, 'var()');
    // a named color, not a theme variable's name ("--vscode-charts-green")
    expect(withoutFallbacks).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|(?<![\w-])(white|black|red|green|yellow)\b(?![\w-])/i);
    for (const kind of ['strong', 'counted', 'shown']) expect(bankCss).toMatch(new RegExp(`\\.matrix td\\.${kind} button\\.cell \\{ background: color-mix\\(in srgb, var\\(--vscode-charts-`));
    expect(bankCss).toMatch(/body\.vscode-high-contrast \.matrix td\.strong button\.cell, body\.vscode-high-contrast-light \.matrix td\.strong button\.cell \{ outline: 2px solid var\(--vscode-contrastActiveBorder/);
  });
});
