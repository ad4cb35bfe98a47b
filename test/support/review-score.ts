// Scores the bar raiser's reading against fixtures that carry an experienced interviewer's: a comment
// `<!-- expect-review: verdict=V weakness=rule@LINE|none primary="P" shows="A, B" level=L -->` after the front matter.
// Also scores the trivial readings the issue names, over the same findings, so the figures say what the reading adds.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze, competencyKind } from '../../server/src/core';
import { reviewStory, VERDICTS, type Verdict } from '../../server/src/core/review';
import { listFixtures } from './fixtures';

export interface ExpectedReview {
  verdict: Verdict;
  weakness: { rule: string; line: number } | null;
  primary?: string;
  shows: string[];
  level?: string;
}

export function readExpectedReview(text: string): ExpectedReview | undefined {
  const m = /<!--\s*expect-review:([^>]*)-->/.exec(text);
  if (!m) return undefined;
  const field = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|(\\S+))`).exec(m[1]);
  const value = (name: string) => { const f = field(name); return f ? (f[1] ?? f[2]) : undefined; };
  const w = value('weakness');
  const wm = w && w !== 'none' ? /^([a-z-]+)@(\d+)$/.exec(w) : null;
  return {
    verdict: value('verdict') as Verdict,
    weakness: wm ? { rule: wm[1], line: Number(wm[2]) } : null,
    primary: value('primary'),
    shows: competencyNames(value('shows') ?? ''),
    level: value('level'),
  };
}

/** A competency as the coach's kind, or its name in lower case where the coach knows none. */
export const kindOf = (name: string) => competencyKind(name) ?? name.toLowerCase();
/** The names in a `shows` list: commas part them, but not inside parentheses; quotes around a name are dropped. */
export const competencyNames = (list: string) => list.split(/,\s*(?![^()]*\))/).map((s) => s.trim().replace(/^"|"$/g, '')).filter(Boolean);

export interface ReviewScore {
  stories: number;
  verdict: { exact: number; nearby: number; baseline: number };
  weakness: { right: number; ruleOnly: number; baseline: number; strongWithWeakness: number };
  primary: { right: number; total: number };
  shows: { tp: number; fp: number; fn: number; f1: number };
  /** The same counts for each competency kind: where the F1 is lost. */
  showsByKind: Map<string, { tp: number; fp: number; fn: number }>;
  level: { right: number; total: number };
  lines: string[];
}

/** "any error: no-hire; three warnings: lean-no-hire; else hire", the issue's trivial reading. */
function trivialVerdict(d: ReturnType<typeof analyze>['diagnostics']): Verdict {
  if (d.some((x) => x.severity === 'error')) return 'no-hire';
  return d.filter((x) => x.severity === 'warning').length >= 3 ? 'lean-no-hire' : 'hire';
}

export function scoreReviews(dir: string): ReviewScore {
  const s: ReviewScore = { stories: 0, verdict: { exact: 0, nearby: 0, baseline: 0 }, weakness: { right: 0, ruleOnly: 0, baseline: 0, strongWithWeakness: 0 }, primary: { right: 0, total: 0 }, shows: { tp: 0, fp: 0, fn: 0, f1: 0 }, showsByKind: new Map(), level: { right: 0, total: 0 }, lines: [] };
  for (const file of listFixtures(dir)) {
    const text = readFileSync(file, 'utf8');
    const expected = readExpectedReview(text);
    if (!expected) continue;
    s.stories++;
    const analysis = analyze(text);
    const review = reviewStory(analysis);
    const name = relative(dir, file);
    const problems: string[] = [];
    const gap = Math.abs(VERDICTS.indexOf(review.verdict) - VERDICTS.indexOf(expected.verdict));
    if (gap === 0) s.verdict.exact++;
    else problems.push(`verdict ${review.verdict}, expected ${expected.verdict}`);
    if (gap <= 1) s.verdict.nearby++;
    if (trivialVerdict(analysis.diagnostics) === expected.verdict) s.verdict.baseline++;

    const got = review.primaryWeakness ? { rule: review.primaryWeakness.rule, line: review.primaryWeakness.range.start.line + 1 } : null;
    // A missing section is the story's, wherever its finding sits (the briefs said line 1; the finding is at the title).
    // A finding on a section's heading is about the whole section: the interviewer may name any line of it.
    const sectionLines = (line: number) => {
      const section = analysis.story.sections.find((x) => analysis.story.lines.positionAt(x.heading.span.start).line + 1 === line);
      return section ? { from: line, to: analysis.story.lines.positionAt(section.span.end).line + 1 } : undefined;
    };
    const near = (a: NonNullable<typeof got>, b: NonNullable<typeof got>) => {
      const whole = sectionLines(a.line);
      return a.line === b.line || a.rule === 'missing-section' || (!!whole && b.line >= whole.from && b.line <= whole.to);
    };
    const same = (a: typeof got, b: typeof got) => (a === null || b === null ? a === b : a.rule === b.rule && near(a, b));
    if (same(got, expected.weakness)) s.weakness.right++;
    else problems.push(`weakness ${got ? `${got.rule}@${got.line}` : 'none'}, expected ${expected.weakness ? `${expected.weakness.rule}@${expected.weakness.line}` : 'none'}`);
    if ((got?.rule ?? null) === (expected.weakness?.rule ?? null)) s.weakness.ruleOnly++;
    if (expected.verdict === 'strong-hire' && got) s.weakness.strongWithWeakness++;
    const firstDq = analysis.diagnostics.find((d) => ['assigned-work', 'routing-not-ownership', 'passive-handoff', 'we-language'].includes(d.rule));
    if (same(firstDq ? { rule: firstDq.rule, line: firstDq.range.start.line + 1 } : null, expected.weakness)) s.weakness.baseline++;

    if (expected.primary) {
      s.primary.total++;
      if (review.primaryCompetency && kindOf(review.primaryCompetency) === kindOf(expected.primary)) s.primary.right++;
      else problems.push(`primary ${review.primaryCompetency}, expected ${expected.primary}`);
    }
    const shown = new Set(review.competencies.filter((c) => c.shown !== 'none').map((c) => c.kind as string));
    const want = new Set(expected.shows.map(kindOf));
    const byKind = (k: string) => s.showsByKind.get(k) ?? s.showsByKind.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!;
    for (const k of shown) if (want.has(k)) { s.shows.tp++; byKind(k).tp++; } else { s.shows.fp++; byKind(k).fp++; }
    for (const k of want) if (!shown.has(k)) { s.shows.fn++; byKind(k).fn++; }
    const extra = [...shown].filter((k) => !want.has(k));
    const lacking = [...want].filter((k) => !shown.has(k));
    if (extra.length || lacking.length) problems.push(`shows ${extra.length ? `+${extra.join('+')}` : ''}${lacking.length ? ` -${lacking.join('-')}` : ''}`);
    if (expected.level) {
      s.level.total++;
      if (review.level.shown === expected.level) s.level.right++;
      else problems.push(`level ${review.level.shown}, expected ${expected.level}`);
    }
    s.lines.push(`${name}: ${problems.length ? problems.join('; ') : 'agrees'}`);
  }
  const { tp, fp, fn } = s.shows;
  s.shows.f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return s;
}
