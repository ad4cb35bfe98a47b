// Scores a folder of fixtures against the expectations they carry (test/support/score.ts): per rule, right, false
// alarms and missed; then recall and error and warning precision. A tool for measuring; test/blind.test.ts is the judge.
// `node scripts/score-fixtures.mjs test-fixtures/blind/set-b [--list]`
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-score-')), 'score.cjs');
await build({ entryPoints: ['test/support/score.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { scoreFixtures } = createRequire(import.meta.url)(out);
const score = scoreFixtures(resolve(process.argv[2] ?? 'test-fixtures'));
const pct = ({ right, total }) => `${right} of ${total} (${total ? ((100 * right) / total).toFixed(1) : '-'}%)`;
console.log('rule                         sev       right  false  missed');
for (const [id, r] of [...score.rules].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${id.padEnd(28)} ${(r.severity ?? '-').padEnd(9)} ${String(r.right).padStart(5)} ${String(r.wrong).padStart(6)} ${String(r.missed).padStart(7)}`);
}
console.log(`\nrecall (every rule): ${(100 * score.recall).toFixed(1)}%`);
console.log(`errors right: ${pct(score.errors)}`);
console.log(`errors and warnings right: ${pct(score.errorsAndWarnings)}`);
console.log(`warning or error false alarms on strong stories: ${score.strongFalseAlarms}`);
if (process.argv.includes('--list')) console.log(`\n${score.lines.join('\n')}`);
