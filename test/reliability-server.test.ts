// Faults at the language server's edges, driven by a real JSON-RPC client over stdio (and Node IPC): repeated document versions,
// the client's lifecycle, a client process that cannot be checked, a broken stream, a workspace too large to read at once.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type Diagnostic, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { analyze } from '../server/src/core';
import { CLIENT_CHECK_MS, watchClientProcess } from '../server/src/lsp/connection';
import { SLICE_MS } from '../server/src/lsp/slices';
import { MAX_FOLDER_DEPTH, MAX_STORIES_FOUND } from '../server/src/fsio';
import { record, writeReport } from './support/reliability-report';
import { SERVER, spawnServer, startClient, type TestClient } from './support/lsp-client';

const ROOT = join(__dirname, '..');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const SHORT = '## Action\n\nWe fixed it and the team was happy.\n';
const workspace = mkdtempSync(join(tmpdir(), 'star-lsp-faults-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
/** In memory where the system has a memory file system: on a busy disk, making thousands of files can take longer than a test. */
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  writeReport('server');
});

/** What the core finds in `text`, as the server should report it: rule and range. */
const expected = (text: string) => analyze(text).diagnostics.map((d) => ({ code: d.rule, range: d.range }));
const found = (items: Diagnostic[]) => items.map((d) => ({ code: d.code, range: d.range }));

describe('the analysis follows the text, not only the version number', () => {
  test('a didChange that repeats a version, and a second didOpen without didClose, get the new text analyzed', async () => {
    const client = await startClient({ root: workspace, capabilities: { textDocument: { diagnostic: {} } } });
    const pull = async (u: string) => found(((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { items: Diagnostic[] }).items);
    try {
      const changed = uri('changed.star.md');
      await client.open(changed, WEAK, 3);
      expect(await pull(changed)).toEqual(expected(WEAK));
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: changed, version: 3 }, contentChanges: [{ text: SHORT }] });
      expect(await pull(changed)).toEqual(expected(SHORT));

      const reopened = uri('reopened.star.md');
      await client.open(reopened, WEAK, 1);
      expect(await pull(reopened)).toEqual(expected(WEAK));
      await client.open(reopened, SHORT, 1);
      expect(await pull(reopened)).toEqual(expected(SHORT));
    } finally {
      await client.stop();
    }
    record({ area: 'server', input: 'a didChange that repeats the version, a second didOpen without didClose (a long story replaced by a short one)', cases: 2, result: 'the new text is analyzed: every range lies in it' });
  });
});

/** The server's exit code, once it has ended. */
const ended = (proc: ChildProcess) => new Promise<number | null>((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', (code) => resolve(code))));
/** The first window/logMessage the server sent that matches. */
const logged = (client: TestClient, pattern: RegExp) =>
  vi.waitFor(
    () => {
      const hit = client.logs.find((l) => pattern.test(l));
      if (!hit) throw new Error(`no log line matches ${pattern}: ${JSON.stringify(client.logs)}`);
      return hit;
    },
    { timeout: 10000, interval: 20 },
  );

describe("the editor's process", () => {
  afterEach(() => vi.useRealTimers());
  const watch = (error: string) => {
    vi.useFakeTimers();
    const log = vi.fn();
    const gone = vi.fn();
    const kill = () => {
      throw Object.assign(new Error(error), { code: error });
    };
    const stop = watchClientProcess(4242, { kill, log, gone });
    vi.advanceTimersByTime(CLIENT_CHECK_MS * 3);
    stop();
    return { log, gone };
  };

  test('a process the server may not signal (EPERM) is not taken for gone: the server says so once and keeps running', () => {
    const { log, gone } = watch('EPERM');
    expect(gone).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/cannot check on the editor's process \(4242: EPERM\), so it keeps running/);
    record({ area: 'server', input: "the editor's process cannot be signalled (EPERM: another user or PID namespace)", cases: 1, result: 'one log line saying why; the server keeps running' });
  });

  test('a process that is gone (ESRCH) ends the server, with the reason', () => {
    const { log, gone } = watch('ESRCH');
    expect(log).not.toHaveBeenCalled();
    expect(gone).toHaveBeenCalledTimes(1);
    expect(gone.mock.calls[0][0]).toMatch(/stops because the editor's process \(4242\) has ended/);
  });

  test('over stdio, a processId that does not exist ends the server, with a log line saying why', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await ended(dead);
    const client = await startClient({ root: workspace, capabilities: {}, processId: dead.pid! });
    try {
      const [line, code] = await Promise.all([logged(client, /has ended/), ended(client.process!)]);
      expect(line).toBe(`The Star Coach server stops because the editor's process (${dead.pid}) has ended.`);
      expect(code).toBe(1);
    } finally {
      client.connection.dispose();
      client.process!.kill();
    }
    record({ area: 'server', input: 'a processId that does not exist (the editor is gone)', cases: 1, result: 'the server logs why and exits within a few seconds' });
  });
});

describe('a stream the server cannot read', () => {
  test.each([
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
    ['a header line without a colon', 'Content-Length 2\r\n\r\n{}'],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\nhello'],
  ])('%s: the server logs why and exits, so the editor can start it again', async (name, bytes) => {
    const client = await startClient({ root: workspace, capabilities: {} });
    try {
      client.process!.stdin!.write(bytes);
      const [line, code] = await Promise.all([logged(client, /could not be read/), ended(client.process!)]);
      expect(line).toMatch(/^The Star Coach server stops because a message from the editor could not be read \(.+\)\.$/);
      expect(code).toBe(1);
    } finally {
      client.connection.dispose();
      client.process!.kill();
    }
    record({ area: 'server', input: `a framing error on stdin: ${name}`, cases: 1, result: 'one log line saying why, then exit code 1' });
  });
});

describe('the LSP lifecycle', () => {
  const hover = (connection: ProtocolConnection) => connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('any.star.md') }, position: { line: 0, character: 0 } });
  const init = (connection: ProtocolConnection) => connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });

  test('a request before initialize gets ServerNotInitialized, a notification is dropped, a second initialize and requests after shutdown are refused', async () => {
    const { process: proc, connection } = spawnServer();
    connection.listen();
    try {
      await expect(hover(connection)).rejects.toMatchObject({ code: -32002 });
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('early.star.md'), languageId: 'markdown', version: 1, text: WEAK } });
      await init(connection);
      await connection.sendNotification('initialized', {});
      const early = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('early.star.md') } })) as { items: Diagnostic[] };
      expect(early.items).toEqual([]);
      await expect(init(connection)).rejects.toMatchObject({ code: -32600 });
      expect(await hover(connection)).toBeNull();
      await connection.sendRequest('shutdown');
      await expect(hover(connection)).rejects.toMatchObject({ code: -32600 });
      await connection.sendNotification('exit');
      expect(await ended(proc)).toBe(0);
    } finally {
      connection.dispose();
      proc.kill();
    }
    record({ area: 'server', input: 'requests before initialize, a second initialize, requests after shutdown', cases: 4, result: 'answered as LSP says: ServerNotInitialized, then InvalidRequest; an early notification is dropped' });
  });
  test('over Node IPC, as VS Code starts the server, the same rules hold and a story is coached', async () => {
    const proc = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    connection.listen();
    try {
      await expect(hover(connection)).rejects.toMatchObject({ code: -32002 });
      await init(connection);
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('any.star.md'), languageId: 'markdown', version: 1, text: WEAK } });
      const pulled = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('any.star.md') } })) as { items: Diagnostic[] };
      expect(found(pulled.items)).toEqual(expected(WEAK));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await ended(proc)).toBe(0);
    } finally {
      connection.dispose();
      proc.kill();
    }
  });
});

describe('a workspace too large to read at once', () => {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const hoverTime = async (client: TestClient, u: string) => {
    const start = performance.now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 3 } });
    return performance.now() - start;
  };

  test('30,000 other files in nested folders: a hover on the open story is answered while a workspace pull reads them', { timeout: 120_000 }, async () => {
    const big = mkdtempSync(join(scratch, 'star-lsp-files-'));
    for (let a = 0; a < 30; a++) {
      for (let b = 0; b < 10; b++) {
        const dir = join(big, `team-${a}`, `notes-${b}`);
        mkdirSync(dir, { recursive: true });
        for (let c = 0; c < 100; c++) writeFileSync(join(dir, `note-${c}.md`), '');
      }
    }
    const client = await startClient({ root: big, capabilities: { textDocument: { diagnostic: {} } } });
    const open = pathToFileURL(join(big, 'open.star.md')).href;
    const pullAll = () => client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    try {
      await client.open(open, WEAK);
      await pullAll(); // the folders are in the file system's cache from here on
      const alone: number[] = [];
      for (let i = 0; i < 15; i++) alone.push(await hoverTime(client, open));
      const during: number[] = [];
      let pulling = true;
      const pull = pullAll().then(() => (pulling = false));
      let answeredDuringPull = 0;
      while (pulling) {
        during.push(await hoverTime(client, open));
        if (pulling) answeredDuringPull++;
      }
      await pull;
      // Hovers were answered while the walk went on (a walk in one step answers none before the pull's own answer),
      // each after a few slices at most: one for the message to be read, one for the handler, one for the answer to be
      // written. How many fit in depends on how fast this machine walks the folders, so one is the proof.
      expect(answeredDuringPull).toBeGreaterThanOrEqual(1);
      expect(median(during)).toBeLessThan(10 * (median(alone) + SLICE_MS));
    } finally {
      await client.stop();
      rmSync(big, { recursive: true, force: true });
    }
    record({ area: 'server', input: 'a workspace pull over 30,000 other files in 300 nested folders, with hovers on the open story', cases: 1, result: 'the walk runs in slices: hovers are answered while it reads' });
  });

  type Pulled = { items: Array<{ uri: string; kind: string; resultId?: string }> };
  /** Two workspace pulls in a row, as an editor asks every few seconds; the second sends the first one's result ids. */
  const pullTwice = async (client: TestClient) => {
    const first = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as Pulled;
    await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: first.items.map((i) => ({ uri: i.uri, value: i.resultId })) });
    return first.items.map((i) => i.uri);
  };

  test('the story bank read for the first time over 300 stories on disk: hovers are answered while it reads them', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(scratch, 'star-lsp-bank-'));
    // Each story's own numbers, so that no two are one text: every one is analyzed when the bank is first read.
    for (let i = 0; i < 300; i++) writeFileSync(join(folder, `story-${i}.star.md`), WEAK.replace(/\d+/g, (n) => String(Number(n) + i)));
    const client = await startClient({ root: folder, capabilities: { textDocument: { diagnostic: {} } } });
    const open = pathToFileURL(join(folder, 'open.star.md')).href;
    try {
      await client.open(open, WEAK);
      await hoverTime(client, open);
      const start = performance.now();
      let reading = true;
      const read = client.connection.sendRequest('starCoach/bank').then((b) => {
        reading = false;
        return b as { bank: { stories: unknown[] } } | null;
      });
      const during: number[] = [];
      while (reading) during.push(await hoverTime(client, open));
      const whole = performance.now() - start;
      expect((await read)?.bank.stories.length).toBe(300);
      // Read in one step, the stories would hold one hover for nearly the whole reading; in slices, each hover waits
      // a slice or two. Measured against this very reading, so a slow machine slows both alike.
      expect(during.length).toBeGreaterThan(2);
      expect(Math.max(...during)).toBeLessThan(whole / 2);
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
    record({ area: 'server', input: 'the story bank read for the first time over 300 stories on disk, with hovers on the open story', cases: 1, result: 'the stories are read in slices: hovers are answered while the bank is read' });
  });

  test(`more than ${MAX_STORIES_FOUND} stories: the first ${MAX_STORIES_FOUND} are read and one message says so, not one per pass`, { timeout: 120_000 }, async () => {
    const many = mkdtempSync(join(scratch, 'star-lsp-many-'));
    for (let i = 0; i <= MAX_STORIES_FOUND; i++) writeFileSync(join(many, `story-${i}.star.md`), '');
    const client = await startClient({ root: many, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      expect((await pullTwice(client)).length).toBe(MAX_STORIES_FOUND);
      expect(client.messages.filter((m) => m.includes('first'))).toEqual([
        `Star Coach shows findings for the first ${MAX_STORIES_FOUND.toLocaleString('en')} stories in the workspace only; leave folders out with "ignores" in .starcoach.json to choose which.`,
      ]);
    } finally {
      await client.stop();
      rmSync(many, { recursive: true, force: true });
    }
    record({ area: 'server', input: `${MAX_STORIES_FOUND + 1} stories in one folder, pulled twice`, cases: 1, result: `the first ${MAX_STORIES_FOUND} are read; one message names the cap` });
  });

  test(`folders more than ${MAX_FOLDER_DEPTH} levels deep: not read, and one log line says so, not one per pass`, async () => {
    const deep = mkdtempSync(join(tmpdir(), 'star-lsp-deep-'));
    const folder = (depth: number) => join(deep, ...Array.from({ length: depth }, (_, i) => `level-${i + 1}`));
    mkdirSync(folder(MAX_FOLDER_DEPTH + 1), { recursive: true });
    writeFileSync(join(folder(MAX_FOLDER_DEPTH), 'kept.star.md'), WEAK);
    writeFileSync(join(folder(MAX_FOLDER_DEPTH + 1), 'too-deep.star.md'), WEAK);
    const client = await startClient({ root: deep, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      expect(await pullTwice(client)).toEqual([pathToFileURL(join(folder(MAX_FOLDER_DEPTH), 'kept.star.md')).href]);
      expect(client.logs.filter((l) => l.includes('levels'))).toEqual([
        `Star Coach does not look for stories in folders more than ${MAX_FOLDER_DEPTH} levels below a workspace folder; a story there is still coached when opened.`,
      ]);
    } finally {
      await client.stop();
      rmSync(deep, { recursive: true, force: true });
    }
    record({ area: 'server', input: `a story ${MAX_FOLDER_DEPTH + 1} folders deep, pulled twice`, cases: 1, result: 'not read; one log line names the cap' });
  });
});
