// Writes RELIABILITY.md from the rows the test suites left in out/reliability/*.json (the latest run of each).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../out/reliability/', import.meta.url);
const rows = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'))) : [];

const SECTIONS = [
  ['core', 'The analysis core', 'Invariants checked on every case: analysis never throws; every range lies inside the document with start ≤ end and never splits a surrogate pair; the same input gives the same output; every quick fix applies cleanly and the result is analyzed again without error; timing is finite and non-negative.'],
  ['speed', 'No input makes analysis slow', 'Each input is timed against a normal story measured in the same run; the bound is 25 times linear growth from the normal story (and never under 2 s, for a busy machine).'],
  ['cli', 'The CLI', 'A bad file gets one clear line on stderr and every other file is still checked; no input is written to but by `--fix`, and then only a story whose text changes, atomically. Each row says what the run printed and how it exited (2: a file could not be read, checked or written; 3: the output could not be written; 130: interrupted).'],
  ['server', 'The language server and the client', 'Driven over stdio by a real JSON-RPC client, and in a real VS Code workbench for the client.'],
  ['views', 'The webviews and the printed page', 'Hostile text in a story, shown by the coaching panel and the preview in a real workbench and by the story bank\'s printed page, in headless Chromium; each payload would set a sentinel if it ran.'],
];

const body = SECTIONS.map(([area, title, intro]) => {
  const r = rows.filter((x) => x.area === area);
  if (r.length === 0) return `## ${title}\n\nNot run in the latest run (\`npm test\` runs everything; \`npm run test:unit\` skips the editor tests).\n`;
  return `## ${title}\n\n${intro}\n\n| input or fault | cases | what the project did |\n|---|---|---|\n${r.map((x) => `| ${x.input} | ${x.cases} | ${x.result} |`).join('\n')}\n`;
}).join('\n');

writeFileSync(new URL('../RELIABILITY.md', import.meta.url), `# Reliability

Written by \`scripts/reliability-report.mjs\` from the latest run of the test suite (do not edit by hand). Each
row is an input class or an injected fault, how many cases the run tried, and what the project did. Generated
inputs come from fast-check with a fixed seed, so the same commit tries the same cases.

${body}`);
