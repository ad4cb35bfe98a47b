// The Practice view as HTML, from what the server sends (the quiz, the drill) and the view's own place in them (which
// question, the choice made, whether the answer is revealed). Pure, so it is tested without VS Code; every piece of
// story text goes through `esc`. It decides nothing: the right answer, the solution, the hint, what is due and when
// each grade brings a question back all come from the server.
import type { DrillEntry, DrillRating, DrillResult, PracticeQuestion, QuizResult } from '../../../server/src/protocol';
import { duration, esc, int } from './format';

/** Where the person is in the quiz: the view keeps it, the server never sees it. */
export interface QuizState {
  index: number;
  /** The choice selected, or null. */
  chosen: number | null;
  checked: boolean;
  hint: boolean;
  right: number;
  answered: number;
}

/** Where the person is in the drill's current question. */
export interface DrillState {
  revealed: boolean;
  /** The answer timer is running. */
  timing: boolean;
  /** The spoken answer's time, once timed (or while it runs, so far). */
  seconds: number | null;
}

export const QUIZ_START: QuizState = { index: 0, chosen: null, checked: false, hint: false, right: 0, answered: 0 };
export const DRILL_START: DrillState = { revealed: false, timing: false, seconds: null };

/** The grade buttons' words, in the order of their number keys. */
export const GRADES: ReadonlyArray<{ rating: DrillRating; label: string; means: string }> = [
  { rating: 'again', label: 'Again', means: 'I could not answer it' },
  { rating: 'hard', label: 'Hard', means: 'I answered, with effort' },
  { rating: 'good', label: 'Good', means: 'I answered it well' },
  { rating: 'easy', label: 'Easy', means: 'It came at once' },
];

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const KIND_WORDS: Record<string, string> = {
  'primary-competency': 'Which competency does it show?',
  'primary-weakness': 'What is its main weakness?',
  disqualifier: 'Which sentence would cost the offer?',
};
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** A story named as the view shows it, with a button that opens it when it is a file of the workspace. */
function storyLine(title: string, path: string, uri: string | null): string {
  const name = `<span class="story-title">${esc(title)}</span> <span class="story-path">(${esc(path)})</span>`;
  return uri ? `<button type="button" class="link" data-action="openStory" data-uri="${esc(uri)}">${name}</button>` : name;
}

/** The quiz part: the question, its four choices as radio buttons, then the result, the solution and the next question. */
export function renderQuiz(result: QuizResult | null, s: QuizState): string {
  if (!result) return '<p class="empty">Star Coach is reading your stories. The quiz appears once it is done.</p>';
  const notice = result.source === 'examples'
    ? `<p class="examples-note">You have no stories in this workspace yet, so these questions are on Star Coach’s example stories. Write a story of your own and the quiz is on it.</p>
<p class="actions"><button type="button" data-action="newStory">New story</button></p>`
    : '';
  const qs = result.questions;
  if (qs.length === 0) return `${notice}<p class="empty">Your stories give no quiz question yet: the reading needs a story with its sections written. Fill in a story's sections and the quiz asks about it.</p>`;
  const index = Math.min(Math.max(0, int(s.index)), qs.length - 1);
  const q = qs[index];
  const score = `<p class="score" id="quiz-score">${s.answered === 0 ? 'No answers yet.' : `${plural(s.right, 'right answer')} of ${s.answered}.`}</p>`;
  const choices = q.choices.map((c, i) => {
    const state = s.checked ? (i === q.answer ? 'right' : i === s.chosen ? 'wrong' : '') : '';
    const mark = !s.checked ? '' : i === q.answer ? ' <span class="mark">(the right answer)</span>' : i === s.chosen ? ' <span class="mark">(your answer)</span>' : '';
    return `<li class="choice ${state}"><label><input type="radio" name="choice" value="${i}"${s.chosen === i ? ' checked' : ''} data-key="choice-${i}"> <span class="letter" aria-hidden="true">${LETTERS[i]}</span> <span class="text">${esc(c)}</span>${mark}</label></li>`;
  }).join('');
  const result_ = !s.checked ? '' : `<div class="result ${s.chosen === q.answer ? 'right' : 'wrong'}">
<p class="verdict"><strong>${s.chosen === q.answer ? 'Right.' : `Not this one: the answer is ${LETTERS[q.answer]}.`}</strong></p>
<h4>Step by step</h4>
<ol class="steps">${q.solution.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>
${q.followup ? `<h4>The follow-up an interviewer would ask here</h4>
<p class="followup-question">${esc(q.followup.question)}</p>
<p class="followup-strong"><strong>A strong answer:</strong> ${esc(q.followup.strong)}</p>` : ''}
</div>`;
  const hint = s.hint || s.checked ? `<p class="hint"><strong>Hint:</strong> ${esc(q.hint)}</p>` : '';
  const buttons = !s.checked
    ? `<button type="button" class="primary" data-action="check" data-key="check">Check answer</button>${s.hint ? '' : ' <button type="button" data-action="hint" data-key="hint">Show a hint</button>'}`
    : `<button type="button" class="primary" data-action="next" data-key="next">${index + 1 < qs.length ? 'Next question' : 'Start again'}</button>`;
  return `${notice}<p class="progress">Question ${index + 1} of ${qs.length} · ${esc(KIND_WORDS[q.kind] ?? q.kind)} · ${esc(q.difficulty)}</p>
<p class="from">From ${storyLine(q.title, q.story, q.uri)}</p>
<fieldset class="choices" aria-describedby="quiz-keys">
<legend><h3 id="quiz-question" tabindex="-1">${esc(q.question)}</h3></legend>
<ol class="choices">${choices}</ol>
</fieldset>
<p class="keys" id="quiz-keys">Keys 1 to ${q.choices.length} choose an answer; Enter checks it.</p>
${hint}
<p class="actions">${buttons}</p>
${result_}
${score}`;
}

/** What the live region says after an answer is checked. */
export function quizAnnouncement(q: PracticeQuestion, chosen: number | null): string {
  if (chosen === null) return 'Choose an answer first.';
  return chosen === q.answer ? `Right: ${q.choices[q.answer]}.` : `Not this one. The answer is ${LETTERS[q.answer]}: ${q.choices[q.answer]}.`;
}

function nothingDue(d: DrillResult): string {
  if (d.total === 0) {
    return `<p class="empty">Nothing to drill yet. The drill asks the follow-ups under each story’s <code>## Follow-ups</code> and the ones an interviewer would aim at its weak spots; write a story and its questions appear here.</p>
<p class="actions"><button type="button" data-action="newStory">New story</button></p>`;
  }
  const next = d.nextDue && d.nextQuestion
    ? `<p>The next question comes back ${esc(d.nextDue)}: ${esc(d.nextQuestion.question)} <span class="story-path">(${esc(d.nextQuestion.story)})</span></p>`
    : '';
  return `<p class="done" id="drill-none" tabindex="-1"><strong>Nothing is due now.</strong> ${plural(d.total, 'question')} in the drill.</p>${next}`;
}

/** The drill part: the due question with its story, the answer timer, Reveal, then the four grades. */
export function renderDrill(d: DrillResult | null, s: DrillState): string {
  if (!d) return '<p class="empty">Star Coach is reading your stories. The drill appears once it is done.</p>';
  const problems = d.problems.length ? `<ul class="problems">${d.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
  const item: DrillEntry | undefined = d.due[0];
  if (!item) return problems + nothingDue(d);
  const timer = `<p class="timer"><button type="button" data-action="${s.timing ? 'stop' : 'start'}" data-key="timer" aria-pressed="${s.timing}">${s.timing ? 'Stop the timer' : s.seconds === null ? 'Start the answer timer' : 'Time it again'}</button>
<span class="time" id="drill-time" aria-hidden="${s.timing}">${s.seconds === null ? '' : `${s.timing ? 'Answering: ' : 'Answer took '}${duration(s.seconds)}`}</span></p>`;
  const revealed = !s.revealed ? `<p class="actions"><button type="button" class="primary" data-action="reveal" data-key="reveal">Reveal the answer</button></p>` : `<div class="revealed">
${item.answer ? `<h4>Your prepared answer</h4>
<blockquote class="prepared">${esc(item.answer)}</blockquote>` : `${item.strong ? `<h4>What a strong answer does</h4>
<p class="strong-answer">${esc(item.strong)}</p>` : ''}<p class="note">There is no prepared answer for this question under the story’s Follow-ups yet; write one there and the drill shows it here.</p>`}
</div>
<fieldset class="grades" aria-describedby="drill-keys">
<legend>How did your answer go?</legend>
${GRADES.map((g, i) => `<button type="button" data-action="grade" data-rating="${g.rating}" data-key="grade-${g.rating}" aria-keyshortcuts="${i + 1}" title="${esc(g.means)}"><span class="grade-name"><span class="letter" aria-hidden="true">${i + 1}</span> ${g.label}</span> <span class="when">back ${esc(item.next[g.rating])}</span></button>`).join(' ')}
</fieldset>
<p class="keys" id="drill-keys">Keys 1 to 4 grade: Again, Hard, Good, Easy.</p>`;
  return `${problems}<p class="progress">${plural(d.dueCount, 'question')} due${item.fresh ? ' · new' : ''} · ${item.source === 'prepared' ? 'prepared under Follow-ups' : 'aimed at a weak spot'}</p>
<p class="from">From ${storyLine(item.title, item.story, item.uri)}</p>
<h3 id="drill-question" tabindex="-1">${esc(item.question)}</h3>
${timer}
${revealed}`;
}

/** The view's frame, drawn once: the two parts with their headings and the live regions that say each result. */
export const PRACTICE_SHELL = `<h1 class="visually-hidden">Practice</h1>
<section class="quiz" aria-labelledby="quiz-heading">
<h2 id="quiz-heading">Quiz</h2>
<div id="quiz"></div>
<p class="visually-hidden" id="quiz-live" role="status" aria-live="polite"></p>
</section>
<section class="drill" aria-labelledby="drill-heading">
<h2 id="drill-heading">Drill</h2>
<div id="drill"></div>
<p class="visually-hidden" id="drill-live" role="status" aria-live="polite"></p>
</section>`;
