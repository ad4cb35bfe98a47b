// generic-reflection: a lesson that would fit any story ("communication is important", "I learned a lot").
import { replace } from '../fixes';
import type { Finding, Rule } from '../types';
import type { Token } from '../language/tokens';
import type { StorySentence } from '../story';
import { isQuoted, sentenceRewriteSpan, sentencesIn } from './helpers';
import { wordSet, wordTest } from '../language/classes';
import { isVerbForm } from '../language/lexicon';
import { learnedFlags } from '../language/learned';

/** What a generic lesson is made of. */
const isGenericCore = wordTest('genericLessons');
/** Words that carry no story-specific content, on top of the generic core. */
const FILLER = wordSet('lessonFiller');

/**
 * Set phrases that carry neither a lesson nor anything specific: their words count for nothing either way ("patience
 * pays off in the end" is a platitude; "in the end that's more or less what happened" is not a lesson at all; "half the battle" says how much, not what).
 */
const SET_PHRASES = [['in', 'the', 'end'], ['at', 'the', 'end', 'of', 'the', 'day'], ['more', 'or', 'less'], ['by', 'the', 'end'], ['half', 'the', 'battle'], ['above', 'all'], ['two', 'sides']];

/** The tokens without the set phrases in them. */
function withoutSetPhrases(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = SET_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    if (phrase) i += phrase.length - 1;
    else out.push(tokens[i]);
  }
  return out;
}

function specificWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) {
    if (t.kind === 'number') n++;
    if (t.kind !== 'word' || t.quoted) continue;
    if (isGenericCore(t.lower) || FILLER.has(t.lower)) continue;
    if (/^\p{Lu}/u.test(t.text) && t !== tokens[0]) continue; // a name: "the Platform team" is still generic
    n++;
  }
  return n;
}

/** Where a lesson's own clause ends: a subordinate clause, or a qualifier ("…, especially with a vendor"). */
const SUBORDINATE = new Set([...wordSet('adverbialSubordinators'), ...wordSet('lessonQualifiers')]);

/** "The lesson is that" cut off before "when …": the main clause ends on the lesson's marker, and the lesson follows it. */
const endsOnMarker = (main: Token[], sentence: StorySentence) => main.length > 0 && main.length < sentence.tokens.length && LESSON_MARKER.test(main[main.length - 1].lower);

function mainClauseTokens(sentence: StorySentence): Token[] {
  const cut = sentence.tokens.findIndex((t, i) => i > 1 && t.kind === 'word' && SUBORDINATE.has(t.lower));
  return cut < 0 ? sentence.tokens : sentence.tokens.slice(0, cut);
}

/** What comes after a lesson marker ("the lesson from the rename was that …", "it taught me the value of …"). */
const LESSON_MARKER = /^(that|of|how|to)$/;
const LESSON_LEADS = new Set(['lesson', 'lessons', 'takeaway', 'takeaways', 'taught', 'learned', 'learnt', 'realized', 'realised', 'understood', 'value', 'importance', 'away', 'thing']);

/** The tokens of the lesson itself: after the last lesson marker that follows a lesson word, up to a subordinate clause. */
function lessonTokens(sentence: StorySentence): Token[] | undefined {
  const main = mainClauseTokens(sentence);
  // "The big lesson is that when everybody pulls together, anything is possible": the lesson is all that follows
  const tokens = endsOnMarker(main, sentence) ? sentence.tokens : main;
  let from = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!LESSON_LEADS.has(tokens[i].lower)) continue;
    for (let j = i + 1; j <= i + 10 && j < tokens.length; j++) {
      if (tokens[j].kind === 'word' && LESSON_MARKER.test(tokens[j].lower)) {
        from = j + 1;
        break;
      }
    }
  }
  if (from < 0 || from >= tokens.length) return undefined;
  // "… to listen to the people who use it": the people are described, the lesson is not made specific by it.
  let end = from;
  while (end < tokens.length && !/^(who|whom|whose|which)$/.test(tokens[end].lower)) end++;
  return tokens.slice(from, end);
}

/** "I learned a lot", "I grew so much": an amount of learning with no lesson in it. */
const AMOUNT_ONLY = /\b(?:learned|learnt|grew|gained) (?:a lot|so much|a ton|a great deal|tons|plenty)\b/;

/** True when a sentence's lesson would fit any story; reflection-not-systemic ignores such sentences too. */
export function isGenericLesson(sentence: StorySentence): boolean {
  // a lesson says something: "My mistake" cut off before "before this was testing the app at my desk" says nothing yet
  const generic = (all: Token[]) => {
    const tokens = withoutSetPhrases(all);
    return tokens.some((t) => t.kind === 'word' && !t.quoted && isGenericCore(t.lower)) && specificWords(tokens) === 0
      // a lesson says something, with a verb ("pays off", "counts": a present tense the lexicon keeps as its base form)
      && tokens.some((t) => t.kind === 'word' && (isVerbForm(t.lower) || (t.lower.endsWith('s') && isVerbForm(t.lower.slice(0, -1)))));
  };
  const main = mainClauseTokens(sentence);
  // cut off at "The lesson is that", the main clause says nothing yet: the lesson is read below
  if (!endsOnMarker(main, sentence) && generic(main)) return true;
  // The lesson may share its sentence with specific words: "the lesson from the Android rename was that attention to detail matters".
  const lesson = lessonTokens(sentence);
  if (lesson && generic(lesson)) return true;
  const said = sentence.tokens.filter((t) => t.kind === 'word' && !t.quoted).map((t) => t.lower).join(' ');
  // "I learned a lot about autovacuum, and now I cap transactions at 30 seconds": the second half is the lesson
  // (a promise about the future, "I'll take that into any job", is not something done)
  const alsoDid = sentence.clauses.filter((c) => c.actor === 'i' && c.kind === 'main' && !c.state && c.lemma !== 'learn' && c.lemma !== 'grow'
    && !c.verbGroup.some((t) => /^(?:will|'ll|would|'d|shall)$/.test(t.lower))).length > 0;
  const practice = /\b(?:now|since then|these days|from then on) i\b/.test(said) || sentence.tokens.some((t) => t.kind === 'number');
  if (alsoDid || practice) return false;
  // A lesson in words no list holds ("people rise to the level of trust you place in them"): the model learned from
  // every lesson the fixtures annotate and every one they leave alone (language/learned.ts).
  return AMOUNT_ONLY.test(said) || learnedFlags('generic-reflection', sentence);
}

export const rule: Rule = {
  id: 'generic-reflection',
  severity: 'warning',
  sections: 'Reflection, Follow-ups',
  summary: 'A lesson that fits any story ("communication is important", "I would communicate better", "I learned a lot").',
  check({ story, options }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['reflection', 'followups'])) {
      if (sentence.inBlockquote) continue;
      if (!isGenericLesson(sentence)) continue;
      const span = sentenceRewriteSpan(story, sentence);
      if (isQuoted(sentence, span)) continue;
      const senior = options.level !== 'sde1' && options.level !== 'sde2';
      findings.push({
        span,
        message: 'This lesson would fit any story. Name what this one taught you: the technical check you now make, or the gap in how teams work that caused it.',
        fixes: [replace('Name the specific lesson', span, senior
          ? 'The deeper cause was ${1:‹the gap between teams: ownership, a shared SLO, a process›}, so next time I would ${2:‹the change you would push for›}'
          : 'I learned ${1:‹the specific check or technique you now use›}')],
      });
    }
    return findings;
  },
};
