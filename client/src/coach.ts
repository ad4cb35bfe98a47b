// The coaching panel (a webview view in its own activity-bar container): follows the cursor, shows what the server computes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoachingRequest, type CoachingParams, type CoachingResult } from '../../server/src/protocol';
import { parseViewMessage } from './webviews/messages';
import { webviewHtml, webviewRoots } from './webviews/html';

const isStory = (doc: vscode.TextDocument) => /\.star\.md$/i.test(doc.uri.path);

export class CoachView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly id = 'starCoach.coach';
  private view?: vscode.WebviewView;
  private editor?: vscode.TextEditor;
  private timer?: ReturnType<typeof setTimeout>;
  private subscriptions: vscode.Disposable[] = [];

  constructor(private extensionUri: vscode.Uri, private client: () => LanguageClient | undefined, private log: vscode.OutputChannel) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor.document.uri.scheme === 'file' && this.schedule()),
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

  private async update() {
    const active = vscode.window.activeTextEditor;
    if (active && isStory(active.document)) this.editor = active;
    const client = this.client();
    if (!this.view?.visible || !client) return;
    let data: CoachingResult = null;
    if (this.editor && !this.editor.document.isClosed) {
      const params: CoachingParams = { uri: this.editor.document.uri.toString(), position: this.editor.selection.active };
      data = await client.sendRequest<CoachingResult>(CoachingRequest, params).catch(() => null);
    }
    await this.view.webview.postMessage({ type: 'coaching', data });
  }

  private async receive(raw: unknown) {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.appendLine(`Coach view: ignored a message of unexpected shape: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'ready') return this.schedule(0);
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
