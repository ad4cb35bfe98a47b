// Scores the findings on a folder of fixtures against the expectations they carry: per rule, the findings that match
// an expectation (right), the ones that match none (false alarms) and the expectations no finding matched (missed);
// then error and warning precision and recall. Timing rules are left out (they are counted, not judged by readers).
// `node scripts/score-fixtures.mjs test-fixtures/blind-a [--list]`
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-score-')), 'score.cjs');
await build({
  stdin: { contents: `export * from './server/src/core'; export * from './test/support/fixtures';`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
});
const { analyze, listFixtures, readFixture } = createRequire(import.meta.url)(out);
const dir = resolve(process.argv[2] ?? 'test-fixtures');
const list = process.argv.includes('--list');
const TIMING = new Set(['section-over-time', 'answer-over-time', 'answer-under-time']);
const rules = new Map();
const row = (id) => rules.get(id) ?? (rules.set(id, { right: 0, wrong: 0, missed: 0, severity: '' }), rules.get(id));
const lines = [];
for (const path of listFixtures(dir)) {
  const f = readFixture(path);
  const found = analyze(f.text, f.config).diagnostics.filter((d) => !TIMING.has(d.rule));
  const expected = f.expectations.filter((e) => !TIMING.has(e.rule));
  const unmatched = [...found];
  for (const e of [...expected].sort((a, b) => (a.line === undefined) - (b.line === undefined))) {
    const i = unmatched.findIndex((d) => d.rule === e.rule && (e.line === undefined || d.range.start.line === e.line)
      && (e.quote === undefined || f.text.slice(d.span.start, d.span.end).toLowerCase().includes(e.quote.toLowerCase()) || e.quote.toLowerCase().includes(f.text.slice(d.span.start, d.span.end).toLowerCase())));
    if (i >= 0) {
      const d = unmatched.splice(i, 1)[0];
      Object.assign(row(d.rule), { severity: d.severity }).right++;
    } else {
      row(e.rule).missed++;
      lines.push(`  missed  ${relative(dir, path)}:${e.line === undefined ? '-' : e.line + 1} ${e.rule}${e.quote ? ` "${e.quote}"` : ''}`);
    }
  }
  for (const d of unmatched) {
    Object.assign(row(d.rule), { severity: d.severity }).wrong++;
    lines.push(`  false   ${relative(dir, path)}:${d.range.start.line + 1} ${d.rule} (${d.severity}) "${f.text.slice(d.span.start, d.span.end).slice(0, 70)}"`);
  }
}
const sum = (pred, k) => [...rules.values()].filter(pred).reduce((n, r) => n + r[k], 0);
const pct = (a, b) => (b ? `${(100 * a / b).toFixed(1)}%` : 'n/a');
console.log(`rule                         sev       right  false  missed`);
for (const [id, r] of [...rules].sort()) console.log(`${id.padEnd(28)} ${(r.severity || '-').padEnd(9)} ${String(r.right).padStart(5)} ${String(r.wrong).padStart(6)} ${String(r.missed).padStart(7)}`);
const all = () => true;
const ew = (r) => r.severity === 'error' || r.severity === 'warning';
const err = (r) => r.severity === 'error';
console.log(`\nrecall (every rule): ${pct(sum(all, 'right'), sum(all, 'right') + sum(all, 'missed'))}`);
console.log(`errors right: ${sum(err, 'right')} of ${sum(err, 'right') + sum(err, 'wrong')} (${pct(sum(err, 'right'), sum(err, 'right') + sum(err, 'wrong'))})`);
console.log(`errors and warnings right: ${sum(ew, 'right')} of ${sum(ew, 'right') + sum(ew, 'wrong')} (${pct(sum(ew, 'right'), sum(ew, 'right') + sum(ew, 'wrong'))})`);
if (list) console.log('\n' + lines.join('\n'));
