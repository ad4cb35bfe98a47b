// Writes schemas/starcoach.schema.json, the JSON schema of .starcoach.json, from the table the validator reads
// (server/src/core/config.ts). `npm run schema` after changing a key, a level or a rule; test/config-schema.test.ts fails
// while the committed file is stale.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'star-schema-')), 'schema.cjs');
await build({ entryPoints: ['server/src/core/config-schema.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { configSchema } = createRequire(import.meta.url)(out);
const file = new URL('../schemas/starcoach.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
