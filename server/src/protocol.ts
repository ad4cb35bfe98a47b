// Every custom request between the client and the server: method names, parameters and results.
// Imported by both sides; it imports nothing, so either side can bundle it.

/** Client → server: the spoken timing of one story, for the status bar (and the preview). */
export const StoryTimingRequest = 'starCoach/storyTiming';
export interface StoryTimingParams {
  uri: string;
}
export interface StoryTimingResult {
  level: string;
  wpm: number;
  totalSeconds: number;
  range: { min: number; max: number };
  sections: Array<{ name: string; kind: string; seconds: number; targetSeconds?: number }>;
}

/** Server → client: the client applies a fix that holds placeholders as a snippet in the editor. */
export const ApplySnippetFixCommand = 'starCoach.applySnippetFix';
export interface ApplySnippetFixArgs {
  uri: string;
  /** The document version the fix was computed for; a stale fix is not applied. */
  version: number;
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; snippet: string }>;
}

/** Client command: open a rule's documentation page. */
export const OpenRuleDocsCommand = 'starCoach.openRuleDocs';

/** The settings section the client sends (`starCoach.*`). */
export const SETTINGS_SECTION = 'starCoach';
