// The story bank in the language server, over stdio with a real JSON-RPC client: the bank request gives what
// `star-coach bank --format json` prints for the same folder; an edit to one story changes the bank and the server
// says so; the conflict between two stories reaches both stories' diagnostics (push and pull), the gaps reach
// `.starcoach.json`, and only the story that changed is read again.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { BankChangedNotification, BankRequest, mergeBank, type BankResult } from '../server/src/protocol';
import { WorkspaceBank } from '../server/src/lsp/bank';
import { Workspace } from '../server/src/lsp/workspace';
import { startClient, until, type TestClient } from './support/lsp-client';
import { ROOT, runCli } from './support/run-cli';

// The server's own rule pages come from its bundle; in this process there are none to give.
vi.mock('star-coach:rule-docs', () => ({ default: {} }));

const folder = mkdtempSync(join(tmpdir(), 'star-bank-'));
cpSync(join(ROOT, 'test-fixtures', 'bank', 'voltline'), folder, { recursive: true });
for (const f of ['r05.star.md', 'r11.star.md', 'r19.star.md']) cpSync(join(ROOT, 'test-fixtures', 'review', 'blind-r1', f), join(folder, f));
writeFileSync(join(folder, '.starcoach.json'), JSON.stringify({ loop: 'generic' }));
const uri = (name: string) => pathToFileURL(join(folder, name)).href;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a push client', () => {
  let client: TestClient;
  let notices = 0;
  const ask = () => client.connection.sendRequest(BankRequest) as Promise<BankResult | null>;
  beforeAll(async () => {
    client = await startClient({ root: folder, capabilities: { workspace: { configuration: true } } });
    client.connection.onNotification(BankChangedNotification, () => {
      notices++;
    });
  });
  afterAll(() => client.stop());

  test('the bank is the one the CLI prints for the folder, with a file URI for every story', async () => {
    const result = (await until(ask, (r) => r !== null))!;
    const printed = JSON.parse(runCli(['bank', '.', '--format', 'json'], folder).stdout);
    expect(result.bank).toEqual(printed);
    expect(Object.keys(result.uris).sort()).toEqual(result.bank.stories.map((s) => s.path).sort());
    for (const [path, u] of Object.entries(result.uris)) expect(u).toBe(uri(path));
    expect(result.configUri).toBe(uri('.starcoach.json'));
  });

  test('the conflict is on both stories, at the figures, and the gaps on .starcoach.json', async () => {
    for (const [name, figure] of [['tester.star.md', /4\.2% to 0\.3%/], ['rollout.star.md', /4\.2% to 0\.8%/]] as const) {
      const p = await client.waitForDiagnostics(uri(name), (p) => p.diagnostics.some((d) => d.code === 'bank-conflict'));
      const d = p.diagnostics.find((x) => x.code === 'bank-conflict')!;
      const line = readFileSync(join(folder, name), 'utf8').split('\n')[d.range.start.line];
      expect(line.slice(d.range.start.character, d.range.end.character)).toMatch(figure);
      expect(d.message).toContain('Interviewers compare notes');
      expect(p.diagnostics.some((x) => x.code !== 'bank-conflict')).toBe(true); // the story's own findings stay
    }
    const gaps = await client.waitForDiagnostics(uri('.starcoach.json'), (p) => p.diagnostics.length > 0);
    expect(gaps.diagnostics.every((d) => d.code === 'bank-gap' && String(d.message).startsWith('No story reads Hire or better for '))).toBe(true);
  });

  test('an edit that makes the figures agree ends the conflict on both, and the server says the bank changed', async () => {
    const before = notices;
    const text = readFileSync(join(folder, 'rollout.star.md'), 'utf8');
    await client.open(uri('rollout.star.md'), text.replace('4.2% to 0.8%', '4.2% to 0.3%'));
    const result = (await until(ask, (r) => r!.bank.conflicts.length === 0))!;
    expect(result.bank.conflicts).toEqual([]);
    expect(await until(async () => notices, (n) => n > before)).toBeGreaterThan(before);
    await client.waitForDiagnostics(uri('tester.star.md'), (p) => !p.diagnostics.some((d) => d.code === 'bank-conflict'));
    await client.waitForDiagnostics(uri('rollout.star.md'), (p) => !p.diagnostics.some((d) => d.code === 'bank-conflict'));
  });

  test('an edit to one story changes only its row', async () => {
    const first = (await ask())!;
    const before = notices;
    const text = readFileSync(join(folder, 'kafka.star.md'), 'utf8');
    await client.open(uri('kafka.star.md'), text.replace('## Result', '## Outcome notes'));
    const kafka = (r: BankResult | null) => JSON.stringify(r!.bank.stories.find((s) => s.path === 'kafka.star.md'));
    const second = (await until(ask, (r) => kafka(r) !== kafka(first)))!;
    expect(await until(async () => notices, (n) => n > before)).toBeGreaterThan(before);
    const changed = second.bank.stories.filter((s) => JSON.stringify(s) !== JSON.stringify(first.bank.stories.find((f) => f.path === s.path)));
    expect(changed.map((s) => s.path)).toEqual(['kafka.star.md']);
  });

  test('asked for what changed since the bank it holds, the client gets one row after an edit, and merges it into the whole bank', async () => {
    const held = (await ask())!;
    const since = (s: number) => client.connection.sendRequest(BankRequest, { since: s }) as Promise<BankResult>;
    // Nothing changed: no row at all, every path in order.
    const same = await since(held.generation);
    expect(same.bank.stories).toEqual([]);
    expect(same.order).toEqual(held.bank.stories.map((s) => s.path));
    expect(mergeBank(held, same)).toEqual(held);

    const text = readFileSync(join(folder, 'r05.star.md'), 'utf8');
    await client.open(uri('r05.star.md'), text.replace('## Result', '## Result\n\nWe shipped it.\n'));
    const delta = (await until(() => since(held.generation), (r) => r.generation !== held.generation))!;
    expect(delta.since).toBe(held.generation);
    expect(delta.bank.stories.map((s) => s.path)).toEqual(['r05.star.md']);
    const whole = (await ask())!;
    expect(whole.generation).toBe(delta.generation);
    expect(mergeBank(held, delta)).toEqual(whole);
    // A reading the client does not hold, or one the server never made: the whole bank, or a merge that says it cannot.
    expect(mergeBank(whole, delta)).toBeUndefined();
    const unknown = await since(-1);
    expect(unknown.since).toBeUndefined();
    expect(unknown.bank.stories.length).toBe(whole.bank.stories.length);
  });
});

describe('in the server\'s process', () => {
  test('a story saved on disk is the only one read again: the others keep what the bank read of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-bank-count-'));
    try {
      cpSync(join(ROOT, 'test-fixtures', 'bank', 'voltline'), dir, { recursive: true });
      const ws = new Workspace({ get: () => undefined, all: () => [] }, { publish() {}, pullAgain() {}, warn() {}, log() {} });
      ws.setFolders([pathToFileURL(dir).href]);
      const read: string[] = [];
      const list = ws.listStories.bind(ws);
      ws.listStories = async (stop) => (await list(stop)).map((s) => ({ ...s, entry: () => (read.push(s.uri.split("/").pop()!), s.entry()) }));
      let changed = 0;
      const bank = new WorkspaceBank(ws, { changed: () => changed++, publish() {} });
      await bank.result();
      expect(read.sort()).toEqual(['kafka.star.md', 'rollout.star.md', 'tester.star.md']);
      read.length = 0;
      const file = join(dir, 'kafka.star.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('## Result', '## Outcome'));
      ws.filesChanged([pathToFileURL(file).href]);
      await until(async () => changed, (n) => n > 0);
      expect(read).toEqual(['kafka.star.md']);
      bank.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a pull client', () => {
  test('the conflict comes in the workspace report of both stories', async () => {
    const client = await startClient({ root: folder, capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } } });
    try {
      const report = await until(
        async () => (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string; items?: Array<{ code?: string }> }> },
        (r) => r.items.filter((i) => i.items?.some((d) => d.code === 'bank-conflict')).length === 2,
      );
      expect(report.items.filter((i) => i.items?.some((d) => d.code === 'bank-conflict')).map((i) => i.uri).sort()).toEqual([uri('rollout.star.md'), uri('tester.star.md')]);
    } finally {
      await client.stop();
    }
  });
});
