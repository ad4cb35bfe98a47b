// `star-coach quiz` and `star-coach drill`: practice on the user's own stories in a terminal. The core makes the
// questions (`quiz`, `drillCards`) and schedules them (`dueItems`, `gradeItem`); this file reads the stories, asks,
// and saves each grade through fsio.updatePractice the moment it is given.
import { relative, resolve, sep } from 'node:path';
import {
  analyze, drillCards, drillId, inTurn, dueItems, EXAMPLE_STORIES, formatDuration, gradeItem, nextDue, quiz, QUIZ_KINDS, QUIZ_VERSION, reviewStory, whenDue,
  DEFAULT_NEW_LIMIT, DRILL_RATINGS, PRACTICE_FILE,
  type DrillCard, type DrillItem, type DrillRating, type PracticeState, type PracticeStory, type QuizKind, type QuizQuestion, type StarCoachConfig,
} from '../core';
import { practiceFolder, readPractice, readStory, updatePractice, type PracticeUpdate } from '../fsio';
import { configFor } from './config';
import { findTargets } from './files';
import type { Io } from './main';
import { colorChoice, oneOf, parseOptions, UsageError } from './options';
import { FAULT } from './parallel';
import { ANSI, NO_PAINT, type Paint } from './format/text';
import type { Key, Terminal } from './terminal';

/** The shell's code for a run stopped by Ctrl+C, as bin.ts gives it for a signal. */
const INTERRUPTED = 130;

export const NO_STORIES = 'No stories here yet: practising on the built-in examples.';

const SHARED = { config: { type: 'string', example: '.starcoach.json' }, level: { type: 'string', example: 'senior' }, wpm: { type: 'string', example: '140' }, format: { type: 'string', example: 'json' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const QUIZ_OPTIONS = { ...SHARED, kind: { type: 'string', example: 'primary-weakness' }, limit: { type: 'string', example: '5' } } as const;
const DRILL_OPTIONS = { ...SHARED, new: { type: 'string', example: '5' } } as const;

interface Loaded {
  stories: PracticeStory[];
  /** True when no story was found and the built-in examples stand in. */
  examples: boolean;
  /** Exit 2 at the end: a path named nothing, or a story could not be read. */
  failed: boolean;
}

/** The stories the paths name (as `check` finds them), analyzed and read; the built-in examples when there are none. */
function loadStories(positionals: string[], config: StarCoachConfig, ignored: (p: string) => boolean, io: Io): Loaded {
  const { targets, notices } = findTargets(positionals, io.cwd, ignored);
  for (const n of notices) io.err(`star-coach: ${n}\n`);
  const stories: PracticeStory[] = [];
  let failed = false;
  for (const t of targets) {
    const read = t.error ? { text: undefined, error: t.error } : readStory(resolve(io.cwd, t.path));
    const analysis = read.text === undefined ? undefined : analyze(read.text, config);
    const problem = read.text === undefined ? read.error : analysis!.failed ? FAULT : undefined;
    if (problem) {
      io.err(`star-coach: ${t.path}: ${problem}\n`);
      failed = true;
    } else stories.push({ path: t.path, analysis: analysis!, review: reviewStory(analysis!) });
  }
  if (stories.length > 0 || failed) return { stories, examples: false, failed };
  io.err(`${NO_STORIES}\n`);
  const examples = EXAMPLE_STORIES.map(({ path, text }) => {
    const analysis = analyze(text, config);
    return { path, analysis, review: reviewStory(analysis) };
  });
  return { stories: examples, examples: true, failed };
}

function needsHelp(values: { help?: boolean }, io: Io, usage: string): boolean {
  if (values.help) io.out(usage);
  return !!values.help;
}

function formatOption(value: string | undefined): 'text' | 'json' {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(oneOf('format', format, ['text', 'json'], 'text or json'));
  return format;
}

function countOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 10_000) throw new UsageError(`--${name} must be a whole number from ${min} to 10000, not "${value}"`);
  return n;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// ---- the quiz ----------------------------------------------------------------------------------------------------

/** `--kind`: one kind or several, comma-separated. */
function kindsOption(value: string | undefined): QuizKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  for (const k of kinds) if (!(QUIZ_KINDS as readonly string[]).includes(k)) throw new UsageError(oneOf('kind', k, QUIZ_KINDS, `${QUIZ_KINDS.slice(0, -1).join(', ')} or ${QUIZ_KINDS[QUIZ_KINDS.length - 1]}`));
  if (kinds.length === 0) throw new UsageError(`--kind needs a value, such as --kind ${QUIZ_KINDS[1]}`);
  return kinds as QuizKind[];
}

export async function quizCommand(args: string[], io: Io, usage: string): Promise<number> {
  const { values, positionals, order } = parseOptions('quiz', args, QUIZ_OPTIONS, true);
  if (needsHelp(values, io, usage)) return 0;
  const format = formatOption(values.format);
  const kinds = kindsOption(values.kind);
  const limit = countOption('limit', values.limit, 1);
  const { config, failed: badConfig, ignored } = configFor(values, io);
  if (badConfig) return 2;
  const { stories, failed } = loadStories(positionals, config, ignored, io);
  const questions = quiz(stories, { kinds, limit });
  const code = failed ? 2 : 0;
  if (format === 'json') {
    io.out(`${JSON.stringify({ version: QUIZ_VERSION, questions }, null, 2)}\n`);
    return code;
  }
  const paint = colorChoice(order, io.color) ? ANSI : NO_PAINT;
  if (questions.length === 0) {
    io.out(stories.length ? `No question could be made from ${plural(stories.length, 'story', 'stories')}: a quiz needs a reading with a clear competency, weakness or disqualifier.\n` : '');
    return code;
  }
  const terminal = io.openTerminal?.();
  if (!terminal) {
    io.out(printedQuiz(questions, paint));
    return code;
  }
  try {
    const asked = await askQuiz(questions, terminal, io, paint);
    return asked === INTERRUPTED ? INTERRUPTED : code;
  } finally {
    terminal.close();
  }
}

const choiceLine = (q: QuizQuestion, i: number) => `  ${i + 1}. ${q.choices[i]}`;
const headLine = (q: QuizQuestion, n: number, of: number) => `Question ${n} of ${of} · ${q.story} · ${q.difficulty}`;

/** The quiz to print or read through: every question with its choices, then the answers, each with its hint and steps. */
export function printedQuiz(questions: readonly QuizQuestion[], paint: Paint = NO_PAINT): string {
  const out: string[] = [];
  questions.forEach((q, i) => out.push(paint.bold(headLine(q, i + 1, questions.length)), q.question, ...q.choices.map((_, c) => choiceLine(q, c)), ''));
  out.push(paint.bold('Answers'), '');
  questions.forEach((q, i) => out.push(`Question ${i + 1}: choice ${q.answer + 1}, ${q.choices[q.answer]}`, `   Hint: ${q.hint}`, ...q.solution.map((s) => `   ${s}`), ...(q.followup ? followupLines(q.followup, '   ') : []), ''));
  return `${out.join('\n')}`;
}

/** The follow-up an interviewer would aim at the answer's spot, and what a strong answer to it does. */
export function followupLines(f: { question: string; strong: string }, indent: string): string[] {
  return [`${indent}An interviewer would follow up: ${f.question}`, `${indent}A strong answer ${lowerFirst(f.strong)}`];
}

/** Asks each question in turn; returns how the run ended: 0, or `INTERRUPTED` for Ctrl+C. */
async function askQuiz(questions: readonly QuizQuestion[], terminal: Terminal, io: Io, paint: Paint): Promise<number> {
  let right = 0;
  let asked = 0;
  const score = () => {
    const left = questions.length - asked;
    io.out(`\n${paint.bold(`Score: ${right} of ${asked} right`)}${left ? `, with ${plural(left, 'question')} not asked` : ''}.\n`);
  };
  for (const [i, q] of questions.entries()) {
    io.out(`\n${paint.bold(headLine(q, i + 1, questions.length))}\n${q.question}\n${q.choices.map((_, c) => choiceLine(q, c)).join('\n')}\nYour answer (1–${q.choices.length}, q to quit): `);
    const key = await readKey(terminal, (k) => /^[1-9]$/.test(k) && Number(k) <= q.choices.length);
    if (key === 'interrupt') return interrupted(io);
    if (key === 'quit') {
      io.out('q\n');
      score();
      return 0;
    }
    asked++;
    const chosen = Number(key) - 1;
    io.out(`${key}\n`);
    if (chosen === q.answer) {
      right++;
      io.out(`${paint.green('Right')}: ${q.choices[q.answer]}.\n`);
    } else io.out(`${paint.yellow('Not quite')}: the answer is ${q.answer + 1}, ${q.choices[q.answer]}.\n`);
    io.out(`${q.solution.map((s) => `  ${s}`).join('\n')}\n`);
    if (chosen !== q.answer) io.out(`  Hint: ${q.hint}\n`);
    if (q.followup) io.out(`${followupLines(q.followup, '  ').join('\n')}\n`);
  }
  score();
  return 0;
}

/**
 * Waits for a key `accept` takes, `q` (quit) or Ctrl+C; any other key (an Enter after a number, an arrow) is passed
 * over. The input closing counts as quitting.
 */
async function readKey(terminal: Terminal, accept: (key: Key) => boolean): Promise<Key | 'quit'> {
  for (;;) {
    const key = await terminal.key();
    if (key === 'interrupt') return key;
    if (key === 'end' || key === 'q' || key === 'Q') return 'quit';
    if (accept(key)) return key;
  }
}

function interrupted(io: Io): number {
  io.out('\nStopped.\n');
  return INTERRUPTED;
}

// ---- the drill -------------------------------------------------------------------------------------------------

/** A question to drill: the core's card, its schedule key, and the story's path as the user sees it. */
interface DrillQuestion {
  item: DrillItem;
  card: DrillCard;
}

/**
 * Every question the stories offer, keyed by each story's path relative to the workspace folder, dealt story by story
 * in turn (each story's first question, then each one's second…), so that the new questions a round takes span the bank.
 */
function drillQuestions(stories: readonly PracticeStory[], folder: string, cwd: string, examples: boolean): DrillQuestion[] {
  const per = stories.map((s) => {
    // The examples are not files: their paths are their keys.
    const key = examples ? s.path : relative(folder, resolve(cwd, s.path)).split(sep).join('/');
    return drillCards(s.path, s.analysis).map((card) => ({ card, item: { id: drillId(key, card.question), story: key, question: card.question } }));
  });
  return inTurn(per);
}

export async function drillCommand(args: string[], io: Io, usage: string): Promise<number> {
  const { values, positionals, order } = parseOptions('drill', args, DRILL_OPTIONS, true);
  if (needsHelp(values, io, usage)) return 0;
  const format = formatOption(values.format);
  const newLimit = countOption('new', values.new, 0) ?? DEFAULT_NEW_LIMIT;
  const { config, failed: badConfig, ignored } = configFor(values, io);
  if (badConfig) return 2;
  const { stories, examples, failed } = loadStories(positionals, config, ignored, io);
  const code = failed ? 2 : 0;
  const folder = practiceFolder(io.cwd);
  const read = readPractice(folder);
  if (read.error) io.err(`star-coach: ${read.error}\n`);
  for (const p of read.problems) io.err(`star-coach: ${p}\n`);
  const all = drillQuestions(stories, folder, io.cwd, examples);
  const now = new Date();
  const byId = new Map(all.map((q) => [q.item.id, q]));
  const due = dueItems(read.state, all.map((q) => q.item), now, { newLimit }).map((item) => byId.get(item.id)!);
  if (format === 'json') {
    io.out(`${JSON.stringify({ version: 1, items: due.map((q) => dueJson(q, read.state)) }, null, 2)}\n`);
    return code;
  }
  const paint = colorChoice(order, io.color) ? ANSI : NO_PAINT;
  if (due.length === 0) {
    io.out(`${nothingDue(read.state, all, now)}\n`);
    return code;
  }
  const terminal = read.error ? undefined : io.openTerminal?.();
  if (!terminal) {
    io.out(dueList(due, read.state, paint));
    return read.error ? 2 : code;
  }
  try {
    // Grades on the built-in examples are kept for this run only: no file appears in a folder with no story of yours.
    let memory = read.state;
    const save: Save = examples
      ? (change) => { memory = change(memory); return { state: memory, problems: [], written: true }; }
      : (change) => updatePractice(folder, change);
    const ended = await askDrill(due, save, examples, terminal, io, paint, new Set(read.problems));
    return ended === 0 ? code : ended;
  } finally {
    terminal.close();
  }
}

function dueJson({ item, card }: DrillQuestion, state: PracticeState) {
  const scheduled = state.cards[item.id];
  return { id: item.id, story: card.story, question: card.question, answer: card.answer, ...(card.strong !== undefined ? { strong: card.strong } : {}), source: card.source, due: scheduled?.due ?? null, new: !scheduled };
}

function nothingDue(state: PracticeState, all: readonly DrillQuestion[], now: Date): string {
  if (all.length === 0) return 'Nothing to drill: these stories have no follow-up question yet.';
  const next = nextDue(state, all.map((q) => q.item));
  return next ? `Nothing is due. The next question comes due ${whenDue({ due: next.due }, now)}.` : 'Nothing is due.';
}

/** What is due, by story, for a reader who is not at a terminal: nothing is asked and nothing is written. */
export function dueList(due: readonly DrillQuestion[], state: PracticeState, paint: Paint = NO_PAINT): string {
  const fresh = due.filter((q) => !state.cards[q.item.id]).length;
  const stories = [...new Set(due.map((q) => q.card.story))];
  const out = [`${plural(due.length, 'question')} due${fresh ? ` (${fresh} never drilled)` : ''}, from ${plural(stories.length, 'story', 'stories')}. Run star-coach drill in a terminal to practise them.`];
  for (const story of stories) {
    out.push('', paint.bold(story));
    for (const q of due.filter((d) => d.card.story === story)) out.push(`  - ${q.card.question}${state.cards[q.item.id] ? '' : paint.dim(' (new)')}`);
  }
  return `${out.join('\n')}\n`;
}

const GRADE_KEYS: Record<string, DrillRating> = Object.fromEntries(DRILL_RATINGS.map((r, i) => [String(i + 1), r]));

/**
 * Drills each question in turn, saving each grade as it is given; returns 0, 2 when a grade could not be saved, or
 * `INTERRUPTED`. `said` holds the file's problems already reported.
 */
type Save = (change: (state: PracticeState) => PracticeState) => Pick<PracticeUpdate, 'state' | 'problems' | 'written' | 'error'>;

async function askDrill(due: readonly DrillQuestion[], save: Save, examples: boolean, terminal: Terminal, io: Io, paint: Paint, said: Set<string>): Promise<number> {
  let graded = 0;
  const done = () => io.out(`\n${!graded ? 'Nothing graded.' : examples ? `${plural(graded, 'grade')} given; grades on the built-in examples are not saved.` : `${plural(graded, 'grade')} saved in ${PRACTICE_FILE}.`}\n`);
  for (const [i, { item, card }] of due.entries()) {
    io.out(`\n${paint.bold(`Question ${i + 1} of ${due.length} · ${card.story}`)}\n${card.question}\nPress Enter to start the clock and answer aloud (q to quit).`);
    const start = await readKey(terminal, (k) => k === 'enter');
    if (start === 'interrupt') return interrupted(io);
    if (start === 'quit') {
      io.out('\n');
      done();
      return 0;
    }
    io.out('\n');
    const seconds = await timeAnswer(terminal, io);
    if (seconds === 'interrupt') return interrupted(io);
    io.out(card.answer ? `Your prepared answer: ${card.answer}\n` : `No answer is prepared for this yet. A strong answer ${lowerFirst(card.strong ?? 'is specific, in your own words, and under a minute.')}\n`);
    io.out('How did it go? 1 again, 2 hard, 3 good, 4 easy (q to quit): ');
    const grade = await readKey(terminal, (k) => k in GRADE_KEYS);
    if (grade === 'interrupt') return interrupted(io);
    if (grade === 'quit') {
      io.out('q\n');
      done();
      return 0;
    }
    const rating = GRADE_KEYS[grade];
    const now = new Date();
    const saved = save((state) => gradeItem(state, item, rating, now, seconds));
    // what was wrong in the file (and where a copy of it was kept), each said once
    for (const p of saved.problems.filter((p) => !said.has(p))) {
      said.add(p);
      io.err(`star-coach: ${p}\n`);
    }
    if (saved.error || !saved.written) {
      io.out(`${grade}\n`);
      io.err(`star-coach: ${saved.error ?? `${PRACTICE_FILE} could not be written`}\n`);
      done();
      return 2;
    }
    graded++;
    io.out(`${grade}\n${paint.green(capitalize(rating))}: next due ${whenDue(saved.state.cards[item.id], now)}.\n`);
  }
  done();
  return 0;
}

/** The clock on the spoken answer: Enter stops it. Returns the seconds, or `interrupt` for Ctrl+C. */
async function timeAnswer(terminal: Terminal, io: Io): Promise<number | 'interrupt'> {
  const started = Date.now();
  const show = () => io.out(`\r  Answering: ${formatDuration((Date.now() - started) / 1000)} (Enter stops the clock)`);
  show();
  const tick = setInterval(show, 1000);
  try {
    for (;;) {
      const key = await terminal.key();
      if (key === 'interrupt') return key;
      // the input closing stops the clock as Enter would
      if (key === 'enter' || key === 'end') break;
    }
  } finally {
    clearInterval(tick);
  }
  const seconds = (Date.now() - started) / 1000;
  io.out(`\r  You answered in ${formatDuration(seconds)}.${' '.repeat(24)}\n`);
  return seconds;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
