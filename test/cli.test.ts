// The built CLI as a process: each output format, exit codes, unreadable inputs.
import { chmodSync, mkdtempSync as makeTemp, writeFileSync, mkdirSync, copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RULE_IDS } from '../server/src/core';
import { FILES_PER_THREAD, threadsFor } from '../server/src/cli/parallel';
import { ROOT, runCli } from './support/run-cli';

const temps: string[] = [];
const mkdtempSync = (prefix: string) => {
  const dir = makeTemp(prefix);
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const STRONG = 'test-fixtures/stories/webhook-senior-strong.star.md';
const WEAK = 'test-fixtures/stories/webhook-senior-weak.star.md';

describe('star-coach check', () => {
  test.each([
    { name: 'a clean story exits 0', args: ['check', STRONG], exitCode: 0 },
    { name: 'an error-severity finding exits 1', args: ['check', WEAK], exitCode: 1 },
    { name: 'a missing path exits 2', args: ['check', 'no/such/story.star.md'], exitCode: 2 },
    { name: 'a missing path among good ones still checks the others and exits 2', args: ['check', STRONG, 'missing.star.md'], exitCode: 2 },
    { name: 'an unknown format is a usage error', args: ['check', '--format', 'xml', STRONG], exitCode: 2 },
    { name: 'an unknown command is a usage error', args: ['frobnicate'], exitCode: 2 },
    { name: 'a bad level is a usage error', args: ['check', '--level', 'cto', STRONG], exitCode: 2 },
  ])('$name', ({ args, exitCode }) => {
    expect(runCli(args).code).toBe(exitCode);
  });

  test('text: one line per finding with path:line:col, severity, message and rule id; timing and a summary', () => {
    const { stdout } = runCli(['check', WEAK]);
    expect(stdout).toMatch(/^test-fixtures\/stories\/webhook-senior-weak\.star\.md:14:1 {2}error {4}“My manager asked me to look into the webhook drops” .* {2}assigned-work$/m);
    expect(stdout).toMatch(/^test-fixtures\/stories\/webhook-senior-weak\.star\.md {2}timing 0:\d\d at 140 wpm, senior range 2:30–3:00: under$/m);
    expect(stdout).toMatch(/^\d+ problems \(3 errors, \d+ warnings, \d+ info, \d+ hints\) in 1 story\.$/m);
    expect(stdout).not.toMatch(/\x1b\[/); // no color when not on a terminal
  });

  test('text: color only when asked or on a terminal', () => {
    expect(runCli(['check', '--color', WEAK]).stdout).toMatch(/\x1b\[31merror/);
  });

  test('json: the documented shape, 0-based UTF-16 positions', () => {
    const { stdout, code } = runCli(['check', '--format', 'json', WEAK, STRONG]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.version).toBe(1);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([WEAK, STRONG]);
    const assigned = json.files[0].diagnostics.find((d: { rule: string }) => d.rule === 'assigned-work');
    expect(assigned).toMatchObject({ rule: 'assigned-work', severity: 'error', range: { start: { line: 13, character: 0 }, end: { line: 13, character: 50 } } });
    expect(typeof assigned.message).toBe('string');
    expect(json.files[1].diagnostics).toEqual([]);
    const timing = json.files[1].timing;
    expect(timing.wpm).toBe(140);
    expect(timing.totalSeconds).toBeGreaterThan(60);
    expect(timing.sections.map((s: { name: string }) => s.name)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    expect(timing.sections[0]).toMatchObject({ name: 'Situation', targetSeconds: 30 });
  });

  test('sarif: a valid 2.1.0 log with every rule and 1-based regions', () => {
    const { stdout } = runCli(['check', '--format', 'sarif', WEAK]);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('star-coach');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'assigned-work');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: WEAK }, region: { startLine: 14, startColumn: 1, endLine: 14, endColumn: 51 } });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('assigned-work');
  });

  test('no path: every story under the current folder, skipping node_modules and dot folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-cli-'));
    for (const sub of ['a', 'node_modules/x', '.hidden']) mkdirSync(join(dir, sub), { recursive: true });
    copyFileSync(join(ROOT, STRONG), join(dir, 'a', 'one.star.md'));
    copyFileSync(join(ROOT, WEAK), join(dir, 'node_modules/x', 'two.star.md'));
    copyFileSync(join(ROOT, WEAK), join(dir, '.hidden', 'three.star.md'));
    writeFileSync(join(dir, 'notes.md'), '# not a story\n');
    const json = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['a/one.star.md']);
  });

  test('globs are expanded', () => {
    const json = JSON.parse(runCli(['check', '--format', 'json', 'test-fixtures/stories/webhook-senior-*.star.md']).stdout);
    expect(json.files.map((f: { path: string }) => f.path).sort()).toEqual([STRONG, WEAK]);
  });

  test('bad files: a clear line each, the others still checked, exit 2, inputs untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-bad-'));
    writeFileSync(join(dir, 'binary.star.md'), Buffer.from([0x23, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.star.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    mkdirSync(join(dir, 'folder.star.md'));
    writeFileSync(join(dir, 'locked.star.md'), '# x\n');
    chmodSync(join(dir, 'locked.star.md'), 0o000);
    copyFileSync(join(ROOT, STRONG), join(dir, 'good.star.md'));
    const args = ['check', '--format', 'json', 'binary.star.md', 'latin1.star.md', 'folder.star.md', 'good.star.md'];
    const { code, stdout, stderr } = runCli(args, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/binary\.star\.md: is a binary file/);
    expect(stderr).toMatch(/latin1\.star\.md: is not valid UTF-8/);
    expect(stderr).toMatch(/folder\.star\.md: is a folder/);
    const json = JSON.parse(stdout);
    expect(json.files.find((f: { path: string }) => f.path === 'good.star.md').diagnostics).toEqual([]);
    expect(readFileSync(join(dir, 'good.star.md'), 'utf8')).toBe(readFileSync(join(ROOT, STRONG), 'utf8'));
  });

  test('.starcoach.json: severities and off, and a clear message for a bad key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-cfg-'));
    copyFileSync(join(ROOT, WEAK), join(dir, 'weak.star.md'));
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ rules: { 'assigned-work': 'warning', 'routing-not-ownership': 'off', hedgin: 'off' } }));
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', 'weak.star.md'], dir);
    expect(stderr).toContain('rules.hedgin: unknown rule (did you mean "hedging"?)');
    const rules = JSON.parse(stdout).files[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`);
    expect(rules).toContain('assigned-work:warning');
    expect(rules.some((r: string) => r.startsWith('routing-not-ownership'))).toBe(false);
    expect(code).toBe(0);
  });

  test('.starcoach.json ignores: folders and globs leave the matching stories out, a file named on the command line is still checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'star-ignores-'));
    for (const sub of ['stories', 'stories/archive', 'drafts']) mkdirSync(join(dir, sub), { recursive: true });
    for (const f of ['stories/a.star.md', 'stories/archive/old.star.md', 'stories/b.draft.star.md', 'drafts/c.star.md']) copyFileSync(join(ROOT, STRONG), join(dir, f));
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: ['archive', '**/*.draft.star.md', 'drafts/**'] }));
    const paths = (args: string[], cwd = dir) => JSON.parse(runCli(['check', '--format', 'json', ...args], cwd).stdout).files.map((f: { path: string }) => f.path);
    expect(paths([])).toEqual(['stories/a.star.md']);
    expect(paths(['stories/**/*.star.md'])).toEqual(['stories/a.star.md']);
    // Patterns are relative to the configuration file's folder, wherever the CLI runs from.
    expect(paths(['.'], join(dir, 'stories'))).toEqual(['a.star.md']);
    expect(paths(['stories/archive/old.star.md'])).toEqual(['stories/archive/old.star.md']);
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ ignores: 'archive' }));
    expect(runCli(['check', 'stories/a.star.md'], dir).stderr).toContain('ignores: must be a list of glob patterns');
  });
});

describe('star-coach check on many files (worker threads)', () => {
  test('threadsFor: as many threads as --jobs asks (files permitting); by default one per core, never fewer than FILES_PER_THREAD files a thread', () => {
    expect(threadsFor(10, 8)).toBe(8);
    expect(threadsFor(3, 8)).toBe(3);
    expect(threadsFor(2000, 1)).toBe(1);
    expect(threadsFor(FILES_PER_THREAD - 1, undefined, 8)).toBe(1);
    expect(threadsFor(500, undefined, 2)).toBe(1);
    expect(threadsFor(2 * FILES_PER_THREAD, undefined, 8)).toBe(2);
    expect(threadsFor(2000, undefined, 2)).toBe(2);
    expect(threadsFor(100_000, undefined, 8)).toBe(8);
  });

  test('three threads report exactly what one thread reports, in the same order, bad files included', () => {
    // 150 stories: every fixture story under a new name, over and over, with a binary file in the middle.
    const dir = mkdtempSync(join(tmpdir(), 'star-many-'));
    const sources = readdirSync(join(ROOT, 'test-fixtures/stories')).filter((f) => f.endsWith('.star.md'));
    for (let i = 0; i < 150; i++) copyFileSync(join(ROOT, 'test-fixtures/stories', sources[i % sources.length]), join(dir, `s${String(i).padStart(3, '0')}.star.md`));
    writeFileSync(join(dir, 's075-binary.star.md'), Buffer.from([0, 1, 2, 3]));
    const one = runCli(['check', '--format', 'json', '--jobs', '1', '.'], dir);
    const three = runCli(['check', '--format', 'json', '--jobs', '3', '.'], dir);
    expect(one.code).toBe(2);
    expect(three.code).toBe(2);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    const files = JSON.parse(three.stdout).files as Array<{ path: string; diagnostics: unknown[]; error?: string }>;
    expect(files).toHaveLength(151);
    expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
    expect(files.find((f) => f.path.endsWith('s075-binary.star.md'))?.error).toMatch(/binary/);
    expect(files.filter((f) => f.diagnostics.length > 0).length).toBeGreaterThan(50); // the weak half of the fixtures
  });

  test('--jobs must be a whole number', () => {
    const { code, stderr } = runCli(['check', '--jobs', 'many', STRONG]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--jobs must be a whole number/);
  });
});

describe('star-coach time and rules', () => {
  test('time prints a per-section table with targets and the level range', () => {
    const { stdout, code } = runCli(['time', STRONG]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Situation\s+\d+\s+0:\d\d\s+0:30$/m);
    expect(stdout).toMatch(/^Total\s+\d+\s+\d:\d\d\s+2:30–3:00 \(senior\)$/m);
  });

  test('rules lists every rule with its severity', () => {
    const { stdout } = runCli(['rules']);
    for (const id of RULE_IDS) expect(stdout).toMatch(new RegExp(`^${id}\\s+(error|warning|info|hint)\\s`, 'm'));
  });
});
