// Prints, per fixture, the findings it expects but does not get and the ones it gets unexpectedly.
// A tool for writing fixtures: `node scripts/fixture-report.mjs [path-filter]`. The test suite is the judge.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-report-')), 'report.cjs');
await build({
  stdin: {
    contents: `export * from './server/src/core'; export * from './test/support/fixtures';`,
    resolveDir: process.cwd(), loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
});
const { analyze, listFixtures, readFixture } = createRequire(import.meta.url)(out);
const filter = process.argv[2] ?? '';
let clean = 0;
for (const path of listFixtures(process.env.FIXTURES ?? join(process.cwd(), 'test-fixtures')).filter((p) => p.includes(filter))) {
  const f = readFixture(path);
  const unmatched = [...analyze(f.text, f.config).diagnostics];
  const missing = [];
  for (const e of [...f.expectations].sort((a, b) => (a.line === undefined) - (b.line === undefined))) {
    const i = unmatched.findIndex((d) => d.rule === e.rule && (e.line === undefined || d.range.start.line === e.line)
      && (e.quote === undefined || f.text.slice(d.span.start, d.span.end).toLowerCase().includes(e.quote.toLowerCase()) || e.quote.toLowerCase().includes(f.text.slice(d.span.start, d.span.end).toLowerCase())));
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(e);
  }
  if (!missing.length && !unmatched.length) {
    clean++;
    continue;
  }
  console.log(`\n${path}`);
  for (const e of missing) console.log(`  missing     ${e.rule}${e.line !== undefined ? ` line ${e.line + 1}` : ''}${e.quote ? ` "${e.quote}"` : ''}`);
  for (const d of unmatched) console.log(`  unexpected  ${d.rule} line ${d.range.start.line + 1} "${f.text.slice(d.span.start, d.span.end).slice(0, 80)}"  | ${f.text.split(/\r?\n/)[d.range.start.line].slice(0, 140)}`);
}
console.log(`\n${clean} fixtures as expected`);
