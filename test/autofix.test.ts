// What Star Coach fixes with nobody watching (the CLI's --fix, the editor's "fix all"): the one definition of a safe fix,
// how fixes that overlap wait for the next round, and why a fix that would add a finding is held back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, fixStory, LineIndex, unattendedEdits, unattendedFix, type Diagnostic, type DiagnosticFix } from '../server/src/core';
import { ROOT } from './support/run-cli';

const lines = new LineIndex('We shipped it.\r\nWe were kind of late.\r\n');
const at = (offset: number) => lines.positionAt(offset);

function diagnostic(fixes: Array<Partial<DiagnosticFix> & { from: number; to: number; newText: string }>): Diagnostic {
  return {
    rule: 'we-language',
    severity: 'warning',
    message: 'm',
    span: { start: 0, end: 2 },
    range: { start: at(0), end: at(2) },
    fixes: fixes.map(({ from, to, newText, ...rest }, i) => ({ title: 't', snippet: false, preferred: i === 0, edits: [{ range: { start: at(from), end: at(to) }, newText }], ...rest })),
  };
}

describe('unattendedFix: the one definition of safe', () => {
  test('the preferred fix, when it is plain text', () => {
    const d = diagnostic([{ from: 0, to: 2, newText: 'I' }]);
    expect(unattendedFix(d)).toBe(d.fixes[0]);
  });
  test.each([
    ['a snippet', [{ from: 0, to: 2, newText: '${1:I}', snippet: true }]],
    ['a visible placeholder', [{ from: 0, to: 2, newText: 'I ‹who else›' }]],
    ['a placeholder’s closing mark only', [{ from: 0, to: 2, newText: 'what moved›' }]],
    ['a suppression', [{ from: 14, to: 14, newText: ' <!-- star-coach-disable-line we-language -->' }]],
    ['a comment that turns rules back on', [{ from: 14, to: 14, newText: ' <!-- star-coach-enable -->' }]],
    ['a plain fix that is not the preferred one', [{ from: 0, to: 2, newText: '${1:We}', snippet: true }, { from: 0, to: 2, newText: 'I' }]],
  ])('never %s', (_name, fixes) => {
    expect(unattendedFix(diagnostic(fixes))).toBeUndefined();
  });
  test('never a finding without a fix', () => {
    expect(unattendedFix(diagnostic([]))).toBeUndefined();
  });
});

describe('unattendedEdits: fixes that go in together', () => {
  test('in the order of the text; one that overlaps or touches an earlier one waits', () => {
    const first = diagnostic([{ from: 16, to: 18, newText: 'I' }]);
    const overlapping = diagnostic([{ from: 17, to: 22, newText: 'x' }]);
    const touching = diagnostic([{ from: 18, to: 18, newText: ' alone' }]);
    const apart = diagnostic([{ from: 0, to: 2, newText: 'I' }]);
    const chosen = unattendedEdits([first, overlapping, touching, apart], lines);
    expect(chosen.map((c) => c.diagnostic)).toEqual([apart, first]);
  });
  test('a fix’s line breaks become the text’s own: CRLF stays CRLF', () => {
    const [c] = unattendedEdits([diagnostic([{ from: 14, to: 14, newText: '\n\nA line.\r\nAnother.' }])], lines);
    expect(c.edits[0].newText).toBe('\r\n\r\nA line.\r\nAnother.');
  });
});

describe('fixStory', () => {

  test('holds back a fix that would make another rule speak up; its finding stays for the author', () => {
    // The author's own list of words to avoid holds "not"; the Task's only scope boundary is "not my team's service".
    const strong = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
    const text = strong.replace('This service belonged to the Platform team, not my team. No ticket existed, and nobody had asked me to investigate.', "It was not my team's service.");
    const config = { flagWords: ['not', 'nobody'] };
    const flagged = analyze(text, config).diagnostics.filter((d) => d.rule === 'flagged-words');
    expect(flagged.length).toBeGreaterThan(1);
    // Taken out on its own, that "not" leaves "It was my team's service": missing-scope-boundary speaks up.
    const scope = (t: string) => analyze(t, config).diagnostics.filter((d) => d.rule === 'missing-scope-boundary').length;
    expect(scope(text)).toBe(0);
    expect(scope(text.replace("It was not my team's", "It was my team's"))).toBe(1);

    const { text: fixed, fixed: what, analysis } = fixStory(text, config);
    expect(fixed).not.toBe(text); // the story's other flagged words went
    expect(what.length).toBe(flagged.length - 1);
    expect(fixed).toContain("It was not my team's service.");
    expect(analysis.diagnostics.filter((d) => d.rule === 'flagged-words').map((d) => fixed.slice(d.span.start, d.span.end))).toEqual(['not']);
    expect(scope(fixed)).toBe(0);
  });

  test('never applies a fix that claims what the author did not say: "we" made "I", a hidden actor made "I", "tried to" made the deed', () => {
    const text = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
    const offered = analyze(text).diagnostics.filter((d) => d.fixes[0]?.claims);
    expect(new Set(offered.map((d) => d.rule))).toEqual(new Set(['we-language', 'passive-voice', 'hedging']));
    const { text: fixed, analysis } = fixStory(text);
    for (const d of offered) expect(analysis.diagnostics.some((a) => a.rule === d.rule && a.message === d.message)).toBe(true);
    expect(fixed).toContain('I think');
    expect(fixed).toContain('tried to test');
    // Filler goes: what the sentence says is unchanged.
    expect(analysis.diagnostics.filter((d) => d.rule === 'hedging').map((d) => fixed.slice(d.span.start, d.span.end)).sort()).toEqual(['I think', 'helped with', 'tried to test']);
  });

  test('returns the very text, and nothing fixed, when there is nothing to fix', () => {
    const text = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
    const result = fixStory(text);
    expect(result.text).toBe(text);
    expect(result.fixed).toEqual([]);
    expect(result.analysis.diagnostics).toEqual(analyze(text).diagnostics);
  });
});
