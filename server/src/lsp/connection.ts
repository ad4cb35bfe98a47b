// The connection to the editor: its transport, LSP's lifecycle rules, a check that the editor's process is still there,
// and an exit with a reason when the stream breaks. vscode-languageserver's own `createConnection` (node) does the
// first and the third in its own way: its check exits on any error from `process.kill(pid, 0)`, even EPERM, which
// only says the process belongs to someone else, and it logs nothing; so the server builds its connection from the
// library's parts and supplies its own watchdog.
import {
  createConnection, ErrorCodes, LogMessageNotification, Message, MessageType, ProposedFeatures,
  type Connection, type MessageReader, type MessageWriter, type WatchDog,
} from 'vscode-languageserver';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/** How often the editor's process is checked, as vscode-languageserver does. */
export const CLIENT_CHECK_MS = 3000;

export interface ClientWatch {
  kill?: (pid: number, signal: 0) => void;
  /** Says something worth a line in the editor's log. */
  log: (message: string) => void;
  /** Called, with the reason, once the editor's process is gone. */
  gone: (message: string) => void;
  intervalMs?: number;
}

/**
 * Checks every few seconds that the editor's process `pid` still exists, and calls `gone` once it does not (ESRCH).
 * Any other answer (EPERM: it runs as another user, or in another PID namespace) means the check cannot be made:
 * the server says so once and keeps running until the editor closes the connection.
 */
export function watchClientProcess(pid: number, { kill = process.kill, log, gone, intervalMs = CLIENT_CHECK_MS }: ClientWatch): () => void {
  const timer = setInterval(() => {
    try {
      kill(pid, 0);
    } catch (error) {
      clearInterval(timer);
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code === 'ESRCH') gone(`The Star Coach server stops because the editor's process (${pid}) has ended.`);
      else log(`The Star Coach server cannot check on the editor's process (${pid}: ${code}), so it keeps running until the editor closes the connection.`);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * LSP's lifecycle, which vscode-languageserver leaves to the server: a request before `initialize` gets
 * ServerNotInitialized and a notification is dropped (but `exit`), a second `initialize` is refused, and so is every
 * request after `shutdown`. Refused messages are answered here and never reach a handler.
 */
function withLifecycle(reader: MessageReader, writer: MessageWriter): MessageReader {
  let state: 'new' | 'running' | 'shut down' = 'new';
  const refuse = (id: number | string | null, code: number, message: string) => void writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message).catch(() => undefined);
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen: (callback) =>
      reader.listen((message) => {
        if (Message.isRequest(message)) {
          const initialize = message.method === 'initialize';
          if (state === 'new' && !initialize) return refuse(message.id, ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send initialize first.');
          if (state === 'running' && initialize) return refuse(message.id, ErrorCodes.InvalidRequest, 'The server is already initialized.');
          if (state === 'shut down') return refuse(message.id, ErrorCodes.InvalidRequest, 'The server is shutting down and answers no more requests.');
          if (initialize) state = 'running';
          if (message.method === 'shutdown') state = 'shut down';
        } else if (Message.isNotification(message) && state === 'new' && message.method !== 'exit') return;
        callback(message);
      }),
  };
}

/** The connection for `--stdio` or `--node-ipc` (`argv`, as the server was started). */
export function createServerConnection(argv: string[]): Connection {
  const stdio = argv.includes('--stdio');
  if (!stdio && !argv.includes('--node-ipc')) {
    process.stderr.write('Start the Star Coach server with --stdio, or with --node-ipc from an editor that forks it.\n');
    process.exit(2);
  }
  const reader = stdio ? new StreamMessageReader(process.stdin) : new IPCMessageReader(process);
  const writer = stdio ? new StreamMessageWriter(process.stdout) : new IPCMessageWriter(process);
  // stdout carries the protocol: a stray console.log from anywhere must not break it.
  if (stdio) console.log = console.info = console.debug = console.error;

  let shutdownReceived = false;
  const exit = (code: number) => {
    writer.end();
    process.exit(code);
  };
  /** A line in the editor's log (window/logMessage), written straight to the stream so that it can precede an exit. */
  const log = (type: MessageType, message: string) => writer.write({ jsonrpc: '2.0', method: LogMessageNotification.method, params: { type, message } } as Message).catch(() => undefined);
  /** Says why the server stops, then stops: the editor's restart logic takes over from there. */
  let stopping = false;
  const stop = (message: string) => {
    if (stopping) return; // the rest of a broken stream raises more errors while the reason is being written
    stopping = true;
    const late = new Promise((resolve) => setTimeout(resolve, 1000));
    void Promise.race([log(MessageType.Error, message), late]).then(() => exit(shutdownReceived ? 0 : 1));
  };

  const watchDog: WatchDog = {
    get shutdownReceived() {
      return shutdownReceived;
    },
    set shutdownReceived(value) {
      shutdownReceived = value;
    },
    initialize(params) {
      if (typeof params.processId === 'number') watchClientProcess(params.processId, { log: (message) => void log(MessageType.Info, message), gone: stop });
    },
    exit,
  };

  // A stream that cannot be read any further (a bad header, a body that is not JSON) leaves the two ends out of step.
  reader.onError((error) => stop(`The Star Coach server stops because a message from the editor could not be read (${error.message.split('\n')[0]}).`));
  if (stdio) {
    process.stdin.on('end', () => exit(shutdownReceived ? 0 : 1));
    process.stdin.on('close', () => exit(shutdownReceived ? 0 : 1));
  }
  return createConnection((logger) => createProtocolConnection(withLifecycle(reader, writer), writer, logger), watchDog, ProposedFeatures.all);
}
