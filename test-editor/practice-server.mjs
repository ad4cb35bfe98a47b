// What the Practice view must show for a folder, from the built language server over stdio (the same requests the
// view's host sends; test/practice-server.test.ts holds them to the core): the quiz and the drill.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export async function practiceOf(folder) {
  const proc = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  connection.listen();
  try {
    const root = pathToFileURL(resolve(folder)).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    for (const t0 = Date.now(); Date.now() - t0 < 20000; await new Promise((r) => setTimeout(r, 100))) {
      const quiz = await connection.sendRequest('starCoach/quiz');
      if (quiz) return { quiz, drill: await connection.sendRequest('starCoach/drill') };
    }
    throw new Error('the server never answered the quiz');
  } finally {
    proc.kill();
  }
}

if (process.argv[2]) console.log(JSON.stringify(await practiceOf(process.argv[2]), null, 1));
