// The `star-coach` command: check stories, time one, list the rules. Files and terminal in; the core does the analysis.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, formatDuration, LEVELS, RULES, WPM_RANGE, type StarCoachConfig } from '../core';
import { findConfig, loadConfig } from './config';
import { findTargets } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { ANSI, NO_PAINT, formatText } from './format/text';
import type { FileReport } from './report';

declare const STAR_COACH_VERSION: string;
const VERSION = typeof STAR_COACH_VERSION === 'string' ? STAR_COACH_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  star-coach check [files | folders | globs] [--format text|json|sarif] [--config FILE] [--level LEVEL] [--wpm N] [--color | --no-color]
  star-coach time <file> [--config FILE] [--level LEVEL] [--wpm N]
  star-coach rules
  star-coach --version | --help

check: every *.star.md under the current folder when no path is given.
Exit codes: 0 no error-severity finding, 1 at least one, 2 a usage error or a file that could not be read.
`;

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  color: boolean;
}

class UsageError extends Error {}

const MAX_BYTES = 2 * 1024 * 1024;

function readStory(path: string, cwd: string): { text?: string; error?: string } {
  const full = isAbsolute(path) ? path : join(cwd, path);
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return { error: 'is a folder, not a story' };
    if (stat.size > MAX_BYTES) return { error: `is ${Math.round(stat.size / 1024)} KiB; stories over ${MAX_BYTES / 1024 / 1024} MiB are not checked` };
    const bytes = readFileSync(full);
    if (bytes.includes(0)) return { error: 'is a binary file, not a story' };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e instanceof TypeError) return { error: 'is not valid UTF-8 text' };
    return { error: e.code === 'EACCES' ? 'cannot be read: permission denied' : e.code === 'ENOENT' ? 'no such file' : e.code === 'ELOOP' ? 'a symbolic link loop' : `cannot be read: ${e.message}` };
  }
}

function configFor(values: { config?: string; level?: string; wpm?: string }, io: Io): { config: StarCoachConfig; failed: boolean } {
  let config: StarCoachConfig = {};
  let failed = false;
  const path = values.config ?? findConfig(io.cwd);
  if (path) {
    const loaded = loadConfig(isAbsolute(path) ? path : join(io.cwd, path));
    config = loaded.config;
    for (const p of loaded.problems) io.err(`${path}: ${p}\n`);
    if (values.config && loaded.problems.some((p) => p.startsWith('cannot be read'))) failed = true;
  }
  if (values.level !== undefined) {
    const level = values.level.toLowerCase();
    if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')}`);
    config.level = level as StarCoachConfig['level'];
  }
  if (values.wpm !== undefined) {
    const wpm = Number(values.wpm);
    if (!Number.isFinite(wpm) || wpm < WPM_RANGE.min || wpm > WPM_RANGE.max) throw new UsageError(`--wpm must be a number from ${WPM_RANGE.min} to ${WPM_RANGE.max}`);
    config.wpm = wpm;
  }
  return { config, failed };
}

function check(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, level: { type: 'string' }, wpm: { type: 'string' }, 'no-color': { type: 'boolean' }, color: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (!['text', 'json', 'sarif'].includes(values.format!)) throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
  const { config, failed } = configFor(values, io);
  const reports: FileReport[] = [];
  for (const target of findTargets(positionals, io.cwd)) {
    if (target.error) {
      reports.push({ path: target.path, error: target.error });
      continue;
    }
    const { text, error } = readStory(target.path, io.cwd);
    reports.push(text === undefined ? { path: target.path, error } : { path: target.path, analysis: analyze(text, config) });
  }
  for (const r of reports) if (r.error) io.err(`star-coach: ${r.path}: ${r.error}\n`);
  const color = values.color || (io.color && !values['no-color']);
  io.out(values.format === 'json' ? formatJson(reports) : values.format === 'sarif' ? formatSarif(reports, VERSION) : formatText(reports, color ? ANSI : NO_PAINT));
  if (failed || reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.analysis?.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function time(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { level: { type: 'string' }, wpm: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('time takes exactly one story file');
  const { config, failed } = configFor(values, io);
  if (failed) return 2;
  const { text, error } = readStory(positionals[0], io.cwd);
  if (text === undefined) {
    io.err(`star-coach: ${positionals[0]}: ${error}\n`);
    return 2;
  }
  const { timing } = analyze(text, config);
  const rows = [
    ['Section', 'Words', 'Time', 'Target'],
    ...timing.sections.filter((s) => s.kind !== 'followups').map((s) => [s.name, String(s.words), formatDuration(s.seconds), s.targetSeconds ? formatDuration(s.targetSeconds) : '']),
    ['Total', String(timing.sections.filter((s) => s.kind !== 'followups').reduce((n, s) => n + s.words, 0)), formatDuration(timing.totalSeconds), `${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)} (${timing.level})`],
    ...timing.probes.map((p) => [`Follow-up: ${p.question}`, String(p.words), formatDuration(p.seconds), '0:30–1:00']),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  io.out(`${[line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1, -timing.probes.length || undefined).map(line)].join('\n')}\n`);
  if (timing.probes.length) io.out(`\n${rows.slice(-timing.probes.length).map(line).join('\n')}\n`);
  io.out(`\nAt ${timing.wpm} words a minute.\n`);
  return 0;
}

function rules(io: Io): number {
  const width = Math.max(...RULES.map((r) => r.id.length));
  for (const r of RULES) io.out(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.sections}\n${' '.repeat(width + 11)}${r.summary}\n`);
  return 0;
}

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'time':
        return time(rest, io);
      case 'rules':
        return rules(io);
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
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`star-coach: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
