// The quiz and the follow-ups aimed at a story (server/src/core/practice.ts): every question the fixtures give must
// have exactly one right choice that agrees with the story's reading, distinct choices, a step-by-step solution and a
// hint; every follow-up must quote the story's own words; and the words each follow-up listens for run on their
// examples.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, drillCards, followupsFor, FOLLOWUP_WORDS, quiz, QUIZ_KINDS, reviewStory, type PracticeStory, type QuizQuestion } from '../server/src/core';
import { GIST } from '../server/src/core/review';
import { FOLLOWUP_OF_RULE, PREPARED_ASKS, PREPARED_ASKS_EXAMPLES, type FollowupKind } from '../server/src/core/practice';
import { ROOT } from './support/run-cli';
import { expectWellFormed } from './support/quiz';

function storiesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? storiesUnder(p) : p.endsWith('.star.md') ? [p] : [];
  });
}

const practiceStory = (path: string, text: string): PracticeStory => {
  const analysis = analyze(text);
  return { path, analysis, review: reviewStory(analysis) };
};

const FILES = [...storiesUnder(join(ROOT, 'test-fixtures')), ...storiesUnder(join(ROOT, 'samples'))].sort();
const STORIES = FILES.map((f) => practiceStory(relative(ROOT, f), readFileSync(f, 'utf8')));
const QUESTIONS = quiz(STORIES);
const byPath = new Map(STORIES.map((s) => [s.path, s]));
const oneSpace = (s: string) => s.replace(/\s+/g, ' ');

describe('the quiz on every fixture story', () => {
  test('asks all three kinds, often', () => {
    for (const kind of QUIZ_KINDS) expect(QUESTIONS.filter((q) => q.kind === kind).length, kind).toBeGreaterThan(20);
  });

  test('every question has four distinct choices, one answer in range, a solution in steps and a hint, in plain text', () => {
    for (const q of QUESTIONS) expectWellFormed(q);
  });

  test('a competency question’s answer is the reading’s primary competency, and every other choice is shown less', () => {
    const asked = QUESTIONS.filter((q) => q.kind === 'primary-competency');
    for (const q of asked) {
      const { review } = byPath.get(q.story)!;
      expect(q.choices[q.answer]).toBe(review.primaryCompetency);
      expect(q.answerCompetency).toBe(review.primaryCompetency);
      const rank = (name: string) => ({ strong: 2, some: 1, none: 0 })[review.competencies.find((c) => c.name === name)?.shown ?? 'none'];
      q.choices.forEach((c, i) => { if (i !== q.answer) expect(rank(c), `${q.story}: ${c}`).toBeLessThan(rank(q.choices[q.answer])); });
    }
    // A story whose reading shows no competency is not asked.
    for (const s of STORIES.filter((x) => !x.review.competencies.some((c) => c.shown !== 'none'))) expect(asked.some((q) => q.story === s.path)).toBe(false);
  });

  test('a weakness question’s answer is the reading’s primary weakness; the others are findings that come later or none the story has', () => {
    const asked = QUESTIONS.filter((q) => q.kind === 'primary-weakness');
    const ruleOfChoice = (choice: string) => Object.keys(GIST).find((r) => choice.toLowerCase() === GIST[r].replace(/"([^"]*)"/g, '“$1”').toLowerCase());
    for (const q of asked) {
      const { review, analysis } = byPath.get(q.story)!;
      expect(q.answerRule).toBe(review.primaryWeakness!.rule);
      expect(ruleOfChoice(q.choices[q.answer])).toBe(review.primaryWeakness!.rule);
      expect(q.range).toEqual(review.primaryWeakness!.range);
      for (const [i, c] of q.choices.entries()) {
        const rule = ruleOfChoice(c);
        expect(rule, c).toBeDefined();
        if (i !== q.answer) expect(rule).not.toBe(q.answerRule);
        if (i === q.answer) continue;
        // A distractor the story has is said to matter less; one it does not have is said not to be a problem here.
        const quoted = `“${(/^(?:[A-Z][a-z]|A\s)/.test(c) ? c[0].toLowerCase() + c.slice(1) : c).replace(/“([^”]*)”/g, '‘$1’')}”`;
        const [also, notHere = ''] = q.solution[2].includes('which matter') ? q.solution[2].split(/, which matters? less;? ?/) : ['', q.solution[2]];
        if (analysis.diagnostics.some((d) => d.rule === rule)) expect(also, `${q.story}: ${c}`).toContain(quoted);
        else expect(notHere, `${q.story}: ${c}`).toMatch(new RegExp(`${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* not a problem here`));
      }
    }
    for (const s of STORIES.filter((x) => x.review.primaryWeakness === null)) expect(asked.some((q) => q.story === s.path)).toBe(false);
  });

  test('a disqualifier question’s answer is the sentence of the reading’s first disqualifier, and no other choice holds one', () => {
    const asked = QUESTIONS.filter((q) => q.kind === 'disqualifier');
    for (const q of asked) {
      const { review, analysis } = byPath.get(q.story)!;
      const text = oneSpace(analysis.story.text);
      const dq = review.disqualifiers[0];
      expect(q.answerRule).toBe(dq.rule);
      const flagged = oneSpace(analysis.story.text.slice(dq.span.start, dq.span.end));
      expect(q.choices[q.answer].replace(/…$/, ''), q.story).toContain(flagged.replace(/[.!?]+$/, '').split(' ').slice(0, 3).join(' '));
      for (const [i, c] of q.choices.entries()) {
        expect(text, q.story).toContain(c.replace(/…$/, ''));
        if (i === q.answer) continue;
        const start = analysis.story.text.indexOf(c.replace(/…$/, '').split(' ').slice(0, 4).join(' '));
        for (const d of analysis.diagnostics.filter((x) => review.disqualifiers.some((y) => y.span.start === x.span.start) || x.rule === 'we-language')) {
          expect(d.span.start >= start && d.span.start < start + c.length, `${q.story}: "${c}" holds ${d.rule}`).toBe(false);
        }
      }
    }
    for (const s of STORIES.filter((x) => x.review.disqualifiers.length === 0)) expect(asked.some((q) => q.story === s.path)).toBe(false);
  });

  test('the quiz asks only what the reading settles: no weakness on a story read as Hire, no competency the text shows none of its claims for', () => {
    const byStory = new Map(STORIES.map((s) => [s.path, s]));
    for (const q of QUESTIONS) {
      const { review } = byStory.get(q.story)!;
      if (q.kind === 'primary-weakness') {
        expect(['no-hire', 'lean-no-hire'], q.story).toContain(review.verdict);
        expect(review.primaryWeakness!.raisesTo !== review.verdict || review.disqualifiers.some((d) => d.rule === q.answerRule), q.story).toBe(true);
      }
      if (q.kind === 'primary-competency') {
        const claimed = review.competencies.filter((c) => c.claimed);
        if (claimed.length) expect(claimed.map((c) => c.name), q.story).toContain(q.answerCompetency);
        // every other claimed competency is offered (shown less), so the learner weighs the label against the text
        for (const c of claimed) if (c.name !== q.answerCompetency) expect(q.choices, q.story).toContain(c.name);
      }
    }
    // and there are still questions of each kind to ask
    for (const kind of QUIZ_KINDS) expect(QUESTIONS.filter((q) => q.kind === kind).length, kind).toBeGreaterThan(3);
    // a story that reads as Hire is never asked for its primary weakness
    expect(STORIES.filter((s) => s.review.verdict === 'hire' && s.review.primaryWeakness).length).toBeGreaterThan(0);
  });

  test('a weakness or disqualifier question carries the follow-up aimed at its answer: one of the story’s, on its line or of its rule', () => {
    const byStory = new Map(STORIES.map((s) => [s.path, followupsFor(s.analysis)]));
    const carried = QUESTIONS.filter((q) => q.followup);
    expect(carried.length).toBeGreaterThan(5);
    for (const q of carried) {
      const f = byStory.get(q.story)!.find((x) => x.question === q.followup!.question);
      expect(f, q.followup!.question).toBeDefined();
      expect(f!.strong).toBe(q.followup!.strong);
      const onLine = f!.range.start.line <= q.range!.start.line && q.range!.start.line <= f!.range.end.line;
      const ofRule = FOLLOWUP_OF_RULE[q.answerRule!] === f!.kind;
      expect(onLine || ofRule, `${q.story}: ${q.followup!.question}`).toBe(true);
    }
    expect(QUESTIONS.filter((q) => q.kind === 'primary-competency').every((q) => q.followup === undefined)).toBe(true);
    // a "we" answer is followed by the "we" question about that very step
    const we = carried.find((q) => q.answerRule === 'we-language')!;
    expect(we.followup!.question).toMatch(/^You said “.*”\. What did you do yourself\?$/);
  });

  test('the same stories give the same quiz; the right choice is not always in one place', () => {
    expect(quiz(STORIES)).toEqual(QUESTIONS);
    const places = new Set(QUESTIONS.map((q) => q.answer));
    expect(places.size).toBe(4);
  });

  test('a quiz deals stories in turn, and a limit keeps the first questions', () => {
    const two = quiz(STORIES.slice(0, 40), { limit: 5 });
    expect(two).toEqual(quiz(STORIES.slice(0, 40)).slice(0, 5));
    expect(new Set(two.map((q) => q.story)).size).toBe(5);
    expect(quiz(STORIES, { kinds: ['disqualifier'] }).every((q) => q.kind === 'disqualifier')).toBe(true);
    expect(quiz([])).toEqual([]);
  });
});

// A story for the follow-up examples: the sentence stands in `section`; the rest is neutral.
function storyWith(section: 'action' | 'result', sentence: string): string {
  return [
    '---', 'competencies: [Deliver Results]', 'level: sde2', '---', '', '# Example', '', '## Situation', 'The nightly export ran for six hours.', '',
    '## Task', 'I had to bring it under two hours.', '', '## Action', section === 'action' ? sentence : 'I profiled the export job.', '',
    '## Result', section === 'result' ? sentence : 'The export finished in 90 minutes on the dashboard, measured over two weeks.', '',
    '## Reflection', 'I now profile a job before I tune it.', '',
  ].join('\n');
}

describe('the words each follow-up listens for, on their examples', () => {
  const kindsOf = (section: 'action' | 'result', sentence: string) => followupsFor(analyze(storyWith(section, sentence))).filter((f) => f.about !== 'Task').map((f) => f.kind);
  test.each(FOLLOWUP_WORDS.method.asks.map((s) => [s]))('asks how a figure was measured: %s', (s) => expect(kindsOf('result', s)).toContain('method'));
  test.each(FOLLOWUP_WORDS.method.spares.map((s) => [s]))('a figure with its method is not asked about: %s', (s) => expect(kindsOf('result', s)).not.toContain('method'));
  test.each(FOLLOWUP_WORDS.alternative.asks.map((s) => [s]))('asks what else was considered: %s', (s) => expect(kindsOf('action', s)).toContain('alternative'));
  test.each(FOLLOWUP_WORDS.alternative.spares.map((s) => [s]))('a choice said with its alternative is not asked about: %s', (s) => expect(kindsOf('action', s)).not.toContain('alternative'));
  test.each(FOLLOWUP_WORDS.check.asks.map((s) => [s]))('asks how the Result was checked: %s', (s) => expect(kindsOf('result', s)).toContain('check'));
  test.each(FOLLOWUP_WORDS.check.spares.map((s) => [s]))('a Result said with its check is not asked about: %s', (s) => expect(kindsOf('result', s)).not.toContain('check'));
});

describe('a prepared question that asks what an aimed one would', () => {
  for (const [kind, { asks, spares }] of Object.entries(PREPARED_ASKS_EXAMPLES) as [FollowupKind, { asks: string[]; spares: string[] }][]) {
    test.each(asks.map((q) => [q]))(`${kind} asks it: %s`, (q) => expect(PREPARED_ASKS[kind].test(q.toLowerCase())).toBe(true));
    test.each(spares.map((q) => [q]))(`${kind} leaves it: %s`, (q) => expect(PREPARED_ASKS[kind].test(q.toLowerCase())).toBe(false));
  }
  test('the drill asks the author’s question, not an aimed one of the same kind as well', () => {
    const text = readFileSync(join(ROOT, 'samples/webhook-weak.star.md'), 'utf8');
    const aimed = drillCards('w.star.md', analyze(text)).filter((c) => c.source === 'aimed');
    expect(aimed.some((c) => /What did you do yourself\?$/.test(c.question))).toBe(true);
    const withOwn = `${text.trimEnd()}\n\n## Follow-ups\n\n### What was your part in the fix?\nI wrote the retry change and the alert.\n`;
    const cards = drillCards('w.star.md', analyze(withOwn));
    expect(cards.filter((c) => c.source === 'aimed').some((c) => /What did you do yourself\?$/.test(c.question))).toBe(false);
    expect(cards.some((c) => c.source === 'prepared' && c.question === 'What was your part in the fix?')).toBe(true);
  });
});

describe('follow-ups aimed at a story', () => {
  const weak = byPath.get('samples/webhook-weak.star.md')!;

  test('on the weak sample: each "we" step, the handed-over work, the missing scope boundary, the unchecked Result', () => {
    expect(followupsFor(weak.analysis).map((f) => [f.kind, f.range.start.line + 1, f.question])).toEqual([
      ['we', 16, 'You said “We figured out the root cause together”. What did you do yourself?'],
      ['we', 21, 'You said “The two of us dug in over the weekend”. What did you do yourself?'],
      ['assigned', 13, 'You said “My manager asked me to look into the webhook drops since I had bandwidth”. What did you do that nobody asked for?'],
      ['scope', 12, 'Your Task does not say whose work this was. Was it yours to do, and who else could have done it?'],
      ['check', 25, 'You said “I assumed it worked because errors stopped”. How do you know it worked, and for how long did it hold?'],
    ]);
  });

  test('every follow-up on every fixture quotes the story’s own words, or names the section it is about', () => {
    let n = 0;
    for (const s of STORIES) {
      const text = oneSpace(s.analysis.story.text);
      for (const f of followupsFor(s.analysis)) {
        n++;
        if (f.about === 'Task') { expect(f.question).toMatch(/^Your Task /); continue; }
        expect(text, s.path).toContain(f.about.replace(/…$/, ''));
        expect(f.question).toContain(`“${f.about.replace(/[.!?]+$/, '')}”`);
        expect(oneSpace(s.analysis.story.text.slice(f.span.start, f.span.end))).toContain(f.about.replace(/…$/, ''));
        expect(f.strong.length).toBeGreaterThan(20);
      }
      // At most three of a kind.
      for (const kind of new Set(followupsFor(s.analysis).map((f) => f.kind))) expect(followupsFor(s.analysis).filter((f) => f.kind === kind).length).toBeLessThanOrEqual(3);
    }
    expect(n).toBeGreaterThan(100);
  });
});

test('the weak sample’s disqualifier question, as a user reads it', () => {
  const q = QUESTIONS.find((x) => x.story === 'samples/webhook-weak.star.md' && x.kind === 'disqualifier') as QuizQuestion;
  expect(q.question).toBe('Which sentence of “Webhook drops” is the disqualifier?');
  expect(q.choices[q.answer]).toBe('My manager asked me to look into the webhook drops since I had bandwidth');
  expect(q.answerRule).toBe('assigned-work');
  expect(q.solution[0]).toBe('Step 1: Ask who started the work. Line 13: “My manager asked me to look into the webhook drops since I had bandwidth”.');
  expect(q.hint).toBe('One sentence says the work sounds handed to you.');
});

test('a drill asks the prepared probes with their answers, then the aimed follow-ups not prepared yet', () => {
  const weak = byPath.get('samples/webhook-weak.star.md')!;
  const text = `${weak.analysis.story.text.trimEnd()}\n\n## Follow-ups\n\n### How did you find the cause?\nI read the retry logs line by line.\n\n### What would you do differently?\n`;
  const analysis = analyze(text);
  const cards = drillCards('w.star.md', analysis);
  expect(cards.filter((c) => c.source === 'prepared')).toEqual([
    expect.objectContaining({ story: 'w.star.md', question: 'How did you find the cause?', answer: 'I read the retry logs line by line.' }),
    expect.objectContaining({ question: 'What would you do differently?', answer: null }),
  ]);
  const aimed = cards.filter((c) => c.source === 'aimed');
  expect(aimed.map((c) => c.question)).toEqual(followupsFor(analysis).map((f) => f.question));
  expect(aimed.length).toBeGreaterThan(2);
  expect(aimed.every((c) => c.answer === null && c.strong)).toBe(true);
  // An aimed follow-up already written under Follow-ups is asked once, as prepared.
  const q = aimed[0].question;
  const again = drillCards('w.star.md', analyze(`${text}\n### ${q.toUpperCase()}\nI traced the drops myself.\n`));
  expect(again.filter((c) => c.question.toLowerCase() === q.toLowerCase())).toEqual([expect.objectContaining({ source: 'prepared', answer: 'I traced the drops myself.' })]);
});
