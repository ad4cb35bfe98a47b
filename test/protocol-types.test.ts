// The custom requests are typed (protocol.ts: a method name that carries its parameter and result types): a wrong
// parameter or result does not compile, on either side. `npm run typecheck` checks the lines marked @ts-expect-error
// below: each must be an error, so a request that lost its types fails the type check. At run time a request is its
// method name, and the client's light bundle carries no JSON-RPC library for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Connection } from 'vscode-languageserver';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnswerRequest, CoachingRequest, onRequest, sendRequest, ServerInfoRequest, StoryTimingRequest, type StoryTimingResult } from '../server/src/protocol';

/** Never called: only compiled. */
export function typedOnBothSides(client: LanguageClient, connection: Connection) {
  void sendRequest(client, StoryTimingRequest, { uri: 'file:///a.star.md' });
  const timing: Promise<StoryTimingResult | null> = sendRequest(client, StoryTimingRequest, { uri: 'file:///a.star.md' });
  void timing;
  // @ts-expect-error: a uri is a string
  void sendRequest(client, StoryTimingRequest, { uri: 1 });
  // @ts-expect-error: the coaching request needs the cursor's position
  void sendRequest(client, CoachingRequest, { uri: 'file:///a.star.md' });
  // @ts-expect-error: a parameter the request does not take
  void sendRequest(client, AnswerRequest, { uri: 'file:///a.star.md', rate: 140 });
  // @ts-expect-error: the result is the timing, not a number
  const wrong: Promise<number> = sendRequest(client, StoryTimingRequest, { uri: 'file:///a.star.md' });
  void wrong;
  onRequest(connection, ServerInfoRequest, () => ({ pid: 1, version: 'dev' }));
  // @ts-expect-error: a handler must give the request's result
  onRequest(connection, ServerInfoRequest, () => ({ pid: 'one' }));
  // @ts-expect-error: the answer request's parameters have no position
  onRequest(connection, AnswerRequest, (params) => params.position && null);
}

describe('typed requests', () => {
  test('at run time each request is its method name', () => {
    expect([StoryTimingRequest, ServerInfoRequest, CoachingRequest, AnswerRequest]).toEqual(['starCoach/storyTiming', 'starCoach/serverInfo', 'starCoach/coaching', 'starCoach/answer']);
  });

  test('the client bundle that activates carries no JSON-RPC library for them', () => {
    // The global setup builds dist/ before this runs.
    const extension = readFileSync(join(__dirname, '..', 'dist', 'extension.js'), 'utf8');
    expect(extension).toContain('starCoach/storyTiming');
    expect(extension).not.toMatch(/vscode-jsonrpc|class RequestType|ParameterStructures/);
  });
});
