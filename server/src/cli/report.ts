// What the CLI knows about one file once it has tried to check it.
import type { Diagnostic, StoryTiming } from '../core';

/** What the formats print of an analysis: small enough to pass between threads. */
export interface CheckedStory {
  diagnostics: Array<Pick<Diagnostic, 'rule' | 'severity' | 'message' | 'range'>>;
  timing: StoryTiming;
}

export interface FileReport {
  /** The path as the user gave it or as it was found under a folder they gave. */
  path: string;
  analysis?: CheckedStory;
  /** Why the file could not be checked. */
  error?: string;
}

export function counts(reports: FileReport[]) {
  const c = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const d of r.analysis?.diagnostics ?? []) c[d.severity]++;
  return c;
}
