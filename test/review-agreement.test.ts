// One reading everywhere: on every fixture, the reading the language server sends (over stdio) with the coaching
// panel's data and the preview's, its lens over the title and its title hover, is the one `star-coach check` prints
// in JSON and in its text line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { AnswerRequest, CoachingRequest, type AnswerResult, type CoachingResult } from '../server/src/protocol';
import { startClient, type TestClient } from './support/lsp-client';
import { record, writeReport } from './support/reliability-report';
import { ROOT, runCli } from './support/run-cli';

afterAll(() => writeReport('review-agreement'));

const FILES = globSync('test-fixtures/**/*.star.md', { cwd: ROOT }).sort();
const workspace = mkdtempSync(join(tmpdir(), 'star-reading-'));
let client: TestClient;
let printed = new Map<string, unknown>();
let lines = new Map<string, string>();

beforeAll(async () => {
  // From a folder outside the repository, so no .starcoach.json applies (none applies to the server's empty workspace).
  const paths = FILES.map((f) => join(ROOT, f));
  const json = runCli(['check', '--format', 'json', ...paths], workspace);
  printed = new Map((JSON.parse(json.stdout).files as Array<{ path: string; review?: unknown }>).map((f) => [resolve(workspace, f.path), f.review]));
  const text = runCli(['check', ...paths], workspace).stdout;
  lines = new Map([...text.matchAll(/^(\S+) {2}reading (.+)$/gm)].map((m) => [resolve(workspace, m[1]), m[2]]));
  client = await startClient({ root: workspace, capabilities: {} });
}, 120_000);

afterAll(async () => {
  await client.stop();
  rmSync(workspace, { recursive: true, force: true });
});

test('on every fixture, the panel’s, the preview’s, the lens’s and the hover’s reading are the one check prints', async () => {
  const wrong: string[] = [];
  let titled = 0;
  for (const file of FILES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const uri = pathToFileURL(join(workspace, file.replace(/\//g, '__'))).href;
    await client.open(uri, text);
    const panel = (await client.connection.sendRequest(CoachingRequest, { uri, position: { line: 0, character: 0 } })) as CoachingResult;
    const answer = (await client.connection.sendRequest(AnswerRequest, { uri })) as AnswerResult;
    const review = panel?.review;
    const cli = printed.get(join(ROOT, file));
    if (!review || !cli) {
      wrong.push(`${file}: no reading (${!review ? 'server' : 'CLI'})`);
      continue;
    }
    try {
      expect(review).toMatchObject(cli as object);
    } catch {
      wrong.push(`${file}: the panel's reading is not the CLI's`);
    }
    if (JSON.stringify(answer?.review) !== JSON.stringify(review)) wrong.push(`${file}: the preview's reading is not the panel's`);
    if (review.line !== lines.get(join(ROOT, file))) wrong.push(`${file}: line "${review.line}", check prints "${lines.get(join(ROOT, file))}"`);
    const { story } = analyze(text);
    const top = story.title ?? story.sections[0]?.heading;
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ range: { start: { line: number } }; command: { title: string } }>;
    const over = lenses.filter((l) => l.command.title === review.lens).map((l) => l.range.start.line);
    if (top && JSON.stringify(over) !== JSON.stringify([top.line])) wrong.push(`${file}: lens "${review.lens}" on lines ${over}, not ${top.line}`);
    if (story.title) {
      titled++;
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: story.title.line, character: 0 } })) as { contents: { value: string } } | null;
      const note = review.note.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
      if (!hover?.contents.value.startsWith(`${note}\n\n[How the reading is reached](`)) wrong.push(`${file}: the title's hover does not open with the note`);
    }
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  expect(wrong).toEqual([]);
  expect(FILES.length).toBeGreaterThan(300);
  expect(titled).toBeGreaterThan(100);
  record({ area: 'server', input: `the bar raiser's reading of every fixture (${FILES.length} stories, ${titled} with a title), from the language server over stdio`, cases: FILES.length, result: 'the panel\'s and the preview\'s reading is the one star-coach check prints in JSON, its line the one check prints in text; the lens over the title (or the first heading) gives it, and the title\'s hover opens with its note' });
}, 300_000);
