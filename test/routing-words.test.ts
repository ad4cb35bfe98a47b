// Every routing verb of ROUTE_ENTRIES (rules/routing-not-ownership.ts): the sentence it says it flags, alone in the
// Action of an Ownership story, is routing; its near miss, the same verb with another object or reading, is not.
import { expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { ROUTE_ENTRIES } from '../server/src/core/rules/routing-not-ownership';

const routed = (sentence: string) => analyze(`---\ncompetencies: [Ownership]\n---\n## Action\n${sentence}\n`).diagnostics.some((d) => d.rule === 'routing-not-ownership');

test('no verb is written twice, and each has examples both ways', () => {
  const verbs = ROUTE_ENTRIES.map((e) => e.verb);
  expect(verbs.filter((v, i) => verbs.indexOf(v) !== i)).toEqual([]);
  for (const e of ROUTE_ENTRIES) expect([e.flags.length > 0, e.allows.length > 0], e.verb).toEqual([true, true]);
});

test.each(ROUTE_ENTRIES.flatMap((e) => e.flags.map((s) => [e.verb, s])))('%s flags: %s', (_verb, sentence) => expect(routed(sentence)).toBe(true));
test.each(ROUTE_ENTRIES.flatMap((e) => e.allows.map((s) => [e.verb, s])))('%s allows: %s', (_verb, sentence) => expect(routed(sentence)).toBe(false));
