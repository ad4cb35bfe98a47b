// The prefilter's anchors (server/src/core/language/prefilter.ts), read once at build time for the bundles that esbuild.mjs
// and the benchmark make, so that a process does not parse the reading's patterns on its first story. The core is bundled
// here the same way, loaded, and asked for the table; the bundle gets it through `define` as STAR_COACH_ANCHORS.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownItFields } from './markdown-it-fields.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

/** `{ STAR_COACH_ANCHORS: '…' }`, to spread into an esbuild `define`. */
export async function anchorDefine() {
  const dir = mkdtempSync(join(tmpdir(), 'star-anchors-'));
  const out = join(dir, 'anchors.cjs');
  try {
    await build({
      stdin: { contents: "import './server/src/core';\nexport { anchorTable } from './server/src/core/language/prefilter';", resolveDir: ROOT, loader: 'ts' },
      bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'error', plugins: [markdownItFields],
    });
    const table = createRequire(import.meta.url)(out).anchorTable();
    if (!table.reading || !table.boundary) throw new Error('scripts/anchor-table.mjs: the core named no "reading" or "boundary" index');
    return { STAR_COACH_ANCHORS: JSON.stringify(table) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
