// The coaching panel (a webview view in its own activity-bar container): follows the cursor, shows what the server
// computes; with no story in front, a short welcome that needs no server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoachingRequest, sendRequest, type CoachingParams, type CoachingResult } from '../../server/src/protocol';
import { parseViewMessage } from './webviews/messages';
import { webviewHtml, webviewRoots } from './webviews/html';
import { isStory, isUserDocument } from './stories';

export class CoachView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly id = 'starCoach.coach';
  private view?: vscode.WebviewView;
  private editor?: vscode.TextEditor;
  private timer?: ReturnType<typeof setTimeout>;
  private subscriptions: vscode.Disposable[] = [];

  constructor(private extensionUri: vscode.Uri, private client: () => LanguageClient | undefined, private log: vscode.OutputChannel) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.window.onDidChangeTextEditorSelection((e) => isStory(e.textEditor.document) && this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.editor?.document && this.schedule()),
    );
  }

  resolveWebviewView(view: vscode.WebviewView) {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(this.extensionUri) };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, { script: 'coach.js', title: 'Star Coach' });
    view.webview.onDidReceiveMessage((raw) => this.receive(raw), undefined, this.subscriptions);
    view.onDidChangeVisibility(() => view.visible && this.schedule(), undefined, this.subscriptions);
  }

  /** Called by the client when the server (re)starts or the settings change. */
  schedule(delay = 60) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  /**
   * The story the panel coaches: the active editor's when it is one; none when the active editor is another file of
   * the user's, or when the last story is no longer on screen. A webview in front (the preview, the walkthrough) or
   * the Output panel keeps the last story.
   */
  private storyEditor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active && isUserDocument(active.document)) this.editor = isStory(active.document) ? active : undefined;
    const last = this.editor;
    if (last && (last.document.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document === last.document))) this.editor = undefined;
    return this.editor;
  }

  private async update() {
    const editor = this.storyEditor();
    if (!this.view?.visible) return;
    let data: CoachingResult = null;
    if (editor) {
      const client = this.client();
      if (!client) return; // starting: the client schedules an update once the server runs
      const params: CoachingParams = { uri: editor.document.uri.toString(), position: editor.selection.active };
      data = await sendRequest(client, CoachingRequest, params).catch(() => null);
    }
    // null: the welcome (what STAR is, New story, Open a sample), drawn by the view without the server
    await this.view.webview.postMessage({ type: 'coaching', data });
  }

  private async receive(raw: unknown) {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.appendLine(`Coach view: ignored a message of unexpected shape: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'ready') return this.schedule(0);
    if (message.type === 'newStory') return void vscode.commands.executeCommand('starCoach.newStory');
    if (message.type === 'openSample') return void vscode.commands.executeCommand('starCoach.openSample');
    if (message.type === 'reviewDocs') return void vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(this.extensionUri, 'docs', 'review.md'));
    if ((message.type === 'reveal' || message.type === 'fix') && this.editor) {
      const editor = await vscode.window.showTextDocument(this.editor.document, this.editor.viewColumn);
      const at = new vscode.Position(message.line, message.character);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      if (message.type === 'fix') await vscode.commands.executeCommand('editor.action.quickFix');
    }
  }

  dispose() {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
