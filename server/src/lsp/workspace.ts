// The workspace as the server sees it: its folders, the settings and `.starcoach.json` merged, its stories (open
// documents and files on disk, each analyzed once per text) and the passes over them, in 8 ms slices: diagnostics
// pushed to a client that cannot pull and answered to one that pulls (one pass for both), and every story's analysis
// for whatever reads the workspace whole. No connection here: server.ts wires it to one.
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocumentDiagnosticReportKind, type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, BankEntry, ReadingView, StarCoachConfig } from '../core';
import { CONFIG_FILE, loadConfig, MAX_FOLDER_DEPTH, MAX_STORIES_FOUND, walkStories, workspaceConfig, type WalkCap } from '../fsio';
import { toLspDiagnostic } from './convert';
import { docsHref } from './ruleDocs';
import { DEFAULT_SETTINGS, mergeConfig, type ServerSettings } from './settings';
import { inSlices } from './slices';
import { DiskStories, entryOf, isStoryUri, MAX_STORY_LENGTH, readingOf, StoryCache } from './stories';

/** The open documents, as the connection keeps them. */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** What the workspace says to the client. */
export interface WorkspaceOutput {
  /** Push: one document's diagnostics (an empty list clears them). */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  /** Pull: asks the client to pull again (a client that cannot is left to pull on its own). */
  pullAgain(): void;
  /** A notice for the author. */
  warn(message: string): void;
  /** A line in the log. */
  log(message: string): void;
}

/** What changed: one story (open or on disk, edited, saved, made, deleted, closed), or every story (settings, `.starcoach.json`). */
export type StoryChange = { kind: 'story'; uri: string } | { kind: 'all' };

/** A story of the workspace and its analysis; `reading` is the bar raiser's, computed the first time it is asked for. */
export interface WorkspaceStory {
  uri: string;
  analysis: Analysis;
  reading(): ReadingView | null;
}

/** Diagnostics a view over many stories adds to one story (the bank's conflicts), with a tag that changes when they do. */
export interface ExtraDiagnostics {
  of(uri: string): Diagnostic[];
  tag(uri: string): string;
}

/** A story the walk finds, with a key that changes whenever its analysis would, and its analysis on demand. */
export interface ListedStory {
  uri: string;
  /** The workspace folder it is under. */
  root: string;
  key: string;
  /** Its bank entry, with the file's path (the bank gives it the path it shows): an open story's from its text now. */
  entry(): BankEntry | undefined;
}

/** One story on disk after a pass looked at it. */
type DiskReport =
  | { uri: string; stamp: string; unchanged: true }
  | { uri: string; stamp: string; unchanged?: undefined; diagnostics: Diagnostic[] }
  /** Nothing to show for it: gone, unreadable, too large, left out, or workspace diagnostics are off. */
  | { uri: string; stamp?: undefined; unchanged?: undefined };

export class Workspace {
  private roots: string[] = [];
  private current: ServerSettings = DEFAULT_SETTINGS;
  private fileConfig: StarCoachConfig = {};
  /** What `.starcoach.json`'s `ignores` leaves out of the walk (an open story is still coached). */
  private ignoredPath = (_path: string) => false;
  private readonly open = new StoryCache(() => this.config());
  private readonly disk = new DiskStories(() => this.config());
  /** Push: the documents the client holds diagnostics for. */
  private readonly published = new Set<string>();
  /** Push: the latest full pass; a newer one stops an older one. */
  private pushPass = 0;
  private readonly capsReported = new Set<WalkCap>();
  private readonly listeners = new Set<(change: StoryChange) => void>();
  /** Whether the client pulls diagnostics; otherwise they are pushed. */
  pull = false;
  /** What a view over many stories adds to a story's diagnostics. */
  extra: ExtraDiagnostics = { of: () => [], tag: () => '' };

  constructor(private readonly documents: OpenDocuments, private readonly out: WorkspaceOutput) {}

  /** The workspace folders, as the client names them; only folders on disk are walked (a virtual folder's stories are still coached when opened). Gives how many are on disk. */
  setFolders(uris: string[]): number {
    this.roots = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
    return this.roots.length;
  }

  get settings(): ServerSettings {
    return this.current;
  }

  /** New settings from the client; call `refresh` for them to apply to what was already analyzed. */
  set settings(settings: ServerSettings) {
    this.current = settings;
  }

  /** The configuration every story is analyzed with: the settings, with `.starcoach.json` winning over them. */
  config(): StarCoachConfig {
    return mergeConfig(this.current.config, this.fileConfig);
  }

  /** Reads the workspace's `.starcoach.json` (the first workspace folder that has one) again, saying what is wrong with it. */
  loadConfigFile() {
    const path = workspaceConfig(this.roots);
    const loaded = path ? loadConfig(path) : undefined;
    this.fileConfig = loaded?.config ?? {};
    this.ignoredPath = loaded?.ignored ?? (() => false);
    if (loaded?.unusable) this.out.warn(`Star Coach: ${CONFIG_FILE} ${loaded.unusable}; using the defaults.`);
    if (loaded?.problems.length) this.out.warn(`Star Coach: ${CONFIG_FILE}: ${loaded.problems.join('; ')}`);
  }

  /** Hears of every change to a story's analysis, for a view over many stories. Returns how to stop hearing. */
  onChange(listener: (change: StoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(change: StoryChange) {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  /** An open story the features may answer for: undefined when the document is gone, not a story or too long to analyze. */
  story(uri: string): TextDocument | undefined {
    const doc = this.documents.get(uri);
    return doc && isStoryUri(uri) && doc.getText().length <= MAX_STORY_LENGTH ? doc : undefined;
  }

  /** The analysis of an open document's current text, computed once per text. */
  analysis(doc: TextDocument): Analysis {
    return this.open.get(doc);
  }

  /** An open document's diagnostics; one notice instead for a document too long to analyze. */
  diagnostics(doc: TextDocument): Diagnostic[] {
    if (doc.getText().length > MAX_STORY_LENGTH) {
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'star-coach', message: `This file is over ${MAX_STORY_LENGTH / 1024 / 1024} MB, so Star Coach does not analyze it: a spoken answer is a few hundred words.` }];
    }
    return [...this.open.get(doc).diagnostics.map((d) => toLspDiagnostic(d, doc.version, docsHref)), ...this.extra.of(doc.uri)];
  }

  /** The workspace folders on disk, as paths. */
  folders(): readonly string[] {
    return this.roots;
  }

  /** The workspace folder on disk a file URI is under (the innermost), and its path there with `/` between folders; undefined outside them. */
  folderOf(uri: string): { folder: string; path: string } | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    const folder = this.roots
      .filter((r) => file.startsWith(r.endsWith(sep) ? r : `${r}${sep}`))
      .sort((a, b) => b.length - a.length)[0];
    return folder === undefined ? undefined : { folder, path: relative(folder, file).split(sep).join('/') };
  }

  /** The `.starcoach.json` the workspace reads, as a file URI, when there is one. */
  configUri(): string | undefined {
    const path = workspaceConfig(this.roots);
    return path ? pathToFileURL(path).href : undefined;
  }

  /**
   * Another look at diagnostics that a view over many stories changed (`extra`): a push client gets those stories
   * again, a pull client is asked to pull.
   */
  republish(uris: string[]) {
    if (this.pull) return this.out.pullAgain();
    for (const uri of uris) {
      const doc = this.documents.get(uri);
      if (doc && isStoryUri(uri)) this.publish(doc);
    }
    void this.publishWorkspace(uris.filter((uri) => !this.documents.get(uri) && isStoryUri(uri)));
  }

  /**
   * Everything anew, after the settings or `.starcoach.json` changed: every story is analyzed again when next asked
   * for; a push client gets every open story and the workspace again, a pull client is asked to pull.
   */
  refresh() {
    this.open.clear();
    this.disk.invalidate();
    if (this.pull) this.out.pullAgain();
    else {
      for (const doc of this.documents.all()) if (isStoryUri(doc.uri)) this.publish(doc);
      void this.publishWorkspace();
    }
    this.changed({ kind: 'all' });
  }

  /** An open document was opened or edited. */
  documentChanged(doc: TextDocument) {
    if (!isStoryUri(doc.uri)) return;
    if (!this.pull) this.publish(doc);
    this.changed({ kind: 'story', uri: doc.uri });
  }

  /** An open document was closed: a story on disk is shown as the file says again. */
  documentClosed(doc: TextDocument) {
    this.open.forget(doc.uri);
    if (!isStoryUri(doc.uri)) return;
    if (!this.pull) {
      this.out.publish(doc.uri, []);
      this.published.delete(doc.uri);
      void this.publishWorkspace([doc.uri]);
    }
    this.changed({ kind: 'story', uri: doc.uri });
  }

  /** Files the client watches changed on disk: `.starcoach.json` makes everything anew (`all`); a story is shown as it now is. */
  filesChanged(uris: string[]): 'all' | 'stories' {
    if (uris.some((uri) => uri.endsWith(`/${CONFIG_FILE}`))) {
      this.loadConfigFile();
      this.refresh();
      return 'all';
    }
    const stories = uris.filter(isStoryUri);
    if (this.pull) this.out.pullAgain();
    else void this.publishWorkspace(stories);
    for (const uri of stories) this.changed({ kind: 'story', uri });
    return 'stories';
  }

  private publish(doc: TextDocument) {
    this.out.publish(doc.uri, this.diagnostics(doc), doc.version);
    this.published.add(doc.uri);
  }

  /** Says once per session, not once per pass, that the walk left stories out. */
  private capReached = (cap: WalkCap) => {
    if (this.capsReported.has(cap)) return;
    this.capsReported.add(cap);
    if (cap === 'stories') this.out.warn(`Star Coach shows findings for the first ${MAX_STORIES_FOUND.toLocaleString('en')} stories in the workspace only; leave folders out with "ignores" in ${CONFIG_FILE} to choose which.`);
    else this.out.log(`Star Coach does not look for stories in folders more than ${MAX_FOLDER_DEPTH} levels below a workspace folder; a story there is still coached when opened.`);
  };

  /** The stories on disk under the workspace folders (file URIs), one folder entry per step (undefined for the others). */
  private *walk(): Generator<string | undefined> {
    for (const path of walkStories(this.roots, { ignored: this.ignoredPath, capReached: this.capReached })) yield path === undefined ? undefined : pathToFileURL(path).href;
  }

  /**
   * The one pass over stories on disk that push and pull share: for each story from `uris` (a walk, or the files a
   * change names) that is not open, what there is to show, or that there is nothing; `previous` gives the stamp a
   * client already holds, so an unchanged file is answered without reading it. In slices; `stop` ends it between two
   * stories. Gives every story it looked at, and whether it ran to its end.
   */
  private async diskPass(uris: Iterable<string | undefined>, report: (r: DiskReport) => void, previous: (uri: string) => string | undefined, stop: () => boolean): Promise<{ seen: Set<string>; complete: boolean }> {
    const seen = new Set<string>();
    await inSlices(
      uris,
      (uri) => {
        if (!uri) return;
        seen.add(uri);
        if (this.documents.get(uri)) return;
        const file = this.current.workspaceDiagnostics && isStoryUri(uri) && !this.ignoredUri(uri) ? this.disk.stamp(uri) : undefined;
        // The result id changes with the file and with what a view over many stories adds to it.
        const stamp = file === undefined ? undefined : `${file}|${this.extra.tag(uri)}`;
        if (stamp !== undefined && previous(uri) === stamp) return report({ uri, stamp, unchanged: true });
        const digest = file === undefined ? undefined : this.disk.digest(uri, file);
        if (!digest) return report({ uri });
        report({ uri, stamp: stamp!, diagnostics: [...digest.diagnostics.map((d) => toLspDiagnostic(d, 0, docsHref)), ...this.extra.of(uri)] });
      },
      stop,
    );
    return { seen, complete: !stop() };
  }

  private ignoredUri(uri: string): boolean {
    return uri.startsWith('file:') && this.ignoredPath(fileURLToPath(uri));
  }

  /** What a client held from an earlier pass that this full pass no longer finds (deleted, or now left out), open documents aside. */
  private dropped(earlier: Iterable<string>, seen: Set<string>): string[] {
    return [...earlier].filter((uri) => !seen.has(uri) && !this.documents.get(uri));
  }

  /**
   * Push: stories that are not open still appear in the Problems view (only the files in `only`, when given). A full
   * pass stops when a newer one starts, and one that ran to its end clears the stories it no longer shows.
   */
  publishWorkspace(only?: string[]): Promise<void> {
    const pass = only ? this.pushPass : ++this.pushPass;
    const report = (r: DiskReport) => {
      if ('diagnostics' in r) {
        this.out.publish(r.uri, r.diagnostics);
        this.published.add(r.uri);
      } else if (this.published.delete(r.uri)) this.out.publish(r.uri, []);
    };
    return this.diskPass(only ?? this.walk(), report, () => undefined, () => !only && pass !== this.pushPass).then(({ seen, complete }) => {
      if (only || !complete) return;
      for (const uri of this.dropped(this.published, seen)) {
        this.out.publish(uri, []);
        this.published.delete(uri);
      }
    });
  }

  /**
   * Pull: the report for every story on disk that is not open; `previous` holds the result ids the client has (an
   * unchanged file is answered as such). What the client held and this pass no longer shows is emptied.
   */
  async pullWorkspace(previous: Map<string, string>, cancelled: () => boolean): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    if (!this.current.workspaceDiagnostics) return items;
    const report = (r: DiskReport) => {
      if (r.unchanged) items.push({ uri: r.uri, version: null, kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.stamp });
      else if ('diagnostics' in r) items.push({ uri: r.uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId: r.stamp, items: r.diagnostics });
      else if (previous.has(r.uri)) items.push({ uri: r.uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: [] });
    };
    const { seen, complete } = await this.diskPass(this.walk(), report, (uri) => previous.get(uri), cancelled);
    if (complete) for (const uri of this.dropped(previous.keys(), seen)) items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: [] });
    return items;
  }

  /**
   * Every story the walk finds, each with a key that changes with its text (an open story's) or its file and the
   * configuration (one on disk), and its analysis only when asked: a view that keeps what it read of each story by
   * key reads again only the story that changed. In slices; `stop` ends it early, with what it had.
   */
  async listStories(stop: () => boolean = () => false): Promise<ListedStory[]> {
    const found: ListedStory[] = [];
    const rootOf = (path: string) => this.roots.find((r) => path === r || path.startsWith(r.endsWith('/') ? r : `${r}/`)) ?? this.roots[0] ?? '';
    await inSlices(
      this.walk(),
      (uri) => {
        if (!uri) return;
        const root = rootOf(fileURLToPath(uri));
        const doc = this.documents.get(uri);
        if (doc) {
          if (doc.getText().length > MAX_STORY_LENGTH) return;
          found.push({ uri, root, key: `open:${doc.version}:${this.disk.stamp(uri) ?? ''}`, entry: () => entryOf(uri, this.open.get(doc)) });
          return;
        }
        const stamp = this.disk.stamp(uri);
        if (stamp !== undefined) found.push({ uri, root, key: `disk:${stamp}`, entry: () => this.disk.digest(uri, stamp)?.bank });
      },
      stop,
    );
    return found;
  }

  /**
   * Every story of the workspace folders that the walk finds (the caps and `ignores` apply; workspace diagnostics
   * being off does not), by path: an open story as its text now is, the others as on disk. In slices; `stop` ends it
   * early, with what it had.
   */
  async stories(stop: () => boolean = () => false): Promise<Map<string, WorkspaceStory>> {
    const found = new Map<string, WorkspaceStory>();
    await inSlices(
      this.walk(),
      (uri) => {
        if (!uri) return;
        const doc = this.documents.get(uri);
        const analysis = doc ? (doc.getText().length <= MAX_STORY_LENGTH ? this.open.get(doc) : undefined) : this.disk.get(uri);
        if (analysis) found.set(fileURLToPath(uri), { uri, analysis, reading: () => readingOf(analysis) });
      },
      stop,
    );
    return found;
  }
}
