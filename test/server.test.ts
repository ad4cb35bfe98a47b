// The built language server over stdio, driven by a real JSON-RPC client: diagnostics, actions, hover, outline, completion, settings.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { RECENT_ANALYSES, RecentMap } from '../server/src/lsp/stories';
import { startClient, type TestClient } from './support/lsp-client';

const ROOT = join(__dirname, '..');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const STRONG = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const workspace = mkdtempSync(join(tmpdir(), 'star-lsp-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
const rules = (ds: Diagnostic[]) => ds.map((d) => d.code);

beforeAll(() => {
  copyFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), join(workspace, 'closed.star.md'));
  writeFileSync(join(workspace, 'notes.md'), '# Not a story\n\nWe did it.\n');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('push diagnostics (a client without pull support)', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: workspace, capabilities: { workspace: { configuration: true } } });
  });
  afterAll(() => client.stop());

  test('a weak story gets its findings, with rule id, source, docs link and fixes in data', async () => {
    await client.open(uri('weak.star.md'), WEAK);
    const { diagnostics, version } = await client.waitForDiagnostics(uri('weak.star.md'));
    expect(version).toBe(1);
    expect(rules(diagnostics)).toEqual(expect.arrayContaining(['we-language', 'assigned-work', 'routing-not-ownership', 'result-no-metric']));
    const we = diagnostics.find((d) => d.code === 'we-language')!;
    expect(we).toMatchObject({ source: 'star-coach', severity: 2, range: { start: { line: 16, character: 2 }, end: { line: 16, character: 4 } } });
    expect((we.data as { fixes: unknown[] }).fixes.length).toBeGreaterThan(0);
  });

  test('a strong story gets no warnings or errors', async () => {
    await client.open(uri('strong.star.md'), STRONG);
    const { diagnostics } = await client.waitForDiagnostics(uri('strong.star.md'));
    expect(diagnostics.filter((d) => d.severity! <= 2)).toEqual([]);
  });

  test('stories on disk that are not open appear too; other Markdown files do not', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri('closed.star.md'));
    expect(rules(diagnostics)).toContain('assigned-work');
    expect(client.published.some((p) => p.uri === uri('notes.md'))).toBe(false);
  });

  test('incremental edits: diagnostics follow each version and never go back to an old one', async () => {
    const u = uri('edit.star.md');
    await client.open(u, '## Action\n\nI fixed it.\n');
    await client.waitForDiagnostics(u, (p) => p.version === 1);
    for (let v = 2; v <= 6; v++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: u, version: v },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: v % 2 === 0 ? 'We fixed it.\n' : 'I fixed it.\n' }],
      });
    }
    const last = await client.waitForDiagnostics(u, (p) => p.version === 6);
    expect(rules(last.diagnostics)).toContain('we-language');
    const versions = client.published.filter((p) => p.uri === u).map((p) => p.version);
    expect(versions).toEqual([...versions].sort((a, b) => a! - b!));
  });

  test('a settings change applies without a restart', async () => {
    client.settings = { rules: { 'we-language': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client.waitForDiagnostics(uri('weak.star.md'), (p) => !rules(p.diagnostics).includes('we-language'));
    expect(rules(after.diagnostics)).toContain('assigned-work');
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitForDiagnostics(uri('weak.star.md'), (p) => rules(p.diagnostics).includes('we-language'));
  });
});

describe('pull diagnostics and the editor features', () => {
  let client: TestClient;
  const weak = () => uri('weak.star.md');
  beforeAll(async () => {
    client = await startClient({
      root: workspace,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
    });
    await client.open(weak(), WEAK);
  });
  afterAll(() => client.stop());

  const pull = async (u: string) => (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { items: Diagnostic[] };

  test('textDocument/diagnostic answers for an open story, workspace/diagnostic for the closed ones', async () => {
    expect(rules((await pull(weak())).items)).toContain('assigned-work');
    const ws = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string; items: Diagnostic[] }> };
    expect(ws.items.map((i) => i.uri)).toEqual([uri('closed.star.md')]);
    expect(client.published).toEqual([]); // a pull client is never pushed to
    // Asked again with the result id it got, an unchanged file is answered without a new analysis.
    const again = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: ws.items.map((i) => ({ uri: i.uri, value: (i as { resultId?: string }).resultId })) })) as { items: Array<{ kind: string }> };
    expect(again.items.map((i) => i.kind)).toEqual(['unchanged']);
  });

  test('code actions: the fixes (first preferred), disable for the line and the file', async () => {
    const diagnostic = (await pull(weak())).items.find((d) => d.code === 'we-language')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: weak() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    // Two we-language findings, but no "fix all": "we" made "I" claims what only the author knows, so it is only offered.
    expect(actions.map((a) => a.title)).toEqual(['Say it with “I”', 'Disable we-language for this line', 'Disable we-language for this file']);
    expect(actions[0].isPreferred).toBe(true);
    const edits = (actions[0].edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits;
    expect(edits.map((e) => e.newText)).toEqual(['I', '']);
    const line = (actions[1].edit!.changes![weak()])[0];
    expect(line.newText).toBe(' <!-- star-coach-disable-line we-language -->');
    const file = (actions[2].edit!.changes![weak()])[0];
    expect(file.newText).toBe('\n<!-- star-coach-disable we-language -->');
  });

  test('fix all: offered where every finding of the rule has a fix safe unattended, with every edit in one change', async () => {
    const fillers = uri('fillers.star.md');
    await client.open(fillers, STRONG.replace('- I pulled the', '- I basically pulled the').replace('- I reproduced the', '- I just reproduced the'));
    const hedges = (await pull(fillers)).items.filter((d) => d.code === 'hedging');
    expect(hedges).toHaveLength(2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: fillers }, range: hedges[0].range, context: { diagnostics: [hedges[0]] } })) as CodeAction[];
    const all = actions.find((a) => a.title === 'Fix all hedging problems in this file')!;
    expect((all.edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits.map((e) => e.newText)).toEqual(['', '']);
  });

  test('a fix with placeholders becomes a plain edit with its defaults when the client has no snippet edits', async () => {
    const diagnostic = (await pull(weak())).items.find((d) => d.code === 'result-no-metric')!;
    const [fix] = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: weak() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const text = (fix.edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits[0].newText;
    expect(text).toBe(' ‹What moved› went from ‹before› to ‹after›.');
  });

  test('hover: why a finding matters; on a heading, its time and purpose', async () => {
    const diagnostic = (await pull(weak())).items.find((d) => d.code === 'we-language')!;
    const onFinding = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: weak() }, position: diagnostic.range.start })) as Hover;
    expect((onFinding.contents as { value: string }).value).toMatch(/^\*\*we-language\*\* \(warning\)\n\n\*Why it matters:\*/);
    const actionLine = WEAK.split('\n').indexOf('## Action');
    const onHeading = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: weak() }, position: { line: actionLine, character: 4 } })) as Hover;
    expect((onHeading.contents as { value: string }).value).toMatch(/^\*\*Action\*\*: 0:\d\d spoken, target 1:30\n\nYour steps/);
  });

  test('outline: the sections under the title, each with its spoken time', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: weak() } })) as DocumentSymbol[];
    expect(symbols[0].name).toBe('Webhook drops');
    expect(symbols[0].children!.map((c) => c.name.replace(/, .*/, ''))).toEqual(['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    expect(symbols[0].children![0].name).toMatch(/^Situation, 0:\d\d of 0:30$/);
  });

  test('folding ranges and code lenses', async () => {
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: weak() } })) as Array<{ startLine: number }>;
    expect(folds.map((f) => f.startLine)).toEqual(expect.arrayContaining([0, 9, 12]));
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: weak() } })) as Array<{ command: { title: string } }>;
    expect(lenses.map((l) => l.command.title)).toContain(lenses.find((l) => /\/ 1:30 target/.test(l.command.title))!.command.title);
  });

  test('completion: section headings, front-matter values, snippets', async () => {
    const u = uri('new.star.md');
    await client.open(u, '---\nlevel: \n---\n\n## \n\nst\n');
    const at = async (line: number, character: number) => (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line, character } })) as CompletionItem[];
    expect((await at(1, 7)).map((c) => c.label)).toEqual(['sde1', 'sde2', 'senior', 'staff', 'manager']);
    expect((await at(4, 3)).map((c) => c.label).slice(0, 5)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    const snippets = await at(6, 2);
    expect(snippets.map((c) => c.label)).toContain('star');
    expect(snippets.find((c) => c.label === 'star')!.insertTextFormat).toBe(2);
  });

  test('the timing request answers for the status bar', async () => {
    const t = (await client.connection.sendRequest('starCoach/storyTiming', { uri: weak() })) as { level: string; totalSeconds: number; range: { min: number } };
    expect(t).toMatchObject({ level: 'senior', range: { min: 150 } });
    expect(t.totalSeconds).toBeGreaterThan(30);
  });

  test('requests for a closed or unknown document answer cleanly', async () => {
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('gone.star.md') }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('gone.star.md') } })).toEqual([]);
  });
});

describe('many stories open', () => {
  test('RecentMap keeps the most recently used entries and drops the oldest', () => {
    const m = new RecentMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1); // "a" is now the most recent
    m.set('c', 3);
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).toEqual([1, undefined, 3, 2]);
  });

  test('a workspace of 600 stories on disk does not hold up the open story: its diagnostics come before the pass ends', async () => {
    const big = mkdtempSync(join(tmpdir(), 'star-big-'));
    try {
      for (let i = 0; i < 600; i++) writeFileSync(join(big, `s${i}.star.md`), i % 2 ? WEAK : STRONG);
      const client = await startClient({ root: big, capabilities: {} }); // a push client: the server publishes every story
      try {
        const open = pathToFileURL(join(big, 'open.star.md')).href;
        await client.open(open, WEAK);
        await client.waitForDiagnostics(open, (p) => p.diagnostics.length > 0);
        const before = new Set(client.published.map((p) => p.uri)).size;
        // The open story came early: most of the workspace was still to be read when it arrived.
        expect(before).toBeLessThan(300);
        // And the pass still reaches every story.
        const seen = () => new Set(client.published.map((p) => p.uri)).size;
        for (let waited = 0; seen() < 601 && waited < 30000; waited += 50) await new Promise((r) => setTimeout(r, 50));
        expect(seen()).toBe(601);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });

  test('a story whose analysis fell out of the cache is answered from a fresh one', async () => {
    const client = await startClient({ root: workspace, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      const names = Array.from({ length: RECENT_ANALYSES + 8 }, (_, i) => uri(`many-${i}.star.md`));
      for (const [i, u] of names.entries()) await client.open(u, i === 0 ? WEAK : STRONG);
      for (const u of names) await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } });
      // The first story was analyzed longest ago: the cache no longer holds it, yet every answer is whole.
      const pulled = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: names[0] } })) as { items: Diagnostic[] };
      expect(rules(pulled.items)).toContain('assigned-work');
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: names[0] } })) as DocumentSymbol[];
      expect(JSON.stringify(symbols)).toMatch(/Situation.*Task.*Action.*Result/); // the sections, under the title
    } finally {
      await client.stop();
    }
  });
});

describe('.starcoach.json', () => {
  test('the workspace file sets severities, and a bad key does not stop the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-lsp-cfg-'));
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ rules: { 'assigned-work': 'hint', bogus: 'off' } }));
    const client = await startClient({ root: dir, capabilities: {} });
    try {
      const u = pathToFileURL(join(dir, 'a.star.md')).href;
      await client.open(u, WEAK);
      const { diagnostics } = await client.waitForDiagnostics(u);
      expect(diagnostics.find((d) => d.code === 'assigned-work')!.severity).toBe(4);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('ignores: the workspace pass leaves those stories out (push and pull), an open one is still coached, a change applies at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-lsp-ignores-'));
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'kept.star.md'), WEAK);
    writeFileSync(join(dir, 'archive', 'old.star.md'), WEAK);
    const config = (value: object) => writeFileSync(join(dir, '.starcoach.json'), JSON.stringify(value));
    config({ ignores: ['archive'] });
    const kept = pathToFileURL(join(dir, 'kept.star.md')).href;
    const old = pathToFileURL(join(dir, 'archive', 'old.star.md')).href;
    const push = await startClient({ root: dir, capabilities: {} });
    const pull = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      await push.waitForDiagnostics(kept, (p) => p.diagnostics.length > 0);
      // Open, the ignored story is coached; closed again, it leaves the Problems view.
      const opened = push.published.length;
      await push.open(old, WEAK);
      await push.waitForDiagnostics(old, (p) => p.diagnostics.length > 0);
      expect(push.published.slice(0, opened).filter((p) => p.uri === old)).toEqual([]);
      // Waits for a publication of `old` that comes after everything published so far.
      const next = (predicate: (count: number) => boolean) => {
        const mark = push.published.length;
        return push.waitForDiagnostics(old, (p) => push.published.indexOf(p) >= mark && predicate(p.diagnostics.length));
      };
      const last = () => push.published.filter((p) => p.uri === old).at(-1)!.diagnostics;
      let published = next((n) => n === 0);
      await push.connection.sendNotification('textDocument/didClose', { textDocument: { uri: old } });
      await published;
      await push.connection.sendRequest('starCoach/serverInfo'); // answered after whatever the close published
      expect(last()).toEqual([]);
      // Without ignores the next pass publishes it; with them again, the pass clears it.
      const changed = () => push.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.starcoach.json')).href, type: 2 }] });
      config({});
      published = next((n) => n > 0);
      await changed();
      await published;
      config({ ignores: ['archive'] });
      published = next((n) => n === 0);
      await changed();
      await published;
      // A pull client: the workspace report leaves it out, and empties what an earlier report gave it.
      type Report = { items: Array<{ uri: string; kind: string; items?: Diagnostic[] }> };
      const first = (await pull.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as Report;
      expect(first.items.map((i) => i.uri)).toEqual([kept]);
      const again = (await pull.connection.sendRequest('workspace/diagnostic', { previousResultIds: [{ uri: old, value: 'earlier' }] })) as Report;
      expect(again.items.find((i) => i.uri === old)).toMatchObject({ kind: 'full', items: [] });
    } finally {
      await push.stop();
      await pull.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
