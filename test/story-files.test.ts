// One rule for what is a story, and one walk for where stories are: the client's `isStory`, the server's `isStoryUri`
// and the core's `isStoryPath` agree on every name, and the CLI (`star-coach check DIR --format json`, a real process)
// and the language server (workspace diagnostics over stdio) find the same stories in the same folder tree, up to and
// past the cap.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { afterAll, describe, expect, test } from 'vitest';
import { isStory } from '../client/src/stories';
import { isStoryPath, STORY_GLOB, WATCHED_GLOB } from '../server/src/core/story-files';
import { MAX_STORIES_FOUND, storiesUnder } from '../server/src/fsio';
import { isStoryUri } from '../server/src/lsp/stories';
import { startClient } from './support/lsp-client';
import { record, writeReport } from './support/reliability-report';
import { runCli } from './support/run-cli';

const STORY = '## Action\n\nI fixed the webhook retries myself.\n';
const made: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  writeReport('story-files');
});

/** A name, and whether it is a story by the rule: it ends in `.star.md`, in any case. */
const NAMES: Array<[string, boolean]> = [
  ['webhook.star.md', true],
  ['A.STAR.MD', true],
  ['Mixed.Star.Md', true],
  ['two words.star.md', true],
  ['x.star.md.bak', false],
  ['x.star.mdx', false],
  ['x.star', false],
  ['notes.md', false],
  ['star.md', false],
  ['xstar.md', false],
  // hidden: a story by name, coached when opened; no walk looks for it (see below)
  ['.star.md', true],
  ['.draft.star.md', true],
];

describe('what is a story', () => {
  test('the client, the server and the core give every name the same answer', () => {
    const answers = NAMES.map(([name]) => {
      const path = `/work/bank/${name}`;
      return {
        name,
        core: isStoryPath(path),
        server: isStoryUri(pathToFileURL(path).href),
        client: isStory({ uri: { scheme: 'file', path } as never }),
        untitled: isStory({ uri: { scheme: 'untitled', path } as never }),
      };
    });
    expect(answers).toEqual(NAMES.map(([name, story]) => ({ name, core: story, server: story, client: story, untitled: story })));
    record({ area: 'core', input: `${NAMES.length} file names (A.STAR.MD, x.star.md.bak, .star.md, notes.md, …)`, cases: NAMES.length, result: 'the client, the server and the core say alike which are stories' });
  });

  test('only a name is judged: a folder above named like a story, a query-like tail, a Windows path', () => {
    expect(isStoryPath('/bank/x.star.md/notes.md')).toBe(false);
    expect(isStoryPath('/bank/x.star.md/')).toBe(false);
    expect(isStoryPath('C:\\bank\\Webhook.STAR.md')).toBe(true);
    expect(isStoryUri(pathToFileURL('/bank/a%20b.star.md').href)).toBe(true);
    expect(isStory({ uri: { scheme: 'output', path: '/bank/x.star.md' } as never })).toBe(false);
  });

  test("the client's globs (document selector, file search, watcher) take the names the rule takes", () => {
    const selector = picomatch(STORY_GLOB, { dot: true });
    const watcher = picomatch(WATCHED_GLOB, { dot: true });
    for (const [name, story] of NAMES) {
      expect(selector(`bank/${name}`), name).toBe(story);
      expect(watcher(`bank/${name}`), name).toBe(story);
    }
    expect(watcher('bank/.starcoach.json')).toBe(true);
  });
});

/** The stories the CLI checks in `dir`, as paths relative to it. */
function cliStories(dir: string): string[] {
  const r = runCli(['check', '.', '--format', 'json'], dir);
  expect(r.stderr.split('\n').filter((l) => l && !l.includes('stopped looking'))).toEqual([]);
  return (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path).sort();
}

/** The stories the language server reports in a workspace pull of `dir`, as paths relative to it. */
async function serverStories(dir: string): Promise<string[]> {
  const client = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: {} } } });
  try {
    const report = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string }> };
    return report.items.map((i) => fileURLToPath(i.uri).slice(dir.length + 1)).sort();
  } finally {
    await client.stop();
  }
}

describe('where stories are: one walk for the CLI and the server', () => {
  test('a folder tree gives both the same stories: names in any case, symbolic links, hidden names, node_modules, a folder named like a story, ignores', async () => {
    const dir = scratch('star-walk-');
    const outside = scratch('star-walk-outside-');
    writeFileSync(join(outside, 'linked.star.md'), STORY);
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'behind-a-link.star.md'), STORY);
    for (const [name] of NAMES) writeFileSync(join(dir, name), STORY);
    mkdirSync(join(dir, 'x.star.md'));
    writeFileSync(join(dir, 'x.star.md', 'inside.star.md'), STORY);
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'vendored.star.md'), STORY);
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'hidden.star.md'), STORY);
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'left-out.star.md'), STORY);
    mkdirSync(join(dir, 'deep', 'er'), { recursive: true });
    writeFileSync(join(dir, 'deep', 'er', 'Deeper.Star.MD'), STORY);
    // The CLI's rule, now the server's too: a link named like a story is a story (read as what it names); a link to a
    // folder is not followed.
    symlinkSync(join(outside, 'linked.star.md'), join(dir, 'link.star.md'));
    symlinkSync(join(outside, 'folder'), join(dir, 'linked-folder'));
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: ['drafts'] }));

    const expected = ['A.STAR.MD', 'Mixed.Star.Md', `deep${sep}er${sep}Deeper.Star.MD`, 'link.star.md', 'two words.star.md', 'webhook.star.md', `x.star.md${sep}inside.star.md`].sort();
    expect(cliStories(dir)).toEqual(expected);
    expect(await serverStories(dir)).toEqual(expected);
    record({ area: 'server', input: 'one folder tree (case, links, hidden names, node_modules, a folder named like a story, ignores), walked by the CLI and the server', cases: NAMES.length + 8, result: 'the same stories' });
  });

  test(`past the cap, both keep the same first ${MAX_STORIES_FOUND.toLocaleString('en-US')}: name order, folder by folder`, { timeout: 120_000 }, async () => {
    // Files made in an order that is not their names' order, in two folders: the disk's own order is not the walk's.
    const dir = scratch('star-walk-cap-');
    for (const folder of ['b', 'a']) mkdirSync(join(dir, folder));
    for (let i = MAX_STORIES_FOUND + 40; i > 0; i--) writeFileSync(join(dir, i % 2 ? 'a' : 'b', `s-${(i * 7919) % 100_003}.star.md`), '');
    const walked = [...storiesUnder([dir])].map((p) => p.slice(dir.length + 1));
    expect(walked).toHaveLength(MAX_STORIES_FOUND);
    expect(walked.slice(0, 3)).toEqual([...walked.slice(0, 3)].sort((x, y) => x.localeCompare(y)));
    const cli = cliStories(dir);
    expect(cli).toEqual([...walked].sort());
    expect(await serverStories(dir)).toEqual(cli);
    record({ area: 'server', input: `${MAX_STORIES_FOUND + 40} stories in two folders, walked by the CLI and the server`, cases: 1, result: `the same first ${MAX_STORIES_FOUND}` });
  });
});
