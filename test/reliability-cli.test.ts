// The CLI's edges (and the server's reads of the same files): output that cannot be written, an interrupt, files that
// are not regular files, odd names in SARIF, folder walks with no end. Each case runs the real CLI or server as a process.
import { spawn, execFileSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_FOLDER_DEPTH, MAX_STORIES_FOUND } from '../server/src/fsio';
import { record, writeReport } from './support/reliability-report';
import { CLI, ROOT } from './support/run-cli';
import { startClient, type TestClient } from './support/lsp-client';

afterAll(() => writeReport('cli'));

const STRONG = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
/** Long enough to notice a hang, far longer than any of these runs takes on a busy machine. */
const HANG = 15000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  hung: boolean;
}

/**
 * Runs the built CLI without blocking the test's thread, so that a hang is seen (and killed) instead of freezing the
 * suite. `stdout` is a file descriptor, or how the test reads the pipe: all of it, the first chunk and then closing
 * its end, or closing its end before the CLI writes anything.
 */
function cli(args: string[], cwd: string, options: { stdout?: number | 'read' | 'first-chunk' | 'closed'; onSpawn?: (child: ChildProcess) => void; hang?: number } = {}): Promise<Run> {
  const mode = options.stdout ?? 'read';
  const stdio: StdioOptions = ['ignore', typeof mode === 'number' ? mode : 'pipe', 'pipe'];
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  if (mode === 'closed') child.stdout!.destroy();
  else if (mode === 'first-chunk') child.stdout!.once('data', (d) => ((stdout += d), child.stdout!.destroy()));
  else if (mode === 'read') child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  options.onSpawn?.(child);
  return new Promise((resolve) => {
    let hung = false;
    const timer = setTimeout(() => ((hung = true), child.kill('SIGKILL')), options.hang ?? HANG);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung });
    });
  });
}

const temps: string[] = [];
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'star-reliability-cli-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const lines = (text: string) => text.trim().split('\n').filter(Boolean);

// ---- 6: output that cannot be written, and an interrupt ------------------------------------------------------------
describe('the CLI when its output cannot be written', () => {
  const dir = folder({ 'clean.star.md': STRONG });
  const COMMANDS = ([
    ['check', 'clean.star.md'],
    ['check', '--format', 'json', 'clean.star.md'],
    ['check', '--format', 'sarif', 'clean.star.md'],
    ['time', 'clean.star.md'],
    ['rules'],
    ['--help'],
    ['check', '--help'],
    ['--version'],
  ]).map((args) => ({ command: args.join(' '), args }));

  test.each(COMMANDS)('a reader that has gone before the first write: star-coach $command stops quietly, exit 0', async ({ args }) => {
    const r = await cli(args, dir, { stdout: 'closed' });
    expect(r.hung).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('a reader that closes after the first chunk of a long report (| head -c): quiet, and the exit code of the check', async () => {
    const many = folder(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`s${String(i).padStart(2, '0')}.star.md`, WEAK])));
    const r = await cli(['check', '--format', 'json', '.'], many, { stdout: 'first-chunk' });
    expect(r.hung).toBe(false);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the weak stories have error findings, as a full run says
    record({ area: 'cli', input: `stdout a pipe whose reader leaves early (before the first write: ${COMMANDS.length} commands; after the first chunk of a long JSON report)`, cases: COMMANDS.length + 1, result: 'stops quietly; the exit code is the run’s own (0 clean, 1 error findings), never a stack trace' });
  });

  test.each(COMMANDS)('stdout on a full device (> /dev/full): star-coach $command says so in one line, exit 3', async ({ args }) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await cli(args, dir, { stdout: fd });
      expect(r.hung).toBe(false);
      expect(lines(r.stderr)).toEqual(['star-coach: the output could not be written: no space is left on the device.']);
      expect(r.code).toBe(3);
    } finally {
      closeSync(fd);
    }
  });

  test('records /dev/full', () => {
    record({ area: 'cli', input: `stdout on a full device (/dev/full), ${COMMANDS.length} commands`, cases: COMMANDS.length, result: 'one line on stderr, exit 3' });
  });

  test('an interrupt (SIGINT, Ctrl+C) during a long check: exit 130, no stack trace', async () => {
    // A configuration with a bad key gets its line on stderr before the stories are checked, after the CLI is ready for Ctrl+C.
    const many = folder({ '.git/HEAD': '', '.starcoach.json': '{ "colour": "red" }', ...Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`s${i}.star.md`, WEAK])) });
    let sent = false;
    const r = await cli(['check', '--jobs', '1', '.'], many, {
      onSpawn: (child) => child.stderr!.once('data', () => (sent = child.kill('SIGINT'))),
    });
    expect(r.hung).toBe(false);
    expect(sent).toBe(true);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toMatch(/\.starcoach\.json: .*colour/);
    expect(r.code).toBe(130);
    record({ area: 'cli', input: 'an interrupt (SIGINT) while 3,000 stories are checked on one thread', cases: 1, result: 'exit 130 at once, no report, no stack trace' });
  });
});

// ---- 7: files that are not regular files ----------------------------------------------------------------------------
describe('the CLI on named pipes and devices', () => {
  const dir = folder({ 'good.star.md': STRONG });
  mkfifo(join(dir, 'pipe.star.md'));
  mkfifo(join(dir, 'pipe.json'));
  symlinkSync('pipe.star.md', join(dir, 'link.star.md'));
  const walked = folder({ 'good.star.md': STRONG });
  symlinkSync(join(dir, 'pipe.star.md'), join(walked, 'link.star.md'));
  const withConfig = folder({ 'good.star.md': STRONG, '.git/HEAD': 'ref: refs/heads/main\n' });
  mkfifo(join(withConfig, '.starcoach.json'));

  test.each([
    ['a named pipe named like a story', dir, ['pipe.star.md', 'good.star.md'], /^star-coach: pipe\.star\.md: is a named pipe, not a story$/, 2],
    ['a symbolic link to a named pipe', dir, ['link.star.md', 'good.star.md'], /^star-coach: link\.star\.md: is a named pipe, not a story$/, 2],
    ['a symbolic link to a named pipe found in a folder', walked, ['.'], /^star-coach: link\.star\.md: is a named pipe, not a story$/, 2],
    ['/dev/zero named on the command line', dir, ['/dev/zero', 'good.star.md'], /^star-coach: \/dev\/zero: is a device, not a story$/, 2],
    ['a named pipe as --config', dir, ['--config', 'pipe.json', 'good.star.md'], /^pipe\.json is a named pipe, not a configuration file, so none of it applies$/, 2],
    ['a named pipe as .starcoach.json', withConfig, ['good.star.md'], /\.starcoach\.json is a named pipe, not a configuration file, so none of it applies$/, 0],
  ] as const)('%s: one clear line, the other files checked, no hang', async (name, cwd, args, message, exitCode) => {
    const r = await cli(['check', '--format', 'json', ...args], cwd);
    expect(r.hung).toBe(false);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toMatch(message);
    const good = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'good.star.md');
    expect(good.diagnostics).toEqual([]);
    expect(r.code).toBe(exitCode);
    record({ area: 'cli', input: name, cases: 1, result: `one clear line, other files checked, exit ${exitCode}, no hang` });
  });

  test.each([
    ['star-coach time on a named pipe', ['time', 'pipe.star.md'], /^star-coach: pipe\.star\.md: is a named pipe, not a story$/],
    ['star-coach time on /dev/zero', ['time', '/dev/zero'], /^star-coach: \/dev\/zero: is a device, not a story$/],
  ])('%s: one clear line, exit 2, no hang', async (name, args, message) => {
    const r = await cli(args, dir);
    expect(r.hung).toBe(false);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toMatch(message);
    expect(r.code).toBe(2);
    record({ area: 'cli', input: name, cases: 1, result: 'one clear line, exit 2, no hang' });
  });
});

describe('the language server on named pipes', () => {
  /** Fails instead of waiting for ever when the server is stuck. */
  const within = <T>(promise: Promise<T>, what: string) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer to ${what} in ${HANG} ms`)), HANG))]);
  const stop = async (client: TestClient | undefined) => {
    if (!client) return;
    await Promise.race([client.stop(), new Promise((r) => setTimeout(r, 2000))]);
    client.process?.kill('SIGKILL');
  };
  const hover = (client: TestClient, uri: string) => within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), 'a hover');

  test('a named pipe as .starcoach.json at initialize: answered, one message, then requests as usual', async () => {
    const dir = folder({ '.git/HEAD': '' });
    mkfifo(join(dir, '.starcoach.json'));
    let client: TestClient | undefined;
    try {
      client = await within(startClient({ root: dir, capabilities: {} }), 'initialize');
      const uri = pathToFileURL(join(dir, 'open.star.md')).href;
      await client.open(uri, WEAK);
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, HANG);
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(client.messages).toEqual(['Star Coach: .starcoach.json is a named pipe, not a configuration file; using the defaults.']);
      record({ area: 'server', input: 'a named pipe as .starcoach.json at initialize', cases: 1, result: 'initialize answered, one message, the defaults, diagnostics as usual' });
    } finally {
      await stop(client);
    }
  });

  test('a named pipe story announced by didChangeWatchedFiles, and one opened and closed (push mode): the next request is answered', async () => {
    const dir = folder({ 'good.star.md': WEAK });
    mkfifo(join(dir, 'pipe.star.md'));
    mkfifo(join(dir, 'closed.star.md'));
    let client: TestClient | undefined;
    try {
      client = await within(startClient({ root: dir, capabilities: {} }), 'initialize');
      const good = pathToFileURL(join(dir, 'good.star.md')).href;
      await client.waitForDiagnostics(good, (p) => p.diagnostics.length > 0, HANG);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'pipe.star.md')).href, type: 2 }] });
      expect(await hover(client, good)).toBeNull(); // not open: nothing to hover, but an answer
      const closed = pathToFileURL(join(dir, 'closed.star.md')).href;
      await client.open(closed, WEAK);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
      const open = pathToFileURL(join(dir, 'open.star.md')).href;
      await client.open(open, WEAK);
      expect(await hover(client, open)).not.toBeUndefined();
      expect(client.published.some((p) => p.uri.endsWith('pipe.star.md') && p.diagnostics.length > 0)).toBe(false);
      record({ area: 'server', input: 'named pipe stories from didChangeWatchedFiles and didClose (push mode)', cases: 2, result: 'not read; the next requests answered' });
    } finally {
      await stop(client);
    }
  });
});

// ---- 12: SARIF URIs ---------------------------------------------------------------------------------------------------
describe('SARIF locations for odd file names', () => {
  const NAMES = ['%41.star.md', 'a#b.star.md', 'what?.star.md', 'back\\slash.star.md', 'a:b.star.md', 'with space.star.md', 'ünï 😀.star.md', 'sub/50%.star.md'];
  const dir = folder(Object.fromEntries(NAMES.map((n) => [n, WEAK])));
  const base = pathToFileURL(dir + '/');
  const uris = (stdout: string) => {
    const sarif = JSON.parse(stdout);
    return [...new Set(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri))] as string[];
  };
  const wellFormed = (uri: string) => !/[#?\\ ]|%(?![0-9A-F]{2})/.test(uri);

  test('relative paths (a folder given): URI references that resolve against the folder back to each file', async () => {
    const r = await cli(['check', '--format', 'sarif', '.'], dir);
    const found = uris(r.stdout);
    expect(found.every(wellFormed)).toBe(true);
    expect(found.map((u) => fileURLToPath(new URL(u, base))).sort()).toEqual(NAMES.map((n) => join(dir, n)).sort());
    expect(found.map((u) => u.split('/').map(decodeURIComponent).join('/')).sort()).toEqual([...NAMES].sort());
  });

  test('absolute paths: file URIs that decode back to each file', async () => {
    const r = await cli(['check', '--format', 'sarif', ...NAMES.map((n) => join(dir, n))], dir);
    const found = uris(r.stdout);
    expect(found.every((u) => u.startsWith('file:///') && wellFormed(u))).toBe(true);
    expect(found.map((u) => fileURLToPath(u)).sort()).toEqual(NAMES.map((n) => join(dir, n)).sort());
    record({ area: 'cli', input: 'SARIF for file names with %41, #, ?, a backslash, a colon, a space, emoji, relative and absolute', cases: NAMES.length * 2, result: 'valid JSON; every artifact URI is percent-encoded and resolves back to its file' });
  });
});

// ---- 11: the folder walk's caps ------------------------------------------------------------------------------------------
describe('the CLI’s folder walk has caps', () => {
  const TINY = '## Situation\n\nI did it.\n';

  test('more stories than the cap: the first are checked, one line says the rest were not', async () => {
    const dir = folder();
    for (let i = 0; i < MAX_STORIES_FOUND + 3; i++) writeFileSync(join(dir, `s${String(i).padStart(5, '0')}.star.md`), TINY);
    const r = await cli(['check', '--format', 'json', '.'], dir, { hang: 100_000 }); // thousands of stories on a busy machine
    expect(r.hung).toBe(false);
    const files = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(files).toHaveLength(MAX_STORIES_FOUND);
    expect(files.at(-1)).toBe(`s${String(MAX_STORIES_FOUND - 1).padStart(5, '0')}.star.md`);
    expect(lines(r.stderr)).toEqual([`star-coach: stopped looking for stories after the first ${MAX_STORIES_FOUND.toLocaleString('en-US')}; name fewer folders to check the others.`]);
    record({ area: 'cli', input: `${MAX_STORIES_FOUND + 3} stories in one folder`, cases: 1, result: `the first ${MAX_STORIES_FOUND} checked; one line on stderr says so` });
  }, 120_000);

  test('folders deeper than the cap: not searched, one line says so, the shallow stories are checked', async () => {
    const deep = Array.from({ length: MAX_FOLDER_DEPTH + 2 }, (_, i) => `d${i}`).join('/');
    const dir = folder({ 'top.star.md': TINY, [`${deep}/deep.star.md`]: TINY, 'd0/d1/near.star.md': TINY });
    const r = await cli(['check', '--format', 'json', '.'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['d0/d1/near.star.md', 'top.star.md']);
    expect(lines(r.stderr)).toEqual([`star-coach: folders more than ${MAX_FOLDER_DEPTH} levels below . were not searched.`]);
    record({ area: 'cli', input: `a story ${MAX_FOLDER_DEPTH + 2} folders deep`, cases: 1, result: `folders more than ${MAX_FOLDER_DEPTH} levels down not searched; one line on stderr says so` });
  });
});
