// A real JSON-RPC client for the built language server over stdio, for protocol tests.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type ClientCapabilities,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  /** The server's process; none when the test gave `streams` to a server it started itself. */
  process?: ChildProcess;
  published: PublishDiagnosticsParams[];
  /** window/showMessage texts, in order. */
  messages: string[];
  /** window/logMessage texts, in order. */
  logs: string[];
  settings: Record<string, unknown>;
  waitForDiagnostics(uri: string, predicate?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The built server over stdio and a JSON-RPC connection to it, not yet listening and not initialized. */
export function spawnServer(): { process: ChildProcess; connection: ProtocolConnection } {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  return { process: proc, connection: createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!)) };
}

export async function startClient(options: { root: string; capabilities: ClientCapabilities; settings?: Record<string, unknown>; experimental?: object; processId?: number | null; streams?: { fromServer: Readable; toServer: Writable } }): Promise<TestClient> {
  const spawned = options.streams ? undefined : spawnServer();
  const proc = spawned?.process;
  const connection = spawned?.connection ?? createProtocolConnection(new StreamMessageReader(options.streams!.fromServer), new StreamMessageWriter(options.streams!.toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  const client: TestClient = {
    connection,
    process: proc,
    published,
    messages: [],
    logs: [],
    settings: options.settings ?? {},
    waitForDiagnostics(uri, predicate = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = [...published].reverse().find((p) => p.uri === uri && predicate(p));
          if (hit) {
            resolve(hit);
            return true;
          }
          return false;
        };
        if (check()) return;
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)), timeoutMs);
        waiters.push(() => {
          if (check()) clearTimeout(timer);
        });
      });
    },
    async open(uri, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        // A server in this process would end the test run on exit.
        if (proc) await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      proc?.kill();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) w();
  });
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map((i) => (i.section === 'starCoach' ? client.settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onNotification('window/showMessage', (m: { message: string }) => {
    client.messages.push(m.message);
  });
  connection.onNotification('window/logMessage', (m: { message: string }) => {
    client.logs.push(m.message);
  });
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: options.processId === undefined ? process.pid : options.processId,
    rootUri: pathToFileURL(options.root).href,
    workspaceFolders: [{ uri: pathToFileURL(options.root).href, name: 'ws' }],
    capabilities: { ...options.capabilities, experimental: options.experimental },
  });
  await connection.sendNotification('initialized', {});
  return client;
}

/** Asks `get` every 100 ms until `ok` holds or `timeoutMs` passes, and returns the last answer (the test then says what was wrong). */
export async function until<T>(get: () => Promise<T>, ok: (t: T) => boolean, timeoutMs = 15000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
