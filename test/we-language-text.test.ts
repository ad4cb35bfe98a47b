// What we-language writes, exactly: the "who …?" question its message asks (built by predicate() in
// core/language/phrases.ts) and the rewrite its fix offers. Each row is a class of sentence, not one sentence.
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

describe('the question stops where the phrase stops', () => {
  test.each([
    // a word, a preposition and the word again are one phrase: never cut in half
    ['We rolled it out clinic by clinic over a month.', 'rolled it out clinic by clinic'],
    ['We went through the audit logs side by side for an afternoon.', 'went through the audit logs side by side'],
    ['We checked the exports line by line until they matched.', 'checked the exports line by line'],
    // cut by the word limit inside a noun phrase: the phrase goes whole
    ['We automated about half of the manual test cases over the next two quarters.', 'automated about half of the manual test cases'],
    ['We wrote a short document describing the new process and presented it.', 'wrote a short document describing the new process'],
    ['We agreed to conduct a small-scale trial run of the new campaign.', 'agreed to conduct a small-scale trial run'],
    ['We moved the files onto the new disk.', 'moved the files onto the new disk'],
    // a verb's particle after its object goes with it
    ['We got fixture lead time down from 11 days to 4.', 'got fixture lead time down'],
    ['We set out to get urgent orders back to the top of the queue.', 'set out to get urgent orders back'],
    // a verb with no object but its particle keeps the phrase after it, up to a clause of its own
    ['We then sat down with the platform data team and worked out the fix.', 'sat down with the platform data team'],
    ['We dug in over the weekend.', 'dug in over the weekend'],
    ['We worked out with the claims team how to handle the letters.', 'worked out'],
    ['We came up with a rule that keeps both versions.', 'came up with a rule'],
    // the alternative after "rather than" is a phrase of its own
    ['We agreed to patch the parser rather than touch the cabinets.', 'agreed to patch the parser'],
    // what already read well still does
    ['We traced the drain to a race in the retry loop.', 'traced the drain'],
    ['We had to roll back the release before noon.', 'had to roll back the release'],
  ])('%s', (sentence, question) => {
    expect(finding(sentence).d.message).toBe(`“We” hides what you did: who ${question}? Say what you did, with “I”.`);
  });
});

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
