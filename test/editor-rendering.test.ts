// The built language server over stdio, read the way VS Code reads its answers: which completions its filter keeps,
// which findings it fades, and what a screen reader says for an outline entry. test-editor/firstrun.mjs checks the
// same three in the real workbench.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, Diagnostic, DocumentSymbol, TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './support/lsp-client';

const ROOT = join(__dirname, '..');
const WEAK = readFileSync(join(ROOT, 'samples/webhook-weak.star.md'), 'utf8');
const workspace = mkdtempSync(join(tmpdir(), 'star-render-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;

let client: TestClient;
beforeAll(async () => {
  client = await startClient({ root: workspace, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
});
afterAll(async () => {
  await client.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('heading completion survives VS Code’s filter', () => {
  const complete = async (name: string, text: string, line: number, character: number) => {
    await client.open(uri(name), text);
    return (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri(name) }, position: { line, character } })) as CompletionItem[];
  };
  /**
   * What the suggest widget keeps: VS Code matches the text the item's edit replaces (from the range's start to the
   * cursor) against the item's filterText, or its label when it has none, with a fuzzy match: the typed characters
   * in order, the first one at the start.
   */
  const matches = (typed: string, word: string) => {
    if (typed && word[0] !== typed[0]) return false;
    let at = 0;
    for (const c of word) if (c === typed[at]) at++;
    return at === typed.length;
  };
  const shown = (items: CompletionItem[], lineText: string, character: number) => items.filter((item) => {
    const edit = item.textEdit as TextEdit;
    return matches(lineText.slice(edit.range.start.character, character).toLowerCase(), (item.filterText ?? item.label).toLowerCase());
  });
  const apply = (lineText: string, item: CompletionItem) => {
    const { range, newText } = item.textEdit as TextEdit;
    return lineText.slice(0, range.start.character) + newText + lineText.slice(range.end.character);
  };

  test('"## Re" keeps Result and Reflection, and accepting one writes the heading', async () => {
    const items = await complete('re.star.md', '# T\n\n## Situation\n\nI noticed.\n\n## Re\n', 6, 5);
    const kept = shown(items, '## Re', 5);
    expect(kept.map((i) => i.label)).toEqual(['Result', 'Reflection']);
    expect(apply('## Re', kept[1])).toBe('## Reflection');
  });

  test('"##Re", without the space, writes "## Result"', async () => {
    const items = await complete('tight.star.md', '##Re\n', 0, 4);
    const kept = shown(items, '##Re', 4);
    expect(kept.map((i) => i.label)).toContain('Result');
    expect(apply('##Re', kept.find((i) => i.label === 'Result')!)).toBe('## Result');
  });

  test('"### How" under Follow-ups keeps the likely probes that start so, and writes the question', async () => {
    const text = '## Follow-ups\n\n### How\n';
    const items = await complete('probes.star.md', text, 2, 7);
    const how = items.filter((i) => i.label.startsWith('How'));
    expect(how.length).toBeGreaterThan(0);
    expect(shown(items, '### How', 7)).toEqual(expect.arrayContaining(how));
    expect(apply('### How', how[0])).toBe(`### ${how[0].label}`);
  });
});

describe('hedges are tagged so that VS Code fades them', () => {
  const diagnostics = async (name: string, text: string) => {
    await client.open(uri(name), text);
    return ((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(name) } })) as { items: Diagnostic[] }).items;
  };

  test('every hedging finding is a hint tagged Unnecessary; other findings are not tagged', async () => {
    const items = await diagnostics('weak.star.md', WEAK);
    const hedges = items.filter((d) => d.code === 'hedging');
    expect(hedges.map((d) => WEAK.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character))).toEqual(['I think', 'kind of', 'helped with', 'tried to test']);
    for (const d of hedges) expect(d).toMatchObject({ severity: 4, tags: [1] });
    expect(items.filter((d) => d.code !== 'hedging' && d.tags)).toEqual([]);
  });
});

describe('outline entries read well aloud', () => {
  /** VS Code's `getAriaLabelForSymbol`: the name and the kind's word, nothing else (the detail is not read). */
  const KIND_WORDS: Record<number, string> = { 1: 'file', 2: 'module', 15: 'string', 24: 'event' };
  const ariaLabel = (s: DocumentSymbol) => `${s.name} (${KIND_WORDS[s.kind] ?? s.kind})`;

  test('a section says its name and its spoken time against its target', async () => {
    const text = `${WEAK}\n## Follow-ups\n\n### How did you get the other team to ship your fix?\n\nI paired with their on-call and we merged it.\n`;
    await client.open(uri('outline.star.md'), text);
    const [story] = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('outline.star.md') } })) as DocumentSymbol[];
    expect(ariaLabel(story)).toBe('Webhook drops (file)');
    const labels = story.children!.map(ariaLabel);
    expect(labels.slice(0, 5)).toEqual([
      expect.stringMatching(/^Situation, 0:\d\d of 0:30 \(module\)$/),
      expect.stringMatching(/^Task, 0:\d\d of 0:20 \(module\)$/),
      expect.stringMatching(/^Action, 0:\d\d of 1:30 \(module\)$/),
      expect.stringMatching(/^Result, 0:\d\d of 0:20 \(module\)$/),
      expect.stringMatching(/^Reflection, 0:\d\d of 0:15 \(module\)$/),
    ]);
    const probe = story.children!.find((s) => s.name.startsWith('Follow-ups'))!.children![0];
    expect(ariaLabel(probe)).toMatch(/^How did you get the other team to ship your fix\? 0:\d\d \(event\)$/);
  });
});
