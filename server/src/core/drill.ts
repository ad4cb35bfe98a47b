// The drill's schedule and the practice file's contents: which questions are due, what a grade does to a question's
// card (ts-fsrs, the FSRS library, decides; nothing here schedules on its own), and each story's reading over time.
// Pure: the time is always a parameter and fuzz is off, so the same grades at the same times give the same schedule;
// fsio.ts reads and writes the file.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { jsonProblem } from './config';

/** One question to drill: a follow-up on one story. Others make these; the schedule is keyed by `id`. */
export interface DrillItem {
  /** `drillId(story, question)`. */
  id: string;
  /** The story's path relative to the workspace folder, with `/` between folders. */
  story: string;
  question: string;
}

/** How well the answer came, as the person grades it after seeing the prepared answer. */
export type DrillRating = 'again' | 'hard' | 'good' | 'easy';
export const DRILL_RATINGS: readonly DrillRating[] = ['again', 'hard', 'good', 'easy'];

/** One grade given, as the card's log keeps it. */
export interface DrillGrade {
  /** When, as an ISO string. */
  at: string;
  rating: DrillRating;
  /** How long the spoken answer took, when it was timed. */
  seconds?: number;
}

/**
 * A question's card: which story and question it is, ts-fsrs's card as JSON (dates as ISO strings, `state` as
 * ts-fsrs numbers it: 0 new, 1 learning, 2 review, 3 relearning), and the last grades.
 */
export interface PracticeCard {
  story: string;
  question: string;
  due: string;
  last_review?: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  /** The last grades, oldest first, at most `MAX_LOG` of them. */
  log: DrillGrade[];
}

/** A story's reading at one save. */
export interface ReadingEntry {
  /** When, as an ISO string. */
  at: string;
  verdict: string;
  /** Section name → grade. */
  grades: Record<string, string>;
}

/** What the practice file holds. */
export interface PracticeState {
  version: 1;
  /** By item id. */
  cards: Record<string, PracticeCard>;
  /** By story path: the readings over time, oldest first, at most `MAX_HISTORY` each. */
  history: Record<string, ReadingEntry[]>;
}

/** What `recordReading` takes of a reading: the core's `Review` and `ReviewJson` both fit. */
export interface ReadingLike {
  verdict: string;
  sections: ReadonlyArray<{ name: string; grade: string }>;
}

/** A card keeps this many of its last grades. */
export const MAX_LOG = 50;
/** A story keeps this many of its last readings. */
export const MAX_HISTORY = 200;
/** At most this many questions never drilled come in one round, unless `newLimit` says otherwise. */
export const DEFAULT_NEW_LIMIT = 10;

/**
 * The scheduler's parameters: ts-fsrs's defaults (FSRS-6, 90% retention, learning steps of 1 and 10 minutes) with fuzz
 * off, so that a schedule can be predicted and tested. Fuzz spreads reviews of many cards made on one day; a bank has
 * a few dozen questions, so it buys little.
 */
export const DRILL_PARAMETERS = generatorParameters({ enable_fuzz: false });
const scheduler = fsrs(DRILL_PARAMETERS);

const FSRS_RATING: Record<DrillRating, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

export function emptyPractice(): PracticeState {
  return { version: 1, cards: {}, history: {} };
}

/**
 * An item's id: the story, `#`, and the question with its spacing and case normalized, so that a question re-flowed or
 * re-cased in the story keeps its schedule.
 */
export function drillId(story: string, question: string): string {
  return `${story}#${question.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

function toCard(c: PracticeCard): Card {
  return {
    due: new Date(c.due),
    last_review: c.last_review === undefined ? undefined : new Date(c.last_review),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
}

function fromCard(card: Card, item: DrillItem, log: DrillGrade[]): PracticeCard {
  return {
    story: item.story,
    question: item.question,
    due: card.due.toISOString(),
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    log,
  };
}

/**
 * The state after grading one item at `now`: its card is what ts-fsrs's scheduler gives for that grade (a new card for
 * an item never graded), its log gains the grade. The state given is not changed. A `now` before the card's last
 * review (a clock set back) counts as that review's time, which ts-fsrs needs.
 */
export function gradeItem(state: PracticeState, item: DrillItem, rating: DrillRating, now: Date, seconds?: number): PracticeState {
  const before = state.cards[item.id];
  const last = before?.last_review === undefined ? undefined : new Date(before.last_review);
  const at = last && last > now ? last : now;
  const card = scheduler.next(before ? toCard(before) : createEmptyCard(at), at, FSRS_RATING[rating]).card;
  const grade: DrillGrade = { at: at.toISOString(), rating, ...(seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? { seconds: Math.round(seconds * 10) / 10 } : {}) };
  const log = [...(before?.log ?? []), grade].slice(-MAX_LOG);
  return { ...state, cards: { ...state.cards, [item.id]: fromCard(card, item, log) } };
}

/** When an item's card comes due, in milliseconds; undefined for an item never graded. */
function dueTime(state: PracticeState, item: DrillItem): number | undefined {
  const card = state.cards[item.id];
  return card ? Date.parse(card.due) : undefined;
}

/**
 * The items to drill now, in a stable order: those whose card is due (the most overdue first, ties in the order given),
 * then up to `newLimit` never graded, in the order given. An id given twice counts once.
 */
export function dueItems(state: PracticeState, items: readonly DrillItem[], now: Date, options: { newLimit?: number } = {}): DrillItem[] {
  const newLimit = options.newLimit ?? DEFAULT_NEW_LIMIT;
  const seen = new Set<string>();
  const due: Array<{ item: DrillItem; at: number; order: number }> = [];
  const fresh: DrillItem[] = [];
  items.forEach((item, order) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    const at = dueTime(state, item);
    if (at === undefined) {
      if (fresh.length < newLimit) fresh.push(item);
    } else if (at <= now.getTime()) due.push({ item, at, order });
  });
  due.sort((a, b) => a.at - b.at || a.order - b.order);
  return [...due.map((d) => d.item), ...fresh];
}

/** How many items `dueItems` gives now, with the default limit on new ones: the number the status bar shows. */
export function dueCount(state: PracticeState, items: readonly DrillItem[], now: Date): number {
  return dueItems(state, items, now).length;
}

/**
 * The item graded before whose card comes due first, and when; undefined when none of them has been graded. Items never
 * graded are not counted: they have no schedule yet, and `dueItems` offers them.
 */
export function nextDue(state: PracticeState, items: readonly DrillItem[]): { item: DrillItem; due: Date } | undefined {
  let best: { item: DrillItem; due: Date } | undefined;
  for (const item of items) {
    const at = dueTime(state, item);
    if (at !== undefined && (!best || at < best.due.getTime())) best = { item, due: new Date(at) };
  }
  return best;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const count = (n: number, unit: string) => `in ${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * When a card comes due, in a few words for the views: "now", "in 10 minutes", "in 3 hours", "tomorrow", "in 4 days",
 * "in 3 weeks", "in 5 months", "in 2 years". A question never graded (no card) is due now.
 */
export function whenDue(card: { due: string | Date } | undefined, now: Date): string {
  if (!card) return 'now';
  const ms = new Date(card.due).getTime() - now.getTime();
  if (!(ms > 0)) return 'now';
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return count(minutes, 'minute');
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return count(hours, 'hour');
  if (ms < 2 * DAY) return 'tomorrow';
  const days = Math.round(ms / DAY);
  if (days < 14) return count(days, 'day');
  if (days < 60) return count(Math.round(days / 7), 'week');
  if (days < 365) return count(Math.round(days / 30), 'month');
  return count(Math.round(days / 365), 'year');
}

// ---- the reading over time ------------------------------------------------------------------------------------------

function sameReading(a: ReadingEntry, b: Omit<ReadingEntry, 'at'>): boolean {
  const ka = Object.keys(a.grades);
  return a.verdict === b.verdict && ka.length === Object.keys(b.grades).length && ka.every((k) => b.grades[k] === a.grades[k]);
}

/**
 * The state with the story's reading at `now` added to its history, unless it reads as its last entry did (a save
 * that changed nothing the reading sees adds nothing). A story keeps its last `MAX_HISTORY` readings.
 */
export function recordReading(state: PracticeState, story: string, reading: ReadingLike, now: Date): PracticeState {
  const entry = { verdict: reading.verdict, grades: Object.fromEntries(reading.sections.map((s) => [s.name, s.grade])) };
  const past = state.history[story] ?? [];
  if (past.length > 0 && sameReading(past[past.length - 1], entry)) return state;
  return { ...state, history: { ...state.history, [story]: [...past, { at: now.toISOString(), ...entry }].slice(-MAX_HISTORY) } };
}

// ---- the file's text --------------------------------------------------------------------------------------------------

/**
 * The text of the practice file: stable, so that a committed file diffs small (ids and stories sorted, each card's
 * fields in one order, 2-space JSON, a newline at the end).
 */
export function serializePractice(state: PracticeState): string {
  const sorted = <T>(record: Record<string, T>, each: (value: T) => unknown) => Object.fromEntries(Object.keys(record).sort().map((k) => [k, each(record[k])]));
  const card = (c: PracticeCard) => ({
    story: c.story,
    question: c.question,
    due: c.due,
    ...(c.last_review !== undefined ? { last_review: c.last_review } : {}),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    log: c.log.map((g) => ({ at: g.at, rating: g.rating, ...(g.seconds !== undefined ? { seconds: g.seconds } : {}) })),
  });
  const entries = (list: ReadingEntry[]) => list.map((e) => ({ at: e.at, verdict: e.verdict, grades: e.grades }));
  return `${JSON.stringify({ version: 1, cards: sorted(state.cards, card), history: sorted(state.history, entries) }, null, 2)}\n`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An ISO date (and time), as the file writes them. */
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v) && !Number.isNaN(Date.parse(v));
const iso = (v: string) => new Date(v).toISOString();
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Why a card cannot be used, in a few words, or undefined when it can. */
function cardProblem(c: Json): string | undefined {
  if (typeof c.story !== 'string' || c.story === '') return 'it names no story';
  if (typeof c.question !== 'string' || c.question.trim() === '') return 'it names no question';
  if (!isDate(c.due)) return 'its due date is missing or not a date';
  if (c.last_review !== undefined && c.last_review !== null && !isDate(c.last_review)) return 'its last review is not a date';
  for (const key of ['stability', 'difficulty'] as const) if (!isAmount(c[key])) return `its ${key} is not a number`;
  for (const key of ['reps', 'lapses'] as const) if (!isCount(c[key])) return `its ${key} are not a whole number`;
  for (const key of ['elapsed_days', 'scheduled_days', 'learning_steps'] as const) if (c[key] !== undefined && !isAmount(c[key])) return `its ${key} is not a number`;
  if (c.state !== 0 && c.state !== 1 && c.state !== 2 && c.state !== 3) return 'its state is not 0, 1, 2 or 3';
  if (c.log !== undefined && !Array.isArray(c.log)) return 'its log is not a list';
  return undefined;
}

function gradeProblem(g: unknown): string | undefined {
  if (!isObject(g)) return 'it is not a grade';
  if (!isDate(g.at)) return 'its time is not a date';
  if (!DRILL_RATINGS.includes(g.rating as DrillRating)) return `its rating is not ${DRILL_RATINGS.slice(0, -1).join(', ')} or ${DRILL_RATINGS[DRILL_RATINGS.length - 1]}`;
  if (g.seconds !== undefined && !isAmount(g.seconds)) return 'its seconds are not a number';
  return undefined;
}

function entryProblem(e: unknown): string | undefined {
  if (!isObject(e)) return 'it is not a reading';
  if (!isDate(e.at)) return 'its time is not a date';
  if (typeof e.verdict !== 'string' || e.verdict === '') return 'it has no verdict';
  if (!isObject(e.grades) || Object.values(e.grades).some((g) => typeof g !== 'string')) return 'its grades are not section names with grades';
  return undefined;
}

const NOTHING_READ = 'so no grades or readings were read from it';

/**
 * Reads the practice file's text, tolerantly: a card, a grade or a reading that cannot be used is dropped and named in
 * `problems`, the rest kept; a file that is not JSON, or is another version, gives an empty state and one problem. Each
 * problem is a sentence. An empty file is an empty state. A byte-order mark is allowed.
 */
export function parsePractice(text: string): { state: PracticeState; problems: string[] } {
  const json = text.replace(/^\uFEFF/, '');
  const state = emptyPractice();
  if (json.trim() === '') return { state, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { state, problems: [`The practice file ${jsonProblem(json, (error as Error).message)}, ${NOTHING_READ}.`] };
  }
  if (!isObject(raw)) return { state, problems: [`The practice file is not a JSON object, ${NOTHING_READ}.`] };
  if (raw.version !== 1) {
    const which = raw.version === undefined ? 'says no version' : `is version ${JSON.stringify(raw.version)}, and this Star Coach reads version 1`;
    return { state, problems: [`The practice file ${which}, ${NOTHING_READ}.`] };
  }
  const problems: string[] = [];
  for (const key of Object.keys(raw)) if (!['version', 'cards', 'history'].includes(key)) problems.push(`The practice file's field ${shown(key)} is not one Star Coach knows, so it was left out.`);

  if (raw.cards !== undefined && !isObject(raw.cards)) problems.push('The practice file\'s "cards" is not a set of cards, so no grades were read from it.');
  else for (const [id, c] of Object.entries(raw.cards ?? {})) {
    const why = isObject(c) ? cardProblem(c) : 'it is not a card';
    if (why) {
      problems.push(`The card for ${shown(id)} was dropped: ${why}.`);
      continue;
    }
    const card = c as Json;
    const log: DrillGrade[] = [];
    for (const g of (card.log as unknown[] | undefined) ?? []) {
      const bad = gradeProblem(g);
      if (bad) problems.push(`A grade of the card for ${shown(id)} was dropped: ${bad}.`);
      else {
        const { at, rating, seconds } = g as Json;
        log.push({ at: iso(at as string), rating: rating as DrillRating, ...(seconds !== undefined ? { seconds: seconds as number } : {}) });
      }
    }
    state.cards[id] = {
      story: card.story as string,
      question: card.question as string,
      due: iso(card.due as string),
      ...(isDate(card.last_review) ? { last_review: iso(card.last_review) } : {}),
      stability: card.stability as number,
      difficulty: card.difficulty as number,
      elapsed_days: (card.elapsed_days as number | undefined) ?? 0,
      scheduled_days: (card.scheduled_days as number | undefined) ?? 0,
      learning_steps: (card.learning_steps as number | undefined) ?? 0,
      reps: card.reps as number,
      lapses: card.lapses as number,
      state: card.state as number,
      log: log.slice(-MAX_LOG),
    };
  }

  if (raw.history !== undefined && !isObject(raw.history)) problems.push('The practice file\'s "history" is not a set of stories, so no readings were read from it.');
  else for (const [story, list] of Object.entries(raw.history ?? {})) {
    if (!Array.isArray(list)) {
      problems.push(`The readings of ${shown(story)} were dropped: they are not a list.`);
      continue;
    }
    const kept: ReadingEntry[] = [];
    list.forEach((e, i) => {
      const bad = entryProblem(e);
      if (bad) problems.push(`Reading ${i + 1} of ${shown(story)} was dropped: ${bad}.`);
      else {
        const { at, verdict, grades } = e as Json;
        kept.push({ at: iso(at as string), verdict: verdict as string, grades: { ...(grades as Record<string, string>) } });
      }
    });
    if (kept.length > 0) state.history[story] = kept.slice(-MAX_HISTORY);
  }
  return { state, problems };
}
