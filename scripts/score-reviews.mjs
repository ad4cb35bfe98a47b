// Scores the bar raiser's reading on a folder of fixtures that carry an interviewer's reading (test/support/review-score.ts).
// `node scripts/score-reviews.mjs test-fixtures/review/blind-r1 [--list]`
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-review-')), 'score.cjs');
await build({ entryPoints: ['test/support/review-score.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { scoreReviews } = createRequire(import.meta.url)(out);
const s = scoreReviews(resolve(process.argv[2] ?? 'test-fixtures/review'));
const pct = (n, d = s.stories) => `${n} of ${d} (${d ? ((100 * n) / d).toFixed(1) : '-'}%)`;
console.log(`stories: ${s.stories}`);
console.log(`verdict exact: ${pct(s.verdict.exact)}; within one: ${pct(s.verdict.nearby)}; trivial rule: ${pct(s.verdict.baseline)}`);
console.log(`primary weakness: ${pct(s.weakness.right)} (rule only ${pct(s.weakness.ruleOnly)}); first disqualifier: ${pct(s.weakness.baseline)}; strong-hire stories given one: ${s.weakness.strongWithWeakness}`);
console.log(`primary competency: ${pct(s.primary.right, s.primary.total)}`);
console.log(`competencies shown: F1 ${s.shows.f1.toFixed(2)} (tp ${s.shows.tp}, fp ${s.shows.fp}, fn ${s.shows.fn})`);
if (process.argv.includes('--kinds')) {
  for (const [k, c] of [...s.showsByKind].sort((a, b) => b[1].fp + b[1].fn - a[1].fp - a[1].fn)) console.log(`  ${k.padEnd(12)} tp ${String(c.tp).padStart(3)}  fp ${String(c.fp).padStart(3)}  fn ${String(c.fn).padStart(3)}`);
}
console.log(`level shown: ${pct(s.level.right, s.level.total)}`);
if (process.argv.includes('--list')) console.log(`\n${s.lines.join('\n')}`);
