// The `star-coach` command: check stories, time one, list the rules. Files and terminal in; the core does the analysis.
import { resolve } from 'node:path';
import { analyze, bank as bankOf, storyWpm, formatDuration, reviewHead, reviewJson, reviewStory, RULES, CONFIG_KEYS, TIME_STATUS_LABEL, VERDICT_LABEL, type Review, type TimeStatus } from '../core';
import { MAX_FOLDER_DEPTH, MAX_STORIES_FOUND, readStory, ruleDocUrl } from '../fsio';
import { configFor } from './config';
import { findTargets } from './files';
import { init } from './init';
import { drillCommand, quizCommand } from './practice';
import { checkAll, FAULT, FILES_PER_THREAD } from './parallel';
import { colorChoice, oneOf, parseOptions, unknownCommand, UsageError } from './options';
import { formatBankHtml } from './format/bank-html';
import { bankProgress } from './progress';
import { formatBankText } from './format/bank-text';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { ANSI, NO_PAINT, fixedLine, formatText } from './format/text';
import type { FileReport, FixMode } from './report';
import type { Terminal } from './terminal';

declare const STAR_COACH_VERSION: string;
const VERSION = typeof STAR_COACH_VERSION === 'string' ? STAR_COACH_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  star-coach check [files | folders | globs] [--fix | --fix-dry-run] [--format text|json|sarif] [--jobs N] [--config FILE] [--level LEVEL] [--wpm N] [--color | --no-color]
  star-coach time <file> [--config FILE] [--level LEVEL] [--wpm N]
  star-coach review [files | folders | globs] [--format text|json] [--config FILE] [--level LEVEL] [--wpm N]
  star-coach bank [files | folders | globs] [--format text|json|html] [--loop amazon|generic] [--interviews N] [--config FILE] [--level LEVEL] [--wpm N]
  star-coach rules
  star-coach init [folder] [--level LEVEL]
  star-coach quiz [files | folders | globs] [--kind KIND[,KIND]] [--limit N] [--format text|json]
  star-coach drill [files | folders | globs] [--new N] [--format text|json]
  star-coach --version | --help

check: every *.star.md under the current folder when no path is given (folders and globs find ${MAX_STORIES_FOUND.toLocaleString('en-US')} at most,
a folder's own folders are read ${MAX_FOLDER_DEPTH} levels down); --jobs N checks on N threads (default: one per core once there are ${FILES_PER_THREAD} files a thread).
--fix applies every fix that needs nothing from you (never one that leaves a ‹placeholder›, never a "disable" comment),
then reports what is left; a story with nothing to fix is not written. --fix-dry-run writes nothing and prints the
changes as a unified diff (apply it with patch -p0); with --format json, each file gets the diff in "diff".
review: the bar raiser's reading of each story: a verdict, a grade per section, the competencies it shows with
the lines that show them, whether its scope fits the level, and the one fix that would raise the verdict most.
bank: all the stories as one interview loop: which competencies each shows, the best story for each and the
gaps, stories that disagree on a figure, a plan for the loop's interviews and the story to write next, and the story
to tell for each common question. --format html writes one page to print, with no script and nothing fetched.
init: makes a story bank in the folder (default: the current one): .starcoach.json, a README.md and a first story.
It never writes over a file.
quiz: questions on your own stories (the built-in examples when there are none): which competency a story primarily
shows, its primary weakness, the sentence that disqualifies it. In a terminal it asks them one at a time (press 1-4,
q to quit); otherwise it prints them with the answers at the end. --kind primary-competency, primary-weakness or
disqualifier; --format json prints the questions for other tools.
drill: the follow-ups due today across the stories, on a spaced-repetition schedule kept in .starcoach-practice.json
in the workspace folder (the nearest folder up with .starcoach.json or .git). Enter starts and stops the clock on
your spoken answer; then your prepared answer shows, and you grade it: 1 again, 2 hard, 3 good, 4 easy. --new caps
the questions never drilled (default 10). Not in a terminal, or with --format json, it lists what is due and writes nothing.
Exit codes: 0 no error-severity finding (with --fix, none left), 1 at least one, 2 a usage error, a file that
could not be read or written, or an init that created nothing, 3 the output could not be written (a full disk),
130 interrupted (Ctrl+C). A reader that stops early (| head) is no error.
Color: on when the output is a terminal. NO_COLOR=1 turns it off; FORCE_COLOR=1 turns it on even in a pipe, and
FORCE_COLOR=0 off. --color and --no-color win over both.
`;

/** The commands, for "did you mean" when one is mistyped. */
const COMMANDS = ['check', 'time', 'review', 'bank', 'rules', 'init', 'quiz', 'drill', 'help'];

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** The script a checking thread runs (the CLI bundle); without it, every file is checked on this thread. */
  workerScript?: string;
  /** The keyboard, for `quiz` and `drill`, when both the input and the output are a terminal; undefined otherwise. */
  openTerminal?(): Terminal | undefined;
}

/** `--jobs N`: how many threads may check at once, 1 to 64; undefined when not given. */
function jobsOption(value: string | undefined): number | undefined {
  const jobs = value === undefined ? undefined : Number(value);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`);
  return jobs;
}

const FORMATS = ['text', 'json', 'sarif'];
const SHARED_OPTIONS = { config: { type: 'string', example: '.starcoach.json' }, level: { type: 'string', example: 'senior' }, wpm: { type: 'string', example: '140' }, help: { type: 'boolean', short: 'h' } } as const;
const CHECK_OPTIONS = { ...SHARED_OPTIONS, fix: { type: 'boolean' }, 'fix-dry-run': { type: 'boolean' }, format: { type: 'string', example: 'json' }, jobs: { type: 'string', short: 'j', example: '2' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } } as const;
const TIME_OPTIONS = SHARED_OPTIONS;

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals, order } = parseOptions('check', args, CHECK_OPTIONS, true);
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(oneOf('format', format, FORMATS, 'text, json or sarif'));
  if (values.fix && values['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (values['fix-dry-run'] && format === 'sarif') throw new UsageError('--fix-dry-run gives a diff, which SARIF has no place for: use --format text or json');
  const fix: FixMode | undefined = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
  const jobs = jobsOption(values.jobs);
  const { config, failed, ignored } = configFor(values, io);
  const { targets, notices } = findTargets(positionals, io.cwd, ignored);
  for (const n of notices) io.err(`star-coach: ${n}\n`);
  const checked = await checkAll(targets.filter((t) => !t.error).map((t) => t.path), io.cwd, config, io.workerScript, jobs, fix);
  let next = 0;
  const reports: FileReport[] = targets.map((t) => (t.error ? { path: t.path, error: t.error } : checked[next++]));
  for (const r of reports) if (r.error) io.err(`star-coach: ${r.path}: ${r.error}\n`);
  const color = colorChoice(order, io.color);
  if (fix === 'dry-run' && format === 'text') {
    // The diff alone on stdout, so that it can go straight to patch; what it would fix on stderr.
    io.out(reports.map((r) => r.diff ?? '').join(''));
    const lines = reports.flatMap((r) => fixedLine(r, true) ?? []);
    const stories = reports.filter((r) => r.analysis).length;
    io.err(lines.length ? `${lines.join('\n')}\n` : `Nothing to fix in ${stories} ${stories === 1 ? 'story' : 'stories'}.\n`);
  } else io.out(format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, VERSION, ruleDocUrl) : formatText(reports, color ? ANSI : NO_PAINT));
  if (failed || reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.analysis?.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function time(args: string[], io: Io): number {
  const { values, positionals } = parseOptions('time', args, TIME_OPTIONS, true);
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('time takes exactly one story file');
  const { config, failed } = configFor(values, io);
  if (failed) return 2;
  const { text, error } = readStory(resolve(io.cwd, positionals[0]));
  if (text === undefined) {
    io.err(`star-coach: ${positionals[0]}: ${error}\n`);
    return 2;
  }
  const analysis = analyze(text, config);
  if (analysis.failed) {
    io.err(`star-coach: ${positionals[0]}: ${FAULT}\n`);
    return 2;
  }
  const { timing } = analysis;
  // The status is the core's, as the lenses, the panel, the preview and section-over-time show it; "within" goes unsaid.
  const status = (s: TimeStatus) => (s === 'within' ? '' : TIME_STATUS_LABEL[s]);
  const rows = [
    ['Section', 'Words', 'Time', 'Target', ''],
    ...timing.sections.filter((s) => s.kind !== 'followups').map((s) => [s.name, String(s.words), formatDuration(s.seconds), s.targetSeconds ? formatDuration(s.targetSeconds) : '', status(s.status)]),
    ['Total', String(timing.sections.filter((s) => s.kind !== 'followups').reduce((n, s) => n + s.words, 0)), formatDuration(timing.totalSeconds), `${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)} (${timing.level})`, ''],
    ...timing.probes.map((p) => [`Follow-up: ${p.question}`, String(p.words), formatDuration(p.seconds), '0:30–1:00', status(p.status)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  io.out(`${[line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ').trimEnd(), ...rows.slice(1, -timing.probes.length || undefined).map(line)].join('\n')}\n`);
  if (timing.probes.length) io.out(`\n${rows.slice(-timing.probes.length).map(line).join('\n')}\n`);
  io.out(`\nAt ${timing.wpm} words a minute${storyWpm(analysis.story) !== undefined ? ", the story's own wpm" : ''}.\n`);
  return 0;
}

const REVIEW_OPTIONS = { ...SHARED_OPTIONS, format: { type: 'string', example: 'json' } } as const;

function review(args: string[], io: Io): number {
  const { values, positionals } = parseOptions('review', args, REVIEW_OPTIONS, true);
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(oneOf('format', format, ['text', 'json'], 'text or json'));
  const { config, failed, ignored } = configFor(values, io);
  if (failed) return 2;
  // The same files check would read: files, folders, globs; every story under the current folder when none is given.
  const { targets, notices } = findTargets(positionals, io.cwd, ignored);
  for (const n of notices) io.err(`star-coach: ${n}\n`);
  let code = 0;
  const files: Array<{ path: string; review?: ReturnType<typeof reviewJson>; error?: string }> = [];
  const written: string[] = [];
  for (const { path, error: unreadable } of targets) {
    const { text, error } = unreadable ? { text: undefined, error: unreadable } : readStory(resolve(io.cwd, path));
    const analysis = text === undefined ? undefined : analyze(text, config);
    const problem = text === undefined ? error : analysis!.failed ? FAULT : undefined;
    if (problem) {
      io.err(`star-coach: ${path}: ${problem}\n`);
      files.push({ path, error: problem });
      code = 2;
      continue;
    }
    const r = reviewStory(analysis!);
    files.push({ path, review: reviewJson(r) });
    written.push(writeUp(path, r));
  }
  io.out(format === 'json' ? `${JSON.stringify({ version: 1, files }, null, 2)}\n` : written.join('\n'));
  return code;
}

/** The reading as a bar raiser writes it up: verdict and note, grades, evidence with lines, level, the fix first. */
function writeUp(path: string, r: Review): string {
  const line = (range: { start: { line: number } }) => `line ${range.start.line + 1}`;
  const out = [`${path}`, reviewHead(r), '', r.note, '', 'Sections'];
  const width = Math.max(...r.sections.map((s) => s.name.length));
  for (const s of r.sections) out.push(`  ${s.name.padEnd(width)}  ${s.grade.padEnd(8)}  ${s.reasons[0] ?? ''}`, ...s.reasons.slice(1).map((why) => `  ${' '.repeat(width + 12)}${why}`));
  out.push('', 'Competencies');
  for (const c of r.competencies) {
    const down = c.takenDownBy.length ? ` (taken down: ${c.takenDownBy.join('; ')})` : '';
    out.push(`  ${c.name}${c.claimed ? ' (claimed)' : ''}: ${c.shown === 'none' ? 'not shown' : `${c.shown} evidence`}${down}${c.name === r.primaryCompetency && c.shown !== 'none' ? ', the one this story most shows' : ''}`);
    for (const e of c.evidence.slice(0, 4)) out.push(`    ${line(e.range)}, ${e.shows}: “${e.text.length > 100 ? `${e.text.slice(0, 99)}…` : e.text}”`);
    if (c.shown === 'none' && c.missing.length) out.push(`    It needs ${c.missing.join('; ')}.`);
  }
  out.push('', `Level: ${r.level.why}`);
  const w = r.primaryWeakness;
  const held = r.verdict === 'no-hire' || r.verdict === 'lean-no-hire';
  out.push('', w ? `Fix first, ${line(w.range)} (${w.rule}): ${w.message}${w.raisesTo !== r.verdict ? ` Fixed, the reading would be ${VERDICT_LABEL[w.raisesTo]}.` : ''}`
    : held ? 'No one finding holds it back: the reading comes from what the story does not show, above.' : 'Nothing to fix first.', '');
  return out.join('\n');
}

const BANK_OPTIONS = { ...SHARED_OPTIONS, format: { type: 'string', example: 'html' }, loop: { type: 'string', example: 'amazon' }, interviews: { type: 'string', example: '4' }, jobs: { type: 'string', short: 'j', example: '2' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } } as const;
const BANK_FORMATS = ['text', 'json', 'html'];

async function bank(args: string[], io: Io): Promise<number> {
  const { values, positionals, order } = parseOptions('bank', args, BANK_OPTIONS, true);
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!BANK_FORMATS.includes(format)) throw new UsageError(oneOf('format', format, BANK_FORMATS, 'text, json or html'));
  const presets = CONFIG_KEYS.loop.values;
  if (values.loop !== undefined && !presets.includes(values.loop.toLowerCase())) throw new UsageError(oneOf('loop', values.loop, presets, presets.join(' or ')));
  const { range } = CONFIG_KEYS.interviews;
  const interviews = values.interviews === undefined ? undefined : Number(values.interviews);
  if (interviews !== undefined && !(Number.isInteger(interviews) && interviews >= range.min && interviews <= range.max)) throw new UsageError(`--interviews must be a whole number from ${range.min} to ${range.max}, not "${values.interviews}"`);
  const jobs = jobsOption(values.jobs);
  const { config, failed, ignored } = configFor(values, io);
  if (failed) return 2;
  const { targets, notices } = findTargets(positionals, io.cwd, ignored);
  for (const n of notices) io.err(`star-coach: ${n}\n`);
  const checked = await checkAll(targets.filter((t) => !t.error).map((t) => t.path), io.cwd, config, io.workerScript, jobs, undefined, true);
  let code = 0;
  for (const t of targets.filter((t) => t.error)) {
    io.err(`star-coach: ${t.path}: ${t.error}\n`);
    code = 2;
  }
  for (const r of checked.filter((r) => r.error)) {
    io.err(`star-coach: ${r.path}: ${r.error}\n`);
    code = 2;
  }
  const entries = checked.flatMap((r) => (r.analysis?.bank ? [r.analysis.bank] : []));
  const b = bankOf(entries, { loop: values.loop?.toLowerCase() ?? config.loop, interviews: interviews ?? config.interviews });
  io.out(format === 'json' ? `${JSON.stringify(b, null, 2)}\n` : format === 'html' ? formatBankHtml(b, bankProgress(b.stories.map((s) => s.path), io.cwd)) : formatBankText(b, colorChoice(order, io.color) ? ANSI : NO_PAINT));
  return code;
}

function rules(args: string[], io: Io): number {
  if (parseOptions('rules', args, { help: { type: 'boolean', short: 'h' } }, false).values.help) {
    io.out(USAGE);
    return 0;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  for (const r of RULES) io.out(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.sections}\n${' '.repeat(width + 11)}${r.summary}\n`);
  return 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'time':
        return time(rest, io);
      case 'review':
        return review(rest, io);
      case 'bank':
        return await bank(rest, io);
      case 'rules':
        return rules(rest, io);
      case 'init':
        return init(rest, io, USAGE);
      case 'quiz':
        return await quizCommand(rest, io, USAGE);
      case 'drill':
        return await drillCommand(rest, io, USAGE);
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return 0;
      case undefined:
        io.err(USAGE);
        return 2;
      default:
        throw new UsageError(unknownCommand(command, COMMANDS));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`star-coach: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
