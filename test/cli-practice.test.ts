// `star-coach quiz` and `star-coach drill` as a process, with stdin not a terminal: the JSON is the issue's shape and
// the core's quiz exactly; the readings agree with the answers; printed output never waits and the drill writes nothing.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze, drillCards, drillId, dueItems, emptyPractice, EXAMPLE_STORIES, gradeItem, quiz, QUIZ_KINDS, reviewStory, serializePractice, PRACTICE_FILE, type PracticeStory, type QuizQuestion } from '../server/src/core';
import { followupLines, NO_STORIES } from '../server/src/cli/practice';
import { keysOf } from '../server/src/cli/terminal';
import { ROOT, runCli } from './support/run-cli';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const FIXTURES = ['webhook-senior-weak', 'fintech-weak', 'sre-oncall-weak', 'webhook-senior-strong'];

/** A workspace (it holds `.git`) with a few stories under `stories/`. */
function workspace(names = FIXTURES): string {
  const dir = mkdtempSync(join(tmpdir(), 'star-practice-'));
  temps.push(dir);
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'stories'));
  for (const n of names) copyFileSync(join(ROOT, 'test-fixtures/stories', `${n}.star.md`), join(dir, 'stories', `${n}.star.md`));
  return dir;
}

/** The stories as the CLI reads them, in the order `check` finds them. */
function practiceStories(dir: string, names = FIXTURES): PracticeStory[] {
  return [...names].sort().map((n) => {
    const path = `stories/${n}.star.md`;
    const analysis = analyze(readFileSync(join(dir, path), 'utf8'), {});
    return { path, analysis, review: reviewStory(analysis) };
  });
}

describe('star-coach quiz --format json', () => {
  const dir = workspace();
  const run = runCli(['quiz', '--format', 'json', 'stories'], dir);
  const json = JSON.parse(run.stdout) as { version: number; questions: QuizQuestion[] };
  const stories = practiceStories(dir);

  test('exits 0 with the version and the core\'s quiz over the same stories, question for question', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(json.version).toBe(1);
    expect(json.questions.length).toBeGreaterThanOrEqual(FIXTURES.length);
    expect(json.questions).toEqual(JSON.parse(JSON.stringify(quiz(stories))));
  });

  test('each question has the issue\'s fields: kind, story, question, four distinct choices, answer, solution steps, hint', () => {
    for (const q of json.questions) {
      expect(QUIZ_KINDS).toContain(q.kind);
      expect(q.story).toMatch(/^stories\/.+\.star\.md$/);
      expect(q.question).toMatch(/\?$/);
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices).size).toBe(4);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < 4).toBe(true);
      expect(q.solution.length).toBeGreaterThan(0);
      q.solution.forEach((s, i) => expect(s.startsWith(`Step ${i + 1}: `)).toBe(true));
      expect(q.hint.length).toBeGreaterThan(10);
      if (q.kind === 'primary-competency') expect(q.answerCompetency).toBe(q.choices[q.answer]);
      else expect(typeof q.answerRule).toBe('string');
    }
  });

  test('the answers agree with each story\'s reading', () => {
    const reviewOf = new Map(stories.map((s) => [s.path, s.review]));
    for (const q of json.questions) {
      const r = reviewOf.get(q.story)!;
      if (q.kind === 'primary-competency') expect(q.answerCompetency).toBe(r.primaryCompetency);
      if (q.kind === 'primary-weakness') expect(q.answerRule).toBe(r.primaryWeakness?.rule);
      if (q.kind === 'disqualifier') expect(r.disqualifiers.map((d) => d.rule)).toContain(q.answerRule);
    }
    expect(new Set(json.questions.map((q) => q.kind))).toEqual(new Set(QUIZ_KINDS));
  });

  test('--kind and --limit pick the questions', () => {
    const only = JSON.parse(runCli(['quiz', '--format', 'json', '--kind', 'disqualifier', 'stories'], dir).stdout).questions as QuizQuestion[];
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((q) => q.kind === 'disqualifier')).toBe(true);
    const two = JSON.parse(runCli(['quiz', '--format=json', '--kind', 'primary-weakness,disqualifier', '--limit', '2', 'stories'], dir).stdout).questions as QuizQuestion[];
    expect(two).toEqual(JSON.parse(JSON.stringify(quiz(stories, { kinds: ['primary-weakness', 'disqualifier'], limit: 2 }))));
  });

  test.each([
    { args: ['--kind', 'disqualifer'], message: 'star-coach: --kind must be primary-competency, primary-weakness or disqualifier, not "disqualifer"; did you mean disqualifier?\n' },
    { args: ['--limit', '0'], message: 'star-coach: --limit must be a whole number from 1 to 10000, not "0"\n' },
    { args: ['--format', 'sarif'], message: 'star-coach: --format must be text or json, not "sarif"\n' },
  ])('a bad option is one line and exit 2: $args', ({ args, message }) => {
    const r = runCli(['quiz', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
  });
});

describe('star-coach quiz, not at a terminal', () => {
  test('prints every question with its choices, then the answers with the hints and steps, without waiting', () => {
    const dir = workspace();
    const r = runCli(['quiz', 'stories'], dir);
    expect(r.code).toBe(0);
    const questions = quiz(practiceStories(dir));
    const [asked, answers] = r.stdout.split(/^Answers$/m);
    expect(answers).toBeDefined();
    questions.forEach((q, i) => {
      expect(asked).toContain(`Question ${i + 1} of ${questions.length} · ${q.story}`);
      expect(asked).toContain(`${q.question}\n${q.choices.map((c, n) => `  ${n + 1}. ${c}`).join('\n')}\n`);
      expect(answers).toContain(`Question ${i + 1}: choice ${q.answer + 1}, ${q.choices[q.answer]}\n   Hint: ${q.hint}\n${[...q.solution.map((s) => `   ${s}`), ...(q.followup ? followupLines(q.followup, '   ') : [])].join('\n')}\n`);
    });
    expect(asked).not.toContain('Hint:');
    expect(questions.some((q) => q.followup)).toBe(true);
    for (const q of questions) if (q.followup) expect(answers).toContain(`   An interviewer would follow up: ${q.followup.question}\n   A strong answer `);
  });

  test('with no story, it practises on the built-in examples and says so in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-practice-empty-'));
    temps.push(dir);
    const r = runCli(['quiz', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${NO_STORIES}\n`);
    const examples = new Set(EXAMPLE_STORIES.map((e) => e.path));
    const { questions } = JSON.parse(r.stdout) as { questions: QuizQuestion[] };
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(examples.has(q.story)).toBe(true);
  });

  test('a path that names nothing is named on stderr and exits 2, with no examples in its place', () => {
    const dir = workspace([]);
    const r = runCli(['quiz', 'nope.star.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('star-coach: nope.star.md: no such file or folder\n');
  });
});

describe('star-coach drill, not at a terminal', () => {
  const NAMES = ['webhook-senior-weak', 'fintech-weak'];

  /** Each story's cards, dealt story by story in turn: the first of each, then the second of each… */
  function items(dir: string) {
    const per = practiceStories(dir, NAMES).map((s) => drillCards(s.path, s.analysis).map((card) => ({ card, item: { id: drillId(s.path, card.question), story: s.path, question: card.question } })));
    const longest = Math.max(...per.map((p) => p.length));
    return Array.from({ length: longest }, (_, round) => per.flatMap((p) => (p[round] ? [p[round]] : []))).flat();
  }

  test('--format json: the due items with their prepared answer or what a strong answer does, and nothing written', () => {
    const dir = workspace(NAMES);
    const r = runCli(['drill', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { version: number; items: Array<{ id: string; story: string; question: string; answer: string | null; strong?: string; due: string | null; new: boolean }> };
    expect(json.version).toBe(1);
    const all = items(dir);
    const due = dueItems(emptyPractice(), all.map((a) => a.item), new Date());
    expect(json.items.map((i) => i.id)).toEqual(due.map((d) => d.id));
    for (const i of json.items) {
      const { card } = all.find((a) => a.item.id === i.id)!;
      expect(i).toMatchObject({ story: card.story, question: card.question, answer: card.answer, due: null, new: true });
      if (card.answer === null) expect(i.strong).toBe(card.strong);
    }
    expect(json.items.some((i) => i.answer !== null) && json.items.some((i) => i.answer === null && i.strong)).toBe(true);
    expect(existsSync(join(dir, PRACTICE_FILE))).toBe(false);
    // a short round still spans the bank
    const two = JSON.parse(runCli(['drill', '--format', 'json', '--new', '2'], dir).stdout).items as Array<{ story: string }>;
    expect(two.map((i) => i.story)).toEqual(NAMES.map((n) => `stories/${n}.star.md`).sort());
  });

  test('a question graded and not due yet is left out; --new caps the questions never drilled', () => {
    const dir = workspace(NAMES);
    const all = items(dir);
    const graded = gradeItem(emptyPractice(), all[0].item, 'easy', new Date());
    const text = serializePractice(graded);
    writeFileSync(join(dir, PRACTICE_FILE), text);
    const ids = (args: string[]) => (JSON.parse(runCli(['drill', '--format', 'json', ...args], dir).stdout).items as Array<{ id: string }>).map((i) => i.id);
    expect(ids([])).not.toContain(all[0].item.id);
    expect(ids(['--new', '1'])).toEqual([all[1].item.id]);
    expect(ids(['--new', '0'])).toEqual([]);
    // the file is the same bytes: the drill only read it
    expect(readFileSync(join(dir, PRACTICE_FILE), 'utf8')).toBe(text);
  });

  test('text: what is due, by story, and nothing written', () => {
    const dir = workspace(NAMES);
    const r = runCli(['drill', 'stories'], dir);
    expect(r.code).toBe(0);
    const due = dueItems(emptyPractice(), items(dir).map((a) => a.item), new Date());
    expect(r.stdout).toContain(`${due.length} questions due (${due.length} never drilled), from 2 stories.`);
    for (const d of due) expect(r.stdout).toContain(`  - ${d.question} (new)\n`);
    expect(existsSync(join(dir, PRACTICE_FILE))).toBe(false);
  });

  test('the practice file is the workspace folder\'s, found from a folder below it', () => {
    const dir = workspace(NAMES);
    const all = items(dir);
    const state = all.reduce((s, a) => gradeItem(s, a.item, 'easy', new Date()), emptyPractice());
    writeFileSync(join(dir, PRACTICE_FILE), serializePractice(state));
    const r = runCli(['drill', '.'], join(dir, 'stories'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Nothing is due\. The next question comes due in \d+ days\.\n$/);
  });
});

describe('the keyboard', () => {
  test.each([
    { chunk: '2', keys: ['2'] },
    { chunk: '2\r', keys: ['2', 'enter'] },
    { chunk: '2\n', keys: ['2', 'enter'] },
    { chunk: '\r\n', keys: ['enter'] },
    { chunk: '\x03', keys: ['interrupt'] },
    { chunk: '\x04', keys: ['end'] },
    { chunk: '\x1b[A3', keys: ['\x1b[A', '3'] },
    { chunk: '\x1bOPq', keys: ['\x1bOP', 'q'] },
  ])('what arrives as $chunk is the keys $keys', ({ chunk, keys }) => {
    expect(keysOf(chunk)).toEqual(keys);
  });
});
