// The readings over time for `star-coach bank --format html`: the practice file the editor writes at each save
// (`.starcoach-practice.json`), in the folder the drill practises in (`fsio.practiceFolder`: the nearest folder with
// `.starcoach.json` or `.git`, else the current one), read (never written), and each story's history looked up by its
// path relative to that folder, as the editor keys it.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { storyProgress, type StoryProgress } from '../core';
import { practiceFolder, readPractice } from '../fsio';

/** This machine's time zone, the one the days are told in. */
function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * Each story's readings over time, by the path the bank names it with (relative to `cwd`); a story with none is left
 * out, and so is everything when there is no practice file. Problems in the file are the editor's to report: here a
 * history that cannot be read is simply not shown.
 */
export function bankProgress(paths: readonly string[], cwd: string, timeZone = localTimeZone()): Record<string, StoryProgress> {
  const folder = practiceFolder(cwd);
  const { state } = readPractice(folder);
  const out: Record<string, StoryProgress> = {};
  for (const path of paths) {
    const key = relative(folder, resolve(cwd, path));
    if (key.startsWith('..') || isAbsolute(key)) continue;
    const progress = storyProgress(state.history[key.split(sep).join('/')], timeZone);
    if (progress) out[path] = progress;
  }
  return out;
}
