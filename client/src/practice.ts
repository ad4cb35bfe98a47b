// The Practice view (a webview view in the Star Coach container): the quiz and the drill over the workspace's stories,
// as the server makes them. It asks when shown and again on the server's change notice (a story changed, a grade was
// given) or when the practice file changes on disk (the CLI graded); it sends a grade to the server, which writes the
// practice file, and opens only a story the server listed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DrillGradeRequest, DrillRequest, QuizRequest, sendRequest, type DrillResult, type QuizResult,
} from '../../server/src/protocol';
import { Refresher } from './refresher';
import { parseViewMessage } from './webviews/messages';
import { webviewHtml, webviewRoots } from './webviews/html';

export class PracticeView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly id = 'starCoach.practice';
  private view?: vscode.WebviewView;
  private last: { quiz: QuizResult | null; drill: DrillResult | null } = { quiz: null, drill: null };
  private readonly refresher = new Refresher(() => this.update(), (error: Error) => this.log.appendLine(`Practice: ${error.message}`));
  private subscriptions: vscode.Disposable[] = [];

  /**
   * `start` starts the server even in a workspace with no story: the quiz is then on the built-in examples. `changed`
   * is told when a grade may have changed the drill (the status bar's count).
   */
  constructor(private extensionUri: vscode.Uri, private client: () => LanguageClient | undefined, private start: () => Promise<void>, private changed: () => void, private log: vscode.OutputChannel) {}

  resolveWebviewView(view: vscode.WebviewView) {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(this.extensionUri) };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, { script: 'practice.js', title: 'Practice' });
    view.webview.onDidReceiveMessage((raw) => this.receive(raw), undefined, this.subscriptions);
    view.onDidChangeVisibility(() => view.visible && this.refresh(), undefined, this.subscriptions);
    view.onDidDispose(() => (this.view = undefined), undefined, this.subscriptions);
  }

  /**
   * Called once the server runs. The server's change notice reaches this view and the status bar through the one
   * listener extension.ts registers: a connection keeps one handler per notification, so a second would replace the first.
   */
  attach() {
    this.refresh();
  }

  /** Ask for the quiz and the drill, when the view is on screen; a change during a request asks once more after it. */
  refresh() {
    if (!this.view?.visible) return;
    this.refresher.run();
  }

  private async update() {
    const view = this.view;
    if (!view?.visible) return;
    const client = this.client();
    if (!client) {
      await this.start(); // attaching asks
      return;
    }
    const failed = (error: Error) => {
      this.log.appendLine(`Practice: the server did not answer: ${error.message}`);
      return null;
    };
    const [quiz, drill] = await Promise.all([sendRequest(client, QuizRequest, undefined).catch(failed), sendRequest(client, DrillRequest, undefined).catch(failed)]);
    this.last = { quiz, drill };
    await view.webview.postMessage({ type: 'practice', quiz, drill });
  }

  private async receive(raw: unknown) {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.appendLine(`Practice: ignored a message of unexpected shape: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'ready') return this.refresh();
    if (message.type === 'newStory') return void vscode.commands.executeCommand('starCoach.newStory');
    if (message.type === 'openPracticeStory') {
      const listed = [...(this.last.quiz?.questions ?? []).map((q) => q.uri), ...(this.last.drill?.due ?? []).map((d) => d.uri)];
      if (!listed.includes(message.uri)) {
        this.log.appendLine(`Practice: no story ${JSON.stringify(message.uri)} in the practice`);
        return;
      }
      return void vscode.window.showTextDocument(vscode.Uri.parse(message.uri));
    }
    if (message.type === 'grade') {
      const client = this.client();
      if (!client) return;
      const result = await sendRequest(client, DrillGradeRequest, { folder: message.folder, id: message.id, rating: message.rating, seconds: message.seconds }).catch((error: Error) => {
        this.log.appendLine(`Practice: the grade was not saved: ${error.message}`);
        return null;
      });
      if (result) this.last = { ...this.last, drill: result.drill };
      await this.view?.webview.postMessage({ type: 'graded', drill: result?.drill ?? this.last.drill, scheduled: result?.scheduled ?? null, error: result ? result.error : 'The grade was not saved: the language server did not answer.' });
      this.changed();
    }
  }

  dispose() {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
