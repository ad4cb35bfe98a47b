// A workspace of more stories than the server keeps full analyses of (RECENT_ANALYSES): the Problems view's pass and
// the story bank's reading analyze each story once between them, in either order, and what each shows is what it
// would show alone. Before, each analyzed every story again (the cache had let the first pass's analyses go), so a
// workspace of 500 stories was analyzed twice while its author began to type.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import * as core from '../server/src/core';
import { WorkspaceBank } from '../server/src/lsp/bank';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { RECENT_ANALYSES } from '../server/src/lsp/stories';
import { Workspace } from '../server/src/lsp/workspace';

vi.mock('star-coach:rule-docs', () => ({ default: {} }));
const analyzed: string[] = [];
vi.mock('../server/src/core', async (original) => {
  const real = await original<typeof core>();
  return { ...real, analyze: (text: string, config: core.StarCoachConfig) => (analyzed.push(/^# (.*)$/m.exec(text)?.[1] ?? ''), real.analyze(text, config)) };
});

const ROOT = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'star-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const STORIES = RECENT_ANALYSES + 16;
const sources = readdirSync(join(ROOT, 'test-fixtures', 'stories')).filter((f) => f.endsWith('.star.md')).map((f) => readFileSync(join(ROOT, 'test-fixtures', 'stories', f), 'utf8'));
for (let i = 0; i < STORIES; i++) writeFileSync(join(dir, `s${String(i).padStart(3, '0')}.star.md`), sources[i % sources.length].replace(/^# .*$/m, `# Story ${i}`));
cpSync(join(ROOT, 'test-fixtures', 'bank', 'voltline'), join(dir, 'voltline'), { recursive: true });

function workspaceOver() {
  const published = new Map<string, Diagnostic[]>();
  const workspace = new Workspace({ get: () => undefined, all: () => [] }, { publish: (u, d) => published.set(u, d), pullAgain() {}, warn() {}, log() {} });
  workspace.pull = false;
  workspace.setFolders([pathToFileURL(dir).href]);
  workspace.settings = DEFAULT_SETTINGS;
  workspace.loadConfigFile();
  const bank = new WorkspaceBank(workspace, { changed() {}, publish() {} });
  return { workspace, published, bank };
}

const titles = () => analyzed.filter((t) => t.startsWith('Story ')).sort();
const once = Array.from({ length: STORIES }, (_, i) => `Story ${i}`).sort();

describe('the Problems view and the bank read each story once between them', () => {
  test.each(['problems first', 'bank first'])('%s', async (order) => {
    analyzed.length = 0;
    const { workspace, published, bank } = workspaceOver();
    if (order === 'problems first') {
      await workspace.publishWorkspace();
      await bank.result();
    } else {
      await bank.result();
      await workspace.publishWorkspace();
    }
    expect(titles()).toEqual(once);
    const b = (await bank.result()).bank;
    bank.dispose();
    expect(b.stories.length).toBe(STORIES + readdirSync(join(dir, 'voltline')).filter((f) => f.endsWith('.star.md')).length);
    expect(published.size).toBe(b.stories.length);

    // What each shows is what it shows with no other pass before it (the CLI's reading of the same files).
    const alone = workspaceOver();
    const fresh = (await alone.bank.result()).bank;
    alone.bank.dispose();
    expect(b).toEqual(fresh);
    const again = workspaceOver();
    await again.workspace.publishWorkspace();
    again.bank.dispose();
    // (the bank's own conflicts aside: the pass alone has no bank reading to add them from)
    const own = (m: Map<string, Diagnostic[]>) => new Map([...m].map(([u, d]) => [u, d.filter((x) => x.code !== 'bank-conflict')]));
    expect(own(published)).toEqual(own(again.published));
    expect([...published.values()].flat().length).toBeGreaterThan(STORIES);
    // A story with a title its text gives, and one the bank names by its file.
    expect(b.stories.find((s) => s.path === 's000.star.md')?.title).toBe('Story 0');
  });
});
