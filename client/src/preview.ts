// The answer preview (a webview panel beside the editor): the story as it will be spoken, timed, rehearsable.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnswerRequest, sendRequest, type AnswerParams, type AnswerResult } from '../../server/src/protocol';
import { parseViewMessage } from './webviews/messages';
import { webviewHtml, webviewRoots } from './webviews/html';
import { answerAsPlainText } from './webviews/render-answer';
import { isStory } from './stories';
import { DEFAULT_WPM, WPM_RANGE } from '../../server/src/core/timing';

// The rehearsal rate's range is the setting's (WPM_RANGE); the view sets the value from the story's own rate.
const TOOLBAR = `<div class="toolbar" role="toolbar" aria-label="Preview controls">
<label for="wpm">Rehearsal rate</label> <input id="wpm" type="range" min="${WPM_RANGE.min}" max="${WPM_RANGE.max}" step="1" value="${DEFAULT_WPM}" aria-describedby="wpm-value"> <span id="wpm-value">${DEFAULT_WPM} wpm</span>
<button type="button" id="story-rate" hidden>Use the story's rate</button>
<button type="button" id="rehearse" aria-pressed="false">Rehearse</button> <span id="clock" class="time" aria-live="off">0:00</span>
<button type="button" id="practice" aria-pressed="false">Practice follow-ups</button>
<button type="button" id="copy">Copy answer as plain text</button>
</div>`;

export class AnswerPreview implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private last: AnswerResult = null;
  private timer?: ReturnType<typeof setTimeout>;
  private ignoreScrollUntil = 0;
  private subscriptions: vscode.Disposable[] = [];
  /**
   * Rehearsal rates by story, for this session only: the slider paces one story's rehearsal, never another's, and
   * never the story's own `wpm:`, which the lenses, the panel and the rules use. A new session starts at the story's rate.
   */
  private rehearsal = new Map<string, number>();

  constructor(private context: vscode.ExtensionContext, private client: () => LanguageClient | undefined, private log: vscode.OutputChannel) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => e && isStory(e.document) && this.follow(e.document)),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.schedule()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.editorScrolled(e)),
    );
  }

  show(document?: vscode.TextDocument) {
    // From the walkthrough or the panel, no text editor is active: the story on screen is the one meant.
    const doc = document ?? vscode.window.activeTextEditor?.document ?? vscode.window.visibleTextEditors.find((e) => isStory(e.document))?.document;
    if (!doc || !isStory(doc)) {
      void vscode.window.showInformationMessage('Star Coach: open a .star.md story to preview it.');
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('starCoach.preview', 'Answer preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: webviewRoots(this.context.extensionUri),
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview', 'star.svg');
      this.panel.webview.html = webviewHtml(this.panel.webview, this.context.extensionUri, { script: 'preview.js', title: 'Answer preview', body: TOOLBAR });
      this.panel.webview.onDidReceiveMessage((raw) => this.receive(raw), undefined, this.subscriptions);
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
    } else this.panel.reveal(undefined, true);
    this.follow(doc);
  }

  private follow(doc: vscode.TextDocument) {
    if (!this.panel) return;
    this.document = doc;
    this.panel.title = `Answer: ${doc.uri.path.split('/').pop()?.replace(/\.star\.md$/i, '')}`;
    this.schedule(0);
  }

  schedule(delay = 150) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update() {
    const client = this.client();
    if (!this.panel || !this.document || !client) return;
    const uri = this.document.uri.toString();
    const params: AnswerParams = { uri, wpm: this.rehearsal.get(uri) };
    this.last = await sendRequest(client, AnswerRequest, params).catch(() => null);
    await this.panel.webview.postMessage({ type: 'answer', data: this.last });
  }

  private editorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent) {
    if (!this.panel || e.textEditor.document !== this.document || Date.now() < this.ignoreScrollUntil || !e.visibleRanges[0]) return;
    void this.panel.webview.postMessage({ type: 'scrollTo', line: e.visibleRanges[0].start.line });
  }

  private async receive(raw: unknown) {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.appendLine(`Preview: ignored a message of unexpected shape: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        return this.schedule(0);
      case 'wpm': {
        if (!this.document) return;
        const uri = this.document.uri.toString();
        // The story's own rate again means no rehearsal rate.
        if (message.value === this.last?.wpm) this.rehearsal.delete(uri);
        else this.rehearsal.set(uri, message.value);
        return this.schedule(0);
      }
      case 'copy':
        if (this.last) {
          await vscode.env.clipboard.writeText(answerAsPlainText(this.last));
          void vscode.window.setStatusBarMessage('Star Coach: answer copied as plain text', 3000);
        }
        return;
      case 'reveal': {
        const editor = vscode.window.visibleTextEditors.find((ed) => ed.document === this.document);
        if (!editor) return;
        this.ignoreScrollUntil = Date.now() + 400;
        editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      default:
        return;
    }
  }

  dispose() {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
