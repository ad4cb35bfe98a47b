// Messages a user reads: no "who …?" question and no quoted fragment cut off on a function word, on every fixture and
// on the benchmark's generated corpus.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { cutInSource, garbled } from './support/messages';
import { FIXTURES_DIR, listFixtures, readFixture } from './support/fixtures';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../bench/generate.mjs';

const dir = mkdtempSync(join(tmpdir(), 'star-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function badMessages(name: string, text: string, config = {}) {
  return analyze(text, config).diagnostics.flatMap((d) => {
    const why = garbled(d.message) ?? cutInSource(d.message, text, d.span.start);
    return why ? [`${name}:${d.range.start.line + 1} ${d.rule} (${why}): ${d.message}`] : [];
  });
}

test('the checker catches what it is meant to catch, and passes whole phrases', () => {
  expect(garbled('“We” hides what you did: who traced the drain to the? Say what you did, with “I”.')).toBe('question cut short');
  expect(garbled('“Our crew” hides what you did: who wanted? Say what you did, with “I”.')).toBe('one-word question');
  expect(garbled("“We” hides what you did: who 'd have a demo? Say it.")).toBe('split contraction');
  expect(garbled('“so I closed the issue that” assumes success.')).toBe('quote cut short');
  expect(garbled('“We” hides what you did: who dug in? Say what you did, with “I”.')).toBeUndefined();
  expect(garbled('“We” hides what you did: who traced the drain to a race? Say what you did.')).toBeUndefined();
});

test('the checker reads a question against the story it came from: no phrase the story goes on with is cut in half', () => {
  const story = 'We rolled it out clinic by clinic over a month. We automated half of the manual test cases. We traced the drain to a race.';
  const who = (q: string) => `“We” hides what you did: who ${q}? Say what you did, with “I”.`;
  expect(cutInSource(who('rolled it out clinic'), story, 0)).toBe('pair cut in half');
  expect(cutInSource(who('automated half of the manual'), story, 0)).toBe('phrase cut short');
  expect(cutInSource(who('rolled it out clinic by clinic'), story, 0)).toBeUndefined();
  expect(cutInSource(who('automated half of the manual test cases'), story, 0)).toBeUndefined();
  expect(cutInSource(who('traced the drain'), story, 0)).toBeUndefined();
});

test('no fixture has a message cut short', () => {
  const bad = listFixtures().flatMap((f) => {
    const fx = readFixture(f);
    return badMessages(relative(FIXTURES_DIR, f), fx.text, fx.config);
  });
  expect(bad).toEqual([]);
});

test('no story of the generated corpus has a message cut short', () => {
  const { stories } = generate(dir, 300, 11, []);
  const files = readdirSync(stories).sort();
  expect(files.length).toBe(300);
  const bad = files.flatMap((f) => badMessages(f, readFileSync(join(stories, f), 'utf8')));
  expect(bad).toEqual([]);
});
