// The language server: wires the connection to the core. Each handler gets the document, calls the core, converts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification, DocumentDiagnosticReportKind, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { coachingAt, spokenAnswer, TIME_STATUS_LABEL, WPM_RANGE, type StarCoachConfig } from '../core';
import { loadConfig } from '../fsio';
import { AnswerRequest, CoachingRequest, ServerInfoRequest, type ServerInfoResult, StoryTimingRequest, SETTINGS_SECTION, type AnswerParams, type AnswerResult, type CoachingParams, type CoachingResult, type StoryTimingParams, type StoryTimingResult } from '../protocol';
import { toLspDiagnostic } from './convert';
import { codeActions, type EditorSupport } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completions } from './features/completion';
import { hover } from './features/hover';
import { documentSymbols, foldingRanges } from './features/outline';
import { docsHref } from './ruleDocs';
import { CONFIG_FILE, DEFAULT_SETTINGS, mergeConfig, normalizeSettings, type ServerSettings } from './settings';
import { inSlices } from './slices';
import { MAX_FOLDER_DEPTH, MAX_STORIES_FOUND } from '../fsio';
import { DiskStories, isStoryUri, MAX_STORY_LENGTH, readingOf, StoryCache, storiesOnDisk, type WalkCap } from './stories';


declare const STAR_COACH_VERSION: string;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let roots: string[] = [];
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let fileConfig: StarCoachConfig = {};
  /** What `.starcoach.json`'s `ignores` leaves out of the workspace pass (an open story is still coached). */
  let ignoredPath = (_path: string) => false;
  const ignoredUri = (uri: string) => uri.startsWith('file:') && ignoredPath(fileURLToPath(uri));
  let pullDiagnostics = false;
  let configurationRequests = false;
  let codeLensRefresh = false;
  let dynamicConfiguration = false;
  let diagnosticsRefresh = false;
  let support: EditorSupport = { snippetEdits: false, snippetCommand: false, docsCommand: false };
  const cache = new StoryCache(() => mergeConfig(settings.config, fileConfig));
  const disk = new DiskStories(() => mergeConfig(settings.config, fileConfig));
  const published = new Set<string>();

  /** A notice, not a request: nothing waits on the user's answer. */
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });

  /** Says once per session, not once per pass, that the workspace walk left stories out. */
  const capsReported = new Set<WalkCap>();
  const capReached = (cap: WalkCap) => {
    if (capsReported.has(cap)) return;
    capsReported.add(cap);
    if (cap === 'stories') warn(`Star Coach shows findings for the first ${MAX_STORIES_FOUND.toLocaleString('en')} stories in the workspace only; leave folders out with "ignores" in ${CONFIG_FILE} to choose which.`);
    else connection.console.info(`Star Coach does not look for stories in folders more than ${MAX_FOLDER_DEPTH} levels below a workspace folder; a story there is still coached when opened.`);
  };

  const story = (uri: string) => {
    const doc = documents.get(uri);
    return doc && isStoryUri(uri) && doc.getText().length <= MAX_STORY_LENGTH ? doc : undefined;
  };

  function diagnosticsFor(doc: TextDocument) {
    if (doc.getText().length > MAX_STORY_LENGTH) {
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3 as const, source: 'star-coach', message: `This file is over ${MAX_STORY_LENGTH / 1024 / 1024} MB, so Star Coach does not analyze it: a spoken answer is a few hundred words.` }];
    }
    const analysis = cache.get(doc);
    return analysis.diagnostics.map((d) => toLspDiagnostic(d, doc.version, docsHref));
  }

  function loadFileConfig() {
    const path = roots.map((r) => join(r, CONFIG_FILE)).find((p) => existsSync(p));
    const loaded = path ? loadConfig(path) : undefined;
    fileConfig = loaded?.config ?? {};
    ignoredPath = loaded?.ignored ?? (() => false);
    if (loaded?.unusable) warn(`Star Coach: ${CONFIG_FILE} ${loaded.unusable}; using the defaults.`);
    if (loaded?.problems.length) warn(`Star Coach: ${CONFIG_FILE}: ${loaded.problems.join('; ')}`);
  }

  async function loadSettings() {
    if (!configurationRequests) return;
    const raw = await connection.workspace.getConfiguration(SETTINGS_SECTION).catch(() => undefined);
    settings = normalizeSettings(raw);
    if (settings.problems.length) warn(`Star Coach settings: ${settings.problems.join('; ')}`);
  }

  function refresh() {
    cache.clear();
    disk.invalidate();
    if (pullDiagnostics) refreshPulled();
    else {
      for (const doc of documents.all()) if (isStoryUri(doc.uri)) publish(doc);
      void publishWorkspace();
    }
    if (codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** Asks a pull client to pull again, when it says it can; a client that cannot is left to pull on its own. */
  function refreshPulled() {
    if (diagnosticsRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  function publish(doc: TextDocument) {
    connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsFor(doc) });
    published.add(doc.uri);
  }

  /**
   * Push clients: stories that are not open still appear in the Problems view (only `only` when given). Runs in
   * slices, so that a workspace of thousands of stories never holds up the open story; a newer full pass stops an
   * older one.
   */
  let workspacePass = 0;
  function publishWorkspace(only?: string[]): Promise<void> {
    const pass = only ? workspacePass : ++workspacePass;
    const seen = new Set<string>();
    return inSlices(
      only ?? storiesOnDisk(roots, ignoredPath, capReached),
      (uri) => {
        if (!uri) return;
        seen.add(uri);
        if (documents.get(uri)) return;
        // A full pass's walk has already left out what `ignores` names; a single file (a close, a watched change) has not.
        const analysis = settings.workspaceDiagnostics && isStoryUri(uri) && !(only && ignoredUri(uri)) ? disk.get(uri) : undefined;
        if (!analysis) {
          if (published.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
          return;
        }
        connection.sendDiagnostics({ uri, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(d, 0, docsHref)) });
        published.add(uri);
      },
      () => !only && pass !== workspacePass,
    ).then(() => {
      // A full pass that ran to its end clears the stories it no longer finds: deleted, or now left out by `ignores`.
      if (only || pass !== workspacePass) return;
      for (const uri of [...published]) {
        if (seen.has(uri) || documents.get(uri)) continue;
        connection.sendDiagnostics({ uri, diagnostics: [] });
        published.delete(uri);
      }
    });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Only folders on disk can be scanned; a virtual folder's stories are still coached when opened.
    const onDisk = (uri: string) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []);
    roots = (params.workspaceFolders ?? []).flatMap((f) => onDisk(f.uri));
    if (roots.length === 0 && params.rootUri) roots = onDisk(params.rootUri);
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationRequests = !!caps.workspace?.configuration;
    codeLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    diagnosticsRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    const experimental = (caps.experimental ?? {}) as { starCoachClient?: boolean };
    support = { snippetEdits: !!caps.workspace?.workspaceEdit?.snippetEditSupport, snippetCommand: !!experimental.starCoachClient, docsCommand: !!experimental.starCoachClient };
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) settings = normalizeSettings(init.settings);
    loadFileConfig();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['#', ' ', ':'] },
        codeLensProvider: { resolveProvider: false },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'star-coach', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'star-coach-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (configurationRequests && dynamicConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    await loadSettings();
    refresh(); // documents opened while the settings were on their way were analyzed with the defaults
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationRequests) await loadSettings();
    else settings = normalizeSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
    refresh();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) {
      loadFileConfig();
      refresh();
    } else if (pullDiagnostics) refreshPulled();
    else void publishWorkspace(change.changes.map((c) => c.uri).filter(isStoryUri));
  });

  documents.onDidChangeContent((e) => {
    if (!pullDiagnostics && isStoryUri(e.document.uri)) publish(e.document);
  });
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    if (!pullDiagnostics && isStoryUri(e.document.uri)) {
      connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      published.delete(e.document.uri);
      void publishWorkspace([e.document.uri]);
    }
  });

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isStoryUri(doc.uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsFor(doc) };
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    if (!settings.workspaceDiagnostics) return { items };
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    // In slices, like the push pass: the open story's own requests are answered while a large workspace is read.
    const seen = new Set<string>();
    await inSlices(
      storiesOnDisk(roots, ignoredPath, capReached),
      (uri) => {
        if (!uri) return;
        seen.add(uri);
        if (documents.get(uri)) return;
        const stamp = disk.stamp(uri);
        if (stamp === undefined) return;
        // The client asks again every few seconds: an unchanged file is answered without reading it.
        if (previous.get(uri) === stamp) {
          items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Unchanged, resultId: stamp });
          return;
        }
        const analysis = disk.get(uri, stamp);
        if (analysis) items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId: stamp, items: analysis.diagnostics.map((d) => toLspDiagnostic(d, 0, docsHref)) });
      },
      () => token.isCancellationRequested,
    );
    // What the client had from an earlier pull and this one no longer finds (deleted, or now in `ignores`) is emptied.
    if (!token.isCancellationRequested) {
      for (const uri of previous.keys()) if (!seen.has(uri) && !documents.get(uri)) items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: [] });
    }
    return { items };
  });

  connection.onCodeAction((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? codeActions(doc, cache.get(doc), params.context.diagnostics, support) : [];
  });
  connection.onHover((params) => {
    const doc = story(params.textDocument.uri);
    if (!doc) return null;
    const analysis = cache.get(doc);
    return hover(analysis, params.position, () => readingOf(analysis));
  });
  connection.onDocumentSymbol((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? documentSymbols(cache.get(doc)) : [];
  });
  connection.onFoldingRanges((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? foldingRanges(cache.get(doc)) : [];
  });
  connection.onCompletion((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? completions(cache.get(doc), params.position) : [];
  });
  connection.onCodeLens((params) => {
    const doc = story(params.textDocument.uri);
    if (!doc || !settings.codeLens) return [];
    const analysis = cache.get(doc);
    return codeLenses(analysis, readingOf(analysis));
  });
  connection.onRequest(StoryTimingRequest, (params: StoryTimingParams): StoryTimingResult | null => {
    const doc = story(params.uri);
    if (!doc) return null;
    const { timing } = cache.get(doc);
    return {
      level: timing.level,
      wpm: timing.wpm,
      totalSeconds: timing.totalSeconds,
      range: timing.range,
      sections: timing.sections.map((s) => ({ name: s.name, kind: s.kind, seconds: s.seconds, targetSeconds: s.targetSeconds, status: s.status, statusText: TIME_STATUS_LABEL[s.status] })),
    };
  });

  connection.onRequest(ServerInfoRequest, (): ServerInfoResult => ({ pid: process.pid, version: typeof STAR_COACH_VERSION === 'string' ? STAR_COACH_VERSION : 'dev' }));
  connection.onRequest(CoachingRequest, (params: CoachingParams): CoachingResult => {
    const doc = story(params.uri);
    if (!doc) return null;
    const analysis = cache.get(doc);
    return { ...coachingAt(analysis, doc.offsetAt(params.position)), review: readingOf(analysis) };
  });
  connection.onRequest(AnswerRequest, (params: AnswerParams): AnswerResult => {
    const doc = story(params.uri);
    const wpm = typeof params.wpm === 'number' && params.wpm >= WPM_RANGE.min && params.wpm <= WPM_RANGE.max ? params.wpm : undefined;
    if (!doc) return null;
    const analysis = cache.get(doc);
    return { ...spokenAnswer(analysis, wpm), review: readingOf(analysis) };
  });

  documents.listen(connection);
  connection.listen();
}
