// What a story is for: the competencies it claims in front matter and the question it answers, read once per analysis
// and shared by the rules and the views, so that a conflict story is not coached as an Ownership story.
import type { Story } from './story';

/** Every aim the coach reads, in the order the template offers them. */
export const AIM_KINDS = [
  'ownership', 'bias-for-action', 'failure', 'disagree', 'conflict', 'people', 'customer', 'dive-deep', 'results',
  'simplify', 'influence', 'trust', 'standards', 'frugality', 'learning', 'think-big', 'judgment',
] as const;

export type AimKind = (typeof AIM_KINDS)[number];

export interface StoryAim {
  /** The competencies named in front matter, as written. */
  claimed: string[];
  /** What the claims and the question say the story is for, claims first. */
  kinds: AimKind[];
  /** The story must say the work was outside the author's remit or unassigned (see the catalog's missing-scope-boundary). */
  needsScopeBoundary: boolean;
}

/** Competency names (normalized: lower case, letters only) and the aim each stands for. */
const COMPETENCY_KINDS: Array<[AimKind, string[]]> = [
  ['ownership', ['ownership', 'accountability', 'initiative', 'taking ownership']],
  ['bias-for-action', ['bias for action', 'urgency']],
  ['failure', ['failure and resilience', 'failure', 'resilience', 'learning from failure']],
  ['disagree', ['have backbone disagree and commit', 'disagree and commit', 'have backbone', 'backbone']],
  ['conflict', ['conflict resolution', 'conflict', 'teamwork', 'collaboration']],
  ['people', ['hire and develop the best', 'mentorship', 'mentoring', 'coaching', 'developing people', 'people management', 'strive to be earth s best employer']],
  ['customer', ['customer obsession', 'customer focus', 'customer service']],
  ['dive-deep', ['dive deep', 'technical depth', 'problem solving']],
  ['results', ['deliver results', 'prioritization', 'execution']],
  ['simplify', ['invent and simplify', 'innovation']],
  ['influence', ['leadership and influence', 'leadership', 'influence', 'communication']],
  ['trust', ['earn trust']],
  ['standards', ['insist on the highest standards', 'high standards', 'quality']],
  ['frugality', ['frugality']],
  ['learning', ['learn and be curious', 'adaptability', 'curiosity']],
  ['think-big', ['think big', 'success and scale bring broad responsibility', 'vision']],
  ['judgment', ['are right a lot', 'judgment', 'judgement', 'decision making']],
];
const BY_NAME = new Map(COMPETENCY_KINDS.flatMap(([kind, names]) => names.map((n) => [n, kind] as const)));

/** What a question asks about, by its words; the first that matches counts. */
const QUESTION_KINDS: Array<[AimKind, RegExp]> = [
  ['ownership', /\b(initiative|ownership|owned|out of (?:your|the|my) way|above and beyond|extra mile|beyond (?:your|the) (?:role|job|scope|responsibilit)|outside (?:your|the) (?:role|team|scope|job)|without being asked|nobody (?:owned|asked)|no one (?:owned|asked)|not your (?:job|team|responsibility)|proactive|stepped up|took charge)/],
  ['disagree', /\b(disagree|disagreed|pushed back|push back|challenged|backbone|went against|did not agree|didn't agree|commit(?:ted)? to a decision)/],
  ['conflict', /\b(conflict|difficult (?:coworker|colleague|teammate|person|stakeholder)|coworker|co-worker|colleague|teammate|peer)\b/],
  ['people', /\b(mentor|mentored|coach(?:ed)?|develop(?:ed)? (?:someone|a|an|your|the)|grow(?:th)? of|underperform|performance (?:issue|problem)|hired?|hiring|onboard)/],
  ['customer', /\b(customer|client|user)s?\b/],
  ['failure', /\b(fail(?:ed|ure)?|mistake|missed (?:a |the )?deadline|wrong call|went wrong|setback)/],
  ['simplify', /\b(simplif|innovat|invent)/],
  ['dive-deep', /\b(root cause|dive deep|deep dive|debug|investigat|complex problem)/],
  ['results', /\b(deadline|deliver|goal|target|under pressure|prioriti)/],
  ['bias-for-action', /\b(quick(?:ly)? decision|without all the (?:data|information)|calculated risk|act(?:ed)? fast|urgent)/],
  ['influence', /\b(influence|persuade|convince|led a|lead a|leadership)/],
  ['trust', /\b(trust|bad news|admit)/],
  ['standards', /\b(high(?:er|est)? (?:standard|bar)|quality)/],
  ['frugality', /\b(frugal|limited (?:budget|resources)|with less)/],
  ['learning', /\b(learn(?:ed)? (?:something|a new)|curious|new (?:skill|technology))/],
];

/** A question about a failure the author took on, or about initiative, is an Ownership question (the catalog's rule). */
const OWNED_FAILURE = /\b(took ownership|take ownership|made it right|owned (?:up|it)|recovered|how you handled)\b/;

export const normalizeCompetency = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** The aim a competency name stands for, or undefined for one the coach does not know. */
export const competencyKind = (name: string): AimKind | undefined => {
  const whole = BY_NAME.get(normalizeCompetency(name));
  if (whole || !/[/;|]/.test(name)) return whole;
  // "Disagree and Commit / Have Backbone": two names of one competency, written as one
  const kinds = new Set(name.split(/[/;|]/).map((part) => BY_NAME.get(normalizeCompetency(part))));
  return kinds.size === 1 ? [...kinds][0] : undefined;
};

export function readAim(story: Story): StoryAim {
  const data = story.frontMatter?.data ?? {};
  const raw = data.competencies;
  const claimed = (typeof raw === 'string' ? raw.split(/[,;]\s*/) : Array.isArray(raw) ? raw : []).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  return aimOf(typeof data.question === 'string' ? data.question : '', claimed);
}

/** The aim from a question and the competencies claimed: what `readAim` reads from front matter, and what the template is shaped by. */
export function aimOf(questionText: string, claimed: readonly string[]): StoryAim {
  const kinds: AimKind[] = [];
  const add = (k: AimKind | undefined) => k && !kinds.includes(k) && kinds.push(k);
  const question = questionText.toLowerCase();
  const asked = QUESTION_KINDS.filter(([, p]) => p.test(question)).map(([k]) => k);
  const claimedKinds = claimed.map(competencyKind);
  claimedKinds.forEach(add);
  asked.forEach(add);
  const saysNothing = claimed.length === 0 && question.trim() === '';
  const needsScopeBoundary = saysNothing
    || claimedKinds.some((k) => k === 'ownership' || k === 'bias-for-action' || k === 'failure')
    // "Went out of your way for a customer" claimed as Customer Obsession is a customer story: a question's "out of your
    // way" makes it an ownership story only when the question asks about no other aim the story claims.
    || (asked.includes('ownership') && !asked.some((k) => k !== 'ownership' && claimedKinds.includes(k)))
    || (asked.includes('failure') && OWNED_FAILURE.test(question));
  return { claimed: [...claimed], kinds, needsScopeBoundary };
}
