// Reads a sentence as clauses: who the subject is, what the verb group is, and what follows it.
import {
  AUTHORITY_NOUNS, AUXILIARIES, BE_FORMS, PREPOSITIONS, COORDINATORS, DETERMINERS, GET_FORMS, GROUP_NOUNS, NEGATIONS, OPENING_ADVERBS,
  PEER_NOUNS, POSSESSIVES, SUBJECT_PRONOUNS, SUBORDINATORS, isParticipleOnly, isPastOrParticipleForm, isPastParticiple, isVerbForm, verbLemma,
} from './lexicon';
import type { Sentence, Token } from './tokens';
import { wordAlternation, wordSet } from './classes';

const OBJECT_PRONOUN_WORDS = wordSet('objectPronouns');

/** Who a clause says acted. */
export type Actor =
  | 'i' // the author
  | 'we' // the author among others: we, the two of us, Sam and I
  | 'group' // the author's own group: the team, our team, everyone
  | 'authority' // someone who can hand out work: my manager, leadership
  | 'other' // another team or person: they, the Platform team, their on-call, Priya
  | 'thing' // a system, a number, an artifact: the fix, our error rate
  | 'none'; // no subject written: carried over from the clause before, or imperative

/**
 * What a clause does in its sentence. Only a `main` clause tells what somebody did; the others give a reason or a time
 * (`subordinate`: because, when, after …), an aim (`purpose`: so that the team could …), a description of a noun
 * (`relative`: the steps we would take, the fix that we shipped) or somebody's words or thoughts (`reported`: I explained
 * that we had to …).
 */
export type ClauseKind = 'main' | 'subordinate' | 'purpose' | 'relative' | 'reported';

export interface Clause {
  tokens: Token[];
  kind: ClauseKind;
  /** The verb tells a state (was, remained, needed, owned, wanted), not an action. */
  state: boolean;
  /** The word that opened the clause (because, and, so ...), lower case. */
  opener?: string;
  subject: Token[];
  actor: Actor;
  /** The subject was not written; `actor` was carried over from the clause before. */
  implicit: boolean;
  /** Auxiliaries, negation and the main verb, in order. */
  verbGroup: Token[];
  verb?: Token;
  lemma?: string;
  passive: boolean;
  negated: boolean;
  /** Tokens after the verb group. */
  rest: Token[];
}

const BOUNDARY_PUNCT = new Set([';', ':', '—', '–', '(', ')', '…']);
const WE_PHRASES = new RegExp(`^(?:the )?(?:${wordAlternation('wePhraseCounts')}) of us$`);
const NOUN_PHRASE_OPENERS = wordSet('nounPhraseOpeners');
/** The words a "two of us" phrase can start with (see WE_PHRASES): only these make it worth joining words to test. */
const WE_PHRASE_STARTS = new Set(['the', ...wordSet('wePhraseCounts')]);
const SPLIT_BEFORE = wordSet('clauseSplitters');
const PREPOSITION_PARTICIPLES = wordSet('prepositionParticiples');
const LEADING_PHRASES = wordSet('leadingPhraseOpeners');
const TIME_DETERMINERS = new Set(['each', 'every', 'that', 'this', 'last', 'next', 'one', 'the', 'same', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_NOUNS = wordSet('timeNouns');
const TIME_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'few', 'other', 'couple']);

/** Splits a sentence into clauses and reads each. */
export function readClauses(sentence: Sentence): Clause[] {
  const segments = segment(sentence.tokens);
  const clauses: Clause[] = [];
  let previous: Clause | undefined;
  for (let n = 0; n < segments.length; n++) {
    const seg = segments[n];
    const clause = readClause(seg.tokens, seg.opener, previous);
    clause.kind = kindOf(clause, n > 0 ? segments[n - 1].tokens : undefined, seg.afterPunct, previous);
    clauses.push(clause);
    if (clause.actor !== 'none' || clause.verb) previous = clause;
  }
  // "In the end we decided to file them": a phrase with no verb before the subject opens the main clause; it is not a
  // noun the next clause describes ("the plan we agreed on").
  const [lead, next] = clauses;
  if (lead && next && !lead.verb && lead.subject.length === 0 && next.kind === 'relative' && !next.opener && SUBJECT_PRONOUNS.has(next.subject[0]?.lower ?? '')
    && lead.tokens[0] && (PREPOSITION_START.has(lead.tokens[0].lower) || PREPOSITIONS.has(lead.tokens[0].lower))) next.kind = 'main';
  // "After that we rolled back the deploy": an opener with no main clause after it only starts a phrase.
  const first = clauses[0];
  if (first?.kind === 'subordinate' && first.verb && !first.tokens.some((t) => t.text === ',') && !clauses.some((c, i) => i > 0 && c.verb && c.kind === 'main')) first.kind = 'main';
  return clauses;
}

function startsClause(tokens: Token[], i: number, phrase = true): boolean {
  // Leading adverbs do not change who the subject is: "and together we traced".
  while (tokens[i] && tokens[i].kind === 'word' && (OPENING_ADVERBS.has(tokens[i].lower) || tokens[i].lower === 'together' || (tokens[i].lower.endsWith('ly') && !isVerbForm(tokens[i].lower)))) i++;
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  // "and between the three of us the call was made", "and by Friday the fix was live": a short phrase before the subject
  if (LEADING_PHRASES.has(t.lower) && phrase) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
      const w = tokens[k - 1];
      if (w.kind !== 'word' && w.kind !== 'number') break;
      // a verb ends the phrase ("and by fixing it we…" is not a phrase before a subject), a noun after a determiner does not ("in the end")
      const prev = tokens[k - 2];
      if (w.kind === 'word' && isVerbForm(w.lower) && !DETERMINERS.has(w.lower) && !(k - 2 >= i && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower)))) break;
      if (startsClause(tokens, k, false)) return true;
    }
  }
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'that' && t.lower !== 'this' && (isVerbAhead(tokens, i + 1) || verbAfterModifier(tokens, i + 1))) return true;
  // A bare noun in the passive: "and masking was added"
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  if (!isVerbForm(t.lower) && n1?.kind === 'word' && (BE_FORMS.has(n1.lower) || GET_FORMS.has(n1.lower)) && n2?.kind === 'word' && isPastParticiple(n2.lower)) return true;
  // A noun phrase followed by a finite verb: "and the drift alert was tuned"
  if (NOUN_PHRASE_OPENERS.has(t.lower)) {
    const words: Token[] = [];
    for (let k = i; k < tokens.length && k < i + 8 && (tokens[k].kind === 'word' || tokens[k].kind === 'number'); k++) words.push(tokens[k]);
    const end = nounPhraseEnd(words, 0);
    const next = words[end];
    // "the team fixed it" starts a clause; "wanted the crashes gone" does not: "gone" is a participle, never a past tense
    // "our platform team based on this work": a participle that describes the noun before its preposition
    if (next && PREPOSITION_PARTICIPLES.has(next.lower) && /^(?:on|upon|in|at|out)$/.test(words[end + 1]?.lower ?? '')) return false;
    return !!next && end > 1 && (AUXILIARIES.has(next.lower) || (isPastOrParticipleForm(next.lower) && !isParticipleOnly(next.lower)) || verbAfterModifier(words, end));
  }
  return false;
}

/** The prepositions that can follow a subject to say which one it is: "nobody in lift ops", "someone from finance". */
const SUBJECT_MODIFIERS = new Set(['in', 'at', 'from', 'on', 'of', 'for']);

/**
 * A subject told with a short phrase after it, then its finite verb: "and nobody in lift ops had put them on my plate",
 * "and the team in Lisbon owned the feed". The phrase is a preposition and one to three words with no verb of their own.
 */
function verbAfterModifier(tokens: Token[], j: number): boolean {
  if (!SUBJECT_MODIFIERS.has(tokens[j]?.lower ?? '')) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
    const w = tokens[k];
    if (w.kind !== 'word' && w.kind !== 'number') return false;
    if (COORDINATORS.has(w.lower) || SUBORDINATORS.has(w.lower) || w.lower === 'to') return false;
    if (k > j + 1 && (AUXILIARIES.has(w.lower) || (isPastOrParticipleForm(w.lower) && !isParticipleOnly(w.lower)))) return true;
  }
  return false;
}

function isVerbAhead(tokens: Token[], i: number): boolean {
  // "we as a group landed on it", "we, as a team, agreed": who the pronoun is, said again, before its verb
  if (tokens[i]?.lower === ',') i++;
  if (tokens[i]?.lower === 'as' && /^(?:a|the|one)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.kind === 'word') i += tokens[i + 3]?.lower === ',' ? 4 : 3;
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (isVerbForm(t.lower) || NEGATIONS.has(t.lower) || t.lower === "n't") return true;
    if (!t.lower.endsWith('ly') && !OPENING_ADVERBS.has(t.lower) && t.lower !== 'all' && t.lower !== 'both') return false;
  }
  return false;
}

interface Segment {
  tokens: Token[];
  opener?: string;
  /** Punctuation (a comma, a semicolon, a dash) stands between this segment and the one before. */
  afterPunct: boolean;
}

/** Words that open a verb's object or particle: after ", forwarded" they make the past form a step, not a description. */
const OBJECT_START = new Set(['it', 'them', 'this', 'that', 'the', 'a', 'an', 'my', 'our', 'their', 'his', 'her', 'each', 'every', 'all', 'both', 'up', 'out', 'back', 'off', 'over', 'down']);

function segment(tokens: Token[]): Segment[] {
  const out: Segment[] = [];
  let current: Token[] = [];
  let currentHasVerb = false; // kept as tokens arrive: a long clause must not be rescanned at every "and"
  let opener: string | undefined;
  let afterPunct = false;
  const flush = (next?: string, punct = false) => {
    if (current.length > 0) out.push({ tokens: current, opener, afterPunct });
    current = [];
    currentHasVerb = false;
    opener = next;
    afterPunct = punct;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const quotedChange = i > 0 && t.quoted !== tokens[i - 1].quoted;
    if (t.kind === 'punct' && BOUNDARY_PUNCT.has(t.text)) {
      flush(undefined, true);
      continue;
    }
    if (quotedChange && t.kind !== 'punct') flush();
    if (t.kind === 'punct' && t.text === ',') {
      const next = tokens[i + 1];
      if (next && (startsClause(tokens, i + 1) || (next.kind === 'word' && (SUBORDINATORS.has(next.lower) || COORDINATORS.has(next.lower)) && startsClause(tokens, i + 2)))) {
        flush(undefined, true);
        continue;
      }
      // "I put the readings into a spreadsheet, forwarded it to their desk": a list of steps with no "and", each a
      // past verb with its object (not "the logs, sorted by date" or "the fix, based on")
      if (currentHasVerb && next?.kind === 'word' && isPastOrParticipleForm(next.lower) && !DETERMINERS.has(next.lower) && OBJECT_START.has(tokens[i + 2]?.lower ?? '')) {
        flush(undefined, true);
        continue;
      }
    }
    if (t.kind === 'word' && current.length > 0) {
      const next = tokens[i + 1];
      if (COORDINATORS.has(t.lower) || t.lower === 'so') {
        // "Priya and I rewrote it": no verb yet, so "and" joins subjects, not clauses.
        if (!currentHasVerb) {
          current.push(t);
          continue;
        }
        if (startsClause(tokens, i + 1) || (next && next.kind === 'word' && isPastOrParticipleForm(next.lower) && !DETERMINERS.has(next.lower))) {
          flush(t.lower);
          continue;
        }
      } else if (SPLIT_BEFORE.has(t.lower) || ((SUBORDINATORS.has(t.lower) || (t.lower === 'that' && !afterThat(current))) && startsClause(tokens, i + 1))) {
        flush(t.lower);
        continue;
      } else if (current[current.length - 1].kind === 'word' && isVerbForm(current[current.length - 1].lower) && !(afterDeterminer(current) && !SUBJECT_PRONOUNS.has(t.lower)) && !participleAdjective(current, t) && startsClause(tokens, i, false)) {
        // "suggested I look into it": a clause that starts with no word to mark it
        flush();
      }
    }
    current.push(t);
    if (t.kind === 'word' && !currentHasVerb && isVerbForm(t.lower)) currentHasVerb = true;
  }
  flush();
  return out;
}

/** "Patched servers were rebooted": a lone participle before a bare noun describes it (a verb that reports keeps its clause: "Confirmed logs were clean"). */
function participleAdjective(current: Token[], next: Token): boolean {
  return current.length === 1 && isPastParticiple(current[0].lower) && !REPORTING.has(verbLemma(current[0].lower) ?? '') && !SUBJECT_PRONOUNS.has(next.lower) && !DETERMINERS.has(next.lower) && !POSSESSIVES.has(next.lower);
}

/** A verb form right after a determiner is a noun or an adjective: "the remaining pipelines", "our test suite" (a pronoun after it still starts a clause: "the steps we took"). */
function afterDeterminer(current: Token[]): boolean {
  const before = current[current.length - 2];
  return before !== undefined && before.kind === 'word' && (DETERMINERS.has(before.lower) || POSSESSIVES.has(before.lower)) && before.lower !== 'that';
}

/** "After that", "before that": a time phrase, not a clause that "that" opens. */
function afterThat(current: Token[]): boolean {
  return current.length === 1 && /^(after|before|since|despite|besides|beyond)$/.test(current[0].lower);
}

function readClause(tokens: Token[], opener: string | undefined, previous: Clause | undefined): Clause {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  let i = 0;
  // Leading adverbs do not change who the subject is: "Together we chased down the leak" (as `startsClause` reads them).
  while (i < words.length && (SUBORDINATORS.has(words[i].lower) || COORDINATORS.has(words[i].lower) || OPENING_ADVERBS.has(words[i].lower) || (words[i].lower === 'together' && i + 1 < words.length && SUBJECT_PRONOUNS.has(words[i + 1].lower)) || (words[i].lower.endsWith('ly') && !isVerbForm(words[i].lower)))) {
    opener ??= words[i].lower;
    i++;
  }  // "After that we rolled back": the time phrase is an opener too
  if (i === 1 && words[1] && /^(that|this|then)$/.test(words[1].lower) && /^(after|before|since)$/.test(words[0].lower)) i = 2;

  // "Each morning I posted ...", "That night we rolled back": a time before the subject is not the subject.
  if (words[i] && TIME_DETERMINERS.has(words[i].lower)) {
    // "Every two weeks I gave her feedback": a count of them may come between
    const n = words[i + 1] && (words[i + 1].kind === 'number' || TIME_COUNTS.has(words[i + 1].lower)) ? i + 2 : i + 1;
    if (words[n] && TIME_NOUNS.has(words[n].lower) && words[n + 1] && SUBJECT_PRONOUNS.has(words[n + 1].lower) && isVerbAhead(words, n + 2)) i = n + 1;
  }
  // "By the end of the rollout we had cut ...", "In September my director handed ...": a prepositional opener before the subject.
  if (words[i] && (PREPOSITION_START.has(words[i].lower) || PREPOSITIONS.has(words[i].lower))) {
    for (let j = i + 1; j < Math.min(words.length, i + 12); j++) {
      if (SUBJECT_PRONOUNS.has(words[j].lower) && words[j].lower !== 'that' && words[j].lower !== 'this' && isVerbAhead(words, j + 1)) {
        i = j;
        break;
      }
      // "between the three of us the call was made": a noun phrase with its own verb after the phrase
      if ((POSSESSIVES.has(words[j].lower) && words[j].lower !== 'its') || (j > i + 1 && NOUN_PHRASE_OPENERS.has(words[j].lower))) {
        const end = nounPhraseEnd(words, j);
        const next = words[end];
        // "by the end of the rollout we had cut": the pronoun is the subject, not part of the phrase
        if (words.slice(j + 1, end).some((w) => SUBJECT_PRONOUNS.has(w.lower))) continue;
        if (end > j + 1 && next && (AUXILIARIES.has(next.lower) || (isPastOrParticipleForm(next.lower) && !isParticipleOnly(next.lower)))) {
          i = j;
          break;
        }
      }
    }
  }
  // "After the outage we rolled back": "after" opened a phrase, not a clause; the clause is the main one.
  let phraseOpener = false;
  // "After lunch we rolled back" too: a phrase with no verb in it, whatever its first word.
  if (opener && PHRASE_OPENERS.has(opener) && words[i] && (DETERMINERS.has(words[i].lower) || !isVerbForm(words[i].lower))) {
    for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
      if (!DETERMINERS.has(words[i].lower) && isVerbForm(words[j].lower)) break;
      if (SUBJECT_PRONOUNS.has(words[j].lower) && words[j].lower !== 'that' && words[j].lower !== 'this' && isVerbAhead(words, j + 1)) {
        i = j;
        phraseOpener = true;
        break;
      }
    }
  }
  const subjectStart = i;
  let subjectEnd = i;
  let actor: Actor = 'none';
  let participleEnd = -1;
  const first = words[i];
  const lowerRun = (from: number, n: number) => words.slice(from, from + n).map((w) => w.lower).join(' ');
  const wePhrase = first && WE_PHRASE_STARTS.has(first.lower) ? [4, 3].find((n) => WE_PHRASES.test(lowerRun(i, n))) : undefined;
  if (wePhrase) {
    subjectEnd = i + wePhrase;
    actor = 'we';
  } else if (first && SUBJECT_PRONOUNS.has(first.lower) && !(first.lower === 'that' || first.lower === 'this') ) {
    subjectEnd = i + 1;
    actor = pronounActor(first.lower);
  } else if (first && first.lower.endsWith('ing') && words[i + 1] && AUXILIARIES.has(words[i + 1].lower)) {
    subjectEnd = i + 1; // a gerund as the subject: "Logging was added"
  } else if ((participleEnd = participleSubjectEnd(words, i)) > i) {
    subjectEnd = participleEnd; // a participle as an adjective: "Corrected notices were printed"
  } else if (first && !isVerbForm(first.lower) && first.kind === 'word' && !PREPOSITION_START.has(first.lower)) {
    subjectEnd = nounPhraseEnd(words, i);
  } else if (first && (first.lower === 'that' || first.lower === 'this')) {
    subjectEnd = nounPhraseEnd(words, i);
  }
  // Coordinated subjects: "Sam and I", "my lead and I", "I and two others"
  while (subjectEnd < words.length - 1 && (words[subjectEnd].lower === 'and' || words[subjectEnd].lower === 'with') && subjectEnd > subjectStart) {
    const next = words[subjectEnd + 1];
    if (next.lower === 'i' || next.lower === 'me') {
      subjectEnd += 2;
      actor = 'we';
    } else if (actor === 'i' && !isVerbForm(next.lower)) {
      subjectEnd = nounPhraseEnd(words, subjectEnd + 1);
      actor = 'we';
    } else break;
  }
  // "we both", "we all", "we two"
  while (subjectEnd < words.length && actor === 'we' && /^(both|all|two|three|together)$/.test(words[subjectEnd].lower)) subjectEnd++;
  // "After the rotation the dashboards looked normal": the first noun phrase belongs to the opener
  let from = subjectStart;
  if (opener && PHRASE_OPENERS.has(opener) && actor === 'none' && words[subjectEnd] && DETERMINERS.has(words[subjectEnd].lower)) {
    const end = nounPhraseEnd(words, subjectEnd);
    const next = words[end];
    if (end > subjectEnd + 1 && next && (AUXILIARIES.has(next.lower) || (isPastOrParticipleForm(next.lower) && !isParticipleOnly(next.lower)))) {
      from = subjectEnd;
      subjectEnd = end;
      phraseOpener = true;
    }
  }
  if (phraseOpener) opener = undefined;
  const subject = words.slice(from, subjectEnd);
  if (subject.length > 0 && actor === 'none') actor = nounPhraseActor(subject);

  // The verb group: auxiliaries, adverbs, negation, then the main verb.
  let k = subjectEnd;
  const verbGroup: Token[] = [];
  let verb: Token | undefined;
  let passive = false;
  let negated = false;
  let sawBe = false;
  for (; k < words.length; k++) {
    const w = words[k];
    // "we not only met the goal but beat it": "not only" adds, it does not negate
    if (w.lower === 'not' && words[k + 1]?.lower === 'only') {
      k++;
      continue;
    }
    if (NEGATIONS.has(w.lower) || w.lower === "n't") {
      negated = true;
      verbGroup.push(w);
      continue;
    }
    if (AUXILIARIES.has(w.lower) || GET_FORMS.has(w.lower)) {
      verbGroup.push(w);
      if (BE_FORMS.has(w.lower) || GET_FORMS.has(w.lower)) sawBe = true;
      verb = w;
      continue;
    }
    // "The two of us on call that night traced it", "the team based in Lisbon owned it": a modifier between the
    // subject and its verb.
    const describes = PREPOSITION_PARTICIPLES.has(w.lower) && /^(?:on|upon|in|at|out)$/.test(words[k + 1]?.lower ?? '');
    if (verbGroup.length === 0 && subject.length > 0 && (PREPOSITION_START.has(w.lower) || describes) && k === subjectEnd) {
      const j = words.findIndex((x, n) => n > k && n < k + 7 && (isPastOrParticipleForm(x.lower) || AUXILIARIES.has(x.lower)));
      if (j > 0) {
        k = j - 1;
        continue;
      }
    }
    if (verbGroup.length > 0 || subject.length > 0 || actor !== 'none' || k === subjectStart) {
      if (isAdverb(w.lower) && k + 1 < words.length) continue;
      if (isVerbForm(w.lower)) {
        verbGroup.push(w);
        verb = w;
        if (sawBe && isPastParticiple(w.lower)) passive = true;
        k++;
        break;
      }
    }
    break;
  }
  // "Nobody asked me", "No one owned it", "None of the teams": the subject itself negates the clause.
  if (subject.length > 0 && /^(nobody|no|none|neither|nothing)$/.test(subject[0].lower)) negated = true;
  let implicit = false;
  if (subject.length === 0 && previous && verb) {
    actor = previous.actor;
    implicit = true;
  }
  const lemma = verb ? verbLemma(verb.lower) ?? verb.lower : undefined;
  const next = words[k]?.lower;
  return {
    tokens,
    kind: 'main',
    // "Darius and I get on much better now", "we got along": how people stand with each other, not a deed
    state: (lemma === 'get' && (next === 'on' || next === 'along')) || !!lemma && !passive && STATE_VERBS.has(lemma) && !((lemma === 'have' || lemma === 'need' || lemma === 'want') && next === 'to' && words[k + 1]?.lower !== 'be') && !(lemma === 'be' && next === 'able') && !(lemma === 'sit' && (next === 'down' || next === 'with')),
    opener,
    subject,
    actor,
    implicit,
    verbGroup,
    verb,
    lemma,
    passive,
    negated,
    rest: words.slice(k),
  };
}

/**
 * Which kind a clause is, from the word that opened it and the clause before it. A clause with no subject of its own
 * ("… and waited") continues the clause before it, and so is of its kind.
 */
function kindOf(clause: Clause, before: Token[] | undefined, afterPunct: boolean, previous: Clause | undefined): ClauseKind {
  const opener = clause.opener;
  if (!before) return opener && ADVERBIAL.has(opener) ? 'subordinate' : 'main';
  if (clause.implicit && previous && opener && COORDINATORS.has(opener)) return previous.kind;
  const lastWords = before.filter((t) => t.kind === 'word' || t.kind === 'number').slice(-3).map((t) => t.lower);
  const last = lastWords[lastWords.length - 1];
  if (opener && ADVERBIAL.has(opener)) return 'subordinate';
  // "because the people ringing were upset and we were making it harder": a reason goes on after "and"
  if (opener && COORDINATORS.has(opener) && !afterPunct && previous?.kind === 'subordinate' && previous.opener !== undefined && REASONS.has(previous.opener)) return 'subordinate';
  if (opener && RELATIVE.has(opener)) return 'relative';
  const reporting = previous?.lemma !== undefined && REPORTING.has(previous.lemma);
  if (opener === 'that') {
    if (last === 'so' || last === 'order') return 'purpose';
    if (reporting) return 'reported';
    // "the fix that we shipped": a noun with its determiner before "that"
    if (lastWords.length >= 2 && DETERMINERS.has(lastWords[lastWords.length - 2])) return 'relative';
    return (last !== undefined && isVerbForm(last)) || last === 'sure' ? 'reported' : 'relative';
  }
  if (opener === 'so' && clause.verbGroup.some((t) => MODALS.has(t.lower))) return 'purpose';
  if (opener === undefined && last !== undefined && !afterPunct) {
    // "She said we should wait", "suggested I look into it": words or thoughts with no "that".
    // "She said we should wait", "I needed to ensure we hit the date": a clause right after a reporting verb
    const lastToken = before[before.length - 1];
    if (lastToken?.kind === 'word' && REPORTING.has(verbLemma(lastToken.lower) ?? '')) return 'reported';
    // "the steps we would take": a noun, then a clause that describes it.
    // Only a pronoun starts such a clause: in "After the flag change the crash reports went quiet" the second is the main one.
    const pronoun = clause.subject[0] !== undefined && SUBJECT_PRONOUNS.has(clause.subject[0].lower);
    if (pronoun && lastWords.slice(0, -1).some((w) => DETERMINERS.has(w)) && !isPastOrParticipleForm(last) && !AUXILIARIES.has(last)) return 'relative';
  }
  return 'main';
}

const ADVERBIAL = wordSet('adverbialSubordinators');
/** Subordinators that give a reason: what is joined to their clause by "and" is part of the reason. */
const REASONS = new Set(['because', 'since', 'as', 'cause']);
const RELATIVE = wordSet('relativePronouns');
const MODALS = wordSet('modals');
/** Verbs whose clause reports words or thoughts: what follows them is not something the subject did. */
export const REPORTING = wordSet('reportingVerbs');
/** Verbs that tell a state or a circumstance, not a deed: "we were behind", "our team owned the API", "we needed a fix". */
export const STATE_VERBS = wordSet('stateVerbs');

/** Words that open a clause or only a phrase of time: "after we shipped" or "after the outage". */
const PHRASE_OPENERS = wordSet('timeOpeners');

const PREPOSITION_START = new Set([...PREPOSITIONS, ...wordSet('nounPhraseBreaks')]);

function isAdverb(word: string): boolean {
  return (word.endsWith('ly') && !isVerbForm(word) && word !== 'only' ) || OPENING_ADVERBS.has(word) || word === 'just' || word === 'never' || word === 'already' || word === 'personally' || word === 'even' || word === 'together';
}

function pronounActor(word: string): Actor {
  if (word === 'i') return 'i';
  if (word === 'we') return 'we';
  if (word === 'everyone' || word === 'everybody') return 'group';
  if (word === 'it' || word === 'everything' || word === 'nothing' || word === 'something') return 'thing';
  return 'other';
}

/**
 * "Corrected notices were printed", "Patched servers got rebooted": a past participle that opens the clause and is
 * followed by a noun phrase and then an auxiliary describes that noun; it is not the author's step. A verb that reports
 * what was found ("Found the logs were empty", "Confirmed memory was leaking") keeps its clause.
 */
function participleSubjectEnd(words: Token[], i: number): number {
  const first = words[i];
  const second = words[i + 1];
  if (!first || !second || !isPastParticiple(first.lower) || REPORTING.has(verbLemma(first.lower) ?? '')) return -1;
  if (second.kind !== 'word' || DETERMINERS.has(second.lower) || POSSESSIVES.has(second.lower) || SUBJECT_PRONOUNS.has(second.lower) || OBJECT_PRONOUN_WORDS.has(second.lower)
    || PREPOSITION_START.has(second.lower) || AUXILIARIES.has(second.lower) || isAdverb(second.lower)) return -1;
  // "notices", "builds": an -s word before an auxiliary is a plural noun, not a verb
  if (isVerbForm(second.lower) && !(second.lower.endsWith('s') && AUXILIARIES.has(words[i + 2]?.lower ?? ''))) return -1;
  const end = nounPhraseEnd(words, i + 1);
  const next = words[end];
  return end > i + 1 && next && (AUXILIARIES.has(next.lower) || GET_FORMS.has(next.lower)) ? end : -1;
}

function nounPhraseEnd(words: Token[], from: number): number {
  let k = from;
  let nouns = 0;
  while (k < words.length && k - from < 6) {
    const w = words[k];
    if (AUXILIARIES.has(w.lower) || NEGATIONS.has(w.lower) || w.lower === "n't" || COORDINATORS.has(w.lower) || w.lower === 'with' || SUBORDINATORS.has(w.lower)) break;
    if (nouns > 0 && (OPENING_ADVERBS.has(w.lower) || (w.lower.endsWith('ly') && !isVerbForm(w.lower)))) break;
    if (nouns > 0 && PREPOSITION_START.has(w.lower) && w.lower !== 'of') break;
    if (nouns > 0 && DETERMINERS.has(w.lower)) break; // "the cutover the migration": a second noun phrase starts
    const after = words[k + 1]?.lower;
    // "Pod restarts went": an -s word followed by a verb is a plural noun, not the verb.
    const pluralNoun = after !== undefined && (isPastOrParticipleForm(after) || AUXILIARIES.has(after));
    if (nouns > 0 && (isPastOrParticipleForm(w.lower) || (verbLemma(w.lower) && w.lower.endsWith('s') && !w.lower.endsWith("'s") && !GROUP_NOUNS.has(w.lower) && !AUTHORITY_NOUNS.has(w.lower) && !pluralNoun))) break;
    if (!DETERMINERS.has(w.lower)) nouns++;
    k++;
  }
  return k;
}

function nounPhraseActor(subject: Token[]): Actor {
  const lowers = subject.map((t) => t.lower.replace(/'s$/, ''));
  const head = lowers[lowers.length - 1];
  const det = lowers[0];
  const modifiers = subject.slice(1, -1);
  if (lowers.some((w) => AUTHORITY_NOUNS.has(w))) {
    // "my manager", "leadership", "our director"; "their lead" is another team's person
    return det === 'their' || det === 'his' || det === 'her' ? 'other' : 'authority';
  }
  if (GROUP_NOUNS.has(head)) {
    if (det === 'their' || det === 'another' || det === 'other') return 'other';
    const named = modifiers.some((t) => /^\p{Lu}/u.test(t.text)) || (subject.length > 2 && det === 'the');
    if (named) return 'other';
    if (det === 'the' || det === 'our' || det === 'my' || subject.length === 1) return 'group';
    return 'other';
  }
  if (POSSESSIVES.has(det) && PEER_NOUNS.has(head)) {
    return det === 'our' ? 'group' : 'other';
  }
  // "the vendor's support people", "the clinic's engineers": people of a party named before them are someone else.
  if (PEER_NOUNS.has(head) && subject.slice(0, -1).some((t) => /['’]s$/.test(t.lower) && !POSSESSIVES.has(t.lower))) return 'other';
  if (subject.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(subject[0].text) && !isVerbForm(subject[0].lower)) return 'other';
  return 'thing';
}
