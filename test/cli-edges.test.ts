// The CLI's rough edges as users met them (issue 16): a reader that goes away, through a real shell pipe; Ctrl+C, on a
// real pseudo-terminal and as a real signal; our own one-line usage errors with "did you mean"; a --config that is not
// there; a story that is not there; near misses in front matter and .starcoach.json; NO_COLOR and FORCE_COLOR. Every
// case runs the built dist/cli.js as a process, most of them through `sh -c` as a user types them.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { record, writeReport } from './support/reliability-report';
import { CLI, ROOT } from './support/run-cli';

afterAll(() => writeReport('cli-edges'));

const STRONG = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
/** Long enough to notice a hang, far longer than any of these runs takes on a busy machine. */
const HANG = 20000;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'star-cli-edges-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The environment of a user who set neither NO_COLOR nor FORCE_COLOR (the test runner may have). */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  return { ...e, ...extra };
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const STAR_COACH = `${q(process.execPath)} ${q(CLI)}`;

/** A command line as a user types it, run by `sh -c`. */
function sh(script: string, cwd: string, extra: Record<string, string> = {}) {
  const r = spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: env(extra), timeout: HANG });
  expect(r.error).toBeUndefined(); // no hang
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The built CLI run straight, stdout and stderr read whole. */
function cli(args: string[], cwd: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: env(extra), timeout: HANG });
  expect(r.error).toBeUndefined();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

// ---- a reader that goes away ---------------------------------------------------------------------------------------
describe('a reader that goes away (| head): no stack trace, and the exit code of the run', () => {
  const dir = folder({ 'strong.star.md': STRONG, 'weak.star.md': WEAK });
  const COMMANDS = [
    { command: 'rules', head: 1 },
    { command: 'time weak.star.md', head: 3 },
    { command: '--help', head: 1 },
    { command: 'check --help', head: 1 },
    { command: '--version', head: 1 },
    { command: 'check weak.star.md', head: 1 },
    { command: 'check strong.star.md', head: 1 },
    { command: 'check --format json weak.star.md', head: 1 },
    { command: 'check --format sarif weak.star.md', head: 1 },
  ];
  /** What the command exits with when its whole output is read (run once per command). */
  const codes = new Map<string, number | null>();
  const fullRun = (command: string) => {
    if (!codes.has(command)) codes.set(command, sh(`${STAR_COACH} ${command} >/dev/null`, dir).code);
    return codes.get(command);
  };

  test.each(COMMANDS)('star-coach $command | head -$head', ({ command, head }) => {
    const expected = fullRun(command);
    expect(expected === 0 || expected === 1).toBe(true);
    // The CLI's own stderr and exit code, kept apart from head's.
    const r = sh(`{ ${STAR_COACH} ${command} 2>err; echo $? >code; } | head -${head}`, dir);
    expect(lines(r.stdout).length).toBeLessThanOrEqual(head);
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
    expect(Number(readFileSync(join(dir, 'code'), 'utf8'))).toBe(expected);
  });

  // `| head` may also read everything before the CLI is done writing, so the write that finds no reader is certain
  // only when the reader has left first: the right side of this pipe closes its end, then lets the left side start.
  test.each(COMMANDS)('star-coach $command into a pipe whose reader has already gone', ({ command }) => {
    const expected = fullRun(command);
    const gate = join(dir, `gate-${COMMANDS.findIndex((c) => c.command === command)}`);
    execFileSync('mkfifo', [gate]);
    const r = sh(`{ cat ${q(gate)} >/dev/null; ${STAR_COACH} ${command} 2>err; echo $? >code; } | { exec 0<&-; echo gone >${q(gate)}; }`, dir);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
    expect(Number(readFileSync(join(dir, 'code'), 'utf8'))).toBe(expected);
  });

  test('a long report cut short by head -1 (more than a pipe holds): quiet, exit 1 as a full run', () => {
    const many = folder(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`s${String(i).padStart(2, '0')}.star.md`, WEAK])));
    const full = sh(`${STAR_COACH} check --jobs 1 . | wc -c`, many);
    expect(Number(full.stdout.trim())).toBeGreaterThan(256 * 1024); // far more than a pipe and head's read hold
    const r = sh(`{ ${STAR_COACH} check --jobs 1 . 2>err; echo $? >code; } | head -1`, many);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(readFileSync(join(many, 'err'), 'utf8')).toBe('');
    expect(Number(readFileSync(join(many, 'code'), 'utf8'))).toBe(1);
    record({ area: 'cli', input: `a real shell pipe into head (${COMMANDS.length} commands, rules and time among them), the same with the reader gone before the first write, and a 256 KiB report cut by head -1`, cases: COMMANDS.length * 2 + 1, result: 'nothing on stderr; the exit code of a full run (0 or 1)' });
  });
});

// ---- Ctrl+C --------------------------------------------------------------------------------------------------------
describe('Ctrl+C: exit 130, nothing printed', () => {
  /** Stories enough to take seconds; the bad key's line on stderr says the CLI is running (and listening for Ctrl+C). */
  const many = folder({ '.git/HEAD': '', '.starcoach.json': '{ "colour": "red" }', ...Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`s${i}.star.md`, WEAK])) });
  const READY = '.starcoach.json: colour: unknown setting';

  test('on a real terminal (a pseudo-terminal from script): Ctrl+C typed during a check; bash sees exit 130', async () => {
    // bash, not sh: it reports a child that exits 130 by itself ("exit=130") but stops at once, printing nothing, when
    // the child is killed by the signal, so the line below shows that star-coach ended on its own, with 130.
    // script runs its command with $SHELL -c, so SHELL is bash here: with dash (CI's /bin/sh) a second shell would wait
    // in between, and dash, itself sent the terminal's SIGINT, ends by that signal after its child whatever the child did.
    const command = `${STAR_COACH} check --jobs 2 .; echo "exit=$?"`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: many, stdio: ['pipe', 'pipe', 'pipe'], env: env({ SHELL: '/bin/bash' }) });
    let screen = '';
    let typed = false;
    child.stdout!.on('data', (d) => {
      screen += d;
      if (!typed && screen.includes(READY)) typed = child.stdin!.write('\x03'); // Ctrl+C, as the keyboard sends it
    });
    child.stderr!.on('data', (d) => (screen += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(typed).toBe(true);
    // The terminal may echo ^C; besides it, only bash's line: no report, no stack trace, no word from a thread.
    expect(screen.split(READY)[1].replace('^C', '').trim()).toBe('exit=130');
    expect(code).toBe(0); // bash went on to its echo, which succeeded
  });

  test('a real SIGINT to the process during a check on two threads: exit code 130, not death by the signal', async () => {
    const child = spawn(process.execPath, [CLI, 'check', '--jobs', '2', '.'], { cwd: many, stdio: ['ignore', 'pipe', 'pipe'], env: env() });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    let sent = false;
    child.stderr!.on('data', (d) => {
      stderr += d;
      if (!sent && stderr.includes(READY)) sent = child.kill('SIGINT');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG);
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    clearTimeout(timer);
    expect(sent).toBe(true);
    expect([code, signal]).toEqual([130, null]);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([expect.stringContaining(READY)]);
    record({ area: 'cli', input: 'Ctrl+C typed on a pseudo-terminal during a check on two threads, and SIGINT sent to the process', cases: 2, result: 'exit 130 (bash sees 130 from a process that ended itself); nothing printed after ^C' });
  });
});

// ---- usage errors --------------------------------------------------------------------------------------------------
describe('usage errors: one line of our own, "did you mean" for a near miss, exit 2', () => {
  const dir = folder({ 'strong.star.md': STRONG });
  /** Words of Node's argument parser, which no message may show. */
  const PARSER_WORDS = /Unknown option '|To specify a positional argument|ERR_PARSE_ARGS|argument missing|Unexpected argument|Usage:/;

  test.each([
    ['check --colour strong.star.md', 'star-coach: unknown option --colour; did you mean --color?'],
    ['check --no-colour strong.star.md', 'star-coach: unknown option --no-colour; did you mean --no-color?'],
    ['check --formt json strong.star.md', 'star-coach: unknown option --formt; did you mean --format?'],
    ['check --colour=always strong.star.md', 'star-coach: unknown option --colour; did you mean --color?'],
    ['time --levl senior strong.star.md', 'star-coach: unknown option --levl; did you mean --level?'],
    ['check --frobnicate strong.star.md', 'star-coach: unknown option --frobnicate; see star-coach --help'],
    ['check -x strong.star.md', 'star-coach: unknown option -x; see star-coach --help'],
    ['rules --colour', 'star-coach: unknown option --colour; see star-coach --help'],
    ['rules extra', 'star-coach: rules takes no file or folder ("extra"); see star-coach --help'],
    ['chek strong.star.md', 'star-coach: unknown command "chek"; did you mean check?'],
    ['check --format jsn strong.star.md', 'star-coach: --format must be text, json or sarif, not "jsn"; did you mean json?'],
    ['check --level staf strong.star.md', 'star-coach: --level must be one of sde1, sde2, senior, staff, manager, not "staf"; did you mean staff?'],
    ['check --level cto strong.star.md', 'star-coach: --level must be one of sde1, sde2, senior, staff, manager, not "cto"'],
    ['check strong.star.md --format', 'star-coach: --format needs a value, such as --format json'],
    ['check --format --color strong.star.md', 'star-coach: --format needs a value, such as --format json'],
    ['check --color=yes strong.star.md', 'star-coach: --color takes no value, so "--color=yes" is not understood'],
  ])('star-coach %s', (command, message) => {
    const r = sh(`${STAR_COACH} ${command}`, dir);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stderr).not.toMatch(PARSER_WORDS);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  test('--config naming a file that is not there: one line, nothing checked, exit 2 (check and time)', () => {
    for (const command of ['check --config missing.json strong.star.md', 'time --config missing.json strong.star.md', 'check --config=nowhere/missing.json']) {
      const r = sh(`${STAR_COACH} ${command}`, dir);
      expect(r.stderr).toMatch(/^star-coach: the configuration file (nowhere\/)?missing\.json was not found\n$/);
      expect(r.stderr).not.toMatch(/ENOENT|no such file/);
      expect(r.stdout).toBe('');
      expect(r.code).toBe(2);
    }
    record({ area: 'cli', input: 'usage errors: 16 mistyped options, commands and values; --config naming no file (3)', cases: 19, result: 'one line of our own, "did you mean" for a near miss, exit 2, nothing checked' });
  });
});

// ---- a story that is not there -------------------------------------------------------------------------------------
describe('a story that is not there', () => {
  const dir = folder({ 'strong.star.md': STRONG });

  test('alone: said once, on stderr, and no summary claiming success; exit 2', () => {
    const r = sh(`${STAR_COACH} check missing.star.md`, dir);
    expect(r.stderr).toBe('star-coach: missing.star.md: no such file or folder\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  test('beside a good one: said once; the summary counts the story checked and says one could not be read; exit 2', () => {
    const r = sh(`${STAR_COACH} check missing.star.md strong.star.md`, dir);
    expect(r.stderr).toBe('star-coach: missing.star.md: no such file or folder\n');
    expect(r.stdout).not.toContain('missing.star.md');
    expect(lines(r.stdout).at(-1)).toBe('No problems in 1 story. 1 file could not be read.');
    expect(r.code).toBe(2);
    record({ area: 'cli', input: 'a story that is not there, alone and beside a good one', cases: 2, result: 'one line on stderr; no “No problems in 0 stories”; exit 2' });
  });
});

// ---- near misses in front matter and .starcoach.json ---------------------------------------------------------------
describe('near misses and broken YAML, as the CLI prints them', () => {
  test('level: staf under a question that breaks the YAML: both findings, in our words, at their line and column', () => {
    const story = `---\nquestion: Tell me about a time: you failed\nlevel: staf\n---\n${STRONG.replace(/^---[\s\S]*?---\n/, '')}`;
    const dir = folder({ 'broken.star.md': story });
    const r = sh(`${STAR_COACH} check broken.star.md`, dir);
    const found = lines(r.stdout).filter((l) => l.endsWith('front-matter'));
    expect(found).toEqual([
      'broken.star.md:2:11  warning  Put the value of “question” in quotes: in YAML, a colon and a space inside a value start a new key.  front-matter',
      'broken.star.md:3:8  warning  “staf” is not a level this coach knows; did you mean staff? Timing uses sde2 meanwhile.  front-matter',
    ]);
    expect(r.stdout).not.toMatch(/Nested mappings|compact mappings/);
  });

  test('.starcoach.json with "level": "staf": did you mean "staff"', () => {
    const dir = folder({ '.git/HEAD': '', '.starcoach.json': '{ "level": "staf" }', 'strong.star.md': STRONG });
    const r = sh(`${STAR_COACH} check strong.star.md`, dir);
    expect(r.stderr).toBe(`${join(dir, '.starcoach.json')}: level: "staf" is not a level (did you mean "staff"?)\n`);
    record({ area: 'cli', input: 'level: staf in front matter under YAML that does not parse, and in .starcoach.json', cases: 2, result: '"did you mean staff?" in both; the YAML error in our words at the parser’s line and column' });
  });
});

// ---- color ---------------------------------------------------------------------------------------------------------
describe('color: NO_COLOR, FORCE_COLOR, and --color / --no-color over both', () => {
  const dir = folder({ 'weak.star.md': WEAK });
  const ESC = /\x1b\[/;

  test.each([
    ['a pipe', {}, '', false],
    ['a pipe, FORCE_COLOR=1', { FORCE_COLOR: '1' }, '', true],
    ['a pipe, FORCE_COLOR=0', { FORCE_COLOR: '0' }, '', false],
    ['a pipe, FORCE_COLOR=1 and NO_COLOR=1 (FORCE_COLOR wins, as in Node)', { FORCE_COLOR: '1', NO_COLOR: '1' }, '', true],
    ['a pipe, FORCE_COLOR=1 and --no-color', { FORCE_COLOR: '1' }, '--no-color', false],
    ['a pipe, NO_COLOR=1 and --color', { NO_COLOR: '1' }, '--color', true],
    ['a pipe, --color then --no-color (the last wins)', {}, '--color --no-color', false],
    ['a pipe, --no-color then --color', {}, '--no-color --color', true],
  ] as const)('%s', (_, extra, flags, painted) => {
    const r = sh(`${STAR_COACH} check ${flags} weak.star.md | cat`, dir, extra);
    expect(ESC.test(r.stdout)).toBe(painted);
    expect(r.stdout).toContain('assigned-work');
  });

  /** The check's output on a pseudo-terminal, as `script` records it. */
  const onTerminal = (extra: Record<string, string>, flags = '') => {
    const r = spawnSync('script', ['-qec', `${STAR_COACH} check ${flags} weak.star.md`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: env(extra), input: '', timeout: HANG });
    expect(r.error).toBeUndefined();
    expect(r.stdout).toContain('assigned-work');
    return r.stdout;
  };

  test.each([
    ['a terminal', {}, '', true],
    ['a terminal, NO_COLOR=1', { NO_COLOR: '1' }, '', false],
    ['a terminal, NO_COLOR empty (only a non-empty value turns color off)', { NO_COLOR: '' }, '', true],
    ['a terminal, FORCE_COLOR=0', { FORCE_COLOR: '0' }, '', false],
    ['a terminal, NO_COLOR=1 and --color', { NO_COLOR: '1' }, '--color', true],
  ] as const)('%s', (_, extra, flags, painted) => {
    expect(ESC.test(onTerminal(extra, flags))).toBe(painted);
  });

  test('--help says how color is chosen', () => {
    const help = cli(['--help'], dir).stdout;
    expect(help).toMatch(/NO_COLOR=1 turns it off/);
    expect(help).toMatch(/FORCE_COLOR=1 turns it on even in a pipe/);
    expect(help).toMatch(/FORCE_COLOR=0 off/);
    expect(help).toMatch(/--color and --no-color win over both/);
    record({ area: 'cli', input: 'color chosen by NO_COLOR, FORCE_COLOR, --color and --no-color, in a pipe and on a pseudo-terminal', cases: 13, result: 'as documented in --help and the README' });
  });
});
