// Front matter: finds the leading YAML block and reads it with the `yaml` library, positions kept.
import { parseDocument } from 'yaml';
import type { Span } from './text';

export interface FrontMatterProblem {
  message: string;
  span: Span;
  severity: 'warning' | 'hint';
}

/** Shared between analyses of the same block, and frozen: read it, never change it. */
export interface FrontMatter {
  /** The whole block, fences included (never spoken). */
  readonly span: Readonly<Span>;
  /** The YAML between the fences. */
  readonly body: Readonly<Span>;
  readonly data: Readonly<Record<string, unknown>>;
  readonly problems: readonly FrontMatterProblem[];
  /** Offsets of each top-level key's value, for messages about one key. */
  readonly valueSpans: Readonly<Record<string, Readonly<Span>>>;
}

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/g;

/** Returns undefined when the text has no front matter. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  CLOSE.lastIndex = bodyStart - 1; // the opening line break can serve an empty block
  let close: RegExpExecArray | null;
  let fenceStart = -1;
  let fenceEnd = -1;
  while ((close = CLOSE.exec(text))) {
    const lead = close[0].match(/^(\r\n|\r|\n)?/)![0].length;
    fenceStart = close.index + lead;
    if (fenceStart < bodyStart) continue;
    fenceEnd = close.index + close[0].length;
    break;
  }
  if (fenceStart < 0) return undefined; // an unclosed fence is a thematic break, not front matter
  // While the author types in the story's body the front matter does not change: read each block once. Its spans
  // start at the file's start, so the same block text always gives the same result.
  const key = text.slice(0, fenceEnd);
  const cached = RECENT.get(key);
  if (cached) {
    RECENT.delete(key);
    RECENT.set(key, cached);
    return cached;
  }
  // Frozen, because later analyses of the same block get this very object.
  const fm = deepFreeze(parseBlock(text, bodyStart, fenceStart, fenceEnd));
  RECENT.set(key, fm);
  if (RECENT.size > RECENT_MAX) RECENT.delete(RECENT.keys().next().value!);
  return fm;
}

/** How many times the front matter may use its aliases (`*name`), nested uses counted as the library counts them. */
const MAX_ALIASES = 50;

const RECENT = new Map<string, FrontMatter>();
const RECENT_MAX = 32;

function parseBlock(text: string, bodyStart: number, fenceStart: number, fenceEnd: number): FrontMatter {
  const body: Span = { start: bodyStart, end: Math.max(bodyStart, fenceStart - lineBreakBefore(text, fenceStart)) };
  const fm = { span: { start: 0, end: fenceEnd }, body, data: {} as Record<string, unknown>, problems: [] as FrontMatterProblem[], valueSpans: {} as Record<string, Span> };
  const source = text.slice(body.start, body.end);
  // YAML 1.1's explicit tags (`!!binary`, `!!set`, `!!timestamp`…) stay plain strings, lists and maps: the data is JSON-like,
  // so it can be frozen and sent as is. No warning goes to the console: a story's YAML is the author's business.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, resolveKnownTags: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = body.start + Math.min(e.pos[0], source.length);
    const line = lineSpanAt(text, at, body);
    fm.problems.push({ message: `The front matter is not valid YAML: ${firstLine(e.message)}`, span: line, severity: 'warning' });
    return fm;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // The library refuses to expand aliases past the limit (a few lines of YAML could otherwise fill the memory).
    if (!/alias/i.test((error as Error).message)) throw error;
    fm.problems.push({ message: `The front matter uses its aliases (\`*name\`) more than ${MAX_ALIASES} times, so Star Coach does not read it; write those values out.`, span: lineSpanAt(text, body.start, body), severity: 'warning' });
    return fm;
  }
  if (value === null || value === undefined) return fm;
  if (typeof value !== 'object' || Array.isArray(value)) {
    fm.problems.push({ message: 'The front matter should be a list of `key: value` lines.', span: body, severity: 'warning' });
    return fm;
  }
  fm.data = value as Record<string, unknown>;
  const contents = doc.contents as { items?: Array<{ key?: { value?: unknown; range?: number[] }; value?: { range?: number[] } }> };
  for (const pair of contents.items ?? []) {
    const key = pair.key?.value;
    const r = pair.value?.range ?? pair.key?.range;
    if (typeof key === 'string' && r) fm.valueSpans[key] = { start: body.start + r[0], end: body.start + r[1] };
  }
  return fm;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function lineBreakBefore(text: string, at: number): number {
  if (at >= 2 && text[at - 2] === '\r' && text[at - 1] === '\n') return 2;
  if (at >= 1 && (text[at - 1] === '\n' || text[at - 1] === '\r')) return 1;
  return 0;
}

function lineSpanAt(text: string, at: number, within: Span): Span {
  let start = at;
  while (start > within.start && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at;
  while (end < within.end && text[end] !== '\n' && text[end] !== '\r') end++;
  if (end === start && start > within.start) return lineSpanAt(text, start - 1, within); // an error at a line's end
  return { start, end };
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
