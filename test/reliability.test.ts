// Hostile and generated input: the core never throws, never hangs, never puts a range outside the text; the CLI
// survives bad files. Writes RELIABILITY.md from what it tried.
import fc from 'fast-check';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze, applyEdits, LineIndex } from '../server/src/core';
import { record, writeReport } from './support/reliability-report';
import { runCli } from './support/run-cli';
import { startClient } from './support/lsp-client';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';

const SEED = 20261123;
const RUNS = 250;
afterAll(() => writeReport());

// ---- generators -----------------------------------------------------------------------------------------------
const WORDS = ['I', 'we', 'the', 'team', 'fixed', 'escalated', 'it', 'my', 'manager', 'asked', 'me', 'to', 'was', 'deployed', 'just', 'kind of', '0.3%', '$8,000', 'p99', 'from', '900 ms', 'to', 'zero', 'customers', 'adopted', 'learned', 'communication', 'important', 'nobody', 'owned', 'not', 'my', 'team', 'and', 'waited', 'for', 'them', 'seemed', 'fine'];
const ODD = ['😀', '👩🏽‍💻', '\uD83D', '\uDE00', 'e\u0301', 'ﷺ', 'שלום', 'مرحبا', '\u200B', '\u200D', '\uFEFF', '\u0000', '\t', '\u2028', '`', '**', '_', '[', ']', '(', ')', '<', '>', '<!--', '-->', '```', '~~~', '#', '---', '|', '\\', '&amp;', '"', '“', '”', "'"];
const HEADINGS = ['## Situation', '## S — Context', '## (T) Task', '## Action', '## What I did', '## Result', '## Outcome', '## Reflection', '## Follow-ups', '### Why?', '# Title', '## Notes', '##', '#'];
const EOLS = ['\n', '\r\n', '\r'];

const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' ') + '.');
const line = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: sentence.map((s) => `- ${s}`) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('```', '<!-- star-coach-disable -->', '<!-- star-coach-disable-next-line we-language -->', '<!-- unclosed', '    indented code', '\t- tabbed item', '1. numbered', '') },
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constantFrom('---\nlevel: senior\n---\n', '---\nlevel: [\n---\n', '---\nlevel: {a: {b: {c: [1, [2, [3]]]}}}\n---\n', '---\nwpm: -5\ncompetencies: 7\n---\n', '---\n: :\n---\n', '---\nlevel: sde1\n', '---\n---\n', '---\r\nlevel: staff\r\n---\r\n', '---\nq: &a [*a]\n---\n'),
);
const story = fc.tuple(frontMatter, fc.array(fc.tuple(line, fc.constantFrom(...EOLS)), { maxLength: 40 })).map(([fm, ls]) => fm + ls.map(([l, e]) => l + e).join(''));
const garbage = fc.string({ unit: 'binary', maxLength: 400 });

// ---- invariants -------------------------------------------------------------------------------------------------
function isLowSurrogate(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHighSurrogate(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function splitsPair(text: string, offset: number) {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function checkInvariants(text: string) {
  const a = analyze(text);
  const lines = new LineIndex(text);
  for (const d of a.diagnostics) {
    const { start, end } = d.range;
    expect(start.line).toBeLessThan(lines.lineCount);
    expect(end.line).toBeLessThan(lines.lineCount);
    expect(start.character).toBeLessThanOrEqual(lines.lineText(start.line).length);
    expect(end.character).toBeLessThanOrEqual(lines.lineText(end.line).length);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    expect(splitsPair(text, d.span.start) || splitsPair(text, d.span.end)).toBe(false);
    for (const fix of d.fixes) {
      const spans = fix.edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText }));
      for (const s of spans) expect(s.span.start).toBeLessThanOrEqual(s.span.end);
      const sorted = [...spans].sort((x, y) => x.span.start - y.span.start);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i].span.start).toBeGreaterThanOrEqual(sorted[i - 1].span.end);
      analyze(applyEdits(text, spans, fix.snippet)); // must not throw
    }
  }
  expect(Number.isFinite(a.timing.totalSeconds) && a.timing.totalSeconds >= 0).toBe(true);
  for (const s of a.timing.sections) expect(Number.isFinite(s.seconds) && s.seconds >= 0).toBe(true);
  expect(JSON.stringify(analyze(text).diagnostics)).toBe(JSON.stringify(a.diagnostics));
}

describe('the analysis core on generated input', () => {
  test.each([
    ['Markdown stories (front matter, aliases, lists, quotes, fences, comments, mixed line ends, odd Unicode)', story],
    ['plain garbage (any UTF-16, lone surrogates included)', garbage],
    ['stories with garbage spliced in', fc.tuple(story, garbage, story).map((p) => p.join(''))],
  ] as const)('%s', (name, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => checkInvariants(text)), { seed: SEED, numRuns: RUNS });
    record({ area: 'core', input: name, cases: RUNS, result: 'no exception; every invariant held' });
  });

  test.each([
    ['CRLF, LF and CR mixed with emoji on every line', '---\r\nlevel: senior\n---\r# 😀 T\r\n\r## Task\n\r😀 We fixed it 👩🏽‍💻.\r\n## Result\r\nIt went from 2% to 0%.\n'],
    ['an unclosed fence', '## Action\n\n```\nWe did it.\n'],
    ['an unclosed comment', '## Action\n\n<!-- We did it.\n\nWe did it.\n'],
    ['deeply nested lists and quotes', '## Action\n\n' + Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- > We did it.`).join('\n') + '\n'],
    ['deeply nested front matter', `---\nlevel: ${'['.repeat(200)}${']'.repeat(200)}\n---\n## Task\n\nWe did.\n`],
    ['only front matter', '---\nlevel: senior\n---'],
    ['an empty file', ''],
  ])('%s', (name, text) => {
    checkInvariants(text);
    record({ area: 'core', input: name, cases: 1, result: 'no exception; every invariant held' });
  });
});

// ---- speed ------------------------------------------------------------------------------------------------------
describe('no input makes analysis slow', () => {
  const normal = readFileSync(join(__dirname, '..', 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
  const time = (text: string, runs = 1) => {
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      analyze(text);
      t.push(performance.now() - start);
    }
    return t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
  };
  time(normal, 20); // warm up
  const perChar = time(normal, 30) / normal.length;

  test.each([
    ['a 1 MB single line', '## Action\n\n' + 'a'.repeat(1_000_000) + '\n'],
    ['a 1 MB run of one character in a sentence', '## Result\n\nI ' + 'x'.repeat(1_000_000) + ' it.\n'],
    ['10,000 headings', '## Action\n\n'.repeat(10_000)],
    ['50,000 list items', '## Action\n\n' + '- I fixed it.\n'.repeat(50_000)],
    ['one 64,000-word sentence', '## Action\n\n' + 'I sent the fix to them and '.repeat(9_000) + '\n'],
    ['32,000 lines in one paragraph', '## Action\n\n' + 'word and\n'.repeat(32_000)],
    ['100,000 spaces, tabs and dots', '## Action\n\n' + ' \t.'.repeat(33_000) + '\n'],
    ['20,000 nested emphasis markers', '## Action\n\n' + '*_'.repeat(10_000) + 'x' + '_*'.repeat(10_000) + '\n'],
    ['50,000 backticks', '## Action\n\n' + '`'.repeat(50_000) + '\n'],
    ['10,000 links', '## Action\n\n' + '[we](http://x) '.repeat(10_000) + '\n'],
    ['5,000 quotes opened and never closed', '## Action\n\n' + '“we did '.repeat(5_000) + '\n'],
  ])('%s', (name, text) => {
    const ms = time(text);
    const bound = Math.max(2000, perChar * text.length * 25);
    record({ area: 'speed', input: `${name} (${Math.round(text.length / 1024)} KiB)`, cases: 1, result: ms < bound ? 'within the bound' : `over the bound: ${Math.round(ms)} ms` });
    expect(ms).toBeLessThan(bound);
  });
});

// ---- the CLI ----------------------------------------------------------------------------------------------------
describe('the CLI on bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'star-reliability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = readFileSync(join(__dirname, '..', 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');

  test.each([
    ['a missing path', () => 'missing.star.md', /missing\.star\.md: no such file or folder/],
    ['a folder named like a story', () => (mkdirSync(join(dir, 'folder.star.md')), 'folder.star.md'), /folder\.star\.md: is a folder, not a story/],
    ['a binary file', () => (writeFileSync(join(dir, 'binary.star.md'), Buffer.from([0x23, 0, 1, 2, 0xff])), 'binary.star.md'), /binary\.star\.md: is a binary file/],
    ['invalid UTF-8', () => (writeFileSync(join(dir, 'latin1.star.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a])), 'latin1.star.md'), /latin1\.star\.md: is not valid UTF-8/],
    ['a symlink loop', () => (symlinkSync('loop-b.star.md', join(dir, 'loop-a.star.md')), symlinkSync('loop-a.star.md', join(dir, 'loop-b.star.md')), 'loop-a.star.md'), /loop-a\.star\.md: .*(loop|no such)/],
    ['a dangling symlink', () => (symlinkSync('nowhere.star.md', join(dir, 'dangling.star.md')), 'dangling.star.md'), /dangling\.star\.md: no such file/],
    ['a file over 2 MiB', () => (writeFileSync(join(dir, 'huge.star.md'), '## Action\n\n' + 'x '.repeat(1_200_000)), 'huge.star.md'), /huge\.star\.md: is \d+ KiB; stories over 2 MiB are not checked/],
    ['an unreadable file (no permissions; root reads it anyway)', () => (writeFileSync(join(dir, 'locked.star.md'), good), chmodSync(join(dir, 'locked.star.md'), 0), 'locked.star.md'), null],
  ] as Array<[string, () => string, RegExp | null]>)('%s', (name, make, message) => {
    const bad = make();
    writeFileSync(join(dir, 'good.star.md'), good);
    const before = readFileSync(join(dir, 'good.star.md'), 'utf8');
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', bad, 'good.star.md'], dir);
    const json = JSON.parse(stdout);
    expect(json.files.find((f: { path: string }) => f.path === 'good.star.md').diagnostics).toEqual([]);
    expect(readFileSync(join(dir, 'good.star.md'), 'utf8')).toBe(before);
    if (message) {
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(code).toBe(2);
    } else expect(code === 0 || code === 2).toBe(true);
    record({ area: 'cli', input: name, cases: 1, result: message ? 'one clear line, other files checked, exit 2, nothing written' : 'read (as root); other files checked, nothing written' });
  });

  test('an empty file is a story with nothing in it, not an error', () => {
    writeFileSync(join(dir, 'empty.star.md'), '');
    const { code, stderr } = runCli(['check', 'empty.star.md'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    record({ area: 'cli', input: 'an empty file', cases: 1, result: 'checked: no findings, exit 0' });
  });
});

// ---- the language server ----------------------------------------------------------------------------------------
describe('the language server under faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'star-reliability-lsp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const weak = readFileSync(join(__dirname, '..', 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');

  test('a burst of edits: diagnostics only for the latest version, never an older one after a newer', async () => {
    const client = await startClient({ root: dir, capabilities: {} });
    try {
      const u = uri('burst.star.md');
      await client.open(u, weak);
      for (let v = 2; v <= 41; v++) {
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ text: v % 2 ? weak : weak.replace('We figured', 'I figured') }] });
      }
      await client.waitForDiagnostics(u, (p) => p.version === 41);
      const versions = client.published.filter((p) => p.uri === u).map((p) => p.version!);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(versions.at(-1)).toBe(41);
      record({ area: 'server', input: '40 edits sent without waiting', cases: 40, result: `${versions.length} publishes, versions only ascending, the last for version 41` });
    } finally {
      await client.stop();
    }
  });

  test('a cancelled request answers cleanly and the server goes on', async () => {
    const client = await startClient({ root: dir, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      const u = uri('cancel.star.md');
      await client.open(u, weak);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } }, source.token);
      source.cancel();
      await pending.catch((e: { code?: number }) => expect(e.code).toBe(-32800));
      const after = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { items: unknown[] };
      expect(after.items.length).toBeGreaterThan(0);
      record({ area: 'server', input: 'a request cancelled in flight', cases: 1, result: 'answered (result or "cancelled"); the next request answered normally' });
    } finally {
      await client.stop();
    }
  });

  test('a document over the size limit gets one notice, not a hang', async () => {
    const client = await startClient({ root: dir, capabilities: {} });
    try {
      const u = uri('huge.star.md');
      await client.open(u, '## Action\n\n' + 'We did it. '.repeat(200_000));
      const { diagnostics } = await client.waitForDiagnostics(u);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0].message).toMatch(/over 2 MB, so Star Coach does not analyze it/);
      record({ area: 'server', input: 'a 2.2 MB document', cases: 1, result: 'one notice, answered at once' });
    } finally {
      await client.stop();
    }
  });

  test('bad .starcoach.json and bad settings: a clear message each, the defaults, the server keeps going', async () => {
    writeFileSync(join(dir, '.starcoach.json'), '{ "rules": { "hedging": "off", } ');
    const client = await startClient({ root: dir, capabilities: { workspace: { configuration: true } }, settings: { level: 'cto', wpm: 'fast', rules: { 'we-language': 'loud' } } });
    const messages = client.messages;
    try {
      const u = uri('settings.star.md');
      await client.open(u, weak);
      const { diagnostics } = await client.waitForDiagnostics(u, (p) => p.diagnostics.length > 0);
      expect(diagnostics.some((d) => d.code === 'we-language' && d.severity === 2)).toBe(true);
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
      expect(messages.some((m) => /\.starcoach\.json is not valid JSON/.test(m))).toBe(true);
      expect(messages.some((m) => /starCoach\.level: "cto" is not a level/.test(m) && /starCoach\.wpm/.test(m) && /starCoach\.rules\.we-language/.test(m))).toBe(true);
      record({ area: 'server', input: 'invalid JSON in .starcoach.json; a bad level, wpm and severity in the settings', cases: 4, result: 'one message each, defaults used, diagnostics as usual' });
    } finally {
      await client.stop();
      rmSync(join(dir, '.starcoach.json'));
    }
  });
});
