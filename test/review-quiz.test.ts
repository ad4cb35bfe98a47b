// The seeds' practice quiz, retold as stories in the project's words (test-fixtures/review/quiz): which principle a
// story primarily shows, what its primary weakness is, which phrase is the disqualifier. The reading must answer each
// as the quiz does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, reviewStory } from '../server/src/core';
import { ROOT } from './support/run-cli';

const read = (name: string) => {
  const text = readFileSync(join(ROOT, 'test-fixtures/review/quiz', name), 'utf8');
  const review = reviewStory(analyze(text));
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
  return { review, lineOf };
};

test('1. a deadline missed, the cause found, told openly, and a check added: primarily Failure and Resilience', () => {
  expect(read('q1-which-principle.star.md').review.primaryCompetency).toBe('Failure and Resilience');
});

test('2. the manager assigned the investigation, "we" fixed it, the team was happy: the primary weakness is the assignment', () => {
  const { review, lineOf } = read('q2-primary-weakness.star.md');
  expect(review.primaryWeakness).toMatchObject({ rule: 'assigned-work', range: { start: { line: lineOf('My manager asked me') } } });
  expect(review.verdict).toBe('no-hire');
});

test('3. a risk nobody tracked, spotted early and taken up with a fix: primarily Ownership', () => {
  expect(read('q3-which-principle.star.md').review.primaryCompetency).toBe('Ownership');
});

test('4. "My manager asked me to look into the issue" signals assigned work: the ownership signal is gone', () => {
  const { review, lineOf } = read('q4-disqualifier-phrase.star.md');
  expect(review.primaryWeakness).toMatchObject({ rule: 'assigned-work', range: { start: { line: lineOf('My manager asked me') } } });
  expect(review.competencies.find((c) => c.kind === 'ownership')?.shown).toBe('none');
});

test('5. owned, measured, but "we collectively decided" on the lasting change: that is the disqualifier', () => {
  const { review, lineOf } = read('q5-disqualifier.star.md');
  expect(review.primaryWeakness).toMatchObject({ rule: 'we-language', range: { start: { line: lineOf('We collectively decided') } } });
  expect(review.verdict).not.toBe('hire');
});
