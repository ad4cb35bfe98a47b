// A story's reading over time, as the Story Bank and the printed bank report show it: from the practice file's history
// (one entry per save that changed the reading, `recordReading`), each reading's verdict as a level the chart can draw,
// its day in words, and the whole history in a sentence a screen reader reads in place of the chart. Pure: the time
// zone the days are told in is a parameter.
import type { ReadingEntry } from './drill';
import { VERDICT_LABEL, VERDICTS, type Verdict } from './review';

/** One reading, ready to draw. */
export interface ProgressPoint {
  /** When, as an ISO string. */
  at: string;
  /** The day in words: "3 Nov", or "3 Nov 2025" when the readings span more than one year. */
  day: string;
  verdict: string;
  /** The verdict in words: "Lean No Hire". */
  label: string;
  /** 0 (No Hire) to 3 (Strong Hire); -1 for a verdict this Star Coach does not know (a newer one wrote the file). */
  level: number;
  grades: Record<string, string>;
}

/** A story's readings over time. */
export interface StoryProgress {
  /** Oldest first. */
  points: ProgressPoint[];
  /** The history in a sentence: "Lean No Hire on 3 Nov, Hire on 1 Dec; 4 readings." */
  summary: string;
  /** What the sections did between the first and the last reading, in a sentence; empty when nothing moved. */
  sections: string;
  /** How the last verdict stands against the first: `up`, `down` or `same` (one reading is `same`). */
  trend: 'up' | 'down' | 'same';
}

/** The verdicts from lowest to highest: the chart's levels. */
export const VERDICT_LEVELS: readonly Verdict[] = VERDICTS;
/** At most this many verdict changes are named in the summary; the ones between are told as a count. */
export const SUMMARY_RUNS = 5;

const known = (v: string): v is Verdict => (VERDICTS as readonly string[]).includes(v);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A formatter of days in `timeZone` (UTC when it is not one the runtime knows). */
function dayFormat(timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
}

/**
 * The story's readings as the views show them; null for a story with none. `timeZone` is the one the days are told
 * in (an IANA name; the server gives its machine's, the tests UTC).
 */
export function storyProgress(entries: readonly ReadingEntry[] | undefined, timeZone = 'UTC'): StoryProgress | null {
  if (!entries || entries.length === 0) return null;
  const year = (e: ReadingEntry) => dayFormat(timeZone, true).formatToParts(new Date(e.at)).find((p) => p.type === 'year')?.value;
  const withYear = year(entries[0]) !== year(entries[entries.length - 1]);
  const format = dayFormat(timeZone, withYear);
  const points = entries.map((e): ProgressPoint => ({
    at: e.at,
    day: format.format(new Date(e.at)),
    verdict: e.verdict,
    label: known(e.verdict) ? VERDICT_LABEL[e.verdict] : e.verdict,
    level: known(e.verdict) ? VERDICT_LEVELS.indexOf(e.verdict) : -1,
    grades: { ...e.grades },
  }));

  // Each run of one verdict is told once, on the day it began.
  const runs = points.filter((p, i) => i === 0 || p.verdict !== points[i - 1].verdict);
  const told = (p: ProgressPoint) => `${p.label} on ${p.day}`;
  const named = runs.length <= SUMMARY_RUNS
    ? runs.map(told)
    : [told(runs[0]), `${plural(runs.length - SUMMARY_RUNS + 1, 'change')} later`, ...runs.slice(-(SUMMARY_RUNS - 2)).map(told)];
  const summary = `${named.join(', ')}; ${plural(points.length, 'reading')}.`;

  const first = points[0];
  const last = points[points.length - 1];
  const moved = Object.keys(last.grades)
    .filter((name) => first.grades[name] !== undefined && first.grades[name] !== last.grades[name])
    .map((name) => `${name} from ${first.grades[name]} to ${last.grades[name]}`);
  const sections = moved.length === 0 ? '' : `Since ${first.day}: ${moved.join(', ')}.`;

  const trend = first.level < 0 || last.level < 0 || first.level === last.level ? 'same' : last.level > first.level ? 'up' : 'down';
  return { points, summary, sections, trend };
}
