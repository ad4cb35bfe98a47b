// `npm run bench`: measures what a user feels, side by side with the tools they would otherwise run, on the same
// files in one run; writes BENCHMARKS.md and bench/results.json. Not part of `npm test` (shared, noisy machines).
import { build } from 'esbuild';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { anchorDefine } from '../scripts/anchor-table.mjs';
import { markdownItFields } from '../scripts/markdown-it-fields.mjs';
import { generate } from './generate.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((a.length * p) / 100))];
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const log = (s) => process.stderr.write(`${s}\n`);

log('generating the corpus…');
const { stories, sizes } = generate(join(ROOT, 'bench', 'corpus'));
const files = readdirSync(stories).map((f) => join(stories, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = (t) => t.split(/\s+/).length;
const story600 = texts.find((t) => Math.abs(words(t) - 600) < 30);
// Stories of about 600 words, each different (the core caches nothing across different texts but front matter).
const near600 = texts.filter((t) => Math.abs(words(t) - 600) <= 50).slice(0, 200);

// The core, bundled the way the server and the CLI bundle it.
const coreFile = join(mkdtempSync(join(tmpdir(), 'star-bench-')), 'core.cjs');
await build({ entryPoints: [join(ROOT, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: coreFile, minify: true, logLevel: 'error', plugins: [markdownItFields], define: await anchorDefine() });
const { analyze, reviewStory } = require(coreFile);
// The Story Bank view's merge of an answer that sends only what changed (client/src/bank.ts does the same).
const protocolFile = join(dirname(coreFile), 'protocol.cjs');
await build({ entryPoints: [join(ROOT, 'server/src/protocol.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: protocolFile, logLevel: 'error' });
const { mergeBank } = require(protocolFile);

// ---- 2. core analysis -----------------------------------------------------------------------------------------
log('core analysis…');
for (let i = 0; i < 600; i++) analyze(near600[i % near600.length]);
const coreRuns = Array.from({ length: 2000 }, (_, i) => { const t = performance.now(); analyze(near600[i % near600.length]); return performance.now() - t; });
const coreMs = median(coreRuns);
// The bar raiser's reading on top of each analysis: what it adds, on the same stories.
const analyses = near600.map((t) => analyze(t));
for (let i = 0; i < 600; i++) reviewStory(analyses[i % analyses.length]);
const reviewMs = median(Array.from({ length: 2000 }, (_, i) => { const t = performance.now(); reviewStory(analyses[i % analyses.length]); return performance.now() - t; }));
const scaling = {};
for (const [words, path] of Object.entries(sizes)) {
  const text = readFileSync(path, 'utf8');
  analyze(text);
  analyze(text);
  // 15 runs: a long document's time swings with when the garbage collector runs, and 5 gave a shaky median.
  scaling[words] = median(Array.from({ length: 15 }, () => { const t = performance.now(); analyze(text); return performance.now() - t; }));
}

// ---- harper.js on the same story, in the same run ----------------------------------------------------------------
log('harper.js…');
let harper;
try {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  for (let i = 0; i < 20; i++) await linter.lint(story600, { language: 'markdown' });
  const runs = [];
  for (let i = 0; i < 50; i++) { const t = performance.now(); await linter.lint(story600, { language: 'markdown' }); runs.push(performance.now() - t); }
  harper = { linter, lintMs: median(runs) };
} catch (error) {
  log(`harper.js did not run: ${error.message}`);
}

// ---- 1, 4, 5. the server over stdio -------------------------------------------------------------------------------
async function server({ root } = {}) {
  const proc = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    waiters.get(key)?.(performance.now());
    waiters.delete(key);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const started = performance.now();
  const folder = root ? pathToFileURL(root).href : null;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: folder ? [{ uri: folder, name: 'bank' }] : null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const published = (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve));
  const open = async (uri, text, version = 1) => {
    const done = published(uri, version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return done;
  };
  return { proc, connection, started, published, open, stop: () => { connection.dispose(); proc.kill(); } };
}

log('cold start…');
const cold = [];
for (let i = 0; i < 9; i++) {
  const s = await server();
  const at = await s.open('file:///bench/cold.star.md', story600);
  cold.push(at - s.started);
  s.stop();
}

log('keystrokes…');
const s = await server();
const uri = 'file:///bench/typing.star.md';
await s.open(uri, story600);
const lines = story600.split('\n');
// 500 edits on a server that has just opened its first story (the target's measure: the JIT is still warming up
// through the first few dozen), then 500 more on the same server, reported apart as the steady state.
const keystrokes = [];
const warmKeystrokes = [];
for (let v = 2; v <= 1001; v++) {
  const line = 10 + (v % Math.max(1, lines.length - 12));
  const done = s.published(uri, v);
  const t = performance.now();
  await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }] });
  (v <= 501 ? keystrokes : warmKeystrokes).push((await done) - t);
}
// ---- the story bank: a workspace of 500 stories; an edit to one, then the bank asked for (the 150 ms settle aside) ----
log('story bank…');
const bankDir = mkdtempSync(join(tmpdir(), 'star-bank-bench-'));
for (const f of files.slice(0, 500)) copyFileSync(f, join(bankDir, basename(f)));
const bankEdits = [];
{
  const b = await server({ root: bankDir });
  const bankUri = pathToFileURL(join(bankDir, basename(files[0]))).href;
  const text = readFileSync(files[0], 'utf8');
  await b.open(bankUri, text);
  let held = await b.connection.sendRequest('starCoach/bank'); // the first reading: every story analyzed once
  for (let v = 2; v <= 41; v++) {
    const t = performance.now();
    await b.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bankUri, version: v }, contentChanges: [{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: 'x' }] });
    // As the view asks: what changed since the bank it shows, merged into the whole bank it then renders.
    const answer = await b.connection.sendRequest('starCoach/bank', { since: held.generation });
    const merged = mergeBank(held, answer);
    bankEdits.push(performance.now() - t);
    if (!merged || merged.bank.stories.length !== 500) throw new Error('the bank answer could not be merged into the bank the view holds');
    held = merged;
  }
  b.stop();
}

log('memory with every story open…');
let v = 1;
for (const f of files) await s.open(pathToFileURL(f).href, readFileSync(f, 'utf8'), v);
const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.proc.pid}/status`, 'utf8'))[1]) / 1024;
s.stop();

// ---- activation: loading the client bundle and running activate() against a stand-in for the vscode module -------
// (no desktop VS Code here; the stand-in answers every call at once, so this is the extension's own share of activation)
const VSCODE_NAMES = ['commands', 'env', 'languages', 'window', 'workspace', 'extensions', 'Uri', 'Disposable', 'EventEmitter', 'Position', 'Range', 'Selection', 'SnippetString', 'SnippetTextEdit', 'StatusBarAlignment', 'TextEditorRevealType', 'ThemeColor', 'ViewColumn', 'WorkspaceEdit', 'MarkdownString', 'CancellationTokenSource'];
const activation = median(Array.from({ length: 7 }, () => {
  const out = spawnSync(process.execPath, ['-e', `
const Module = require('module'); const load = Module._load;
const any = new Proxy(function () {}, { get: (_, k) => (k === 'then' ? undefined : k === Symbol.toPrimitive ? () => 0 : k === Symbol.iterator ? function* () {} : any), apply: () => any, construct: () => any, set: () => true });
const api = Object.fromEntries(${JSON.stringify(VSCODE_NAMES)}.map((n) => [n, any]));
Module._load = function (r, ...a) { return r === 'vscode' ? api : load.call(this, r, ...a); };
process.on('unhandledRejection', () => {});
const t = process.hrtime.bigint();
const ext = require(${JSON.stringify(join(ROOT, 'dist/extension.js'))});
ext.activate({ subscriptions: [], extensionUri: any, asAbsolutePath: (p) => p, globalState: any, workspaceState: any }).then(() => {
  console.log(Number(process.hrtime.bigint() - t) / 1e6); process.exit(0);
});`], { encoding: 'utf8' });
  const ms = Number(out.stdout.trim());
  if (!Number.isFinite(ms) || out.stdout.trim() === '') throw new Error(`activation did not finish: ${out.stderr}`);
  return ms;
}));

// ---- 3. the CLI and its peers on the same 2,000 files -------------------------------------------------------------
function wall(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return (performance.now() - t) / 1000;
}
const glob = 'bench/corpus/stories/*.star.md';
log('CLI…');
const cliSeconds = median([0, 1, 2].map(() => wall(process.execPath, ['dist/cli.js', 'check', '--format', 'json', 'bench/corpus/stories'])));
const cliOneThread = median([0, 1, 2].map(() => wall(process.execPath, ['dist/cli.js', 'check', '--format', 'json', '--jobs', '1', 'bench/corpus/stories'])));
const bankSeconds = median([0, 1, 2].map(() => wall(process.execPath, ['dist/cli.js', 'bank', '--format', 'json', bankDir])));
const peers = [];
const peer = (name, cmd, args, note, runs = 2) => {
  log(`${name}…`);
  try {
    peers.push({ name, seconds: round(median(Array.from({ length: runs }, () => wall(cmd, args))), 2), note });
  } catch (error) {
    peers.push({ name, seconds: null, note: `did not run: ${error.message}` });
  }
};
peer('markdownlint-cli2', process.execPath, [join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), glob], 'its default Markdown rules');
peer('textlint (write-good, alex)', process.execPath, [join(ROOT, 'node_modules/textlint/bin/textlint.js'), '--rule', 'write-good', '--rule', 'alex', glob], 'prose rules, one process; one run (it takes minutes)', 1);
if (harper) {
  log('harper.js over the corpus…');
  const t = performance.now();
  for (const f of files) await harper.linter.lint(readFileSync(f, 'utf8'), { language: 'markdown' });
  const warm = (performance.now() - t) / 1000;
  peers.push({ name: 'harper.js (in process, warm)', seconds: round(warm, 2), note: 'lint calls only: no process start, no file discovery' });
}

const size = (b) => statSync(join(ROOT, 'dist', `${b}.js`)).size;
const bundles = { client: size('extension') + size('languageclient'), clientActivation: size('extension'), server: size('server'), cli: size('cli') };
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
  keystroke: { p50Ms: round(pct(keystrokes, 50)), p95Ms: round(pct(keystrokes, 95)), p99Ms: round(pct(keystrokes, 99)), debounceMs: 0, edits: keystrokes.length,
    warm: { p50Ms: round(pct(warmKeystrokes, 50)), p95Ms: round(pct(warmKeystrokes, 95)), p99Ms: round(pct(warmKeystrokes, 99)), edits: warmKeystrokes.length } },
  coreMsPerStory: round(coreMs, 3),
  reviewMsPerStory: round(reviewMs, 3),
  coreScaling: Object.fromEntries(Object.entries(scaling).map(([w, ms]) => [w, { ms: round(ms), msPer1kWords: round(ms / (Number(w) / 1000), 3) }])),
  harperLintMs: harper ? round(harper.lintMs, 2) : null,
  cli: { files: files.length, seconds: round(cliSeconds, 2), oneThreadSeconds: round(cliOneThread, 2), threads: Math.min(cpus().length, 8) },
  peers,
  bank: { stories: 500, seconds: round(bankSeconds, 2), editMsP50: round(pct(bankEdits, 50)), editMsP95: round(pct(bankEdits, 95)), edits: bankEdits.length },
  coldStartMs: round(median(cold), 1),
  activationMs: round(activation, 1),
  rssMb: round(rssMb, 1),
  bundles,
};
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

const target = (ok) => (ok ? 'met' : '**missed**');
const md = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.mjs\`) on ${results.date.slice(0, 10)}: ${results.machine.cpus} cores (${results.machine.cpu}), ${results.machine.memoryGb} GB,
Node ${results.machine.node}. Corpus: ${files.length} generated stories (\`bench/generate.mjs\`, fixed seed, 450–650 words each) and single
documents of 1k, 5k, 20k and 50k words. Every number is from the same run; these machines are shared, so expect noise.

| measure | Star Coach | target | |
|---|---|---|---|
| keystroke → fresh diagnostics over stdio, p50 / p95 / p99 (${keystrokes.length} edits on a server that has just opened the 600-word story, no debounce) | ${results.keystroke.p50Ms} / ${results.keystroke.p95Ms} / ${results.keystroke.p99Ms} ms | p95 < 5 ms | ${target(results.keystroke.p95Ms < 5)} |
| the same, ${results.keystroke.warm.edits} edits more on that server (JIT warm) | ${results.keystroke.warm.p50Ms} / ${results.keystroke.warm.p95Ms} / ${results.keystroke.warm.p99Ms} ms | — | |
| harper.js lint of the same story, warm median | ${results.harperLintMs ?? 'n/a'} ms | — | our p95 is ${results.harperLintMs ? round(results.keystroke.p95Ms / results.harperLintMs, 2) : 'n/a'}× its lint time |
| core analysis, 600-word story, warm median (${near600.length} different stories of 550–650 words, in turn) | ${results.coreMsPerStory} ms | < 1 ms | ${target(results.coreMsPerStory < 1)} |
| the reading (\`reviewStory\`) added to that analysis, warm median, same stories | ${results.reviewMsPerStory} ms | < 0.2 ms | ${target(results.reviewMsPerStory < 0.2)} |
| core analysis, 50,000-word document | ${results.coreScaling[50000].ms} ms | < 100 ms | ${target(results.coreScaling[50000].ms < 100)} |
| CLI on ${files.length} stories, whole process | ${results.cli.seconds} s | < 2 s, faster than every peer | ${target(results.cli.seconds < 2 && peers.every((p) => p.seconds === null || results.cli.seconds < p.seconds))} |
| \`star-coach bank\` on ${results.bank.stories} stories, whole process | ${results.bank.seconds} s | < 1 s | ${target(results.bank.seconds < 1)} |
| an edit's update of the Story Bank over stdio, ${results.bank.stories} stories (edit → fresh bank, p50 / p95 of ${results.bank.edits}; the 150 ms settle before the change notice aside) | ${results.bank.editMsP50} / ${results.bank.editMsP95} ms | < 50 ms | ${target(results.bank.editMsP95 < 50)} |
| server cold start → first diagnostics (median of 9 starts) | ${results.coldStartMs} ms | < 250 ms | ${target(results.coldStartMs < 250)} |
| activation: load \`extension.js\` and run \`activate()\` (\`vscode\` stood in for; no editor here) | ${results.activationMs} ms | < 50 ms | ${target(results.activationMs < 50)} |
| server RSS with ${files.length} stories open | ${results.rssMb} MB | < 250 MB | ${target(results.rssMb < 250)} |

Growth with size (core, warm median of 15 runs):

| words | ms | ms per 1k words |
|---|---|---|
${Object.entries(results.coreScaling).map(([w, x]) => `| ${w} | ${x.ms} | ${x.msPer1kWords} |`).join('\n')}

The CLI and its peers on the same ${files.length} files (whole process, median of runs):

| tool | seconds | Star Coach is | notes |
|---|---|---|---|
| star-coach check | ${results.cli.seconds} | | every rule, timing, JSON out; ${results.cli.threads} threads |
| star-coach check --jobs 1 | ${results.cli.oneThreadSeconds} | | the same on one thread |
${peers.map((p) => `| ${p.name} | ${p.seconds ?? '—'} | ${p.seconds ? `${round(p.seconds / results.cli.seconds, 2)}× as fast` : ''} | ${p.note} |`).join('\n')}

Bundles (production): client ${Math.round(bundles.client / 1024)} KiB (of which ${Math.round(bundles.clientActivation / 1024)} KiB load at activation), server ${Math.round(bundles.server / 1024)} KiB, CLI ${Math.round(bundles.cli / 1024)} KiB.
`;
writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
process.stdout.write(md);
