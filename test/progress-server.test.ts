// Progress over time in the language server, over stdio with a real JSON-RPC client: each save of a story keeps its
// reading in the workspace folder's practice file (a save the reading does not see adds nothing), the bank request
// carries each story's readings over time, the setting that keeps readings off writes nothing, and the coaching panel's
// data carries the follow-ups aimed at the story.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze, followupsFor, parsePractice, PRACTICE_FILE, readingView } from '../server/src/core';
import { BankRequest, CoachingRequest, ServerInfoRequest, type BankResult, type CoachingResult } from '../server/src/protocol';
import { startClient, until, type TestClient } from './support/lsp-client';
import { ROOT } from './support/run-cli';

const STORY = join(ROOT, 'test-fixtures', 'stories', 'sre-oncall-strong.star.md');
const text = readFileSync(STORY, 'utf8');
/** The same story with its Result emptied: the Result's grade and the verdict move. */
const noResult = text.replace(/## Result\n[^\n]+\n/, '## Result\n\n');

function workspaceWithStory(): string {
  const folder = mkdtempSync(join(tmpdir(), 'star-progress-'));
  mkdirSync(join(folder, 'stories'));
  cpSync(STORY, join(folder, 'stories', 'oncall.star.md'));
  return folder;
}

/** Edits an open document to `next` (the whole text) and saves it; resolves once the server has handled the save. */
async function editAndSave(client: TestClient, uri: string, next: string, version: number) {
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: next }] });
  await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  // Messages are handled in order, and a save is handled at once: the answer to a request sent after it comes after it.
  await client.connection.sendRequest(ServerInfoRequest);
}

/** Once the server has its settings (it asks for them after initializing), it answers the bank request. */
const settled = (client: TestClient) => until(() => client.connection.sendRequest(BankRequest) as Promise<BankResult | null>, (r) => r !== null);

const practiceOf = (folder: string) => parsePractice(readFileSync(join(folder, PRACTICE_FILE), 'utf8'));

describe('saving a story records its reading', () => {
  const folder = workspaceWithStory();
  const uri = pathToFileURL(join(folder, 'stories', 'oncall.star.md')).href;
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: folder, capabilities: { workspace: { configuration: true } } });
    await client.open(uri, text);
    await settled(client);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the test story reads differently without its Result', () => {
    const before = readingView(analyze(text));
    const after = readingView(analyze(noResult));
    expect(after.sections.find((s) => s.name === 'Result')!.grade).not.toBe(before.sections.find((s) => s.name === 'Result')!.grade);
  });

  test('two saves that move a grade keep two readings, as the core reads the two texts', async () => {
    await editAndSave(client, uri, text, 2);
    expect(existsSync(join(folder, PRACTICE_FILE))).toBe(true);
    await editAndSave(client, uri, noResult, 3);
    const { state, problems } = practiceOf(folder);
    expect(problems).toEqual([]);
    const history = state.history['stories/oncall.star.md'];
    expect(history).toHaveLength(2);
    for (const [entry, storyText] of [[history[0], text], [history[1], noResult]] as const) {
      const reading = readingView(analyze(storyText));
      expect(entry.verdict).toBe(reading.verdict);
      expect(entry.grades).toEqual(Object.fromEntries(reading.sections.map((s) => [s.name, s.grade])));
    }
    expect(history[0].grades.Result).not.toBe(history[1].grades.Result);
  });

  test('a save that changes nothing the reading sees adds nothing', async () => {
    await editAndSave(client, uri, `${noResult}\n`, 4);
    expect(practiceOf(folder).state.history['stories/oncall.star.md']).toHaveLength(2);
  });

  test('the bank carries the story\'s readings over time, with the chart\'s levels and a sentence for a screen reader', async () => {
    const ask = () => client.connection.sendRequest(BankRequest) as Promise<BankResult | null>;
    const result = (await until(ask, (r) => r?.progress?.['stories/oncall.star.md']?.points.length === 2))!;
    const progress = result.progress!['stories/oncall.star.md'];
    const [first, second] = practiceOf(folder).state.history['stories/oncall.star.md'];
    expect(progress.points.map((p) => p.verdict)).toEqual([first.verdict, second.verdict]);
    expect(progress.points.map((p) => p.at)).toEqual([first.at, second.at]);
    expect(progress.points[0].level).toBeGreaterThan(progress.points[1].level); // emptying the Result took the verdict down
    expect(progress.trend).toBe('down');
    expect(progress.summary).toContain(`${progress.points[0].label} on ${progress.points[0].day}`);
    expect(progress.summary).toContain(`${progress.points[1].label} on ${progress.points[1].day}`);
    expect(progress.summary).toMatch(/2 readings\.$/);
    expect(progress.sections).toContain(`Result from ${first.grades.Result} to ${second.grades.Result}`);
  });

  test('the coaching panel\'s data has the follow-ups aimed at the story, each quoting its words where they stand', async () => {
    await editAndSave(client, uri, text.replace('I rewrote the lag alerts', 'We rewrote the lag alerts'), 5);
    const view = (await client.connection.sendRequest(CoachingRequest, { uri, position: { line: 0, character: 0 } })) as CoachingResult;
    const expected = followupsFor(analyze(text.replace('I rewrote the lag alerts', 'We rewrote the lag alerts')));
    expect(expected.length).toBeGreaterThan(0);
    expect(view!.followups!.map((f) => f.question)).toEqual(expected.map((f) => f.question));
    const we = view!.followups!.find((f) => f.kind === 'we')!;
    expect(we.question).toContain(we.about);
    const lines = text.replace('I rewrote the lag alerts', 'We rewrote the lag alerts').split('\n');
    expect(lines[we.range.start.line].slice(we.range.start.character)).toContain(we.about.slice(0, 10));
    for (const f of view!.followups!) expect(f.strong.length).toBeGreaterThan(0);
  });
});

describe('with starCoach.practice.recordReadings off', () => {
  const folder = workspaceWithStory();
  const uri = pathToFileURL(join(folder, 'stories', 'oncall.star.md')).href;
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: folder, capabilities: { workspace: { configuration: true } }, settings: { practice: { recordReadings: false } } });
    await client.open(uri, text);
    await settled(client);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a save writes no practice file', async () => {
    await editAndSave(client, uri, noResult, 2);
    expect(existsSync(join(folder, PRACTICE_FILE))).toBe(false);
  });
});
