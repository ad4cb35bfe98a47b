// The bar raiser's reading in the language server (issue 13), over stdio with a real JSON-RPC client: the coaching
// panel's data carries it, the same reading `star-coach check --format json` prints; the title has its lens and its
// hover, with a link to docs/review.md; and it is computed once per analysis.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/core';
import { AnswerRequest, CoachingRequest, type AnswerResult, type CoachingResult } from '../server/src/protocol';
import { readingOf, StoryCache } from '../server/src/lsp/stories';
import { startClient, type TestClient } from './support/lsp-client';
import { ROOT, runCli } from './support/run-cli';

const WEAK = 'test-fixtures/stories/webhook-senior-weak.star.md';
const STRONG = 'test-fixtures/stories/webhook-senior-strong.star.md';
const workspace = mkdtempSync(join(tmpdir(), 'star-review-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

let client: TestClient;
/** What the CLI prints for each fixture, run from a folder where no .starcoach.json applies, as none applies to the server. */
let printed: Record<string, unknown> = {};

beforeAll(async () => {
  const files = JSON.parse(runCli(['check', '--format', 'json', join(ROOT, WEAK), join(ROOT, STRONG)], workspace).stdout).files as Array<{ review: unknown }>;
  printed = { [WEAK]: files[0].review, [STRONG]: files[1].review };
  client = await startClient({ root: workspace, capabilities: { workspace: { configuration: true } } });
  await client.open(uri('weak.star.md'), text(WEAK));
  await client.open(uri('strong.star.md'), text(STRONG));
});
afterAll(async () => {
  await client.stop();
  rmSync(workspace, { recursive: true, force: true });
});

const coaching = (name: string, line = 0) => client.connection.sendRequest(CoachingRequest, { uri: uri(name), position: { line, character: 0 } }) as Promise<CoachingResult>;

describe('the coaching panel’s data carries the reading', () => {
  test('a weak story: its verdict, and the primary weakness with its range, the note and the words the panel shows', async () => {
    const panel = await coaching('weak.star.md', 16);
    const review = panel!.review!;
    expect(review).toMatchObject({ verdict: 'no-hire', label: 'No Hire', for: ['Ownership'], head: 'No Hire for Ownership' });
    expect(review.primaryWeakness).toEqual({
      rule: 'assigned-work',
      range: { start: { line: 13, character: 0 }, end: { line: 13, character: 50 } },
      message: expect.stringContaining('“My manager asked me to look into the webhook drops”'),
      raisesTo: expect.any(String),
      raisesToLabel: expect.any(String),
      fixable: true,
    });
    // The range is the finding's own: it covers the words the message quotes.
    const line = text(WEAK).split('\n')[13];
    expect(line.slice(0, 50)).toBe('My manager asked me to look into the webhook drops');
    expect(review.lens).toBe('No Hire for Ownership · fix first: line 14');
    expect(review.line).toBe('No Hire for Ownership; fix first: line 14, the work sounds handed to you');
    expect(review.note).toMatch(/^No Hire for Ownership: /);
    expect(review.sections.map((s) => [s.name, s.grade])).toEqual([['Situation', 'adequate'], ['Task', 'weak'], ['Action', 'weak'], ['Result', 'weak'], ['Reflection', 'weak']]);
    expect(review.competencies.find((c) => c.name === 'Ownership')).toMatchObject({ claimed: true, shown: 'none', missing: expect.arrayContaining([expect.stringContaining('scope boundary')]) });
    // The panel's own data is still there beside it.
    expect(panel!.section?.name).toBe('Action');
  });

  test('a strong story: Strong Hire, nothing to fix first, the competencies it shows', async () => {
    const review = (await coaching('strong.star.md'))!.review!;
    expect(review).toMatchObject({ verdict: 'strong-hire', label: 'Strong Hire', primaryWeakness: null, primaryCompetency: 'Ownership', lens: 'Strong Hire for Ownership and Dive Deep' });
    expect(review.sections.every((s) => s.grade === 'strong')).toBe(true);
    expect(review.competencies.filter((c) => c.claimed).map((c) => [c.name, c.shown])).toEqual([['Ownership', 'strong'], ['Dive Deep', 'strong']]);
  });

  test('it is the reading the CLI prints, field for field (reviewJson’s shape), with the view’s words added', async () => {
    for (const [name, file] of [['weak.star.md', WEAK], ['strong.star.md', STRONG]]) {
      const review = (await coaching(name))!.review!;
      expect(review).toMatchObject(printed[file] as object);
      const { label, head, line, lens, ...json } = review;
      expect([label, head, line, lens].every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
      // Only the documented additions: a raised verdict's words and whether it has a rewrite, each competency's missing signals.
      const plain = { ...json, primaryWeakness: json.primaryWeakness && { ...json.primaryWeakness, raisesToLabel: undefined, fixable: undefined }, competencies: json.competencies.map((c) => ({ ...c, missing: undefined })) };
      expect(JSON.parse(JSON.stringify(plain))).toEqual(printed[file]);
    }
  });

  test('it follows the text: an edit that removes the primary weakness gives the reading it promised', async () => {
    const weak = text(WEAK);
    const promised = (await coaching('weak.star.md'))!.review!.primaryWeakness!.raisesTo;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('weak.star.md'), version: 2 },
      contentChanges: [{ range: { start: { line: 13, character: 0 }, end: { line: 14, character: 0 } }, text: 'I decided to look into the webhook drops myself.\n' }],
    });
    const after = (await coaching('weak.star.md'))!.review!;
    expect(after.verdict).toBe(promised);
    expect(after.primaryWeakness?.rule).not.toBe('assigned-work');
    // and back
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('weak.star.md'), version: 3 }, contentChanges: [{ text: weak }] });
    expect((await coaching('weak.star.md'))!.review!.primaryWeakness?.rule).toBe('assigned-work');
  });
});

type Lens = { range: { start: { line: number } }; command: { title: string } };
const lenses = async (name: string) => (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri(name) } })) as Lens[];
const hoverAt = async (name: string, line: number) => (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(name) }, position: { line, character: 3 } })) as { contents: { value: string } } | null;
const titleLine = (file: string) => text(file).split('\n').findIndex((l) => l.startsWith('# '));

describe('the preview’s data carries it too', () => {
  test('the answer view has the same reading, whose line is the one check prints', async () => {
    const answer = (await client.connection.sendRequest(AnswerRequest, { uri: uri('weak.star.md') })) as AnswerResult;
    expect(answer!.review).toEqual((await coaching('weak.star.md'))!.review);
    expect(answer!.review!.line).toBe('No Hire for Ownership; fix first: line 14, the work sounds handed to you');
    expect(runCli(['check', join(ROOT, WEAK)], workspace).stdout).toContain(`reading ${answer!.review!.line}\n`);
    expect(answer!.sections.map((s) => s.name)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Reflection']);
  });
});

describe('the title: its lens and its hover', () => {
  test('the lens over the title gives the verdict and the line to fix first, beside the whole answer’s time', async () => {
    const over = (await lenses('weak.star.md')).filter((l) => l.range.start.line === titleLine(WEAK)).map((l) => l.command.title);
    expect(over).toEqual(['No Hire for Ownership · fix first: line 14', expect.stringMatching(/^\d:\d\d in all, senior range /)]);
    const strong = (await lenses('strong.star.md')).filter((l) => l.range.start.line === titleLine(STRONG)).map((l) => l.command.title);
    expect(strong[0]).toBe('Strong Hire for Ownership and Dive Deep');
  });

  test('a story with no title has its reading over its first heading', async () => {
    await client.open(uri('untitled.star.md'), text(WEAK).replace(/^# .*\n/m, ''));
    const all = await lenses('untitled.star.md');
    const first = text(WEAK).replace(/^# .*\n/m, '').split('\n').findIndex((l) => l.startsWith('## '));
    expect(all.filter((l) => l.range.start.line === first).map((l) => l.command.title)[0]).toBe('No Hire for Ownership · fix first: line 13');
  });

  test('the hover on the title gives the note and a link to docs/review.md, which exists', async () => {
    const hover = (await hoverAt('weak.star.md', titleLine(WEAK)))!;
    const [note, link, rule] = hover.contents.value.split('\n\n');
    expect(note).toBe((await coaching('weak.star.md'))!.review!.note.replace(/[\\`*_[\]<>#|~]/g, '\\$&'));
    expect(note).toMatch(/^No Hire for Ownership: the work sounds handed to you \(line 14\)/);
    const href = /^\[How the reading is reached\]\((file:[^)]+)\)$/.exec(link)?.[1];
    expect(href && fileURLToPath(href)).toBe(join(ROOT, 'docs', 'review.md'));
    expect(existsSync(fileURLToPath(href!))).toBe(true);
    // the finding anchored on the title (the answer is too short) follows the reading
    expect([rule, hover.contents.value.split('\n\n---\n\n')[1]?.split('\n\n')[0]]).toEqual(['---', '**answer-under-time** (info)']);
    // a heading under it still has its own hover
    expect((await hoverAt('weak.star.md', titleLine(WEAK) + 2))?.contents.value).toMatch(/^\*\*Situation\*\*/);
  });

  test('a competency spelled with Markdown in it is shown as typed, not as Markdown', async () => {
    await client.open(uri('stars.star.md'), text(WEAK).replace('competencies: [Ownership]', 'competencies: ["*Ownership*"]'));
    const value = (await hoverAt('stars.star.md', titleLine(WEAK)))?.contents.value ?? '';
    expect(value).toMatch(/^No Hire for \\\*Ownership\\\*: /); // escaped, so it reads *Ownership*, not Ownership in italics
    expect(value).not.toMatch(/(^|[^\\])\*Ownership/);
  });

  test('the lens and the hover follow an edit', async () => {
    const weak = text(WEAK);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('weak.star.md'), version: 10 }, contentChanges: [{ text: text(STRONG) }] });
    expect((await lenses('weak.star.md')).map((l) => l.command.title)).toContain('Strong Hire for Ownership and Dive Deep');
    expect((await hoverAt('weak.star.md', titleLine(STRONG)))?.contents.value).toMatch(/^Strong Hire for Ownership and Dive Deep: /);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('weak.star.md'), version: 11 }, contentChanges: [{ text: weak }] });
    expect((await lenses('weak.star.md')).map((l) => l.command.title)).toContain('No Hire for Ownership · fix first: line 14');
  });
});

describe('the reading is computed once per analysis', () => {
  test('every surface that asks for the same text gets the same reading; a new text gets a new one', () => {
    const cache = new StoryCache(() => ({}));
    const doc = TextDocument.create('file:///w/a.star.md', 'markdown', 1, text(WEAK));
    const first = readingOf(cache.get(doc));
    expect(first?.verdict).toBe('no-hire');
    // the lens, then the panel, then the hover: one analysis, one reading
    expect(readingOf(cache.get(doc))).toBe(first);
    expect(readingOf(cache.get(doc))).toBe(first);
    const edited = TextDocument.update(doc, [{ text: text(STRONG) }], 2);
    const second = readingOf(cache.get(edited));
    expect(second).not.toBe(first);
    expect(second?.verdict).toBe('strong-hire');
    expect(readingOf(cache.get(edited))).toBe(second);
  });

  test('a story Star Coach failed on has no reading', () => {
    const failed = { ...analyze('# T\n'), failed: true as const };
    expect(readingOf(failed)).toBeNull();
  });
});
