// The npm package (packages/cli/) as a user gets it: staged by `esbuild.mjs --npm-package`, packed with `npm pack`,
// installed with `npm install -g` into a clean prefix, offline and with an empty npm cache, and run from there.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './support/run-cli';
import { startClient } from './support/lsp-client';
import { threadsFor } from '../server/src/cli/parallel';

const temp = mkdtempSync(join(tmpdir(), 'star-coach-npm-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const PREFIX = join(temp, 'prefix');
const BIN = join(PREFIX, 'bin');
const STORIES = join(temp, 'stories');
const { version: ROOT_VERSION } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const RULE_PAGES = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));

/** A user's shell, not the npm that may have started this test (its npm_* variables name this repository as the project). */
const userShell = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

/**
 * npm with nothing to fall back on: offline, an empty cache of its own and a registry on a closed loopback port, so any
 * step that wanted a download would fail instead of fetching one.
 */
function npm(args: string[], cwd = temp) {
  const r = spawnSync('npm', [...args, '--offline', '--cache', join(temp, 'empty-cache'), '--registry', 'http://127.0.0.1:9/', '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd,
    encoding: 'utf8',
    env: { ...userShell(), npm_config_userconfig: join(temp, 'npmrc') },
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

/** The installed commands, found on the PATH as a user's shell finds them, with no NODE_PATH to lean on. */
const userEnv = () => {
  const env: NodeJS.ProcessEnv = { ...userShell(), PATH: `${BIN}:${process.env.PATH}`, NO_COLOR: '1' };
  delete env.NODE_PATH;
  return env;
};
const installed = (command: string, args: string[]) => spawnSync(command, args, { cwd: STORIES, encoding: 'utf8', env: userEnv() });

let packed: { filename: string; size: number; files: Array<{ path: string }> };

beforeAll(() => {
  execFileSync(process.execPath, ['esbuild.mjs', '--npm-package'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(join(temp, 'npmrc'), '');
  mkdirSync(join(temp, 'empty-cache'));
  [packed] = JSON.parse(npm(['pack', join(ROOT, 'dist', 'npm'), '--json', '--pack-destination', temp]));
  npm(['install', '--global', '--prefix', PREFIX, join(temp, packed.filename)]);
  mkdirSync(STORIES);
  for (const f of ['webhook-weak.star.md', 'webhook-strong.star.md']) copyFileSync(join(ROOT, 'samples', f), join(STORIES, f));
}, 120_000);

describe('the npm package', () => {
  test('the tarball holds the two bundles, the rule pages and docs/review.md, the manifest, README and LICENSE, and nothing else', () => {
    const expected = ['LICENSE', 'README.md', 'dist/cli.js', 'dist/server.js', 'package.json', 'docs/review.md', ...RULE_PAGES.map((f) => `docs/rules/${f}`)];
    expect(packed.files.map((f) => f.path).sort()).toEqual(expected.sort());
    expect(statSync(join(temp, packed.filename)).size).toBe(packed.size);
  });

  test('its manifest: the root version, both commands, Node 20, no dependencies and no install scripts', () => {
    const manifest = JSON.parse(readFileSync(join(PREFIX, 'lib', 'node_modules', 'star-coach', 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'star-coach', version: ROOT_VERSION, license: 'MIT', engines: { node: '>=20' } });
    expect(manifest.bin).toEqual({ 'star-coach': 'dist/cli.js', 'star-coach-language-server': 'dist/server.js' });
    for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'scripts', '//']) expect(manifest).not.toHaveProperty(key);
    expect(readdirSync(join(PREFIX, 'lib', 'node_modules'))).toEqual(['star-coach']);
  });

  test('the bundles are self-contained: every module they require is part of Node', () => {
    const builtins = new Set(builtinModules);
    for (const bundle of ['cli.js', 'server.js']) {
      const text = readFileSync(join(PREFIX, 'lib', 'node_modules', 'star-coach', 'dist', bundle), 'utf8');
      const required = [...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
      expect(required.length, bundle).toBeGreaterThan(0);
      expect(required.filter((m) => !builtins.has(m.replace(/^node:/, ''))), bundle).toEqual([]);
    }
  });
});

describe('the installed star-coach', () => {
  test('--version prints the root version', () => {
    const r = installed('star-coach', ['--version']);
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ status: 0, stdout: `${ROOT_VERSION}\n` });
  });

  test('check on a weak story exits 1 with its findings, as the CLI built from source does', () => {
    const r = installed('star-coach', ['check', 'webhook-weak.star.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^webhook-weak\.star\.md:13:1 {2}error {4}“My manager asked me to look into the webhook drops” .* {2}assigned-work$/m);
    expect(r.stdout).toMatch(/^\d+ problems \(3 errors, \d+ warnings, \d+ info, \d+ hints\) in 1 story\.$/m);
    expect(r.stdout).toBe(runCli(['check', 'webhook-weak.star.md'], STORIES).stdout);
  });

  test('check on a strong story exits 0', () => {
    const r = installed('star-coach', ['check', 'webhook-strong.star.md']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^No problems in 1 story\.$/m);
  });

  test('check on many stories runs its worker threads from the installed bundle', () => {
    const many = join(temp, 'many');
    mkdirSync(many);
    for (let i = 0; i < 100; i++) copyFileSync(join(STORIES, 'webhook-weak.star.md'), join(many, `s${String(i).padStart(3, '0')}.star.md`));
    const run = (jobs: string) => spawnSync('star-coach', ['check', '--jobs', jobs, '--format', 'json', many], { encoding: 'utf8', env: userEnv(), maxBuffer: 64 * 1024 * 1024 });
    expect(threadsFor(100, 2)).toBe(2);
    const [threads, one] = [run('2'), run('1')];
    expect(threads.stderr).toBe('');
    expect(threads.status).toBe(1);
    expect(JSON.parse(threads.stdout).files).toHaveLength(100);
    expect(threads.stdout).toBe(one.stdout);
  });
});

/** The installed server on stdio; `early` rejects, with what it said on stderr, if it exits before the test is done. */
function startInstalledServer() {
  const server = spawn('star-coach-language-server', ['--stdio'], { cwd: STORIES, env: userEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const early = exited.then((code): never => {
    throw new Error(`star-coach-language-server exited with ${code}: ${stderr}`);
  });
  early.catch(() => undefined);
  return { server, exited, early };
}

describe('the installed star-coach-language-server', () => {
  test('answers initialize over stdio, publishes findings linked to its own rule pages, and exits cleanly', async () => {
    const { server, exited, early } = startInstalledServer();
    const client = await Promise.race([startClient({ root: STORIES, capabilities: {}, streams: { fromServer: server.stdout, toServer: server.stdin } }), early]);
    const uri = pathToFileURL(join(STORIES, 'webhook-weak.star.md')).href;
    await client.open(uri, readFileSync(join(STORIES, 'webhook-weak.star.md'), 'utf8'));
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const assigned = published.diagnostics.find((d) => d.code === 'assigned-work');
    expect(assigned?.codeDescription?.href).toBe(pathToFileURL(join(PREFIX, 'lib', 'node_modules', 'star-coach', 'docs', 'rules', 'assigned-work.md')).href);
    // the title's hover links to how the reading is reached, as the package ships it
    const title = readFileSync(join(STORIES, 'webhook-weak.star.md'), 'utf8').split('\n').findIndex((l) => l.startsWith('# '));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: title, character: 2 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain(`(${pathToFileURL(join(PREFIX, 'lib', 'node_modules', 'star-coach', 'docs', 'review.md')).href})`);
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
    client.connection.dispose();
  });

  test('its initialize answer names the server and its capabilities', async () => {
    const { server, early } = startInstalledServer();
    const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    const answer = await Promise.race([connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(STORIES).href, capabilities: {} }), early]);
    expect(answer).toMatchObject({ serverInfo: { name: 'star-coach-language-server' }, capabilities: { hoverProvider: true, codeActionProvider: expect.anything() } });
    connection.dispose();
    server.kill();
  });
});
