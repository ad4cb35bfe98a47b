// Which words a Result's number is heard in (rules/helpers.ts isMeasureToken): result-no-metric and its neighbours
// ask it. Each row is a class of sentence.
import { expect, test } from 'vitest';
import { analyze } from '../server/src/core';

const noMetric = (sentence: string) => analyze(`---\nlevel: sde2\n---\n## Result\n${sentence}\n`).diagnostics.some((d) => d.rule === 'result-no-metric');

test.each([
  ['April closed in two and a half days instead of four.', false],
  ['The queue took one and a half hours less to clear.', false],
  ['Close took three days instead of five.', false],
  ['April closed in 2.5 days.', false],
  ['April closed sooner and everyone was relieved.', true],
  ['Two and a half of us stayed late.', true],
])('%s: no number heard: %s', (sentence, none) => expect(noMetric(sentence)).toBe(none));
