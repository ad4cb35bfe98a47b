// The Practice view's rendering and its messages, without VS Code: story text is escaped everywhere it shows; the quiz
// shows the server's right answer and solution only once checked; the drill shows the server's "back in …" for each
// grade and the prepared answer only once revealed; the status bar's count hides at zero; and a message from the view
// with a shape the host does not expect is refused.
import { describe, expect, test } from 'vitest';
import { analyze, drillCards, drillId, quiz, reviewStory } from '../server/src/core';
import type { DrillEntry, DrillResult, QuizResult } from '../server/src/protocol';
import { parseViewMessage } from '../client/src/webviews/messages';
import { DRILL_START, QUIZ_START, quizAnnouncement, renderDrill, renderQuiz } from '../client/src/webviews/render-practice';
import { drillStatusText } from '../client/src/status-text';
import { esc } from '../client/src/webviews/format';

const HOSTILE = `---
question: Tell me about a time you fixed something nobody owned
competencies: [Ownership]
---
# The <img src=x onerror=alert(1)> export

## Situation

Our billing export <script>alert(1)</script> dropped invoices every night, and finance rebuilt them by hand.

## Task

We had to fix it.

## Action

We rewrote the job. I chose to batch the writes.

## Result

Failures fell by 40%.

## Follow-ups

### Why did you <b>batch</b> them?

Because the <i>database</i> timed out on single writes.
`;

const analysis = analyze(HOSTILE);
const questions = quiz([{ path: 'stories/<x>.star.md', analysis, review: reviewStory(analysis) }]).map((q) => ({ ...q, uri: null }));
const QUIZ: QuizResult = { source: 'stories', questions };
const cards = drillCards('stories/<x>.star.md', analysis);
const entry = (i: number): DrillEntry => ({
  folder: 'file:///ws', id: drillId(cards[i].story, cards[i].question), story: cards[i].story, title: 'The <img> export', uri: 'file:///ws/x.star.md',
  question: cards[i].question, answer: cards[i].answer, strong: cards[i].strong ?? null, source: cards[i].source, fresh: true,
  next: { again: 'in 1 minute', hard: 'in 6 minutes', good: 'in 10 minutes', easy: 'in 8 days' },
});
const DRILL: DrillResult = { due: cards.map((_, i) => entry(i)), dueCount: cards.length, total: cards.length, nextDue: null, nextQuestion: null, problems: [] };

const noRawTags = (html: string) => expect(html).not.toMatch(/<(?:script|img|b|i)[\s>]/);

describe('the quiz', () => {
  test('the story gives questions, and its text is escaped', () => {
    expect(questions.length).toBeGreaterThan(0);
    const html = renderQuiz(QUIZ, QUIZ_START);
    noRawTags(html);
    expect(html).toContain('&lt;');
    expect((html.match(/type="radio"/g) ?? []).length).toBe(4);
  });

  test('the right answer and the steps show only once checked; a wrong choice is named as such', () => {
    const q = questions[0];
    const before = renderQuiz(QUIZ, { ...QUIZ_START, chosen: q.answer });
    expect(before).not.toContain('the right answer');
    expect(before).not.toContain('Step by step');
    const wrong = (q.answer + 1) % 4;
    const after = renderQuiz(QUIZ, { ...QUIZ_START, chosen: wrong, checked: true, answered: 1 });
    expect(after).toContain('(the right answer)');
    expect(after).toContain('(your answer)');
    expect(after).toContain(`the answer is ${'ABCD'[q.answer]}`);
    expect((after.match(/<li>Step \d/g) ?? []).length).toBe(q.solution.length);
    expect(after).toContain('0 right answers of 1.');
    expect(quizAnnouncement(q, q.answer)).toBe(`Right: ${q.choices[q.answer]}.`);
    expect(quizAnnouncement(q, null)).toBe('Choose an answer first.');
  });

  test('after the answer, the follow-up an interviewer would aim at the same spot, when the question has one', () => {
    const withFollowup = questions.find((q) => q.followup);
    expect(withFollowup).toBeDefined();
    const q = withFollowup!;
    const html = renderQuiz({ ...QUIZ, questions: [q] }, { ...QUIZ_START, chosen: q.answer, checked: true, answered: 1, right: 1 });
    expect(html).toContain('The follow-up an interviewer would ask here');
    expect(html).toContain(esc(q.followup!.question));
    expect(renderQuiz({ ...QUIZ, questions: [q] }, { ...QUIZ_START, chosen: q.answer })).not.toContain('The follow-up an interviewer');
  });

  test('on the examples, the view says so', () => {
    expect(renderQuiz({ ...QUIZ, source: 'examples' }, QUIZ_START)).toContain('no stories in this workspace yet');
    expect(renderQuiz(QUIZ, QUIZ_START)).not.toContain('no stories in this workspace yet');
  });
});

describe('the drill', () => {
  test('the prepared answer shows only once revealed, escaped, with the four grades and when each brings it back', () => {
    const prepared = DRILL.due.findIndex((d) => d.answer);
    expect(prepared).toBe(0); // the prepared follow-up comes first
    const hidden = renderDrill(DRILL, DRILL_START);
    expect(hidden).not.toContain('database');
    expect(hidden).toContain('Reveal the answer');
    const shown = renderDrill(DRILL, { ...DRILL_START, revealed: true });
    noRawTags(shown);
    expect(shown).toContain('&lt;i&gt;database&lt;/i&gt;');
    for (const [word, when] of [['Again', 'in 1 minute'], ['Hard', 'in 6 minutes'], ['Good', 'in 10 minutes'], ['Easy', 'in 8 days']]) expect(shown).toMatch(new RegExp(`${word}</span> <span class="when">back ${when}`));
  });

  test('an aimed follow-up with no prepared answer shows what a strong answer does', () => {
    const aimed = DRILL.due.find((d) => d.source === 'aimed')!;
    const html = renderDrill({ ...DRILL, due: [aimed] }, { ...DRILL_START, revealed: true });
    expect(html).toContain('What a strong answer does');
    expect(aimed.strong).toBeTruthy();
    expect(html).toContain(aimed.strong!);
  });

  test('a prepared question with no answer written yet says so, and offers no answer of the view’s own', () => {
    const bare = { ...DRILL.due[0], answer: null, strong: null, source: 'prepared' as const };
    const html = renderDrill({ ...DRILL, due: [bare] }, { ...DRILL_START, revealed: true });
    expect(html).toContain('There is no prepared answer for this question');
    expect(html).not.toContain('What a strong answer does');
    expect(html).not.toContain('blockquote');
  });

  test('with nothing due it says when the next one comes back; with nothing at all, how to get questions', () => {
    const none = renderDrill({ ...DRILL, due: [], dueCount: 0, nextDue: 'in 3 hours', nextQuestion: { story: 'a.star.md', question: 'Why <now>?' } }, DRILL_START);
    expect(none).toContain('Nothing is due now.');
    expect(none).toContain('comes back in 3 hours: Why &lt;now&gt;?');
    expect(renderDrill({ ...DRILL, due: [], dueCount: 0, total: 0 }, DRILL_START)).toContain('Nothing to drill yet');
  });

  test('the status bar says the count, and is hidden at zero', () => {
    expect(drillStatusText({ dueCount: 3, nextDue: null })).toMatchObject({ text: '$(mortar-board) 3 due', label: '3 questions due in the drill. Open the Practice view.' });
    expect(drillStatusText({ dueCount: 1, nextDue: null })!.label).toBe('1 question due in the drill. Open the Practice view.');
    expect(drillStatusText({ dueCount: 0, nextDue: 'in 2 days' })).toBeUndefined();
  });
});

describe('messages from the Practice view', () => {
  test('a grade has a folder, an id and one of the four ratings; seconds, when given, is a time', () => {
    expect(parseViewMessage({ type: 'grade', folder: 'file:///ws', id: 'a#b', rating: 'good', seconds: 12.5 })).toEqual({ type: 'grade', folder: 'file:///ws', id: 'a#b', rating: 'good', seconds: 12.5 });
    expect(parseViewMessage({ type: 'grade', folder: 'file:///ws', id: 'a#b', rating: 'easy' })).toEqual({ type: 'grade', folder: 'file:///ws', id: 'a#b', rating: 'easy' });
    expect(parseViewMessage({ type: 'grade', folder: 'file:///ws', id: 'a#b', rating: 'perfect' })).toBeUndefined();
    expect(parseViewMessage({ type: 'grade', folder: 'file:///ws', id: 'a#b', rating: 'good', seconds: -1 })).toBeUndefined();
    expect(parseViewMessage({ type: 'grade', folder: 'file:///ws', id: '', rating: 'good' })).toBeUndefined();
    expect(parseViewMessage({ type: 'grade', folder: 'file:///ws\n', id: 'a', rating: 'good' })).toBeUndefined();
    expect(parseViewMessage({ type: 'openPracticeStory', uri: 'file:///ws/a.star.md' })).toEqual({ type: 'openPracticeStory', uri: 'file:///ws/a.star.md' });
    expect(parseViewMessage({ type: 'openPracticeStory', uri: 7 })).toBeUndefined();
  });
});
