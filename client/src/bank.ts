// The Story Bank (a webview view beside the coaching panel): every story of the workspace as one interview loop, as the
// server reads it. It asks again when the server says the bank changed, while the view is on screen; a click on a cell
// opens the story at its evidence.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BankChangedNotification, BankRequest, mergeBank, sendRequest, type BankResult } from '../../server/src/protocol';
import { Refresher } from './refresher';
import { parseViewMessage } from './webviews/messages';
import { webviewHtml, webviewRoots } from './webviews/html';

export class BankView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly id = 'starCoach.bank';
  private view?: vscode.WebviewView;
  /** The bank the view shows: a click opens only a story it lists. */
  private last: BankResult | null = null;
  private readonly refresher = new Refresher(() => this.update(), (error: Error) => this.log.appendLine(`Story Bank: ${error.message}`));
  private subscriptions: vscode.Disposable[] = [];
  private listening?: vscode.Disposable;

  /**
   * `startIfStories` starts the server when the workspace has a story, and says whether it runs: the user may open the
   * Story Bank before any story, when the client has not started the server yet.
   */
  constructor(private extensionUri: vscode.Uri, private client: () => LanguageClient | undefined, private startIfStories: () => Promise<boolean>, private log: vscode.OutputChannel) {}

  resolveWebviewView(view: vscode.WebviewView) {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(this.extensionUri) };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, { script: 'bank.js', title: 'Story Bank' });
    view.webview.onDidReceiveMessage((raw) => this.receive(raw), undefined, this.subscriptions);
    view.onDidChangeVisibility(() => view.visible && this.refresh(), undefined, this.subscriptions);
    view.onDidDispose(() => (this.view = undefined), undefined, this.subscriptions);
  }

  /** Called by the client once the server runs: from then on the server's change notice makes the view ask again. */
  attach(client: LanguageClient) {
    this.listening?.dispose();
    this.listening = client.onNotification(BankChangedNotification, () => this.refresh());
    this.refresh();
  }

  /** Ask the server for the bank, when the view is on screen; a change during a request asks once more after it. */
  refresh() {
    if (!this.view?.visible) return;
    this.refresher.run();
  }

  private async update() {
    const view = this.view;
    if (!view?.visible) return;
    const client = this.client();
    if (!client) {
      // No server yet: start it if the workspace has a story (it then attaches, which asks); else say there is none.
      if (!(await this.startIfStories())) await view.webview.postMessage({ type: 'bank', data: null, noStories: true });
      return;
    }
    const ask = (since?: number) => sendRequest(client, BankRequest, since === undefined ? undefined : { since }).catch((error: Error) => {
      this.log.appendLine(`Story Bank: the server did not answer: ${error.message}`);
      return null;
    });
    // What changed since the bank the view shows (one row after a keystroke), made whole again here; the whole bank
    // when the server no longer has that reading or this side cannot merge.
    const since = this.last?.generation;
    const answer = await ask(since);
    let data = answer && (mergeBank(this.last, answer) ?? null);
    if (answer && !data) data = await ask();
    // null: the server has not read its folders yet; it sends the change notice once it has.
    this.last = data;
    await view.webview.postMessage({ type: 'bank', data });
  }

  private async receive(raw: unknown) {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.appendLine(`Story Bank: ignored a message of unexpected shape: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'ready') return this.refresh();
    if (message.type === 'newStory') return void vscode.commands.executeCommand('starCoach.newStory');
    if (message.type === 'openConfig' && this.last?.configUri) return void vscode.window.showTextDocument(vscode.Uri.parse(this.last.configUri));
    if (message.type === 'openStory') {
      const uri = this.last?.uris[message.path];
      if (!uri) {
        this.log.appendLine(`Story Bank: no story ${JSON.stringify(message.path)} in the bank`);
        return;
      }
      const { start, end } = message.range;
      // The evidence selected, in the editor group in front; a preview tab or not as the user's settings say.
      const selection = new vscode.Range(start.line, start.character, end.line, end.character);
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose() {
    this.listening?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
