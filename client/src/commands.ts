// The client's commands: apply a snippet fix, open a rule's page, start a new story (from the core's template), open
// the sample.
import { homedir } from 'os';
import * as vscode from 'vscode';
import type { ApplySnippetFixArgs } from '../../server/src/protocol';
import { storyFileName, storyTemplate, TEMPLATE_QUESTION } from '../../server/src/core/template';
import { STORY_NAME } from '../../server/src/core/story-files';
import { TEMPLATE_COMPETENCIES } from './competencies';

const LEVELS = ['sde1', 'sde2', 'senior', 'staff', 'manager'];

export async function applySnippetFix(args: ApplySnippetFixArgs) {
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.version !== args.version) {
    void vscode.window.showInformationMessage('Star Coach: the story changed since this fix was offered; try the quick fix again.');
    return;
  }
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, args.edits.map((e) => new vscode.SnippetTextEdit(new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), new vscode.SnippetString(e.snippet))));
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied && args.edits.length === 1) {
    const e = args.edits[0];
    await editor.insertSnippet(new vscode.SnippetString(e.snippet), new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character));
  }
}

export async function openRuleDocs(context: vscode.ExtensionContext, rule?: string) {
  const id = rule ?? (await vscode.window.showQuickPick(
    (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'))).map(([name]) => name.replace(/\.md$/, '')).sort(),
    { title: 'Star Coach: which rule?' },
  ));
  if (!id || !/^[a-z-]+$/.test(id)) return;
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`));
}

export async function newStory() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Star Coach: open a folder first; stories are files in it.');
    return;
  }
  const question = await vscode.window.showInputBox({ title: 'New story (1/3)', prompt: 'The interview question this story answers', placeHolder: TEMPLATE_QUESTION });
  if (question === undefined) return;
  const level = await vscode.window.showQuickPick(LEVELS, { title: 'New story (2/3): your level', placeHolder: 'sde2' });
  if (level === undefined) return;
  const competencies = await vscode.window.showQuickPick(TEMPLATE_COMPETENCIES, { title: 'New story (3/3): competencies it targets', canPickMany: true });
  if (competencies === undefined) return;
  const name = storyFileName(question);
  let uri = vscode.Uri.joinPath(folder.uri, name);
  for (let i = 2; await exists(uri); i++) uri = vscode.Uri.joinPath(folder.uri, name.replace(STORY_NAME, `-${i}.star.md`));
  await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await showStory(await vscode.workspace.openTextDocument(uri));
  await editor.insertSnippet(new vscode.SnippetString(storyTemplate({ question, level, competencies })));
}

/** The weak sample story shipped with the extension; the walkthrough's second step fixes its findings. */
export const SAMPLE = 'samples/webhook-weak.star.md';
const SAMPLE_NAME = 'sample-webhook-drops';

/**
 * Opens the sample as an untitled copy, so the author can read it, fix it and save it as their own, and no edit ever
 * reaches the shipped file. The copy is named like a story (it is coached) and is placed in the first folder (the home
 * folder without one), where saving puts it.
 */
export async function openSample(context: vscode.ExtensionContext) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const base = folder?.uri ?? vscode.Uri.file(homedir());
  const at = (name: string) => vscode.Uri.joinPath(base, name).with({ scheme: 'untitled' });
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && new RegExp(`/${SAMPLE_NAME}(-\\d+)?\\.star\\.md$`).test(d.uri.path));
  if (open) {
    await showStory(open); // the copy already open, with the author's edits
    return;
  }
  let uri = at(`${SAMPLE_NAME}.star.md`);
  for (let i = 2; await exists(uri.with({ scheme: base.scheme })); i++) uri = at(`${SAMPLE_NAME}-${i}.star.md`);
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, SAMPLE)));
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  await showStory(doc);
}

/** Shows a story; beside what is in front when that is not a text editor (the walkthrough, the preview), so both stay in sight. */
async function showStory(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
  const front = vscode.window.tabGroups.activeTabGroup.activeTab;
  const beside = front !== undefined && !(front.input instanceof vscode.TabInputText);
  return vscode.window.showTextDocument(doc, beside ? vscode.ViewColumn.Beside : undefined);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
