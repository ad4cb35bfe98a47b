// The pre-commit hook (.pre-commit-hooks.yaml) as a pre-commit user gets it: pre-commit installs this repository at a
// commit, with the node and npm on the PATH and npm offline, and runs the hook on a story repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ROOT } from './support/run-cli';

const temp = mkdtempSync(join(tmpdir(), 'star-coach-pre-commit-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const HOOKS = join(temp, 'star-coach'); // this repository, as a user's pre-commit clones it
const HOME = join(temp, 'pre-commit-home'); // pre-commit's own cache: empty, so the hook is installed afresh
const WEAK = readFileSync(join(ROOT, 'samples', 'webhook-weak.star.md'), 'utf8');
const STRONG = readFileSync(join(ROOT, 'samples', 'webhook-strong.star.md'), 'utf8');

/**
 * A user's shell, not the npm that may have started this test (its npm_* variables name this repository as the
 * project). npm may use its cache (which `npm ci` filled) and nothing else: offline, npm answers from the cache or
 * fails, so the hook's install can never reach a registry. Git gets a name to commit with.
 */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
  PRE_COMMIT_HOME: HOME,
  npm_config_offline: 'true',
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 'Star Coach test',
  GIT_AUTHOR_EMAIL: 'test@star-coach.invalid',
  GIT_COMMITTER_NAME: 'Star Coach test',
  GIT_COMMITTER_EMAIL: 'test@star-coach.invalid',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const preCommit = (cwd: string, ...args: string[]) => spawnSync('pre-commit', args, { cwd, env, encoding: 'utf8' });

const DOCS = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');

/** docs/ci.md's .pre-commit-config.yaml, pointed at this repository at `rev`. */
function docsConfig(rev: string) {
  const config = /```yaml\n(repos:\n[\s\S]*?)```/.exec(DOCS)![1];
  expect(config.match(/^ *(- repo|rev|hooks):/gm)).toHaveLength(3);
  return config.replace(/(repo: )\S+/, `$1${HOOKS}`).replace(/(rev: )\S+/, `$1${rev}`);
}

/** A story repository whose .pre-commit-config.yaml is docs/ci.md's. */
function storyRepository(name: string, files: Record<string, string>, rev: string) {
  const dir = join(temp, name);
  mkdirSync(dir);
  git(dir, 'init', '-q');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), docsConfig(rev));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'add', '-A');
  return dir;
}

let rev: string;

beforeAll(() => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error('pre-commit is not installed: test-editor/setup.sh installs it from Debian (run it as root).');
  // The working tree as it would be committed: every file git tracks or would add, at one commit of its own.
  const files = git(ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(HOOKS, f)), { recursive: true });
    try {
      copyFileSync(join(ROOT, f), join(HOOKS, f));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted in the working tree, not yet in the index
    }
  }
  git(HOOKS, 'init', '-q');
  git(HOOKS, 'add', '-A');
  git(HOOKS, 'commit', '-q', '-m', 'Star Coach as it stands');
  rev = git(HOOKS, 'rev-parse', 'HEAD');
});

describe('the pre-commit hook', () => {
  test('installed from the repository at a commit, it fails on a weak story and passes on a strong one', () => {
    const repo = storyRepository('weak', { 'stories/webhook.star.md': WEAK }, rev);
    const failed = preCommit(repo, 'run', '--all-files');
    expect(failed.stderr).not.toMatch(/error has occurred/i);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^Star Coach\.+Failed$/m);
    expect(failed.stdout).toMatch(/^stories\/webhook\.star\.md:13:1 {2}error {4}“My manager asked me to look into the webhook drops” .* {2}assigned-work$/m);
    // pre-commit took the node and npm it found on the PATH (no Node.js download): its environment is "system". What it
    // installed there is the root's `npm pack`: the two bundles, the rule pages, docs/review.md, and nothing more (.npmignore).
    const [clone] = readdirSync(HOME).filter((d) => d.startsWith('repo') && existsSync(join(HOME, d, 'node_env-system')));
    const installed = join(HOME, clone, 'node_env-system', 'lib', 'node_modules');
    expect(readdirSync(installed)).toEqual(['star-coach']);
    const files = readdirSync(join(installed, 'star-coach'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => relative(join(installed, 'star-coach'), join(f.parentPath, f.name)));
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`);
    expect(files.sort()).toEqual(['LICENSE', 'README.md', 'dist/cli.js', 'dist/server.js', ...pages, 'docs/review.md', 'package.json'].sort());

    writeFileSync(join(repo, 'stories', 'webhook.star.md'), STRONG);
    const passed = preCommit(repo, 'run', '--all-files');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/^Star Coach\.+Passed$/m);
  }, 600_000);

  test('it reads stories only: a Markdown file that is not a story is left alone', () => {
    const repo = storyRepository('notes', { 'notes.md': WEAK }, rev);
    const r = preCommit(repo, 'run', '--all-files');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Star Coach\.+\(no files to check\)Skipped$/m);
  }, 600_000);

  test('as a git hook, it refuses a commit of a weak story and lets a strong one through', () => {
    const repo = storyRepository('commits', { 'README.md': 'Stories.\n' }, rev);
    preCommit(repo, 'install');
    git(repo, 'commit', '-q', '-m', 'start');
    writeFileSync(join(repo, 'webhook.star.md'), WEAK);
    git(repo, 'add', 'webhook.star.md');
    const refused = spawnSync('git', ['commit', '-m', 'a weak story'], { cwd: repo, env, encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/assigned-work/);
    expect(git(repo, 'log', '--format=%s')).toBe('start');
    writeFileSync(join(repo, 'webhook.star.md'), STRONG);
    git(repo, 'add', 'webhook.star.md');
    git(repo, 'commit', '-q', '-m', 'a strong story');
    expect(git(repo, 'log', '--format=%s')).toBe('a strong story\nstart');
  }, 600_000);
});

describe("docs/ci.md's plain git hook", () => {
  test('refuses a commit of a weak story, and lets through a commit with no story and one of a strong story', () => {
    const script = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(DOCS)![1];
    const bin = join(temp, 'bin'); // star-coach on the PATH: the CLI built from this working tree
    mkdirSync(bin);
    writeFileSync(join(bin, 'star-coach'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
    const hookEnv = { ...env, PATH: `${bin}:${env.PATH}` };
    const commit = (cwd: string, message: string) => spawnSync('git', ['commit', '-m', message], { cwd, env: hookEnv, encoding: 'utf8' });
    const repo = join(temp, 'plain');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), script, { mode: 0o755 });
    writeFileSync(join(repo, 'README.md'), 'Stories.\n');
    git(repo, 'add', 'README.md');
    expect(commit(repo, 'start').status).toBe(0);
    writeFileSync(join(repo, 'my webhook.star.md'), WEAK);
    git(repo, 'add', '-A');
    const refused = commit(repo, 'a weak story');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/^my webhook\.star\.md:13:1 {2}error .* {2}assigned-work$/m);
    // A commit that holds no story passes, even with the weak story still on disk.
    git(repo, 'reset', '-q');
    writeFileSync(join(repo, 'README.md'), 'Stories, one per file.\n');
    git(repo, 'add', 'README.md');
    const notes = commit(repo, 'notes');
    expect(notes.status, notes.stdout + notes.stderr).toBe(0);
    writeFileSync(join(repo, 'my webhook.star.md'), STRONG);
    git(repo, 'add', '-A');
    const passed = commit(repo, 'a strong story');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(git(repo, 'log', '--format=%s')).toBe('a strong story\nnotes\nstart');
  });
});
