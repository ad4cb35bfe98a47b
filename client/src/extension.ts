// The VS Code client: starts the language server for stories and renders what it sends. No analysis here.
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions, StaticFeature } from 'vscode-languageclient/node';
import { ApplySnippetFixCommand, OpenRuleDocsCommand, PracticeChangedNotification, SETTINGS_SECTION } from '../../server/src/protocol';
import { applySnippetFix, newStory, openRuleDocs, openSample } from './commands';
import { DrillStatus, TimingStatus } from './status';
import { CoachView } from './coach';
import { BankView } from './bank';
import { PracticeView } from './practice';
import { PRACTICE_FILE } from '../../server/src/core/story-files';
import { AnswerPreview } from './preview';
import { isStory, STORY_GLOB, WATCHED_GLOB } from './stories';

/** The LSP client library, loaded on first use from its own bundle (see languageclient.ts). */
const lsp = (): typeof import('./languageclient') => require('./languageclient.js');
let client: LanguageClient | undefined;

/** Tells the server this client implements the Star Coach commands (snippet fixes, rule docs). */
const starCoachFeature: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental ?? {}), starCoachClient: true };
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};

/** If the server dies, start it again and say so briefly; after five deaths in three minutes, stop and say how to retry. */
function restartingErrorHandler(): LanguageClientOptions['errorHandler'] {
  const { CloseAction, ErrorAction } = lsp();
  const deaths: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && now - deaths[0] > 3 * 60_000) deaths.shift();
      if (deaths.length >= 5) {
        return { action: CloseAction.DoNotRestart, message: 'Star Coach: the language server stopped 5 times in 3 minutes, so it was not restarted again. Run "Star Coach: Restart Language Server" to try again.' };
      }
      void vscode.window.showInformationMessage('Star Coach: the language server stopped unexpectedly and was restarted.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const { LanguageClient, TransportKind } = lsp();
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6013'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // untitled: the sample, opened as a copy nobody can save over the shipped file by accident
    documentSelector: [{ scheme: 'file', language: 'markdown', pattern: STORY_GLOB }, { scheme: 'untitled', language: 'markdown', pattern: STORY_GLOB }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_GLOB) },
    initializationOptions: { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION) },
    errorHandler: restartingErrorHandler(),
  };
  const c = new LanguageClient('starCoach', 'Star Coach', serverOptions, clientOptions);
  c.registerFeature(starCoachFeature);
  return c;
}

/** What the extension offers other extensions (and its integration tests). */
export interface StarCoachApi {
  languageClient(): LanguageClient | undefined;
  /** Settles once the extension has looked for stories and, if it found one, started the server. */
  ready(): Promise<LanguageClient | undefined>;
}

export async function activate(context: vscode.ExtensionContext): Promise<StarCoachApi> {
  const status = new TimingStatus(() => client);
  const log = vscode.window.createOutputChannel('Star Coach Views');
  const coach = new CoachView(context.extensionUri, () => client, log);
  const preview = new AnswerPreview(context, () => client, log);
  const bank = new BankView(context.extensionUri, () => client, () => startIfStories(), log);
  const drillStatus = new DrillStatus(() => client);
  const practice = new PracticeView(context.extensionUri, () => client, () => start(), () => void drillStatus.update(), log);
  const practiceFile = vscode.workspace.createFileSystemWatcher(`**/${PRACTICE_FILE}`);
  /** The drill may have changed: the server said so, or the practice file changed on disk (the CLI graded). */
  const practiceChanged = () => {
    practice.refresh();
    void drillStatus.update();
  };
  context.subscriptions.push(
    drillStatus,
    practice,
    practiceFile,
    practiceFile.onDidChange(practiceChanged),
    practiceFile.onDidCreate(practiceChanged),
    practiceFile.onDidDelete(practiceChanged),
    vscode.window.registerWebviewViewProvider(PracticeView.id, practice),
    // The view starts the server itself, even with no story: the quiz is then on the examples.
    vscode.commands.registerCommand('starCoach.showPractice', () => vscode.commands.executeCommand(`${PracticeView.id}.focus`)),
    status,
    log,
    coach,
    preview,
    bank,
    vscode.window.registerWebviewViewProvider(CoachView.id, coach),
    vscode.window.registerWebviewViewProvider(BankView.id, bank),
    vscode.commands.registerCommand('starCoach.showPreview', async (uri?: vscode.Uri) => {
      await start();
      preview.show(uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : undefined);
    }),
    vscode.commands.registerCommand('starCoach.showCoach', async () => {
      await start();
      await vscode.commands.executeCommand(`${CoachView.id}.focus`);
    }),
    // The view starts the server itself when the workspace has a story.
    vscode.commands.registerCommand('starCoach.showBank', () => vscode.commands.executeCommand(`${BankView.id}.focus`)),
    vscode.commands.registerCommand(ApplySnippetFixCommand, applySnippetFix),
    vscode.commands.registerCommand(OpenRuleDocsCommand, (rule?: string) => openRuleDocs(context, rule)),
    vscode.commands.registerCommand('starCoach.newStory', () => newStory()),
    vscode.commands.registerCommand('starCoach.openSample', () => openSample(context)),
    vscode.commands.registerCommand('starCoach.restartServer', async () => {
      if (client) await client.restart();
      else await start();
    }),
  );

  const start = async () => {
    if (client) return;
    client = createClient(context);
    context.subscriptions.push(client);
    await client.start();
    status.update();
    coach.schedule(0);
    bank.attach(client);
    // One listener for both: a connection keeps one handler per notification.
    context.subscriptions.push(client.onNotification(PracticeChangedNotification, practiceChanged));
    practice.attach();
    void drillStatus.update();
  };
  /** Starts the server when a story is open or in the workspace; says whether it runs. */
  const startIfStories = async () => {
    if (!client && (vscode.workspace.textDocuments.some(isStory) || (await vscode.workspace.findFiles(STORY_GLOB, '**/node_modules/**', 1)).length > 0)) await start();
    return client !== undefined;
  };
  // Start only once a story is in sight: an ordinary Markdown file never starts the server. Activation itself only
  // registers: looking for stories and starting the server happen after it returns.
  const ready = (async () => {
    await new Promise((resolve) => setImmediate(resolve)); // let activation finish first: loading the LSP client takes longer
    if (!(await startIfStories())) {
      const listener = vscode.workspace.onDidOpenTextDocument((doc) => {
        if (!isStory(doc)) return;
        listener.dispose();
        void start().catch((error: Error) => log.appendLine(`could not start the language server: ${error.message}`));
      });
      context.subscriptions.push(listener);
    }
  })().catch((error: Error) => log.appendLine(`could not start the language server: ${error.message}`));
  return { languageClient: () => client, ready: () => ready.then(() => client) };
}

export async function deactivate() {
  await client?.stop();
}
