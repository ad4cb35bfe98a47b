// The story bank of the workspace: every story the walk finds, read as one loop by the core's `bank`. What it keeps of
// each story (its `bankEntry`) is kept by the story's key, so a story typed or saved is the only one read again. The
// conflicts go to the Problems view on both stories, and the gaps on `.starcoach.json` when there is one.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { bank, type Bank, type BankEntry, type BankStory } from '../core';
import type { BankResult } from '../protocol';
import { progressOf } from './progress';
import { inSlices } from './slices';
import type { ExtraDiagnostics, Workspace } from './workspace';

/** After a change, the bank waits this long for the next one before it is read again (a burst of keystrokes is one). */
export const BANK_SETTLE_MS = 150;
/** Above this many stories the bank is read only when a view asks for it, not after every change for the Problems view. */
export const BANK_AUTO_MAX = 1000;
/** How many readings' rows are kept for answers that send only what changed (a view asks about its last one). */
const KEPT_READINGS = 4;

export interface BankOutput {
  /** The bank changed: a view showing it asks again. */
  changed(): void;
  /** Push: a document that is not a story (`.starcoach.json`) with its diagnostics. */
  publish(uri: string, diagnostics: Diagnostic[]): void;
}

export class WorkspaceBank implements ExtraDiagnostics {
  private readonly byKey = new Map<string, { key: string; entry: BankEntry }>();
  private current?: Promise<BankResult>;
  private timer?: ReturnType<typeof setTimeout>;
  private conflicts = new Map<string, Diagnostic[]>();
  private gaps: { uri: string; diagnostics: Diagnostic[] } | undefined;
  /**
   * Which reading this is, for a story's diagnostic result id and for answers that send what changed since one. It
   * starts at the server's start time, so that a client still holding a reading of a server that has since restarted
   * never names one of this server's.
   */
  private generation = Date.now();
  /** How many stories the last reading found. */
  private stories = 0;
  /** Set at shutdown: a reading under way stops between two stories. */
  private disposed = false;
  /** The rows of the last few readings, by generation and path, for answers that send only what changed since one. */
  private readonly sent = new Map<number, Map<string, BankStory>>();

  constructor(private readonly workspace: Workspace, private readonly out: BankOutput) {
    workspace.extra = this;
    workspace.onChange(() => this.schedule());
  }

  of(uri: string): Diagnostic[] {
    return this.conflicts.get(uri) ?? [];
  }

  tag(uri: string): string {
    return this.conflicts.has(uri) ? `bank${this.generation}` : '';
  }

  /**
   * The bank as it now stands, read at most once per change. With `since` (the generation of a result the client
   * holds), the stories whose rows are as they were then are left out: a keystroke sends one row, not hundreds.
   */
  result(since?: number): Promise<BankResult> {
    this.current ??= this.read();
    if (since === undefined) return this.current;
    return this.current.then((whole) => this.changedSince(whole, since));
  }

  private changedSince(whole: BankResult, since: number): BankResult {
    const before = this.sent.get(since);
    if (!before) return whole;
    // A row made from an unchanged entry is the very object it was (the core keeps them), so identity says it all.
    const changed = whole.bank.stories.filter((s) => before.get(s.path) !== s);
    return { ...whole, bank: { ...whole.bank, stories: changed }, since, order: whole.bank.stories.map((s) => s.path) };
  }

  /**
   * A story or the settings changed: the next request reads the bank anew, and once changes settle it is read and the
   * client told (so the Problems view gets the conflicts even with no view open).
   */
  schedule() {
    this.current = undefined;
    clearTimeout(this.timer);
    // A workspace of thousands of stories is not a bank: its reading (every pair of stories) is left to a view that asks.
    this.timer = setTimeout(() => {
      if (this.stories > BANK_AUTO_MAX) this.out.changed();
      else void this.result().then(() => this.out.changed(), () => undefined);
    }, BANK_SETTLE_MS);
  }

  dispose() {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  /** Each story's path as the bank shows it (relative to its folder, with `/`), made once per file and folder. */
  private readonly paths = new Map<string, { root: string; path: string }>();
  private pathOf(uri: string, root: string): string {
    const known = this.paths.get(uri);
    if (known?.root === root) return known.path;
    const path = relative(root, fileURLToPath(uri)).split(sep).join('/');
    this.paths.set(uri, { root, path });
    return path;
  }

  /** The story's entry with the path the bank shows: the same object while the story and its path are unchanged. */
  private entry(uri: string, path: string, key: string, read: () => BankEntry | undefined): BankEntry | undefined {
    const known = this.byKey.get(uri);
    if (known && known.key === key && known.entry.path === path) return known.entry;
    const found = read();
    if (!found) return undefined;
    const entry = found.path === path ? found : { ...found, path };
    this.byKey.set(uri, { key, entry });
    return entry;
  }

  private async read(): Promise<BankResult> {
    const listed = await this.workspace.listStories(() => this.disposed);
    this.stories = listed.length;
    const uris: Record<string, string> = {};
    const entries: BankEntry[] = [];
    const located: Array<{ folder: string; path: string }> = [];
    const seen = new Set<string>();
    // Each story not read before is analyzed here: in slices, so that edits and requests (shutdown among them) are
    // answered while a workspace of a thousand stories is read for the first time.
    await inSlices(listed, (s) => {
      const path = this.pathOf(s.uri, s.root);
      const entry = this.entry(s.uri, path, s.key, s.entry);
      if (!entry) return;
      seen.add(s.uri);
      uris[path] = s.uri;
      entries.push(entry);
      located.push({ folder: s.root, path });
    }, () => this.disposed);
    for (const uri of [...this.byKey.keys()]) if (!seen.has(uri)) this.byKey.delete(uri);
    for (const uri of [...this.paths.keys()]) if (!seen.has(uri)) this.paths.delete(uri);
    const config = this.workspace.config();
    const b = bank(entries, { loop: config.loop, interviews: config.interviews });
    this.diagnose(b, uris);
    this.sent.set(this.generation, new Map(b.stories.map((row) => [row.path, row])));
    for (const g of this.sent.keys()) if (this.sent.size > KEPT_READINGS) this.sent.delete(g);
    return { bank: b, uris, configUri: this.workspace.configUri() ?? null, progress: progressOf(located), generation: this.generation };
  }

  /** The conflicts on both stories and the gaps on `.starcoach.json`; the stories whose diagnostics changed are shown again. */
  private diagnose(b: Bank, uris: Record<string, string>) {
    const next = new Map<string, Diagnostic[]>();
    if (this.workspace.settings.workspaceDiagnostics) {
      for (const c of b.conflicts) {
        c.paths.forEach((path, i) => {
          const uri = uris[path];
          const d: Diagnostic = { range: c.ranges[i], severity: DiagnosticSeverity.Warning, source: 'star-coach', code: 'bank-conflict', message: c.messages[i] };
          next.set(uri, [...(next.get(uri) ?? []), d]);
        });
      }
    }
    const changed = new Set<string>();
    for (const uri of new Set([...next.keys(), ...this.conflicts.keys()])) {
      if (JSON.stringify(next.get(uri) ?? []) !== JSON.stringify(this.conflicts.get(uri) ?? [])) changed.add(uri);
    }
    this.conflicts = next;
    this.generation++;
    const configUri = this.workspace.configUri();
    const gaps = configUri && this.workspace.settings.workspaceDiagnostics
      ? b.competencies.filter((c) => c.inLoop && c.gap).map((c): Diagnostic => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        severity: DiagnosticSeverity.Information,
        source: 'star-coach',
        code: 'bank-gap',
        message: `No story reads Hire or better for ${c.name}. ${c.why}`,
      }))
      : [];
    const before = this.gaps;
    this.gaps = configUri ? { uri: configUri, diagnostics: gaps } : undefined;
    if (before && before.uri !== configUri) this.out.publish(before.uri, []);
    if (this.gaps && JSON.stringify(before?.diagnostics ?? []) !== JSON.stringify(gaps)) {
      this.out.publish(this.gaps.uri, gaps);
      changed.add(this.gaps.uri);
    }
    if (changed.size) this.workspace.republish([...changed]);
  }
}
