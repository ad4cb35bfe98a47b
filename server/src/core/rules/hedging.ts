// hedging: words that soften what the author did ("I think", "kind of", "just", "tried to", "helped with").
import { claiming, literal, replace } from '../fixes';
import { pastTense, verbLemma } from '../language/lexicon';
import type { Fix, Finding, Rule } from '../types';
import type { Span } from '../text';
import type { Story, StorySentence } from '../story';
import { allSentences } from '../story';
import { clauseAt, isQuoted, matches, tokenIndexAt, withMarkup } from './helpers';

/** Hedges that can simply go. */
const DELETABLE = /\b(?:i (?:think|believe|guess|suppose|reckon|feel like)(?: that)?|i(?:'d| would) say(?: that)?|i(?:'d| would) like to think(?: that)?|a little bit|kind of|sort of|kinda|sorta|basically|maybe|perhaps|probably|somewhat|more or less|pretty much|just)\b,?/g;
/**
 * Of those, the ones that say how sure the author is ("I think the cache was the cause", "it probably saved an hour"):
 * taken out, the sentence claims a certainty the author did not, so that deletion is only offered (`Fix.claims`).
 * Filler ("just", "basically", "kind of") goes without changing what the sentence says.
 */
const SURENESS = /^(?:i (?:think|believe|guess|suppose|reckon|feel like)|i(?:'d| would) say|i(?:'d| would) like to think|a little bit|maybe|perhaps|probably|somewhat|more or less|pretty much)\b/;
/** Hedges that shrink the author's part: replaced by a verb the author picks. */
const SHRINKING = /\b(?:(?:tried|try|trying|attempted) to (\w+)|tried (?:my|our) (?:best|hardest|level best) to|helped (?:out )?(?:with|on)|helped (?:to )?(\w+)|assisted (?:with|in|on)|(?:was|got) involved (?:in|with)|was (?:a )?part of|participated in|had a hand in|had (?:a )?(?:go|stab|crack|bash) at|took a (?:stab|shot|crack) at|played a (?:small |minor )?(?:part|role) in)\b/g;

const NOUN_DETERMINERS = /^(a|an|the|this|that|what|which|any|every|some|no|one|each|another|same|right|wrong|first)$/;

// Found from the token at the offset (a binary search), not by a pass over the sentence: a pasted paragraph can be one
// sentence with thousands of hedges.
function previousWord(sentence: StorySentence, at: number): string | undefined {
  for (let i = tokenIndexAt(sentence.tokens, at) - 1; i >= 0; i--) {
    const t = sentence.tokens[i];
    if (t.kind === 'word' && t.end <= at) return t.lower;
  }
  return undefined;
}

/** The first token starting at or after an offset, a word if `kind` says so. */
function tokenAfter(sentence: StorySentence, after: number, kind?: 'word') {
  for (let i = tokenIndexAt(sentence.tokens, after); i < sentence.tokens.length; i++) if (!kind || sentence.tokens[i].kind === kind) return sentence.tokens[i];
  return undefined;
}

function isHedge(story: Story, sentence: StorySentence, span: Span, text: string): boolean {
  const before = previousWord(sentence, span.start);
  const after = tokenAfter(sentence, span.end, 'word')?.lower;
  if (/^(kind|sort) of$/.test(text)) {
    // A hedge sits before a verb or an adjective ("I kind of helped"); "a new kind of test" names a kind.
    const hedgeSlot = !before || /^(i|we|it|that|this|was|is|were|are|'s|just|really|also|still|only|to)$/.test(before) || (after !== undefined && /ed$|ing$|ly$/.test(after));
    if (!hedgeSlot || (before && NOUN_DETERMINERS.test(before))) return false;
  }
  // "a little bit more", "a little bit earlier": a small amount of a comparative, not a softened claim
  if (text === 'a little bit' && after && /^(?:more|less|fewer|\w{3,}er)$/.test(after)) return false;
  if (text === 'just') {
    if (before && /^(a|an|the|more|most|very|fair|and|not)$/.test(before)) return false; // "a just outcome", "not just"
    if (before && /^(had|have|has|'d|'ve)$/.test(before)) return false; // "we had just shipped": recently, not merely
    if (after && /^(before|after|as|when|now|then|yesterday|last)$/.test(after)) return false; // "just before the launch"
    // "a split that was just to both shifts": fair to them, not "merely"
    if (before && /^(was|is|were|be|been|are)$/.test(before) && after && /^(to|for)$/.test(after)) {
      const then = sentence.tokens.find((t) => t.start > span.end && t.kind === 'word' && t.lower !== after);
      if (then && !verbLemma(then.lower)) return false;
    }
    if (after && /^(cause|outcome|decision|result|solution|reward|process|call|in-time|in)$/.test(after)) return false;
    const next = tokenAfter(sentence, span.end);
    if (!next || next.kind === 'punct') return false; // "make the rotation just:" is fairness, not a hedge
  }
  return true;
}

function deletion(story: Story, sentence: StorySentence, span: Span, hedge: string): Fix {
  const fix = (cut: Span, newText: string) => (SURENESS.test(hedge) ? claiming : (f: Fix) => f)(replace('Say it without the hedge', cut, newText));
  let { start, end } = withMarkup(story, span); // "**basically**" goes whole
  while (end < story.text.length && story.text[end] === ' ') end++;
  const next = story.text.slice(end, end + 1);
  if (start === sentence.start && /\p{Ll}/u.test(next)) return fix({ start, end: end + 1 }, next.toUpperCase());
  if (end === span.end) while (start > sentence.start && story.text[start - 1] === ' ') start--;
  return fix({ start, end }, '');
}

export const rule: Rule = {
  id: 'hedging',
  severity: 'hint',
  sections: 'all',
  summary: 'Hedges that soften what you did ("I think", "kind of", "just", "tried to", "helped with").',
  // A hedge is wording to take out: filler goes, and "tried to move" or "helped with" gives way to the deed.
  unnecessary: true,
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of allSentences(story)) {
      for (const { span, match } of matches(story, sentence, DELETABLE)) {
        // "I think that the cache…": the hedge is "I think"; its "that" goes with it when it is dropped, but is not quoted.
        const text = match[0].replace(/,$/, '').trim().replace(/ that$/, '');
        const core = { start: span.start, end: span.start + text.length };
        if (isQuoted(sentence, core) || !isHedge(story, sentence, core, text)) continue;
        const shown = story.text.slice(core.start, core.end);
        findings.push({ span: core, message: `“${shown}” softens what you are saying. Drop it, or say it firmly.`, fixes: [deletion(story, sentence, span, text)] });
      }
      for (const { span, match } of matches(story, sentence, SHRINKING, true)) {
        if (isQuoted(sentence, span)) continue;
        const clause = clauseAt(sentence, span.start);
        if (clause && clause.actor !== 'i') continue; // "it helped catch", "every unit tried to reconnect"
        if (sentence.section.kind === 'situation' && !/^(?:tried|try|trying|attempted)/.test(match[0])) continue; // "I was part of a team": the setting
        if (/\b(?:rather than|instead of|without|stop|stopped|quit)\s*$/.test(story.spokenLower.slice(Math.max(sentence.start, span.start - 24), span.start))) continue; // "rather than trying to solve them first"
        let verb: string = match[1] ?? match[2] ?? '';
        if (match[2] && !verbLemma(match[2])) continue; // "helped the team": not a verb after "helped"
        const shown = story.text.slice(span.start, span.end);
        // "tried to quickly patch": the adverb stays, the verb after it takes the past tense
        let adverb = '';
        let fixSpan = span;
        if (verb && /ly$/.test(verb)) {
          const next = tokenAfter(sentence, span.end, 'word');
          adverb = verb;
          verb = next && verbLemma(next.lower) ? next.text : '';
          if (next) fixSpan = { start: span.start, end: next.end };
        }
        // Only plain past narration by the author reads right rewritten ("I tried to fix" -> "I fixed");
        // "was trying to", "I'll try to" need the author's own words.
        const plainPast = /^(tried|attempted|helped)\b/.test(match[0]) && !!verb && verbLemma(verb.toLowerCase()) !== undefined && (clause?.verbGroup.length ?? 0) <= 1;
        const fix = verb && plainPast
          ? claiming(replace(`Say what you did: “${[adverb, pastTense(verb)].filter(Boolean).join(' ')}”`, fixSpan, literal([adverb, pastTense(verb)].filter(Boolean).join(' '))))
          : !verb && !/^(tried|try|trying|attempted)/.test(match[0]) ? replace('Say what you did', span, '${1:‹what you did›}') : undefined;
        findings.push({ span, message: `“${shown}” makes your part sound smaller than it was. Say what you did.`, fixes: fix ? [fix] : [] });
      }
    }
    return findings;
  },
};
