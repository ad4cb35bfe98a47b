// The bar raiser's reading (core/review.ts), measured on stories nobody tuned it to and checked for what must always
// hold; and the reading as the CLI prints it (a real process).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, applyEdits, reviewLine, reviewStory, RULE_IDS, sectionAt, VERDICTS } from '../server/src/core';
import { listFixtures } from './support/fixtures';
import { scoreReviews } from './support/review-score';
import { ROOT, runCli } from './support/run-cli';

const FIXTURES = join(ROOT, 'test-fixtures');

// Floors, not targets: each set's figures as the reading stands (test-fixtures/review/README.md has their history).
const SETS = [
  { set: 'blind-r1', verdict: 0.79, nearby: 0.95, weakness: 0.75, primary: 0.62, f1: 0.53, level: 0.75 },
  { set: 'blind-r2', verdict: 0.87, nearby: 1, weakness: 0.7, primary: 0.83, f1: 0.61, level: 0.75 },
  { set: 'blind-r3', verdict: 0.79, nearby: 0.91, weakness: 0.62, primary: 0.75, f1: 0.64, level: 0.83 },
  { set: 'blind-r4', verdict: 0.7, nearby: 0.91, weakness: 0.7, primary: 0.79, f1: 0.65, level: 0.79 },
  { set: 'blind-r5', verdict: 0.7, nearby: 0.95, weakness: 0.83, primary: 0.7, f1: 0.56, level: 0.79 },
  { set: 'blind-r6', verdict: 0.7, nearby: 1, weakness: 0.58, primary: 0.87, f1: 0.69, level: 0.7 },
  { set: 'blind-r7', verdict: 0.7, nearby: 0.95, weakness: 0.75, primary: 0.83, f1: 0.71, level: 0.75 },
  { set: 'blind-r8', verdict: 0.75, nearby: 0.95, weakness: 0.75, primary: 0.66, f1: 0.53, level: 0.75 },
  { set: 'blind-r9', verdict: 0.75, nearby: 1, weakness: 0.75, primary: 0.8, f1: 0.55, level: 0.55 },
  // Six sets of twelve, held together: each alone is too small for the floors to mean much.
  // r13 was written blind after the tuning on r1-r12 and scored before any change made for it; r14 after the tuning on
  // r13, never tuned on; r15 after that, scored before two evidence fixes it showed (test-fixtures/review/README.md).
  { set: 'blind-r10+blind-r11+blind-r12+blind-r13+blind-r14+blind-r15', verdict: 0.7, nearby: 0.97, weakness: 0.65, primary: 0.6, f1: 0.58, level: 0.75 },
  // r16 written blind after the r13-r15 tuning and scored before the changes made for it; r17 after those changes,
  // scored before the four it showed; r18 after that (test-fixtures/review/README.md).
  { set: 'blind-r16+blind-r17+blind-r18', verdict: 0.85, nearby: 1, weakness: 0.8, primary: 0.4, f1: 0.58, level: 0.75 },
  // r19 and r20 written blind together; r19 tuned on, r20 scored on the tuned code before it was read, then read
  // (test-fixtures/review/README.md).
  { set: 'blind-r19+blind-r20', verdict: 0.65, nearby: 1, weakness: 0.75, primary: 0.55, f1: 0.52, level: 0.8 },
];

/** One set's score, or the sum of several ("blind-r10+blind-r11"). */
function scoreSets(name: string) {
  const parts = name.split('+').map((set) => scoreReviews(join(FIXTURES, 'review', set)));
  if (parts.length === 1) return parts[0];
  const sum = (f: (s: (typeof parts)[number]) => number) => parts.reduce((n, p) => n + f(p), 0);
  const tp = sum((p) => p.shows.tp), fp = sum((p) => p.shows.fp), fn = sum((p) => p.shows.fn);
  return {
    stories: sum((p) => p.stories),
    verdict: { exact: sum((p) => p.verdict.exact), nearby: sum((p) => p.verdict.nearby), baseline: sum((p) => p.verdict.baseline) },
    weakness: { right: sum((p) => p.weakness.right), ruleOnly: sum((p) => p.weakness.ruleOnly), baseline: sum((p) => p.weakness.baseline), strongWithWeakness: sum((p) => p.weakness.strongWithWeakness) },
    primary: { right: sum((p) => p.primary.right), total: sum((p) => p.primary.total) },
    shows: { tp, fp, fn, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) },
    level: { right: sum((p) => p.level.right), total: sum((p) => p.level.total) },
    lines: parts.flatMap((p) => p.lines),
  };
}

describe.each(SETS)('$set: an experienced interviewer’s reading', ({ set, verdict, nearby, weakness, primary, f1, level }) => {
  const s = scoreSets(set);
  test('the verdict agrees, and beats the trivial reading over the same findings', () => {
    expect(s.stories).toBeGreaterThanOrEqual(20);
    expect(s.verdict.exact / s.stories).toBeGreaterThanOrEqual(verdict);
    expect(s.verdict.nearby / s.stories).toBeGreaterThanOrEqual(nearby);
    expect(s.verdict.exact).toBeGreaterThan(s.verdict.baseline);
  });
  test('the primary weakness agrees, and beats "the first disqualifier"; no strong-hire story is given one', () => {
    expect(s.weakness.right / s.stories).toBeGreaterThanOrEqual(weakness);
    expect(s.weakness.right).toBeGreaterThan(s.weakness.baseline);
    expect(s.weakness.strongWithWeakness).toBeLessThanOrEqual(2);
  });
  test('the primary competency and the competencies shown agree', () => {
    expect(s.primary.right / s.primary.total).toBeGreaterThanOrEqual(primary);
    expect(s.shows.f1).toBeGreaterThanOrEqual(f1);
  });
  test('the level the scope shows agrees', () => {
    expect(s.level.total).toBe(s.stories);
    expect(s.level.right / s.level.total).toBeGreaterThanOrEqual(level);
  });
});

describe('what always holds, on every fixture', () => {
  const all = listFixtures(FIXTURES).map((file) => ({ file, analysis: analyze(readFileSync(file, 'utf8')) }));
  test('a story with work handed over, routing or a hand-off never reads Hire; a strong hire has nothing to fix first', () => {
    const wrong: string[] = [];
    for (const { file, analysis } of all) {
      const r = reviewStory(analysis);
      const handedOver = analysis.diagnostics.some((d) => ['assigned-work', 'routing-not-ownership', 'passive-handoff'].includes(d.rule));
      if (handedOver && (r.verdict === 'hire' || r.verdict === 'strong-hire')) wrong.push(`${file}: ${r.verdict} with a disqualifier`);
      if (r.verdict === 'strong-hire' && r.primaryWeakness) wrong.push(`${file}: strong-hire with ${r.primaryWeakness.rule}`);
      if (r.primaryWeakness && VERDICTS.indexOf(r.primaryWeakness.raisesTo) < VERDICTS.indexOf(r.verdict)) wrong.push(`${file}: raisesTo below the verdict`);
      if (r.primaryWeakness && !analysis.diagnostics.some((d) => d.rule === r.primaryWeakness!.rule && d.span.start === r.primaryWeakness!.span.start)) wrong.push(`${file}: a weakness that is no finding`);
      if (!r.note.startsWith(`${{ 'strong-hire': 'Strong Hire', hire: 'Hire', 'lean-no-hire': 'Lean No Hire', 'no-hire': 'No Hire' }[r.verdict]}`)) wrong.push(`${file}: the note does not open with the verdict`);
    }
    expect(wrong).toEqual([]);
    expect(all.length).toBeGreaterThan(150);
  });
  test('a story that claims nothing it shows cannot read Hire', () => {
    const r = reviewStory(analyze(readFileSync(join(FIXTURES, 'review/blind-r1/r06.star.md'), 'utf8')));
    const claimed = r.competencies.filter((c) => c.claimed);
    expect(claimed.map((c) => [c.name, c.shown])).toEqual([['Customer Obsession', 'none']]);
    expect(r.verdict).toBe('lean-no-hire');
  });
});

describe('the CLI', () => {
  const WEAK = 'test-fixtures/stories/webhook-senior-weak.star.md';
  const STRONG = 'test-fixtures/stories/webhook-senior-strong.star.md';
  test('check: json gives each story its review in the documented shape; text gives one reading line; sarif keeps it in the run', () => {
    const files = JSON.parse(runCli(['check', '--format', 'json', WEAK, STRONG]).stdout).files;
    const review = files[0].review;
    expect(Object.keys(review).sort()).toEqual(['competencies', 'for', 'level', 'note', 'primaryCompetency', 'primaryWeakness', 'sections', 'verdict'].sort());
    expect(review.verdict).toBe('no-hire');
    expect(review.primaryWeakness).toMatchObject({ rule: 'assigned-work', range: { start: { line: 13 } }, raisesTo: expect.any(String) });
    expect(review.sections.map((s: { name: string }) => s.name)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    expect(review.level).toMatchObject({ claimed: 'senior', fits: false });
    expect(files[1].review).toMatchObject({ verdict: 'strong-hire', primaryWeakness: null, primaryCompetency: 'Ownership' });
    const text = runCli(['check', WEAK, STRONG]).stdout;
    expect(text).toContain(`${WEAK}  reading No Hire for Ownership; fix first: line 14, the work sounds handed to you\n`);
    expect(text).toContain(`${STRONG}  reading Strong Hire for Ownership and Dive Deep\n`);
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', WEAK]).stdout).runs[0];
    expect(sarif.properties.reviews).toEqual([{ uri: WEAK, ...review }]);
  });
  test('review: the write-up a bar raiser gives, for each story; json for tools; a file it cannot read exits 2', () => {
    const r = runCli(['review', WEAK]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([WEAK, 'No Hire for Ownership']);
    expect(r.stdout).toMatch(/^Sections\n {2}Situation {3}\w+/m);
    expect(r.stdout).toMatch(/^Competencies\n {2}Ownership \(claimed\): not shown/m);
    expect(r.stdout).not.toMatch(/not shown, the one this story most shows/);
    // Said why, when the findings took it down: the text alone would have shown some.
    expect(runCli(['review', 'test-fixtures/review/blind-r5/v10.star.md']).stdout).toMatch(/^ {2}Dive Deep \(claimed\): not shown \(taken down: a step is told as "we"\)$/m);
    expect(r.stdout).toMatch(/^Level: The scope reads as \w+, not senior/m);
    expect(r.stdout).toMatch(/^Fix first, line 14 \(assigned-work\): /m);
    const json = JSON.parse(runCli(['review', '--format', 'json', WEAK, 'no-such.star.md']).stdout);
    expect(json.files[0].review.verdict).toBe('no-hire');
    expect(json.files[1]).toMatchObject({ path: 'no-such.star.md', error: expect.any(String) });
    // Held back by a competency it does not show, with no finding to blame: said so, not "nothing to fix".
    expect(runCli(['review', 'test-fixtures/review/blind-r1/r06.star.md']).stdout).toMatch(/^No one finding holds it back: the reading comes from what the story does not show, above\.$/m);
    expect(runCli(['review', 'no-such.star.md']).code).toBe(2);
    // A folder, as check takes one: every story in it, in name order.
    const folder = runCli(['review', 'test-fixtures/review/quiz']).stdout;
    expect(folder.split('\n').filter((l) => /^test-fixtures\/review\/quiz\/q\d.*\.star\.md$/.test(l))).toHaveLength(5);
    expect(runCli(['--help']).stdout).toMatch(/star-coach review \[files \| folders \| globs\]/);
  });
});

describe('the fix first, applied, raises the reading as promised', () => {
  // Where the weakness's own fixes are plain text (a "we" made "I", a hedge dropped, sections put in order), apply
  // them, round after round, until that rule says nothing more in that section, and read the story again.
  test('on every fixture whose fix first needs nothing from the author', () => {
    let applied = 0;
    const broken: string[] = [];
    for (const file of listFixtures(FIXTURES)) {
      let text = readFileSync(file, 'utf8');
      let analysis = analyze(text);
      const review = reviewStory(analysis);
      const w = review.primaryWeakness;
      if (!w) continue;
      const sectionOf = (a: typeof analysis, offset: number) => sectionAt(a.story, offset)?.kind;
      const where = sectionOf(analysis, w.span.start);
      let plain = true;
      for (let round = 0; round < 5; round++) {
        const group = analysis.diagnostics.filter((d) => d.rule === w.rule && sectionOf(analysis, d.span.start) === where);
        if (group.length === 0) break;
        const fixes = group.map((d) => d.fixes[0]);
        if (fixes.some((f) => !f || f.snippet || f.edits.some((e) => /[‹›]/.test(e.newText)))) { plain = false; break; }
        const lines = analysis.story.lines;
        text = applyEdits(text, fixes.flatMap((f) => f!.edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText }))), false);
        analysis = analyze(text);
      }
      if (!plain) continue;
      applied++;
      const after = reviewStory(analysis).verdict;
      if (VERDICTS.indexOf(after) < VERDICTS.indexOf(w.raisesTo)) broken.push(`${file}: ${w.rule} promised ${w.raisesTo}, read ${after}`);
    }
    expect(broken).toEqual([]);
    expect(applied).toBeGreaterThan(50);
  });
});

test('a story that shows one of its two claims says which it shows, not only which it does not', () => {
  // its writer too reads Frugality shown and Customer Obsession not
  const r = reviewStory(analyze(readFileSync(join(FIXTURES, 'review/blind-r7/r15.star.md'), 'utf8')));
  const shown = r.competencies.filter((c) => c.claimed && c.shown !== 'none').map((c) => c.name);
  const not = r.competencies.filter((c) => c.claimed && c.shown === 'none').map((c) => c.name);
  expect([shown.length, not.length]).toEqual([1, 1]);
  expect(r.note).toContain(`it shows ${shown[0]}, not ${not[0]}, which needs`);
});

test('every rule has words for the reading\'s line, never its bare id ("fix first: line 10, confidential-name")', () => {
  const range = { start: { line: 9, character: 0 }, end: { line: 9, character: 4 } };
  for (const rule of RULE_IDS) {
    const line = reviewLine({ verdict: 'hire', for: ['Ownership'], primaryWeakness: { rule, range, message: '', raisesTo: 'hire' } });
    expect(line, rule).toMatch(/^Hire for Ownership; fix first: line 10, /);
    expect(line.endsWith(rule), rule).toBe(false);
  }
});
