// What missing-scope-boundary hears as the work being outside the author's remit, in a Task of an Ownership story.
// Every entry of BOUNDARY_ENTRIES (rules/missing-scope-boundary.ts) is run here: its own phrase matches each sentence
// it flags, the rule hears each as a boundary, and none of its near misses; the rows after them are classes of
// sentence found on blind sets.
import { describe, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { BOUNDARY_ENTRIES, spellOutNegations } from '../server/src/core/rules/missing-scope-boundary';

const heard = (sentence: string) => !analyze(`---\ncompetencies: [Ownership]\n---\n## Task\n${sentence}\n`).diagnostics.some((d) => d.rule === 'missing-scope-boundary');

describe('the boundary entries', () => {
  test('no entry is written twice, and each has examples both ways', () => {
    const patterns = BOUNDARY_ENTRIES.map((e) => e.pattern);
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
    for (const e of BOUNDARY_ENTRIES) {
      expect(e.flags.length, e.pattern).toBeGreaterThan(0);
      expect(e.allows.length, e.pattern).toBeGreaterThan(0);
    }
  });

  test.each(BOUNDARY_ENTRIES.flatMap((e) => e.flags.map((s) => [s, e.pattern])))('heard: %s', (sentence, pattern) => {
    expect(new RegExp(pattern).test(spellOutNegations(sentence.toLowerCase())), 'its own entry matches it').toBe(true);
    expect(heard(sentence)).toBe(true);
  });

  test.each(BOUNDARY_ENTRIES.flatMap((e) => e.allows))('not heard: %s', (sentence) => {
    expect(heard(sentence)).toBe(false);
  });
});

test.each([
  ['The kiosks and their sync job belonged to the port operations systems group.', true],
  ['The export belonged to the data platform team.', true],
  ['The gap sat on nobody\'s backlog.', true],
  ['It was on no team\'s roadmap.', true],
  ['The kiosks belonged to my group.', false],
  ['I added the gap to my backlog.', false],
])('%s: a boundary heard: %s', (sentence, yes) => expect(heard(sentence)).toBe(yes));
