// The status bar's tooltip says each section's status as well as its time: on every fixture the language server (over
// stdio) sends each section's status, the one `star-coach check --format json` reports, and the client's status bar
// text (client/src/status-text.ts, the function the status bar item renders with) puts it on the section's line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { statusText } from '../client/src/status-text';
import { formatDuration, type TimeStatus } from '../server/src/core';
import { StoryTimingRequest, type StoryTimingResult } from '../server/src/protocol';
import { startClient, type TestClient } from './support/lsp-client';
import { record, writeReport } from './support/reliability-report';
import { ROOT, runCli } from './support/run-cli';

afterAll(() => writeReport('status-bar'));

const FILES = globSync('test-fixtures/**/*.star.md', { cwd: ROOT }).sort();
const workspace = mkdtempSync(join(tmpdir(), 'star-status-'));
let client: TestClient;
const served = new Map<string, StoryTimingResult | null>();
let reported = new Map<string, Array<{ name: string; seconds: number; targetSeconds?: number; status: TimeStatus }>>();

// The words a person reads for each status, written out here so that a change of wording shows.
const WORDS: Record<TimeStatus, string> = { within: 'within target', over: 'over target', 'over-cap': 'over the limit', empty: 'empty', short: 'short', untimed: '' };

beforeAll(async () => {
  // From a folder outside the repository, so no .starcoach.json applies (none applies to the server's empty workspace).
  const check = runCli(['check', '--format', 'json', ...FILES.map((f) => join(ROOT, f))], workspace);
  reported = new Map((JSON.parse(check.stdout).files as Array<{ path: string; timing: { sections: [] } }>).map((f) => [resolve(workspace, f.path), f.timing.sections]));
  client = await startClient({ root: workspace, capabilities: {} });
  for (const file of FILES) {
    const uri = pathToFileURL(join(workspace, file.replace(/\//g, '__'))).href;
    await client.open(uri, readFileSync(join(ROOT, file), 'utf8'));
    served.set(file, (await client.connection.sendRequest(StoryTimingRequest, { uri })) as StoryTimingResult | null);
  }
}, 300_000);

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

test('on every fixture the tooltip gives each section its time, its target and the status star-coach check reports', () => {
  const statuses = new Map<TimeStatus, number>();
  let lines = 0;
  for (const file of FILES) {
    const timing = served.get(file)!;
    const cli = reported.get(join(ROOT, file))!;
    expect(timing, file).toBeTruthy();
    expect(timing.sections.map((s) => [s.name, s.status]), file).toEqual(cli.map((s) => [s.name, s.status]));
    const tooltip = statusText(timing).tooltip.split('\n');
    expect(tooltip.length, file).toBe(cli.length + 1);
    cli.forEach((s, i) => {
      const words = WORDS[s.status];
      expect(tooltip[i + 1], `${file}: ${s.name}`).toBe(`${s.name}: ${formatDuration(s.seconds)}${s.targetSeconds ? ` / ${formatDuration(s.targetSeconds)}` : ''}${words ? `, ${words}` : ''}`);
      statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
      lines++;
    });
  }
  // Every status a section can have shows up somewhere in the fixtures.
  expect([...statuses.keys()].sort()).toEqual(['empty', 'over', 'over-cap', 'untimed', 'within']);
  record({ area: 'server', input: `the status bar's tooltip for every fixture (${FILES.length} stories), from the language server's timing over stdio`, cases: lines, result: 'each section\'s line gives its time, its target and the status star-coach check reports (within target, over target, over the limit, empty)' });
});

test('an empty section and one over its target say so in the tooltip, not only their time', () => {
  const text = statusText({
    level: 'sde2', wpm: 140, totalSeconds: 95, range: { min: 120, max: 150 },
    sections: [
      { name: 'Situation', kind: 'situation', seconds: 41, targetSeconds: 30, status: 'over', statusText: 'over target' },
      { name: 'Task', kind: 'task', seconds: 0, targetSeconds: 20, status: 'empty', statusText: 'empty' },
      { name: 'Follow-ups', kind: 'followups', seconds: 0, status: 'untimed', statusText: '' },
    ],
  });
  expect(text.tooltip).toBe('Spoken at 140 words a minute. sde2 answers run 2:00–2:30.\nSituation: 0:41 / 0:30, over target\nTask: 0:00 / 0:20, empty\nFollow-ups: 0:00');
});
