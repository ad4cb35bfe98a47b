// `--format text`: one line per diagnostic (path:line:col  severity  message  rule-id), grouped per file, then timing;
// with `--fix`, what was fixed in the file first.
import { formatDuration, reviewLine } from '../../core';
import { counts, fixedSummary, type FileReport } from '../report';

const plain = (s: string) => s;
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}
export const NO_PAINT: Paint = { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, green: plain };
export const ANSI: Paint = {
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  blue: (s) => `\x1b[34m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  green: (s) => `\x1b[32m${s}\x1b[39m`,
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function timingLine(report: FileReport, paint: Paint = NO_PAINT): string {
  const t = report.analysis!.timing;
  const verdict = t.totalSeconds > t.range.max ? paint.yellow('over') : t.totalSeconds < t.range.min ? paint.blue('under') : paint.green('within');
  return `${report.path}  ${paint.dim('timing')} ${formatDuration(t.totalSeconds)} at ${t.wpm} wpm, ${t.level} range ${formatDuration(t.range.min)}–${formatDuration(t.range.max)}: ${verdict}`;
}

/** What `--fix` fixed in a file (`fixed 3 findings in a.star.md (passive-voice ×2, hedging)`), or with `wouldFix` what `--fix-dry-run` would; undefined when nothing. */
export function fixedLine(report: FileReport, wouldFix = false): string | undefined {
  const fixed = report.fixed ?? [];
  if (fixed.length === 0) return undefined;
  return `${wouldFix ? 'would fix' : 'fixed'} ${plural(fixed.length, 'finding')} in ${report.path} (${fixedSummary(fixed)})`;
}

export function formatText(reports: FileReport[], paint: Paint = NO_PAINT): string {
  const out: string[] = [];
  const severity = { error: paint.red('error  '), warning: paint.yellow('warning'), info: paint.blue('info   '), hint: paint.dim('hint   ') };
  for (const r of reports) {
    if (r.error && !r.analysis) continue; // said on stderr, once
    // A story checked but not written by --fix: why, then its findings as it stands.
    if (r.error) out.push(`${r.path}  ${paint.red('error')}  ${r.error}`);
    const fixed = fixedLine(r);
    if (fixed) out.push(paint.green(fixed));
    const diagnostics = r.analysis!.diagnostics;
    for (const d of diagnostics) {
      out.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${severity[d.severity]}  ${d.message}  ${paint.dim(d.rule)}`);
    }
    out.push(timingLine(r, paint), `${r.path}  ${paint.dim('reading')} ${reviewLine(r.analysis!.review)}`, '');
  }
  const c = counts(reports);
  const total = c.error + c.warning + c.info + c.hint;
  const unreadable = reports.filter((r) => r.error && !r.analysis).length;
  const unwritten = reports.filter((r) => r.error && r.analysis).length;
  const checked = reports.length - unreadable;
  // When nothing could be checked there is nothing to sum up: the reasons are on stderr, and "no problems" would claim a success.
  if (checked === 0) return out.join('\n') + (out.length ? '\n' : '');
  const summary = total === 0
    ? (unreadable ? `No problems in ${plural(checked, 'story')}.` : paint.green(`No problems in ${plural(checked, 'story')}.`))
    : `${paint.bold(plural(total, 'problem'))} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${plural(c.hint, 'hint')}) in ${plural(checked, 'story')}.`;
  out.push(
    summary.replace('storys', 'stories') +
      (unreadable ? ` ${paint.red(`${plural(unreadable, 'file')} could not be read.`)}` : '') +
      (unwritten ? ` ${paint.red(`${plural(unwritten, 'file')} could not be written.`)}` : ''),
  );
  return out.join('\n') + '\n';
}
