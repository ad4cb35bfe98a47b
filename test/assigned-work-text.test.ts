// What assigned-work quotes: the request as far as the task it names, never cut in the middle of it ("wanted me to
// make", "instructed me to take"). Each row is a class of sentence, not one sentence.
import { expect, test } from 'vitest';
import { analyze } from '../server/src/core';

const quoted = (sentence: string) => {
  const text = `---\ncompetencies: [Ownership]\n---\n## Task\n${sentence}\n`;
  const d = analyze(text).diagnostics.find((x) => x.rule === 'assigned-work');
  if (!d) throw new Error(`no assigned-work finding in: ${sentence}`);
  return text.slice(d.span.start, d.span.end);
};

test.each([
  // a light verb with its complement: "make sure", "take care of", "keep track of"
  ['After the outage my director wanted me to make sure it did not happen again.', 'my director wanted me to make sure'],
  ['My lead asked me to take care of the flaky builds.', 'My lead asked me to take care of the flaky builds'],
  // a particle verb with its object: "take on the project"
  ['My supervisor instructed me to take on the project, with no slack on the deadline.', 'My supervisor instructed me to take on the project'],
  ['My manager asked me to look into the webhook drops since I had bandwidth.', 'My manager asked me to look into the webhook drops'],
  // what already read well still does
  ['My lead told me to pick it up.', 'My lead told me to pick it up'],
])('%s', (sentence, span) => expect(quoted(sentence)).toBe(span));

// Work put in front of the author is handed over, not spare time: its message says so.
test.each([
  ['The assessment team was swamped, so the fix landed on my desk.', 'says the work was assigned to you'],
  ['My manager put the page volume on my plate.', 'says the work was assigned to you'],
  ['I took it on since I had some bandwidth between projects.', 'makes spare time the reason you acted'],
  ['It landed on me at the Monday stand-up.', 'says the work was assigned to you'],
  ['The head of digital services put the holds job on my list for the sprint.', 'says the work was assigned to you'],
  ['The reconciliation ticket fell to me after the reorg.', 'says the work was assigned to you'],
  ['My lead handed it across because my board was the emptiest that week.', 'makes spare time the reason you acted'],
  ['I picked it up, since my queue was the lightest on the team.', 'makes spare time the reason you acted'],
])('%s', (sentence, says) => {
  const text = `---\ncompetencies: [Ownership]\n---\n## Task\n${sentence}\n`;
  const d = analyze(text).diagnostics.find((x) => x.rule === 'assigned-work');
  expect(d?.message).toContain(says);
});
