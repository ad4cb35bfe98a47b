// Messages a user reads: no "who …?" question and no quoted fragment cut off on a function word, on every fixture and
// on the benchmark's generated corpus.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { garbled } from './support/messages';
import { FIXTURES_DIR, listFixtures, readFixture } from './support/fixtures';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../bench/generate.mjs';

const dir = mkdtempSync(join(tmpdir(), 'star-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function badMessages(name: string, text: string, config = {}) {
  return analyze(text, config).diagnostics.flatMap((d) => {
    const why = garbled(d.message);
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
