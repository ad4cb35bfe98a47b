// Inputs that once made analysis grow faster than the text (a long paragraph of punctuation, unclosed comments, one
// huge sentence of hedges) and long flagWords lists; every time is relative to a normal story measured in this run.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { analyze, type StarCoachConfig } from '../server/src/core';
import { allSentences } from '../server/src/core/story';
import { matches } from '../server/src/core/rules/helpers';
import { rule as flaggedWords } from '../server/src/core/rules/flagged-words';
import { record, writeReport } from './support/reliability-report';

afterAll(() => writeReport('perf'));

const NORMAL = readFileSync(join(__dirname, '..', 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');

/** The median time of `runs` analyses, in milliseconds. */
function medianMs(text: string, config: StarCoachConfig = {}, runs = 1): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    analyze(text, config);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** `unit` repeated to `kib` KiB. */
const fill = (unit: string, kib: number) => unit.repeat(Math.ceil((kib * 1024) / unit.length)).slice(0, kib * 1024);

describe('no paragraph makes analysis grow faster than its text', () => {
  medianMs(NORMAL, {}, 20); // warm up
  const perChar = medianMs(NORMAL, {}, 30) / NORMAL.length;

  // The first fifteen at a size where the quadratic parse they once had took several times the bound (up to minutes);
  // the rest grew linearly from 8 to 64 KiB when probed for more such classes, and stay here so that they keep doing so.
  test.each([
    ['a paragraph of “- : = $ %” between words (the link rule read ahead for a label at every one)', 64, fill('a - b : c = d $ e % ', 64)],
    ['a paragraph of “-:=$%” alone', 64, fill('-:=$%', 64)],
    ['a pasted log with brackets, pipes, `*`, `_` and backticks', 128, fill('[INFO] 12:00:01 | worker=3 *job* _id_ `x` (ok) ', 128)],
    ['log lines with dates, `$`, `%` and `=`', 128, fill('2024-01-01 12:00:01 ERROR [main] c.x.Y - failed: code=500 $HOME 50% done\n', 128)],
    ['many `<`', 64, fill('<a ', 64)],
    ['many `&`', 64, fill('&a ', 64)],
    ['many `~`', 64, fill('~a ', 64)],
    ['many `[a](` never closed', 64, fill('[a]( ', 64)],
    ['many `<!--` never closed, opening an HTML block', 512, fill('<!-- a ', 512)],
    ['one sentence of hedges (“kind of sort of maybe”)', 128, fill('kind of sort of maybe ', 128)],
    ['one sentence of “I tried to fix it and”, a clause each', 1024, fill('I tried to fix it and ', 1024)],
    ['many `<!--` in a paragraph', 64, 'a ' + fill('<!-- a ', 64)],
    ['many `<a b="` never closed', 64, fill('<a b="c ', 64)],
    ['many `<http://` never closed', 64, fill('<http://a ', 64)],
    ['many ‘ never closed (in ‘a’ the ’ is read as part of the word)', 128, fill('‘a’ “b” ', 128)],
    ['many `[` never closed', 32, fill('[a ', 32)],
    ['many `![` never closed', 32, fill('![a ', 32)],
    ['many `]`', 32, fill('a] ', 32)],
    ['many pipes', 32, fill('a | b ', 32)],
    ['many `*`, `**` and `_`', 32, fill('*a **b _c ', 32)],
    ['backtick runs of every length', 32, fill('`a ``b ```c ', 32)],
    ['many `\\`', 32, fill('\\a ', 32)],
    ['lines of `-` and `=` under text (setext headings)', 32, fill('word\n----\nword\n====\n', 32)],
    ['one line of `-` under text', 32, 'word\n' + fill('-', 32)],
    ['one line of `=` under text', 32, 'word\n' + fill('=', 32)],
    ['lines of lazy list items', 32, fill('- a\nb\n', 32)],
    ['lines that start link definitions', 32, fill('[a\n', 32)],
    ['many short sentences', 32, fill('I fixed the bug and we shipped it. ', 32)],
    ['one sentence of “we” clauses', 32, fill('we did it and ', 32)],
    ['one sentence of passives and hand-offs', 32, fill('the fix was deployed by them and I sent it to their team and waited for them and ', 32)],
  ])('%s (%s KiB)', (name, kib, paragraph) => {
    const text = '## Action\n\n' + paragraph + '\n';
    const ms = medianMs(text);
    const bound = Math.max(2000, perChar * text.length * 25);
    record({ area: 'speed', input: `${name} (${kib} KiB)`, cases: 1, result: ms < bound ? 'within the bound' : `over the bound: ${Math.round(ms)} ms` });
    expect(ms).toBeLessThan(bound);
  });
});

describe('long flagWords lists', () => {
  const story = readFileSync(join(__dirname, '..', 'test-fixtures/rules/flagged-words/weak-2.star.md'), 'utf8');
  const flagged = (config: StarCoachConfig, text = story) => analyze(text, config).diagnostics.filter((d) => d.rule === 'flagged-words');
  /** Words no story holds: "zq" and letters, one word per number. */
  const madeUp = (n: number) => Array.from({ length: n }, (_, i) => 'zq' + i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]));
  const expected = flagged({ flagWords: ['leverage', 'synergy'] }).map((d) => [d.span, d.message]);
  medianMs(story, { flagWords: ['leverage', 'synergy'] }, 20); // warm up, the rule included

  test.each([10_000, 100_000])('%s words', (n) => {
    const flagWords = ['leverage', ...madeUp(n), 'synergy'];
    const empty = medianMs(story, {}, 15);
    // The first story with this configuration reads the list: at most what 25 analyses of the story cost per 1,000 words.
    const first = medianMs(story, { flagWords });
    // Every later one (each keystroke, each file in a folder) reuses what it read; timed in turn with an empty list, so
    // that both see the same collector and the same load, and the fastest of each compared (the least disturbed).
    const pairs = Array.from({ length: 21 }, () => [medianMs(story, {}), medianMs(story, { flagWords })]);
    const [without, later] = [0, 1].map((k) => Math.min(...pairs.map((p) => p[k])));
    const within = first < empty * 25 * (n / 1000) && later < without * 3;
    record({ area: 'speed', input: `flagWords: a list of ${n.toLocaleString('en')} words`, cases: 22, result: within ? 'within the bounds (the first story: 25 analyses per 1,000 words; later ones: 3 times an empty list); same findings' : `over the bounds: ${Math.round(first / empty)}x and ${(later / without).toFixed(1)}x an empty list` });
    expect(flagged({ flagWords }).map((d) => [d.span, d.message])).toEqual(expected);
    expect(first).toBeLessThan(empty * 25 * (n / 1000));
    expect(later).toBeLessThan(without * 3);
  });

  test('the same matches as the one pattern the rule used to build, on generated lists and stories', () => {
    // The rule's former pattern (one alternation of every word, case-insensitive, not inside a word), as the oracle.
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const oracle = (text: string, words: string[]) => {
      const { story } = analyze(text);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      return allSentences(story).flatMap((s) => [...matches(story, s, pattern)].map((m) => m.span));
    };
    const char = fc.constantFrom('a', 'b', 'A', 'é', 'É', '1', '-', '.', '+', ' ', '\t', '😀');
    const word = fc.string({ unit: char, minLength: 1, maxLength: 5 }).map((w) => w.trim()).filter((w) => w.length > 0);
    // Stories made of the listed words themselves, other characters and breaks between them.
    const listAndText = fc.array(word, { minLength: 1, maxLength: 6 }).chain((words) =>
      fc.tuple(fc.constant(words), fc.array(fc.oneof(fc.constantFrom(...words), char, fc.constantFrom(' ', '. ', '\n')), { maxLength: 30 }).map((parts) => `## Action\n\n${parts.join('')}\n`)),
    );
    let withMatches = 0;
    fc.assert(
      fc.property(listAndText, ([words, t]) => {
        const found = analyze(t, { flagWords: words }).diagnostics.filter((d) => d.rule === 'flagged-words').map((d) => d.span);
        expect(found).toEqual(oracle(t, words).sort((a, b) => a.start - b.start));
        if (found.length > 0) withMatches++;
      }),
      { seed: 20261201, numRuns: 300 },
    );
    record({ area: 'core', input: 'flagWords: generated lists and stories, against the former pattern', cases: 300, result: `the same spans (${withMatches} stories with a match)` });
    expect(withMatches).toBeGreaterThan(100);
  });

  test('a 100,000-character word is quoted short, and only where the story has it', () => {
    const word = 'x'.repeat(100_000);
    const without = analyze(story, { flagWords: [word, 'leverage'] }).diagnostics;
    const withIt = flagged({ flagWords: [word] }, story.replace('no formal leverage', `no formal ${word}`));
    const longest = Math.max(...[...without, ...withIt].map((d) => d.message.length));
    record({ area: 'core', input: 'flagWords: one word of 100,000 characters', cases: 2, result: `no notice on a story without it; found where a story has it; the longest message ${longest} characters` });
    expect(without.filter((d) => d.rule === 'flagged-words').map((d) => d.message)).toEqual(['“leverage” is on your list of words to avoid.']);
    expect(withIt).toHaveLength(1);
    expect(withIt[0].span.end - withIt[0].span.start).toBe(word.length);
    expect(longest).toBeLessThan(200);
  });

  test('a rule that fails with a 100,000-character error gets a notice of one short line', () => {
    const failing = vi.spyOn(flaggedWords, 'check').mockImplementation(() => {
      throw new Error(`Invalid regular expression: /${'x'.repeat(100_000)}/: Regular expression too large`);
    });
    try {
      const notice = analyze(story, { flagWords: ['leverage'] }).diagnostics.find((d) => d.rule === 'flagged-words')!;
      record({ area: 'core', input: 'a rule failing with a 100,000-character message', cases: 1, result: `one notice of ${notice.message.length} characters; the other rules ran` });
      expect(notice.message).toBe("Star Coach could not run flagged-words on this story because of a fault of its own; please report the fault.");
      expect(notice.message.length).toBeLessThan(200);
    } finally {
      failing.mockRestore();
    }
  });
});
