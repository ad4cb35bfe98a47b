// The built-in example stories (server/src/core/example-stories.ts): each one parses clean, reads the way it is meant
// to teach (one strong, the weak ones each with a different primary weakness, across competencies), is a realistic
// spoken length, and has prepared follow-up answers for the drill; and the quiz over them asks all three kinds, each
// answer agreeing with the reading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, drillCards, EXAMPLE_STORIES, EXAMPLES_FOLDER, quiz, QUIZ_KINDS, reviewStory, type PracticeStory } from '../server/src/core';
import { GIST, VERDICT_LABEL } from '../server/src/core/review';
import { ROOT } from './support/run-cli';
import { expectWellFormed } from './support/quiz';

const STORIES: PracticeStory[] = EXAMPLE_STORIES.map(({ path, text }) => {
  const analysis = analyze(text);
  return { path, analysis, review: reviewStory(analysis) };
});
const byPath = new Map(STORIES.map((s) => [s.path, s]));
const QUESTIONS = quiz(STORIES);
const oneSpace = (s: string) => s.replace(/\s+/g, ' ');

/** What each example is there to teach: its verdict and the primary weakness its reading must find. */
const TEACHES: Record<string, { verdict: string; weakness: string | null }> = {
  'examples/search-latency.star.md': { verdict: 'strong-hire', weakness: null },
  'examples/flaky-tests.star.md': { verdict: 'no-hire', weakness: 'assigned-work' },
  'examples/schema-migration.star.md': { verdict: 'no-hire', weakness: 'we-language' },
  'examples/refund-queue.star.md': { verdict: 'lean-no-hire', weakness: 'result-no-metric' },
  'examples/launch-slip.star.md': { verdict: 'lean-no-hire', weakness: 'generic-reflection' },
  'examples/new-hire.star.md': { verdict: 'no-hire', weakness: 'routing-not-ownership' },
};

describe('every example story', () => {
  test('has a path under the examples folder, one of its own, named like a story', () => {
    expect(STORIES.length).toBeGreaterThanOrEqual(5);
    for (const { path } of STORIES) expect(path).toMatch(new RegExp(`^${EXAMPLES_FOLDER}/[a-z0-9-]+\\.star\\.md$`));
    expect(new Set(STORIES.map((s) => s.path)).size).toBe(STORIES.length);
    expect(Object.keys(TEACHES).sort()).toEqual(STORIES.map((s) => s.path).sort());
  });

  test('parses with no placeholder left, no front-matter problem and no fault, and has every section', () => {
    for (const { path, analysis } of STORIES) {
      expect(analysis.failed, path).toBeUndefined();
      expect(analysis.diagnostics.filter((d) => ['unfilled-placeholder', 'front-matter', 'missing-section', 'empty-section', 'section-order'].includes(d.rule)), path).toEqual([]);
      expect(analysis.story.title, path).toBeTruthy();
      expect(analysis.story.sections.map((s) => s.kind), path).toEqual(['situation', 'task', 'action', 'result', 'reflection', 'followups']);
      expect(analysis.aim.claimed.length, path).toBeGreaterThan(0);
      expect(analysis.story.frontMatter?.data.question, path).toMatch(/^Tell me about a time .+[a-z]$/);
    }
  });

  test('takes as long to say as an answer at its level should, and each prepared answer 30 to 60 seconds', () => {
    for (const { path, analysis } of STORIES) {
      const { totalSeconds, range, probes } = analysis.timing;
      expect(totalSeconds, path).toBeGreaterThanOrEqual(range.min);
      expect(totalSeconds, path).toBeLessThanOrEqual(range.max);
      expect(analysis.diagnostics.filter((d) => d.rule.startsWith('answer-')), path).toEqual([]);
      for (const p of probes) expect(p.status, `${path}: ${p.question}`).toBe('within');
    }
  });

  test('reads as it is meant to teach: the strong one strong, each weak one weak for its own reason', () => {
    for (const { path, review } of STORIES) {
      expect(review.verdict, path).toBe(TEACHES[path].verdict);
      expect(review.primaryWeakness?.rule ?? null, path).toBe(TEACHES[path].weakness);
    }
    const strong = STORIES.filter((s) => s.review.verdict === 'strong-hire');
    expect(strong.length).toBeGreaterThanOrEqual(1);
    for (const s of strong) {
      expect(s.analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'), s.path).toEqual([]);
      expect(s.review.disqualifiers, s.path).toEqual([]);
    }
    const weak = STORIES.filter((s) => s.review.verdict === 'lean-no-hire' || s.review.verdict === 'no-hire');
    expect(weak.length).toBeGreaterThanOrEqual(4);
    // Each weak one teaches a different primary weakness, and together they show both kinds of story: with a
    // disqualifier and without.
    expect(new Set(weak.map((s) => s.review.primaryWeakness!.rule)).size).toBe(weak.length);
    expect(weak.some((s) => s.review.disqualifiers.length > 0)).toBe(true);
    expect(weak.some((s) => s.review.disqualifiers.length === 0)).toBe(true);
  });

  test('claims a competency of its own: no two examples lead with the same one', () => {
    const leads = STORIES.map((s) => s.analysis.aim.claimed[0].toLowerCase());
    expect(new Set(leads).size).toBe(STORIES.length);
  });

  test('has prepared answers under Follow-ups for the drill to reveal', () => {
    for (const { path, analysis } of STORIES) {
      const prepared = drillCards(path, analysis).filter((c) => c.source === 'prepared');
      expect(prepared.length, path).toBeGreaterThanOrEqual(2);
      expect(prepared.length, path).toBeLessThanOrEqual(3);
      for (const c of prepared) {
        expect(c.story).toBe(path);
        expect(c.question, path).toMatch(/\?$/);
        expect(c.answer, `${path}: ${c.question}`).not.toBeNull();
        expect(oneSpace(analysis.story.text), path).toContain(c.answer!);
      }
    }
  });
});

test('docs/practice.md lists every example, by its title, with the reading it has', () => {
  const doc = readFileSync(join(ROOT, 'docs/practice.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## The examples'));
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  expect(rows).toHaveLength(STORIES.length);
  for (const { path, analysis, review } of STORIES) {
    const name = path.slice(EXAMPLES_FOLDER.length + 1).replace(/\.star\.md$/, '');
    const row = rows.find((r) => r.startsWith(`| \`${name}\` `));
    expect(row, path).toBeDefined();
    expect(row, path).toContain(`("${analysis.story.title!.text}")`);
    expect(row!.split('|')[3].trim(), path).toBe(VERDICT_LABEL[review.verdict]);
  }
});

describe('the quiz over the examples', () => {
  test('asks all three kinds, and about every example', () => {
    for (const kind of QUIZ_KINDS) expect(QUESTIONS.some((q) => q.kind === kind), kind).toBe(true);
    expect(new Set(QUESTIONS.map((q) => q.story))).toEqual(new Set(STORIES.map((s) => s.path)));
  });

  test('every question has four distinct choices, one answer, a solution in steps and a hint', () => {
    for (const q of QUESTIONS) expectWellFormed(q);
  });

  test('a competency answer is the reading’s primary competency, and no other choice is shown as much', () => {
    const rank = { strong: 2, some: 1, none: 0 } as const;
    for (const q of QUESTIONS.filter((x) => x.kind === 'primary-competency')) {
      const { review } = byPath.get(q.story)!;
      expect(q.choices[q.answer], q.story).toBe(review.primaryCompetency);
      expect(q.answerCompetency, q.story).toBe(review.primaryCompetency);
      const shown = (name: string) => rank[review.competencies.find((c) => c.name === name)?.shown ?? 'none'];
      q.choices.forEach((c, i) => { if (i !== q.answer) expect(shown(c), `${q.story}: ${c}`).toBeLessThan(shown(q.choices[q.answer])); });
    }
  });

  test('a weakness answer is the reading’s primary weakness, and no other choice names the same rule', () => {
    const ruleOf = (choice: string) => Object.keys(GIST).find((r) => choice.toLowerCase() === GIST[r].replace(/"([^"]*)"/g, '“$1”').toLowerCase());
    const asked = QUESTIONS.filter((x) => x.kind === 'primary-weakness');
    // asked where one weakness decides the reading: below Hire, and fixing it raises the reading or it is a disqualifier
    const decides = (r: (typeof STORIES)[number]['review']) => r.primaryWeakness !== null && ['no-hire', 'lean-no-hire'].includes(r.verdict)
      && (r.primaryWeakness.raisesTo !== r.verdict || r.disqualifiers.some((d) => d.rule === r.primaryWeakness!.rule));
    expect(new Set(asked.map((q) => q.story))).toEqual(new Set(STORIES.filter((s) => decides(s.review)).map((s) => s.path)));
    expect(asked.length).toBeGreaterThanOrEqual(4);
    for (const q of asked) {
      const { review } = byPath.get(q.story)!;
      expect(q.answerRule, q.story).toBe(review.primaryWeakness!.rule);
      expect(ruleOf(q.choices[q.answer]), q.story).toBe(review.primaryWeakness!.rule);
      q.choices.forEach((c, i) => { if (i !== q.answer) expect(ruleOf(c), `${q.story}: ${c}`).not.toBe(q.answerRule); });
    }
  });

  test('a disqualifier answer is the sentence of the reading’s first disqualifier, and the other choices are the story’s own clean sentences', () => {
    const asked = QUESTIONS.filter((x) => x.kind === 'disqualifier');
    expect(new Set(asked.map((q) => q.story))).toEqual(new Set(STORIES.filter((s) => s.review.disqualifiers.length > 0).map((s) => s.path)));
    for (const q of asked) {
      const { review, analysis } = byPath.get(q.story)!;
      const text = oneSpace(analysis.story.text);
      const dq = review.disqualifiers[0];
      expect(q.answerRule, q.story).toBe(dq.rule);
      const flagged = oneSpace(analysis.story.text.slice(dq.span.start, dq.span.end)).replace(/[.!?]+$/, '');
      expect(q.choices[q.answer].replace(/…$/, ''), q.story).toContain(flagged.split(' ').slice(0, 3).join(' '));
      for (const [i, c] of q.choices.entries()) {
        expect(text, q.story).toContain(c.replace(/…$/, ''));
        if (i === q.answer) continue;
        const start = text.indexOf(c.replace(/…$/, ''));
        for (const d of review.disqualifiers) {
          const at = oneSpace(analysis.story.text.slice(0, d.span.start)).length;
          expect(at >= start && at < start + c.length, `${q.story}: “${c}” holds ${d.rule}`).toBe(false);
        }
      }
    }
  });
});
