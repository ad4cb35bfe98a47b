// The learned paraphrase models (server/src/core/language/learned.ts): the data file is what `npm run learn` makes from
// the fixtures as they are now, each model holds its precision on fixture sets it was not trained on (leave one set
// out), and the rules that use one flag a kind of sentence in words no list holds, only in their sections.
import { describe, expect, test } from 'vitest';
import { analyze, applyEdits } from '../server/src/core';
import { LEARNED, learnedFlags } from '../server/src/core/language/learned';
import { LEARNED_RULES } from '../server/src/core/language/learned-train';
import { buildLearned } from './support/learned-build';
import { FIXTURES_DIR } from './support/fixtures';

const built = buildLearned(FIXTURES_DIR);

describe('the data file', () => {
  test('holds a model for every rule that has one, as npm run learn makes it from the fixtures now', () => {
    expect(Object.keys(LEARNED.models).sort()).toEqual(Object.keys(LEARNED_RULES).sort());
    expect(LEARNED.trainedOn).toEqual(built.models.trainedOn);
    expect(LEARNED.heldOut).toEqual(built.models.heldOut);
    for (const [rule, model] of Object.entries(built.models.models)) {
      const kept = LEARNED.models[rule];
      expect({ rule, sections: kept.sections, threshold: kept.threshold, features: Object.keys(kept.weights) }, 'run npm run learn').toEqual({ rule, sections: model.sections, threshold: model.threshold, features: Object.keys(model.weights) });
      // the same training on another machine may round a last digit differently; the decisions cannot move for that
      for (const [f, w] of Object.entries(model.weights)) expect(Math.abs(kept.weights[f] - w), `${rule}: ${f}`).toBeLessThan(0.002);
      expect(Math.abs(kept.bias - model.bias)).toBeLessThan(0.002);
    }
  });

  test.each(Object.keys(LEARNED_RULES))('%s: on each fixture set it was not trained on, at least 9 of 10 sentences it flags are annotated so', (rule) => {
    const h = built.details[rule];
    expect(h.flagged).toBeGreaterThan(10);
    expect(h.right / h.flagged, h.falseAlarms.join('\n')).toBeGreaterThanOrEqual(0.9);
    // and it finds something: at least a third of the annotated sentences of the sets it never saw
    expect(h.right / h.positives).toBeGreaterThan(1 / 3);
  });
});

/** A story whose one section holds `sentence`, the others plain and specific. */
const story = (section: string, sentence: string) => [
  '---', 'question: Tell me about a time you improved a process', 'competencies: [Deliver Results]', 'level: sde2', '---', '# The feed sheets', '',
  '## Situation', 'The keepers used printed feed sheets that were out of date by six in the morning.', '',
  '## Task', 'I set out to put each day\'s diets on the phones the keepers carry.', '',
  '## Action', 'I built a phone view that reads each diet from the planner, and I tested it against the printouts for two weeks.', '',
  '## Result', section === 'Result' ? sentence : 'Corrections on paper fell from 40 a week to 3, and the reptile house now uses the view too.', '',
  '## Reflection', section === 'Reflection' ? sentence : 'I now start every change by reading what users write on top of the screen I gave them.', '',
].join('\n');

describe('the rules that ask a learned model', () => {
  const cases: Array<[string, string, string]> = [
    ['generic-reflection', 'Reflection', 'It reminded me that patience pays off in the long run.'],
    ['activity-not-impact', 'Result', 'Everyone in the bay really took to it straight away.'],
  ];
  test.each(cases)('%s flags a sentence in words no list holds, in its section only', (rule, section, sentence) => {
    const text = story(section, sentence);
    const a = analyze(text);
    const at = text.indexOf(sentence);
    const found = a.diagnostics.filter((d) => d.rule === rule && d.span.start <= at && d.span.end > at);
    expect(found.map((d) => text.slice(d.span.start, d.span.end))).toEqual([sentence.replace(/\.$/, '')]);
    expect(learnedFlags(rule, a.story.sentences.find((s) => s.start <= at && s.end > at)!)).toBe(true);
    // the same words in the Action are the author's deed, not what the model reads
    const elsewhere = story('Result', 'Corrections on paper fell from 40 a week to 3.').replace('I built a phone view', `${sentence.replace(/\.$/, ',')} so I built a phone view`);
    expect(analyze(elsewhere).diagnostics.filter((d) => d.rule === rule)).toEqual([]);
  });

  test('the learned finding of activity-not-impact keeps the author\'s words and adds the numbers to fill in', () => {
    const sentence = 'Everyone in the bay really took to it straight away.';
    const text = story('Result', sentence);
    const a = analyze(text);
    const d = a.diagnostics.find((x) => x.rule === 'activity-not-impact')!;
    expect(d.message).toBe('“Everyone in the bay really took to it straight away” says it went well, not what changed. Give the number that moved and what it meant for the business.');
    const edits = d.fixes[0].edits.map((e) => ({ span: { start: a.story.lines.offsetAt(e.range.start), end: a.story.lines.offsetAt(e.range.end) }, newText: e.newText }));
    const fixed = applyEdits(text, edits, d.fixes[0].snippet);
    expect(fixed).toContain('Everyone in the bay really took to it straight away, with ‹what moved› going from ‹before› to ‹after›.');
  });

  test('the learned finding of unverified-result keeps the author\'s sentence and adds how it was checked after it', () => {
    const sentence = 'The counts matched on the one day I spot-checked, so I left it running.';
    const text = story('Result', sentence);
    const a = analyze(text);
    const d = a.diagnostics.find((x) => x.rule === 'unverified-result')!;
    expect(text.slice(d.span.start, d.span.end)).toBe(sentence.replace(/\.$/, ''));
    const edits = d.fixes[0].edits.map((e) => ({ span: { start: a.story.lines.offsetAt(e.range.start), end: a.story.lines.offsetAt(e.range.end) }, newText: e.newText }));
    expect(applyEdits(text, edits, d.fixes[0].snippet)).toContain('so I left it running, ‹how you checked it: what you measured, and for how long after the deploy›.');
  });

  test('a sentence with a number is never the learned kind of unverified-result or activity-not-impact', () => {
    const text = story('Result', 'Everyone in the bay really took to it straight away, and paper corrections fell to 3 a week.');
    expect(analyze(text).diagnostics.filter((d) => d.rule === 'activity-not-impact' || d.rule === 'unverified-result')).toEqual([]);
  });
});
