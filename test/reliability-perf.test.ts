// Inputs that once made analysis grow faster than the text (a long paragraph of punctuation, unclosed comments, one
// huge sentence of hedges); every time is relative to a normal story measured in this run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze, type StarCoachConfig } from '../server/src/core';
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

  // Each class at a size where the quadratic parse it once had took several times the bound; the rest were probed at
  // 8 to 64 KiB and grew linearly, and stay here so that they keep doing so.
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
    ['many `[` never closed', 64, fill('[a ', 64)],
    ['many `![` never closed', 64, fill('![a ', 64)],
    ['many `]`', 64, fill('a] ', 64)],
    ['many `|`', 64, fill('a | b ', 64)],
    ['many `*`, `**` and `_`', 64, fill('*a **b _c ', 64)],
    ['backtick runs of every length', 64, fill('`a ``b ```c ', 64)],
    ['many `<!--` in a paragraph', 64, 'a ' + fill('<!-- a ', 64)],
    ['many `<a b="` never closed', 64, fill('<a b="c ', 64)],
    ['many `<http://` never closed', 64, fill('<http://a ', 64)],
    ['many `\\`', 64, fill('\\a ', 64)],
    ['lines of `-` and `=` under text (setext headings)', 64, fill('word\n----\nword\n====\n', 64)],
    ['a 64 KiB line of `-` under text', 64, 'word\n' + fill('-', 64)],
    ['a 64 KiB line of `=` under text', 64, 'word\n' + fill('=', 64)],
    ['lines of lazy list items', 64, fill('- a\nb\n', 64)],
    ['lines that start link definitions', 64, fill('[a\n', 64)],
    ['many short sentences', 64, fill('I fixed the bug and we shipped it. ', 64)],
    ['one sentence of “we” clauses', 64, fill('we did it and ', 64)],
    ['one sentence of passives and hand-offs', 64, fill('the fix was deployed by them and I sent it to their team and waited for them and ', 64)],
  ])('%s (%s KiB)', (name, kib, paragraph) => {
    const text = '## Action\n\n' + paragraph + '\n';
    const ms = medianMs(text);
    const bound = Math.max(2000, perChar * text.length * 25);
    record({ area: 'speed', input: `${name} (${kib} KiB)`, cases: 1, result: ms < bound ? 'within the bound' : `over the bound: ${Math.round(ms)} ms` });
    expect(ms).toBeLessThan(bound);
  });
});
