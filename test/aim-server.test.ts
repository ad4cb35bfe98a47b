// The built language server over stdio: a disagree-and-commit story is coached for disagreeing and committing in the
// panel's data, the heading hover and probe completion alike; the same text claimed as Ownership gets the ownership coaching.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { CoachingRequest, type CoachingResult } from '../server/src/protocol';
import { startClient, type TestClient } from './support/lsp-client';

const workspace = mkdtempSync(join(tmpdir(), 'star-aim-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
const STORY = (competency: string) => `---
question: "Tell me about a time you disagreed with your manager"
competencies: [${JSON.stringify(competency)}]
level: senior
---

# The weekend migration

## Situation

Our director planned to move the billing service to a new database in one weekend.

## Task

My part was the data migration, and I thought the plan would lose orders.

## Action

- I told the director that I disagreed, and showed her that 3% of orders failed in the test run.
- Once the decision was made, I committed: I wrote the rollback script and ran the migration myself.

## Result

Failed orders went from 3% in the test to 0.2% on the night.

## Follow-ups

### 
`;
const line = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

describe('the language server coaches by the story\'s aim', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ root: workspace, capabilities: { workspace: { configuration: true } } });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  async function coached(name: string, competency: string) {
    const text = STORY(competency);
    const u = uri(name);
    await client.open(u, text);
    await client.waitForDiagnostics(u);
    const panel = (await client.connection.sendRequest(CoachingRequest, { uri: u, position: { line: line(text, '- I told'), character: 3 } })) as CoachingResult;
    const hoverOn = async (heading: string) => ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: line(text, heading), character: 4 } })) as Hover).contents as { value: string };
    const probes = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: line(text, '### '), character: 4 } })) as CompletionItem[];
    return { panel: panel!, hover: (await hoverOn('## Task')).value, actionHover: (await hoverOn('## Action')).value, probes: probes.map((p) => p.label) };
  }

  test('a disagree-and-commit story: the disagreement and the commitment, no ownership demands', async () => {
    const { panel, hover, actionHover, probes } = await coached('disagree.star.md', 'Have Backbone; Disagree and Commit');
    const checklist = Object.fromEntries(panel.section!.checklist.map((c) => [c.label, c.done]));
    expect(checklist).toMatchObject({ 'The disagreement said out loud, to the person who decided': true, 'Backed by data': true, 'Committed to the decision once it was made': true });
    expect(Object.keys(checklist)).not.toContain('A fix of your own, not a report passed on');
    expect(panel.probes[0].question).toBe('How did you make your case, and to whom?');
    expect(hover).toContain('Say what was being decided, who decided it');
    expect(hover + actionHover).not.toMatch(/scope boundary|yours to take on|not your team|fix of your own/i);
    expect(probes).toContain('What did you do once the decision went against you?');
    expect(probes.join('\n')).not.toMatch(/other team/);
  });

  test('the same story claimed as Ownership gets the ownership coaching', async () => {
    const { panel, hover, actionHover, probes } = await coached('ownership.star.md', 'Ownership');
    expect(panel.section!.checklist.map((c) => c.label)).toContain('A fix of your own, not a report passed on');
    expect(hover).toContain('missing-scope-boundary'); // the Task heading carries the finding
    expect(actionHover).toContain('A fix of your own, not a report passed on');
    expect(probes).toContain('How did you get the other team to accept and ship your fix?');
  });
});
