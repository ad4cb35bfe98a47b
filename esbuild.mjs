// Bundles the CLI, the language server and the VS Code client into dist/; `--npm-package` stages the npm package.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { anchorDefine } from './scripts/anchor-table.mjs';
import { markdownItFields } from './scripts/markdown-it-fields.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some ESM dependencies read import.meta.url, which a CommonJS bundle must supply.
  define: { STAR_COACH_VERSION: JSON.stringify(version), 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

/** `star-coach:rule-docs`: every docs/rules/*.md page as text, keyed by rule id, for hovers. */
const ruleDocs = {
  name: 'rule-docs',
  setup(b) {
    b.onResolve({ filter: /^star-coach:rule-docs$/ }, () => ({ path: 'rule-docs', namespace: 'star-coach' }));
    b.onLoad({ filter: /.*/, namespace: 'star-coach' }, () => {
      const dir = new URL('./docs/rules/', import.meta.url);
      const pages = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f.slice(0, -3), readFileSync(new URL(f, dir), 'utf8')]));
      return { contents: `export default ${JSON.stringify(pages)};`, loader: 'js', watchFiles: readdirSync(dir).map((f) => new URL(f, dir).pathname) };
    });
  },
};

/**
 * The server and the CLI never open a network connection or start a process: the modules that could are replaced by
 * stubs that fail loudly (vscode-languageserver imports them for transports and helpers the server does not use).
 */
const noNetworkNoProcesses = {
  name: 'no-network-no-processes',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(net|child_process|http|https|http2|tls|dgram)$/ }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'refused' }));
    b.onLoad({ filter: /.*/, namespace: 'refused' }, (args) => ({
      loader: 'js',
      contents: `const refuse = (name) => () => { throw new Error('Star Coach does not use ${args.path}.' + name + ': it talks over stdio or Node IPC only and never opens a network connection or a process.'); };
module.exports = Object.fromEntries(['createServer', 'createConnection', 'connect', 'Socket', 'Server', 'request', 'get', 'spawn', 'spawnSync', 'fork', 'exec', 'execSync', 'execFile', 'execFileSync', 'createSocket', 'Agent'].map((n) => [n, refuse(n)]));`,
    }));
  },
};

/**
 * The CLI and the server compile each regular expression to machine code the first time it runs. By default V8 first
 * interprets a pattern's bytecode, which is slow for the rules' long alternations: one of them took 40 ms on a story's
 * first sentence, and a first story 190 ms against 75 ms this way (`npm run bench` has the figures). V8's flags are the
 * process's, so worker threads get it too; it is set before any pattern runs.
 */
const noRegexpInterpreter = "require('v8').setFlagsFromString('--no-regexp-tier-up');";
const executable = { js: `#!/usr/bin/env node\n${noRegexpInterpreter}\n${common.banner.js}` };
// The CLI and the server carry the prefilter's anchors, read here once, instead of parsing the patterns at their start.
const withAnchors = { ...common.define, ...(await anchorDefine()) };
const cli = { ...common, define: withAnchors, entryPoints: { cli: 'server/src/cli/bin.ts' }, outdir: 'dist', banner: executable, plugins: [markdownItFields, noNetworkNoProcesses] };
const server = { ...common, define: withAnchors, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist', banner: executable, plugins: [ruleDocs, markdownItFields, noNetworkNoProcesses] };

/**
 * `--npm-package`: the npm package `star-coach` (packages/cli/), staged in dist/npm/ for `npm pack`: the CLI and the
 * server alone, minified, the rule pages and docs/review.md the server links to, and the root's version. Nothing else in dist/ changes.
 */
async function stageNpmPackage() {
  const stage = new URL('./dist/npm/', import.meta.url);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(new URL('docs/rules/', stage), { recursive: true });
  const { '//': _, name, ...manifest } = JSON.parse(readFileSync(new URL('./packages/cli/package.json', import.meta.url), 'utf8'));
  writeFileSync(new URL('package.json', stage), `${JSON.stringify({ name, version, ...manifest }, null, 2)}\n`);
  copyFileSync(new URL('./packages/cli/README.md', import.meta.url), new URL('README.md', stage));
  copyFileSync(new URL('./LICENSE', import.meta.url), new URL('LICENSE', stage));
  const rules = new URL('./docs/rules/', import.meta.url);
  for (const f of readdirSync(rules).filter((f) => f.endsWith('.md'))) copyFileSync(new URL(f, rules), new URL(`docs/rules/${f}`, stage));
  copyFileSync(new URL('./docs/review.md', import.meta.url), new URL('docs/review.md', stage));
  const packaged = { outdir: 'dist/npm/dist', minify: true, sourcemap: false };
  await Promise.all([build({ ...cli, ...packaged }), build({ ...server, ...packaged })]);
}

if (process.argv.includes('--npm-package')) {
  await stageNpmPackage();
  process.exit(0);
}

mkdirSync(new URL('./dist/webview/', import.meta.url), { recursive: true });
for (const f of ['webview.css', 'star.svg']) copyFileSync(new URL(`./media/${f}`, import.meta.url), new URL(`./dist/webview/${f}`, import.meta.url));

await Promise.all([
  build(cli),
  build(server),
  // The client: a light extension.js that activates fast, and the LSP client library it loads when it starts the server.
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode', './languageclient.js'] }),
  build({ ...common, entryPoints: { languageclient: 'client/src/languageclient.ts' }, outdir: 'dist', external: ['vscode'] }),
  // The scripts that run inside the webviews (a browser, no Node).
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', banner: {}, define: {}, entryPoints: { coach: 'client/src/webviews/coach-view.ts', preview: 'client/src/webviews/preview-view.ts', bank: 'client/src/webviews/bank-view.ts', practice: 'client/src/webviews/practice-view.ts' }, outdir: 'dist/webview' }),
  // The integration suite the extension host runs (test-editor/integration.mjs).
  build({ ...common, entryPoints: { index: 'test-editor/suite/index.ts', 'extension.test': 'test-editor/suite/extension.test.ts' }, outdir: 'out/test', external: ['vscode', 'mocha'] }),
]);
