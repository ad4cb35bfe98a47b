// Stories the rules were not written against, scored against what their writers expected (test-fixtures/blind/):
// sets written blind from the seeds and the catalog (set-a before the rules were tuned on it, set-b after set-a's
// tuning, set-c after set-b's, set-d after set-c's, set-e after set-d's, competencies/ after set-e's: a strong and a weak story per competency; set-f after all of those), and published answers quoted from the web (published/,
// published-2/ to published-5/, sources in their SOURCES.md).
// Each floor sits a little under the figure the set gave when it was added, so a change that costs findings fails here.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from './support/fixtures';
import { scoreFixtures } from './support/score';

const SETS: Array<[string, { recall: number; errorsAndWarnings: number; strongFalseAlarms?: number }]> = [
  ['set-a', { recall: 0.95, errorsAndWarnings: 0.95 }],
  ['set-b', { recall: 0.92, errorsAndWarnings: 0.95 }],
  ['set-c', { recall: 0.9, errorsAndWarnings: 0.95 }],
  ['published', { recall: 0.84, errorsAndWarnings: 0.95 }],
  // set-d keeps two false alarms on strong stories that the catalog reads either way (README.md says which)
  ['set-d', { recall: 0.84, errorsAndWarnings: 0.93, strongFalseAlarms: 2 }],
  ['published-2', { recall: 0.8, errorsAndWarnings: 0.9 }],
  ['set-e', { recall: 0.92, errorsAndWarnings: 0.95 }],
  ['published-3', { recall: 0.77, errorsAndWarnings: 0.92 }],
  ['set-f', { recall: 0.86, errorsAndWarnings: 0.93 }],
  ['competencies', { recall: 0.9, errorsAndWarnings: 0.92 }],
  ['set-h', { recall: 0.89, errorsAndWarnings: 0.95 }],
  // Most of its false warnings are a person's reaction ("my manager appreciated the data") that this writer did not
  // read as an outcome told as mood and the other writers did (README.md)
  ['published-4', { recall: 0.82, errorsAndWarnings: 0.83 }],
  ['set-i', { recall: 0.86, errorsAndWarnings: 0.9 }],
  ['set-j', { recall: 0.76, errorsAndWarnings: 0.92 }],
  ['set-k', { recall: 0.97, errorsAndWarnings: 0.95 }],
  ['set-l', { recall: 0.95, errorsAndWarnings: 0.97 }],
  ['published-5', { recall: 0.83, errorsAndWarnings: 0.95 }],
  // strong-01's "The crew now record tape lengths" is a ferry's crew, not the author's team; kept as the writer read it
  ['set-m', { recall: 0.95, errorsAndWarnings: 0.85 }],
  ['set-n', { recall: 0.93, errorsAndWarnings: 0.97 }],
  ['set-o', { recall: 0.8, errorsAndWarnings: 0.93 }],
];

describe.each(SETS)('%s', (name, floor) => {
  const score = scoreFixtures(join(FIXTURES_DIR, 'blind', name));

  test('finds what the writers expected', () => {
    expect(score.recall, score.lines.filter((l) => l.startsWith('missed')).join('\n')).toBeGreaterThanOrEqual(floor.recall);
  });

  test('errors are right at least 19 times in 20, errors and warnings at least as often as the floor', () => {
    expect(score.errors.right).toBeGreaterThanOrEqual(Math.ceil(0.95 * score.errors.total));
    expect(score.errorsAndWarnings.right / score.errorsAndWarnings.total).toBeGreaterThanOrEqual(floor.errorsAndWarnings);
  });

  test('at most one warning or error false alarm across the strong stories (or the set\'s recorded figure)', () => {
    expect(score.strongFalseAlarms, score.lines.filter((l) => l.startsWith('false')).join('\n')).toBeLessThanOrEqual(floor.strongFalseAlarms ?? 1);
  });
});
