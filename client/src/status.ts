// The status bar items: the active story's total spoken time against its level's range, and each section's time and
// status in its tooltip; and the drill's due count. All from the server (status-text.ts says it).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DrillRequest, sendRequest, StoryTimingRequest } from '../../server/src/protocol';
import { drillStatusText, statusText } from './status-text';
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

/**
 * The drill's due count, a second status bar item: the timing item speaks of the story in front and hides without one,
 * while the count is the whole bank's and opens the Practice view; one item for both would lose the count whenever no
 * story is in front. Hidden when nothing is due. Asked again when the server says practice changed (extension.ts
 * listens, for this item and the Practice view).
 */
export class DrillStatus implements vscode.Disposable {
  private item = vscode.window.createStatusBarItem('starCoach.drill', vscode.StatusBarAlignment.Right, 99);
  private asking = false;
  private again = false;

  constructor(private client: () => LanguageClient | undefined) {
    this.item.name = 'Star Coach: drill due';
    this.item.command = 'starCoach.showPractice';
  }


  async update() {
    const c = this.client();
    if (!c) return this.item.hide();
    if (this.asking) {
      this.again = true;
      return;
    }
    this.asking = true;
    try {
      do {
        this.again = false;
        const d = await sendRequest(c, DrillRequest, undefined).catch(() => null);
        if (!d) continue; // the server has not read its folders yet: it says when practice changed
        const shown = drillStatusText(d);
        if (!shown) {
          this.item.hide();
          continue;
        }
        this.item.text = shown.text;
        this.item.tooltip = shown.tooltip;
        this.item.accessibilityInformation = { label: shown.label };
        this.item.show();
      } while (this.again);
    } finally {
      this.asking = false;
    }
  }

  dispose() {
    this.item.dispose();
  }
}
