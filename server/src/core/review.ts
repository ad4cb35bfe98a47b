// The bar raiser's reading of a whole story: a grade per STAR section, the competencies the story really shows, whether
// its scope fits the level it claims, a verdict, and the one fix that would raise the verdict most. Computed from an
// analysis (its findings) and the story's own sentences, in two steps: what the text shows is read once (`gather`);
// the judgment from it and the findings (`judge`) is cheap, so the primary weakness is found by judging again without
// each group of findings in turn. docs/review.md explains every step; keep it true in the same commit.
import type { Analysis } from './analyze';
import { AIM_KINDS, competencyKind, type AimKind } from './aim';
import { COMPETENCY_EVIDENCE, SCOPE, type EvidenceSignal, type ScopeKind } from './evidence';
import { wordSet } from './language/classes';
import { PatternIndex } from './language/prefilter';
import { AIM_NOTES } from './notes';
import { isSystemicLesson } from './rules/reflection-not-systemic';
import { isGenericLesson } from './rules/generic-reflection';
import { BOUNDARY, saysScopeBoundary, spellOutNegations } from './rules/missing-scope-boundary';
import { saysMetric } from './rules/result-shared';
import { allSentences, sectionAt as sectionOf, type Level, type SectionKind, type StarKind, type Story, type StorySentence } from './story';
import { squeezeSpaces, type Range, type Span } from './text';
import type { Diagnostic } from './types';

export const VERDICTS = ['no-hire', 'lean-no-hire', 'hire', 'strong-hire'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type Grade = 'missing' | 'weak' | 'adequate' | 'strong';
export type Shown = 'strong' | 'some' | 'none';

export const VERDICT_LABEL: Record<Verdict, string> = { 'strong-hire': 'Strong Hire', hire: 'Hire', 'lean-no-hire': 'Lean No Hire', 'no-hire': 'No Hire' };

export interface Evidence {
  span: Span;
  range: Range;
  /** The sentence as written. */
  text: string;
  /** What it shows (the signal's doc). */
  shows: string;
}

export interface CompetencyReading {
  /** As the front matter spells it when claimed, else the coach's name for it. */
  name: string;
  kind: AimKind;
  claimed: boolean;
  shown: Shown;
  evidence: Evidence[];
  /** The competency's own signals the story does not meet, as the docs say them. */
  missing: string[];
  /** What the findings say that took it down a step each (`spoiledBy`), in a few words. */
  takenDownBy: string[];
}

export interface SectionGrade {
  name: string;
  kind: StarKind;
  grade: Grade;
  reasons: string[];
}

export interface LevelFit {
  claimed: Level;
  /** The level the story's scope shows. */
  shown: Level;
  fits: boolean;
  why: string;
}

export interface PrimaryWeakness {
  rule: string;
  range: Range;
  span: Span;
  message: string;
  /** The verdict once this is fixed (the same verdict when it alone does not move it, but is still the first to fix). */
  raisesTo: Verdict;
}

export interface Review {
  verdict: Verdict;
  /** The competencies the verdict is for: those claimed, or the one the story most shows when it claims none. */
  for: string[];
  note: string;
  primaryWeakness: PrimaryWeakness | null;
  sections: SectionGrade[];
  competencies: CompetencyReading[];
  primaryCompetency: string | null;
  level: LevelFit;
  /** The findings that tell the interviewer the work was not the author's, in story order (each caps the verdict). */
  disqualifiers: Array<{ rule: string; range: Range; span: Span; message: string }>;
}

// ---- what the text shows, read once ------------------------------------------------------------------------------

interface Gathered {
  /** For each aim, for each of its signals, the sentences that meet it. */
  met: Map<AimKind, StorySentence[][]>;
  /** Clauses in Action where the author acts. */
  ownSteps: number;
  /** Where the "we" findings in Action that tell the deciding step start. */
  decisiveWe: ReadonlySet<number>;
  scope: { crossTeam: boolean; organization: boolean; tradeoff: boolean; people: boolean; systemicText: boolean; endToEnd: boolean };
}

/** A signal compiled once; `pattern` is its words' place in `PATTERNS`. */
interface Compiled { id: number; aim: AimKind; index: number; signal: EvidenceSignal; words?: RegExp; pattern: number; deeds?: Set<string> }
/** Every words pattern the reading tries on a sentence (the signals', then the scope's), behind one word index. */
const PATTERN_LIST: RegExp[] = [];
const patternOf = (source: string | undefined) => (source === undefined ? -1 : PATTERN_LIST.push(new RegExp(source)) - 1);
/**
 * Every signal, compiled once, filed under each section it counts in, by what can meet it: a deed the author did, a
 * pattern the word index lets through, the scope boundary, or a measured change. A sentence is tried only on what its words and deeds
 * can meet, not on every signal of its section.
 */
interface SectionSignals { byDeed: Map<string, Compiled[]>; byPattern: Map<number, Compiled[]>; boundary: Compiled[]; metric: Compiled[]; patterns: number[]; signalsOf: Compiled[][] }
const IN_SECTION = new Map<SectionKind, SectionSignals>();
let signalCount = 0;
const fileUnder = <K>(map: Map<K, Compiled[]>, key: K, c: Compiled) => map.set(key, [...(map.get(key) ?? []), c]);
for (const aim of AIM_KINDS) {
  COMPETENCY_EVIDENCE[aim].signals.forEach((signal, index) => {
    const pattern = patternOf(signal.words);
    const c: Compiled = { id: signalCount++, aim, index, signal, words: pattern < 0 ? undefined : PATTERN_LIST[pattern], pattern, deeds: signal.deeds ? new Set(signal.deeds.split(/\s+/)) : undefined };
    for (const section of signal.sections) {
      let here = IN_SECTION.get(section);
      if (!here) IN_SECTION.set(section, (here = { byDeed: new Map(), byPattern: new Map(), boundary: [], metric: [], patterns: [], signalsOf: [] }));
      if (signal.boundary) here.boundary.push(c);
      else if (signal.metric) here.metric.push(c);
      else if (c.deeds) for (const deed of c.deeds) fileUnder(here.byDeed, deed, c);
      else if (c.words) fileUnder(here.byPattern, pattern, c);
    }
  });
}
// The patterns of each section as two arrays side by side: a sentence walks them, and a loop over arrays costs less
// than a map's iterator on every sentence.
for (const here of IN_SECTION.values()) for (const [pattern, signals] of here.byPattern) { here.patterns.push(pattern); here.signalsOf.push(signals); }
/** A signal met by no sentence yet: one frozen list for all of them (a push into it throws, so none can fill it by mistake). */
const NOT_MET: StorySentence[] = Object.freeze([]) as unknown as StorySentence[];
/** Whether a sentence has a letter at all (a line of only numbers or symbols shows nothing). */
const HAS_LETTER = /\p{L}/u;

/** A clause in which the author acts: "I traced…", or a bullet with no subject in Action ("- Traced the drops to…"). */
function authorActs(sentence: StorySentence): Array<NonNullable<StorySentence['clauses'][number]>> {
  const out: Array<NonNullable<StorySentence['clauses'][number]>> = [];
  for (const c of sentence.clauses) {
    if ((c.lemma || c.verb) && !c.negated && !c.passive && c.kind !== 'reported' && c.kind !== 'purpose'
      && (c.actor === 'i' || (c.actor === 'none' && c.subject.length === 0 && sentence.section.kind === 'action'))) out.push(c);
  }
  return out;
}

/**
 * The deeds a clause may be read as: its lemma, or for a verb the lexicon leaves unknown because it is a common noun too
 * ("mentor", "visit", "survey"), its past form taken back to the base ("mentored", "surveyed", "shared").
 */
function deedsOf(c: StorySentence['clauses'][number]): readonly string[] {
  const v = c.verb?.lower ?? '';
  if (!v.endsWith('ed')) return c.lemma ? (LEMMA_DEEDS.get(c.lemma) ?? remember(LEMMA_DEEDS, c.lemma, [c.lemma])) : NO_DEEDS;
  const key = `${c.lemma ?? ''} ${v}`;
  let out = PAST_DEEDS.get(key);
  if (!out) {
    const stem = v.slice(0, -2);
    out = [...(c.lemma ? [c.lemma] : []), stem, `${stem}e`, stem.slice(0, -1), ...(stem.endsWith('i') ? [`${stem.slice(0, -1)}y`] : [])];
    remember(PAST_DEEDS, key, out);
  }
  return out;
}
/** The verbs of a folder of stories are a few hundred: the bound keeps a pasted novel from growing the map, it is no eviction policy. */
function remember(map: Map<string, string[]>, key: string, deeds: string[]): string[] {
  if (map.size > 4096) map.clear();
  map.set(key, deeds);
  return deeds;
}
const LEMMA_DEEDS = new Map<string, string[]>();
const NO_DEEDS: readonly string[] = [];
/** The deeds of a past form, by lemma and verb: the same few hundred verbs come back in every story. */
const PAST_DEEDS = new Map<string, string[]>();

/** Whether the author did one of `deeds` in the sentence (the evidence test reads each signal's deeds by it). */
export function authorDid(sentence: StorySentence, deeds: ReadonlySet<string>): boolean {
  return authorActs(sentence).some((c) => deedsOf(c).some((d) => deeds.has(d)));
}

/** The scope signals, compiled once; each is read in every section but the Reflection unless its data says. */
const SCOPE_TESTS = (Object.keys(SCOPE) as ScopeKind[]).map((kind) => { const pattern = patternOf(SCOPE[kind].words); return { kind, test: PATTERN_LIST[pattern], pattern, sections: SCOPE[kind].sections }; });
/** The scope-boundary phrases go in the same index: a sentence with no "n't" or "cannot" is read by them as it is. */
const BOUNDARY_AT = PATTERN_LIST.length;
PATTERN_LIST.push(...BOUNDARY);
export const READING_PATTERNS = new PatternIndex(PATTERN_LIST, 'reading');
const boundaryIn = (text: string, may: Uint8Array) => BOUNDARY.some((p, i) => may[BOUNDARY_AT + i] === 1 && p.test(text));

function gather(analysis: Analysis): Gathered {
  const { story } = analysis;
  const met = new Map<AimKind, StorySentence[][]>();
  // Most signals meet nothing in a story: they share one frozen empty list until their first sentence.
  for (const kind of AIM_KINDS) met.set(kind, COMPETENCY_EVIDENCE[kind].signals.map(() => NOT_MET));
  let ownSteps = 0;
  const scope = { crossTeam: false, organization: false, tradeoff: false, people: false, systemicText: false, endToEnd: false };
  /** The sentence each signal was last met in, by a count of sentences, so that a sentence meets a signal once. */
  const seen = new Uint32Array(signalCount);
  let sentences = 0;
  for (const sentence of allSentences(story)) {
    if (sentence.inBlockquote) continue;
    const kind = sentence.section.kind;
    const text = squeezeSpaces(story.spokenLower.slice(sentence.start, sentence.end));
    if (!HAS_LETTER.test(text)) continue;
    const may = READING_PATTERNS.candidates(text); // the patterns that may match: the others cannot
    const acts = authorActs(sentence);
    if (kind === 'action') ownSteps += acts.length;
    let boundary: boolean | undefined;
    const saysBoundary = () => (boundary ??= kind !== 'reflection' && (spellOutNegations(text) === text ? boundaryIn(text, may) : saysScopeBoundary(story, sentence)));
    if (kind !== 'reflection') {
      for (const t of SCOPE_TESTS) if (!scope[t.kind] && (!t.sections || t.sections.includes(kind)) && may[t.pattern] === 1 && t.test.test(text)) scope[t.kind] = true;
      scope.crossTeam ||= saysBoundary();
    } else if (!isGenericLesson(sentence)) scope.systemicText ||= isSystemicLesson(text);
    const here = IN_SECTION.get(kind);
    if (!here) continue;
    const generation = ++sentences;
    const meet = (c: Compiled) => {
      if (seen[c.id] === generation) return;
      seen[c.id] = generation;
      const found = met.get(c.aim)!;
      if (found[c.index] === NOT_MET) found[c.index] = [sentence];
      else found[c.index].push(sentence);
    };
    // The deeds the author's clauses may be read as, then the words those signals also ask for.
    for (const clause of acts) for (const deed of deedsOf(clause)) for (const c of here.byDeed.get(deed) ?? []) if (!c.words || (may[c.pattern] === 1 && c.words.test(text))) meet(c);
    const { patterns, signalsOf } = here;
    for (let i = 0; i < patterns.length; i++) if (may[patterns[i]] === 1 && PATTERN_LIST[patterns[i]].test(text)) for (const c of signalsOf[i]) meet(c);
    if (here.boundary.length > 0 && saysBoundary()) for (const c of here.boundary) meet(c);
    if (here.metric.length > 0 && saysMetric(story, sentence)) for (const c of here.metric) meet(c);
  }
  return { met, ownSteps, scope, decisiveWe: decisiveWe(story, analysis.diagnostics) };
}

// ---- the judgment, from what was gathered and the findings ------------------------------------------------------

const STAR_SECTIONS: readonly StarKind[] = ['situation', 'task', 'action', 'result', 'reflection'];
const SECTION_NAME: Record<StarKind, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection' };
const LEVEL_RANK: Record<Level, number> = { sde1: 0, sde2: 1, senior: 2, staff: 3, manager: 2 };
const TIMING = new Set(['section-over-time', 'answer-over-time', 'answer-under-time']);
/** Info findings about how a thing is said, not what: a few seconds over a target, a passive verb. They grade nothing. */
const STYLE_INFO = new Set(['section-over-time', 'passive-voice']);
/** Findings that tell the interviewer the work was not the author's: each caps the verdict. */
const DISQUALIFIERS = new Set(['assigned-work', 'routing-not-ownership', 'passive-handoff']);
/** What a fix of these rules would give the story's evidence: the signal it would meet. */
const FIX_GRANTS: Record<string, [AimKind, number]> = { 'missing-scope-boundary': ['ownership', 0], 'result-no-metric': ['results', 0] };
/** Each section's own signal: without it the section is weak, whatever else it says. */
const SECTION_KEY: Partial<Record<StarKind, readonly string[]>> = { result: ['result-no-metric'], reflection: ['generic-reflection'] };

/** Aims whose competency is joint work: "we agreed on a rule" is the resolution itself, not the author hiding. */
const JOINT: ReadonlySet<AimKind> = new Set(['conflict', 'people', 'trust']);
/** Verbs of the step that decides the story: told as "we", the author's part in it is gone ("we decided", "we figured out"). */
const DECISIVE = wordSet('decidingVerbs');

/**
 * How much of the Action is told as "we", and which of its "we" steps are decisive, for `isDisqualifier`; and whether
 * the Action is told in the passive with no step of the author's own ("the script was patched", "a check was added").
 */
interface WeInAction { count: number; share: number; decisive: ReadonlySet<number>; faceless: boolean }

/**
 * A finding the interviewer would count against the work being the author's: work handed over, routing, a hand-off;
 * and an Action step told as "we" when it is the deciding step, or one of two or more, or "we" tells a third of the
 * Action or more. In a story for a joint competency (a conflict resolved, someone developed) only an Action told
 * mostly as "we" counts.
 */
function isDisqualifier(d: Diagnostic, story: Story, aim: Analysis['aim'], we: WeInAction): boolean {
  if (DISQUALIFIERS.has(d.rule)) return true;
  if (d.rule === 'passive-voice') return we.faceless && sectionAt(story, d.span.start) === 'action';
  if (d.rule !== 'we-language' || sectionAt(story, d.span.start) !== 'action') return false;
  if (we.share >= 0.5) return true;
  if (aim.kinds.slice(0, Math.max(1, aim.claimed.length)).some((k) => JOINT.has(k))) return false;
  return we.decisive.has(d.span.start) || we.count >= 2 || we.share >= 1 / 3;
}

/** The "we" findings in Action whose step decides the story, by where they start (read once, in `gather`). */
function decisiveWe(story: Story, diagnostics: readonly Diagnostic[]): Set<number> {
  const decisive = new Set<number>();
  for (const d of diagnostics) {
    if (d.rule !== 'we-language' || sectionAt(story, d.span.start) !== 'action') continue;
    const sentence = allSentences(story).find((s) => s.start <= d.span.start && d.span.start < s.end);
    const clause = sentence?.clauses.find((c) => c.subject.some((t) => t.start === d.span.start) || (c.tokens[0]?.start ?? Infinity) >= d.span.start);
    if (clause?.lemma && DECISIVE.has(clause.lemma)) decisive.add(d.span.start);
  }
  return decisive;
}

/** The "we" in Action of these findings: its share of the Action's steps, and the deciding ones. */
function weInAction(story: Story, diagnostics: readonly Diagnostic[], gathered: Gathered): WeInAction {
  const count = diagnostics.filter((d) => d.rule === 'we-language' && sectionAt(story, d.span.start) === 'action').length;
  // Two passive steps and none of the author's own: the interviewer cannot tell who did anything.
  const passive = diagnostics.filter((d) => d.rule === 'passive-voice' && sectionAt(story, d.span.start) === 'action').length;
  return { count, share: count === 0 ? 0 : count / (count + gathered.ownSteps), decisive: gathered.decisiveWe, faceless: passive >= 2 && gathered.ownSteps === 0 };
}

const sectionAt = (story: Story, offset: number): SectionKind | undefined => sectionOf(story, offset)?.kind;

interface Judgment {
  verdict: Verdict;
  sections: SectionGrade[];
  competencies: CompetencyReading[];
  level: LevelFit;
  forKinds: AimKind[];
  disqualifiers: Diagnostic[];
  scores: Map<AimKind, number>;
}

/**
 * What the judge asks of each competency's signals on every call, worked out once: the key signals grouped by what
 * they show (two entries of one doc are one key), and the rules that spoil it, each once.
 */
const KIND_SHAPE = new Map(AIM_KINDS.map((kind) => {
  const { signals, spoiledBy } = COMPETENCY_EVIDENCE[kind];
  const byDoc = new Map<string, number[]>();
  signals.forEach((s, i) => { if (s.key) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), i]); });
  return [kind, { keyDocs: [...byDoc.values()], spoilers: [...new Set(spoiledBy)] }] as const;
}));

/** Two points for each of the competency's own signals met, one for each other; a second sentence for one of its own adds one. */
function scoreOf(found: StorySentence[][], signals: readonly EvidenceSignal[], granted?: number): number {
  let score = 0;
  found.forEach((sentences, i) => {
    const n = sentences.length + (granted === i ? 1 : 0);
    if (n === 0) return;
    score += signals[i].key ? 2 + (n > 1 ? 1 : 0) : 1;
  });
  return score;
}

/** A claimed competency is listened for, so one of its own signals shows it; one the story does not claim needs more to be noticed. */
const shownFor = (score: number, claimed: boolean): Shown => (score >= 5 ? 'strong' : score >= (claimed ? 2 : 3) ? 'some' : 'none');
/** The score at which a competency one own signal short of its `needs` still shows. */
const NEAR_NEEDS = 3;
const down = (s: Shown): Shown => (s === 'strong' ? 'some' : 'none');

/** Each competency's deeds, as lemmas (the `deeds` of its signals). */
const DEEDS = new Map(AIM_KINDS.map((k) => [k, new Set(COMPETENCY_EVIDENCE[k].signals.flatMap((s) => s.deeds?.split(/\s+/).filter(Boolean) ?? []))]));

/**
 * Whether a "we" finding takes the competency down: any "we" who acted does, but a step in the passive done by the group
 * ("between the three of us the table got rebuilt") only when it is one of the competency's own deeds ("between us
 * the leak was traced" for Dive Deep); the author's own investigation, told with "I", stands.
 */
function weHidesDeeds(story: Story, diagnostics: readonly Diagnostic[], kind: AimKind): boolean {
  const deeds = DEEDS.get(kind)!;
  return diagnostics.some((d) => {
    if (d.rule !== 'we-language') return false;
    const clause = story.sentences.find((x) => x.start <= d.span.start && d.span.start < x.end)?.clauses
      .find((c) => c.tokens[0].start <= d.span.start && d.span.start < c.tokens[c.tokens.length - 1].end);
    return !clause?.passive || (!!clause.lemma && deeds.has(clause.lemma));
  });
}

/** `detail` false: the verdict only, for the counterfactual judgments (no evidence lists, no reasons). */
function judge(analysis: Analysis, gathered: Gathered, diagnostics: readonly Diagnostic[], detail = true): Judgment {
  const { story, aim, options } = analysis;
  const rules = new Set(diagnostics.map((d) => d.rule));
  const we = weInAction(story, diagnostics, gathered);
  const disqualifiers = diagnostics.filter((d) => isDisqualifier(d, story, aim, we));

  // Competencies: what the text shows, less what the findings spoil, plus what a fix would grant.
  const claimedKinds = new Map<AimKind, string>();
  for (const name of aim.claimed) {
    const kind = competencyKind(name);
    if (kind && !claimedKinds.has(kind)) claimedKinds.set(kind, name);
  }
  const scores = new Map<AimKind, number>();
  /** The competencies the text shows before any finding takes them down. */
  const inText = new Set<AimKind>();
  // A finding judged away whose fix would meet a signal: the signal counts as met.
  const granted = new Map<AimKind, number>();
  for (const [rule, [k, i]] of Object.entries(FIX_GRANTS)) if (!rules.has(rule) && analysis.diagnostics.some((d) => d.rule === rule)) granted.set(k, i);
  /** Each evidence sentence's place and words, worked out once however many signals it meets. */
  const quotes = new Map<StorySentence, { range: Range; text: string }>();
  const competencies: CompetencyReading[] = AIM_KINDS.map((kind) => {
    const { signals, needs = 1 } = COMPETENCY_EVIDENCE[kind];
    const found = gathered.met.get(kind)!;
    const grant = granted.get(kind);
    const score = scoreOf(found, signals, grant);
    scores.set(kind, score);
    const { keyDocs, spoilers } = KIND_SHAPE.get(kind)!;
    let keys = 0;
    for (const at of keyDocs) if (at.some((i) => found[i].length > 0 || grant === i)) keys++;
    // One of its own signals short, with the rest of its evidence there ("what you did to grow them", "their growth,
    // measured", and the person's start told in words the data does not know): shown, but no more than "some".
    let shown: Shown = keys >= needs ? shownFor(score, claimedKinds.has(kind)) : claimedKinds.has(kind) && keys >= 1 && keys === needs - 1 && score >= NEAR_NEEDS ? 'some' : 'none';
    if (shown !== 'none') inText.add(kind);
    const takenDownBy: string[] = [];
    for (const rule of spoilers) if (rules.has(rule) && shown !== 'none' && (rule !== 'we-language' || weHidesDeeds(story, diagnostics, kind))) {
      shown = down(shown);
      takenDownBy.push(GIST[rule] ?? rule);
    }
    const evidence: Evidence[] = [];
    const missing: string[] = [];
    // The reading keeps only the competencies claimed or shown (reviewStory): the others' sentences are never quoted.
    if (detail && (shown !== 'none' || claimedKinds.has(kind))) {
      const seen = new Set<string>();
      found.forEach((sentences, i) => {
        for (const s of sentences) {
          const key = `${s.start} ${signals[i].doc}`;
          if (seen.has(key)) continue;
          seen.add(key);
          let quoted = quotes.get(s);
          if (!quoted) quotes.set(s, (quoted = { range: story.lines.range(s), text: squeezeSpaces(story.text.slice(s.start, s.end)).trim() }));
          evidence.push({ span: { start: s.start, end: s.end }, range: quoted.range, text: quoted.text, shows: signals[i].doc });
        }
      });
      evidence.sort((a, b) => a.span.start - b.span.start);
      // A key signal written two ways (two entries, one doc) is missing only when neither is met.
      const metDocs = new Set(signals.filter((s, i) => found[i].length > 0 || grant === i).map((s) => s.doc));
      missing.push(...new Set(signals.filter((s) => s.key && !metDocs.has(s.doc)).map((s) => s.doc)));
    }
    return { name: claimedKinds.get(kind) ?? AIM_NOTES[kind].competency, kind, claimed: claimedKinds.has(kind), shown, evidence, missing, takenDownBy };
  });

  // Sections.
  const sections: SectionGrade[] = STAR_SECTIONS.map((kind) => {
    const section = story.sections.find((s) => s.kind === kind);
    const name = SECTION_NAME[kind];
    if (!section || section.words === 0) return { name, kind, grade: 'missing' as Grade, reasons: [section ? `${name} has no spoken text.` : `There is no ${name}.`] };
    const inside = diagnostics.filter((d) => d.severity !== 'hint' && d.span.start >= section.span.start && d.span.start < section.span.end && !(kind === 'reflection' && d.rule === 'missing-section')
      && !(d.severity === 'info' && STYLE_INFO.has(d.rule)));
    const errors = inside.filter((d) => d.severity === 'error');
    const warnings = inside.filter((d) => d.severity === 'warning');
    const keyMissing = inside.some((d) => SECTION_KEY[kind]?.includes(d.rule) || (kind === 'task' && d.rule === 'missing-scope-boundary'));
    const reasons = inside.map((d) => d.message);
    let grade: Grade;
    if (errors.length > 0 || warnings.length >= 2 || keyMissing) grade = 'weak';
    else if (warnings.length === 1 || inside.length > 0) grade = 'adequate';
    else grade = 'strong';
    if (kind === 'action' && grade === 'strong' && gathered.ownSteps < 3) {
      grade = 'adequate';
      reasons.push('Fewer than three steps are told as your own.');
    }
    if (reasons.length === 0) reasons.push(SECTION_STRENGTH[kind]);
    return { name, kind, grade, reasons };
  });
  const grade = (k: StarKind) => sections.find((s) => s.kind === k)!.grade;

  // Level.
  const level = levelFit(options.level, gathered, rules, story);

  // Whom the verdict is for.
  const forKinds = claimedKinds.size > 0 ? [...claimedKinds.keys()] : [];
  if (forKinds.length === 0) {
    const best = primaryOf(competencies, scores, aim.kinds);
    if (best) forKinds.push(best.kind);
  }
  const claimedShown = competencies.filter((c) => forKinds.includes(c.kind));
  const noneShown = claimedShown.length > 0 && claimedShown.every((c) => c.shown === 'none');
  const allShown = claimedShown.length > 0 && claimedShown.every((c) => c.shown !== 'none');

  // Each kind of disqualifier counts once; "we" counts twice when it tells most of the Action.
  const dq = new Set(disqualifiers.map((d) => d.rule)).size + (we.share >= 0.5 ? 1 : 0);
  const keySection = AIM_KEY_SECTION[forKinds[0]];
  const weakCount = sections.filter((s) => s.grade === 'weak' || s.grade === 'missing').length;
  const contentWarnings = diagnostics.filter((d) => (d.severity === 'warning' || d.severity === 'error') && !TIMING.has(d.rule)).length;

  let verdict: Verdict;
  // A disqualifier in a story whose text shows none of its claims: not the case where the disqualifier itself took the
  // competency down (work handed over takes Ownership down; counting it again would be counting it twice).
  const noneInText = claimedShown.length > 0 && claimedShown.every((c) => !inText.has(c.kind));
  if (grade('action') === 'missing' || grade('result') === 'missing' || dq >= 2 || (dq >= 1 && (noneInText || weakCount >= 2 || LEVEL_RANK[options.level] - LEVEL_RANK[level.shown] >= 2))) verdict = 'no-hire';
  else if (dq === 1 || noneShown || weakCount >= 2 || LEVEL_RANK[options.level] - LEVEL_RANK[level.shown] >= 2 || (keySection && grade(keySection) === 'weak')
    || grade('result') === 'weak') verdict = 'lean-no-hire';
  else if (allShown && contentWarnings === 0 && level.fits && grade('action') === 'strong' && grade('result') === 'strong'
    && grade('situation') !== 'missing' && grade('task') !== 'missing' && grade('task') !== 'weak' && grade('reflection') === 'strong') verdict = 'strong-hire';
  else verdict = 'hire';

  return { verdict, sections, competencies, level, forKinds, disqualifiers, scores };
}

/** The section an aim stands on: weak there, the story cannot read Hire (a failure story's lesson, a delivery's Result). */
const AIM_KEY_SECTION: Partial<Record<AimKind, StarKind>> = { failure: 'reflection', learning: 'reflection', results: 'result' };

const SECTION_STRENGTH: Record<StarKind, string> = {
  situation: 'Sets up the problem and what it cost.',
  task: 'Says what was yours to do.',
  action: 'Every step is told as your own.',
  result: 'A measured change, with nothing left to question.',
  reflection: 'A lesson specific to this story.',
};

function levelFit(claimed: Level, g: Gathered, rules: Set<string>, story: Story): LevelFit {
  const { crossTeam, organization, tradeoff, people } = g.scope;
  const hasReflection = story.sections.some((s) => s.kind === 'reflection' && s.words > 0);
  // At senior level and above reflection-not-systemic reads the lesson; below, the same test is run on its text.
  const systemic = hasReflection && !rules.has('generic-reflection')
    && (claimed === 'sde1' || claimed === 'sde2' ? g.scope.systemicText : !rules.has('reflection-not-systemic'));
  // Work the author drove: three or more steps of their own in Action, and the work not handed to them.
  const drove = g.scope.endToEnd || organization || (g.ownSteps >= 3 && !rules.has('assigned-work'));
  let shown: Level;
  if (claimed === 'manager' && people) shown = 'manager';
  else if (organization && crossTeam && tradeoff && systemic) shown = 'staff';
  else if ((crossTeam || organization) && (tradeoff || systemic)) shown = 'senior';
  else if (drove) shown = 'sde2';
  else shown = 'sde1';
  // The reading says whether the scope reaches the claimed level, not how far past it: the signals of the levels
  // above (another team named, a trade-off) are the ones it reads least surely.
  if (claimed !== 'manager' && LEVEL_RANK[shown] > LEVEL_RANK[claimed]) shown = claimed;
  const fits = claimed === 'manager' ? shown === 'manager' || LEVEL_RANK[shown] >= 2 : LEVEL_RANK[shown] >= LEVEL_RANK[claimed];
  const lacking: string[] = [];
  if (LEVEL_RANK[claimed] >= 1 && !drove) lacking.push('a piece of work driven end to end');
  if (LEVEL_RANK[claimed] >= 2 && claimed !== 'manager' && !crossTeam && !organization) lacking.push('scope beyond your own team');
  if (LEVEL_RANK[claimed] >= 2 && !tradeoff) lacking.push('a trade-off said out loud');
  if (LEVEL_RANK[claimed] >= 2 && !systemic) lacking.push('a systemic lesson');
  if (claimed === 'staff' && !organization) lacking.push('a mechanism that reached across the organization');
  if (claimed === 'manager' && !people) lacking.push('the people you led and what you changed in how they work');
  const why = fits
    ? `The scope fits ${claimed}: ${[crossTeam || organization ? 'beyond your own team' : drove ? 'your own work, end to end' : 'a task of your own', tradeoff ? 'a trade-off said out loud' : '', systemic ? 'a systemic lesson' : ''].filter(Boolean).join(', ')}.`
    : `The scope reads as ${shown}, not ${claimed}: it needs ${lacking.join(', ') || 'more scope'}.`;
  return { claimed, shown, fits, why };
}

/**
 * The competency the story most shows: of those it claims (or, claiming none, its question asks about) and shows, the
 * first the candidate names; when it shows none of them, the best shown of the others (a story about a refactor that claims Customer
 * Obsession is an Invent and Simplify story).
 */
function primaryOf(competencies: CompetencyReading[], scores: Map<AimKind, number>, aimKinds: readonly AimKind[]): CompetencyReading | undefined {
  const order = (c: CompetencyReading) => (aimKinds.includes(c.kind) ? aimKinds.indexOf(c.kind) : 50);
  const best = (list: CompetencyReading[]) => [...list].sort((a, b) => SHOWN_RANK[b.shown] - SHOWN_RANK[a.shown] || scores.get(b.kind)! - scores.get(a.kind)! || order(a) - order(b))[0];
  const anyClaimed = competencies.some((c) => c.claimed);
  const claimedShown = competencies.filter((c) => (anyClaimed ? c.claimed : aimKinds.includes(c.kind)) && c.shown !== 'none');
  // The candidate's own order decides among the claims the story shows: the first named is the one the story is told for.
  if (claimedShown.length > 0) return [...claimedShown].sort((a, b) => order(a) - order(b))[0];
  const others = competencies.filter((c) => c.shown !== 'none');
  return others.length > 0 ? best(others) : competencies.find((c) => c.claimed);
}
const SHOWN_RANK: Record<Shown, number> = { strong: 2, some: 1, none: 0 };

// ---- the primary weakness: the group of findings whose fix raises the verdict most ------------------------------

/** The order ties are broken in, first to last (docs/review.md). */
/** Within results, the order a coach asks for them: a success checked, not assumed (checking it gives the number too), then the number, then what it meant, then what lasted. */
const RESULT_RULES = ['unverified-result', 'result-no-metric', 'activity-not-impact', 'vague-estimate', 'result-no-business-impact', 'result-no-second-order'];
const REFLECTION_RULES = ['generic-reflection', 'reflection-not-systemic'];
const WEAKNESS_ORDER: Array<(d: Diagnostic, story: Story, aim: Analysis['aim'], we: WeInAction) => boolean> = [
  (d, story, aim, we) => isDisqualifier(d, story, aim, we),
  // No Action or no Result: there is nothing else to judge the story by until it is told.
  // (a story missing one of those and the Reflection has two such findings: the Reflection's is an info, after it)
  (d, story) => (d.rule === 'missing-section' || d.rule === 'empty-section') && (['action', 'result'] as const).some((k) => !story.sections.some((x) => x.kind === k && x.words > 0)),
  (d) => d.rule === 'we-language',
  // The section the aim stands on (a failure story's lesson, a delivery's Result) is its key signal.
  (d, story, aim) => AIM_KEY_SECTION[aim.kinds[0]] !== undefined && sectionAt(story, d.span.start) === AIM_KEY_SECTION[aim.kinds[0]] && [...RESULT_RULES, ...REFLECTION_RULES].includes(d.rule),
  (d) => d.rule === 'missing-scope-boundary' || d.rule === 'vague-motivation',
  (d) => d.rule === 'missing-section' || d.rule === 'empty-section' || d.rule === 'unfilled-placeholder',
  (d) => RESULT_RULES.includes(d.rule),
  (d) => REFLECTION_RULES.includes(d.rule),
  (d) => TIMING.has(d.rule),
];
/** A finding's place in the tie order: its class, then its rule's place within the results or the reflection. */
const orderOf = (d: Diagnostic, story: Story, aim: Analysis['aim'], we: WeInAction) => {
  const i = WEAKNESS_ORDER.findIndex((test) => test(d, story, aim, we));
  const within = Math.max(RESULT_RULES.indexOf(d.rule), REFLECTION_RULES.indexOf(d.rule), 0);
  return (i < 0 ? WEAKNESS_ORDER.length : i) * 10 + within;
};

function primaryWeakness(analysis: Analysis, gathered: Gathered, current: Judgment): PrimaryWeakness | null {
  if (current.verdict === 'strong-hire') return null;
  const { story } = analysis;
  // Errors and warnings; a story held below Hire with none of those has its info findings looked at too.
  let candidates = analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  if (candidates.length === 0 && VERDICTS.indexOf(current.verdict) < VERDICTS.indexOf('hire')) candidates = analysis.diagnostics.filter((d) => d.severity === 'info' && !TIMING.has(d.rule));
  if (candidates.length === 0) return null;
  // A group is a rule's findings in one section: fixing "we" in Action means every "we" there.
  const groups = new Map<string, Diagnostic[]>();
  for (const d of candidates) {
    const key = `${d.rule}@${sectionAt(story, d.span.start) ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const we = weInAction(story, analysis.diagnostics, gathered);
  let best: { d: Diagnostic; raisesTo: Verdict; gain: number; order: number } | undefined;
  for (const group of groups.values()) {
    const without = new Set(group);
    // Mending the front matter (a level, a competency) changes what the story is judged against, which judging it
    // away cannot tell: it promises nothing.
    const raisesTo = group[0].rule === 'front-matter' ? current.verdict : judge(analysis, gathered, analysis.diagnostics.filter((d) => !without.has(d)), false).verdict;
    const gain = VERDICTS.indexOf(raisesTo) - VERDICTS.indexOf(current.verdict);
    const d = group[0];
    const order = orderOf(d, story, analysis.aim, we);
    const better = !best || gain > best.gain || (gain === best.gain && (order < best.order || (order === best.order && (severityRank(d) < severityRank(best.d) || (severityRank(d) === severityRank(best.d) && d.span.start < best.d.span.start)))));
    if (better) best = { d, raisesTo, gain, order };
  }
  if (!best) return null;
  return { rule: best.d.rule, range: best.d.range, span: best.d.span, message: best.d.message, raisesTo: best.raisesTo };
}
const severityRank = (d: Diagnostic) => (d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2);

// ---- the note --------------------------------------------------------------------------------------------------

/** What a finding says about the story, in a few words, for the note (and the quiz's choices). */
export const GIST: Readonly<Record<string, string>> = {
  'assigned-work': 'the work sounds handed to you',
  'routing-not-ownership': 'the problem was passed on for someone else to fix',
  'passive-handoff': 'the fix stops at the hand-over',
  'we-language': 'a step is told as "we"',
  'missing-scope-boundary': 'nothing says the work was outside your remit',
  'vague-motivation': 'the reason you acted is weak',
  'missing-section': 'a section is missing',
  'empty-section': 'a section is empty',
  'unfilled-placeholder': 'a placeholder is still unfilled',
  'section-order': 'the sections are out of order',
  'result-no-metric': 'the Result has no number',
  'result-no-business-impact': 'the Result says nothing of what it meant for the business',
  'result-no-second-order': 'the Result ends at the fix',
  'activity-not-impact': 'the outcome is told as going well, not as what changed',
  'vague-estimate': 'an impact is claimed with no figure',
  'unverified-result': 'success is assumed, not checked',
  'generic-reflection': 'the lesson would fit any story',
  'reflection-not-systemic': 'the lesson stops short of the systemic cause',
  'section-over-time': 'a section runs long',
  'answer-over-time': 'the answer runs long',
  'answer-under-time': 'the answer is too thin to carry signal',
  hedging: 'hedges soften what you did',
  'passive-voice': 'an action hides who did it',
  'front-matter': 'the front matter has a problem',
  'flagged-words': 'a word on your list of words to avoid',
  'confidential-name': 'a name on your confidential list is said',
};

function gistOf(d: Diagnostic): string {
  return GIST[d.rule] ?? d.message;
}
const lineOf = (d: { range: Range }) => d.range.start.line + 1;

function noteFor(j: Judgment, weakness: PrimaryWeakness | null, names: string[], primary: CompetencyReading | undefined): string {
  const label = VERDICT_LABEL[j.verdict];
  const forWhat = names.length ? ` for ${names.join(' and ')}` : '';
  const claimed = j.competencies.filter((c) => j.forKinds.includes(c.kind));
  const notShown = claimed.filter((c) => c.shown === 'none');
  const strong = j.sections.filter((s) => s.grade === 'strong').map((s) => s.name);
  const weak = j.sections.filter((s) => s.grade === 'weak' || s.grade === 'missing').map((s) => s.name);
  const sentences: string[] = [];
  if (j.verdict === 'strong-hire') sentences.push(`${label}${forWhat}: every section does its job, and the competency shows in what you did.`);
  else if (j.disqualifiers.length > 0) sentences.push(`${label}${forWhat}: ${gistOf(j.disqualifiers[0])} (line ${lineOf(j.disqualifiers[0])})${j.disqualifiers.length > 1 ? `, and ${j.disqualifiers.length - 1 === 1 ? 'one more sign' : `${j.disqualifiers.length - 1} more signs`} that the work was not yours` : ''}.`);
  else if (notShown.length > 0 && notShown.length === claimed.length) sentences.push(`${label}${forWhat}: the story does not show ${notShown.map((c) => c.name).join(' or ')}; it needs ${notShown[0].missing[0] ?? 'evidence of it'}.`);
  // Some claims shown, some not: say both, so "Hire for A and B" is not followed by "it does not show A".
  else if (notShown.length > 0) sentences.push(`${label}${forWhat}: it shows ${claimed.filter((c) => c.shown !== 'none').map((c) => c.name).join(' and ')}, not ${notShown.map((c) => c.name).join(' or ')}, which needs ${notShown[0].missing[0] ?? 'evidence of it'}.`);
  else if (weak.length > 0) sentences.push(`${label}${forWhat}: ${weak.join(' and ')} ${weak.length > 1 ? 'are' : 'is'} weak.`);
  else if (!j.level.fits) sentences.push(`${label}${forWhat}: ${j.level.why.charAt(0).toLowerCase()}${j.level.why.slice(1)}`);
  else sentences.push(`${label}${forWhat}: a sound story with gaps a follow-up would find.`);
  // The competency the story most shows (`primaryOf`), so the note and the list of competencies name the same one.
  const best = primary && primary.shown !== 'none' ? primary : undefined;
  if (strong.length > 0 && j.verdict !== 'strong-hire') sentences.push(`${strong.join(', ')} ${strong.length > 1 ? 'are' : 'is'} strong${best ? `, and the clearest evidence is for ${best.name}` : ''}.`);
  else if (best && j.verdict !== 'strong-hire') sentences.push(`The clearest evidence is for ${best.name}.`);
  if (weakness) {
    const raise = weakness.raisesTo !== j.verdict ? `: that alone would make it ${VERDICT_LABEL[weakness.raisesTo]}` : '';
    sentences.push(`Fix first, on line ${lineOf(weakness)}: ${GIST[weakness.rule] ?? weakness.message}${raise}.`);
  }
  return sentences.join(' ');
}

// ---- the reading -----------------------------------------------------------------------------------------------

export function reviewStory(analysis: Analysis): Review {
  const gathered = gather(analysis);
  const j = judge(analysis, gathered, analysis.diagnostics);
  const weakness = primaryWeakness(analysis, gathered, j);
  const names = j.forKinds.map((k) => j.competencies.find((c) => c.kind === k)!.name);
  const primary = primaryOf(j.competencies, j.scores, analysis.aim.kinds);
  return {
    verdict: j.verdict,
    for: names,
    note: noteFor(j, weakness, names, primary),
    primaryWeakness: weakness,
    sections: j.sections,
    competencies: j.competencies.filter((c) => c.claimed || c.shown !== 'none'),
    primaryCompetency: primary && (primary.shown !== 'none' || primary.claimed) ? primary.name : null,
    level: j.level,
    disqualifiers: [...j.disqualifiers].sort((a, b) => a.span.start - b.span.start).map(({ rule, range, span, message }) => ({ rule, range, span, message })),
  };
}

// ---- the shape the CLI's JSON and SARIF and the server send (fields may be added, never renamed) ---------------

export interface ReviewJson {
  verdict: Verdict;
  for: string[];
  note: string;
  primaryWeakness: { rule: string; range: Range; message: string; raisesTo: Verdict } | null;
  sections: Array<{ name: string; grade: Grade; reasons: string[] }>;
  competencies: Array<{ name: string; claimed: boolean; shown: Shown; evidence: Array<{ range: Range; text: string; shows: string }>; takenDownBy: string[] }>;
  primaryCompetency: string | null;
  level: { claimed: Level; shown: Level; fits: boolean; why: string };
}

export function reviewJson(r: Review): ReviewJson {
  return {
    verdict: r.verdict,
    for: r.for,
    note: r.note,
    primaryWeakness: r.primaryWeakness && { rule: r.primaryWeakness.rule, range: r.primaryWeakness.range, message: r.primaryWeakness.message, raisesTo: r.primaryWeakness.raisesTo },
    sections: r.sections.map(({ name, grade, reasons }) => ({ name, grade, reasons })),
    competencies: r.competencies.map(({ name, claimed, shown, evidence, takenDownBy }) => ({ name, claimed, shown, evidence: evidence.map(({ range, text, shows }) => ({ range, text, shows })), takenDownBy })),
    primaryCompetency: r.primaryCompetency,
    level: r.level,
  };
}

/** The reading in one line: "Lean No Hire for Ownership; fix first: line 13, the work sounds handed to you". */
export function reviewLine(r: Pick<ReviewJson, 'verdict' | 'for' | 'primaryWeakness'>): string {
  const head = reviewHead(r);
  const w = r.primaryWeakness;
  return w ? `${head}; fix first: line ${w.range.start.line + 1}, ${GIST[w.rule] ?? w.rule}` : head;
}

/** The verdict and whom it is for, the start of every surface's line: "Lean No Hire for Ownership". */
export function reviewHead(r: Pick<ReviewJson, 'verdict' | 'for'>): string {
  return `${VERDICT_LABEL[r.verdict]}${r.for.length ? ` for ${r.for.join(' and ')}` : ''}`;
}
