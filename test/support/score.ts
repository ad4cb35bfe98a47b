// Scores findings against the expectations fixtures carry: per rule, findings that match an expectation (right), ones
// that match none (false alarms) and expectations no finding matched (missed). Timing rules are left out: they are
// counted, not judged by a reader. Used by test/blind.test.ts and scripts/score-fixtures.mjs.
import { relative } from 'node:path';
import { analyze, type Diagnostic, type Severity } from '../../server/src/core';
import { listFixtures, readFixture, type Expectation } from './fixtures';

export interface RuleScore {
  right: number;
  wrong: number;
  missed: number;
  severity?: Severity;
}

export interface Score {
  rules: Map<string, RuleScore>;
  /** One line per false alarm and per miss, for reading. */
  lines: string[];
  recall: number;
  /** Error-severity findings that are right, of all error-severity findings. */
  errors: { right: number; total: number };
  /** Error- and warning-severity findings that are right, of all of them. */
  errorsAndWarnings: { right: number; total: number };
  /** Warning- and error-severity false alarms on the stories named strong-*. */
  strongFalseAlarms: number;
}

const TIMING = new Set(['section-over-time', 'answer-over-time', 'answer-under-time']);

export function matchesExpectation(text: string, d: Diagnostic, e: Expectation): boolean {
  if (d.rule !== e.rule) return false;
  if (e.line !== undefined && d.range.start.line !== e.line) return false;
  if (e.quote === undefined) return true;
  const flagged = text.slice(d.span.start, d.span.end).toLowerCase();
  const quote = e.quote.toLowerCase();
  if (flagged.includes(quote) || (quote.includes(flagged) && flagged.length > 0)) return true;
  // The same finding on a slightly different stretch of the same phrase ("pinged their support team and they took it"
  // for the writer's "I pinged their support team"): the two share a run of at least two words, in order.
  return sharedRun(words(flagged), words(quote)) >= 2;
}

const words = (s: string) => s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

function sharedRun(a: string[], b: string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let n = 0;
    while (a[i + n] !== undefined && a[i + n] === b[j + n]) n++;
    best = Math.max(best, n);
  }
  return best;
}

export function scoreFixtures(dir: string): Score {
  const rules = new Map<string, RuleScore>();
  const row = (id: string) => rules.get(id) ?? rules.set(id, { right: 0, wrong: 0, missed: 0 }).get(id)!;
  const lines: string[] = [];
  let strongFalseAlarms = 0;
  for (const path of listFixtures(dir)) {
    const f = readFixture(path);
    const name = relative(dir, path);
    const unmatched = analyze(f.text, f.config).diagnostics.filter((d) => !TIMING.has(d.rule));
    // Line-bound expectations first, so a file-level one cannot take their finding.
    const expected = f.expectations.filter((e) => !TIMING.has(e.rule)).sort((a, b) => Number(a.line === undefined) - Number(b.line === undefined));
    for (const e of expected) {
      const i = unmatched.findIndex((d) => matchesExpectation(f.text, d, e));
      if (i >= 0) {
        const d = unmatched.splice(i, 1)[0];
        const r = row(d.rule);
        r.severity = d.severity;
        r.right++;
      } else {
        row(e.rule).missed++;
        lines.push(`missed  ${name}:${e.line === undefined ? '-' : e.line + 1} ${e.rule}${e.quote ? ` "${e.quote}"` : ''}`);
      }
    }
    for (const d of unmatched) {
      const r = row(d.rule);
      r.severity = d.severity;
      r.wrong++;
      if (/^strong-/.test(name.split('/').pop()!) && (d.severity === 'error' || d.severity === 'warning')) strongFalseAlarms++;
      lines.push(`false   ${name}:${d.range.start.line + 1} ${d.rule} (${d.severity}) "${f.text.slice(d.span.start, d.span.end).slice(0, 70)}"`);
    }
  }
  const all = [...rules.values()];
  const sum = (pick: (r: RuleScore) => boolean, k: 'right' | 'wrong' | 'missed') => all.filter(pick).reduce((n, r) => n + r[k], 0);
  const isError = (r: RuleScore) => r.severity === 'error';
  const isErrorOrWarning = (r: RuleScore) => r.severity === 'error' || r.severity === 'warning';
  const right = sum(() => true, 'right');
  return {
    rules,
    lines,
    recall: right / Math.max(1, right + sum(() => true, 'missed')),
    errors: { right: sum(isError, 'right'), total: sum(isError, 'right') + sum(isError, 'wrong') },
    errorsAndWarnings: { right: sum(isErrorOrWarning, 'right'), total: sum(isErrorOrWarning, 'right') + sum(isErrorOrWarning, 'wrong') },
    strongFalseAlarms,
  };
}
