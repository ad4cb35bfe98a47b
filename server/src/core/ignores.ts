// `ignores` in .starcoach.json: the stories on disk that a folder walk (the CLI's, the server's workspace pass) leaves out.
// Paths only, as strings: the callers read the disk and say where each path is relative to the configuration file.
import picomatch from 'picomatch';

interface IgnoreRule {
  /** `!pattern`: brings back what an earlier pattern left out. */
  negated: boolean;
  /** Whether the pattern matches this path itself (not a folder above it). */
  test: (path: string) => boolean;
}

/**
 * A pattern that is nothing but an optional "!" and slashes or "./" (`/`, `//`, `./`, `!`, `!/`): once those are taken off,
 * no name is left. The JSON schema (config-schema.ts) refuses the same patterns with this expression.
 */
export const NAMES_NOTHING = /^!?(?:\.?\/)*$/;

/** What an unusable pattern's message ends with. */
export const PATTERN_EXAMPLE = 'write a folder such as "drafts" or a pattern such as "**/*.draft.star.md"';

/**
 * Reads one pattern, or says why it cannot be used. A pattern with no slash inside matches a name at any depth; one with
 * a slash inside, or a leading `/` or `./`, matches from the configuration's folder. With `insideOnly`, `x/**` matches
 * what is inside `x`, not `x` itself, so that a later `!x/keep.star.md` can bring a story back (as in `.gitignore`);
 * without it (no pattern brings anything back) `x/**` matches `x` too, so a walk never reads that folder.
 */
function readPattern(raw: string, insideOnly = true): IgnoreRule | string {
  const negated = raw.startsWith('!');
  const body = negated ? raw.slice(1) : raw; // `\!name` is a name that starts with "!": picomatch reads the escape
  const anchored = /^\.?\//.test(body) || body.replace(/\/+$/, '').includes('/');
  if (NAMES_NOTHING.test(raw)) return `names no file or folder; ${PATTERN_EXAMPLE}`;
  const pattern = body.replace(/^(?:\.?\/)+/, '').replace(/\/+$/, '');
  try {
    const options = { dot: true, nonegate: true, basename: !anchored };
    const matches = picomatch(pattern, options);
    const inside = insideOnly && pattern.endsWith('/**') ? picomatch(pattern.slice(0, -3), options) : undefined;
    return { negated, test: inside ? (path) => matches(path) && !inside(path) : matches };
  } catch {
    return `is not a pattern Star Coach can read; ${PATTERN_EXAMPLE}`;
  }
}

/** Why an `ignores` pattern cannot be used, or undefined when it can. */
export function ignorePatternProblem(pattern: string): string | undefined {
  const rule = readPattern(pattern);
  return typeof rule === 'string' ? rule : undefined;
}

/**
 * A test for paths relative to the configuration file's folder, with `.gitignore`'s rules: the last pattern that matches
 * a path decides, `!pattern` bringing it back; a path inside a folder that is left out stays out (`drafts` with
 * `!drafts/keep.star.md` leaves out all of drafts; `drafts/**` with it keeps that one story). Paths outside the folder are
 * never left out. Backslashes count as separators, as Windows' relative paths use them. Unusable patterns are skipped
 * (validation names them).
 */
export function ignoreMatcher(patterns: readonly string[] | undefined): (relativePath: string) => boolean {
  const bringsBack = (patterns ?? []).some((p) => p.startsWith('!'));
  const rules = (patterns ?? []).map((p) => readPattern(p, bringsBack)).filter((r): r is IgnoreRule => typeof r !== 'string');
  if (rules.length === 0) return () => false;
  const leftOut = (path: string) => {
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i].test(path)) return !rules[i].negated;
    return false;
  };
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (path === '' || path === '..' || path.startsWith('../') || path.startsWith('/')) return false;
    let at = path.indexOf('/');
    while (at >= 0) {
      if (leftOut(path.slice(0, at))) return true;
      at = path.indexOf('/', at + 1);
    }
    return leftOut(path);
  };
}
