// Progress over time, in the server: each save of a story records its reading (the verdict and the section grades)
// in the practice file of the workspace folder it is in, through fsio's one locked writer (the CLI's drill writes the
// same file); the bank reads the history back from the same files. Nothing here decides what a reading is (the core's
// `readingView`) or whether it is worth keeping (the core's `recordReading`: a save the reading does not see adds nothing).
import { recordReading, storyProgress, type ReadingView, type StoryProgress } from '../core';
import { readPractice, updatePractice, PRACTICE_FILE } from '../fsio';

/** The time zone the days of the history are told in: this machine's, as the person reads their calendar. */
export const TIME_ZONE = (() => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
})();

export interface SavedReading {
  /** Whether the practice file was written: false when the reading is the story's last one, or on `error`. */
  written: boolean;
  /** What the person should hear, a sentence each: the file could not be written, or it had problems (and where it is kept). */
  notices: string[];
}

/**
 * Records a saved story's reading in `folder`'s practice file, as `path` (relative to the folder, `/` between
 * folders). A reading of null (a story Star Coach could not read) records nothing.
 */
export function recordSavedReading(folder: string, path: string, reading: ReadingView | null, now = new Date()): SavedReading {
  if (!reading) return { written: false, notices: [] };
  const update = updatePractice(folder, (state) => recordReading(state, path, reading, now));
  const notices = [...update.problems];
  if (update.error) notices.push(`Star Coach could not keep this reading of ${path}: ${update.error}`);
  return { written: update.written, notices };
}

/**
 * The readings over time of the stories given (by path, each with its workspace folder), from each folder's practice
 * file, read once per folder; a story with no reading yet is left out. A file that cannot be read gives no history.
 */
export function progressOf(stories: ReadonlyArray<{ folder: string; path: string }>, timeZone = TIME_ZONE): Record<string, StoryProgress> {
  const files = new Map<string, ReturnType<typeof readPractice>>();
  const out: Record<string, StoryProgress> = {};
  for (const { folder, path } of stories) {
    let file = files.get(folder);
    if (!file) files.set(folder, (file = readPractice(folder)));
    const progress = storyProgress(file.state.history[path], timeZone);
    if (progress) out[path] = progress;
  }
  return out;
}

export { PRACTICE_FILE };
