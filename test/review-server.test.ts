// The bar raiser's reading in the language server (issue 13), over stdio with a real JSON-RPC client: the coaching
// panel's data carries it, the same reading `star-coach check --format json` prints; and it is computed once per analysis.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/core';
import { CoachingRequest, type CoachingResult } from '../server/src/protocol';
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
