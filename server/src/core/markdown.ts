// Markdown blocks with exact source offsets, from markdown-it plus a small plugin that records where the
// inline constructs that are never spoken (code spans, HTML, link targets, images, autolinks) start and end.
import MarkdownIt, { type StateCore, type StateInline, type Token } from 'markdown-it';
import type { LineIndex, Span } from './text';

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  line: number;
  /** The heading's whole line(s), markers included. */
  span: Span;
  /** The heading's text without markers or comments, as written. */
  text: string;
}

export interface TextBlock {
  kind: 'text';
  /** From the first to the last spoken character. */
  span: Span;
  line: number;
  inBlockquote: boolean;
}

export interface CommentBlock {
  kind: 'comment';
  span: Span;
  text: string;
}

export type Block = HeadingBlock | TextBlock;

export interface ParsedMarkdown {
  blocks: Block[];
  /** HTML comments the parser found outside code, in order. */
  comments: CommentBlock[];
  /** The text with every character that is not spoken replaced by a space (line breaks kept). */
  spoken: string;
}

interface InlineSpan {
  start: number;
  end: number;
  /** For links: the label, which is spoken. */
  label?: [number, number];
  html?: boolean;
}

interface Env {
  spans?: InlineSpan[];
}

const UNSPOKEN_INLINE = ['backticks', 'link', 'image', 'autolink', 'html_inline', 'entity'];

function createParser() {
  const md = new MarkdownIt('commonmark', { html: true });
  const rules = (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: (s: StateInline, silent: boolean) => boolean }> }).__rules__;
  for (const name of UNSPOKEN_INLINE) {
    const original = rules.find((r) => r.name === name)?.fn;
    if (!original) throw new Error(`markdown-it has no inline rule "${name}"`);
    md.inline.ruler.at(name, (state: StateInline, silent: boolean) => {
      const start = state.pos;
      let label: [number, number] | undefined;
      if (name === 'link' && !silent && state.src.charCodeAt(start) === 0x5b /* [ */) {
        const end = state.md.helpers.parseLinkLabel(state, start, true);
        if (end >= 0) label = [start + 1, end];
      }
      const ok = original(state, silent);
      if (ok && !silent) {
        const env = state.env as Env;
        (env.spans ??= []).push({ start, end: state.pos, label, html: name === 'html_inline' });
      }
      return ok;
    });
  }
  md.core.ruler.at('inline', (state: StateCore) => {
    const env = state.env as Env;
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue;
      env.spans = [];
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
      token.meta = { spans: env.spans };
    }
  });
  return md;
}

let parser: ReturnType<typeof createParser> | undefined;

/** Parses the body of a story (front matter already blanked out, so offsets stay those of the file). */
export function parseMarkdown(text: string, lines: LineIndex): ParsedMarkdown {
  parser ??= createParser();
  const tokens = parser.parse(text, {});
  const spoken = new Uint16Array(text.length).fill(32);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) spoken[i] = c;
  }
  const blocks: Block[] = [];
  const comments: CommentBlock[] = [];
  let quoteDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'blockquote_open') quoteDepth++;
    else if (t.type === 'blockquote_close') quoteDepth--;
    else if (t.type === 'heading_open' && t.map) {
      const inline = tokens[i + 1];
      const start = lines.lineStarts[t.map[0]];
      const end = lines.lineEnds[t.map[1] - 1];
      const spans = (inline.meta?.spans ?? []) as InlineSpan[];
      collectInlineComments(inline, spans, lines, t.map[0], text, comments);
      blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), line: t.map[0], span: { start, end }, text: headingText(inline) });
    } else if (t.type === 'html_block' && t.map) {
      collectComments(text, { start: lines.lineStarts[t.map[0]], end: lines.lineEnds[t.map[1] - 1] }, comments);
    } else if (t.type === 'inline' && t.map && tokens[i - 1]?.type === 'paragraph_open') {
      const block = speakInline(t, lines, text, spoken, comments, quoteDepth > 0);
      if (block) blocks.push(block);
    }
  }
  return { blocks, comments, spoken: decode(spoken, isWellFormed(text)) };
}

function headingText(inline: Token): string {
  return (inline.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline' || c.type === 'softbreak')
    .map((c) => (c.type === 'softbreak' ? ' ' : c.content))
    .join('')
    .trim();
}

/** Where each line of an inline token's content starts in the source, or -1 when it cannot be told. */
function alignLines(content: string, firstLine: number, lines: LineIndex, text: string): Array<{ content: number; source: number; length: number }> {
  const out: Array<{ content: number; source: number; length: number }> = [];
  let at = 0;
  const parts = content.split('\n');
  for (let k = 0; k < parts.length; k++) {
    const line = firstLine + k;
    const part = parts[k];
    const lead = part.length - part.trimStart().length;
    const body = part.slice(lead);
    if (line < lines.lineCount && body.length > 0) {
      const src = text.slice(lines.lineStarts[line], lines.lineEnds[line]); // the text parsed, which may differ from the file (NUL)
      let p = src.trimEnd().length - body.trimEnd().length;
      if (p < 0 || src.slice(p, p + body.length) !== body) p = src.lastIndexOf(body);
      if (p >= 0) out.push({ content: at + lead, source: lines.lineStarts[line] + p, length: body.length });
    }
    at += part.length + 1;
  }
  return out;
}

function mapper(segments: Array<{ content: number; source: number; length: number }>) {
  return (offset: number, isEnd: boolean): number => {
    // The last segment starting at or before the offset (segments are in content order).
    let lo = 0;
    let hi = segments.length - 1;
    if (hi < 0 || offset < segments[0].content) return isEnd || hi < 0 ? -1 : segments[0].source;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].content <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo];
    const local = offset - s.content;
    if (local < s.length || (isEnd && local === s.length)) return s.source + local;
    // Between segments (a line's stripped indentation): the next segment's start, or nothing at the very end.
    const next = segments[lo + 1];
    return next && !isEnd ? next.source : -1;
  };
}

function speakInline(token: Token, lines: LineIndex, text: string, spoken: Uint16Array, comments: CommentBlock[], inBlockquote: boolean): TextBlock | undefined {
  const segments = alignLines(token.content, token.map![0], lines, text);
  if (segments.length === 0) return undefined;
  for (const s of segments) for (let j = 0; j < s.length; j++) spoken[s.source + j] = text.charCodeAt(s.source + j);
  const map = mapper(segments);
  const blank = (from: number, to: number) => {
    const a = map(from, false);
    const b = map(to, true);
    if (a < 0 || b < 0) return;
    for (let j = a; j < b; j++) if (spoken[j] !== 10 && spoken[j] !== 13) spoken[j] = 32;
  };
  for (const span of (token.meta?.spans ?? []) as InlineSpan[]) {
    if (span.label) {
      blank(span.start, span.label[0]);
      blank(span.label[1], span.end);
    } else blank(span.start, span.end);
  }
  collectInlineComments(token, (token.meta?.spans ?? []) as InlineSpan[], lines, token.map![0], text, comments);
  let start = -1;
  let end = -1;
  for (const s of segments) {
    for (let j = s.source; j < s.source + s.length; j++) {
      if (spoken[j] > 32) {
        if (start < 0) start = j;
        end = j + 1;
      }
    }
  }
  if (start < 0) return undefined;
  return { kind: 'text', span: { start, end }, line: lines.positionAt(start).line, inBlockquote };
}

function collectInlineComments(token: Token, spans: InlineSpan[], lines: LineIndex, firstLine: number, text: string, comments: CommentBlock[]) {
  const html = spans.filter((s) => s.html);
  if (html.length === 0) return;
  const map = mapper(alignLines(token.content, firstLine, lines, text));
  for (const s of html) {
    const a = map(s.start, false);
    const b = map(s.end, true);
    if (a >= 0 && b >= 0) collectComments(text, { start: a, end: b }, comments);
  }
}

/** The comments in a span, found with indexOf: once one is left open, no later `<!--` can close either, so the scan is linear. */
function collectComments(text: string, within: Span, out: CommentBlock[]) {
  const slice = text.slice(within.start, within.end);
  for (let at = slice.indexOf('<!--'); at >= 0; at = slice.indexOf('<!--', at)) {
    const close = slice.indexOf('-->', at + 4);
    if (close < 0) return;
    out.push({ kind: 'comment', span: { start: within.start + at, end: within.start + close + 3 }, text: slice.slice(at + 4, close).trim() });
    at = close + 3;
  }
}

/** No lone surrogate: `String.prototype.isWellFormed` where the runtime has it. */
function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

// ignoreBOM keeps a leading U+FEFF in the output: dropping it would shift every offset.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The mask as a string; the decoder is native and fast, but it would mend a lone surrogate, so such text takes the slow way. */
function decode(codes: Uint16Array, wellFormed: boolean): string {
  if (wellFormed) return UTF16.decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
