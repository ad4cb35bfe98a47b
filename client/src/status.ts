// The status bar item: the active story's total spoken time against its level's range, from the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StoryTimingRequest, type StoryTimingResult } from '../../server/src/protocol';

const time = (s: number) => `${Math.floor(Math.round(s) / 60)}:${String(Math.round(s) % 60).padStart(2, '0')}`;

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
    if (!doc || !c || !/\.star\.md$/i.test(doc.uri.path)) {
      this.item.hide();
      return;
    }
    const t = await c.sendRequest<StoryTimingResult | null>(StoryTimingRequest, { uri: doc.uri.toString() }).catch(() => null);
    if (!t || vscode.window.activeTextEditor?.document !== doc) return;
    const over = t.totalSeconds > t.range.max;
    this.item.text = `$(clock) ${time(t.totalSeconds)} / ${time(t.range.min)}–${time(t.range.max)}`;
    this.item.tooltip = `Spoken at ${t.wpm} words a minute. ${t.level} answers run ${time(t.range.min)}–${time(t.range.max)}.\n` +
      t.sections.map((s) => `${s.name}: ${time(s.seconds)}${s.targetSeconds ? ` / ${time(s.targetSeconds)}` : ''}`).join('\n');
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `Spoken time ${time(t.totalSeconds)}, target ${time(t.range.min)} to ${time(t.range.max)}${over ? ', over' : ''}` };
    this.item.show();
  }

  dispose() {
    clearTimeout(this.timer);
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
