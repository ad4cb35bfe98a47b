// The server's workspace model (server/src/lsp/workspace.ts) on real files: every story's analysis and reading for a
// view over the whole workspace (what the story bank will read), what it is told when a story changes, and push and
// pull giving the same findings from one pass.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, readingView } from '../server/src/core';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { Workspace, type StoryChange, type WorkspaceOutput } from '../server/src/lsp/workspace';
import { runCli } from './support/run-cli';

// The rule pages are bundled by esbuild; here a finding simply has no page to link.
vi.mock('star-coach:rule-docs', () => ({ default: {} }));

const ROOT = join(__dirname, '..');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const STRONG = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'star-workspace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(join(dir, 'team'));
mkdirSync(join(dir, 'drafts'));
writeFileSync(join(dir, 'weak.star.md'), WEAK);
writeFileSync(join(dir, 'team', 'Strong.STAR.MD'), STRONG);
writeFileSync(join(dir, 'drafts', 'draft.star.md'), WEAK);
writeFileSync(join(dir, 'notes.md'), '# Not a story\n');
writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: ['drafts'], rules: { 'hedging': 'error' } }));
const uri = (name: string) => pathToFileURL(join(dir, name)).href;

/** A workspace over `dir` with the documents in `open`, and what it says to the client. */
function workspaceOver(open: TextDocument[], pull: boolean) {
  const docs = new Map(open.map((d) => [d.uri, d]));
  const published = new Map<string, Diagnostic[]>();
  const said: string[] = [];
  let pulls = 0;
  const out: WorkspaceOutput = { publish: (u, d) => published.set(u, d), pullAgain: () => pulls++, warn: (m) => said.push(m), log: (m) => said.push(m) };
  const workspace = new Workspace({ get: (u) => docs.get(u), all: () => [...docs.values()] }, out);
  workspace.pull = pull;
  workspace.setFolders([pathToFileURL(dir).href]);
  workspace.settings = DEFAULT_SETTINGS;
  workspace.loadConfigFile();
  return { workspace, published, said, pulls: () => pulls, docs };
}

describe('every story of the workspace, for a view over all of them', () => {
  test('the stories the CLI checks, each with the analysis and the reading star-coach check gives it; an open story as its text now is', async () => {
    const edited = TextDocument.create(uri('weak.star.md'), 'markdown', 3, STRONG);
    const { workspace } = workspaceOver([edited], true);
    const stories = await workspace.stories();

    const cli = JSON.parse(runCli(['check', '.', '--format', 'json'], dir).stdout) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; severity: string }>; review: unknown }> };
    expect([...stories.keys()].sort()).toEqual(cli.files.map((f) => join(dir, f.path)).sort());
    expect([...stories.keys()].sort()).toEqual([join(dir, 'team', 'Strong.STAR.MD'), join(dir, 'weak.star.md')]);

    // On disk: what the CLI found, with .starcoach.json applied (hedging raised to an error).
    const strong = stories.get(join(dir, 'team', 'Strong.STAR.MD'))!;
    const onDisk = cli.files.find((f) => f.path.endsWith('Strong.STAR.MD'))!;
    expect(strong.uri).toBe(uri('team/Strong.STAR.MD'));
    expect(strong.analysis.diagnostics.map((d) => `${d.rule}:${d.severity}`)).toEqual(onDisk.diagnostics.map((d) => `${d.rule}:${d.severity}`));
    expect(strong.reading()).toEqual(readingView(analyze(STRONG, { ignores: ['drafts'], rules: { hedging: 'error' } })));
    // The reading is computed once and kept with its analysis.
    expect(strong.reading()).toBe(strong.reading());

    // Open: the editor's text wins over the file's.
    const weak = stories.get(join(dir, 'weak.star.md'))!;
    expect(weak.analysis).toBe(workspace.analysis(edited));
    expect(weak.reading()?.verdict).toBe(strong.reading()?.verdict);
    expect(weak.reading()?.verdict).not.toBe(readingView(analyze(WEAK)).verdict);
  });

  test('it is told which story changed: an edit, a close, a file saved on disk; and that all did, when .starcoach.json changes', () => {
    const doc = TextDocument.create(uri('weak.star.md'), 'markdown', 1, WEAK);
    const { workspace, docs } = workspaceOver([doc], false);
    const heard: StoryChange[] = [];
    const stop = workspace.onChange((c) => heard.push(c));
    workspace.documentChanged(doc);
    workspace.documentChanged(TextDocument.create(uri('notes.md'), 'markdown', 1, '# notes'));
    docs.delete(doc.uri);
    workspace.documentClosed(doc);
    workspace.filesChanged([uri('team/Strong.STAR.MD'), uri('notes.md')]);
    workspace.filesChanged([uri('.starcoach.json')]);
    stop();
    workspace.documentChanged(doc);
    expect(heard).toEqual([
      { kind: 'story', uri: uri('weak.star.md') },
      { kind: 'story', uri: uri('weak.star.md') },
      { kind: 'story', uri: uri('team/Strong.STAR.MD') },
      { kind: 'all' },
    ]);
  });
});

describe('push and pull, one pass', () => {
  test('a push client is sent, for each story on disk, the findings a pull client is answered with', async () => {
    const push = workspaceOver([], false);
    await push.workspace.publishWorkspace();
    const pull = workspaceOver([], true);
    const items = await pull.workspace.pullWorkspace(new Map(), () => false);
    const pulled = new Map(items.map((i) => [i.uri, 'items' in i ? i.items : []]));
    expect([...push.published.keys()].sort()).toEqual([uri('team/Strong.STAR.MD'), uri('weak.star.md')]);
    expect([...pulled.keys()].sort()).toEqual([...push.published.keys()].sort());
    for (const [u, diagnostics] of push.published) expect(pulled.get(u), u).toEqual(diagnostics);
    expect(push.published.get(uri('weak.star.md'))!.some((d) => d.code === 'hedging' && d.severity === 1)).toBe(true);

    // The next pull names the unchanged files as such, and empties a story that is now left out.
    const again = await pull.workspace.pullWorkspace(new Map([...items.map((i) => [i.uri, (i as { resultId?: string }).resultId!] as [string, string]), [uri('drafts/draft.star.md'), 'earlier']]), () => false);
    expect(again.map((i) => `${i.uri.slice(pathToFileURL(dir).href.length + 1)} ${i.kind}${'items' in i ? ` ${i.items.length}` : ''}`).sort()).toEqual(['drafts/draft.star.md full 0', 'team/Strong.STAR.MD unchanged', 'weak.star.md unchanged']);
  });
});
