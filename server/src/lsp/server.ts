// The language server: wires the connection to the workspace (workspace.ts: settings, stories and the passes over
// them) and to the features. Each handler gets the story, calls the core through the workspace's analysis, converts.
import {
  DidChangeConfigurationNotification, DocumentDiagnosticReportKind, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { coachingAt, followupsFor, spokenAnswer, TIME_STATUS_LABEL, WPM_RANGE, type Analysis } from '../core';
import {
  AnswerRequest, type AimedFollowup, BankChangedNotification, BankRequest, CoachingRequest, DrillGradeRequest, DrillRequest, onRequest, PracticeChangedNotification, QuizRequest,
  ServerInfoRequest, SETTINGS_SECTION, StoryTimingRequest,
} from '../protocol';
import { BANK_SETTLE_MS, WorkspaceBank } from './bank';
import { codeActions, type EditorSupport } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completions } from './features/completion';
import { hover } from './features/hover';
import { documentSymbols, foldingRanges } from './features/outline';
import { recordSavedReading } from './progress';
import { WorkspacePractice } from './practice';
import { normalizeSettings } from './settings';
import { isStoryUri, readingOf } from './stories';
import { Workspace } from './workspace';

declare const STAR_COACH_VERSION: string;

const aimed = new WeakMap<Analysis, AimedFollowup[]>();

/** The follow-ups aimed at a story, for the coaching panel: computed once per analysis, as the cursor moves often. */
function aimedFollowups(analysis: Analysis): AimedFollowup[] {
  let list = aimed.get(analysis);
  if (!list) {
    try {
      list = analysis.failed ? [] : followupsFor(analysis).map((f) => ({ kind: f.kind, question: f.question, about: f.about, strong: f.strong, range: f.range }));
    } catch {
      list = [];
    }
    aimed.set(analysis, list);
  }
  return list;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let configurationRequests = false;
  let codeLensRefresh = false;
  let dynamicConfiguration = false;
  let diagnosticsRefresh = false;
  let support: EditorSupport = { snippetEdits: false, snippetCommand: false, docsCommand: false };

  /** A notice, not a request: nothing waits on the user's answer. */
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  const workspace = new Workspace(documents, {
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, version, diagnostics }),
    // A pull client that cannot be asked is left to pull on its own.
    pullAgain: () => diagnosticsRefresh && void connection.languages.diagnostics.refresh().catch(() => undefined),
    warn,
    log: (message) => connection.console.info(message),
  });
  const story = (uri: string) => workspace.story(uri);
  // Every story as one loop: the Story Bank view asks for it, and its conflicts and gaps join the Problems view.
  let ready = false;
  const storyBank = new WorkspaceBank(workspace, {
    changed: () => void connection.sendNotification(BankChangedNotification),
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  });

  // The quiz and the drill over the same stories; the client is told when they may have changed (after changes settle).
  const practice = new WorkspacePractice(workspace);
  let practiceTimer: ReturnType<typeof setTimeout> | undefined;
  const practiceChanged = () => {
    clearTimeout(practiceTimer);
    practiceTimer = setTimeout(() => void connection.sendNotification(PracticeChangedNotification), BANK_SETTLE_MS);
  };
  workspace.onChange(practiceChanged);

  async function loadSettings() {
    if (!configurationRequests) return;
    const raw = await connection.workspace.getConfiguration(SETTINGS_SECTION).catch(() => undefined);
    workspace.settings = normalizeSettings(raw);
    if (workspace.settings.problems.length) warn(`Star Coach settings: ${workspace.settings.problems.join('; ')}`);
  }

  function refresh() {
    workspace.refresh();
    if (codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (workspace.setFolders((params.workspaceFolders ?? []).map((f) => f.uri)) === 0 && params.rootUri) workspace.setFolders([params.rootUri]);
    const caps = params.capabilities;
    workspace.pull = !!caps.textDocument?.diagnostic;
    configurationRequests = !!caps.workspace?.configuration;
    codeLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    diagnosticsRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    const experimental = (caps.experimental ?? {}) as { starCoachClient?: boolean };
    support = { snippetEdits: !!caps.workspace?.workspaceEdit?.snippetEditSupport, snippetCommand: !!experimental.starCoachClient, docsCommand: !!experimental.starCoachClient };
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) workspace.settings = normalizeSettings(init.settings);
    workspace.loadConfigFile();
    return {
      capabilities: {
        // Saves are heard for the reading over time (`lsp/progress.ts`); the text is in the document already.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['#', ' ', ':'] },
        codeLensProvider: { resolveProvider: false },
        ...(workspace.pull ? { diagnosticProvider: { identifier: 'star-coach', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'star-coach-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (configurationRequests && dynamicConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    await loadSettings();
    refresh(); // documents opened while the settings were on their way were analyzed with the defaults
    ready = true;
    storyBank.schedule();
    practiceChanged();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationRequests) await loadSettings();
    else workspace.settings = normalizeSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
    refresh();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (workspace.filesChanged(change.changes.map((c) => c.uri)) === 'all' && codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  documents.onDidChangeContent((e) => workspace.documentChanged(e.document));
  documents.onDidClose((e) => workspace.documentClosed(e.document));
  // Each save of a story in a workspace folder keeps its reading in the folder's practice file, unless the person
  // turned that off; a notice says when it cannot, once per different reason.
  const savedNotices = new Set<string>();
  documents.onDidSave((e) => {
    const doc = story(e.document.uri);
    const where = doc && workspace.settings.recordReadings ? workspace.folderOf(doc.uri) : undefined;
    if (!doc || !where) return;
    const saved = recordSavedReading(where.folder, where.path, readingOf(workspace.analysis(doc)));
    for (const notice of saved.notices) {
      if (savedNotices.has(notice)) continue;
      savedNotices.add(notice);
      warn(notice);
    }
    if (saved.written) storyBank.schedule();
  });

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: doc && isStoryUri(doc.uri) ? workspace.diagnostics(doc) : [] };
  });
  connection.languages.diagnostics.onWorkspace(async (params, token) => ({
    items: await workspace.pullWorkspace(new Map(params.previousResultIds.map((p) => [p.uri, p.value])), () => token.isCancellationRequested),
  }));

  connection.onCodeAction((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? codeActions(doc, workspace.analysis(doc), params.context.diagnostics, support) : [];
  });
  connection.onHover((params) => {
    const doc = story(params.textDocument.uri);
    if (!doc) return null;
    const analysis = workspace.analysis(doc);
    return hover(analysis, params.position, () => readingOf(analysis));
  });
  connection.onDocumentSymbol((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? documentSymbols(workspace.analysis(doc)) : [];
  });
  connection.onFoldingRanges((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? foldingRanges(workspace.analysis(doc)) : [];
  });
  connection.onCompletion((params) => {
    const doc = story(params.textDocument.uri);
    return doc ? completions(workspace.analysis(doc), params.position) : [];
  });
  connection.onCodeLens((params) => {
    const doc = story(params.textDocument.uri);
    if (!doc || !workspace.settings.codeLens) return [];
    const analysis = workspace.analysis(doc);
    return codeLenses(analysis, readingOf(analysis));
  });
  onRequest(connection, StoryTimingRequest, (params) => {
    const doc = story(params.uri);
    if (!doc) return null;
    const { timing } = workspace.analysis(doc);
    return {
      level: timing.level,
      wpm: timing.wpm,
      totalSeconds: timing.totalSeconds,
      range: timing.range,
      sections: timing.sections.map((s) => ({ name: s.name, kind: s.kind, seconds: s.seconds, targetSeconds: s.targetSeconds, status: s.status, statusText: TIME_STATUS_LABEL[s.status] })),
    };
  });

  onRequest(connection, BankRequest, (params) => (ready ? storyBank.result(typeof params?.since === 'number' ? params.since : undefined) : null));
  onRequest(connection, QuizRequest, () => (ready ? practice.quiz() : null));
  onRequest(connection, DrillRequest, () => (ready ? practice.drill() : null));
  onRequest(connection, DrillGradeRequest, async (params) => {
    if (!ready || typeof params !== 'object' || params === null) return null;
    const result = await practice.grade(params);
    practiceChanged();
    return result;
  });
  connection.onShutdown(() => {
    storyBank.dispose();
    clearTimeout(practiceTimer);
  });

  onRequest(connection, ServerInfoRequest, () => ({ pid: process.pid, version: typeof STAR_COACH_VERSION === 'string' ? STAR_COACH_VERSION : 'dev' }));
  onRequest(connection, CoachingRequest, (params) => {
    const doc = story(params.uri);
    if (!doc) return null;
    const analysis = workspace.analysis(doc);
    return { ...coachingAt(analysis, doc.offsetAt(params.position)), review: readingOf(analysis), followups: aimedFollowups(analysis) };
  });
  onRequest(connection, AnswerRequest, (params) => {
    const doc = story(params.uri);
    const wpm = typeof params.wpm === 'number' && params.wpm >= WPM_RANGE.min && params.wpm <= WPM_RANGE.max ? params.wpm : undefined;
    if (!doc) return null;
    const analysis = workspace.analysis(doc);
    return { ...spokenAnswer(analysis, wpm), review: readingOf(analysis) };
  });

  documents.listen(connection);
  connection.listen();
}
