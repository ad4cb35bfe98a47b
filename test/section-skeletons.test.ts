// A section inserted alone follows the story's aim: the missing-section and empty-section fixes and the editor's section
// snippets write the section of the story's own skeleton (the one New Story from Template starts from), so a
// disagree-and-commit story's Task asks for the disagreement and no scope boundary, and an Ownership story's still asks
// for the boundary. The fixtures pin the text (`<!-- expect-fix: rule "line" -->`); every default is a ‹placeholder›.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { AIM_KINDS, AIM_NOTES, analyze, expandSnippet, STAR_KINDS, type Analysis, type DiagnosticFix, type StarKind } from '../server/src/core';
import { storyTemplate } from '../server/src/core/template';
import { FIXTURES_DIR, listFixtures, readFixture } from './support/fixtures';
import { startClient, type TestClient } from './support/lsp-client';
import { record, writeReport } from './support/reliability-report';

afterAll(() => writeReport('section-skeletons'));

const SECTION_RULES = ['missing-section', 'empty-section'];
const HEADING: Record<StarKind, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection' };

/** The lines a fix writes, with every placeholder at its default. */
const written = (fix: DiagnosticFix) => fix.edits.flatMap((e) => expandSnippet(e.newText).split(/\r\n|\r|\n/)).map((l) => l.trim()).filter(Boolean);

/** A section's text in a story: the lines under its heading, up to the next heading. */
function sectionOf(text: string, name: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`## ${name}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end).map((l) => l.trim()).filter(Boolean);
}

/** A story that claims `competency` and has a heading for every section but `missing`, whose heading is empty if `empty`. */
function storyWithout(competency: string, missing: StarKind, empty = false, level = 'sde2'): string {
  const body: Record<StarKind, string> = {
    situation: 'I was an engineer on the payments team, and refunds took 9 days.',
    task: 'I set out to cut the refund time.',
    action: '- I traced each refund through the queue.\n- I removed the manual approval step.',
    result: 'Refunds went from 9 days to 2.',
    reflection: 'I learned to measure a queue before I change it.',
  };
  const sections = STAR_KINDS.filter((k) => empty || k !== missing).map((k) => `## ${HEADING[k]}\n\n${k === missing ? '' : `${body[k]}\n\n`}`);
  return `---\nquestion: "Tell me about a time"\ncompetencies: [${JSON.stringify(competency)}]\nlevel: ${level}\n---\n\n# Refunds\n\n${sections.join('')}`;
}

const fixOf = (analysis: Analysis, rule: string) => analysis.diagnostics.find((d) => d.rule === rule)?.fixes[0];

describe('the fixtures pin the text a section fix writes', () => {
  const pinned = listFixtures().map(readFixture).filter((f) => f.fixExpectations.length > 0);

  test('some fixtures pin it, for Ownership and for at least two other aims', () => {
    const aims = new Set(pinned.map((f) => analyze(f.text, f.config).aim.kinds[0]));
    expect(aims.has('ownership')).toBe(true);
    expect([...aims].filter((a) => a !== 'ownership').length).toBeGreaterThanOrEqual(2);
  });

  test.each(pinned.map((f) => [relative(FIXTURES_DIR, f.path), f] as const))('%s', (_name, fixture) => {
    const analysis = analyze(fixture.text, fixture.config);
    for (const e of fixture.fixExpectations) {
      const lines = analysis.diagnostics.filter((d) => d.rule === e.rule && d.fixes.length > 0).map((d) => written(d.fixes[0]));
      expect(lines.length, `${e.rule} has a finding with a fix`).toBeGreaterThan(0);
      expect(lines.some((l) => l.includes(e.line)), `${e.rule} writes "${e.line}"; it wrote ${JSON.stringify(lines)}`).toBe(true);
    }
  });
});

describe('each aim gets its own skeleton\'s section', () => {
  // Every aim the coach reads, by the competency the template offers for it.
  const competencies = AIM_KINDS.map((k) => [k, AIM_NOTES[k].competency] as const);

  test.each(competencies)('%s (%s): a missing or empty section gets the section New Story from Template writes', (_kind, competency) => {
    for (const level of ['sde2', 'senior']) {
      const template = expandSnippet(storyTemplate({ question: 'Tell me about a time', level, competencies: [competency] }));
      for (const kind of STAR_KINDS) {
        for (const [rule, empty] of [['missing-section', false], ['empty-section', true]] as const) {
          const analysis = analyze(storyWithout(competency, kind, empty, level));
          const fix = fixOf(analysis, rule);
          expect(fix, `${rule} for ${kind}`).toBeDefined();
          const lines = written(fix!).filter((l) => !l.startsWith('## '));
          expect(lines, `${competency}, ${level}: ${rule} for ${kind}`).toEqual(sectionOf(template, HEADING[kind]));
        }
      }
    }
  });

  test('a Task asks for the scope boundary exactly when the aim needs one', () => {
    let asked = 0;
    for (const [, competency] of competencies) {
      const analysis = analyze(storyWithout(competency, 'task'));
      const task = written(fixOf(analysis, 'missing-section')!).join(' ');
      const boundary = /‹(Whose work this was|Why this was not yours)/.test(task);
      expect(boundary, `${competency}: ${task}`).toBe(analysis.aim.needsScopeBoundary);
      if (boundary) asked++;
    }
    // Ownership, Bias for Action and Failure and Resilience, as the catalog's missing-scope-boundary says.
    expect(asked).toBe(3);
    const disagree = written(fixOf(analyze(storyWithout('Have Backbone; Disagree and Commit', 'task')), 'missing-section')!);
    expect(disagree).toEqual(['## Task', 'My part was ‹what you were responsible for›. I thought the plan would ‹what you thought would go wrong›.']);
  });

  test('every default a section fix writes, on every fixture, is a visibly unfilled placeholder, and no figure is made up', () => {
    let fixes = 0;
    for (const path of listFixtures()) {
      const fixture = readFixture(path);
      for (const d of analyze(fixture.text, fixture.config).diagnostics.filter((x) => SECTION_RULES.includes(x.rule))) {
        for (const e of d.fixes.flatMap((f) => f.edits)) {
          const defaults = [...e.newText.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]);
          for (const value of defaults) expect(value, relative(FIXTURES_DIR, path)).toMatch(/^‹[^‹›]+›$/);
          const around = expandSnippet(e.newText).replace(/‹[^›]*›/g, '');
          expect(around, relative(FIXTURES_DIR, path)).not.toMatch(/\d|\(for an? /);
          fixes++;
        }
      }
    }
    expect(fixes).toBeGreaterThan(50);
    record({ area: 'core', input: `the missing-section and empty-section fixes on every fixture (${fixes}), and for each of the ${AIM_KINDS.length} aims at two levels`, cases: fixes + AIM_KINDS.length * 2 * STAR_KINDS.length * 2, result: 'the section of the story\'s own skeleton (as New Story from Template writes it); every default a ‹placeholder›, no figure outside one; a Task asks for the scope boundary only where the aim needs it' });
  });
});

describe('the editor\'s snippets are the same sections, from the language server over stdio', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'star-skeletons-'));
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: workspace, capabilities: {} });
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  /** The snippets offered on an empty line at the end of the story, by prefix. */
  async function snippets(name: string, text: string): Promise<Map<string, string>> {
    const uri = pathToFileURL(join(workspace, name)).href;
    const story = `${text}\n`;
    await client.open(uri, story);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: story.split('\n').length - 1, character: 0 } })) as CompletionItem[];
    return new Map(items.filter((i) => i.insertTextFormat === 2).map((i) => [i.label, (i.textEdit as { newText: string }).newText]));
  }

  test.each([
    ['Have Backbone; Disagree and Commit', 'disagree.star.md'],
    ['Hire and Develop the Best', 'mentoring.star.md'],
    ['Ownership', 'ownership.star.md'],
  ])('%s: each section snippet is the section the missing-section fix writes', async (competency, name) => {
    const offered = await snippets(name, storyWithout(competency, 'task'));
    for (const kind of ['situation', 'task', 'action', 'result', 'reflection'] as const) {
      const fix = fixOf(analyze(storyWithout(competency, kind)), 'missing-section')!;
      expect(expandSnippet(offered.get(kind)!).trim(), `${competency}: ${kind}`).toBe(written(fix).join('\n').replace(/^(## \w+)\n/, '$1\n\n'));
    }
    const task = expandSnippet(offered.get('task')!);
    expect(/‹(Whose work this was|Why this was not yours)/.test(task), task).toBe(competency === 'Ownership');
  });

  test('the whole-story snippets are the New Story template, and no snippet keeps text of its own', async () => {
    const offered = await snippets('empty.star.md', '');
    expect(offered.get('star')).toBe(storyTemplate({ question: 'Tell me about a time you took ownership of a problem outside your team', level: 'sde2', competencies: ['Ownership'] }));
    expect(offered.get('star-senior')).toContain('The deeper cause was ${');
    for (const [prefix, body] of offered) {
      expect(expandSnippet(body), prefix).not.toMatch(/\(for an? /);
      for (const m of body.matchAll(/\$\{\d+:([^}]*)\}/g)) if (prefix !== 'probe' || !m[0].startsWith('${1:')) expect(m[1], prefix).toMatch(/^‹[^‹›]+›$/);
    }
  });
});
