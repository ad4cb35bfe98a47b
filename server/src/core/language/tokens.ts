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

const TOKEN = new RegExp(
  [
    String.raw`(?<abbr>\b(?:e\.g\.|i\.e\.|etc\.|vs\.|approx\.|a\.m\.|p\.m\.|U\.S\.|Mr\.|Ms\.|Mrs\.|Dr\.|Inc\.))`,
    String.raw`(?<number>[~≈]?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:[%×]|[a-zA-Z]+\d*)?(?:[-–/]\d[\d,]*(?:\.\d+)?(?:[%×]|[a-zA-Z]+)?)?)`,
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*(?:[-/][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s))?)`,
    String.raw`(?<punct>[.,;:!?()"“”‘’'—–\-…\[\]])`,
    String.raw`(?<symbol>[&+=@#/*_|<>~^\\])`,
  ].join('|'),
  'gu',
);

const PRONOUN_CONTRACTION = /^(i|we|they|you|he|she|it|that|there|what|who)(['’](?:m|re|ve|d|ll|s))$/i;
const NEGATIVE_CONTRACTION = /^(\p{L}+)(n['’]t)$/iu;
const NEGATIVE_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Tokens of `text` (the spoken mask), offsets shifted by `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const g = m.groups!;
    const kind: TokenKind = g.number ? 'number' : g.word || g.abbr ? 'word' : g.punct ? 'punct' : 'symbol';
    const start = base + m.index;
    const raw = m[0];
    if (kind === 'word') {
      const split = PRONOUN_CONTRACTION.exec(raw) ?? NEGATIVE_CONTRACTION.exec(raw);
      if (split) {
        const head = split[1];
        const headLower = head.toLowerCase();
        out.push(token(head, NEGATIVE_BASE[headLower] ?? headLower, 'word', start));
        out.push(token(split[2], split[2].toLowerCase().replace('’', "'"), 'word', start + head.length));
        continue;
      }
    }
    out.push(token(raw, raw.toLowerCase().replace(/’/g, "'"), kind, start));
  }
  markQuotes(out);
  return out;
}

function token(text: string, lower: string, kind: TokenKind, start: number): Token {
  return { text, lower, kind, start, end: start + text.length, quoted: false };
}

function markQuotes(tokens: Token[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    const close = t.text === '“' ? '”' : t.text === '"' ? '"' : t.text === '‘' ? '’' : t.text === "'" ? "'" : undefined;
    if (!close) continue;
    // A single quote opens a quotation only at a word's start.
    if ((t.text === "'" || t.text === '‘') && i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].kind === 'word') continue;
    let j = i + 1;
    while (j < tokens.length && !(tokens[j].kind === 'punct' && tokens[j].text === close)) j++;
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
