// Word classes the clause reader and the rules share: who can act, which verbs say what, what counts as a number.

import { WORD_CLASSES, wordSet, type WordClassName } from './classes';

export const SUBJECT_PRONOUNS = wordSet('subjectPronouns');
export const POSSESSIVES = wordSet('possessives');
export const DETERMINERS = wordSet('determiners');
export const AUXILIARIES = wordSet('auxiliaries');
export const BE_FORMS = wordSet('beForms');
export const GET_FORMS = wordSet('getForms');
export const NEGATIONS = wordSet('negations');
/** Where a new clause can start: an adverbial subordinator ("as" is left out: it is a preposition as often), a relative pronoun, or "so". */
export const SUBORDINATORS = new Set([...wordSet('adverbialSubordinators')].filter((w) => w !== 'as').concat([...wordSet('relativePronouns')], 'so'));
export const COORDINATORS = wordSet('coordinators');
export const PREPOSITIONS = wordSet('prepositions');
export const OPENING_ADVERBS = wordSet('openingAdverbs');
export const GROUP_NOUNS = wordSet('groupNouns');
export const AUTHORITY_NOUNS = wordSet('authorityNouns');
export const PEER_NOUNS = wordSet('peerNouns');

const IRREGULAR: Record<string, string> = Object.create(null);
// base past participle
const IRREGULAR_TABLE = `
be was been|begin began begun|bring brought brought|build built built|buy bought bought|catch caught caught|choose chose chosen
come came come|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|drive drove driven|eat ate eaten|fall fell fallen
feel felt felt|find found found|fight fought fought|forget forgot forgotten|get got gotten|give gave given|go went gone|grow grew grown
hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known
lay laid laid|lead led led|leave left left|lend lent lent|let let let|lose lost lost|make made made|mean meant meant|meet met met
pay paid paid|put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said
see saw seen|sell sold sold|send sent sent|set set set|shake shook shaken|show showed shown|shut shut shut|sit sat sat|sleep slept slept
speak spoke spoken|spend spent spent|split split split|spread spread spread|stand stood stood|steal stole stolen|stick stuck stuck
strike struck struck|swear swore sworn|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought
throw threw thrown|understand understood understood|wake woke woken|wear wore worn|win won won|write wrote written|rebuild rebuilt rebuilt
rewrite rewrote rewritten|undo undid undone|overcome overcame overcome|withdraw withdrew withdrawn|upset upset upset|broadcast broadcast broadcast
forecast forecast forecast|bind bound bound|seek sought sought|feed fed fed|flee fled fled|slide slid slid|spin spun spun|stink stank stunk
break broke broken|freeze froze frozen|bite bit bitten|blow blew blown|fly flew flown|sing sang sung|sink sank sunk|swim swam swum|drink drank drunk|voluntell voluntold voluntold|cc cc'd cc'd`;
const PARTICIPLES = new Set<string>();
const PAST_FORMS = new Set<string>();
for (const entry of IRREGULAR_TABLE.split(/[|\n]/)) {
  const [base, past, participle] = entry.trim().split(/\s+/);
  if (!base) continue;
  IRREGULAR[past] = base;
  IRREGULAR[participle] = base;
  PARTICIPLES.add(participle);
  PAST_FORMS.add(past);
  IRREGULAR[base] = base;
}

/** Verbs common in engineering stories; with the irregular table and inflection, enough to find a clause's verb. */
const BASE_NOT_A_VERB = wordSet('baseFormNotAVerb');
/** Every verb of every verb class: the lexicon knows each in all its forms. */
export const VERBS = new Set(
  (Object.keys(WORD_CLASSES) as WordClassName[]).filter((n) => 'verbs' in WORD_CLASSES[n]).flatMap((n) => [...wordSet(n)]).filter((w) => !BASE_NOT_A_VERB.has(w)),
);

const INFLECTED = new Map<string, string>();
for (const base of VERBS) {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(base) && base.length <= 4 ? base + base.at(-1) : base;
  const forms = [base, base.endsWith('y') && !/[aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : base + 's',
    base.endsWith('e') ? base + 'd' : base.endsWith('y') && !/[aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : doubled + 'ed',
    base.endsWith('ie') ? base.slice(0, -2) + 'ying' : base.endsWith('e') && base !== 'be' ? stem + 'ing' : doubled + 'ing'];
  for (const f of forms) if (!INFLECTED.has(f)) INFLECTED.set(f, base);
}
for (const [form, base] of Object.entries(IRREGULAR)) INFLECTED.set(form, base);
for (const form of ['am', 'is', 'are', 'were', 'being', "'m", "'re"]) INFLECTED.set(form, 'be');

/** Words ending in -ed that are not verbs in these stories. */
const NOT_VERBS = wordSet('notVerbs');

/** The dictionary form of a verb, or undefined when the word is not known as a verb. */
export function verbLemma(word: string): string | undefined {
  return wordClass(word).lemma;
}

export function isPastParticiple(word: string): boolean {
  return wordClass(word).pastParticiple;
}

export function isPastOrParticipleForm(word: string): boolean {
  return wordClass(word).pastOrParticiple;
}

/** An irregular past participle that is never a simple past ("gone", "taken", "written"): it cannot be a clause's only verb. */
export function isParticipleOnly(word: string): boolean {
  const w = word.toLowerCase();
  return PARTICIPLES.has(w) && !PAST_FORMS.has(w);
}

export function isVerbForm(word: string): boolean {
  return wordClass(word).verbForm;
}

interface WordClass {
  lemma: string | undefined;
  verbForm: boolean;
  pastParticiple: boolean;
  pastOrParticiple: boolean;
}

// The clause reader asks about the same few hundred words thousands of times a story: answer each once. The cache
// is bounded so that a pasted novel cannot grow it without limit.
const CLASSES = new Map<string, WordClass>();
const CLASSES_MAX = 50_000;

function wordClass(word: string): WordClass {
  let known = CLASSES.get(word);
  if (known) return known;
  const w = word.toLowerCase();
  // "re-took", "co-wrote", "mis-read": the verb after the prefix, its lemma with the prefix kept ("re-take")
  const prefixed = /^(re|co|pre|mis|over|under|double|cross)-([a-z]+)$/.exec(w);
  if (prefixed && IRREGULAR[prefixed[2]] !== undefined) {
    const base = wordClass(prefixed[2]);
    known = { ...base, lemma: base.lemma && `${prefixed[1]}-${base.lemma}` };
    if (CLASSES.size >= CLASSES_MAX) CLASSES.clear();
    CLASSES.set(word, known);
    return known;
  }
  const lemma = lemmaOf(w);
  const pastParticiple = PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_VERBS.has(w));
  known = { lemma, verbForm: AUXILIARIES.has(w) || lemma !== undefined, pastParticiple, pastOrParticiple: pastParticiple || (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w) };
  if (CLASSES.size >= CLASSES_MAX) CLASSES.clear();
  CLASSES.set(word, known);
  return known;
}

function lemmaOf(w: string): string | undefined {
  const known = INFLECTED.get(w);
  if (known) return known;
  if (w === 'goes' || w === 'does' || w === 'has') return w === 'goes' ? 'go' : w === 'does' ? 'do' : 'have';
  if (NOT_VERBS.has(w) || w.length < 5) return undefined;
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ed')) return stemOfPast(w.slice(0, -2));
  return undefined;
}

/**
 * The base form of a regular verb not in the lists, from its past form without "-ed": a doubled consonant is undone
 * ("tapped" → tap), a silent e comes back where English spells one ("roped" → rope, "nominated" → nominate,
 * "solved" → solve, "enabled" → enable), and anything else is left as it is ("opened" → open).
 */
function stemOfPast(stem: string): string {
  if (/([bdgkmnprtv])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(at|iz|is|aus|ut|ud|id|ur|ir|[^aeiou]l|v|[^c]c|rg|dg|[ae]ng|u)$/.test(stem) && !/(ss|ll|ck|ea[tr]|ou[tr]|ee[tr]|oa[tr]|ai[tr]|ync|rl)$/.test(stem)) return stem + 'e';
  // A short stem of one syllable that ends consonant-vowel-consonant ("rop", "scop", "vot") had a silent e.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return stem + 'e';
  return stem;
}

export const NUMBER_WORDS = wordSet('numberWords');

const PAST: Record<string, string> = Object.create(null);
for (const entry of IRREGULAR_TABLE.split(/[|\n]/)) {
  const [base, past, participle] = entry.trim().split(/\s+/);
  if (base) PAST[base] = past;
  if (participle) PAST[participle] = past;
}

/** The simple past of a verb given as its base form or past participle: "write"/"written" -> "wrote", "fix" -> "fixed". */
export function pastTense(word: string): string {
  const w = word.toLowerCase();
  if (PAST[w]) return PAST[w];
  if (w.endsWith('ed')) return w;
  const base = verbLemma(w) ?? w;
  if (PAST[base]) return PAST[base];
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && base.length <= 4) return base + base.at(-1) + 'ed';
  return base + 'ed';
}
