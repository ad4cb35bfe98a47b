// Every custom request between the client and the server, typed (method name, parameters and result), and the names
// both sides share. Imported by both; it imports only types, so either side can bundle it.
import type { Bank } from './core/bank';
import type { DrillRating } from './core/drill';
import type { QuizQuestion } from './core/practice';
import type { ProgressPoint, StoryProgress } from './core/progress';
import type { AnswerView, CoachingView, ReadingView, TimeStatus } from './core/views';

export type { AnswerView, Bank, CoachingView, DrillRating, ProgressPoint, QuizQuestion, ReadingView, StoryProgress };

declare const types: unique symbol;

/**
 * A request's method name that carries its parameter and result types, as vscode-jsonrpc's `RequestType<P, R, void>`
 * does: `sendRequest` and `onRequest` below take them from it, so a wrong parameter or result does not compile. At run
 * time it is the plain name. Not the library's class: importing it would bundle vscode-jsonrpc (54 kB minified, about
 * twice extension.js) into the client's light bundle, which loads the LSP client library only when a story is in sight.
 */
export type Method<P, R> = string & { readonly [types]?: (params: P) => R };

const method = <P, R>(name: string) => name as Method<P, R>;

/** Sends a typed request over a client or a connection (`LanguageClient`, vscode-jsonrpc's `MessageConnection`). */
export function sendRequest<P, R>(to: { sendRequest(method: string, params: unknown): Promise<unknown> }, request: Method<P, R>, params: NoInfer<P>): Promise<R> {
  return to.sendRequest(request, params) as Promise<R>;
}

/** Answers a typed request on the server's connection: the handler gets the request's parameters and must give its result. */
export function onRequest<P, R>(on: { onRequest(method: string, handler: (params: never) => unknown): unknown }, request: Method<P, R>, handler: (params: NoInfer<P>) => NoInfer<R> | Promise<NoInfer<R>>): void {
  on.onRequest(request, handler as (params: never) => unknown);
}

/** Client → server: the spoken timing of one story, for the status bar (and the preview). */
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
export const StoryTimingRequest = method<StoryTimingParams, StoryTimingResult | null>('starCoach/storyTiming');

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
export interface ServerInfoResult {
  pid: number;
  version: string;
}
export const ServerInfoRequest = method<void, ServerInfoResult>('starCoach/serverInfo');

/** The settings section the client sends (`starCoach.*`). */
export const SETTINGS_SECTION = 'starCoach';

/**
 * Client → server: what the coaching panel shows for the cursor's place in a story, and the bar raiser's reading of
 * the whole story (`review`, null when Star Coach could not read it), which the panel opens with.
 */
export interface CoachingParams {
  uri: string;
  position: { line: number; character: number };
}
export type CoachingResult = (CoachingView & { review: ReadingView | null; followups?: AimedFollowup[] }) | null;

/**
 * A follow-up an interviewer would aim at this story (the core's `followupsFor`): the question, the story's words it is
 * about as written (or the section it names), what a strong answer does, and where those words are.
 */
export interface AimedFollowup {
  kind: string;
  question: string;
  about: string;
  strong: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export const CoachingRequest = method<CoachingParams, CoachingResult>('starCoach/coaching');

/**
 * Client → server: the answer as it will be spoken, for the preview, with the story's reading for its header;
 * `wpm` is the preview's rehearsal rate for this story (it paces Rehearse; every time shown stays at the story's rate).
 */
export interface AnswerParams {
  uri: string;
  wpm?: number;
}
export type AnswerResult = (AnswerView & { review: ReadingView | null }) | null;
export const AnswerRequest = method<AnswerParams, AnswerResult>('starCoach/answer');

/**
 * Client → server: the story bank over every story of the workspace folders (docs/bank.md), for the Story Bank view.
 * Each story's `path` is relative to its workspace folder, as the view shows it; `uris` gives the document to open for
 * each path (a click on a cell opens it at the cell's evidence). Null before the server knows its folders.
 */
export interface BankResult {
  bank: Bank;
  uris: Record<string, string>;
  /** The `.starcoach.json` the loop and the confidential names come from, when there is one. */
  configUri: string | null;
  /**
   * Each story's readings over time, by path, from the practice file (`.starcoach-practice.json`) of its workspace
   * folder: one per save that changed the reading. A story with none yet is not here.
   */
  progress?: Record<string, StoryProgress>;
  /** Which reading of the bank this is: a later request may ask for what changed since it (`BankParams.since`). */
  generation: number;
  /**
   * Set when the request gave `since` and the server still had that reading: `bank.stories` then holds only the
   * stories whose rows are not as they were in it (one, after a keystroke, out of hundreds), and `order` every story's
   * path in the bank's order. `mergeBank` makes the whole bank again from the earlier result.
   */
  since?: number;
  order?: string[];
}

export interface BankParams {
  /** The `generation` of the result the client holds: the answer may then leave out the stories that did not change. */
  since?: number;
}
export const BankRequest = method<BankParams | undefined, BankResult | null>('starCoach/bank');

/**
 * The whole bank from an answer that names what changed since an earlier one (`since`, `order`) and that earlier
 * whole result; a whole answer as it is. Undefined when `previous` is not the reading the answer was made against, or
 * lacks a story it needs: ask again without `since`.
 */
export function mergeBank(previous: BankResult | null | undefined, next: BankResult): BankResult | undefined {
  if (next.since === undefined) return next;
  if (!previous || previous.generation !== next.since || !next.order) return undefined;
  const rows = new Map(previous.bank.stories.map((s) => [s.path, s]));
  for (const s of next.bank.stories) rows.set(s.path, s);
  const stories = next.order.map((path) => rows.get(path));
  if (stories.some((s) => s === undefined)) return undefined;
  const { since: _since, order: _order, ...whole } = next;
  return { ...whole, bank: { ...next.bank, stories: stories as Bank['stories'] } };
}

/** Server → client: the bank changed (a story was typed, saved, made or deleted, or the settings changed); ask again. */
export const BankChangedNotification = 'starCoach/bankChanged';

/** A quiz question as the Practice view shows it: the core's question, with the story's document when it is a file. */
export type PracticeQuestion = QuizQuestion & { uri: string | null };

/**
 * Client → server: the quiz over every story of the workspace folders (the core's `quiz`, docs/practice.md). When the
 * workspace has no story the quiz is on the built-in example stories, and `source` says so. Null before the server
 * knows its folders.
 */
export interface QuizResult {
  source: 'stories' | 'examples';
  questions: PracticeQuestion[];
}
export const QuizRequest = method<void, QuizResult | null>('starCoach/quiz');

/** One question of the drill, due now, with what the view reveals after the answer. */
export interface DrillEntry {
  /** The workspace folder whose practice file keeps its schedule. */
  folder: string;
  /** `drillId(story, question)`: what a grade names. */
  id: string;
  /** The story's path relative to its folder. */
  story: string;
  /** The story's title, or its file name. */
  title: string;
  uri: string;
  question: string;
  /** The prepared answer under Follow-ups, as written, or null when there is none yet. */
  answer: string | null;
  /** What a strong answer does, when there is no prepared answer. */
  strong: string | null;
  source: 'prepared' | 'aimed';
  /** Never graded before. */
  fresh: boolean;
  /** When each grade would bring it back, in words ("in 10 minutes", "in 4 days"): what ts-fsrs gives for each. */
  next: Record<DrillRating, string>;
}

/**
 * Client → server: the drill across the workspace's stories: the questions due now (the core's `dueItems`, the most
 * overdue first, then up to `DEFAULT_NEW_LIMIT` never drilled), how many that is (the status bar's count), and when the
 * next one comes due when none is. Null before the server knows its folders.
 */
export interface DrillResult {
  due: DrillEntry[];
  dueCount: number;
  /** How many questions the drill has over all the stories. */
  total: number;
  /** When the next question comes due ("in 3 hours"), when one has been graded; null otherwise. */
  nextDue: string | null;
  /** The question that comes due next, when `nextDue` is set. */
  nextQuestion: { story: string; question: string } | null;
  /** What was wrong with a practice file, a sentence each. */
  problems: string[];
}
export const DrillRequest = method<void, DrillResult | null>('starCoach/drill');

/**
 * Client → server: grade one drill question (again, hard, good, easy) after the answer was revealed; `seconds` is how
 * long the spoken answer took, when it was timed. The server schedules it with ts-fsrs and writes the folder's practice
 * file (its only write), then answers with the drill as it now stands, and `scheduled`, when the question comes back.
 * `error` says why nothing was written (an unknown question, a practice file it could not write).
 */
export interface DrillGradeParams {
  folder: string;
  id: string;
  rating: DrillRating;
  seconds?: number;
}
export interface DrillGradeResult {
  drill: DrillResult;
  scheduled: string | null;
  error: string | null;
}
export const DrillGradeRequest = method<DrillGradeParams, DrillGradeResult | null>('starCoach/drillGrade');

/** Server → client: the drill may have changed (a story changed, a grade was given, the practice file changed); ask again. */
export const PracticeChangedNotification = 'starCoach/practiceChanged';
