// `star-coach check --fix` and `--fix-dry-run`: the built CLI in a real process, on copies of the fixtures in a temporary
// folder. What it writes (atomically, keeping line ends, a byte-order mark and the mode), what it leaves alone, what it
// reports, and that no fix it applies adds a finding or a placeholder.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze, RULE_IDS } from '../server/src/core';
import { readStory, writeStory } from '../server/src/fsio';
import { record, writeReport } from './support/reliability-report';
import { ROOT, runCli } from './support/run-cli';

afterAll(() => writeReport('cli-fix'));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'star-cli-fix-'));
  temps.push(dir);
  return dir;
}

const FIXTURES = join(ROOT, 'test-fixtures');
/** Its fixes put the sections in order (line breaks written), say "I", drop hedges and name the actor. */
const WEAK = 'stories/data-pipeline-weak.star.md';
/** Error findings (assigned-work, routing) whose fixes leave placeholders for the author: --fix cannot take them away. */
const ROUTED = 'stories/webhook-senior-weak.star.md';
const STRONG = 'stories/webhook-senior-strong.star.md';
/** A date long past, so that any write shows in the modification time. */
const LONG_AGO = new Date('2001-02-03T04:05:06Z');

/** A folder holding copies of the named fixtures (all of them when none is named), each set to LONG_AGO. */
function copies(...names: string[]): string {
  const dir = folder();
  if (names.length === 0) cpSync(FIXTURES, dir, { recursive: true });
  for (const n of names) {
    mkdirSync(dirname(join(dir, n)), { recursive: true });
    cpSync(join(FIXTURES, n), join(dir, n));
  }
  for (const f of stories(dir)) utimesSync(join(dir, f), LONG_AGO, LONG_AGO);
  return dir;
}

function stories(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.star.md')).sort();
}

/** What a file is on disk: its bytes, its inode, its modification time; a rewrite changes at least the last two. */
function snapshot(path: string) {
  const s = statSync(path);
  return { bytes: readFileSync(path).toString('latin1'), ino: s.ino, mtimeMs: s.mtimeMs };
}

interface JsonFile {
  path: string;
  error?: string;
  fixed?: Array<{ rule: string; message: string }>;
  diff?: string;
  diagnostics: Array<{ rule: string; severity: string; message: string; range: unknown }>;
}
function json(args: string[], cwd: string): { code: number | null; files: JsonFile[]; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], cwd);
  return { code: r.code, files: JSON.parse(r.stdout).files, stderr: r.stderr };
}

function countByRule(items: Array<{ rule: string }>): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of items) m.set(d.rule, (m.get(d.rule) ?? 0) + 1);
  return m;
}

const count = (text: string, s: string) => text.split(s).length - 1;

describe('star-coach check --fix', () => {
  test('fixes what needs nothing from the author, reports it per file, and writes the fixed text', () => {
    const dir = copies(WEAK);
    const before = readFileSync(join(dir, WEAK), 'utf8');
    const { stdout, code } = runCli(['check', '--fix', WEAK], dir);
    const after = readFileSync(join(dir, WEAK), 'utf8');
    expect(stdout).toMatch(/^fixed 1 finding in stories\/data-pipeline-weak\.star\.md \(section-order\)$/m);
    expect(after).not.toBe(before);
    expect(after.indexOf('## Actions')).toBeLessThan(after.indexOf('## Impact')); // section-order's fix went in
    // "We" made "I" and a hidden actor made "I" claim what only the author knows: offered in the editor, never applied.
    expect(after).toContain('- The remaining pipelines were moved over in the following quarter.');
    expect(stdout).toMatch(/we-language$/m);
    expect(stdout).toMatch(/passive-voice$/m);
    // What is left is reported as a plain check of the fixed file would report it.
    expect(stdout).not.toMatch(/section-order$/m);
    expect(runCli(['check', WEAK], dir).stdout).toBe(stdout.replace(/^fixed .*\n/m, ''));
    expect(code).toBe(runCli(['check', WEAK], dir).code);
  });

  test('a second --fix changes nothing: the file is not written again', () => {
    const dir = copies(WEAK, ROUTED);
    runCli(['check', '--fix', '.'], dir);
    for (const f of stories(dir)) utimesSync(join(dir, f), LONG_AGO, LONG_AGO);
    const once = stories(dir).map((f) => snapshot(join(dir, f)));
    const again = runCli(['check', '--fix', '.'], dir);
    expect(again.stdout).not.toMatch(/^fixed /m);
    expect(stories(dir).map((f) => snapshot(join(dir, f)))).toEqual(once);
    expect(once.every((s) => s.mtimeMs === LONG_AGO.getTime())).toBe(true);
  });

  test('a story with nothing to fix is not written (same inode, same modification time)', () => {
    const dir = copies(STRONG);
    const before = snapshot(join(dir, STRONG));
    const { stdout, code } = runCli(['check', '--fix', STRONG], dir);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/fixed/);
    expect(snapshot(join(dir, STRONG))).toEqual(before);
  });

  test('writes atomically: a hard link made before still holds the old text, and no temporary file is left', () => {
    const dir = copies(WEAK);
    const story = join(dir, WEAK);
    const old = readFileSync(story, 'utf8');
    linkSync(story, join(dir, 'stories', 'link-to-old.md'));
    runCli(['check', '--fix', WEAK], dir);
    expect(readFileSync(story, 'utf8')).not.toBe(old);
    // Written in place, the link would show the new text: a new file renamed over the story leaves the old one to the link.
    expect(readFileSync(join(dir, 'stories', 'link-to-old.md'), 'utf8')).toBe(old);
    expect(readdirSync(join(dir, 'stories')).sort()).toEqual(['data-pipeline-weak.star.md', 'link-to-old.md']);
    record({ area: 'cli', input: '--fix on a story with a hard link to it', cases: 1, result: 'a new file renamed over the story: the link keeps the old text, no temporary file is left' });
  });

  test('keeps CRLF line ends, a byte-order mark and the file mode (640)', () => {
    const dir = copies(WEAK);
    const lf = join(dir, WEAK);
    const crlf = join(dir, 'stories', 'crlf.star.md');
    const text = readFileSync(lf, 'utf8');
    writeFileSync(crlf, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    chmodSync(crlf, 0o640);
    runCli(['check', '--fix', WEAK, 'stories/crlf.star.md'], dir);
    const fixedLf = readFileSync(lf, 'utf8');
    const fixedCrlf = readFileSync(crlf, 'utf8');
    expect(fixedLf).not.toBe(text);
    expect(readFileSync(crlf).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fixedCrlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR, even where sections moved
    // The same fixes as in the LF copy, nothing more.
    expect(fixedCrlf).toBe(`\ufeff${fixedLf.replace(/\n/g, '\r\n')}`);
    expect(statSync(crlf).mode & 0o7777).toBe(0o640);
    record({ area: 'cli', input: '--fix on a CRLF story with a byte-order mark, mode 640', cases: 1, result: 'the same fixes as in its LF copy; CRLF, the mark and the mode kept' });
  });

  test('a story that changed after it was read is left alone', () => {
    const dir = copies(WEAK);
    const story = join(dir, WEAK);
    const read = readStory(story);
    const edited = `${read.text}\nA line the author added meanwhile.\n`;
    writeFileSync(story, edited);
    expect(writeStory(story, 'the fixed text', read.file!)).toBe('changed while it was being fixed, so it was left alone');
    expect(readFileSync(story, 'utf8')).toBe(edited);
    expect(readdirSync(join(dir, 'stories'))).toEqual(['data-pipeline-weak.star.md']);
  });

  test('through a symbolic link: the story it names is fixed, and the link stays a link', () => {
    const dir = copies(WEAK);
    symlinkSync(join(dir, WEAK), join(dir, 'alias.star.md'));
    const before = readFileSync(join(dir, WEAK), 'utf8');
    runCli(['check', '--fix', 'alias.star.md'], dir);
    expect(lstatSync(join(dir, 'alias.star.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, WEAK), 'utf8')).not.toBe(before);
  });

  test('the exit code is what is left: 0 once the only error findings are fixed, 1 while one remains', () => {
    const dir = copies(WEAK, ROUTED);
    // Every rule off but section-order, made an error: its fix needs nothing from the author.
    const only = (rule: string) => writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, id === rule ? 'error' : 'off'])) }));
    only('section-order');
    expect(runCli(['check', WEAK], dir).code).toBe(1);
    const fixed = runCli(['check', '--fix', WEAK], dir);
    expect(fixed.stdout).toMatch(/^fixed 1 finding in stories\/data-pipeline-weak\.star\.md \(section-order\)$/m);
    expect(fixed.stdout).toMatch(/^No problems in 1 story\.$/m);
    expect(fixed.code).toBe(0);
    // we-language made an error: its fix claims the author did it alone, so it stays, and so does exit 1.
    only('we-language');
    const claimed = runCli(['check', '--fix', WEAK], dir);
    expect(claimed.stdout).not.toMatch(/^fixed /m);
    expect(claimed.stdout).toMatch(/we-language$/m);
    expect(claimed.code).toBe(1);
    rmSync(join(dir, '.starcoach.json'));
    // assigned-work's and routing's fixes leave a ‹placeholder›: they stay, and so does exit 1.
    const routed = json(['--fix', ROUTED], dir);
    expect(routed.code).toBe(1);
    expect(routed.files[0].fixed!.length).toBeGreaterThan(0);
    expect(routed.files[0].diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule).sort()).toEqual(['assigned-work', 'routing-not-ownership', 'routing-not-ownership']);
    expect(json([ROUTED], dir).files[0].diagnostics).toEqual(routed.files[0].diagnostics);
  });

  test('json: each file gets "fixed", the findings fixed as they were reported; sarif: the story is a modified artifact', () => {
    const dir = copies(WEAK, STRONG);
    const before = json([WEAK], dir).files[0].diagnostics;
    const { files } = json(['--fix', WEAK, STRONG], dir);
    expect(files[1].fixed).toEqual([]);
    expect(files[0].fixed!.map((f) => f.rule)).toEqual(['section-order']);
    for (const f of files[0].fixed!) expect(before.some((d) => d.rule === f.rule && d.message === f.message)).toBe(true);
    expect(files[0].diff).toBeUndefined();

    const again = copies(WEAK, STRONG);
    const sarif = JSON.parse(runCli(['check', '--fix', '--format', 'sarif', WEAK, STRONG], again).stdout).runs[0];
    expect(sarif.artifacts).toEqual([{ location: { uri: WEAK }, roles: ['analysisTarget', 'modified'], properties: { fixed: files[0].fixed } }]);
  });

  test('usage errors: --fix with --fix-dry-run, and --fix-dry-run with sarif', () => {
    const dir = copies(WEAK);
    const before = snapshot(join(dir, WEAK));
    expect(runCli(['check', '--fix', '--fix-dry-run', WEAK], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/use --fix or --fix-dry-run, not both/) });
    expect(runCli(['check', '--fix-dry-run', '--format', 'sarif', WEAK], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--fix-dry-run gives a diff/) });
    expect(snapshot(join(dir, WEAK))).toEqual(before);
  });

  test('--help names --fix and --fix-dry-run', () => {
    expect(runCli(['--help']).stdout).toMatch(/--fix \| --fix-dry-run[\s\S]*--fix applies every fix[\s\S]*--fix-dry-run writes nothing/);
  });
});

describe('star-coach check --fix-dry-run', () => {
  test('writes nothing; its diff, applied with patch and with git apply, gives exactly what --fix writes', () => {
    for (const tool of ['patch', 'git']) expect(spawnSync(tool, ['--version']).status, `${tool} is installed`).toBe(0);
    const dry = copies();
    // A CRLF story with a byte-order mark and a name with a space in it too.
    const odd = join(dry, 'stories', 'crlf with space.star.md');
    writeFileSync(odd, `\ufeff${readFileSync(join(FIXTURES, WEAK), 'utf8').replace(/\n/g, '\r\n')}`);
    const names = stories(dry);
    const untouched = names.map((f) => snapshot(join(dry, f)));
    const byPatch = folder();
    const byGit = folder();
    const byFix = folder();
    for (const d of [byPatch, byGit, byFix]) cpSync(dry, d, { recursive: true });

    const run = runCli(['check', '--fix-dry-run', '.'], dry);
    expect(names.map((f) => snapshot(join(dry, f)))).toEqual(untouched);
    expect(run.stdout).toMatch(/^--- stories\/crlf with space\.star\.md\t$/m);
    expect(run.stderr).toMatch(/^would fix 1 finding in stories\/crlf with space\.star\.md \(.*\)$/m);
    const patchFile = join(folder(), 'fix.patch');
    writeFileSync(patchFile, run.stdout);

    const fix = runCli(['check', '--fix', '.'], byFix);
    expect(run.code).toBe(fix.code);
    expect(spawnSync('patch', ['-p0', '--batch', '--no-backup-if-mismatch', '-i', patchFile], { cwd: byPatch, encoding: 'utf8' }).status).toBe(0);
    const git = spawnSync('git', ['apply', '-p0', '--unsafe-paths', patchFile], { cwd: byGit, encoding: 'utf8' });
    expect(git.stderr).toBe('');
    expect(git.status).toBe(0);
    const changed = names.filter((f) => readFileSync(join(byFix, f), 'latin1') !== readFileSync(join(dry, f), 'latin1'));
    expect(changed.length).toBeGreaterThan(30);
    for (const f of names) {
      const written = readFileSync(join(byFix, f), 'latin1');
      expect({ f, patched: readFileSync(join(byPatch, f), 'latin1') === written, applied: readFileSync(join(byGit, f), 'latin1') === written }).toEqual({ f, patched: true, applied: true });
    }
    record({ area: 'cli', input: `--fix-dry-run over every fixture and a CRLF story with a mark and a space in its name (${names.length} stories, ${changed.length} changed), its diff applied with patch and with git apply`, cases: names.length, result: 'nothing written; both give byte for byte what --fix writes, and the same exit code' });
  }, 180_000);

  test('json: each file gets its diff ("" when nothing would change) and what would be fixed', () => {
    const dir = copies(WEAK, STRONG);
    const dry = json(['--fix-dry-run', WEAK, STRONG], dir);
    expect(dry.files[0].diff).toMatch(/^--- stories\/data-pipeline-weak\.star\.md\n\+\+\+ stories\/data-pipeline-weak\.star\.md\n@@ /);
    expect(dry.files[1]).toMatchObject({ diff: '', fixed: [] });
    const fixed = json(['--fix', WEAK, STRONG], dir);
    expect(dry.files[0].fixed).toEqual(fixed.files[0].fixed);
    expect(dry.files.map((f) => f.diagnostics)).toEqual(fixed.files.map((f) => f.diagnostics));
    expect(dry.code).toBe(fixed.code);
  });

  test('nothing to fix: no diff, and one line on stderr saying so', () => {
    const dir = copies(STRONG);
    const run = runCli(['check', '--fix-dry-run', STRONG], dir);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: 'Nothing to fix in 1 story.\n' });
  });
});

describe('--fix over every fixture', () => {
  test('no rule finds more than before, less what was fixed; no placeholder or disable comment is added; a second run writes nothing', () => {
    const dir = copies();
    const names = stories(dir);
    const original = new Map(names.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const before = json(['.'], dir).files;
    // Two threads whatever the machine, so the checking threads' fixing is tried too.
    const fixed = json(['--fix', '--jobs', '2', '.'], dir).files;
    expect(fixed.map((f) => f.path)).toEqual(before.map((f) => f.path));
    expect(fixed.every((f) => !f.error)).toBe(true);
    let fixes = 0;
    const grew: string[] = [];
    fixed.forEach((after, i) => {
      const was = countByRule(before[i].diagnostics);
      const allowed = new Map(was);
      for (const [rule, n] of countByRule(after.fixed!)) {
        // Only findings that were there are fixed.
        if (n > (was.get(rule) ?? 0)) grew.push(`${after.path}: fixed ${n} ${rule}, found ${was.get(rule) ?? 0}`);
        allowed.set(rule, (allowed.get(rule) ?? 0) - n);
      }
      for (const [rule, n] of countByRule(after.diagnostics)) if (n > (allowed.get(rule) ?? 0)) grew.push(`${after.path}: ${rule} ${was.get(rule) ?? 0} → ${n} after ${after.fixed!.length} fixes`);
      fixes += after.fixed!.length;
    });
    expect(grew).toEqual([]);
    expect(fixes).toBeGreaterThan(40);

    // Nothing fixed claims what only the author knows ("we" made "I", "tried to fix" made "fixed", "I think" dropped),
    // though the fixtures hold many such fixes, offered in the editor.
    let claiming = 0;
    const claimed: string[] = [];
    fixed.forEach((after, i) => {
      const offered = analyze(original.get(after.path)!).diagnostics;
      claiming += offered.filter((d) => d.fixes[0]?.claims).length;
      for (const f of after.fixed!) if (offered.find((d) => d.rule === f.rule && d.message === f.message)?.fixes[0]?.claims) claimed.push(`${after.path}: ${f.message}`);
    });
    expect(claimed).toEqual([]);
    expect(claiming).toBeGreaterThan(100);

    // No fix that leaves a placeholder, and no suppression, went in.
    for (const f of names) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const mark of ['‹', '›', '${', 'star-coach-disable', 'star-coach-enable']) expect({ f, mark, n: count(text, mark) }).toEqual({ f, mark, n: count(original.get(f)!, mark) });
    }

    for (const f of names) utimesSync(join(dir, f), LONG_AGO, LONG_AGO);
    const once = names.map((f) => snapshot(join(dir, f)));
    const second = json(['--fix', '--jobs', '2', '.'], dir).files;
    expect(second.filter((f) => f.fixed!.length > 0).map((f) => f.path)).toEqual([]);
    expect(names.map((f) => snapshot(join(dir, f)))).toEqual(once);
    expect(second.map((f) => f.diagnostics)).toEqual(fixed.map((f) => f.diagnostics));
    const changed = names.filter((f) => readFileSync(join(dir, f), 'utf8') !== original.get(f)).length;
    record({ area: 'cli', input: `--fix over every fixture (${names.length} copies, ${changed} changed by ${fixes} fixes), then again`, cases: names.length, result: 'no rule found more than before less what was fixed; no ‹placeholder›, snippet or disable comment added; the second run wrote nothing (inode and modification time kept)' });
  }, 180_000);
});
