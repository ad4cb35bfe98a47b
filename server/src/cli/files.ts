// Which files the CLI checks: paths, folders (every *.star.md below, skipping node_modules and dot folders) and globs.
// What a folder or a glob finds is subject to the configuration's `ignores`; a file named on the command line is not.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { globSync } from 'tinyglobby';

export interface Target {
  path: string;
  /** Set when the argument named nothing usable. */
  error?: string;
}

const STORY = /\.star\.md$/i;
const GLOB = /[*?[\]{}]/;

/** Whether `ignores` leaves out an absolute path. */
export type Ignored = (path: string) => boolean;

function walk(dir: string, out: string[], seen: Set<string>, ignored: Ignored) {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (ignored(p)) continue;
    if (e.isDirectory()) walk(p, out, seen, ignored); // a folder named like a story is searched, not read
    else if (STORY.test(e.name) && (e.isFile() || e.isSymbolicLink()) && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  }
}

/** Expands the command line's arguments, in order, without duplicates. */
export function findTargets(args: string[], cwd: string, ignored: Ignored = () => false): Target[] {
  const found: Target[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      found.push({ path: p });
    }
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
        if (matched.length === 0) found.push({ path: arg, error: 'no file matches this pattern' });
        matched.filter((m) => !ignored(isAbsolute(m) ? m : join(cwd, m))).forEach(add);
      } else found.push({ path: arg, error: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory() && STORY.test(arg)) found.push({ path: arg, error: 'is a folder, not a story' });
    else if (stat.isDirectory()) {
      const files: string[] = [];
      walk(full, files, new Set(), ignored);
      for (const f of files) add(isAbsolute(arg) ? f : relative(cwd, f) || f);
    } else add(arg);
  }
  return found;
}
