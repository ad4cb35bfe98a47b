// `ignores` in .starcoach.json: the stories on disk that a folder walk (the CLI's, the server's workspace pass) leaves out.
// Paths only, as strings: the callers read the disk and say where each path is relative to the configuration file.
import picomatch from 'picomatch';

/**
 * A test for paths relative to the configuration file's folder. A path is left out when a pattern matches it or any
 * folder above it. As in `.gitignore`, a pattern with no slash inside matches a name at any depth (`archive` and
 * `archive/` leave out every folder named archive), and one with a slash inside, or a leading `./`, matches from the
 * configuration's folder (`drafts/**` and `./drafts` leave out the top `drafts` folder only). Paths outside that folder are never left out.
 * Backslashes count as separators, as Windows' relative paths use them.
 */
export function ignoreMatcher(patterns: readonly string[] | undefined): (relativePath: string) => boolean {
  if (!patterns || patterns.length === 0) return () => false;
  const anywhere: string[] = [];
  const fromTop: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.replace(/\/+$/, '');
    if (/^\.?\//.test(pattern) || pattern.includes('/')) fromTop.push(pattern.replace(/^\.?\//, ''));
    else anywhere.push(pattern);
  }
  const byName = anywhere.length ? picomatch(anywhere, { dot: true, basename: true }) : () => false;
  const byPath = fromTop.length ? picomatch(fromTop, { dot: true }) : () => false;
  const matches = (path: string) => byName(path) || byPath(path);
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (path === '' || path === '..' || path.startsWith('../') || path.startsWith('/')) return false;
    let at = path.indexOf('/');
    while (at >= 0) {
      if (matches(path.slice(0, at))) return true;
      at = path.indexOf('/', at + 1);
    }
    return matches(path);
  };
}
