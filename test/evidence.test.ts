// The competency evidence is data with its examples beside it (core/evidence.ts): every signal must credit the
// sentences it says it credits and leave alone those it says it does not, read in the section the example names, and
// every deed must be a verb the lexicon knows in its dictionary form (else the clause reader's lemma never matches it).
import { describe, expect, test } from 'vitest';
import { AIM_KINDS, AIM_NOTES, analyze } from '../server/src/core';
import { COMPETENCY_EVIDENCE, SCOPE } from '../server/src/core/evidence';
import { pastTense } from '../server/src/core/language/lexicon';
import { authorDid, reviewStory } from '../server/src/core/review';

const HEADINGS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection', followups: 'Follow-ups' } as const;

/** The sentences of `kind` that the review credits with `doc`, for one sentence standing in `section`. */
function credited(kind: (typeof AIM_KINDS)[number], doc: string, section: string, sentence: string): boolean {
  const body = section === 'followups' ? `## Follow-ups\n\n### How?\n\n${sentence}\n` : `## ${HEADINGS[section as keyof typeof HEADINGS]}\n\n${sentence}\n`;
  // Claimed, so the reading lists it whatever it shows.
  const review = reviewStory(analyze(`---\ncompetencies: ["${AIM_NOTES[kind].competency}"]\n---\n# A story\n\n${body}`));
  const reading = review.competencies.find((c) => c.kind === kind);
  return !!reading?.evidence.some((e) => e.shows === doc);
}

describe.each(AIM_KINDS.map((kind) => ({ kind })))('$kind', ({ kind }) => {
  const { signals } = COMPETENCY_EVIDENCE[kind];
  test.each(signals.map((s) => ({ doc: s.doc, s })))('$doc', ({ s }) => {
    for (const sentence of s.examples.credits) expect({ sentence, credited: credited(kind, s.doc, s.examples.section, sentence) }).toEqual({ sentence, credited: true });
    for (const sentence of s.examples.not) expect({ sentence, credited: credited(kind, s.doc, s.examples.section, sentence) }).toEqual({ sentence, credited: false });
    expect((s.sections as readonly string[]).includes(s.examples.section)).toBe(true);
    // Each deed is read as the author's deed in its past form, whether the lexicon knows it or it is a noun too ("mentored").
    for (const deed of (s.deeds ?? '').split(/\s+/).filter(Boolean)) {
      const story = analyze(`## Action\n\nI ${pastTense(deed)} it with them.\n`).story;
      expect({ deed, done: authorDid(story.sections[0].sentences[0], new Set([deed])), alone: authorDid(story.sections[0].sentences[0], new Set(['zzz'])) }).toEqual({ deed, done: true, alone: false });
    }
  });
  test('has a signal of its own, and no words that fail to compile', () => {
    expect(signals.some((s) => s.key)).toBe(true);
    for (const s of signals) if (s.words) expect(() => new RegExp(s.words!)).not.toThrow();
  });
});

describe('the scope the level reading looks for', () => {
  const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  test.each(Object.entries(SCOPE).map(([kind, s]) => ({ kind, s })))('$kind: $s.doc', ({ s }) => {
    const words = new RegExp(s.words);
    for (const sentence of s.examples.credits) expect({ sentence, credited: words.test(lower(sentence)) }).toEqual({ sentence, credited: true });
    for (const sentence of s.examples.not) expect({ sentence, credited: words.test(lower(sentence)) }).toEqual({ sentence, credited: false });
  });
});
