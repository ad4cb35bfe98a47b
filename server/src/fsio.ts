// What the CLI and the language server read from disk, in one place: stories and `.starcoach.json` (regular files only,
// within one size limit, so a named pipe or a device named like a story never blocks or floods either), and the folder
// search for stories with its caps.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ignoreMatcher, parseConfig, RULE_IDS, type StarCoachConfig } from './core';

/** Stories and configuration files over this many bytes are not read: a spoken answer is a few hundred words. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** A folder search stops after this many stories… */
export const MAX_STORIES_FOUND = 5000;
/** …and reads folders at most this many levels below where it started. */
export const MAX_FOLDER_DEPTH = 20;

export const STORY_NAME = /\.star\.md$/i;

export type ReadResult = { text: string; error?: undefined } | { text?: undefined; error: string; /** Nothing is there to read. */ missing?: true };

interface Kind {
  noun: string;
  tooLarge: string;
}
const STORY: Kind = { noun: 'story', tooLarge: `stories over ${MAX_FILE_BYTES / 1024 / 1024} MiB are not checked` };
const CONFIG: Kind = { noun: 'configuration file', tooLarge: `configuration files over ${MAX_FILE_BYTES / 1024 / 1024} MiB are not read` };

function notRegular(stat: Stats, kind: Kind): string | undefined {
  if (stat.isFile()) return undefined;
  const what = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'a special file';
  return `is ${what}, not a ${kind.noun}`;
}

function readText(path: string, kind: Kind): ReadResult {
  let fd: number | undefined;
  try {
    // Judged before opening (opening a device can do things of its own), and again on what was opened, which is what is read.
    const named = notRegular(statSync(path), kind);
    if (named) return { error: named };
    // Non-blocking, so that a pipe swapped in since the check cannot hold up the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    const refused = notRegular(stat, kind) ?? (stat.size > MAX_FILE_BYTES ? `is ${Math.round(stat.size / 1024)} KiB; ${kind.tooLarge}` : undefined);
    if (refused) return { error: refused };
    // No more than the size said: a file that grows while it is read is read as it was.
    const bytes = Buffer.alloc(stat.size);
    let length = 0;
    for (let n = 1; length < bytes.length && n > 0; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    const content = bytes.subarray(0, length);
    if (content.includes(0)) return { error: `is a binary file, not a ${kind.noun}` };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) }; // a byte-order mark is dropped
  } catch (error) {
    if (error instanceof TypeError) return { error: 'is not valid UTF-8 text' };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { error: 'no such file', missing: true };
    if (code === 'EACCES' || code === 'EPERM') return { error: 'cannot be read: permission denied' };
    if (code === 'ELOOP') return { error: 'a symbolic link loop' };
    return { error: `cannot be read (${code ?? 'an unknown error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The text of a story file, or in a few words why it is not read (to follow its path: "story.md: is a folder, not a story"). */
export function readStory(path: string): ReadResult {
  return readText(path, STORY);
}

export interface LoadedConfig {
  config: StarCoachConfig;
  /** One line per bad key or value, naming it: `rules.hedgin: unknown rule (did you mean "hedging"?)`. */
  problems: string[];
  /** Why none of the file applies (it cannot be read, or is not JSON), to follow the file's name: `is not valid JSON at line 3, column 5`. */
  unusable?: string;
  /** Whether `ignores` leaves out this absolute path; the patterns are relative to the file's folder. */
  ignored: (path: string) => boolean;
  /** Set when no file is there at all (a name given with `--config` that is wrong, say). */
  missing?: true;
}

/**
 * `.starcoach.json` read (a regular file within the size limit; a byte-order mark is dropped) and validated: `unusable`
 * says in a few words why none of it applies; `problems` name each bad key or value, the rest of the file still applying.
 */
export function loadConfig(path: string): LoadedConfig {
  const read = readText(path, CONFIG);
  if (read.error !== undefined) return { config: {}, problems: [], unusable: read.error, ignored: () => false, ...(read.missing ? { missing: true as const } : {}) };
  const { config, problems, invalid } = parseConfig(read.text, RULE_IDS);
  const matches = ignoreMatcher(config.ignores);
  return { config, problems, unusable: invalid, ignored: (file) => matches(relative(dirname(path), file)) };
}

/**
 * Every story file under `root` (names ending in `.star.md`, symbolic links included), in name order, skipping
 * `node_modules`, dot folders and what `ignored` leaves out (a folder left out is not even read). Folders more than
 * `MAX_FOLDER_DEPTH` levels down are not read; `tooDeep` hears of each. A generator, so a caller takes as many as it
 * wants (`MAX_STORIES_FOUND`), all at once or in slices.
 */
export function* storiesUnder(root: string, ignored: (path: string) => boolean = () => false, tooDeep: (dir: string) => void = () => {}, depth = 0): Generator<string> {
  if (depth > MAX_FOLDER_DEPTH) return tooDeep(root);
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(root, e.name);
    if (ignored(p)) continue;
    if (e.isDirectory()) yield* storiesUnder(p, ignored, tooDeep, depth + 1); // a folder named like a story is searched, not read
    else if (STORY_NAME.test(e.name) && (e.isFile() || e.isSymbolicLink())) yield p;
  }
}
