// Every custom request between the client and the server: method names, parameters and results.
// Imported by both sides; it imports only types, so either side can bundle it.
import type { AnswerView, CoachingView, ReadingView, TimeStatus } from './core/views';

export type { AnswerView, CoachingView, ReadingView };

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
  sections: Array<{
    name: string;
    kind: string;
    seconds: number;
    targetSeconds?: number;
    /** The section's time status, the one the lens, the panel, the preview and section-over-time show. */
    status: TimeStatus;
    /** The words every view shows for `status` ("over target", "empty"); empty for a section with no target. */
    statusText: string;
  }>;
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

/** Client → server: which server process answers (for the status of a restart, and for tests that stop it). */
export const ServerInfoRequest = 'starCoach/serverInfo';
export interface ServerInfoResult {
  pid: number;
  version: string;
}

/** The settings section the client sends (`starCoach.*`). */
export const SETTINGS_SECTION = 'starCoach';

/**
 * Client → server: what the coaching panel shows for the cursor's place in a story, and the bar raiser's reading of
 * the whole story (`review`, null when Star Coach could not read it), which the panel opens with.
 */
export const CoachingRequest = 'starCoach/coaching';
export interface CoachingParams {
  uri: string;
  position: { line: number; character: number };
}
export type CoachingResult = (CoachingView & { review: ReadingView | null }) | null;

/**
 * Client → server: the answer as it will be spoken, for the preview, with the story's reading for its header;
 * `wpm` is the preview's rehearsal rate for this story (it paces Rehearse; every time shown stays at the story's rate).
 */
export const AnswerRequest = 'starCoach/answer';
export interface AnswerParams {
  uri: string;
  wpm?: number;
}
export type AnswerResult = (AnswerView & { review: ReadingView | null }) | null;
