// The unified diff `--fix-dry-run` prints, applied by the tools people apply diffs with (GNU patch, git apply) to
// generated texts: line ends of every kind, a last line with no line break, names with spaces, a change too big to search.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { unifiedDiff } from '../server/src/cli/format/diff';

const dir = mkdtempSync(join(tmpdir(), 'star-fix-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `before` as `name`, applies the diff with `tool`, and returns what the file then holds. */
function apply(tool: 'patch' | 'git', name: string, before: string, diff: string): { status: number | null; stderr: string; text: string } {
  writeFileSync(join(dir, name), before);
  writeFileSync(join(dir, 'change.diff'), diff);
  const r = tool === 'patch'
    ? spawnSync('patch', ['-p0', '--batch', '--silent', '--no-backup-if-mismatch', '-i', 'change.diff'], { cwd: dir, encoding: 'utf8' })
    : spawnSync('git', ['apply', '-p0', '--unsafe-paths', '--whitespace=nowarn', 'change.diff'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, text: readFileSync(join(dir, name), 'utf8') };
}

const line = fc.constantFrom('We shipped it.', 'I think so.', '', '## Action', '- a step', '  indented', 'é ü ‹x›', 'tail', '\\ backslash');
const eol = fc.constantFrom('\n', '\r\n', '\r\n', '\n', '\r');
const text = fc.array(fc.tuple(line, eol), { maxLength: 25 }).chain((ls) =>
  fc.tuple(fc.constant(ls.map(([l, e]) => l + e).join('')), fc.constantFrom('', 'no line break at the end')).map(([t, last]) => t + last),
);
/** A text and a changed one: lines edited, dropped or added here and there. */
const pair = text.chain((before) =>
  fc.array(fc.tuple(fc.constantFrom('keep', 'keep', 'keep', 'edit', 'drop', 'add'), line, eol), { minLength: before.split('\n').length, maxLength: before.split('\n').length }).map((ops) => {
    const parts = before.split('\n');
    const after = parts.flatMap((p, i) => {
      const [op, l, e] = ops[i];
      return op === 'keep' ? [p] : op === 'edit' ? [`${p} (edited)`] : op === 'drop' ? [] : [p, l + e.replace('\n', '')];
    });
    return [before, after.join('\n')] as const;
  }),
);

describe('unifiedDiff', () => {
  for (const tool of ['patch', 'git'] as const) {
    test(`${tool} turns the old text into the new, for every generated pair`, () => {
      expect(spawnSync(tool, ['--version']).status, `${tool} is installed`).toBe(0);
      fc.assert(
        fc.property(pair, fc.constantFrom('story.star.md', 'my story.star.md'), ([before, after], name) => {
          const diff = unifiedDiff(name, before, after);
          if (before === after) return diff === '';
          const r = apply(tool, name, before, diff);
          expect({ status: r.status, stderr: r.stderr, same: r.text === after }).toEqual({ status: 0, stderr: '', same: true });
        }),
        { seed: 16, numRuns: 120 },
      );
    });
  }

  test('gives a change too big to search as the middle removed and added whole, still correct', () => {
    const before = Array.from({ length: 1500 }, (_, i) => `line ${i}\n`).join('');
    const after = Array.from({ length: 1500 }, (_, i) => (i % 2 ? `line ${i}\n` : `changed ${i}\n`)).join('');
    const diff = unifiedDiff('big.star.md', before, after);
    expect(diff).toMatch(/^@@ -1,1500 \+1,1500 @@$/m);
    // A shortest diff removes the 750 changed lines; past the search's bound all 1,499 before the last go.
    expect(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length).toBe(1499);
    expect(apply('patch', 'big.star.md', before, diff).text).toBe(after);
  });

  test('the smallest change gets the smallest hunk, as diff -u writes it', () => {
    expect(unifiedDiff('s.star.md', 'a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nd\nE\nf\ng\nh\n')).toBe('--- s.star.md\n+++ s.star.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
    expect(unifiedDiff('s.star.md', 'a', 'b')).toBe('--- s.star.md\n+++ s.star.md\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n');
    expect(unifiedDiff('s.star.md', '', 'a\n')).toBe('--- s.star.md\n+++ s.star.md\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('s.star.md', 'same\n', 'same\n')).toBe('');
    // Each hunk's new start counts the lines added and removed before it (GNU diff 3's output for the same pair).
    const numbered = (n: number[]) => n.map((i) => `line ${i}\n`).join('');
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const after = `${numbered([1, 2])}x\n${numbered(range(3, 17))}line 18b\n${numbered([19, 20])}`;
    expect(unifiedDiff('s.star.md', numbered(range(1, 20)), after)).toBe(
      '--- s.star.md\n+++ s.star.md\n@@ -1,5 +1,6 @@\n line 1\n line 2\n+x\n line 3\n line 4\n line 5\n@@ -15,6 +16,6 @@\n line 15\n line 16\n line 17\n-line 18\n+line 18b\n line 19\n line 20\n',
    );
  });
});
