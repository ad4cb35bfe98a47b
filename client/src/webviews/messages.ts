// Messages between the webviews and the extension host, with checks applied on arrival (a view is never trusted).
import { WPM_RANGE } from '../../../server/src/core/timing';

export type ViewToHost =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; character: number }
  | { type: 'fix'; line: number; character: number }
  | { type: 'wpm'; value: number }
  | { type: 'copy' }
  | { type: 'newStory' }
  | { type: 'openSample' }
  | { type: 'reviewDocs' };

const isLine = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000_000;

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
      return { type: m.type };
    case 'reveal':
    case 'fix':
      return isLine(m.line) && isLine(m.character) ? { type: m.type, line: m.line as number, character: m.character as number } : undefined;
    case 'wpm':
      return typeof m.value === 'number' && m.value >= WPM_RANGE.min && m.value <= WPM_RANGE.max ? { type: 'wpm', value: Math.round(m.value) } : undefined;
    default:
      return undefined;
  }
}
