// What is a story on disk, said once for every side: the CLI's and the server's folder walk (fsio.ts), the server's
// documents and the client's. Pure and self-contained (no file system, no editor, no import), so the client bundles it too.

/** The workspace configuration file's name; the adapters find and read it, the core only validates what it holds. */
export const CONFIG_FILE = '.starcoach.json';

/**
 * The drill's practice file, beside it in the workspace folder: the schedule of each question and each story's readings
 * over time (core/drill.ts says what it holds; fsio.ts reads and writes it). A dot name, so no walk takes it for a story.
 */
export const PRACTICE_FILE = '.starcoach-practice.json';

/**
 * A story is a file whose name ends in `.star.md`, in any case (`webhook.star.md`, `Webhook.STAR.MD`). A folder named
 * so is a folder: a walk looks inside it. A hidden name (`.draft.star.md`) is a story too, coached when it is opened,
 * but no walk looks for it, as none looks inside a dot folder.
 */
export const STORY_NAME = /\.star\.md$/i;

/**
 * The same rule as a glob, for VS Code's document selectors, file searches and watchers: their globs match letters
 * case by case on Linux, so each letter of the suffix takes either case.
 */
export const STORY_GLOB = '**/*.[sS][tT][aA][rR].[mM][dD]';

/** The files the server hears of when they change: every story and the configuration file. */
export const WATCHED_GLOB = `**/{${CONFIG_FILE},*.[sS][tT][aA][rR].[mM][dD]}`;

/** Whether a path (folders split by `/`, or `\` on Windows) names a story by the rule above; it says nothing of what is there. */
export function isStoryPath(path: string): boolean {
  return STORY_NAME.test(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
}
