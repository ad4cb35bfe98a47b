// Practice in the language server (issue 15), over stdio with a real JSON-RPC client: the quiz request gives the core's
// quiz over the folder's stories (and over the built-in examples in a folder with none, saying so); the drill gives
// what is due, and a grade writes the folder's practice file with the card ts-fsrs gives, after which the due count
// drops; a grade for a question the drill does not have writes nothing; and completion under Follow-ups offers the
// follow-ups aimed at the story first, each quoting the story and leaving a placeholder for the answer.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import {
  analyze, drillCards, drillId, EXAMPLE_STORIES, expandSnippet, followupsFor, gradeItem, parsePractice, quiz, reviewStory, emptyPractice,
  PRACTICE_FILE,
} from '../server/src/core';
import { DrillGradeRequest, DrillRequest, PracticeChangedNotification, QuizRequest, type DrillGradeResult, type DrillResult, type QuizResult } from '../server/src/protocol';
import { startClient, until, type TestClient } from './support/lsp-client';
import { ROOT, runCli } from './support/run-cli';

const STORIES = join(ROOT, 'test-fixtures', 'bank', 'voltline');
const folder = mkdtempSync(join(tmpdir(), 'star-practice-'));
cpSync(STORIES, folder, { recursive: true });
const empty = mkdtempSync(join(tmpdir(), 'star-practice-empty-'));
const names = readdirSync(folder).filter((f) => f.endsWith('.star.md')).sort();
const text = (name: string) => readFileSync(join(folder, name), 'utf8');
const uri = (name: string) => pathToFileURL(join(folder, name)).href;

let client: TestClient;
let notices = 0;
const ask = <R>(method: string, params?: unknown) => client.connection.sendRequest(method, params) as Promise<R>;
beforeAll(async () => {
  client = await startClient({ root: folder, capabilities: { workspace: { configuration: true } } });
  client.connection.onNotification(PracticeChangedNotification, () => {
    notices++;
  });
});
afterAll(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

describe('the quiz', () => {
  test('is the core’s quiz over the folder’s stories, each question with its story’s document', async () => {
    const result = (await until(() => ask<QuizResult | null>(QuizRequest), (r) => r !== null))!;
    const stories = names.map((n) => {
      const analysis = analyze(text(n));
      return { path: n, analysis, review: reviewStory(analysis) };
    });
    const expected = quiz(stories);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.source).toBe('stories');
    expect(result.questions.map(({ uri: _, ...q }) => q)).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const q of result.questions) expect(q.uri).toBe(uri(q.story));
  });

  test('in a folder with no story, is the quiz on the built-in examples, and says so', async () => {
    const other = await startClient({ root: empty, capabilities: { workspace: { configuration: true } } });
    try {
      const result = (await until(() => other.connection.sendRequest(QuizRequest) as Promise<QuizResult | null>, (r) => r !== null))!;
      const expected = quiz(EXAMPLE_STORIES.map((e) => {
        const analysis = analyze(e.text);
        return { path: e.path, analysis, review: reviewStory(analysis) };
      }));
      expect(result.source).toBe('examples');
      expect(result.questions.length).toBe(expected.length);
      expect(result.questions.map(({ uri: _, ...q }) => q)).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(result.questions.every((q) => q.uri === null && q.story.startsWith('examples/'))).toBe(true);
    } finally {
      await other.stop();
    }
  });
});

describe('the drill', () => {
  test('offers the stories’ questions, and a grade writes the practice file with the card ts-fsrs gives; the count drops', async () => {
    const before = (await ask<DrillResult | null>(DrillRequest))!;
    const all = names.flatMap((n) => drillCards(n, analyze(text(n))));
    expect(before.total).toBe(all.length);
    expect(before.dueCount).toBe(Math.min(10, all.length)); // nothing graded yet: the new ones, up to the default limit
    expect(before.due.length).toBe(before.dueCount);
    expect(before.nextDue).toBeNull();
    const first = before.due[0];
    expect(first).toMatchObject({ folder: pathToFileURL(folder).href, id: drillId(first.story, first.question), uri: uri(first.story), fresh: true });
    expect(all.some((c) => c.story === first.story && c.question === first.question)).toBe(true);
    expect(existsSync(join(folder, PRACTICE_FILE))).toBe(false); // asking writes nothing

    const seen = notices;
    const graded = (await ask<DrillGradeResult | null>(DrillGradeRequest, { folder: first.folder, id: first.id, rating: 'easy', seconds: 42.3 }))!;
    expect(graded.error).toBeNull();
    const { state, problems } = parsePractice(readFileSync(join(folder, PRACTICE_FILE), 'utf8'));
    expect(problems).toEqual([]);
    const card = state.cards[first.id];
    expect(card).toMatchObject({ story: first.story, question: first.question, reps: 1, log: [{ rating: 'easy', seconds: 42.3 }] });
    // The card is what the library gives for an Easy on a new card at the time of the grade.
    const item = { id: first.id, story: first.story, question: first.question };
    expect(card).toEqual(gradeItem(emptyPractice(), item, 'easy', new Date(card.last_review!), 42.3).cards[first.id]);
    expect(graded.scheduled).toBe(first.next.easy);
    expect(graded.scheduled).toMatch(/^in \d+ days?$|^tomorrow$/);
    expect(graded.drill.due.some((d) => d.id === first.id)).toBe(false);
    expect(graded.drill.nextDue).toBe(graded.scheduled);
    expect(graded.drill.nextQuestion).toEqual({ story: first.story, question: first.question });
    if (all.length <= 10) expect(graded.drill.dueCount).toBe(before.dueCount - 1);
    else expect(graded.drill.due.length).toBe(before.dueCount);
    expect(await until(async () => notices, (n) => n > seen)).toBeGreaterThan(seen);

    const again = (await ask<DrillResult | null>(DrillRequest))!;
    expect(again.due.map((d) => d.id)).toEqual(graded.drill.due.map((d) => d.id));
  });

  test('each rating says when it would bring the question back, and a longer interval for a better grade', async () => {
    const drill = (await ask<DrillResult | null>(DrillRequest))!;
    const { next } = drill.due[0];
    expect(Object.keys(next)).toEqual(['again', 'hard', 'good', 'easy']);
    expect(next.again).toBe('in 1 minute');
    expect(next.easy).not.toBe(next.again);
  });

  test('offers the questions star-coach drill offers in the same folder, in the same order, with the grades already given', async () => {
    const cli = () => JSON.parse(runCli(['drill', '.', '--format', 'json'], folder).stdout) as { items: Array<{ id: string; question: string; answer: string | null; new: boolean }> };
    const server = (await ask<DrillResult | null>(DrillRequest))!;
    const printed = cli();
    expect(server.due.map((d) => [d.id, d.question, d.answer, d.fresh])).toEqual(printed.items.map((i) => [i.id, i.question, i.answer, i.new]));
  });

  test('a grade for a question the drill does not have writes nothing', async () => {
    const file = join(folder, PRACTICE_FILE);
    const before = readFileSync(file, 'utf8');
    const result = (await ask<DrillGradeResult | null>(DrillGradeRequest, { folder: pathToFileURL(folder).href, id: 'nowhere.star.md#what?', rating: 'good' }))!;
    expect(result.error).toMatch(/no longer in the drill/);
    expect(result.scheduled).toBeNull();
    const bad = (await ask<DrillGradeResult | null>(DrillGradeRequest, { folder: pathToFileURL(empty).href, id: result.drill.due[0].id, rating: 'good' }))!;
    expect(bad.error).toMatch(/no longer in the drill/);
    const rating = (await ask<DrillGradeResult | null>(DrillGradeRequest, { folder: pathToFileURL(folder).href, id: result.drill.due[0].id, rating: 'perfect' }))!;
    expect(rating.error).toMatch(/no longer in the drill/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('the drill follows the stories', () => {
  test('a story added on disk adds its questions, and the server says practice changed', async () => {
    const before = (await ask<DrillResult | null>(DrillRequest))!;
    const seen = notices;
    const added = join(ROOT, 'test-fixtures', 'stories', 'warehouse-weak.star.md');
    cpSync(added, join(folder, 'added.star.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('added.star.md'), type: 1 }] });
    expect(await until(async () => notices, (n) => n > seen)).toBeGreaterThan(seen);
    const after = (await ask<DrillResult | null>(DrillRequest))!;
    const cards = drillCards('added.star.md', analyze(readFileSync(added, 'utf8')));
    expect(cards.length).toBeGreaterThan(0);
    expect(after.total).toBe(before.total + cards.length);
  });
});

describe('completion under Follow-ups', () => {
  test('offers the follow-ups aimed at the story first, each a heading with a placeholder for the answer', async () => {
    const name = names.find((n) => followupsFor(analyze(text(n))).length > 0)!;
    const body = `${text(name).trimEnd()}\n\n## Follow-ups\n\n### \n`;
    await client.open(uri(name), body);
    const line = body.split('\n').length - 2;
    const items = (await ask<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(name) }, position: { line, character: 4 } }));
    const aimed = followupsFor(analyze(body));
    expect(aimed.length).toBeGreaterThan(0);
    const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    expect(sorted.slice(0, aimed.length).map((i) => i.label)).toEqual(aimed.map((f) => f.question));
    expect(sorted.length).toBeGreaterThan(aimed.length); // the likely probes for its aim follow
    for (const [i, f] of aimed.entries()) {
      const item = sorted[i];
      expect(item.label).toContain(f.about.replace(/“([^”]*)”/g, '‘$1’').replace(/[.!?]+$/, ''));
      const edit = item.textEdit as { newText: string; range: { start: { character: number } } };
      expect(edit.range.start.character).toBe(0);
      expect(item.insertTextFormat).toBe(2);
      expect(expandSnippet(edit.newText)).toBe(`### ${f.question}\n\n‹${f.strong}›`);
      expect(item.filterText).toBe(`### ${f.question}`);
    }
    // A follow-up already prepared is not offered again.
    const prepared = `${text(name).trimEnd()}\n\n## Follow-ups\n\n### ${aimed[0].question}\n\nI did it myself.\n\n### \n`;
    await client.open(uri(name), prepared, 2);
    const again = (await ask<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(name) }, position: { line: prepared.split('\n').length - 2, character: 4 } }));
    expect(again.map((i) => i.label)).not.toContain(aimed[0].question);
  });
});
