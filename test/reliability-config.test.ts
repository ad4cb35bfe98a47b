// Configuration and front matter that once took a tool down: unusual YAML values, a fault inside one story's
// analysis, bad or negated `ignores` patterns, a `.starcoach.json` with a byte-order mark. One bad input costs one
// message, never the other stories or the tool.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { analyze, ignoreMatcher, parseConfig, RULE_IDS, validateConfig } from '../server/src/core';
import { run } from '../server/src/cli/main';
import { inSlices } from '../server/src/lsp/slices';
import { startServer } from '../server/src/lsp/server';
import { record, writeReport } from './support/reliability-report';
import { startClient, type TestClient } from './support/lsp-client';
import { runCli } from './support/run-cli';

// A fault injected into the story parser, for stories that carry this marker: it stands for any bug of ours that
// escapes analysis. Only the in-process CLI and server below see it; the built bundles never do.
const FAULT = 'INJECTED-FAULT';
vi.mock('../server/src/core/story', async (original) => {
  const real = await original<typeof import('../server/src/core/story')>();
  const parseStory = (text: string) => {
    if (text.includes(FAULT)) throw new TypeError("Cannot read properties of undefined (reading 'kind')");
    return real.parseStory(text);
  };
  return { ...real, parseStory };
});
// And one into a rule, for stories that carry its own marker.
const RULE_FAULT = 'INJECTED-RULE-FAULT';
vi.mock('../server/src/core/rules/we-language', async (original) => {
  const real = await original<typeof import('../server/src/core/rules/we-language')>();
  const check: typeof real.rule.check = (context) => {
    if (context.story.text.includes(RULE_FAULT)) throw new RangeError('Invalid array length');
    return real.rule.check(context);
  };
  return { ...real, rule: { ...real.rule, check } };
});
// The rule pages are bundled in by esbuild; the in-process server does without them.
vi.mock('star-coach:rule-docs', () => ({ default: {} }));

afterAll(() => writeReport('config'));

const STRONG = readFileSync(join(__dirname, '..', 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const WEAK = readFileSync(join(__dirname, '..', 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A story whose front matter is `yaml`, followed by the strong story's body. */
const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\n${STRONG.replace(/^---[\s\S]*?\n---\n/, '')}`;
const UNUSUAL_YAML: Array<[string, string]> = [
  ['a value tagged !!binary', 'question: Tell me about a time\nlevel: senior\nphoto: !!binary aGVsbG8gd29ybGQ='],
  ['one anchor used 60 times', `level: senior\nname: &n Ada\n${Array.from({ length: 60 }, (_, i) => `k${i}: *n`).join('\n')}`],
  ['values tagged !!set, !!omap and !!timestamp', 'level: senior\ns: !!set {a, b}\no: !!omap [a: 1, b: 2]\nt: !!timestamp 2001-12-14'],
];

/** A folder of `good` strong stories plus one story per unusual front matter. */
function storyFolder(good: number) {
  const dir = tempDir('star-config-yaml-');
  for (let i = 0; i < good; i++) writeFileSync(join(dir, `good-${String(i).padStart(3, '0')}.star.md`), STRONG);
  UNUSUAL_YAML.forEach(([, yaml], i) => writeFileSync(join(dir, `unusual-${i}.star.md`), withFrontMatter(yaml)));
  return dir;
}

type PullReport = { items: Array<{ uri: string; kind: string; items?: Diagnostic[] }> };
const unusualUris = (dir: string) => UNUSUAL_YAML.map((_, i) => pathToFileURL(join(dir, `unusual-${i}.star.md`)).href);

// ---- item 1: one unusual YAML value ------------------------------------------------------------------------------
describe('an unusual front-matter value costs at most one diagnostic on its story', () => {
  test.each(UNUSUAL_YAML)('the core: %s', (name, yaml) => {
    const { diagnostics } = analyze(withFrontMatter(yaml));
    expect(diagnostics.filter((d) => d.rule === 'front-matter').length).toBeLessThanOrEqual(1);
    expect(diagnostics.filter((d) => d.rule !== 'front-matter')).toEqual(analyze(STRONG).diagnostics);
    for (const d of diagnostics) expect(d.message).not.toMatch(/Error|resource exhaustion|array buffer/);
    record({ area: 'core', input: `front matter with ${name}`, cases: 1, result: 'analyzed; at most one front-matter finding, the rest as without it' });
  });

  test('the CLI: 100 good stories and the unusual ones are all checked, each unusual one with at most one finding', () => {
    const dir = storyFolder(100);
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', '.'], dir);
    expect(stderr).toBe('');
    const files = JSON.parse(stdout).files as Array<{ path: string; diagnostics: Array<{ rule: string; message: string }> }>;
    expect(files).toHaveLength(100 + UNUSUAL_YAML.length);
    for (const f of files.filter((f) => f.path.startsWith('good-'))) expect(f.diagnostics).toEqual([]);
    for (const f of files.filter((f) => f.path.startsWith('unusual-'))) expect(f.diagnostics.filter((d) => d.rule !== 'front-matter')).toEqual([]);
    expect(files.find((f) => f.path === 'unusual-1.star.md')!.diagnostics).toEqual([expect.objectContaining({ rule: 'front-matter', message: expect.stringMatching(/alias/) })]);
    expect(code).toBe(0);
    record({ area: 'cli', input: 'a folder of 100 good stories and front matter with !!binary, 60 uses of one anchor, !!set/!!omap/!!timestamp', cases: 103, result: 'every story checked; the 60 aliases get one front-matter finding, the tags none; exit 0' });
  });

  test('the server: the push pass publishes every story, the pull answers for every story, requests on an unusual one answer', async () => {
    const dir = storyFolder(100);
    const push = await startClient({ root: dir, capabilities: {} });
    const pull = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      // The walk keeps the folder's own order, so wait for every story rather than for the last name.
      await Promise.all(readdirSync(dir).filter((f) => f.endsWith('.star.md')).map((f) => push.waitForDiagnostics(pathToFileURL(join(dir, f)).href)));
      expect(new Set(push.published.map((p) => p.uri)).size).toBe(100 + UNUSUAL_YAML.length);
      const report = (await pull.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as PullReport;
      expect(report.items).toHaveLength(100 + UNUSUAL_YAML.length);
      for (const u of unusualUris(dir)) {
        const item = report.items.find((i) => i.uri === u)!;
        expect(item.items!.filter((d) => d.code !== 'front-matter')).toEqual([]);
        expect(item.items!.length).toBeLessThanOrEqual(1);
        await pull.open(u, readFileSync(new URL(u), 'utf8'));
        await expectRequestsAnswer(pull, u);
      }
      record({ area: 'server', input: 'a workspace of 100 good stories and 3 with unusual front matter (!!binary, 60 aliases, !!set)', cases: 103, result: 'push publishes all 103, the workspace pull reports all 103, every request on an unusual story answers' });
    } finally {
      await push.stop();
      await pull.stop();
    }
  });
});

/** The per-document requests an editor sends on a story all answer (none is an internal error). */
async function expectRequestsAnswer(client: TestClient, uri: string) {
  const doc = { textDocument: { uri } };
  const at = { ...doc, position: { line: 0, character: 0 } };
  const report = (await client.connection.sendRequest('textDocument/diagnostic', doc)) as { items: Diagnostic[] };
  await client.connection.sendRequest('textDocument/hover', at);
  await client.connection.sendRequest('textDocument/documentSymbol', doc);
  await client.connection.sendRequest('textDocument/foldingRange', doc);
  await client.connection.sendRequest('textDocument/codeLens', doc);
  await client.connection.sendRequest('textDocument/completion', at);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { ...doc, range: { start: at.position, end: at.position }, context: { diagnostics: report.items } })) as Array<{ title: string }>;
  // A story Star Coach failed on offers nothing to fix, disable or look up.
  if (report.items.some((d) => d.code === 'internal-error')) expect(actions).toEqual([]);
  await client.connection.sendRequest('starCoach/storyTiming', { uri });
  await client.connection.sendRequest('starCoach/coaching', { uri, position: at.position });
  await client.connection.sendRequest('starCoach/answer', { uri });
  return report.items;
}

// ---- item 1: any fault inside one story's analysis is contained -----------------------------------------------------
describe('a fault inside the analysis of one story is contained to that story', () => {
  const faulty = `## Action\n\nI fixed it. ${FAULT}\n`;

  test('the core: analyze answers with one diagnostic that says so, in words', () => {
    const { diagnostics } = analyze(faulty);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(diagnostics[0].message).toMatch(/^Star Coach could not check this story/);
    expect(diagnostics[0].message).not.toMatch(/TypeError|null|undefined|at /);
    record({ area: 'core', input: 'an exception thrown while reading a story (injected)', cases: 1, result: 'one diagnostic on that story, in words' });
  });

  test('the core: a rule that throws costs its own findings only, with a notice in words', () => {
    const text = `${WEAK}\n<!-- ${RULE_FAULT} -->\n`;
    const { diagnostics } = analyze(text);
    expect(diagnostics.filter((d) => d.rule === 'we-language').map((d) => d.message)).toEqual(['Star Coach could not run we-language on this story because of a fault of its own; please report the fault.']);
    expect(diagnostics.filter((d) => d.rule !== 'we-language').map((d) => d.rule)).toEqual(analyze(WEAK).diagnostics.filter((d) => d.rule !== 'we-language').map((d) => d.rule));
    record({ area: 'core', input: 'an exception thrown by one rule (injected)', cases: 1, result: 'one notice in words for that rule; every other rule\'s findings as usual' });
  });

  test('the CLI: the other stories are checked and reported; that story gets one clear line; exit 2', async () => {
    const dir = tempDir('star-config-fault-cli-');
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.star.md`), STRONG);
    writeFileSync(join(dir, 'b-faulty.star.md'), faulty);
    let out = '';
    let err = '';
    const code = await run(['check', '--format', 'json', '.'], { cwd: dir, out: (t) => (out += t), err: (t) => (err += t), color: false });
    const files = JSON.parse(out).files as Array<{ path: string; error?: string; diagnostics: unknown[] }>;
    expect(files.map((f) => f.path)).toEqual(['a.star.md', 'b-faulty.star.md', 'b.star.md', 'c.star.md']);
    for (const f of files.filter((f) => f.path !== 'b-faulty.star.md')) expect(f).toMatchObject({ diagnostics: [] });
    expect(err).toBe('star-coach: b-faulty.star.md: could not be checked because of a fault in Star Coach; please report it\n');
    expect(code).toBe(2);
    err = '';
    expect(await run(['time', 'b-faulty.star.md'], { cwd: dir, out: (t) => (out += t), err: (t) => (err += t), color: false })).toBe(2);
    expect(err).toBe('star-coach: b-faulty.star.md: could not be checked because of a fault in Star Coach; please report it\n');
    record({ area: 'cli', input: 'an exception thrown while checking one of four stories, or timing it (injected)', cases: 2, result: 'one clear line for it, the other three checked and reported, exit 2' });
  });

  test('the server: push and pull publish every other story; that story gets one diagnostic; requests on it answer', async () => {
    const dir = tempDir('star-config-fault-lsp-');
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.star.md`), WEAK);
    writeFileSync(join(dir, 'faulty.star.md'), faulty);
    const uri = (name: string) => pathToFileURL(join(dir, name)).href;
    const push = await inProcessClient(dir, {});
    const pull = await inProcessClient(dir, { textDocument: { diagnostic: {} } });
    try {
      for (const name of ['a', 'b', 'c']) await push.waitForDiagnostics(uri(`${name}.star.md`), (p) => p.diagnostics.length > 0);
      const pushed = await push.waitForDiagnostics(uri('faulty.star.md'));
      expect(pushed.diagnostics).toHaveLength(1);
      const report = (await pull.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as PullReport;
      expect(report.items.map((i) => i.uri).sort()).toEqual(['a', 'b', 'c', 'faulty'].map((n) => uri(`${n}.star.md`)));
      for (const item of report.items) expect(item.items!.length).toBeGreaterThan(0);
      expect(report.items.find((i) => i.uri === uri('faulty.star.md'))!.items).toHaveLength(1);
      await pull.open(uri('faulty.star.md'), faulty);
      expect(await expectRequestsAnswer(pull, uri('faulty.star.md'))).toHaveLength(1);
      record({ area: 'server', input: 'an exception thrown while analyzing one of four stories (injected, server in the test process)', cases: 1, result: 'push and pull report all four, that one with one diagnostic (no code actions); every request on it answers' });
    } finally {
      await push.stop();
      await pull.stop();
    }
  });

  test('a workspace pass goes on past a story whose step fails', async () => {
    const done: number[] = [];
    await inSlices([1, 2, 3, 4], (n) => {
      if (n === 2) throw new Error('a fault');
      done.push(n);
    });
    expect(done).toEqual([1, 3, 4]);
    record({ area: 'server', input: 'a workspace pass whose step throws on one story', cases: 1, result: 'the other stories are still done' });
  });
});

/** The real server code, started in this test process over a pair of streams, so that the injected fault reaches it. */
async function inProcessClient(root: string, capabilities: object) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(fromServer)));
  return startClient({ root, capabilities, streams: { toServer, fromServer } });
}

// ---- item 3: slash-only and other unusable ignores patterns -----------------------------------------------------------
describe('an unusable ignores pattern gets a clear message and stops neither tool', () => {
  const BAD = ['/', '//', './', '!', '!/'];

  test.each(BAD)('validation: %j', (pattern) => {
    const { config, problems } = validateConfig({ ignores: ['archive', pattern] }, RULE_IDS);
    expect(problems).toEqual([`ignores: ${JSON.stringify(pattern)} names no file or folder; write a folder such as "drafts" or a pattern such as "**/*.draft.star.md"`]);
    expect(config.ignores).toEqual(['archive']);
    expect(() => ignoreMatcher([pattern])('a.star.md')).not.toThrow();
  });

  test('validation: a pattern too long to be a real one is named by its start', () => {
    const { config, problems } = validateConfig({ ignores: ['a'.repeat(70_000)] }, RULE_IDS);
    expect(problems).toEqual([`ignores: "${'a'.repeat(40)}…" is longer than 1,000 characters; write a folder such as "drafts" or a pattern such as "**/*.draft.star.md"`]);
    expect(config.ignores).toEqual([]);
    record({ area: 'core', input: 'ignores patterns that name nothing ("/", "//", "./", "!", "!/") or are 70,000 characters long', cases: 6, result: 'one message each, naming the pattern; the other patterns kept' });
  });

  test('the CLI checks every story and names the pattern', () => {
    const dir = tempDir('star-config-slash-');
    writeFileSync(join(dir, 'a.star.md'), STRONG);
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', 'old.star.md'), STRONG);
    for (const pattern of ['/', '//']) {
      writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: [pattern, 'archive'] }));
      const { code, stdout, stderr } = runCli(['check', '--format', 'json', '.'], dir);
      expect(stderr).toBe(`${join(dir, '.starcoach.json')}: ignores: ${JSON.stringify(pattern)} names no file or folder; write a folder such as "drafts" or a pattern such as "**/*.draft.star.md"\n`);
      expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.star.md']);
      expect(code).toBe(0);
    }
    record({ area: 'cli', input: 'ignores "/" or "//" in .starcoach.json', cases: 2, result: 'one line naming the pattern; the other patterns apply; every story checked' });
  });

  test('the server initializes, says which pattern, and coaches as usual', async () => {
    const dir = tempDir('star-config-slash-lsp-');
    writeFileSync(join(dir, 'a.star.md'), WEAK);
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: ['//'] }));
    const push = await startClient({ root: dir, capabilities: {} });
    try {
      const { diagnostics } = await push.waitForDiagnostics(pathToFileURL(join(dir, 'a.star.md')).href, (p) => p.diagnostics.length > 0);
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(push.messages).toEqual(['Star Coach: .starcoach.json: ignores: "//" names no file or folder; write a folder such as "drafts" or a pattern such as "**/*.draft.star.md"']);
      record({ area: 'server', input: 'ignores "//" in .starcoach.json', cases: 1, result: 'initializes; one notice naming the pattern; the workspace is coached' });
    } finally {
      await push.stop();
    }
  });
});

// ---- item 5: negation, as in .gitignore -------------------------------------------------------------------------------
describe('ignores: "!" brings a path back, as in .gitignore', () => {
  // Each row was checked against `git check-ignore --no-index` with the same patterns in a .gitignore.
  test.each([
    { patterns: ['drafts/**', '!drafts/keep.star.md'], left: ['drafts/a.star.md', 'drafts/sub/keep.star.md', 'drafts/sub/b.star.md'], kept: ['drafts/keep.star.md', 'a.star.md', 'drafts'] },
    { patterns: ['drafts', '!drafts/keep.star.md'], left: ['drafts', 'drafts/keep.star.md', 'drafts/a.star.md'], kept: ['a.star.md'] },
    { patterns: ['*.draft.star.md', '!keep.draft.star.md'], left: ['a.draft.star.md', 'x/b.draft.star.md'], kept: ['keep.draft.star.md', 'x/keep.draft.star.md', 'a.star.md'] },
    { patterns: ['!a.star.md', '*.star.md'], left: ['a.star.md', 'b.star.md'], kept: ['notes.md'] },
    { patterns: ['drafts/*', '!drafts/sub', 'drafts/sub/*.old.star.md'], left: ['drafts/a.star.md', 'drafts/sub/x.old.star.md'], kept: ['drafts/sub/b.star.md', 'drafts'] },
    { patterns: ['\\!literal.star.md'], left: ['!literal.star.md'], kept: ['literal.star.md'] },
  ])('$patterns', ({ patterns, left, kept }) => {
    expect(validateConfig({ ignores: patterns }, RULE_IDS).problems).toEqual([]);
    const ignored = ignoreMatcher(patterns);
    for (const path of left) expect(ignored(path), path).toBe(true);
    for (const path of kept) expect(ignored(path), path).toBe(false);
  });

  test('the CLI and the server leave out the folder but for the story brought back', async () => {
    const dir = tempDir('star-config-negation-');
    mkdirSync(join(dir, 'drafts'));
    for (const name of ['a.star.md', 'drafts/old.star.md', 'drafts/keep.star.md']) writeFileSync(join(dir, name), WEAK);
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: ['drafts/**', '!drafts/keep.star.md'] }));
    const { stdout, stderr } = runCli(['check', '--format', 'json', '.'], dir);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.star.md', 'drafts/keep.star.md']);
    const pull = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      const report = (await pull.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as PullReport;
      expect(report.items.map((i) => i.uri).sort()).toEqual(['a.star.md', 'drafts/keep.star.md'].map((n) => pathToFileURL(join(dir, n)).href));
    } finally {
      await pull.stop();
    }
    record({ area: 'cli', input: 'ignores ["drafts/**", "!drafts/keep.star.md"]', cases: 1, result: 'the story brought back is checked, the rest of drafts left out (the server\'s pull alike)' });
  });
});

// ---- item 13: a byte-order mark -----------------------------------------------------------------------------------------
describe('a .starcoach.json saved with a byte-order mark', () => {
  const bom = (dir: string) => writeFileSync(join(dir, '.starcoach.json'), '\uFEFF' + JSON.stringify({ rules: { 'assigned-work': 'hint' } }));

  test('the CLI applies it', () => {
    const dir = tempDir('star-config-bom-');
    writeFileSync(join(dir, 'weak.star.md'), WEAK);
    bom(dir);
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', '.'], dir);
    expect(stderr).toBe('');
    const diagnostics = JSON.parse(stdout).files[0].diagnostics as Array<{ rule: string; severity: string }>;
    expect(diagnostics.filter((d) => d.rule === 'assigned-work').map((d) => d.severity)).toEqual(['hint']);
    expect(code).toBe(1); // other error-severity findings remain
    record({ area: 'cli', input: '.starcoach.json with a UTF-8 byte-order mark', cases: 1, result: 'read and applied, no message' });
  });

  test('one reader for both tools, whose message for JSON that does not parse names the line and column', () => {
    expect(parseConfig('\uFEFF{"level": "senior"}', RULE_IDS)).toEqual({ config: { level: 'senior' }, problems: [] });
    expect(parseConfig('{\n  "level": "senior"\n  "wpm": 150\n}', RULE_IDS).invalid).toBe('is not valid JSON at line 3, column 3');
    expect(parseConfig('{"rules": {', RULE_IDS).invalid).toBe('is not valid JSON at line 1, column 12');
    const dir = tempDir('star-config-json-');
    writeFileSync(join(dir, 'a.star.md'), STRONG);
    writeFileSync(join(dir, 'bad.json'), '{\n  "level": "senior"\n  "wpm": 150\n}');
    const { code, stderr } = runCli(['check', '--config', 'bad.json', 'a.star.md'], dir);
    expect(stderr).toBe('bad.json is not valid JSON at line 3, column 3, so none of it applies\n');
    expect(code).toBe(2);
  });

  test('the server applies it', async () => {
    const dir = tempDir('star-config-bom-lsp-');
    bom(dir);
    const client = await startClient({ root: dir, capabilities: {} });
    try {
      const u = pathToFileURL(join(dir, 'weak.star.md')).href;
      await client.open(u, WEAK);
      const { diagnostics } = await client.waitForDiagnostics(u, (p) => p.diagnostics.length > 0);
      expect(diagnostics.filter((d) => d.code === 'assigned-work').map((d) => d.severity)).toEqual([4]);
      expect(client.messages).toEqual([]);
      record({ area: 'server', input: '.starcoach.json with a UTF-8 byte-order mark', cases: 1, result: 'read and applied, no notice' });
    } finally {
      await client.stop();
    }
  });
});

// ---- minor: a level given as a list -----------------------------------------------------------------------------------
test('front matter `level: [senior]`: the message says a level is one word, not a list', () => {
  const finding = analyze(withFrontMatter('level: [senior]')).diagnostics.find((d) => d.rule === 'front-matter')!;
  expect(finding.message).toBe('A level is one word, such as senior, not a list; use one of sde1, sde2, senior, staff, manager. Timing uses sde2 meanwhile.');
  record({ area: 'core', input: 'front matter level given as a list', cases: 1, result: 'a message that says a level is one word' });
});
