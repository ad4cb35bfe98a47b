// Front matter: finds the leading YAML block and reads it with the `yaml` library, positions kept. A block of plain
// `key: value` and `key: [a, b]` lines (nearly every story's) is read by `readPlain` instead, in a tenth of the time;
// test/frontmatter-plain.test.ts checks on generated blocks that it reads what the library reads, spans included.
import { parseDocument } from 'yaml';
import { replace } from './fixes';
import type { Span } from './text';
import type { Fix } from './types';
import { explainYamlError } from './yaml-problems';

export interface FrontMatterProblem {
  message: string;
  span: Span;
  severity: 'warning' | 'hint';
  fixes?: Fix[];
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
  /** Offsets of each item of a top-level key whose value is a list, for messages (and fixes) about one item. */
  readonly itemSpans: Readonly<Record<string, ReadonlyArray<Readonly<Span>>>>;
}

type Pairs = { items?: Array<{ key?: { value?: unknown; range?: number[] }; value?: { range?: number[]; items?: Array<{ range?: number[] }> } }> };

/** Where each top-level value (and each item of a list value) is, `offset` being where the YAML read starts. */
function recordSpans(fm: { valueSpans: Record<string, Span>; itemSpans: Record<string, Span[]> }, contents: unknown, offset: number, keep: (key: string) => boolean = () => true) {
  for (const pair of (contents as Pairs).items ?? []) {
    const key = pair.key?.value;
    if (typeof key !== 'string' || !keep(key)) continue;
    const r = pair.value?.range ?? pair.key?.range;
    if (r) fm.valueSpans[key] = { start: offset + r[0], end: offset + r[1] };
    const items = pair.value?.items;
    if (Array.isArray(items) && items.every((item) => item?.range)) fm.itemSpans[key] = items.map((item) => ({ start: offset + item.range![0], end: offset + item.range![1] }));
  }
}

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/g;

/** Returns undefined when the text has no front matter. `plainFirst: false` always asks the library (for the tests). */
export function readFrontMatter(text: string, plainFirst = true): FrontMatter | undefined {
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
  if (!plainFirst) return deepFreeze(parseBlock(text, bodyStart, fenceStart, fenceEnd, false));
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

function parseBlock(text: string, bodyStart: number, fenceStart: number, fenceEnd: number, plainFirst = true): FrontMatter {
  const body: Span = { start: bodyStart, end: Math.max(bodyStart, fenceStart - lineBreakBefore(text, fenceStart)) };
  const fm = { span: { start: 0, end: fenceEnd }, body, data: {} as Record<string, unknown>, problems: [] as FrontMatterProblem[], valueSpans: {} as Record<string, Span>, itemSpans: {} as Record<string, Span[]> };
  const source = text.slice(body.start, body.end);
  const plain = plainFirst ? readPlain(source, body.start) : undefined;
  if (plain) return { ...fm, ...plain };
  // YAML 1.1's explicit tags (`!!binary`, `!!set`, `!!timestamp`…) stay plain strings, lists and maps: the data is JSON-like,
  // so it can be frozen and sent as is. No warning goes to the console: a story's YAML is the author's business.
  const doc = parseDocument(source, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const explained = explainYamlError(source, e, lineNumberAt(text, body.start));
    const at = body.start + (explained ? explained.at : Math.min(e.pos[0], source.length));
    const line = lineSpanAt(text, at, body);
    const fix = explained?.fix && replace(explained.fix.title, { start: body.start + explained.fix.start, end: body.start + explained.fix.end }, explained.fix.newText);
    fm.problems.push({
      message: explained?.message ?? `The front matter is not valid YAML: ${firstLine(e.message)}`,
      span: { start: Math.max(line.start, at), end: line.end },
      severity: 'warning',
      ...(fix ? { fixes: [fix] } : {}),
    });
    // The keys on lines that are valid YAML still count (a level under a broken question), so the story is coached as meant.
    recoverKeys(fm, source, body.start);
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
  recordSpans(fm, doc.contents, body.start);
  return fm;
}

/** A key readPlain reads: a word of letters, digits, `_` and `-`, first a letter, and none that YAML reads as a value. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Words YAML's core schema reads as true, false or null rather than as text, in any of the cases it knows. */
const NOT_TEXT = /^(?:true|false|null)$/i;
/** A value readPlain reads: a letter first, then no character that could make YAML read it another way. */
const PLAIN_VALUE = /^\p{L}[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}#:\[\]{}]*$/u;
/** An item of a one-line list: the same, and no comma or quote either. */
const PLAIN_ITEM = /^\p{L}[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}#:\[\]{},"']*$/u;
/** YAML trims spaces (and tabs, which these lines never hold), not the other white space `trim` knows. */
const spaceTrim = (s: string) => s.replace(/^ +| +$/g, '');
const LINE = /([^\r\n]*)(\r\n|\n|$)/g;

/**
 * Reads a block made only of `key: text` and `key: [item, item]` lines (blank lines between them), the text of each a
 * plain word run that YAML reads as that very text; returns undefined for anything else (a quote, a colon, a `#`, a
 * number, an indented or empty value, a key set twice…), which the library then reads. `offset` is where `source` starts.
 */
export function readPlain(source: string, offset: number): Pick<FrontMatter, 'data' | 'valueSpans' | 'itemSpans'> | undefined {
  const data: Record<string, unknown> = {};
  const valueSpans: Record<string, Span> = {};
  const itemSpans: Record<string, Span[]> = {};
  // The library does not end a line at a lone carriage return (an old Mac line break): such a block is its to read.
  if (/\r(?!\n)/.test(source)) return undefined;
  LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LINE.exec(source)); ) {
    const line = m[1];
    const at = offset + m.index;
    if (/^ *$/.test(line)) {
      if (m[2] === '') break;
      continue;
    }
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    if (colon < 0 || !PLAIN_KEY.test(key) || NOT_TEXT.test(key) || Object.prototype.hasOwnProperty.call(data, key) || line[colon + 1] !== ' ') return undefined;
    const rest = line.slice(colon + 1);
    const value = spaceTrim(rest);
    const start = colon + 1 + rest.indexOf(value);
    if (value.startsWith('[') && value.endsWith(']')) {
      const inner = value.slice(1, -1);
      const items: string[] = [];
      const spans: Span[] = [];
      if (spaceTrim(inner) !== '') {
        let from = start + 1;
        for (const part of inner.split(',')) {
          const item = spaceTrim(part);
          if (!PLAIN_ITEM.test(item) || NOT_TEXT.test(item)) return undefined;
          const s = from + part.indexOf(item);
          items.push(item);
          spans.push({ start: at + s, end: at + s + item.length });
          from += part.length + 1;
        }
      }
      data[key] = items;
      itemSpans[key] = spans;
    } else {
      if (!PLAIN_VALUE.test(value) || NOT_TEXT.test(value)) return undefined;
      data[key] = value;
    }
    valueSpans[key] = { start: at + start, end: at + start + value.length };
    if (m[2] === '') break;
  }
  return { data, valueSpans, itemSpans };
}

/** At most this many top-level keys are read one by one when the block as a whole is not valid YAML. */
const MAX_RECOVERED = 100;

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, resolveKnownTags: false, logLevel: 'error' } as const;

/**
 * When the block is not valid YAML: reads each top-level key on its own (its line and the indented lines under it,
 * or its line alone when those do not parse), keeping the first of a key set twice. A key whose own lines are not
 * valid YAML is left out, as the whole block was before.
 */
function recoverKeys(fm: { data: Record<string, unknown>; valueSpans: Record<string, Span>; itemSpans: Record<string, Span[]> }, source: string, offset: number) {
  const starts: number[] = [];
  const KEY_START = /^[^\s#\-:'"[\]{},|>%@`!&*?][^\r\n]*$/gm;
  // A front matter has a handful of keys; past MAX_RECOVERED the block is not read key by key (each is parsed apart).
  for (let m: RegExpExecArray | null; starts.length <= MAX_RECOVERED && (m = KEY_START.exec(source)); ) starts.push(m.index);
  if (starts.length > MAX_RECOVERED) return;
  starts.push(source.length);
  for (let i = 0; i + 1 < starts.length; i++) {
    const chunk = source.slice(starts[i], starts[i + 1]);
    const firstLineEnd = /\r\n|\r|\n|$/.exec(chunk)!.index;
    for (const text of [chunk, chunk.slice(0, firstLineEnd)]) {
      const doc = parseDocument(text, YAML_OPTIONS);
      if (doc.errors.length > 0) continue;
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
      } catch {
        break;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) break;
      const found: string[] = [];
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === null || v === undefined || Object.prototype.hasOwnProperty.call(fm.data, key)) continue;
        fm.data[key] = v;
        found.push(key);
      }
      recordSpans(fm, doc.contents, offset + starts[i], (key) => found.includes(key));
      break;
    }
  }
}

/** The 1-based line number of an offset. */
function lineNumberAt(text: string, at: number): number {
  let n = 1;
  for (let i = 0; i < at; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) n++;
  return n;
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
