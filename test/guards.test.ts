// Keeps the parts in step: the core's imports, the registry against the catalog, doc pages, the README table, fixtures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../server/src/core';
import { listFixtures, readFixture } from './support/fixtures';

const ROOT = join(__dirname, '..');
const CORE = join(ROOT, 'server/src/core');
const CATALOG = join(ROOT, '..', 'shared', 'spec', 'rules.md');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the analysis core', () => {
  test('imports nothing from an editor, a protocol, the file system or the network', () => {
    // ts-fsrs: the drill's scheduler (core/drill.ts), pure code with no imports of its own. regexpp: ESLint's parser of
    // regular expressions (core/language/prefilter.ts), pure code too.
    const allowed = new Set(['markdown-it', 'yaml', 'picomatch', 'ts-fsrs', '@eslint-community/regexpp']);
    const offenders: string[] = [];
    for (const file of filesUnder(CORE)) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
        if (!spec.startsWith('.') && !allowed.has(spec)) offenders.push(`${file.slice(ROOT.length + 1)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('the bundles', () => {
  // The global setup builds dist/ before this runs.
  const requires = (file: string) => new Set([...readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/require\("(?:node:)?([a-z_/]+)"\)/g)].map((m) => m[1]));
  const NETWORK = ['http', 'https', 'http2', 'net', 'tls', 'dgram'];

  test('the server and the CLI open no network connection and start no process', () => {
    for (const file of ['server.js', 'cli.js']) {
      const used = requires(file);
      expect([...NETWORK, 'child_process'].filter((m) => used.has(m)), file).toEqual([]);
    }
  });

  test('the client uses a process and a local socket only to start the server, and nothing from the web', () => {
    for (const file of ['extension.js', 'languageclient.js']) {
      const used = requires(file);
      expect(['http', 'https', 'http2', 'tls', 'dgram'].filter((m) => used.has(m)), file).toEqual([]);
    }
  });

  test('activation loads only the light bundle: the LSP client library comes from its own file when the server starts', () => {
    const extension = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    expect(extension).toContain('require("./languageclient.js")');
    expect(extension).not.toMatch(/vscode-languageclient|class LanguageClient\b/);
    expect(statSync(join(ROOT, 'dist', 'extension.js')).size).toBeLessThan(statSync(join(ROOT, 'dist', 'languageclient.js')).size / 4);
  });

  test('the webview scripts load nothing and reach nothing', () => {
    for (const file of ['webview/coach.js', 'webview/preview.js']) {
      const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
      expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|importScripts|\beval\(|new Function\(/);
    }
  });

  test("the bundles' faster markdown-it field helper builds the same stories: every fixture and sample analyzes alike with and without it", async () => {
    const { build } = await import('esbuild');
    // @ts-expect-error: a plain ES module with no type declarations
    const { markdownItFields } = await import('../scripts/markdown-it-fields.mjs');
    const load = async (plugins: unknown[]) => {
      const out = await build({ entryPoints: [join(CORE, 'index.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error', plugins: plugins as never });
      const code = out.outputFiles[0].text;
      const module = { exports: {} as typeof import('../server/src/core') };
      new Function('module', 'exports', 'require', code)(module, module.exports, require);
      return { code, analyze: module.exports.analyze };
    };
    const [plain, patched] = await Promise.all([load([]), load([markdownItFields])]);
    expect(plain.code).toContain('Object.defineProperty(e, r,');
    expect(patched.code).not.toContain('Object.defineProperty(e, r,');
    const stories = [...listFixtures(), ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.star.md')).map((f) => join(ROOT, 'samples', f))];
    expect(stories.length).toBeGreaterThan(100);
    // The whole analysis: story model (blocks, sentences, clauses), timing and diagnostics; a sentence's links back to its section are left out, being circular.
    const json = (a: unknown) => JSON.stringify(a, (key, value) => (key === 'section' || key === 'probe' ? undefined : value));
    for (const file of stories) {
      const text = readFileSync(file, 'utf8');
      expect(json(patched.analyze(text)), file).toBe(json(plain.analyze(text)));
    }
  });

  test('the extension declares untrusted and virtual workspaces', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe(false);
  });
});

describe('the rule registry', () => {
  const catalog = existsSync(CATALOG) ? readFileSync(CATALOG, 'utf8') : '';
  // A row may carry a note after the id: "`unfilled-placeholder` (new: the fits-the-story issue)".
  const catalogRules = [...catalog.matchAll(/^\| `([a-z-]+)`(?: \([^)|]*\))? \| ([a-z ()]+?) \|/gm)].map((m) => ({ id: m[1], severity: m[2].split(' ')[0] }));

  test('the catalog is beside the checkout', () => {
    expect(catalogRules.length).toBeGreaterThanOrEqual(22);
  });

  test('reads the rows that carry a note, such as unfilled-placeholder', () => {
    expect(catalogRules).toContainEqual({ id: 'unfilled-placeholder', severity: 'warning' });
  });

  test('has every catalog rule, with its default severity', () => {
    const registry = new Map(RULES.map((r) => [r.id, r.severity]));
    expect(catalogRules.filter((c) => registry.get(c.id) !== c.severity).map((c) => `${c.id}: ${registry.get(c.id)} vs ${c.severity}`)).toEqual([]);
  });

  test('ids are unique, and each rule lives in a file named after it', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(readFileSync(join(CORE, 'rules', `${r.id}.ts`), 'utf8')).toContain(`id: '${r.id}'`);
  });

  test('every rule has a doc page that starts with its id', () => {
    for (const r of RULES) {
      const page = join(ROOT, 'docs', 'rules', `${r.id}.md`);
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8').split('\n')[0]).toMatch(new RegExp(`^# \`${r.id}\`: `));
    }
  });

  test("the README's rules table lists every rule, linked to its page", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const r of RULES) expect(readme).toContain(`[\`${r.id}\`](docs/rules/${r.id}.md)`);
  });

  test('every rule has a fixture that expects it and a clean fixture in its folder', () => {
    const fixtures = listFixtures().map(readFixture);
    for (const r of RULES) {
      const own = fixtures.filter((f) => f.path.includes(`/rules/${r.id}/`));
      expect(own.some((f) => f.expectations.some((e) => e.rule === r.id)), `${r.id}: a weak fixture`).toBe(true);
      expect(own.some((f) => f.expectations.length === 0), `${r.id}: a strong fixture`).toBe(true);
    }
  });
});

describe('New Story from Template', () => {
  test('offers all sixteen competencies, each one the coach knows and reads an aim from', async () => {
    const { TEMPLATE_COMPETENCIES } = await import('../client/src/competencies');
    const { KNOWN_COMPETENCIES, analyze } = await import('../server/src/core');
    expect(TEMPLATE_COMPETENCIES).toHaveLength(16);
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
    const known = new Set(KNOWN_COMPETENCIES.map(norm));
    expect(TEMPLATE_COMPETENCIES.filter((c) => !known.has(norm(c)))).toEqual([]);
    const noAim = TEMPLATE_COMPETENCIES.filter((c) => analyze(`---\ncompetencies: [${JSON.stringify(c)}]\n---\n`).aim.kinds.length === 0);
    expect(noAim).toEqual([]);
  });
});
