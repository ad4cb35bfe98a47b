// One rule for what is a story: the client's `isStory`, the server's `isStoryUri` and the core's `isStoryPath` agree
// on every name.
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { afterAll, describe, expect, test } from 'vitest';
import { isStory } from '../client/src/stories';
import { isStoryPath, STORY_GLOB, WATCHED_GLOB } from '../server/src/core/story-files';
import { isStoryUri } from '../server/src/lsp/stories';
import { record, writeReport } from './support/reliability-report';

afterAll(() => writeReport('story-files'));

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
