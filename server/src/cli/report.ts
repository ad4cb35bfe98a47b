// What the CLI knows about one file once it has tried to check it.
import type { BankEntry, Diagnostic, ReviewJson, StoryTiming } from '../core';

/** What the formats print of an analysis: small enough to pass between threads. */
export interface CheckedStory {
  diagnostics: Array<Pick<Diagnostic, 'rule' | 'severity' | 'message' | 'range'>>;
  timing: StoryTiming;
  /** The bar raiser's reading of the story (docs/review.md). */
  review: ReviewJson;
  /** What the story bank needs of it, for `star-coach bank` only. */
  bank?: BankEntry;
}

/** `--fix` writes the fixed stories; `--fix-dry-run` only says what it would write. */
export type FixMode = 'write' | 'dry-run';

/** A finding that was fixed, as it was reported before its fix. */
export type FixedFinding = Pick<Diagnostic, 'rule' | 'message'>;

export interface FileReport {
  /** The path as the user gave it or as it was found under a folder they gave. */
  path: string;
  /** What is in the file (after `--fix`, what is left; after `--fix-dry-run`, what would be). */
  analysis?: CheckedStory;
  /** Why the file could not be checked, or (with `analysis`, which is then the file's as it stands) fixed. */
  error?: string;
  /** With `--fix` or `--fix-dry-run`: what was fixed, or would be. */
  fixed?: FixedFinding[];
  /** With `--fix-dry-run`: the unified diff of what `--fix` would write, empty when it would write nothing. */
  diff?: string;
}

/** The rules of the fixed findings, the most fixed first: `passive-voice ×2, hedging`. */
export function fixedSummary(fixed: FixedFinding[]): string {
  const byRule = new Map<string, number>();
  for (const f of fixed) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
}

export function counts(reports: FileReport[]) {
  const c = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const d of r.analysis?.diagnostics ?? []) c[d.severity]++;
  return c;
}
