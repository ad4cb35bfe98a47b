// flagged-words: words or phrases the author listed in `.starcoach.json` ("flagWords") as ones to avoid.
import type { Finding, Rule } from '../types';
import { replace } from '../fixes';
import { allSentences, lowerKeepingOffsets, type Story } from '../story';
import type { Span } from '../text';
import { clip } from './helpers';

/**
 * The list, lower-cased like the story's text and with each run of white space made one space, sorted so that the
 * phrases sharing a prefix are neighbours. A list of 100,000 words is one sort, not one alternation of 100,000
 * branches (which took seconds a story, or did not compile at all).
 */
interface FlagList {
  phrases: string[];
  /** For each phrase, where it first stands in the author's list: where two match at one place, the earlier wins. */
  rank: number[];
  /** The first character of every phrase, so most places in a text are passed over at once. */
  firsts: Set<number>;
}

const lists = new WeakMap<readonly string[], FlagList>(); // the configuration's array lives as long as the configuration

function flagList(words: readonly string[]): FlagList {
  let list = lists.get(words);
  if (list) return list;
  const first = new Map<string, number>();
  words.forEach((w, i) => {
    const lower = lowerKeepingOffsets(w.trim());
    const phrase = SPACE.test(lower) ? lower.split(/\s+/).join(' ') : lower;
    if (phrase && !first.has(phrase)) first.set(phrase, i);
  });
  const phrases = [...first.keys()].sort();
  list = { phrases, rank: phrases.map((p) => first.get(p)!), firsts: new Set(phrases.map((p) => p.charCodeAt(0))) };
  lists.set(words, list);
  return list;
}

/** The first index in [lo, hi) whose phrase has at `depth` a character code of at least `code` (a phrase that ends counts as -1). */
function lowerBound(phrases: string[], lo: number, hi: number, depth: number, code: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = depth < phrases[mid].length ? phrases[mid].charCodeAt(depth) : -1;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LETTER_OR_NUMBER_AFTER = /^[\p{L}\p{N}]/u;
const LETTER_OR_NUMBER_BEFORE = /[\p{L}\p{N}]$/u;
const SPACE = /\s/;

/**
 * The listed phrase that starts at `at` and ends before neither a letter nor a number, the earliest in the list where
 * several do; white space in the text matches a phrase's space however long it is. Returns its end, or -1.
 */
function phraseAt(list: FlagList, text: string, at: number, end: number): number {
  const { phrases, rank } = list;
  let lo = 0;
  let hi = phrases.length;
  let best = -1;
  let bestRank = Infinity;
  for (let pos = at, depth = 0; pos < end && lo < hi; depth++) {
    const space = SPACE.test(text[pos]);
    const code = space ? 32 : text.charCodeAt(pos);
    lo = lowerBound(phrases, lo, hi, depth, code);
    hi = lowerBound(phrases, lo, hi, depth, code + 1);
    pos++;
    if (space) while (pos < end && SPACE.test(text[pos])) pos++;
    // A phrase that ends here sorts first in the range.
    if (lo < hi && phrases[lo].length === depth + 1 && rank[lo] < bestRank && !LETTER_OR_NUMBER_AFTER.test(text.slice(pos, Math.min(pos + 2, end)))) {
      best = pos;
      bestRank = rank[lo];
    }
  }
  return best;
}

/** Where the story says a phrase of `words` (any case, any run of white space for a space), in its spoken text. */
export function findListed(story: Story, words: readonly string[]): Span[] {
  if (words.length === 0) return [];
  const list = flagList(words);
  const text = story.spokenLower;
  const spans: Span[] = [];
  for (const sentence of allSentences(story)) {
    for (let at = sentence.start; at < sentence.end; at++) {
      if (!list.firsts.has(text.charCodeAt(at)) || LETTER_OR_NUMBER_BEFORE.test(text.slice(Math.max(sentence.start, at - 2), at))) continue;
      const end = phraseAt(list, text, at, sentence.end);
      if (end < 0) continue;
      spans.push({ start: at, end });
      at = end - 1;
    }
  }
  return spans;
}

export const rule: Rule = {
  id: 'flagged-words',
  severity: 'hint',
  sections: 'all',
  summary: 'Words or phrases you listed in `.starcoach.json` under "flagWords".',
  check({ story, options }) {
    return findListed(story, options.flagWords).map((span): Finding => {
      const word = clip(story.text.slice(span.start, span.end));
      return { span, message: `“${word}” is on your list of words to avoid.`, fixes: [replace(`Remove “${word}”`, span, '')] };
    });
  },
};
