// One truth for timing: on every fixture, each section's and follow-up's time and status agree across the rule
// (section-over-time), the code lens and the outline (the built language server over stdio), the coaching panel's
// and the preview's view models (the core's view functions), and `star-coach time` (the built CLI in a process).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeLens, DocumentSymbol } from 'vscode-languageserver-protocol';
import { analyze, coachingAt, formatDuration, ruleById, spokenAnswer, type Analysis, type TimeStatus } from '../server/src/core';
import { startClient, type TestClient } from './support/lsp-client';
import { record, writeReport } from './support/reliability-report';
import { CLI, ROOT } from './support/run-cli';

afterAll(() => writeReport('timing-agreement'));

const FILES = globSync('test-fixtures/**/*.star.md', { cwd: ROOT }).sort();
const workspace = mkdtempSync(join(tmpdir(), 'star-timing-'));
const run = promisify(execFile);

interface Seen {
  analysis: Analysis;
  lenses: CodeLens[];
  symbols: DocumentSymbol[];
  cli: string;
}
const seen = new Map<string, Seen>();
let client: TestClient;

/** Runs `work` on each item, `limit` at a time: the machine is shared. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

beforeAll(async () => {
  client = await startClient({ root: workspace, capabilities: {} });
  await pool(FILES, 2, async (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const uri = pathToFileURL(join(workspace, file.replace(/\//g, '__'))).href;
    await client.open(uri, text);
    const [lenses, symbols, cli] = await Promise.all([
      client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as Promise<CodeLens[]>,
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<DocumentSymbol[]>,
      // cwd outside the repository, so no .starcoach.json applies, as none applies to the server's empty workspace.
      run(process.execPath, [CLI, 'time', join(ROOT, file)], { cwd: workspace, env: { ...process.env, NO_COLOR: '1' } }).then((r) => r.stdout),
    ]);
    seen.set(file, { analysis: analyze(text), lenses, symbols, cli });
  });
}, 300_000);

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

// What each adapter prints for a status (read back, not rebuilt, so that a change in any of them shows here).
const LENS_STATUS: Record<string, TimeStatus> = { '': 'within', ' (over)': 'over', ' (over the limit)': 'over-cap', ' (empty)': 'empty', ' (short)': 'short' };
const CLI_STATUS: Record<string, TimeStatus> = { '': 'within', 'over target': 'over', 'over the limit': 'over-cap', empty: 'empty', short: 'short' };

/** The CLI's table, cut by the column widths its dashes line gives. */
function cliRows(out: string): Array<{ name: string; time: string; target: string; status: string }> {
  const lines = out.split('\n');
  const dashes = lines.findIndex((l) => /^-+(  -+)+$/.test(l));
  const widths = lines[dashes].split('  ').map((d) => d.length);
  const cut = (line: string) => {
    const cells: string[] = [];
    let at = 0;
    for (const w of widths) {
      cells.push(line.slice(at, at + w).trim());
      at += w + 2;
    }
    // The status column is left out of the dashes line when no row has a status.
    cells.push(line.slice(at).trim());
    return cells;
  };
  return lines
    .slice(dashes + 1)
    .filter((l) => l.trim() && !l.startsWith('At ') && !l.startsWith('Total '))
    .map(cut)
    .map(([name, , time, target, status]) => ({ name, time, target, status: status || '' }));
}

function flattenSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

let compared = 0;

describe.each(FILES)('%s', (file) => {
  test('the rule, the lens, the outline, the panel, the preview and star-coach time agree on every time and status', () => {
    const { analysis, lenses, symbols, cli } = seen.get(file)!;
    const { story, timing } = analysis;
    const findings = ruleById('section-over-time')!.check(analysis);
    const flagged = (span: { start: number; end: number }) => findings.filter((f) => f.span.start >= span.start && f.span.end <= span.end);
    const lensAt = (line: number) => lenses.filter((l) => l.range.start.line === line).map((l) => l.command!.title);
    const symbolAt = (line: number) => flattenSymbols(symbols).find((s) => s.selectionRange.start.line === line && s.kind !== 1);
    const preview = spokenAnswer(analysis);
    const rehearsed = spokenAnswer(analysis, timing.wpm === 200 ? 100 : 200);
    const rows = cliRows(cli);
    const cliSections = rows.filter((r) => !r.name.startsWith('Follow-up: '));
    const cliProbes = rows.filter((r) => r.name.startsWith('Follow-up: '));
    expect(cli).toContain(`At ${timing.wpm} words a minute`);

    const timed = timing.sections.filter((t) => t.kind !== 'followups');
    expect(cliSections.map((r) => r.name)).toEqual(timed.map((t) => t.name));
    for (const t of timing.sections) {
      const section = story.sections[t.index];
      const where = `${file}: ${t.name} (line ${section.heading.line + 1})`;
      const shown = formatDuration(t.seconds);
      compared++;

      // The rule: flagged exactly when the status says over, a warning exactly when over the limit.
      const hits = flagged(section.heading.span);
      if (t.targetSeconds) {
        expect(hits.length, where).toBe(t.status === 'over' || t.status === 'over-cap' ? 1 : 0);
        if (hits.length) expect(hits[0].severity === 'warning', where).toBe(t.status === 'over-cap');
        if (hits.length) expect(hits[0].message, where).toContain(`takes ${shown} to say`);
      }

      // The lens: the same figure and the same status.
      if (t.targetSeconds !== undefined) {
        const lens = lensAt(section.heading.line).find((title) => title.includes(' target'));
        const m = lens?.match(/^(\d+:\d\d) \/ (\d+:\d\d) target(.*)$/);
        expect(m, `${where}: lens ${lens}`).toBeTruthy();
        expect([m![1], m![2], LENS_STATUS[m![3]]], where).toEqual([shown, formatDuration(t.targetSeconds), t.status]);
      }

      // The outline: the same figure, against the same target.
      const symbol = symbolAt(section.heading.line);
      expect(symbol?.name, where).toMatch(t.targetSeconds ? new RegExp(`[,?!.:] ${shown} of ${formatDuration(t.targetSeconds)}$`) : new RegExp(`[,?!.:] ${shown}$`));

      // The panel, with the cursor in the section.
      const panel = coachingAt(analysis, section.heading.span.end).section!;
      expect({ seconds: panel.seconds, target: panel.targetSeconds, status: panel.status }, where).toEqual({ seconds: t.seconds, target: t.targetSeconds, status: t.status });
      if (t.kind === 'followups' && section.probes.length) {
        const item = panel.checklist.find((c) => c.label.startsWith('Each answer within'))!;
        expect(item.done, where).toBe(section.probes.every((p) => timing.probes.find((x) => x.line === p.heading.line)!.status === 'within'));
      }
      if (t.kind === 'situation') {
        const item = panel.checklist.find((c) => c.label.startsWith('Gets to the problem within'))!;
        // (a section that still holds a placeholder ticks nothing: the panel's rule for every item)
        const placeholder = analysis.diagnostics.some((d) => d.rule === 'unfilled-placeholder' && d.span.start >= section.span.start && d.span.start < section.span.end);
        expect(item.done, where).toBe(!placeholder && (t.status === 'within' || t.status === 'over'));
      }

      // The preview, at the story's rate and with a rehearsal rate set: the story's figures both times.
      if (t.kind !== 'followups') {
        for (const view of [preview, rehearsed]) {
          const p = view.sections.find((s) => s.line === section.heading.line)!;
          expect({ seconds: p.seconds, target: p.targetSeconds, status: p.status }, where).toEqual({ seconds: t.seconds, target: t.targetSeconds, status: t.status });
        }
        // The CLI: the same figure, target and status.
        const row = cliSections[timed.indexOf(t)];
        expect([row.time, row.target, CLI_STATUS[row.status]], where).toEqual([shown, t.targetSeconds ? formatDuration(t.targetSeconds) : '', t.targetSeconds ? t.status : t.status === 'empty' ? 'empty' : 'within']);
      }
    }

    expect(cliProbes.length).toBe(timing.probes.length);
    timing.probes.forEach((t, i) => {
      const probe = story.sections.flatMap((s) => s.probes).find((p) => p.heading.line === t.line)!;
      const where = `${file}: follow-up on line ${t.line + 1}`;
      const shown = formatDuration(t.seconds);
      compared++;
      const hits = flagged(probe.heading.span);
      expect(hits.length, where).toBe(t.status === 'over' ? 1 : 0);
      const lens = lensAt(t.line).find((title) => title.includes('aim for'));
      const m = lens?.match(/^(\d+:\d\d) \(aim for 30–60 s\)(.*)$/);
      expect([m?.[1], LENS_STATUS[m?.[2] ?? 'missing']], `${where}: lens ${lens}`).toEqual([shown, t.status]);
      expect(symbolAt(t.line)?.name, where).toMatch(new RegExp(`[,?!.:] ${shown}$`));
      const prepared = coachingAt(analysis, 0).prepared.find((p) => p.line === t.line)!;
      expect({ seconds: prepared.seconds, status: prepared.status }, where).toEqual({ seconds: t.seconds, status: t.status });
      for (const view of [preview, rehearsed]) {
        const p = view.probes.find((x) => x.line === t.line)!;
        expect({ seconds: p.seconds, status: p.status }, where).toEqual({ seconds: t.seconds, status: t.status });
      }
      expect([cliProbes[i].time, CLI_STATUS[cliProbes[i].status]], where).toEqual([shown, t.status]);
    });

    // The whole answer: the lens over the title, the preview at either rate, and the CLI's total.
    if (story.title) expect(lensAt(story.title.line).join(' ')).toContain(`${formatDuration(timing.totalSeconds)} in all`);
    expect([preview.totalSeconds, rehearsed.totalSeconds]).toEqual([timing.totalSeconds, timing.totalSeconds]);
    expect(cli).toMatch(new RegExp(`^Total\\s+\\d+\\s+${formatDuration(timing.totalSeconds)}\\s`, 'm'));
  });
});

test('the comparison covered every fixture', () => {
  expect(seen.size).toBe(FILES.length);
  expect(FILES.length).toBeGreaterThan(200);
  record({ area: 'views', input: `every fixture (${FILES.length} stories): each section's and follow-up's time and status from section-over-time, the code lens and outline (the language server over stdio), the panel's and the preview's view models (at the story's rate and a rehearsal rate) and star-coach time`, cases: compared, result: 'all six agree on every time and status' });
});
