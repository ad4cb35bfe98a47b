// The story bank: all of a person's stories read as one loop. From each story's analysis and reading: the matrix of
// stories by competencies, the best story for each competency or a gap, stories leaned on too much, figures that two
// stories tell differently, the story to tell for each common question, and a plan for a loop of interviews.
// Pure: the adapters read the files; docs/bank.md explains every choice here, keep it true in the same commit.
import { competencyKind, normalizeCompetency, type AimKind } from './aim';
import type { Analysis } from './analyze';
import { agree, NAMED_PROJECT_SHARE, SAME_PROJECT_SHARE, SAME_PROJECT_WORDS, sameMeasure, storyCapitals, storyFacts, storyNames, storyTopic, type Fact, type NamedThing } from './facts';
import { AIM_NOTES } from './notes';
import { LOOP_PRESETS, matchQuestion, QUESTIONS, type LoopPreset } from './questions';
import { reviewHead, reviewStory, VERDICT_LABEL, type Review, type Shown, type Verdict } from './review';
import type { SectionKind } from './story';
import type { Range } from './text';

/** What the bank shows of every story, as its entry has it and as its row gives it. */
export interface StoryHead {
  /** How the adapter names the story: a path relative to the bank's folder, or a URI. */
  path: string;
  title: string;
  verdict: Verdict;
  /** The reading's head ("Hire for Ownership"). */
  reading: string;
  seconds: number;
  question: string;
  /** The catalog question its `question:` is, when it is one. */
  questionId: string | null;
  claimed: string[];
  primary: string | null;
  /** The first sentence of its Result, as written: the story in a line. */
  summary: string;
  /** The figures its Result gives, as written ("40%", "from 900 ms to 300 ms"). */
  numbers: string[];
  failed: boolean;
}

/**
 * What the bank needs of one story, read once from its analysis and reading (`bankEntry`): small and plain, so that the
 * CLI's threads can send it back and the server can keep one per story and read again only the story that changed.
 */
export interface BankEntry extends StoryHead {
  primaryKind: AimKind | null;
  competencies: Array<{ kind: AimKind; name: string; claimed: boolean; shown: Shown; evidence?: { range: Range; text: string } }>;
  names: Array<Pick<NamedThing, 'key' | 'words' | 'text' | 'backdrop'>>;
  /** The words of its scene (`storyTopic`), to find another story of the same project that names nothing. */
  topic: string[];
  /** Its capitalized words (`storyCapitals`): a story that says another's name anywhere tells of it too. */
  capitals: string[];
  facts: Array<FactRecord>;
}

/** A fact as the bank keeps it: what `sameMeasure` and `agree` compare, where it stands and in which section. */
export type FactRecord = Pick<Fact, 'kind' | 'unit' | 'values' | 'approximate' | 'keys' | 'weak' | 'of' | 'text' | 'phrase'> & { section: SectionKind; range: Range };

export interface BankOptions {
  /** A preset's id (`amazon`, `generic`) or the competencies of the loop, as the stories spell them. */
  loop?: string | readonly string[];
  /** How many interviews the loop has; the preset's number when not given. */
  interviews?: number;
}

export interface BankCell {
  shown: Shown;
  claimed: boolean;
  /** The story reads Hire or better for it: counted for the competency (see `counts`). */
  counts: boolean;
  /** Where the story shows it first, for a click on the cell. */
  evidence?: { range: Range; text: string };
}

export interface BankStory extends StoryHead {
  /** By the loop's competency names. */
  competencies: Record<string, Shown>;
  cells: Record<string, BankCell>;
}

export interface BankCompetency {
  name: string;
  kind: AimKind;
  /** In the loop's list (not only claimed by a story). */
  inLoop: boolean;
  best: string | null;
  /** Every story counted for it, best first. */
  stories: string[];
  gap: boolean;
  why: string;
}

export interface BankQuestion {
  id: string;
  question: string;
  competencies: string[];
  story: string | null;
  why: string;
}

export interface BankConflict {
  paths: [string, string];
  /** What differs, in a sentence. */
  what: string;
  /** Where, in each story: the figure, the role or the year. */
  ranges: [Range, Range];
  /** What each story's Problems view says, in its words ("here … there …"). */
  messages: [string, string];
}

export interface BankSlot {
  /** 1-based. */
  interview: number;
  competencies: string[];
  story: string | null;
  why: string;
}

export interface BankPlan {
  preset: string;
  interviews: number;
  slots: BankSlot[];
  /** The story to write next, in a sentence; null when every competency of the loop has a story at Hire or better. */
  next: string | null;
  /** The competency that story is for. */
  nextFor: string | null;
}

export interface Bank {
  version: 1;
  stories: BankStory[];
  competencies: BankCompetency[];
  questions: BankQuestion[];
  overused: Array<{ path: string; why: string }>;
  conflicts: BankConflict[];
  plan: BankPlan;
  /** Every story's spoken time, added up: a full rehearsal. */
  totalSeconds: number;
}

const RANK: Record<Verdict, number> = { 'no-hire': 0, 'lean-no-hire': 1, hire: 2, 'strong-hire': 3 };
const SHOWN_RANK: Record<Shown, number> = { none: 0, some: 1, strong: 2 };
/** Best for this many of the loop's competencies, a story is leaned on too much: one interviewer hears it, the rest cannot. */
export const OVERUSED_BEST = 3;
/** The only story for this many, it is a single point of failure. */
export const OVERUSED_ONLY = 2;
/** At most this many conflicts are told for one pair of stories, … */
const CONFLICTS_PER_PAIR = 3;
/** … for one story, … */
export const CONFLICTS_PER_STORY = 5;
/** … and in all: a bank of stories that all tell one project would otherwise be told thousands of times. */
export const MAX_CONFLICTS = 50;

/** A cell counts when the story reads Hire or better and shows the competency strongly, or shows it and claims it. */
export const counts = (verdict: Verdict, shown: Shown, claimed: boolean) => RANK[verdict] >= RANK.hire && (shown === 'strong' || (shown === 'some' && claimed));

/** The loop's competencies, from a preset id or a list (names the coach does not know are left out: the validator names them). */
export function loopOf(options: BankOptions): { preset: LoopPreset; competencies: Array<{ name: string; kind: AimKind }> } {
  const loop = options.loop ?? 'amazon';
  if (typeof loop === 'string') {
    const preset = LOOP_PRESETS[loop as keyof typeof LOOP_PRESETS] ?? LOOP_PRESETS.amazon;
    return { preset, competencies: preset.competencies };
  }
  const seen = new Set<string>();
  const competencies = loop.flatMap((name) => {
    const kind = competencyKind(name);
    const key = normalizeCompetency(name);
    if (!kind || seen.has(key)) return [];
    seen.add(key);
    return [{ name: name.trim(), kind }];
  });
  const base = LOOP_PRESETS.generic;
  return { preset: { ...base, id: 'custom', name: 'Your loop', competencies }, competencies };
}

const titleOf = (a: Analysis, path: string) => a.story.title?.text.trim() || path.replace(/^.*[\\/]/, '').replace(/\.star\.md$/i, '');
const lineOf = (r: Range) => r.start.line + 1;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const list = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** What the bank keeps of one story; `review` is computed when not given. */
export function bankEntry(path: string, a: Analysis, r: Review = reviewStory(a)): BankEntry {
  const result = a.story.sections.find((s) => s.kind === 'result');
  const data = a.story.frontMatter?.data ?? {};
  const facts = a.failed ? [] : storyFacts(a.story);
  const first = result?.sentences[0];
  const question = typeof data.question === 'string' ? data.question.trim() : '';
  return {
    path,
    title: titleOf(a, path),
    verdict: r.verdict,
    reading: reviewHead(r),
    seconds: a.timing.totalSeconds,
    question,
    questionId: question ? matchQuestion(question)?.question.id ?? null : null,
    claimed: a.aim.claimed,
    primary: r.primaryCompetency,
    primaryKind: r.competencies.find((c) => c.name === r.primaryCompetency)?.kind ?? null,
    failed: a.failed === true,
    competencies: r.competencies.map((c) => ({ kind: c.kind, name: c.name, claimed: c.claimed, shown: c.shown, ...(c.evidence[0] ? { evidence: { range: c.evidence[0].range, text: c.evidence[0].text } } : {}) })),
    summary: first ? clip(a.story.text.slice(first.start, first.end).replace(/\s+/g, ' ').trim(), 200) : '',
    numbers: facts.filter((f) => f.sentence.section.kind === 'result' && (f.kind === 'figure' || f.kind === 'people')).map((f) => f.text),
    names: a.failed ? [] : storyNames(a.story).map(({ key, words, text, backdrop }) => ({ key, words, text, ...(backdrop ? { backdrop } : {}) })),
    topic: a.failed ? [] : storyTopic(a.story),
    capitals: a.failed ? [] : storyCapitals(a.story),
    facts: facts.map((f) => ({ kind: f.kind, unit: f.unit, values: f.values, approximate: f.approximate, keys: f.keys, weak: f.weak, of: f.of, text: f.text, phrase: f.phrase, section: f.sentence.section.kind, range: a.story.lines.range(f.span) })),
  };
}

/** Rows made before, by entry and columns: the server's entries stay the same objects while their stories do. Read-only. */
const rows = new WeakMap<BankEntry, { columns: string; row: BankStory }>();

function storyRow(e: BankEntry, loop: ReadonlyArray<{ name: string; kind: AimKind }>, columns: string): BankStory {
  const known = rows.get(e);
  if (known?.columns === columns) return known.row;
  const row = makeRow(e, loop);
  rows.set(e, { columns, row });
  return row;
}

function makeRow(e: BankEntry, loop: ReadonlyArray<{ name: string; kind: AimKind }>): BankStory {
  const cells: Record<string, BankCell> = {};
  const competencies: Record<string, Shown> = {};
  for (const { name, kind } of loop) {
    const c = e.competencies.find((x) => x.kind === kind);
    const shown = c?.shown ?? 'none';
    const claimed = c?.claimed ?? false;
    cells[name] = { shown, claimed, counts: !e.failed && counts(e.verdict, shown, claimed), ...(c?.evidence ? { evidence: c.evidence } : {}) };
    competencies[name] = shown;
  }
  const { path, title, verdict, reading, seconds, question, questionId, claimed, primary, summary, numbers, failed } = e;
  return { path, title, verdict, reading, seconds, question, questionId, claimed, primary, summary, numbers, failed, competencies, cells };
}

/** How good a story is for a competency, for choosing among those counted: strength, then the verdict, then a claim. */
function score(s: BankStory, name: string, kind: AimKind, entries: ReadonlyMap<string, BankEntry>): number {
  const cell = s.cells[name];
  if (!cell?.counts) return 0;
  const primary = entries.get(s.path)?.primaryKind === kind ? 1 : 0;
  return SHOWN_RANK[cell.shown] * 10 + RANK[s.verdict] * 3 + (cell.claimed ? 2 : 0) + primary;
}

function competencyRows(stories: BankStory[], loop: ReadonlyArray<{ name: string; kind: AimKind; inLoop: boolean }>, entries: ReadonlyMap<string, BankEntry>): BankCompetency[] {
  const countedAll = new Map(stories.map((s) => [s, countedFor(s)]));
  return loop.map(({ name, kind, inLoop }) => {
    // Each story's score once, not once per comparison: 500 stories are sorted 16 times on every keystroke.
    const counted = stories.filter((s) => s.cells[name]?.counts).map((s) => ({ s, score: score(s, name, kind, entries), n: countedAll.get(s)! }))
      .sort((x, y) => y.score - x.score || x.n - y.n || (x.s.path < y.s.path ? -1 : 1)).map((x) => x.s);
    const best = counted[0];
    if (best) {
      const cell = best.cells[name];
      const where = cell.evidence ? `, line ${lineOf(cell.evidence.range)}` : '';
      return { name, kind, inLoop, best: best.path, stories: counted.map((s) => s.path), gap: false, why: `“${best.title}” reads ${VERDICT_LABEL[best.verdict]} and shows it ${cell.shown === 'strong' ? 'strongly' : 'as claimed'}${where}.` };
    }
    return { name, kind, inLoop, best: null, stories: [], gap: true, why: gapWhy(stories, name) };
  });
}

const countedFor = (s: BankStory) => Object.values(s.cells).filter((c) => c.counts).length;

/** Why a competency has no story, naming the story closest to one. */
function gapWhy(stories: BankStory[], name: string): string {
  const closest = stories.filter((s) => s.cells[name] && s.cells[name].shown !== 'none')
    .sort((x, y) => SHOWN_RANK[y.cells[name].shown] - SHOWN_RANK[x.cells[name].shown] || RANK[y.verdict] - RANK[x.verdict])[0];
  if (closest) {
    const cell = closest.cells[name];
    if (RANK[closest.verdict] < RANK.hire) return `No story reads Hire or better for it; “${closest.title}” shows it but reads ${VERDICT_LABEL[closest.verdict]}.`;
    return `No story shows it enough; “${closest.title}” shows some of it without claiming it${cell.evidence ? ` (line ${lineOf(cell.evidence.range)})` : ''}.`;
  }
  const claimed = stories.find((s) => s.cells[name]?.claimed);
  if (claimed) return `“${claimed.title}” claims it, but its text does not show it.`;
  return 'No story shows it yet.';
}

function overusedRows(stories: BankStory[], competencies: BankCompetency[]): Array<{ path: string; why: string }> {
  const out: Array<{ path: string; why: string }> = [];
  for (const s of stories) {
    const bestFor = competencies.filter((c) => c.inLoop && c.best === s.path).map((c) => c.name);
    const onlyFor = competencies.filter((c) => c.inLoop && c.stories.length === 1 && c.stories[0] === s.path).map((c) => c.name);
    if (onlyFor.length >= OVERUSED_ONLY) out.push({ path: s.path, why: `“${s.title}” is the only story for ${list(onlyFor)}: one interviewer will hear it, and the others then have none.` });
    else if (bestFor.length >= OVERUSED_BEST) out.push({ path: s.path, why: `“${s.title}” is the best story for ${list(bestFor)}: you can tell it once, so give the others a story of their own.` });
  }
  return out;
}

// ---- the same project told twice --------------------------------------------------------------------------------

const SITUATION_ONLY = new Set(['year']);
const SCENE_ONLY = new Set(['year', 'role']);

/** What the pair search asks of each story, as sets, made once per entry (the server keeps its entries). */
interface Prepared { nameWords: Set<string>; capitals: Set<string>; topic: Set<string>; figures: string[] }
const prepared = new WeakMap<BankEntry, Prepared>();
function prepare(e: BankEntry): Prepared {
  let p = prepared.get(e);
  if (!p) {
    const figures = [...new Set(e.facts.filter((f) => f.kind === 'figure').map((f) => `${f.unit} ${f.values.join(' ')}`))];
    prepared.set(e, (p = { nameWords: new Set(e.names.flatMap((n) => n.words)), capitals: new Set(e.capitals), topic: new Set(e.topic), figures }));
  }
  return p;
}

/** Two stories that give the same figures, in the same units ("240 seconds", "160 detectors"), tell one project. */
export const SAME_PROJECT_FIGURES = 2;
const figuresIn = new WeakMap<Prepared, Set<string>>();
function sameFigures(pa: Prepared, pb: Prepared): boolean {
  if (pa.figures.length < SAME_PROJECT_FIGURES || pb.figures.length < SAME_PROJECT_FIGURES) return false;
  let set = figuresIn.get(pb);
  if (!set) figuresIn.set(pb, (set = new Set(pb.figures)));
  let n = 0;
  for (const f of pa.figures) if (set.has(f) && ++n >= SAME_PROJECT_FIGURES) return true;
  return false;
}

/**
 * The name two stories share, or one says of the other's ("Heron cut the bill by 40%" in its Result), if any; a
 * project's name before the backdrop's (the employer, the manager), and whether the backdrop is all they share.
 */
function sharedName(A: BankEntry, B: BankEntry, pa: Prepared, pb: Prepared): { text: string; backdrop: boolean } | undefined {
  const shared = [...A.names.filter((n) => n.words.some((w) => pb.nameWords.has(w))), ...B.names.filter((n) => n.words.some((w) => pa.capitals.has(w))),
    ...A.names.filter((n) => n.words.some((w) => pb.capitals.has(w)))];
  if (shared.length === 0) return undefined;
  // A name is the backdrop when either story introduces it as one.
  const backdrop = new Set([...A.names, ...B.names].filter((n) => n.backdrop).flatMap((n) => n.words));
  const isBackdrop = (n: { words: string[] }) => n.words.some((w) => backdrop.has(w));
  const name = shared.find((n) => !isBackdrop(n)) ?? shared[0];
  return { text: name.text, backdrop: isBackdrop(name) };
}

/** How alike two scenes are: the words they share, and that share of all their words (Jaccard). */
function alike(pa: Prepared, pb: Prepared): { shared: number; share: number } {
  const [small, large] = pa.topic.size <= pb.topic.size ? [pa.topic, pb.topic] : [pb.topic, pa.topic];
  // At most every word of the smaller scene is shared: too few, or too small a share, and there is nothing to count.
  if (small.size < NAMED_PROJECT_SHARE * large.size) return { shared: 0, share: 0 };
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return { shared, share: shared / (small.size + large.size - shared) };
}

/**
 * Pairs of stories that tell one project (a name in common, or alike scenes by `SAME_PROJECT_WORDS` and
 * `SAME_PROJECT_SHARE`), looked at
 * in order and each with its facts compared as soon as it is found, so the search ends once `MAX_CONFLICTS` are told.
 */
function conflictRows(entries: readonly BankEntry[]): BankConflict[] {
  const prep = entries.map(prepare);
  // The year a story gives counts only in its Situation: an Action's "in 2019" is often another time. A year or a role
  // is compared only where the scenes are alike too: a shared name may be the employer's, whose projects have other years.
  const usable = (f: FactRecord, scene: boolean, years: boolean) => (!SITUATION_ONLY.has(f.kind) || f.section === 'situation') && (scene || !SCENE_ONLY.has(f.kind)) && (years || f.kind !== 'year');
  const out: BankConflict[] = [];
  const perStory = new Map<number, number>();
  for (let a = 0; a < entries.length && out.length < MAX_CONFLICTS; a++) {
    for (let b = a + 1; b < entries.length && out.length < MAX_CONFLICTS; b++) {
      if ((perStory.get(a) ?? 0) >= CONFLICTS_PER_STORY || (perStory.get(b) ?? 0) >= CONFLICTS_PER_STORY) continue;
      const name = sharedName(entries[a], entries[b], prep[a], prep[b]);
      const subject = name?.text;
      const { shared, share } = alike(prep[a], prep[b]);
      const figures = sameFigures(prep[a], prep[b]);
      const alikeScenes = (shared >= SAME_PROJECT_WORDS && share >= SAME_PROJECT_SHARE) || figures;
      if (!subject && !alikeScenes) continue;
      const scene = alikeScenes || share >= NAMED_PROJECT_SHARE;
      // Every story of one person's years at an employer names it: a year is compared where the scenes are alike, or
      // where the name they share is a project's, not only the employer's or the manager's.
      const years = alikeScenes || (!!name && !name.backdrop && scene);
      const A = entries[a];
      const B = entries[b];
      const said = new Set<string>();
      for (const fa of A.facts.filter((f) => usable(f, scene, years))) {
        if (said.size >= CONFLICTS_PER_PAIR) break;
        const matching = B.facts.filter((fb) => usable(fb, scene, years) && sameMeasure(fa, fb));
        if (matching.length === 0) continue;
        // Two changes of one measure ("from 12 minutes to 3", "from twelve minutes to about six") must end alike.
        // Otherwise agreement anywhere wins: a story that also gives the other's figure has not contradicted it.
        const changed = fa.values.length > 1 ? matching.find((fb) => fb.values.length > 1 && !agree(fa, fb)) : undefined;
        const sameInA = A.facts.filter((f) => usable(f, scene, years) && sameMeasure(f, matching[0]));
        if (!changed && matching.some((fb) => sameInA.some((f) => agree(f, fb)))) continue;
        const fb = changed ?? matching[0];
        const measure = measureOf(fa);
        if (said.has(measure)) continue;
        said.add(measure);
        const tail = 'Interviewers compare notes: make the two agree, or say why they differ.';
        const tells = subject ? `tells of ${subject}` : 'seems to tell the same project';
        perStory.set(a, (perStory.get(a) ?? 0) + 1);
        perStory.set(b, (perStory.get(b) ?? 0) + 1);
        out.push({
          paths: [A.path, B.path],
          what: `“${A.title}” and “${B.title}” ${subject ? `both tell of ${subject}` : 'seem to tell the same project'}, but one says “${fa.phrase}” and the other “${fb.phrase}”.`,
          ranges: [fa.range, fb.range],
          messages: [
            `“${B.title}” also ${tells} and says “${fb.phrase}” (its line ${lineOf(fb.range)}), where this says “${fa.phrase}”. ${tail}`,
            `“${A.title}” also ${tells} and says “${fa.phrase}” (its line ${lineOf(fa.range)}), where this says “${fb.phrase}”. ${tail}`,
          ],
        });
      }
    }
  }
  return out;
}

/** What a fact measures, so that one pair of stories is told one conflict per measure. */
const measureOf = (f: FactRecord) => `${f.kind} ${f.unit} ${f.keys.join(' ')} ${f.keys.length ? '' : f.weak.join(' ')}`;

// ---- questions and the loop -------------------------------------------------------------------------------------

function questionRows(stories: BankStory[], entries: ReadonlyMap<string, BankEntry>, names: ReadonlyMap<AimKind, string>): BankQuestion[] {
  return QUESTIONS.map((q) => {
    const competencies = q.kinds.map((k) => names.get(k) ?? AIM_NOTES[k].competency);
    let best: { s: BankStory; value: number; kind: AimKind } | undefined;
    // The story must count for the question's main competency; its others add half, and a story written for the
    // question comes first among those.
    const [main, ...others] = q.kinds;
    const mainName = names.get(main);
    for (const s of stories) {
      const value = mainName ? score(s, mainName, main, entries) : 0;
      if (value === 0) continue;
      const extra = others.reduce((n, kind) => n + (names.get(kind) ? score(s, names.get(kind)!, kind, entries) / 2 : 0), 0);
      const total = value + extra + (s.questionId === q.id ? 5 : 0);
      if (!best || total > best.value || (total === best.value && s.path < best.s.path)) best = { s, value: total, kind: main };
    }
    if (!best) return { id: q.id, question: q.text, competencies, story: null, why: `None fits yet: no story reads Hire or better for ${competencies[0]}.` };
    const { s } = best;
    const name = names.get(best.kind)!;
    const why = s.questionId === q.id
      ? `“${s.title}” was written for this question and reads ${VERDICT_LABEL[s.verdict]} for ${name}.`
      : `“${s.title}” shows ${name} ${s.cells[name].shown === 'strong' ? 'strongly' : 'as it claims'} and reads ${VERDICT_LABEL[s.verdict]}.`;
    return { id: q.id, question: q.text, competencies, story: s.path, why };
  });
}

/**
 * Assigns the loop's competencies to interviews in turn, then one story to each (interview, competency), never the
 * same story twice in the loop, so that the stories' scores add up to the most (the Hungarian method, slots by stories).
 */
function planLoop(stories: BankStory[], loop: ReadonlyArray<{ name: string; kind: AimKind }>, preset: LoopPreset, interviews: number, competencies: BankCompetency[], entries: ReadonlyMap<string, BankEntry>): BankPlan {
  const slots = loop.map((c, i) => ({ interview: (i % interviews) + 1, name: c.name, kind: c.kind }))
    .sort((x, y) => x.interview - y.interview);
  const weights = slots.map((slot) => stories.map((s) => score(s, slot.name, slot.kind, entries)));
  const chosen = assign(weights);
  const planned: BankSlot[] = slots.map((slot, i) => {
    const j = chosen[i];
    const s = j >= 0 && weights[i][j] > 0 ? stories[j] : undefined;
    if (s) return { interview: slot.interview, competencies: [slot.name], story: s.path, why: `“${s.title}”: ${s.cells[slot.name].shown === 'strong' ? 'shows it strongly' : 'shows it as claimed'}, ${VERDICT_LABEL[s.verdict]}.` };
    const any = competencies.find((c) => c.name === slot.name);
    const why = any && !any.gap ? 'Its stories are told elsewhere in this loop: write another.' : 'No story fits yet.';
    return { interview: slot.interview, competencies: [slot.name], story: null, why };
  });
  const gaps = competencies.filter((c) => c.inLoop && c.gap);
  // The gap that costs most: the competency most common questions ask about, then the loop's own order.
  const asked = (kind: AimKind) => QUESTIONS.filter((q) => q.kinds.includes(kind)).length;
  const target = gaps.slice().sort((x, y) => asked(y.kind) - asked(x.kind))[0];
  let next: string | null = null;
  if (target) {
    const questions = QUESTIONS.filter((q) => q.kinds[0] === target.kind).slice(0, 2).map((q) => `“${q.text}”`);
    // The questions end with their own stop: the sentence does not add another.
    next = `Write a story for ${target.name} next: no story reads Hire or better for it${questions.length ? `. It would answer ${questions.join(' and ')}` : '.'}`;
  } else {
    const open = planned.find((p) => p.story === null);
    if (open) next = `Write another story for ${open.competencies[0]}: the loop asks for more stories than you have for it.`;
  }
  return { preset: preset.id, interviews, slots: planned, next, nextFor: target?.name ?? (next ? planned.find((p) => p.story === null)?.competencies[0] ?? null : null) };
}

/**
 * The assignment of rows to columns (rows ≤ columns, or rows left out when there are fewer columns) that makes the
 * sum of weights the most: the Hungarian method on costs (max − weight), O(rows² × columns). Returns a column per row, -1 for none.
 */
export function assign(weights: number[][]): number[] {
  const n = weights.length;
  const m = weights[0]?.length ?? 0;
  if (n === 0) return [];
  if (m === 0) return weights.map(() => -1);
  // More rows than columns: pad with columns of weight 0 (a row given one has no story).
  const cols = Math.max(m, n);
  const max = Math.max(0, ...weights.flat());
  const cost = (i: number, j: number) => (j < m ? max - weights[i][j] : max);
  const u = new Array(n + 1).fill(0);
  const v = new Array(cols + 1).fill(0);
  const p = new Array(cols + 1).fill(0);
  const way = new Array(cols + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(cols + 1).fill(Infinity);
    const used = new Array(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array(n).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j] && j <= m) out[p[j] - 1] = j - 1;
  return out;
}

// ---- the bank ------------------------------------------------------------------------------------------------------

export function bank(input: readonly BankEntry[], options: BankOptions = {}): Bank {
  const entries = [...input].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { preset, competencies: loop } = loopOf(options);
  // Competencies claimed by a story outside the loop still get a column, after the loop's.
  const kinds = new Set(loop.map((c) => c.kind));
  const extra: Array<{ name: string; kind: AimKind }> = [];
  for (const e of entries) {
    for (const c of e.competencies) {
      if (c.claimed && !kinds.has(c.kind)) {
        kinds.add(c.kind);
        extra.push({ name: c.name, kind: c.kind });
      }
    }
  }
  const columns = [...loop.map((c) => ({ ...c, inLoop: true })), ...extra.map((c) => ({ ...c, inLoop: false }))];
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const columnsKey = JSON.stringify(columns);
  const stories = entries.map((e) => storyRow(e, columns, columnsKey));
  const competencies = competencyRows(stories, columns, byPath);
  const names = new Map<AimKind, string>();
  for (const c of columns) if (!names.has(c.kind)) names.set(c.kind, c.name);
  const interviews = Math.max(1, Math.min(options.interviews ?? preset.interviews, loop.length || 1));
  return {
    version: 1,
    stories,
    competencies,
    questions: questionRows(stories, byPath, names),
    overused: overusedRows(stories, competencies),
    conflicts: conflictRows(entries),
    plan: planLoop(stories, loop, preset, interviews, competencies, byPath),
    totalSeconds: stories.reduce((n, s) => n + s.seconds, 0),
  };
}
