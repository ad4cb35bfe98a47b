// How far interviewers agree with each other and with the coach's reading on the same stories
// (test/support/agreement.ts): `node scripts/score-agreement.mjs [test-fixtures/review]`.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-agreement-')), 'agreement.cjs');
await build({ entryPoints: ['test/support/agreement.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', loader: { '.json': 'json' } });
const { agreementStudy } = createRequire(import.meta.url)(out);
const { pairs } = agreementStudy(resolve(process.argv[2] ?? 'test-fixtures/review'));
const pct = (v) => `${(100 * v).toFixed(0)}%`;
console.log('| pair | stories | verdict exact | within one | weakness (rule) | primary competency | shown F1: all, claimed, unclaimed | level |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { a, b, agreement: g } of pairs) {
  console.log(`| ${a} / ${b} | ${g.stories} | ${pct(g.verdict)} | ${pct(g.within)} | ${pct(g.weakness)} (${pct(g.weaknessRule)}) | ${pct(g.primary)} | ${g.shows.all.toFixed(2)}, ${g.shows.claimed.toFixed(2)}, ${g.shows.unclaimed.toFixed(2)} | ${pct(g.level)} |`);
}
