// Faults at the language server's edges, driven over stdio by a real JSON-RPC client: repeated document versions,
// the client's lifecycle, a client process that cannot be checked, a broken stream, a workspace too large to read at once.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core';
import { record, writeReport } from './support/reliability-report';
import { startClient } from './support/lsp-client';

const ROOT = join(__dirname, '..');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const SHORT = '## Action\n\nWe fixed it and the team was happy.\n';
const workspace = mkdtempSync(join(tmpdir(), 'star-lsp-faults-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  writeReport('server');
});

/** What the core finds in `text`, as the server should report it: rule and range. */
const expected = (text: string) => analyze(text).diagnostics.map((d) => ({ code: d.rule, range: d.range }));
const found = (items: Diagnostic[]) => items.map((d) => ({ code: d.code, range: d.range }));

describe('the analysis follows the text, not only the version number', () => {
  test('a didChange that repeats a version, and a second didOpen without didClose, get the new text analyzed', async () => {
    const client = await startClient({ root: workspace, capabilities: { textDocument: { diagnostic: {} } } });
    const pull = async (u: string) => found(((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { items: Diagnostic[] }).items);
    try {
      const changed = uri('changed.star.md');
      await client.open(changed, WEAK, 3);
      expect(await pull(changed)).toEqual(expected(WEAK));
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: changed, version: 3 }, contentChanges: [{ text: SHORT }] });
      expect(await pull(changed)).toEqual(expected(SHORT));

      const reopened = uri('reopened.star.md');
      await client.open(reopened, WEAK, 1);
      expect(await pull(reopened)).toEqual(expected(WEAK));
      await client.open(reopened, SHORT, 1);
      expect(await pull(reopened)).toEqual(expected(SHORT));
    } finally {
      await client.stop();
    }
    record({ area: 'server', input: 'a didChange that repeats the version, a second didOpen without didClose (a long story replaced by a short one)', cases: 2, result: 'the new text is analyzed: every range lies in it' });
  });
});
