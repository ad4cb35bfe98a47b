// `star-coach quiz` and `star-coach drill` at a real terminal: each runs in a tmux pane (a real pseudo-terminal), keys go
// in with `send-keys`, and the screen is read with `capture-pane`, polled until the expected text is there. A private
// tmux server (its own socket) keeps the test apart from any other tmux on the machine.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze, drillCards, drillId, dueItems, emptyPractice, gradeItem, parsePractice, quiz, reviewStory, whenDue, PRACTICE_FILE, type DrillRating } from '../server/src/core';
import { CLI, ROOT } from './support/run-cli';

const SOCKET = `star-coach-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', '-u', ...args], { encoding: 'utf8' });
const temps: string[] = [];
afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // no session left
  }
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function workspace(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'star-tty-'));
  temps.push(dir);
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'stories'));
  for (const n of names) copyFileSync(join(ROOT, 'test-fixtures/stories', `${n}.star.md`), join(dir, 'stories', `${n}.star.md`));
  return dir;
}

const story = (dir: string, path: string) => {
  const analysis = analyze(readFileSync(join(dir, path), 'utf8'), {});
  return { path, analysis, review: reviewStory(analysis) };
};

/**
 * Starts `star-coach <args>` in a 100×40 pane in `dir`. After it ends, the pane shows its exit code and whether the
 * terminal is back in canonical mode (`icanon`, not `-icanon`), then waits to be read.
 */
function start(name: string, dir: string, args: string[]): void {
  const command = `env NO_COLOR=1 LANG=C.UTF-8 ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args.join(' ')}; echo EXIT=$?; stty -a | grep -o -- '-\\?icanon'; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '40', '-c', dir, command);
}

/** The pane's text, wrapped lines joined. */
const screen = (name: string) => tmux('capture-pane', '-p', '-J', '-t', name, '-S', '-200');

/** Polls the pane until `expected` is on it; fails with the screen after a generous 20 s. */
async function waitFor(name: string, expected: string | RegExp): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const text = screen(name);
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`waited 20 s for ${String(expected)}; the screen shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k);

describe('at a terminal', () => {
  test('quiz: a number answers without Enter; a right answer and a wrong one, the steps, the hint, q and the score', async () => {
    const dir = workspace(['webhook-senior-weak', 'fintech-weak']);
    const questions = quiz(['stories/fintech-weak.star.md', 'stories/webhook-senior-weak.star.md'].map((p) => story(dir, p)));
    expect(questions.length).toBeGreaterThanOrEqual(3);
    const [first, second] = questions;
    start('quiz', dir, ['quiz', 'stories']);

    await waitFor('quiz', `${first.question}\n${first.choices.map((c, i) => `  ${i + 1}. ${c}`).join('\n')}\nYour answer (1–4, q to quit):`);
    keys('quiz', String(first.answer + 1));
    await waitFor('quiz', `Your answer (1–4, q to quit): ${first.answer + 1}\nRight: ${first.choices[first.answer]}.\n${first.solution.map((s) => `  ${s}`).join('\n')}\n`);

    await waitFor('quiz', second.question);
    const wrong = (second.answer + 1) % 4;
    keys('quiz', String(wrong + 1), 'Enter'); // a number then Enter works too: the Enter is passed over
    const after = await waitFor('quiz', `Your answer (1–4, q to quit): ${wrong + 1}\nNot quite: the answer is ${second.answer + 1}, ${second.choices[second.answer]}.\n${second.solution.map((s) => `  ${s}`).join('\n')}\n  Hint: ${second.hint}\n${second.followup ? `  An interviewer would follow up: ${second.followup.question}\n` : ''}`);
    expect(after.split(`Right: ${first.choices[first.answer]}.`)[1].split(second.question)[0]).not.toContain('Hint:'); // no hint after a right answer

    await waitFor('quiz', questions[2].question);
    keys('quiz', 'q');
    const end = await waitFor('quiz', /EXIT=\d+\n-?icanon/);
    expect(end).toContain(`Score: 1 of 2 right, with ${questions.length - 2} question${questions.length - 2 === 1 ? '' : 's'} not asked.\nEXIT=0\nicanon`);
  }, 60_000);

  test('drill: the clock, the prepared answer, a grade saved as ts-fsrs schedules it, and Ctrl+C restoring the terminal with exit 130', async () => {
    const dir = workspace(['fintech-weak']);
    const path = 'stories/fintech-weak.star.md';
    const cards = drillCards(path, story(dir, path).analysis);
    const items = cards.map((c) => ({ id: drillId(path, c.question), story: path, question: c.question }));
    const due = dueItems(emptyPractice(), items, new Date());
    expect(due.length).toBeGreaterThanOrEqual(4);
    const cardOf = (id: string) => cards[items.findIndex((i) => i.id === id)];
    // the first question has an answer prepared under Follow-ups, the third is aimed at a weak spot and has none
    expect(cardOf(due[0].id).answer).not.toBeNull();
    expect(cardOf(due[2].id)).toMatchObject({ answer: null, source: 'aimed' });
    start('drill', dir, ['drill']);

    /** Answers the question on screen and grades it; returns what the practice file then holds for it. */
    const drill = async (n: number, key: string, rating: DrillRating) => {
      const item = due[n];
      const card = cardOf(item.id);
      await waitFor('drill', `Question ${n + 1} of ${due.length} · ${path}\n${card.question}\nPress Enter to start the clock and answer aloud (q to quit).`);
      keys('drill', 'Enter');
      await waitFor('drill', /Answering: 0:\d\d \(Enter stops the clock\)$/m);
      keys('drill', 'Enter');
      const prepared = card.answer ? `Your prepared answer: ${card.answer}` : `No answer is prepared for this yet. A strong answer ${card.strong!.charAt(0).toLowerCase()}${card.strong!.slice(1)}`;
      await waitFor('drill', new RegExp(`You answered in 0:\\d\\d\\. *\\n${prepared.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nHow did it go\\? 1 again, 2 hard, 3 good, 4 easy \\(q to quit\\): $`, 'm'));
      keys('drill', key);
      const shown = await waitFor('drill', new RegExp(`\\(q to quit\\): ${key}\\n${rating[0].toUpperCase()}${rating.slice(1)}: next due (.+)\\.$`, 'm'));
      const saved = parsePractice(readFileSync(join(dir, PRACTICE_FILE), 'utf8'));
      expect(saved.problems).toEqual([]);
      const kept = saved.state.cards[item.id];
      // The card is what ts-fsrs gives for this grade at the time it was given, and the screen says when it is next due.
      const at = new Date(kept.log[kept.log.length - 1].at);
      const seconds = kept.log[kept.log.length - 1].seconds;
      expect(seconds).toBeGreaterThanOrEqual(0);
      expect(kept).toEqual(gradeItem(emptyPractice(), item, rating, at, seconds).cards[item.id]);
      expect(Date.parse(kept.due)).toBeGreaterThan(at.getTime());
      expect(shown).toContain(`: next due ${whenDue(kept, at)}.`);
      return saved.state;
    };

    expect(Object.keys((await drill(0, '3', 'good')).cards)).toEqual([due[0].id]);
    await drill(1, '1', 'again');
    const afterThree = await drill(2, '4', 'easy');
    expect(Object.keys(afterThree.cards).sort()).toEqual([due[0].id, due[1].id, due[2].id].sort());
    const before = readFileSync(join(dir, PRACTICE_FILE), 'utf8');

    // Ctrl+C while the clock runs: the terminal comes back in canonical mode, the exit code is 130, the file is as the
    // last grade left it.
    await waitFor('drill', `Question 4 of ${due.length}`);
    keys('drill', 'Enter');
    await waitFor('drill', /Question 4 of[^]*Answering: 0:\d\d/);
    keys('drill', 'C-c');
    const end = await waitFor('drill', /EXIT=\d+\n-?icanon/);
    expect(end).toMatch(/Stopped\.\nEXIT=130\nicanon/);
    expect(readFileSync(join(dir, PRACTICE_FILE), 'utf8')).toBe(before);
  }, 90_000);
});
