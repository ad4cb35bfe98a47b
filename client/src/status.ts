// The status bar item: the active story's total spoken time against its level's range, and each section's time and
// status in its tooltip, from the server (status-text.ts says it).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { sendRequest, StoryTimingRequest } from '../../server/src/protocol';
import { statusText } from './status-text';
import { isStory } from './stories';

export class TimingStatus implements vscode.Disposable {
  private item = vscode.window.createStatusBarItem('starCoach.timing', vscode.StatusBarAlignment.Right, 100);
  private subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private client: () => LanguageClient | undefined) {
    this.item.name = 'Star Coach: spoken time';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
    );
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 250);
  }

  async update() {
    const doc = vscode.window.activeTextEditor?.document;
    const c = this.client();
    if (!doc || !c || !isStory(doc)) {
      this.item.hide();
      return;
    }
    const t = await sendRequest(c, StoryTimingRequest, { uri: doc.uri.toString() }).catch(() => null);
    if (!t || vscode.window.activeTextEditor?.document !== doc) return;
    const shown = statusText(t);
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.backgroundColor = shown.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: shown.label };
    this.item.show();
  }

  dispose() {
    clearTimeout(this.timer);
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
