// Trains the learned paraphrase models from the annotated fixtures and writes server/src/core/language/learned.json,
// with each model's leave-one-set-out figures. `npm run learn` after adding or changing annotated fixtures;
// test/learned.test.ts fails while the file is not what this script makes. `--list` prints the held-out misses and
// false alarms.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-learn-')), 'learn.cjs');
await build({ entryPoints: ['test/support/learned-build.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', loader: { '.json': 'json' } });
const { buildLearned } = createRequire(import.meta.url)(out);
const { models, details } = buildLearned(resolve('test-fixtures'));
writeFileSync('server/src/core/language/learned.json', `${JSON.stringify(models, null, 1)}\n`);
for (const [rule, h] of Object.entries(models.heldOut)) {
  console.log(`${rule}: held out, ${h.right} of ${h.flagged} flagged right, ${h.right} of ${h.positives} annotated found; ${Object.keys(models.models[rule].weights).length} weights`);
  if (process.argv.includes('--list')) {
    for (const f of details[rule].falseAlarms) console.log(`  false  ${f}`);
    for (const m of details[rule].misses) console.log(`  missed ${m}`);
  }
}
