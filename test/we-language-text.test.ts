// What we-language writes, exactly: the rewrite its fix offers. Each row is a class of sentence, not one sentence.
import { describe, expect, test } from 'vitest';
import { analyze, applyEdits } from '../server/src/core';

const story = (sentence: string) => `## Action\n\n${sentence}\n`;
const finding = (sentence: string) => {
  const text = story(sentence);
  const a = analyze(text);
  const d = a.diagnostics.find((x) => x.rule === 'we-language');
  if (!d) throw new Error(`no we-language finding in: ${sentence}`);
  return { text, a, d };
};

describe('the rewrite keeps the particle "together", and drops the "together" that says the group did it', () => {
  test.each([
    ['We got together with the QA lead and agreed on a weekly train.', 'I got together with the QA lead and agreed on a weekly train.'],
    ['We put together a rollback plan for the depots.', 'I put together a rollback plan for the depots.'],
    ['We pulled together the numbers for the review.', 'I pulled together the numbers for the review.'],
    ['We traced the race together.', 'I traced the race.'],
    ['Then we built the matching service together with the clinical data team.', 'Then I built the matching service with the clinical data team.'],
  ])('%s', (sentence, rewritten) => {
    const { text, a, d } = finding(sentence);
    const fix = d.fixes[0];
    const edits = fix.edits.map((e) => ({ span: { start: a.story.lines.offsetAt(e.range.start), end: a.story.lines.offsetAt(e.range.end) }, newText: e.newText }));
    expect(applyEdits(text, edits, fix.snippet)).toBe(story(rewritten));
  });
});
