// The shapes every rule and every adapter share.
import type { StoryAim } from './aim';
import type { Level, Story } from './story';
import type { Range, Span } from './text';
import type { StoryTiming } from './timing';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A text edit. `newText` uses snippet syntax (`${1:placeholder}`) when its fix is a snippet. */
export interface Edit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** True when `newText` holds snippet placeholders the author must fill in. */
  snippet: boolean;
  /**
   * True when the new text says more than the author did: "we" made "I", a hidden actor made "I", "tried to fix" made
   * "fixed", "I think" or "probably" dropped. Only the author knows if it is so, so it is offered, never applied unattended.
   */
  claims?: boolean;
}

/** What a rule reports; the engine adds the rule id, the severity and positions. */
export interface Finding {
  span: Span;
  message: string;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this finding (e.g. a missing Reflection is only info). */
  severity?: Severity;
}

export interface ResolvedOptions {
  level: Level;
  wpm: number;
  rules: Record<string, Severity | 'off'>;
  flagWords: string[];
  /** Names the author listed as confidential (rule confidential-name). */
  confidential: string[];
}

export interface RuleContext {
  story: Story;
  aim: StoryAim;
  timing: StoryTiming;
  options: ResolvedOptions;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Where it reads, as the docs say it: "Task, Action, Result", "story". */
  sections: string;
  summary: string;
  /** False for rules that stay off until configured. */
  enabledByDefault?: boolean;
  /**
   * Its findings flag words the author can take out (a hedge), so an editor may fade them, as LSP's Unnecessary tag
   * asks, rather than underline them: at hint severity VS Code otherwise draws three dots under the first letter.
   */
  unnecessary?: boolean;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): Finding[];
}

export interface DiagnosticFix {
  title: string;
  edits: Array<{ range: Range; newText: string }>;
  snippet: boolean;
  preferred: boolean;
  /** The fix says more than the author did (see `Fix.claims`): never applied unattended. */
  claims?: true;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  fixes: DiagnosticFix[];
  /** The flagged words can go (see `RuleMeta.unnecessary`). */
  unnecessary?: true;
}
