// Every fixture in test-fixtures/ against the expectations it carries; then every fix is applied and the story re-analyzed.
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, applyEdits, expandSnippet, type Diagnostic } from '../server/src/core';
import { FIXTURES_DIR, listFixtures, readFixture, type Expectation } from './support/fixtures';
import { matchesExpectation } from './support/score';

function describeDiagnostic(text: string, d: Diagnostic): string {
  return `${d.rule} at ${d.range.start.line + 1}:${d.range.start.character + 1} "${text.slice(d.span.start, d.span.end)}"`;
}

function countByRule(diagnostics: Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diagnostics) m.set(d.rule, (m.get(d.rule) ?? 0) + 1);
  return m;
}

const TIMING_RULES = new Set(['section-over-time', 'answer-over-time']);
/** Rules that report something missing: a ‹placeholder› a fix leaves is not yet that something, so they may speak up. */
const ABSENCE_RULES = new Set(['result-no-metric', 'result-no-business-impact', 'result-no-second-order', 'reflection-not-systemic', 'missing-scope-boundary', 'empty-section']);
// The blind sets carry finding annotations scored by test/blind.test.ts; the review sets carry a story-level reading
// (test/review.test.ts) and the bank sets what a bank of them shows (test/bank*.test.ts), with no finding annotations,
// so only their fixes are checked here.
const annotated = (f: string) => !/^(?:blind|review|bank)\b/.test(relative(FIXTURES_DIR, f));
const withAFix = (f: string) => { const fx = readFixture(f); return analyze(fx.text, fx.config).diagnostics.some((d) => d.fixes.length > 0); };
const files = listFixtures().filter((f) => annotated(f) || (/^(?:review|bank)\b/.test(relative(FIXTURES_DIR, f)) && withAFix(f)));

type Span = { start: number; end: number };
/**
 * Where a span of the text stands once the edits are in: an edit before it moves it, an edit over it puts its new text
 * there. So the finding a fix addresses is found by its place, not by its words (a story may say "We" in ten findings).
 */
function mapSpan(span: Span, edits: readonly { span: Span; newText: string }[]): Span {
  const grown = (e: { span: Span; newText: string }) => e.newText.length - (e.span.end - e.span.start);
  let start = span.start;
  let end = span.end;
  for (const e of edits) {
    if (e.span.end <= span.start) start += grown(e);
    else if (e.span.start < span.start) start += e.span.start - span.start;
    if (e.span.end <= span.end && e.span.start < span.end) end += grown(e);
    else if (e.span.start < span.end) end += e.span.start + e.newText.length - span.end;
  }
  return { start, end: Math.max(start, end) };
}

test('there are fixtures', () => {
  expect(files.filter(annotated).length).toBeGreaterThan(40);
  expect(files.filter((f) => !annotated(f)).length).toBeGreaterThan(30); // the review sets' stories with a fix
});

describe.each(files.map((f) => [relative(FIXTURES_DIR, f), f]))('%s', (_name, path) => {
  const fixture = readFixture(path);
  const analysis = analyze(fixture.text, fixture.config);

  if (annotated(path)) test('finds exactly what the fixture expects', () => {
    const unmatched = [...analysis.diagnostics];
    const missing: Expectation[] = [];
    // Line-bound expectations first, so a file-level one cannot take their finding.
    const ordered = [...fixture.expectations].sort((a, b) => (a.line === undefined ? 1 : 0) - (b.line === undefined ? 1 : 0));
    for (const e of ordered) {
      const i = unmatched.findIndex((d) => matchesExpectation(fixture.text, d, e));
      if (i >= 0) unmatched.splice(i, 1);
      else missing.push(e);
    }
    expect({
      missing: missing.map((e) => `${e.rule}${e.line !== undefined ? ` on line ${e.line + 1}` : ''}${e.quote ? ` "${e.quote}"` : ''}`),
      unexpected: unmatched.map((d) => describeDiagnostic(fixture.text, d)),
    }).toEqual({ missing: [], unexpected: [] });
  });

  const withFixes = analysis.diagnostics.filter((d) => d.fixes.length > 0);
  if (withFixes.length > 0) {
    test('each fix removes its finding and adds none', () => {
      const before = countByRule(analysis.diagnostics);
      for (const d of withFixes) {
        // unfilled-placeholder's fix selects the placeholder for the author to type over: its finding stays until they do.
        for (const fix of d.rule === 'unfilled-placeholder' ? [] : d.fixes) {
          const edits = fix.edits.map((e) => ({ span: { start: analysis.story.lines.offsetAt(e.range.start), end: analysis.story.lines.offsetAt(e.range.end) }, newText: e.newText }));
          const fixed = applyEdits(fixture.text, edits, fix.snippet);
          const reanalyzed = analyze(fixed, fixture.config).diagnostics;
          const after = countByRule(reanalyzed);
          // A fix that adds missing content makes the answer longer by design; the timing rules may then speak up.
          const adds = fix.edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character);
          // A fix that leaves ‹placeholders› for what only the author knows is done when the author fills them in: until
          // then unfilled-placeholder reports each one, and the finding may stand.
          const leavesPlaceholders = fix.snippet && fix.edits.some((e) => e.newText.includes('‹'));
          const grew = [...after].filter(([rule, n]) => n > (before.get(rule) ?? 0) && !(adds && TIMING_RULES.has(rule)) && !(leavesPlaceholders && (rule === 'unfilled-placeholder' || ABSENCE_RULES.has(rule)))).map(([rule]) => rule);
          // That very finding is gone, not only one of its rule's: nothing its rule flags stands where its words stood.
          const at = mapSpan(d.span, edits.map((e) => ({ span: e.span, newText: fix.snippet ? expandSnippet(e.newText) : e.newText })));
          const gone = !reanalyzed.some((x) => x.rule === d.rule && x.span.start < Math.max(at.end, at.start + 1) && x.span.end > at.start);
          const reported = (after.get('unfilled-placeholder') ?? 0) > (before.get('unfilled-placeholder') ?? 0);
          // A fix that rewrites the flagged words themselves must take the finding away even before it is filled in;
          // one that only adds a placeholder beside them (the author's own part, still to write) may leave it.
          const rewritesFlagged = edits.some((e) => e.span.start <= d.span.start && d.span.end <= e.span.end && e.span.end > e.span.start);
          expect({ fix: `${describeDiagnostic(fixture.text, d)}: ${fix.title}`, resolved: gone || (leavesPlaceholders && reported && !rewritesFlagged), grew })
            .toEqual({ fix: `${describeDiagnostic(fixture.text, d)}: ${fix.title}`, resolved: true, grew: [] });
        }
      }
    });
  }
});
