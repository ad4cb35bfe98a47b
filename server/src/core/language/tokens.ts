// Splits spoken text into tokens and sentences, marking the words that sit inside quotation marks.
import type { Span } from '../text';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  /** Inside quotation marks: somebody's words, not the author's narration. */
  quoted: boolean;
}

export interface Sentence extends Span {
  tokens: Token[];
}

// One pattern, no capture groups (groups cost an object per match); the first character tells the kind.
const TOKEN = new RegExp(
  [
    String.raw`\b(?:e\.g\.|i\.e\.|etc\.|vs\.|approx\.|a\.m\.|p\.m\.|U\.S\.|Mr\.|Ms\.|Mrs\.|Dr\.|Inc\.)`, // abbreviations: words
    String.raw`[~≈]?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:[%×]|[a-zA-Z]+\d*)?(?:[-–/]\d[\d,]*(?:\.\d+)?(?:[%×]|[a-zA-Z]+)?)?`, // numbers
    String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*(?:[-/][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s))?`, // words
    String.raw`[.,;:!?()"“”‘’'—–\-…\[\]]`, // punctuation
    String.raw`[&+=@#/*_|<>~^\\]`, // symbols
  ].join('|'),
  'gu',
);
const PUNCT = new Set('.,;:!?()"“”‘’\'—–-…[]');
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

function kindOf(raw: string): TokenKind {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (raw.length > 1 && /^[~≈$€£¥]/.test(raw)) return 'number';
  if (PUNCT.has(raw)) return 'punct';
  if (c > 127 && LETTER_OR_MARK.test(raw)) return 'word';
  return 'symbol';
}

const PRONOUN_CONTRACTION = /^(i|we|they|you|he|she|it|that|there|what|who)(['’](?:m|re|ve|d|ll|s))$/i;
const NEGATIVE_CONTRACTION = /^(\p{L}+)(n['’]t)$/iu;
const NEGATIVE_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Lower case with the curly apostrophe made straight. */
function lowerOf(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Tokens of `text` (the spoken mask), offsets shifted by `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const raw = m[0];
    const kind = kindOf(raw);
    const start = base + m.index;
    if (kind === 'word' && (raw.includes("'") || raw.includes('’'))) {
      const split = PRONOUN_CONTRACTION.exec(raw) ?? NEGATIVE_CONTRACTION.exec(raw);
      if (split) {
        const head = split[1];
        const headLower = head.toLowerCase();
        out.push(token(head, NEGATIVE_BASE[headLower] ?? headLower, 'word', start));
        out.push(token(split[2], lowerOf(split[2]), 'word', start + head.length));
        continue;
      }
    }
    out.push(token(raw, lowerOf(raw), kind, start));
  }
  markQuotes(out);
  return out;
}

function token(text: string, lower: string, kind: TokenKind, start: number): Token {
  return { text, lower, kind, start, end: start + text.length, quoted: false };
}

function markQuotes(tokens: Token[]) {
  // Where the next closing mark of each kind stands: the openers are met in order, so each search goes on from where the
  // last one of its kind stopped, and a paragraph of quotes never closed is read once, not once per quote.
  const nextClose = new Map<string, number>();
  const findClose = (close: string, from: number) => {
    let j = Math.max(from, nextClose.get(close) ?? from);
    while (j < tokens.length && !(tokens[j].kind === 'punct' && tokens[j].text === close)) j++;
    nextClose.set(close, j);
    return j;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    const close = t.text === '“' ? '”' : t.text === '"' ? '"' : t.text === '‘' ? '’' : t.text === "'" ? "'" : undefined;
    if (!close) continue;
    // A single quote opens a quotation only at a word's start.
    if ((t.text === "'" || t.text === '‘') && i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].kind === 'word') continue;
    const j = findClose(close, i + 1);
    if (j >= tokens.length) continue; // unbalanced: an inch mark or a stray quote, not a quotation
    for (let k = i + 1; k < j; k++) tokens[k].quoted = true;
    i = j;
  }
}

const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'vs.', 'approx.', 'mr.', 'ms.', 'mrs.', 'dr.', 'inc.', 'a.m.', 'p.m.', 'u.s.']);

/** Splits a block's tokens into sentences at a full stop, question or exclamation mark followed by a new start. */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const ends = (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) || (t.kind === 'word' && ABBREVIATIONS.has(t.lower) && i === tokens.length - 1);
    if (!ends) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].kind === 'punct' && /^[.!?"”’')\]]$/.test(tokens[j].text)) j++;
    const next = tokens[j];
    if (next && !/^[\p{Lu}\d$€£"“‘(]/u.test(next.text)) continue;
    sentences.push(sentence(tokens.slice(from, j)));
    from = j;
    i = j - 1;
  }
  if (from < tokens.length) sentences.push(sentence(tokens.slice(from)));
  return sentences.filter((s) => s.tokens.some((t) => t.kind === 'word' || t.kind === 'number'));
}

function sentence(tokens: Token[]): Sentence {
  return { tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end };
}
