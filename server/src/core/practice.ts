// Practice on the author's own stories: the seeds' quiz (which competency a story primarily shows, what the primary
// weakness of an answer is, which sentence is the disqualifier), each answered step by step with a hint, and the
// follow-up questions an interviewer would aim at a story's weak spots. Pure: stories and their readings in, questions
// out; the same stories give the same quiz. docs/practice.md explains how each is built; keep it true in the same commit.
import type { Analysis } from './analyze';
import { AIM_KINDS, type AimKind } from './aim';
import { AIM_NOTES } from './notes';
import { GIST, VERDICT_LABEL, VERDICTS, type CompetencyReading, type Review, type Shown } from './review';
import { saysScopeBoundary } from './rules/missing-scope-boundary';
import type { Story, StorySentence } from './story';
import type { Range, Span } from './text';

export const QUIZ_KINDS = ['primary-competency', 'primary-weakness', 'disqualifier'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
export const QUIZ_VERSION = 1;

/** A story with its analysis and reading, as the quiz and the follow-ups read it. */
export interface PracticeStory {
  /** The story's path as the user sees it (relative to the workspace or the current folder). */
  path: string;
  analysis: Analysis;
  review: Review;
}

export interface QuizQuestion {
  kind: QuizKind;
  story: string;
  /** The story's title, or its file name. */
  title: string;
  question: string;
  choices: string[];
  /** The index of the right choice. */
  answer: number;
  /** The rule behind a weakness or disqualifier answer. */
  answerRule?: string;
  /** The competency behind a competency answer. */
  answerCompetency?: string;
  /** Where the answer stands in the story (the evidence, the finding, the sentence). */
  range?: Range;
  solution: string[];
  hint: string;
  difficulty: 'easy' | 'medium' | 'hard';
  /** The follow-up an interviewer would aim at the same spot (`followupsFor`), to practise after the answer. */
  followup?: { question: string; strong: string };
}

export interface QuizOptions {
  kinds?: readonly QuizKind[];
  /** At most this many questions (default: all). */
  limit?: number;
}

/** The most choices a question offers (the seeds' four). */
export const CHOICES = 4;

/**
 * The quiz over these stories: for each story, each kind its reading can answer with exactly one right choice, dealt
 * story by story in turn (the first kind of every story, then the second…), so a short quiz still spans the bank.
 */
export function quiz(stories: readonly PracticeStory[], options: QuizOptions = {}): QuizQuestion[] {
  const kinds = options.kinds ?? QUIZ_KINDS;
  const per = stories.map((s) => {
    const questions = kinds.map((k) => MAKERS[k](s)).filter((q): q is QuizQuestion => q !== undefined);
    const followups = questions.length ? followupsFor(s.analysis) : [];
    return questions.map((q) => withFollowup(q, followups));
  });
  const out = inTurn(per);
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

/**
 * Each story's items dealt in turn: every story's first, then every story's second…, so that the first few (a short
 * quiz, the drill's new questions) span the bank. The quiz, `star-coach drill` and the editor's drill deal this way.
 */
export function inTurn<T>(perStory: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (let round = 0; perStory.some((items) => items.length > round); round++) for (const items of perStory) if (round < items.length) out.push(items[round]);
  return out;
}

/** The follow-up a rule's finding raises, when it raises one. */
export const FOLLOWUP_OF_RULE: Readonly<Record<string, FollowupKind>> = {
  'we-language': 'we', 'assigned-work': 'assigned', 'missing-scope-boundary': 'scope', 'unverified-result': 'check',
};

/** The follow-up about the answer's own words first, else the one its rule raises; a competency answer takes none. */
function withFollowup(q: QuizQuestion, followups: readonly Followup[]): QuizQuestion {
  if (q.kind === 'primary-competency') return q;
  const line = q.range?.start.line;
  const f = followups.find((x) => line !== undefined && x.range.start.line <= line && line <= x.range.end.line && (FOLLOWUP_OF_RULE[q.answerRule ?? ''] ?? x.kind) === x.kind)
    ?? followups.find((x) => x.kind === FOLLOWUP_OF_RULE[q.answerRule ?? '']);
  return f ? { ...q, followup: { question: f.question, strong: f.strong } } : q;
}

const MAKERS: Record<QuizKind, (s: PracticeStory) => QuizQuestion | undefined> = {
  'primary-competency': competencyQuestion,
  'primary-weakness': weaknessQuestion,
  disqualifier: disqualifierQuestion,
};

// ---- which competency the story primarily shows ----------------------------------------------------------------

/**
 * Competencies a candidate mixes up, closest first: the distractors of a competency question come from here, then from
 * the rest of the list, and only ones the story shows less than its primary one (so none is also right).
 */
export const NEIGHBOURS: Readonly<Record<AimKind, readonly AimKind[]>> = {
  ownership: ['bias-for-action', 'results', 'dive-deep', 'customer'],
  'bias-for-action': ['ownership', 'results', 'judgment'],
  failure: ['learning', 'ownership', 'results'],
  disagree: ['conflict', 'trust', 'influence'],
  conflict: ['disagree', 'trust', 'influence'],
  people: ['influence', 'standards', 'trust'],
  customer: ['ownership', 'results', 'simplify'],
  'dive-deep': ['ownership', 'results', 'standards'],
  results: ['ownership', 'bias-for-action', 'dive-deep'],
  simplify: ['frugality', 'think-big', 'results'],
  influence: ['disagree', 'people', 'trust'],
  trust: ['conflict', 'influence', 'disagree'],
  standards: ['dive-deep', 'results', 'people'],
  frugality: ['simplify', 'results', 'bias-for-action'],
  learning: ['failure', 'dive-deep', 'think-big'],
  'think-big': ['simplify', 'influence', 'results'],
  judgment: ['bias-for-action', 'dive-deep', 'disagree'],
};

const RANK: Record<Shown, number> = { strong: 2, some: 1, none: 0 };

function competencyQuestion({ path, analysis, review }: PracticeStory): QuizQuestion | undefined {
  const primary = review.competencies.find((c) => c.name === review.primaryCompetency);
  if (!primary || primary.shown === 'none' || primary.evidence.length === 0) return undefined;
  const byKind = new Map(review.competencies.map((c) => [c.kind, c]));
  const shownOf = (k: AimKind) => byKind.get(k)?.shown ?? 'none';
  // A story that claims another competency and shows it as well as its primary one has two right answers: no question.
  const claimed = review.competencies.filter((c) => c.claimed && c.kind !== primary.kind);
  if (claimed.some((c) => RANK[c.shown] >= RANK[primary.shown])) return undefined;
  // A story whose text shows none of what it claims: that reading rests on not finding the claim's evidence, which a
  // paraphrase can hide (a blind judge found half such answers wrong), so it is no question to teach from.
  if (claimed.length > 0 && !primary.claimed) return undefined;
  // Only competencies the story shows less than its primary one, so exactly one choice is right: the ones it claims
  // first (the label is the likeliest wrong answer), then its neighbours the story does not show at all, then the ones
  // it shows only in part.
  const less = [...claimed.map((c) => c.kind), ...NEIGHBOURS[primary.kind], ...AIM_KINDS].filter((k, i, all) => k !== primary.kind && all.indexOf(k) === i && RANK[shownOf(k)] < RANK[primary.shown]);
  const claimedKinds = new Set(claimed.map((c) => c.kind));
  const pool = [...less.filter((k) => claimedKinds.has(k)), ...less.filter((k) => !claimedKinds.has(k) && shownOf(k) === 'none'), ...less.filter((k) => !claimedKinds.has(k) && shownOf(k) !== 'none')];
  const distractors = pool.slice(0, CHOICES - 1);
  if (distractors.length < CHOICES - 1) return undefined;
  const nameOf = (k: AimKind) => byKind.get(k)?.name ?? AIM_NOTES[k].competency;
  const { choices, answer } = deal(primary.name, distractors.map(nameOf), `${path} competency`);
  // The evidence quoted is the author's own telling (Situation to Result), not a follow-up answer, where there is some.
  const told = primary.evidence.find((e) => analysis.story.sentences.some((x) => !x.probe && x.section.kind !== 'followups' && x.start <= e.span.start && e.span.start < x.end));
  const first = told ?? primary.evidence[0];
  const closest = distractors[0];
  const other = byKind.get(closest);
  const inPart = other !== undefined && other.shown !== 'none';
  const solution = [
    `Step 1: Find what the story spends its sentences on. Line ${first.range.start.line + 1}, ${quote(clip(first.text, 16))}, shows ${aside(first.shows)}${primary.evidence.length > 1 ? `, and ${plural(primary.evidence.length - 1, 'more sentence')} show${primary.evidence.length - 1 === 1 ? 's' : ''} it too` : ''}. That is ${primary.name}, ${primary.shown === 'strong' ? 'shown strongly' : 'shown in part'}.`,
    claimedKinds.has(closest)
      ? `Step 2: Set it against ${nameOf(closest)}, which the front matter claims: the text ${inPart ? 'shows it only in part' : 'gives no clear sign of it'}.`
      : `Step 2: Set it against ${nameOf(closest)}: the story ${inPart ? `shows it only in part, less than ${primary.name}` : 'gives no clear sign of it'}.`,
    claimStep(primary, review),
  ];
  return {
    kind: 'primary-competency', story: path, title: titleOf(analysis.story, path),
    question: `Which competency does “${titleOf(analysis.story, path)}” primarily demonstrate?`,
    choices, answer, answerCompetency: primary.name, range: first.range,
    solution, hint: `Look for the sentence that shows ${aside(first.shows)}.`,
    difficulty: primary.shown === 'strong' && distractors.every((k) => shownOf(k) === 'none') ? 'easy' : 'medium',
  };
}

function claimStep(primary: CompetencyReading, review: Review): string {
  if (primary.claimed) return `Step 3: The front matter claims ${primary.name} too: the label and the text agree.`;
  const claimed = review.competencies.filter((c) => c.claimed).map((c) => c.name);
  return claimed.length
    ? `Step 3: The front matter claims ${claimed.join(' and ')}, but the text shows ${primary.name} more: an interviewer scores what is told, not the label.`
    : `Step 3: The front matter claims no competency, so the one the text shows most is the one an interviewer would score.`;
}

// ---- the primary weakness ------------------------------------------------------------------------------------

/**
 * Weaknesses a candidate may think an answer has, by rule, for distractors when the story's other findings are too
 * few: a distractor from here is one the story does not have (no finding of its rule), so it is never also right.
 */
export const COMMON_WEAKNESSES: readonly string[] = [
  'answer-under-time', 'generic-reflection', 'result-no-second-order', 'result-no-metric', 'we-language', 'missing-scope-boundary',
  'hedging', 'unverified-result', 'result-no-business-impact', 'answer-over-time', 'vague-motivation', 'reflection-not-systemic',
];

/** Weaknesses of one kind: a distractor of the answer's own kind is the most plausible one. */
const WEAKNESS_FAMILIES: readonly (readonly string[])[] = [
  ['we-language', 'missing-scope-boundary', 'vague-motivation', 'hedging'],
  ['result-no-metric', 'unverified-result', 'result-no-business-impact', 'result-no-second-order'],
  ['generic-reflection', 'reflection-not-systemic'],
  ['answer-under-time', 'answer-over-time'],
];

/**
 * Weaknesses the story does not have (no finding of their rule), those of the answer's own kind first, each kind's
 * list turned by the story so that not every quiz offers the same ones.
 */
function absentWeaknesses(rule: string, found: ReadonlySet<string>, seed: string): string[] {
  const turn = hash(seed);
  const own = WEAKNESS_FAMILIES.findIndex((f) => f.includes(rule));
  const families = own < 0 ? WEAKNESS_FAMILIES : [WEAKNESS_FAMILIES[own], ...WEAKNESS_FAMILIES.filter((_, i) => i !== own)];
  const lists = families.map((f) => { const k = turn % f.length; return [...f.slice(k), ...f.slice(0, k)].filter((r) => r !== rule && !found.has(r)); });
  // One of each kind in turn, so the choices are not all of one kind.
  const out: string[] = [];
  for (let i = 0; lists.some((l) => l.length > i); i++) for (const l of lists) if (l[i]) out.push(l[i]);
  return out.filter((r) => COMMON_WEAKNESSES.includes(r));
}

/** The question to ask oneself to find a weakness of this rule (the hint). */
const WEAKNESS_HINT: Readonly<Record<string, string>> = {
  'assigned-work': 'Ask who started the work.',
  'routing-not-ownership': 'Ask who fixed the problem in the end.',
  'passive-handoff': 'Ask where the author’s part stopped.',
  'we-language': 'Ask who took each step.',
  'missing-scope-boundary': 'Ask whose job this was.',
  'vague-motivation': 'Ask why the author stepped in.',
  'result-no-metric': 'Ask what number moved.',
  'activity-not-impact': 'Ask what changed, not how it went.',
  'vague-estimate': 'Ask how much.',
  'unverified-result': 'Ask how the author knows it worked.',
  'result-no-business-impact': 'Ask what it meant for the business.',
  'result-no-second-order': 'Ask what lasted after the fix.',
  'generic-reflection': 'Ask whether the lesson fits any story.',
  'reflection-not-systemic': 'Ask what caused the cause.',
};

function weaknessQuestion({ path, analysis, review }: PracticeStory): QuizQuestion | undefined {
  const w = review.primaryWeakness;
  // Only a weakness of what the story says: a placeholder, a missing section or a name on a list is no lesson.
  if (!w || !WEAKNESS_HINT[w.rule] || !GIST[w.rule]) return undefined;
  // Only where one weakness decides the reading: the story reads below Hire, and fixing this one raises it, or it is a
  // sign that the work was not the author's. A story that already reads as Hire has gaps, not a primary weakness.
  const below = VERDICTS.indexOf(review.verdict) < VERDICTS.indexOf('hire');
  const decides = w.raisesTo !== review.verdict || review.disqualifiers.some((d) => d.rule === w.rule);
  if (!below || !decides) return undefined;
  const found = new Set(analysis.diagnostics.map((d) => d.rule));
  // Other findings first (real, but not the first to fix), a warning or an error, one per rule; then weaknesses the
  // story does not have.
  const allOthers = uniq(analysis.diagnostics.filter((d) => d.rule !== w.rule && (d.severity === 'error' || d.severity === 'warning') && GIST[d.rule]).map((d) => d.rule));
  // A weakness the story's aim does not ask about is no choice at all: a conflict story is not read for a scope boundary.
  const excluded = new Set(found);
  if (!analysis.aim.needsScopeBoundary) excluded.add('missing-scope-boundary');
  // "Not a problem here" is safe to say only of a kind of weakness the story has no finding of at all: a Result with
  // "saved a lot of time" has no finding for business impact, yet its Result is no model of it.
  const absent = absentWeaknesses(w.rule, excluded, `${path} weakness`).filter((r) => !WEAKNESS_FAMILIES.some((f) => f.includes(r) && f.some((x) => found.has(x))));
  // At most two of the story's own, unless too few weaknesses can be said to be absent.
  const others = allOthers.slice(0, Math.max(2, CHOICES - 1 - absent.length));
  const distractors = [...others, ...absent].slice(0, CHOICES - 1);
  if (distractors.length < CHOICES - 1) return undefined;
  const { choices, answer } = deal(sentenceOf(GIST[w.rule]), distractors.map((r) => sentenceOf(GIST[r])), `${path} weakness`);
  const flagged = analysis.story.text.slice(w.span.start, w.span.end).replace(/\s+/g, ' ').trim();
  const raises = w.raisesTo !== review.verdict
    ? `Step 2: Fix it and the reading goes from ${VERDICT_LABEL[review.verdict]} to ${VERDICT_LABEL[w.raisesTo]}: no other fix moves it as far.`
    : `Step 2: Fixing it alone does not lift the reading from ${VERDICT_LABEL[review.verdict]}, but it comes first: ${ORDER_WHY(w.rule)}.`;
  const also = others.filter((r) => distractors.includes(r)).map((r) => quote(lowerFirst(sentenceOf(GIST[r]))));
  const notHere = distractors.filter((r) => !others.includes(r)).map((r) => quote(lowerFirst(sentenceOf(GIST[r]))));
  const rest = [
    also.length ? `The story also has ${series(also, 'and')}, which ${also.length === 1 ? 'matters' : 'matter'} less` : '',
    notHere.length ? `${also.length ? '' : `The other choice${notHere.length === 1 ? '' : 's'}, `}${series(notHere, 'and')}${also.length ? '' : ','} ${notHere.length === 1 ? 'is' : 'are'} not a problem here` : '',
  ].filter(Boolean);
  return {
    kind: 'primary-weakness', story: path, title: titleOf(analysis.story, path),
    question: `What is the primary weakness of “${titleOf(analysis.story, path)}”?`,
    choices, answer, answerRule: w.rule, range: w.range,
    solution: [
      `Step 1: Line ${w.range.start.line + 1}${flagged && !/^(Situation|Task|Action|Result|Reflection)$/.test(flagged) && !w.message.includes(flagged) ? `, ${quote(flagged)}` : ''}: ${w.message}`,
      raises,
      `Step 3: ${capitalize(rest.join('; '))}.`,
    ],
    hint: WEAKNESS_HINT[w.rule] ?? `Ask what an interviewer would write down first.`,
    difficulty: others.length >= 2 ? 'hard' : others.length === 1 ? 'medium' : 'easy',
  };
}

/** Why a weakness comes first when no fix alone moves the verdict: the documented order (docs/review.md). */
function ORDER_WHY(rule: string): string {
  if (['assigned-work', 'routing-not-ownership', 'passive-handoff'].includes(rule)) return 'a sign that the work was not yours caps every reading';
  if (rule === 'we-language') return 'an Action told as “we” hides your part';
  if (rule === 'missing-scope-boundary' || rule === 'vague-motivation') return 'it is why you, of all people, took the work on';
  if (rule.startsWith('result') || ['activity-not-impact', 'vague-estimate', 'unverified-result'].includes(rule)) return 'the Result is what the work was for';
  if (rule.includes('reflection')) return 'the lesson is what you take to the next job';
  return 'the others are smaller';
}

// ---- the disqualifier ----------------------------------------------------------------------------------------

/** Rules that hear the work handed to the author or passed on: a sentence with one is never a wrong choice. */
const HANDING_RULES = new Set(['assigned-work', 'routing-not-ownership', 'passive-handoff']);
/** Flaws a sentence can have that weaken it without disqualifying the story: the tempting wrong choices. */
const SMALLER_FLAWS = new Set(['hedging', 'passive-voice', 'vague-motivation', 'unverified-result', 'activity-not-impact', 'vague-estimate']);

function disqualifierQuestion({ path, analysis, review }: PracticeStory): QuizQuestion | undefined {
  const dq = review.disqualifiers[0];
  if (!dq) return undefined;
  const { story } = analysis;
  const sentences = story.sentences.filter((s) => !s.probe && ['situation', 'task', 'action', 'result'].includes(s.section.kind));
  const right = sentences.find((s) => s.start <= dq.span.start && dq.span.start < s.end);
  if (!right) return undefined;
  const within = (d: { span: Span }, s: StorySentence) => d.span.start < s.end && d.span.end > s.start;
  const spoiled = (s: StorySentence) => review.disqualifiers.some((d) => within(d, s))
    || analysis.diagnostics.some((d) => (d.rule === 'we-language' || d.severity === 'error' || HANDING_RULES.has(d.rule)) && within(d, s))
    // "we" anywhere (a Result's "what we pulled off") is a second answer to the learner, flagged or not
    || s.tokens.some((t) => (t.lower === 'we' || t.lower === 'us') && !t.quoted);
  // Distractors, never one with a disqualifier, a "we" or a hand-over of its own, so none is also right: first
  // sentences with a smaller flaw (a hedge, a hidden actor, an unchecked claim), the ones a candidate might pick; then
  // sentences that show something (the reading's evidence); then the author's other steps in Action and Result.
  const evidenceAt = new Map<number, string>();
  for (const c of review.competencies) for (const e of c.evidence) if (!evidenceAt.has(e.span.start)) evidenceAt.set(e.span.start, e.shows);
  const flawsIn = (s: StorySentence) => analysis.diagnostics.filter((d) => SMALLER_FLAWS.has(d.rule) && within(d, s)).map((d) => d.rule);
  const flawed = (s: StorySentence) => flawsIn(s).length > 0;
  const candidates = sentences.filter((s) => s !== right && !spoiled(s) && wordCount(s) >= 5);
  const ordered = [...candidates.filter(flawed), ...candidates.filter((s) => !flawed(s) && evidenceAt.has(s.start)), ...candidates.filter((s) => !flawed(s) && !evidenceAt.has(s.start) && s.section.kind !== 'situation'), ...candidates.filter((s) => !flawed(s) && !evidenceAt.has(s.start) && s.section.kind === 'situation')];
  const picked = ordered.slice(0, CHOICES - 1).sort((a, b) => a.start - b.start);
  if (picked.length < CHOICES - 1) return undefined;
  const textOf = (s: StorySentence) => quoteText(story, s);
  const { choices, answer } = deal(textOf(right), picked.map(textOf), `${path} disqualifier`);
  const shown = picked.map((s) => evidenceAt.get(s.start)).filter((x): x is string => !!x);
  const flaws = uniq(picked.flatMap(flawsIn)).slice(0, 2).map((r) => GIST[r]);
  return {
    kind: 'disqualifier', story: path, title: titleOf(story, path),
    question: `Which sentence of “${titleOf(story, path)}” is the disqualifier?`,
    choices, answer, answerRule: dq.rule, range: dq.range,
    solution: [
      `Step 1: ${WEAKNESS_HINT[dq.rule] ?? 'Ask whose work it was.'} Line ${dq.range.start.line + 1}: ${quote(textOf(right))}.`,
      `Step 2: ${dq.message}`,
      `Step 3: None of the other sentences hands the work away.${flaws.length ? ` In ${flaws.length === 1 ? 'one' : 'some'}, ${series(flaws, 'or')}: a smaller flaw, not a disqualifier.` : ''}${shown.length ? ` ${flaws.length ? 'Others' : 'They'} show ${series(uniq(shown.map((x) => aside(x))).slice(0, 2), 'and')}.` : ''}`,
    ],
    hint: dq.rule === 'we-language' ? '“We” on the step that decides the story dilutes ownership.' : GIST[dq.rule] ? `One sentence says ${GIST[dq.rule]}.` : 'One sentence says the work was not yours.',
    difficulty: dq.rule === 'we-language' ? 'hard' : 'medium',
  };
}

// ---- follow-ups aimed at the story ---------------------------------------------------------------------------

export type FollowupKind = 'we' | 'assigned' | 'method' | 'alternative' | 'scope' | 'check';

export interface Followup {
  kind: FollowupKind;
  /** What the interviewer asks, quoting the story's words (or naming the section) it is about. */
  question: string;
  /** The story's words it is about, as written, or the section it names. */
  about: string;
  span: Span;
  range: Range;
  /** What a strong answer does. */
  strong: string;
  /** What a weak answer does. */
  weak: string;
}

/**
 * What each kind of follow-up listens for, as data, with sentences that must raise it and sentences that must not
 * (`test/practice.test.ts` runs them). `words` are read on the sentence in lower case.
 */
export const FOLLOWUP_WORDS = {
  /** A figure said with how it was measured: such a number needs no "how did you measure it?". */
  method: {
    words: /\b(?:measured|according to|dashboards?|quer(?:y|ied)|logs?|survey(?:ed)?|a\/b|ab test|experiment|baseline|compared|benchmark(?:ed)?|sampled|tracked|report(?:ed)? (?:showed|shows)|per (?:the|our) (?:metrics|data)|(?:the|our) (?:metrics|data) (?:showed|show))\b/,
    asks: ['We cut p99 latency by 40%.', 'Support tickets fell from 120 to 30 a week.'],
    spares: ['The dashboard showed p99 latency down by 40% over two weeks.', 'Against the March baseline, tickets fell from 120 to 30 a week.'],
  },
  /** A choice said with what else was weighed. */
  alternative: {
    choose: 'choose decide pick opt select settle switch recommend propose',
    words: /\b(?:instead of|rather than|over (?:a|an|the)|alternatives?|options?|considered|weighed|trade-?offs?|versus|vs\.?|compared|either)\b/,
    asks: ['I chose to shard the table by tenant.', 'I decided to pause the launch for a week.'],
    spares: ['I chose to shard by tenant over a read replica, since writes were the bottleneck.', 'I weighed a rollback against a hotfix and decided to pause the launch.'],
  },
  /** A Result that says how the author knows it held. */
  check: {
    words: /\b(?:measured|monitored|watched|checked|verified|confirmed|tracked|dashboards?|alerts?|for (?:the next|\d+|two|three|four|six) (?:days?|weeks?|months?)|since then|over the (?:next|following))\b/,
    asks: ['The drops stopped and the team was happy.', 'The new flow shipped on time.'],
    spares: ['I watched the error dashboard for two weeks and the drops stayed at zero.', 'Since then the drops have stayed at zero.'],
  },
} as const;

const CHOOSE = new Set(FOLLOWUP_WORDS.alternative.choose.split(' '));

/** At most this many follow-ups of one kind, so that one habit ("we" eight times) does not fill the drill. */
export const MAX_PER_KIND = 3;

/**
 * The follow-ups an interviewer would aim at this story's weak spots and claims: each "we" step in Action, work handed
 * over, each figure in Result said without how it was measured, each choice in Action said without what else was
 * weighed, the scope boundary (said or missing, where the aim needs one), and a Result without a check. In story
 * order within each kind; each quotes the words it is about.
 */
export function followupsFor(analysis: Analysis): Followup[] {
  const { story, aim, diagnostics } = analysis;
  const out: Followup[] = [];
  const range = (span: Span) => story.lines.range(span);
  const add = (f: Omit<Followup, 'range'>) => {
    if (out.filter((x) => x.kind === f.kind).length < MAX_PER_KIND && !out.some((x) => x.kind === f.kind && x.span.start === f.span.start)) out.push({ ...f, range: range(f.span) });
  };
  const sentenceAt = (offset: number) => story.sentences.find((s) => !s.probe && s.start <= offset && offset < s.end);

  for (const d of diagnostics) {
    if (d.rule === 'we-language' && story.sentences.some((s) => s.section.kind === 'action' && s.start <= d.span.start && d.span.start < s.end)) {
      const s = sentenceAt(d.span.start);
      if (!s) continue;
      const about = clip(story.text.slice(d.span.start, s.end));
      add({ kind: 'we', about, span: { start: d.span.start, end: s.end }, question: `You said ${quote(about)}. What did you do yourself?`,
        strong: 'Names your own step with “I”: what you decided, built or said, and what the others did.',
        weak: 'Says “we” again, or “it was a team effort”.' });
    }
    if (d.rule === 'assigned-work') {
      // The request as the author told it, to the end of its sentence ("my director wanted me to make sure it…").
      const s = sentenceAt(d.span.start);
      const span = { start: d.span.start, end: Math.max(d.span.end, s?.end ?? 0) };
      const about = clip(story.text.slice(span.start, span.end));
      add({ kind: 'assigned', about, span, question: `You said ${quote(about)}. What did you do that nobody asked for?`,
        strong: 'Names a step beyond the request: what you noticed, what you chose to widen, and why it mattered.',
        weak: 'Repeats what was asked and says it was done.' });
    }
  }

  const result = story.sections.find((s) => s.kind === 'result');
  const action = story.sections.find((s) => s.kind === 'action');
  for (const s of result?.sentences ?? []) {
    if (s.probe) continue;
    const lower = story.spokenLower.slice(s.start, s.end);
    const figure = s.tokens.find((t) => t.kind === 'number' && /\d/.test(t.text));
    if (!figure || FOLLOWUP_WORDS.method.words.test(lower)) continue;
    const about = clip(story.text.slice(s.start, s.end));
    add({ kind: 'method', about, span: { start: s.start, end: s.end }, question: `You said ${quote(about)}. How did you measure that?`,
      strong: 'Says where the number comes from (a dashboard, a query, a survey), the baseline it is against, and the time it covers.',
      weak: 'Says it was obvious, or gives another number with no source.' });
  }
  for (const s of action?.sentences ?? []) {
    if (s.probe) continue;
    const lower = story.spokenLower.slice(s.start, s.end);
    const chose = s.clauses.find((c) => c.actor === 'i' && !c.negated && c.lemma && CHOOSE.has(c.lemma));
    if (!chose || FOLLOWUP_WORDS.alternative.words.test(lower)) continue;
    const from = chose.subject[0]?.start ?? chose.tokens[0]?.start ?? s.start;
    const about = clip(story.text.slice(from, s.end));
    add({ kind: 'alternative', about, span: { start: from, end: s.end }, question: `You said ${quote(about)}. What else did you consider, and why this?`,
      strong: 'Names the options you weighed, what each would cost, and why you chose this one.',
      weak: 'Says it was the obvious choice.' });
  }

  if (aim.needsScopeBoundary) {
    const task = story.sections.find((s) => s.kind === 'task');
    const boundary = story.sentences.find((s) => !s.probe && (s.section.kind === 'task' || s.section.kind === 'situation') && saysScopeBoundary(story, s));
    if (boundary) {
      const about = clip(story.text.slice(boundary.start, boundary.end));
      add({ kind: 'scope', about, span: { start: boundary.start, end: boundary.end }, question: `You said ${quote(about)}. Whose job was it, and why did you take it on?`,
        strong: 'Names who owned it (or that nobody did), why waiting was worse, and whom you told before you started.',
        weak: 'Says you had time, or that someone had to.' });
    } else if (task) {
      add({ kind: 'scope', about: 'Task', span: task.heading.span, question: 'Your Task does not say whose work this was. Was it yours to do, and who else could have done it?',
        strong: 'Says plainly that it was outside your remit (not your team, no ticket, nobody asked) and why you stepped in.',
        weak: 'Says it was part of your job, which leaves no ownership to show.' });
    }
  }

  if (result && result.words > 0) {
    const unverified = diagnostics.find((d) => d.rule === 'unverified-result' && d.span.start >= result.span.start && d.span.start < result.span.end);
    const checked = result.sentences.some((s) => !s.probe && FOLLOWUP_WORDS.check.words.test(story.spokenLower.slice(s.start, s.end)));
    const first = result.sentences.find((s) => !s.probe);
    const at = unverified ? sentenceAt(unverified.span.start) : !checked ? first : undefined;
    if (at) {
      const about = clip(story.text.slice(at.start, at.end));
      add({ kind: 'check', about, span: { start: at.start, end: at.end }, question: `You said ${quote(about)}. How do you know it worked, and for how long did it hold?`,
        strong: 'Says how you checked (a dashboard, an alert, a customer), over what time, and what you would have done had it not held.',
        weak: 'Says nobody complained.' });
    }
  }
  const order: FollowupKind[] = ['we', 'assigned', 'scope', 'method', 'alternative', 'check'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.span.start - b.span.start);
}

// ---- helpers ---------------------------------------------------------------------------------------------------

/**
 * The right choice among the distractors at a place that depends on the story and the kind (a small string hash), so
 * the answer is not always first and the same story always gives the same quiz.
 */
function deal(right: string, distractors: string[], seed: string): { choices: string[]; answer: number } {
  const answer = hash(seed) % (distractors.length + 1);
  const choices = [...distractors];
  choices.splice(answer, 0, right);
  return { choices, answer };
}

/** FNV-1a of a string: a stable small number from the story and the kind. */
function hash(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function titleOf(story: Story, path: string): string {
  const t = story.title?.text.trim();
  return t || (path.split('/').pop() ?? path).replace(/\.star\.md$/i, '');
}

/** A sentence as written, white space made one space, cut after 30 words. */
function quoteText(story: Story, s: StorySentence): string {
  return clip(story.text.slice(s.start, s.end), 30);
}

/** Text as written, one line, without its end stop, cut after `max` words with "…". */
function clip(text: string, max = 14): string {
  const words = text.replace(/\s+/g, ' ').trim().replace(/[.!?;:,]+$/, '').split(' ');
  return words.length > max ? `${words.slice(0, max).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ');
}

/** Text in quotes; quotes inside it become single ones (“a step is told as ‘we’”). */
const quote = (s: string) => `“${s.replace(/[.!?]+$/, '').replace(/“([^”]*)”/g, '‘$1’')}”`;
const stripStop = (s: string) => s.trim().replace(/[.!?]+$/, '');
/** A signal's doc in running text: its gloss after the colon goes in brackets ("the scope boundary (not your team, …)"). */
const aside = (s: string) => stripStop(s).replace(/^([^:]+): (.+)$/, '$1 ($2)');
/** "a", "a and b", "a, b and c". */
const series = (items: readonly string[], last: 'and' | 'or') => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`);
/** "The Result has…" → "the Result has…"; "I", "API" and names after the first word are left as they are. */
const lowerFirst = (s: string) => (/^(?:[A-Z][a-z]|A\s)/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A gist as a choice: a capital first and curly quotes ("a step is told as "we"" → "A step is told as “we”"). */
const sentenceOf = (gist: string) => capitalize(gist.replace(/"([^"]*)"/g, '“$1”'));
const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const wordCount = (s: StorySentence) => s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;

// ---- what the drill asks -------------------------------------------------------------------------------------

export interface DrillCard {
  story: string;
  question: string;
  /** The prepared answer under Follow-ups, as written (one line), or null when the story has none for it yet. */
  answer: string | null;
  /** What a strong answer does (a follow-up aimed at the story), when the story has no prepared answer. */
  strong?: string;
  /** The probe's heading, or the words the follow-up is about. */
  range: Range;
  source: 'prepared' | 'aimed';
}

/**
 * How a prepared question under Follow-ups asks what an aimed follow-up of each kind would: the drill then asks the
 * author's, not both. Read on the question in lower case; `test/practice.test.ts` checks the examples.
 */
export const PREPARED_ASKS: Readonly<Record<FollowupKind, RegExp>> = {
  we: /\b(?:what did you (?:do|own)(?: yourself| personally)?|your (?:own )?(?:part|role|contribution)|you personally|what was yours)\b/,
  assigned: /\b(?:nobody asked|no one asked|beyond (?:what|the) (?:was )?ask|why you\b)/,
  method: /\b(?:how did you (?:measure|know the|get (?:the|that) (?:number|figure))|where did (?:the |that |those )?(?:[\w%$.,-]+ )?(?:number|figure|numbers|figures)|measured)\b/,
  alternative: /\b(?:what else|alternatives?|other options?|instead|trade-?offs?|why (?:this|that) (?:approach|option|way))\b/,
  scope: /\b(?:whose (?:job|work|problem|call)|why (?:did you|was it you|you) (?:take|took|pick|picked|step|stepped|get involved|own|do it)|was it your (?:job|team|place)|outside your)/,
  check: /\b(?:how do you know (?:it|that|the)|how did you (?:check|verify|confirm|know it)|did it (?:hold|last|stick)|still (?:holding|working))\b/,
};

/** Examples each entry of `PREPARED_ASKS` must match, and prepared questions it must leave to the aimed ones. */
export const PREPARED_ASKS_EXAMPLES: Readonly<Record<FollowupKind, { asks: string[]; spares: string[] }>> = {
  we: { asks: ['What did you do yourself?', 'What was your part in the rewrite?'], spares: ['How did the team react?'] },
  assigned: { asks: ['Nobody asked you to do this, so why you?'], spares: ['What did your manager say afterwards?'] },
  method: { asks: ['How did you measure the effect on orders?', 'Where did the 40% figure come from?'], spares: ['What would you do differently?'] },
  alternative: { asks: ['What else did you consider?', 'Why this approach over a rewrite?'], spares: ['How long did it take?'] },
  scope: { asks: ['Whose job was this, really?', 'Why did you take it on?'], spares: ['What did the platform team think?', 'Why did you choose Kafka?'] },
  check: { asks: ['How do you know it worked?', 'Did it hold after the next release?'], spares: ['What did you learn?'] },
};

/**
 * The cards a drill asks of one story: each probe under Follow-ups with its prepared answer, then each follow-up aimed
 * at the story that the author has not prepared yet (a probe with the same question, in other spacing or case, counts
 * as prepared, and so does one that asks the same in the author's words: `PREPARED_ASKS`).
 */
export function drillCards(path: string, analysis: Analysis): DrillCard[] {
  const { story } = analysis;
  const key = (q: string) => q.toLowerCase().replace(/\s+/g, ' ').trim();
  const cards: DrillCard[] = [];
  for (const section of story.sections) {
    if (section.kind !== 'followups') continue;
    for (const p of section.probes) {
      const answer = p.sentences.map((s) => story.text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ').trim();
      cards.push({ story: path, question: p.question.trim(), answer: answer || null, range: story.lines.range(p.heading.span), source: 'prepared' });
    }
  }
  const asked = new Set(cards.map((c) => key(c.question)));
  const prepared = cards.map((c) => key(c.question));
  for (const f of followupsFor(analysis)) {
    if (asked.has(key(f.question))) continue;
    // A question the author already prepared asks it in their own words ("How did you measure the effect on orders?").
    if (prepared.some((q) => PREPARED_ASKS[f.kind].test(q))) continue;
    asked.add(key(f.question));
    cards.push({ story: path, question: f.question, answer: null, strong: f.strong, range: f.range, source: 'aimed' });
  }
  return cards;
}
