// What the CLI and the language server read from disk, in one place: stories and `.starcoach.json` (regular files only,
// within one size limit, so a named pipe or a device named like a story never blocks or floods either), where that
// file is, the one folder walk for stories with its caps, the rule pages shipped beside the bundles, and the writes:
// a story the CLI fixes (`writeStory`, atomic), the new files of `star-coach init` (`createFile`, never over anything),
// and the drill's practice file, which the CLI and the server both update (`updatePractice`, atomic, under a lock).
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, copyFileSync, existsSync, fchmodSync, fchownSync, fstatSync, fsyncSync, mkdirSync, opendirSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Dirent, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE, emptyPractice, ignoreMatcher, isStoryPath, parseConfig, parsePractice, PRACTICE_FILE, RULE_IDS, serializePractice, type PracticeState, type StarCoachConfig } from './core';

export { CONFIG_FILE, isStoryPath, PRACTICE_FILE, STORY_NAME } from './core';

/** Stories and configuration files over this many bytes are not read: a spoken answer is a few hundred words. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** A folder search stops after this many stories… */
export const MAX_STORIES_FOUND = 5000;
/** …and reads folders at most this many levels below where it started. */
export const MAX_FOLDER_DEPTH = 20;

export type ReadResult = { text: string; error?: undefined; file: FileShape } | { text?: undefined; error: string; file?: undefined; /** Nothing is there to read. */ missing?: true };

/** What a file was like when it was read, besides its text: what `writeStory` keeps, and how it tells a change since. */
export interface FileShape {
  /** It began with a UTF-8 byte-order mark (dropped from the text). */
  bom: boolean;
  /** Permission bits. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtimeMs: number;
}

interface Kind {
  noun: string;
  tooLarge: string;
}
const STORY: Kind = { noun: 'story', tooLarge: `stories over ${MAX_FILE_BYTES / 1024 / 1024} MiB are not checked` };
const CONFIG: Kind = { noun: 'configuration file', tooLarge: `configuration files over ${MAX_FILE_BYTES / 1024 / 1024} MiB are not read` };
/** The practice file grows with the bank (a card per question, 200 readings per story), so it may be larger than a story. */
export const MAX_PRACTICE_BYTES = 16 * 1024 * 1024;
const PRACTICE: Kind = { noun: 'practice file', tooLarge: `practice files over ${MAX_PRACTICE_BYTES / 1024 / 1024} MiB are not read` };

function notRegular(stat: Stats, kind: Kind): string | undefined {
  if (stat.isFile()) return undefined;
  const what = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'a special file';
  return `is ${what}, not a ${kind.noun}`;
}

function readText(path: string, kind: Kind, limit = MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    // Judged before opening (opening a device can do things of its own), and again on what was opened, which is what is read.
    const named = notRegular(statSync(path), kind);
    if (named) return { error: named };
    // Non-blocking, so that a pipe swapped in since the check cannot hold up the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    const refused = notRegular(stat, kind) ?? (stat.size > limit ? `is ${Math.round(stat.size / 1024)} KiB; ${kind.tooLarge}` : undefined);
    if (refused) return { error: refused };
    // No more than the size said: a file that grows while it is read is read as it was.
    const bytes = Buffer.alloc(stat.size);
    let length = 0;
    for (let n = 1; length < bytes.length && n > 0; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    const content = bytes.subarray(0, length);
    if (content.includes(0)) return { error: `is a binary file, not a ${kind.noun}` };
    const bom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
    const file = { bom, mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid, size: stat.size, mtimeMs: stat.mtimeMs };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), file }; // a byte-order mark is dropped
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

/** Why a write failed, in a few words. */
function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'cannot be written: permission denied';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'cannot be written: no space is left on the device';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'cannot be written: it is gone';
  return `cannot be written (${code ?? 'an unknown error'})`;
}

/**
 * Replaces a story read by `readStory` with `text`, atomically: a new file in the same folder, written in full and
 * flushed, then renamed over the story, so that a reader sees the old text or the new, never half of either. It keeps
 * what `file` says the story was like (its byte-order mark, its permission bits and, where allowed, its owner) and
 * follows a symbolic link to the file it names. A story that changed since it was read is left alone. Returns why it was
 * not written, in a few words, or undefined once it is.
 */
export function writeStory(path: string, text: string, file: FileShape): string | undefined {
  let target: string;
  try {
    target = realpathSync(path);
    const now = statSync(target);
    if (!now.isFile() || now.size !== file.size || now.mtimeMs !== file.mtimeMs) return 'changed while it was being fixed, so it was left alone';
    accessSync(target, constants.W_OK); // a file its owner made read-only stays as it is
  } catch (error) {
    return writeFailure(error);
  }
  return writeBeside(target, Buffer.from((file.bom ? '\ufeff' : '') + text, 'utf8'), 0o600, (fd) => {
    try {
      fchownSync(fd, file.uid, file.gid);
    } catch {
      // only the superuser may give a file away; the new file is the writer's, as a save from an editor would make it
    }
    fchmodSync(fd, file.mode); // after the owner: a change of owner clears the set-user and set-group bits
  });
}

/**
 * Writes `bytes` to a new file beside `target` (a dot name, so that a folder search never takes it for a story), made
 * like the old one by `shape`, flushed, then renamed over `target`: a reader sees the old text or the new, never half.
 * Returns why it was not written, in a few words, or undefined once it is.
 */
function writeBeside(target: string, bytes: Buffer, mode: number, shape?: (fd: number) => void): string | undefined {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    shape?.(fd);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    return undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never made, or already renamed
    }
    return writeFailure(error);
  }
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
 * The `.starcoach.json` that applies to a workspace: the first of its folders that holds one (the language server's
 * rule: a workspace folder's own file, none from above it).
 */
export function workspaceConfig(folders: string[]): string | undefined {
  return folders.map((f) => join(f, CONFIG_FILE)).find((p) => existsSync(p));
}

/**
 * The `.starcoach.json` that applies to a folder: the nearest one in it or a folder above it, up to the top of its
 * repository (a folder holding `.git`) (the CLI's rule, from the current folder).
 */
export function nearestConfig(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const found = workspaceConfig([dir]);
    if (found || existsSync(join(dir, '.git')) || dirname(dir) === dir) return found;
  }
}

/**
 * The workspace folder a command run in `folder` practises in, where the drill's practice file lives: the nearest folder,
 * `folder` or one above it, that holds `.starcoach.json` or `.git`; `folder` itself when none does (the CLI's rule; the
 * server uses its workspace folders).
 */
export function practiceFolder(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE)) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return folder;
  }
}

/** A cap a walk reached: it found more stories than it keeps, or a folder deeper than it reads. */
export type WalkCap = 'stories' | 'depth';

export interface WalkOptions {
  /** Whether `ignores` leaves out an absolute path; a folder left out is not even read. */
  ignored?: (path: string) => boolean;
  /** Hears of each cap reached: `depth` for each folder too deep to read (`where`), `stories` once, as the walk stops. */
  capReached?: (cap: WalkCap, where: string) => void;
}

/**
 * The one folder walk for stories, the CLI's and the language server's: every story under the folders in `roots`
 * (`isStoryPath`; a regular file or a symbolic link, which is not followed here: reading it says when it names no
 * story), in name order within each folder, skipping hidden names (a leading dot), `node_modules` and what `ignored`
 * leaves out. It reads folders at most `MAX_FOLDER_DEPTH` levels below a root and stops after `MAX_STORIES_FOUND`
 * stories in all. A folder named like a story is searched, not read.
 *
 * One step per folder entry: it yields `undefined` for each entry read or passed over, so that a caller running in
 * slices (the server's workspace passes) gets its turn however many files a folder holds. `storiesUnder` gives the
 * stories alone.
 */
export function* walkStories(roots: string[], options: WalkOptions = {}): Generator<string | undefined> {
  const { ignored = () => false, capReached = () => {} } = options;
  let found = 0;
  /** Reads `dir` and the folders below it; false once the story cap has ended the whole walk. */
  function* walk(dir: string, depth: number): Generator<string | undefined, boolean> {
    if (depth > MAX_FOLDER_DEPTH) {
      capReached('depth', dir);
      return true;
    }
    const entries: Dirent[] = [];
    let folder;
    try {
      folder = opendirSync(dir, { bufferSize: 1024 });
    } catch {
      return true;
    }
    try {
      for (let e = folder.readSync(); e; e = folder.readSync()) {
        yield undefined;
        if (!e.name.startsWith('.') && e.name !== 'node_modules') entries.push(e);
      }
    } catch {
      // a folder that fails half-way is read as far as it went
    } finally {
      folder.closeSync();
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (ignored(p)) {
        yield undefined;
      } else if (e.isDirectory()) {
        if (!(yield* walk(p, depth + 1))) return false;
      } else if (isStoryPath(e.name) && (e.isFile() || e.isSymbolicLink())) {
        if (found === MAX_STORIES_FOUND) {
          capReached('stories', p);
          return false;
        }
        found++;
        yield p;
      } else yield undefined;
    }
    return true;
  }
  for (const root of roots) if (!(yield* walk(root, 0))) return;
}

/** The stories `walkStories` finds, without its steps, for a caller that takes them all at once (the CLI). */
export function* storiesUnder(roots: string[], options: WalkOptions = {}): Generator<string> {
  for (const p of walkStories(roots, options)) if (p !== undefined) yield p;
}

/**
 * A file URL to a rule's page, docs/rules/<id>.md, where the package ships it: one folder above the bundle that runs
 * (dist/). Undefined when the page is not there (a bundle copied on its own). The editor links findings to it and
 * SARIF names it as each rule's helpUri.
 */
export function ruleDocUrl(rule: string): string | undefined {
  return docUrl('rules', `${rule}.md`);
}

/** A file URL to docs/review.md, how the bar raiser's reading is reached, shipped beside the rule pages; the title's hover links to it. */
export function reviewDocUrl(): string | undefined {
  return docUrl('review.md');
}

function docUrl(...parts: string[]): string | undefined {
  const path = join(__dirname, '..', 'docs', ...parts);
  return existsSync(path) ? pathToFileURL(path).href : undefined;
}

/** The first regular file at `name` (a relative path) in `folder` or a folder above it, as Node finds a package. */
export function findUpward(folder: string, name: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: look one folder up
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Makes a folder and the folders above it that are missing; says in a few words why not, when it cannot. */
export function makeFolder(path: string): string | undefined {
  try {
    mkdirSync(path, { recursive: true });
    return statSync(path).isDirectory() ? undefined : 'is a file, not a folder';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOTDIR' || code === 'EEXIST' ? 'is a file, not a folder' : writeFailure(error);
  }
}

/**
 * Writes a new file, never over anything: when the name is taken (a file, a folder, even a broken symbolic link) the
 * answer is `exists` and nothing is touched. A file that could not be written whole is taken away again.
 */
export function createFile(path: string, text: string): 'created' | 'exists' | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : { error: writeFailure(error) };
  }
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    return 'created';
  } catch (error) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
    return { error: writeFailure(error) };
  } finally {
    closeSync(fd);
  }
}

// ---- the drill's practice file ---------------------------------------------------------------------------------------

export interface PracticeRead {
  /** What the file holds; empty when it is not there or cannot be read. */
  state: PracticeState;
  /** What was wrong in it, a sentence each (`parsePractice`'s); what could not be read is not in `state`. */
  problems: string[];
  /** Why the file could not be read at all, in a sentence; `state` is then empty. */
  error?: string;
}

/** The practice file of a workspace folder, read: no file is an empty state, and nothing is written. */
export function readPractice(folder: string): PracticeRead {
  const read = readText(join(folder, PRACTICE_FILE), PRACTICE, MAX_PRACTICE_BYTES);
  if (read.error !== undefined && read.missing) return { state: emptyPractice(), problems: [] };
  if (read.error !== undefined) return { state: emptyPractice(), problems: [], error: `${PRACTICE_FILE} ${read.error}.` };
  return parsePractice(read.text);
}

export interface PracticeUpdate extends PracticeRead {
  /** Whether the file was written: false when the change changed nothing, or on `error`. */
  written: boolean;
  /** Where the file as it was is kept, when it had problems (a copy is made before anything of it is dropped). */
  keptAs?: string;
}

/** How long `updatePractice` waits for another writer before it gives up, and when a lock left behind counts as stale. */
const LOCK_WAIT_MS = 5000;
const STALE_LOCK_MS = 10_000;

/**
 * Reads the practice file, applies `change` and writes the result, atomically (a new file beside it, renamed over it,
 * as `writeStory` does), under a lock file (`.starcoach-practice.json.lock`) so that two writers, the CLI and the
 * server, never lose each other's grades: `change` is applied to what is on disk at that moment. A file with problems
 * is first copied to `.starcoach-practice.json.bad` (or `.bad.2`, …), and `problems` says so; a file that cannot be
 * read at all (a folder, too large, no permission) is left alone, and nothing is written. The change must be pure.
 */
export function updatePractice(folder: string, change: (state: PracticeState) => PracticeState): PracticeUpdate {
  const path = join(folder, PRACTICE_FILE);
  const lock = `${path}.lock`;
  const locked = takeLock(lock);
  if (locked) return { state: emptyPractice(), problems: [], error: locked, written: false };
  try {
    const read = readText(path, PRACTICE, MAX_PRACTICE_BYTES);
    if (read.error !== undefined && !read.missing) return { state: emptyPractice(), problems: [], error: `${PRACTICE_FILE} ${read.error}, so nothing was written.`, written: false };
    const { state, problems } = read.text === undefined ? { state: emptyPractice(), problems: [] } : parsePractice(read.text);
    let keptAs: string | undefined;
    if (problems.length > 0) {
      const kept = keepCopy(path);
      if (typeof kept !== 'string') return { state, problems, error: `${PRACTICE_FILE} has problems and could not be copied aside (${kept.error}), so nothing was written.`, written: false };
      keptAs = kept;
      problems.push(`The practice file as it was is kept in ${basename(kept)}.`);
    }
    const next = change(state);
    const text = serializePractice(next);
    if (read.text !== undefined && text === read.text.replace(/^\uFEFF/, '')) return { state: next, problems, keptAs, written: false };
    const failed = replaceFile(path, text, read.file);
    if (failed) return { state, problems, keptAs, error: `${PRACTICE_FILE} ${failed}, so the change was not saved.`, written: false };
    return { state: next, problems, keptAs, written: true };
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // taken away as stale by another writer: nothing to give back
    }
  }
}

/** Blocks this thread for `ms` milliseconds, without spinning. */
function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes the lock file, waiting up to `LOCK_WAIT_MS` for another writer; a lock whose process is gone (on this machine)
 * or older than `STALE_LOCK_MS` (a writer holds it for milliseconds) is taken away. Says why not, in a sentence.
 */
function takeLock(lock: string): string | undefined {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
      } finally {
        closeSync(fd);
      }
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return `${PRACTICE_FILE} ${writeFailure(error)}, so nothing was written.`;
    }
    if (staleLock(lock)) {
      try {
        unlinkSync(lock);
      } catch {
        // its writer finished meanwhile
      }
      continue;
    }
    if (Date.now() > deadline) return `Another Star Coach has been writing ${PRACTICE_FILE} for ${LOCK_WAIT_MS / 1000} seconds, so nothing was written; try again, or delete ${basename(lock)} if no Star Coach is running.`;
    pause(Math.min(2 + attempt, 20));
  }
}

function staleLock(lock: string): boolean {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    if (age > STALE_LOCK_MS) return true;
    const { pid, host } = JSON.parse(readFileSync(lock, 'utf8')) as { pid?: unknown; host?: unknown };
    if (host !== hostname() || typeof pid !== 'number') return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    // gone already, or its writer has not written its name yet
    return false;
  }
}

/** Copies the file aside as `<name>.bad` (or `.bad.2`, …; a copy with the same bytes is used again). The copy's path, or why not. */
function keepCopy(path: string): string | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: writeFailure(error) };
  }
  for (let n = 1; n <= 20; n++) {
    const copy = `${path}.bad${n === 1 ? '' : `.${n}`}`;
    try {
      copyFileSync(path, copy, constants.COPYFILE_EXCL);
      return copy;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { error: writeFailure(error) };
    }
    try {
      if (readFileSync(copy).equals(bytes)) return copy;
    } catch {
      // not a file that can be read: try the next name
    }
  }
  return { error: 'twenty copies are already there' };
}

/** Writes `text` as the file at `path`, atomically: a new file beside it, flushed, renamed over it (keeping its permission bits). */
function replaceFile(path: string, text: string, file: FileShape | undefined): string | undefined {
  let target = path;
  try {
    if (file) {
      target = realpathSync(path);
      accessSync(target, constants.W_OK); // a file its owner made read-only stays as it is
    }
  } catch (error) {
    return writeFailure(error);
  }
  return writeBeside(target, Buffer.from(text, 'utf8'), 0o666, file ? (fd) => fchmodSync(fd, file.mode) : undefined);
}
