// Runs inside the Practice view: draws the quiz and the drill the host sends, keeps the person's place in them (the
// question, the choice, the timer, whether the answer is revealed), and sends a drill grade to the host. Keys 1–4
// choose an answer in the quiz and grade in the drill. No analysis here: every answer and schedule comes from the server.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { DrillRating, DrillResult, QuizResult } from '../../../server/src/protocol';
import { DRILL_START, GRADES, PRACTICE_SHELL, QUIZ_START, quizAnnouncement, renderDrill, renderQuiz, type DrillState, type QuizState } from './render-practice';
import { duration } from './format';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
root.innerHTML = PRACTICE_SHELL;
const quizBox = document.getElementById('quiz')!;
const drillBox = document.getElementById('drill')!;
const quizLive = document.getElementById('quiz-live')!;
const drillLive = document.getElementById('drill-live')!;

let quiz: QuizResult | null = null;
let drill: DrillResult | null = null;
let q: QuizState = { ...QUIZ_START };
let d: DrillState = { ...DRILL_START };
/** The drill question on screen: a new one starts with the answer hidden and the timer at rest. */
let drillItem = '';
let quizKey = '';
let startedAt = 0;
let ticker: ReturnType<typeof setInterval> | undefined;
let grading = false;

/** Redraws a part and gives the focus back to the control that had it (by its data-key), or to `focus`. */
function draw(box: HTMLElement, html: string, focus?: string) {
  const active = document.activeElement instanceof HTMLElement && box.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
  if (box.innerHTML !== html) box.innerHTML = html;
  const key = focus ?? active;
  if (!key) return;
  const to = key.startsWith('#') ? box.querySelector<HTMLElement>(key) : box.querySelector<HTMLElement>(`[data-key="${key}"]`);
  to?.focus();
}

const drawQuiz = (focus?: string) => draw(quizBox, renderQuiz(quiz, q), focus);
const drawDrill = (focus?: string) => draw(drillBox, renderDrill(drill, d), focus);

function stopTicker() {
  clearInterval(ticker);
  ticker = undefined;
}

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as { type?: unknown; quiz?: unknown; drill?: unknown; scheduled?: unknown; error?: unknown } | null;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'practice') {
    quiz = (m.quiz ?? null) as QuizResult | null;
    const key = quiz ? JSON.stringify(quiz.questions.map((x) => [x.story, x.kind, x.question])) : '';
    if (key !== quizKey) {
      // The stories changed the quiz: keep the score, start again at a question that is still there.
      quizKey = key;
      q = { ...q, index: quiz && q.index < quiz.questions.length ? q.index : 0, chosen: null, checked: false, hint: false };
    }
    drawQuiz();
    setDrill((m.drill ?? null) as DrillResult | null);
  } else if (m.type === 'graded') {
    grading = false;
    const result = m.drill as DrillResult | null;
    drillLive.textContent = typeof m.error === 'string' && m.error ? m.error : typeof m.scheduled === 'string' ? `Graded. This question comes back ${m.scheduled}.${result && result.due.length ? ` Next: ${result.due[0].question}` : ' Nothing else is due now.'}` : '';
    setDrill(result, true);
  }
});

function setDrill(next: DrillResult | null, moveFocus = false) {
  drill = next;
  const id = next?.due[0] ? `${next.due[0].folder}\u0000${next.due[0].id}` : '';
  if (id !== drillItem) {
    drillItem = id;
    stopTicker();
    d = { ...DRILL_START };
  }
  drawDrill(moveFocus ? (next?.due[0] ? '#drill-question' : '#drill-none') : undefined);
}

function choose(i: number) {
  if (!quiz || q.checked || i < 0 || i >= (quiz.questions[q.index]?.choices.length ?? 0)) return;
  q = { ...q, chosen: i };
  drawQuiz(`choice-${i}`);
}

function check() {
  const question = quiz?.questions[q.index];
  if (!question || q.checked) return;
  quizLive.textContent = quizAnnouncement(question, q.chosen);
  if (q.chosen === null) return;
  q = { ...q, checked: true, answered: q.answered + 1, right: q.right + (q.chosen === question.answer ? 1 : 0) };
  drawQuiz('next');
}

function nextQuestion() {
  if (!quiz) return;
  q = { ...q, index: (q.index + 1) % quiz.questions.length, chosen: null, checked: false, hint: false };
  quizLive.textContent = '';
  drawQuiz('#quiz-question');
}

function grade(rating: DrillRating) {
  const item = drill?.due[0];
  if (!item || !d.revealed || grading) return;
  grading = true;
  if (d.timing) toggleTimer();
  vscode.postMessage({ type: 'grade', folder: item.folder, id: item.id, rating, ...(d.seconds !== null ? { seconds: d.seconds } : {}) });
}

function toggleTimer() {
  if (d.timing) {
    stopTicker();
    d = { ...d, timing: false, seconds: (Date.now() - startedAt) / 1000 };
    drillLive.textContent = `Answer timed at ${duration(d.seconds!)}.`;
  } else {
    startedAt = Date.now();
    d = { ...d, timing: true, seconds: 0 };
    drillLive.textContent = 'Timer started. Answer out loud, then stop it.';
    // Only the time's text changes each second: no redraw, so nothing else a screen reader is on moves.
    ticker = setInterval(() => {
      d = { ...d, seconds: (Date.now() - startedAt) / 1000 };
      const time = document.getElementById('drill-time');
      if (time) time.textContent = `Answering: ${duration(d.seconds!)}`;
    }, 1000);
  }
  drawDrill('timer');
}

root.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name !== 'choice') return;
  // Once checked, the choice stays the one that was checked.
  if (q.checked) for (const r of quizBox.querySelectorAll<HTMLInputElement>('input[name="choice"]')) r.checked = Number(r.value) === q.chosen;
  else choose(Number(input.value));
});

root.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
  if (!button) return;
  const a = button.dataset.action;
  if (a === 'check') check();
  else if (a === 'hint') {
    q = { ...q, hint: true };
    drawQuiz('check');
    quizLive.textContent = `Hint: ${quiz?.questions[q.index]?.hint ?? ''}`;
  } else if (a === 'next') nextQuestion();
  else if (a === 'start' || a === 'stop') toggleTimer();
  else if (a === 'reveal') {
    d = { ...d, revealed: true };
    drawDrill('grade-good');
    drillLive.textContent = 'Answer revealed. Grade how your answer went: 1 Again, 2 Hard, 3 Good, 4 Easy.';
  } else if (a === 'grade') grade(button.dataset.rating as DrillRating);
  else if (a === 'openStory') vscode.postMessage({ type: 'openPracticeStory', uri: button.dataset.uri });
  else if (a === 'newStory') vscode.postMessage({ type: 'newStory' });
});

// Number keys: in the quiz they choose (1 is the first choice), in the drill they grade once the answer is revealed.
// Enter on a choice checks the answer.
root.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  const inQuiz = quizBox.contains(target) || target === document.body;
  const inDrill = drillBox.contains(target);
  if (/^[1-9]$/.test(event.key)) {
    const n = Number(event.key) - 1;
    if (inDrill && d.revealed && n < GRADES.length) {
      event.preventDefault();
      grade(GRADES[n].rating);
    } else if (inQuiz) {
      event.preventDefault();
      choose(n);
    }
  } else if (event.key === 'Enter' && target instanceof HTMLInputElement && target.name === 'choice') {
    event.preventDefault();
    check();
  }
});

vscode.postMessage({ type: 'ready' });
