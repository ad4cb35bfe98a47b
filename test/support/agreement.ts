// How far interviewers agree with each other, and with the reading, on the same stories: the readings of
// test-fixtures/review/agreement (each a reader's own, written blind from the seeds and the spec, without the
// writer's reading or the code) beside the writers' own `expect-review` and the coach's reading. The figures say how
// high the bars can be met at all: the reading cannot agree with one interviewer better than two agree.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core';
import { reviewStory, VERDICTS, type Verdict } from '../../server/src/core/review';
import { competencyNames, kindOf, readExpectedReview, type ExpectedReview } from './review-score';


/** One reader's file: `file verdict weakness primary shows level why`, tab-separated, a header line first. */
export function readReadings(path: string): Map<string, ExpectedReview> {
  const out = new Map<string, ExpectedReview>();
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  if (header.split('\t').slice(0, 6).join(' ') !== 'file verdict weakness primary shows level') throw new Error(`${path}: unexpected header`);
  for (const line of lines) {
    const [file, verdict, weakness, primary, shows, level] = line.split('\t').map((s) => s.trim());
    const w = /^([a-z-]+)@(\d+)$/.exec(weakness);
    out.set(file, { verdict: verdict as Verdict, weakness: w ? { rule: w[1], line: Number(w[2]) } : null, primary: primary.replace(/^"|"$/g, ''), shows: competencyNames(shows), level });
  }
  return out;
}

export interface Agreement {
  stories: number;
  verdict: number;
  /** Verdicts at most one step apart. */
  within: number;
  /** The same rule at the same line, or both none. */
  weakness: number;
  weaknessRule: number;
  primary: number;
  /** F1 of one side's shown competencies against the other's, over all, the claimed and the unclaimed ones. */
  shows: { all: number; claimed: number; unclaimed: number };
  level: number;
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Agreement of `b` with `a` over the stories both read; `claimed` gives each story's claimed competency kinds. */
export function agreement(a: Map<string, ExpectedReview>, b: Map<string, ExpectedReview>, claimed: Map<string, Set<string>>): Agreement {
  const n = { stories: 0, verdict: 0, within: 0, weakness: 0, weaknessRule: 0, primary: 0, level: 0 };
  const counts = { all: [0, 0, 0], claimed: [0, 0, 0], unclaimed: [0, 0, 0] };
  for (const [file, x] of a) {
    const y = b.get(file);
    if (!y) continue;
    n.stories++;
    const gap = Math.abs(VERDICTS.indexOf(x.verdict) - VERDICTS.indexOf(y.verdict));
    if (gap === 0) n.verdict++;
    if (gap <= 1) n.within++;
    if ((x.weakness?.rule ?? null) === (y.weakness?.rule ?? null)) {
      n.weaknessRule++;
      if ((x.weakness?.line ?? null) === (y.weakness?.line ?? null)) n.weakness++;
    }
    if (x.primary && y.primary && kindOf(x.primary) === kindOf(y.primary)) n.primary++;
    if (x.level === y.level) n.level++;
    const xs = new Set(x.shows.map(kindOf));
    const ys = new Set(y.shows.map(kindOf));
    const mine = claimed.get(file) ?? new Set<string>();
    const count = (k: string, at: 0 | 1 | 2) => { counts.all[at]++; counts[mine.has(k) ? 'claimed' : 'unclaimed'][at]++; };
    for (const k of ys) count(k, xs.has(k) ? 0 : 1);
    for (const k of xs) if (!ys.has(k)) count(k, 2);
  }
  const share = (v: number) => (n.stories ? v / n.stories : 0);
  return {
    stories: n.stories, verdict: share(n.verdict), within: share(n.within), weakness: share(n.weakness), weaknessRule: share(n.weaknessRule), primary: share(n.primary), level: share(n.level),
    shows: { all: f1(...(counts.all as [number, number, number])), claimed: f1(...(counts.claimed as [number, number, number])), unclaimed: f1(...(counts.unclaimed as [number, number, number])) },
  };
}

export interface AgreementStudy {
  /** Who read: each reader's file, the writers' comments and the coach. */
  readings: Map<string, Map<string, ExpectedReview>>;
  pairs: Array<{ a: string; b: string; agreement: Agreement }>;
}

/** Every reader of `dir/agreement`, the writers and the coach, each pair compared on the stories the readers read. */
export function agreementStudy(dir: string): AgreementStudy {
  const readings = new Map<string, Map<string, ExpectedReview>>();
  const folder = join(dir, 'agreement');
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.tsv')).sort()) readings.set(f.replace(/\.tsv$/, ''), readReadings(join(folder, f)));
  const files = [...new Set([...readings.values()].flatMap((m) => [...m.keys()]))].sort();
  const writers = new Map<string, ExpectedReview>();
  const coach = new Map<string, ExpectedReview>();
  const claimed = new Map<string, Set<string>>();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = readExpectedReview(text);
    if (expected) writers.set(file, expected);
    const analysis = analyze(text);
    claimed.set(file, new Set(analysis.aim.claimed.map(kindOf)));
    const r = reviewStory(analysis);
    coach.set(file, {
      verdict: r.verdict,
      weakness: r.primaryWeakness ? { rule: r.primaryWeakness.rule, line: r.primaryWeakness.range.start.line + 1 } : null,
      primary: r.primaryCompetency ?? undefined,
      shows: r.competencies.filter((c) => c.shown !== 'none').map((c) => c.name),
      level: r.level.shown,
    });
  }
  const all = new Map([['writers', writers], ...readings, ['coach', coach]]);
  const keys = [...all.keys()];
  const pairs: AgreementStudy['pairs'] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const g = agreement(all.get(keys[i])!, all.get(keys[j])!, claimed);
      if (g.stories > 0) pairs.push({ a: keys[i], b: keys[j], agreement: g }); // two readers of different sets share no story
    }
  }
  return { readings: all, pairs };
}
