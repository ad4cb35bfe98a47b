// Collects what the reliability tests tried into out/reliability/vitest.json; scripts/reliability-report.mjs turns
// every such file (the editor tests write theirs too) into RELIABILITY.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export interface ReportRow {
  area: 'core' | 'speed' | 'cli' | 'server' | 'views';
  input: string;
  cases: number | string;
  result: string;
}

const rows: ReportRow[] = [];
const ROOT = join(__dirname, '..', '..');

export function record(row: ReportRow) {
  rows.push(row);
}

/** Each test file that records rows writes its own file (`name`), so that files running in parallel never overwrite each other. */
export function writeReport(name = 'vitest') {
  const dir = join(ROOT, 'out', 'reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(rows, null, 2));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'reliability-report.mjs')], { stdio: 'inherit' });
}
