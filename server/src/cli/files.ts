// Which files the CLI checks: paths, folders (every *.star.md below, skipping node_modules and dot folders) and globs.
// What a folder or a glob finds is subject to the configuration's `ignores` and to the search caps; a file named on the
// command line is not.
import { statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { globSync } from 'tinyglobby';
import { isStoryPath, MAX_FOLDER_DEPTH, MAX_STORIES_FOUND, storiesUnder } from '../fsio';

export interface Target {
  path: string;
  /** Set when the argument named nothing usable. */
  error?: string;
}

const GLOB = /[*?[\]{}]/;

/** Whether `ignores` leaves out an absolute path. */
export type Ignored = (path: string) => boolean;

/**
 * Expands the command line's arguments, in order, without duplicates. Folders and globs find `MAX_STORIES_FOUND`
 * stories at most between them; `notices` says, a line each, when a search stopped short.
 */
export function findTargets(args: string[], cwd: string, ignored: Ignored = () => false): { targets: Target[]; notices: string[] } {
  const targets: Target[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  let searched = 0;
  let full = false;
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      targets.push({ path: p });
    }
  };
  /** Says once that the searches stopped at the cap. */
  const stop = () => {
    if (full) return;
    full = true;
    notices.push(`stopped looking for stories after the first ${MAX_STORIES_FOUND.toLocaleString('en-US')}; name fewer folders to check the others.`);
  };
  /** Adds what a search found, up to the cap, which counts every folder and glob together; false once it is reached. */
  const addFound = (p: string) => {
    if (full) return false;
    if (seen.has(p)) return true;
    if (searched === MAX_STORIES_FOUND) {
      stop();
      return false;
    }
    searched++;
    add(p);
    return true;
  };
  for (const arg of args.length ? args : ['.']) {
    const full = isAbsolute(arg) ? arg : join(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch (error) {
      // A pattern only when no file has that name: `what?.star.md` may be a story's own name.
      if (GLOB.test(arg)) {
        const matched = globSync(arg, { cwd, ignore: ['**/node_modules/**'], dot: false }).sort();
        if (matched.length === 0) targets.push({ path: arg, error: 'no file matches this pattern' });
        for (const m of matched) if (!ignored(isAbsolute(m) ? m : join(cwd, m)) && !addFound(m)) break;
      } else targets.push({ path: arg, error: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory() && isStoryPath(arg)) targets.push({ path: arg, error: 'is a folder, not a story' });
    else if (stat.isDirectory()) {
      let deep = false;
      // The walk's own cap (one folder's worth) and this one (all the arguments') say the same line, once.
      const capReached = (cap: string) => (cap === 'depth' ? (deep = true) : stop());
      for (const f of storiesUnder([full], { ignored, capReached })) if (!addFound(isAbsolute(arg) ? f : relative(cwd, f) || f)) break;
      if (deep) notices.push(`folders more than ${MAX_FOLDER_DEPTH} levels below ${arg} were not searched.`);
    } else add(arg);
  }
  return { targets, notices };
}
