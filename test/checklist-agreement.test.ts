// One truth for the checklist: on every fixture, each item of the coaching panel's checklist, in every section, agrees
// with what the analysis reports elsewhere. An item with rules behind it is done exactly when the findings the CLI
// reports (`star-coach check --format json`, the Problems view's findings) hold none of its rules in that section (in
// the whole story for a story-level item), the section says something, and no placeholder is left in it. A time item
// is done exactly when `star-coach time` gives the section (or each follow-up) the status it asks for. The panel is
// checked as the core computes it (`coachingAt`) and as the language server sends it over stdio.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze, coachingAt, LineIndex, SECTION_TARGETS, type Analysis, type ChecklistItem, type Section } from '../server/src/core';
import { sectionNotes, type CheckItem } from '../server/src/core/notes';
import { CoachingRequest, type CoachingResult } from '../server/src/protocol';
import { startClient, type TestClient } from './support/lsp-client';
import { record, writeReport } from './support/reliability-report';
import { CLI, ROOT, runCli } from './support/run-cli';

afterAll(() => writeReport('checklist-agreement'));

const FILES = globSync('test-fixtures/**/*.star.md', { cwd: ROOT }).sort();
const workspace = mkdtempSync(join(tmpdir(), 'star-checklist-'));
const run = promisify(execFile);

interface CliFinding {
  rule: string;
  range: { start: { line: number; character: number } };
}
interface Seen {
  text: string;
  /** The story's structure (sections, their spans and kinds): where each finding and row belongs. */
  analysis: Analysis;
  /** `star-coach check --format json`'s findings for the story. */
  findings: CliFinding[];
  /** `star-coach time`'s status column: each timed section's, then each follow-up's, in order. */
  sectionStatus: string[];
  probeStatus: string[];
  /** The panel the language server sends for the cursor on each section's heading, by section index. */
  served: Map<number, CoachingResult>;
}
const seen = new Map<string, Seen>();
let client: TestClient;

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** `star-coach time`'s status cells (the last column, cut where the dashes line says the columns end). */
function timeStatuses(out: string): { sections: string[]; probes: string[] } {
  const lines = out.split('\n');
  const dashes = lines.findIndex((l) => /^-+(  -+)+$/.test(l));
  const width = lines[dashes].split('  ').slice(0, 4).reduce((n, d) => n + d.length + 2, 0);
  const rows = lines.slice(dashes + 1).filter((l) => l.trim() && !l.startsWith('At ') && !l.startsWith('Total '));
  const status = (l: string) => l.slice(width).trim();
  return { sections: rows.filter((l) => !l.startsWith('Follow-up: ')).map(status), probes: rows.filter((l) => l.startsWith('Follow-up: ')).map(status) };
}

beforeAll(async () => {
  // One check over every fixture, from a folder outside the repository so no .starcoach.json applies (none applies to
  // the server's empty workspace either).
  const check = runCli(['check', '--format', 'json', ...FILES.map((f) => join(ROOT, f))], workspace);
  expect(check.stderr).toBe('');
  const reports = new Map<string, CliFinding[]>((JSON.parse(check.stdout).files as Array<{ path: string; diagnostics: CliFinding[] }>).map((f) => [resolve(workspace, f.path), f.diagnostics]));
  client = await startClient({ root: workspace, capabilities: {} });
  await pool(FILES, 4, async (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const analysis = analyze(text);
    const uri = pathToFileURL(join(workspace, file.replace(/\//g, '__'))).href;
    await client.open(uri, text);
    const served = new Map<number, CoachingResult>();
    const lines = new LineIndex(text);
    for (const [i, s] of analysis.story.sections.entries()) {
      served.set(i, (await client.connection.sendRequest(CoachingRequest, { uri, position: lines.positionAt(s.heading.span.end) })) as CoachingResult);
    }
    const time = await run(process.execPath, [CLI, 'time', join(ROOT, file)], { cwd: workspace, env: { ...process.env, NO_COLOR: '1' } });
    const statuses = timeStatuses(time.stdout);
    seen.set(file, { text, analysis, findings: reports.get(join(ROOT, file))!, sectionStatus: statuses.sections, probeStatus: statuses.probes, served });
  });
  // A process for each fixture's `star-coach time` (about 900 fixtures): minutes on a loaded machine, never a measure.
}, 900_000);

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

let items = 0;
const byKind = { rules: 0, within: 0, probes: 0, other: 0 };

describe.each(FILES)('%s', (file) => {
  test('every checklist item is done exactly when the findings and star-coach time say so', () => {
    const { text, analysis, findings, sectionStatus, probeStatus, served } = seen.get(file)!;
    const { story } = analysis;
    const lines = new LineIndex(text);
    const offsetOf = (f: CliFinding) => lines.offsetAt(f.range.start);
    const inSection = (f: CliFinding, s: Section) => offsetOf(f) >= s.span.start && offsetOf(f) < s.span.end;
    // The CLI's time rows follow the story's timed sections, then its follow-ups, in order.
    const timed = story.sections.filter((s) => s.kind !== 'other' && s.kind !== 'followups');
    expect(sectionStatus.length, file).toBe(timed.length);
    const probes = story.sections.flatMap((s) => s.probes.map((p) => ({ section: s, probe: p })));
    expect(probeStatus.length, file).toBe(probes.length);

    for (const [index, section] of story.sections.entries()) {
      if (section.kind === 'other') continue;
      const where = `${file}: ${section.name} (line ${section.heading.line + 1})`;
      const panel = coachingAt(analysis, section.heading.span.end).section!;
      const fromServer = served.get(index)?.section;
      // The server sends the panel the core computes.
      expect(fromServer?.checklist, where).toEqual(panel.checklist);
      const notes = sectionNotes(analysis.aim, section.kind, analysis.options.level).checklist;
      expect(panel.checklist.map((c) => c.label), where).toEqual(notes.map((n) => n.label));

      const status = section.kind === 'followups' ? '' : sectionStatus[timed.indexOf(section)];
      const said = section.kind === 'followups' ? true : status !== 'empty';
      const placeholder = findings.some((f) => f.rule === 'unfilled-placeholder' && inSection(f, section));
      const own = probes.filter((p) => p.section === section).map((p) => probeStatus[probes.indexOf(p)]);

      notes.forEach((item: CheckItem, i) => {
        const shown: ChecklistItem = panel.checklist[i];
        const what = `${where}: "${item.label}"`;
        items++;
        let expected: boolean | undefined;
        if ('probes' in item) {
          byKind.probes++;
          const answered = own.length > 0 && own.every((s) => s !== 'empty');
          expected = item.probes === 'answered' ? answered : answered && own.every((s) => s === '');
        } else if ('rules' in item) {
          byKind.rules++;
          const hit = findings.some((f) => item.rules.includes(f.rule) && (item.story || inSection(f, section)));
          expected = said && !placeholder && !hit;
        } else if ('within' in item) {
          byKind.within++;
          // The only time item is the Situation's cap: within it is "within" or "over target", not "over the limit".
          expect(item.within, what).toBe(SECTION_TARGETS[section.kind]?.cap);
          expected = said && !placeholder && (status === '' || status === 'over target');
        } else {
          byKind.other++;
          // A number or a phrase: no other view reports it, but nothing is done in an empty section or beside a placeholder.
          if (!said || placeholder) expected = false;
        }
        if (expected !== undefined) expect(shown.done, what).toBe(expected);
      });
    }
  });
});

test('the comparison covered every fixture and every kind of item', () => {
  expect(seen.size).toBe(FILES.length);
  expect(FILES.length).toBeGreaterThan(200);
  for (const [kind, n] of Object.entries(byKind)) expect(n, kind).toBeGreaterThan(100);
  record({ area: 'views', input: `every fixture (${FILES.length} stories), every section: the coaching panel's checklist (the core's and the language server's over stdio) against star-coach check --format json and star-coach time`, cases: items, result: `each rule item (${byKind.rules}) done exactly when the CLI reports none of its rules there, each time item (${byKind.within + byKind.probes}) exactly when star-coach time gives its status; none done in an empty section or beside a placeholder` });
});
