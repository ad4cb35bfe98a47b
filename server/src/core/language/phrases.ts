// Phrases quoted back to the author in messages: built here, once, so that every message ends on a content word.
import type { Clause } from './clauses';
import { AUXILIARIES, COORDINATORS, DETERMINERS, POSSESSIVES, PREPOSITIONS, SUBORDINATORS, isPastOrParticipleForm, isPastParticiple, isVerbForm, verbLemma } from './lexicon';
import type { Token } from './tokens';
import { wordSet } from './classes';

const PARTICLE_WORDS = wordSet('particles');

/** Words a quoted phrase must not end on: a reader hears the sentence stop in the middle. */
const DANGLING = new Set([...DETERMINERS, ...POSSESSIVES, ...PREPOSITIONS, ...COORDINATORS, ...SUBORDINATORS, ...wordSet('adverbialSubordinators'),
  ...AUXILIARIES, ...PARTICLE_WORDS, ...wordSet('unfinishedEnds')]);
/** Words that complete a phrasal verb ("dug in", "rolled back", "knocked it out"). */
const PARTICLES = new Set([...PARTICLE_WORDS, ...wordSet('phrasalPrepositions')]);
const OBJECT_PRONOUNS = wordSet('objectPronouns');
const PAIRING = wordSet('pairingPrepositions');
const CLOSING = wordSet('closingParticles');
/** Words that end a noun phrase where they stand: a new phrase, a clause, or a participle that describes the noun. */
const PHRASE_BREAKS = new Set([...DANGLING].filter((w) => !DETERMINERS.has(w) && !POSSESSIVES.has(w)));
const CONTRACTIONS: Record<string, [string, string?]> = Object.assign(Object.create(null), {
  "'d": ['would', 'had'], "'s": ['is', 'has'], "'re": ['are'], "'ve": ['have'], "'ll": ['will'], "'m": ['am'],
});

/**
 * What a clause's subject did, as the author wrote it: the verb group and the start of its object, cut where a
 * preposition starts a new phrase, before a conjunction, a new clause or a comma, and never on a function word
 * ("traced the drain", not "traced the drain to the"; "knocked it out in two days", not "knocked it out"). A
 * contraction left by the subject is spelled out ("'d have" → "would have"). Undefined when no phrase of two words or
 * more can be made.
 */
/** Words that open a clause of their own inside a phrase: "with the team how to…", "a rule that keeps…". */
const CLAUSE_OPENERS = /^(?:how|what|which|who|whom|whose|when|where|why|whether|that|if)$/;
/** A clause that completes the verb, not the noun: "worked out with the team how to…" is cut short before "how". */
const WH_COMPLEMENT = /^(?:how|what|whether|why|if|where|when)$/;
/** Words that say when or how often, after a noun: "with the vendor twice that week". */
const ADVERBIAL = /^(?:twice|once|again|together|later|then|today|yesterday|tonight|daily|weekly|monthly|every|each|last|next|this|that|\w+ly)$/;

export function predicate(text: string, clause: Clause, maxWords = 6): string | undefined {
  const first = clause.verbGroup[0];
  if (!first) return undefined;
  const words: Token[] = [];
  for (const [i, t] of clause.tokens.entries()) {
    if (t.start < first.start) continue;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    if (words.length > clause.verbGroup.length && (COORDINATORS.has(t.lower) || SUBORDINATORS.has(t.lower))) break;
    // "patch the parser rather than touch the cabinets": the alternative is a phrase of its own
    if (words.length > clause.verbGroup.length && t.lower === 'rather' && clause.tokens[i + 1]?.lower === 'than') break;
    words.push(t);
    if (words.length >= maxWords + 6) break;
  }
  const verbAt = clause.verb ? words.findIndex((w) => w.start === clause.verb!.start) : -1;
  const objectAt = verbAt + 1;
  /** "clinic by clinic", "side by side", "end to end": a word, a preposition and the word again are one phrase. */
  const paired = (i: number) => PAIRING.has(words[i]?.lower ?? '') && words[i - 1] !== undefined && words[i + 1]?.lower === words[i - 1].lower;
  /** Where a verb's object starts: after the clause's verb, or after an infinitive's ("set out to get urgent orders back"). */
  const objectStart = (i: number) => {
    for (let k = i - 1; k > objectAt; k--) if (words[k - 1].lower === 'to' && verbLemma(words[k].lower) === words[k].lower) return k + 1;
    return objectAt;
  };
  /** The particle of the verb after its object: "got lead time down", "rolled the release back" (not "onto the disk"). */
  const afterObject = (i: number) => {
    if (!PARTICLE_WORDS.has(words[i]?.lower ?? '') || words[i].lower === 'onto') return false;
    const from = objectStart(i);
    if (i <= from || i > from + 4) return false;
    for (let k = from; k < i; k++) if (PREPOSITIONS.has(words[k].lower) || PARTICLE_WORDS.has(words[k].lower)) return false;
    return true;
  };
  const endsWell = (e: number) => (!DANGLING.has(words[e].lower) || (e === 1 && e === objectAt && PARTICLES.has(words[e].lower))
    || (afterObject(e) && CLOSING.has(words[e].lower))) && !paired(e + 1);
  /** A preposition that opens a new phrase (not the particle of the verb, "dealt with", "knocked it out"). */
  const opensPhrase = (i: number) => {
    const w = words[i].lower;
    if (!PREPOSITIONS.has(w) && !PARTICLE_WORDS.has(w)) return false;
    if (w === 'of' || paired(i) || afterObject(i)) return false;
    if (w === 'to' && words[i + 1] && verbLemma(words[i + 1].lower) === words[i + 1].lower) return false; // an infinitive: "able to trace"
    if (i === objectAt && PARTICLES.has(w)) return false;
    if (PARTICLE_WORDS.has(w) && words[i - 1] && isVerbForm(words[i - 1].lower)) return false; // "had to roll back"
    return !(PARTICLES.has(w) && OBJECT_PRONOUNS.has(words[i - 1]?.lower ?? ''));
  };
  /** The next word goes on with the noun phrase: "the manual" before "test cases", "the new" before "process". */
  const goesOn = (i: number) => {
    const w = words[i]?.lower;
    if (w === undefined || PHRASE_BREAKS.has(w) || DETERMINERS.has(w) || OBJECT_PRONOUNS.has(w)) return false;
    // a participle describes the noun ("the loader running on …"); "a trial run" is a noun whose verb looks the same
    return !(isPastOrParticipleForm(w) && verbLemma(w) !== w) && !(w.endsWith('ing') && isVerbForm(w));
  };
  let end = -1;
  let cut = false; // stopped by the word limit, not by a phrase that starts
  for (let e = Math.max(objectAt, 1); e < words.length && e < maxWords + 3; e++) {
    if (!endsWell(e)) continue;
    end = e;
    if (e + 1 >= words.length || opensPhrase(e + 1)) break;
    if (e + 1 >= maxWords) {
      cut = true;
      break;
    }
  }
  // Cut by the limit in the middle of a noun phrase: take the phrase to its end when it ends soon, else stop before it.
  if (cut && (goesOn(end + 1) || (afterObject(end + 1) && CLOSING.has(words[end + 1].lower)))) {
    let e = end;
    while (e + 1 < words.length && e + 1 < maxWords + 3 && goesOn(e + 1)) e++;
    if (afterObject(e + 1) && CLOSING.has(words[e + 1].lower)) e++; // "get urgent orders back": the particle goes too
    if (paired(e + 1) && e + 2 < words.length) e += 2; // "his old PRs side by side": the pair goes whole
    if ((e + 1 >= words.length || !goesOn(e + 1)) && endsWell(e)) end = e;
    else {
      let opener = end;
      while (opener > objectAt && !DETERMINERS.has(words[opener].lower) && !POSSESSIVES.has(words[opener].lower)) opener--;
      for (end = opener - 1; end >= 1 && !endsWell(end); end--);
    }
  }
  // A verb with nothing after it but a particle asks too little ("who sat down?"): the phrase that follows goes with it
  // ("who sat down with the platform data team?", "who met with finance?").
  if (!cut && end >= 1 && end + 1 < words.length && verbAt >= 0 && end <= verbAt + 1 && PREPOSITIONS.has(words[end + 1].lower) && words[end + 1].lower !== 'of'
    && words.slice(verbAt + 1, end + 1).every((w) => PARTICLES.has(w.lower) || PARTICLE_WORDS.has(w.lower))) {
    let e = end + 1;
    if (e + 1 < words.length && (DETERMINERS.has(words[e + 1].lower) || POSSESSIVES.has(words[e + 1].lower))) e++;
    while (e + 1 < words.length && e + 1 < maxWords + 4 && !ADVERBIAL.test(words[e + 1].lower) && !CLAUSE_OPENERS.test(words[e + 1].lower) && goesOn(e + 1)) e++;
    // The phrase must end where the clause does or where another phrase starts, not before a clause of its own.
    const next = words[e + 1]?.lower;
    if (e > end + 1 && endsWell(e) && !(next !== undefined && WH_COMPLEMENT.test(next))) end = e;
  }
  if (end < 1) return undefined;
  const spelled = CONTRACTIONS[words[0].lower];
  if (spelled && end < 2) return undefined;
  const body = text.slice(words[spelled ? 1 : 0].start, words[end].end);
  if (!spelled) return body;
  const [plain, perfect] = spelled;
  return `${perfect && isPastParticiple(words[1].lower) ? perfect : plain} ${body}`;
}

/**
 * A matched span without the function words it ends on ("closed the issue that" → "closed the issue"), so a quote
 * never stops in mid-phrase. A span of nothing but function words is left as it is.
 */
export function trimTrailingFunctionWords(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    // Only the end of the span matters: a bounded window keeps a long match linear.
    const from = Math.max(start, e - 80);
    const body = text.slice(from, e);
    const m = /(?:^|[\s,;:]+)([\p{L}'’-]+)[\s,;:]+([\p{L}'’]+)[\s,;:]*$/u.exec(body);
    if (!m) return e;
    const [last, before] = [m[2].toLowerCase().replace(/’/g, "'"), m[1].toLowerCase()];
    const earlier = /([\p{L}'’-]+)[\s,;:]+[\p{L}'’-]+[\s,;:]+[\p{L}'’]+[\s,;:]*$/u.exec(body)?.[1].toLowerCase();
    // "went down", "went way down", "pick it up": a particle after its verb (or the verb and one word) stays
    if (!DANGLING.has(last) || (PARTICLES.has(last) && (isVerbForm(before) || OBJECT_PRONOUNS.has(before) || (earlier !== undefined && isVerbForm(earlier))))) return e;
    // "nothing else to do": an infinitive that ends the phrase is its verb
    if (before === 'to' && AUXILIARIES.has(last)) return e;
    const cut = from + m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]) + m[1].length).length;
    if (cut <= start) return e;
    e = cut;
  }
}

/** A matched span without a conjunction it starts on ("and finance was relieved" → "finance was relieved"). */
export function skipLeadingConjunctions(text: string, start: number, end: number): number {
  let s = start;
  for (;;) {
    const m = /^([\p{L}]+)[\s,]+/u.exec(text.slice(s, end));
    if (!m || !(COORDINATORS.has(m[1].toLowerCase()) || m[1].toLowerCase() === 'so')) return s;
    s += m[0].length;
  }
}
