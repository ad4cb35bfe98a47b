// What missing-scope-boundary hears as the work being outside the author's remit, in a Task of an Ownership story.
// Each row is a class of sentence; the patterns are BOUNDARY in rules/missing-scope-boundary.ts.
import { expect, test } from 'vitest';
import { analyze } from '../server/src/core';

const heard = (sentence: string) => !analyze(`---\ncompetencies: [Ownership]\n---\n## Task\n${sentence}\n`).diagnostics.some((d) => d.rule === 'missing-scope-boundary');

test.each([
  ['The kiosks and their sync job belonged to the port operations systems group.', true],
  ['The export belonged to the data platform team.', true],
  ['The gap sat on nobody\'s backlog.', true],
  ['It was on no team\'s roadmap.', true],
  ['The kiosks belonged to my group.', false],
  ['I added the gap to my backlog.', false],
])('%s: a boundary heard: %s', (sentence, yes) => expect(heard(sentence)).toBe(yes));
