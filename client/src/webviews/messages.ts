// Messages between the webviews and the extension host, with checks applied on arrival (a view is never trusted).
import type { DrillRating } from '../../../server/src/protocol';
import { WPM_RANGE } from '../../../server/src/core/timing';

export type ViewToHost =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; character: number }
  | { type: 'fix'; line: number; character: number }
  | { type: 'wpm'; value: number }
  | { type: 'copy' }
  | { type: 'newStory' }
  | { type: 'openSample' }
  | { type: 'reviewDocs' }
  /** The Story Bank: open a story the server listed (by its path in the bank) with this range selected. */
  | { type: 'openStory'; path: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
  | { type: 'openConfig' }
  /** The Practice view: open a story the server listed in the quiz or the drill (the host checks it is listed). */
  | { type: 'openPracticeStory'; uri: string }
  /** The Practice view: grade the drill question the server gave (folder and id as it gave them). */
  | { type: 'grade'; folder: string; id: string; rating: DrillRating; seconds?: number };

const RATINGS: readonly DrillRating[] = ['again', 'hard', 'good', 'easy'];
/** A URI or an id as the server gave it: one line, not empty, not huge. */
const isName = (p: unknown): p is string => typeof p === 'string' && p.length > 0 && p.length <= 8192 && !/[\u0000-\u001f]/.test(p);

const isLine = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000_000;
/** A story's path in the bank: relative to its workspace folder, one line, not empty. */
const isPath = (p: unknown): p is string => typeof p === 'string' && p.length > 0 && p.length <= 4096 && !/[\u0000-\u001f]/.test(p);

/** The message if it has exactly an expected shape, else undefined. */
export function parseViewMessage(raw: unknown): ViewToHost | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'copy':
    case 'newStory':
    case 'openSample':
    case 'reviewDocs':
    case 'openConfig':
      return { type: m.type };
    case 'openStory': {
      if (!isPath(m.path) || ![m.line, m.character, m.endLine, m.endCharacter].every(isLine)) return undefined;
      const start = { line: m.line as number, character: m.character as number };
      const end = { line: m.endLine as number, character: m.endCharacter as number };
      if (end.line < start.line || (end.line === start.line && end.character < start.character)) return undefined;
      return { type: 'openStory', path: m.path, range: { start, end } };
    }
    case 'reveal':
    case 'fix':
      return isLine(m.line) && isLine(m.character) ? { type: m.type, line: m.line as number, character: m.character as number } : undefined;
    case 'openPracticeStory':
      return isName(m.uri) ? { type: 'openPracticeStory', uri: m.uri } : undefined;
    case 'grade': {
      if (!isName(m.folder) || !isName(m.id) || !RATINGS.includes(m.rating as DrillRating)) return undefined;
      const seconds = typeof m.seconds === 'number' && Number.isFinite(m.seconds) && m.seconds >= 0 && m.seconds < 86_400 ? m.seconds : undefined;
      if (m.seconds !== undefined && seconds === undefined) return undefined;
      return { type: 'grade', folder: m.folder, id: m.id, rating: m.rating as DrillRating, ...(seconds !== undefined ? { seconds } : {}) };
    }
    case 'wpm':
      return typeof m.value === 'number' && m.value >= WPM_RANGE.min && m.value <= WPM_RANGE.max ? { type: 'wpm', value: Math.round(m.value) } : undefined;
    default:
      return undefined;
  }
}
