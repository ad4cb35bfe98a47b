// The word index in front of the reading's patterns (core/language/prefilter.ts) must never leave out a pattern that
// matches: on every sentence of every story in the repository, each pattern that matches is among the candidates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { COMPETENCY_EVIDENCE } from '../server/src/core/evidence';
import { EXAMPLE_STORIES } from '../server/src/core/example-stories';
import { anchorsOf, anchorTable, fingerprintOf, PatternIndex } from '../server/src/core/language/prefilter';
import { READING_PATTERNS } from '../server/src/core/review';
import { BOUNDARY_INDEX } from '../server/src/core/rules/missing-scope-boundary';
import { squeezeSpaces } from '../server/src/core/text';

const ROOT = join(__dirname, '..');
function storiesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.star.md'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

describe('anchors read from a pattern', () => {
  test.each([
    [/\b(?:root cause|traced (?:it|them) to|turned out)\b/, ['root', 'traced', 'turned']],
    [/\bi (?:pushed back|argued)\b/, ['pushed', 'argued*']], // the rarer words are chosen over "i"; a word last in its group is read as a beginning, to be safe
    [/\bapologi[sz]ed\b/, ['apologi*']], // a word's beginning, up to the class (`*`: any word that begins so)
    [/\bre(?:boot|start)ed\b/, ['re*']],
    [/\b(?:the )?rollback\b/, ['rollback']], // past an optional word, still at a word's start
    [/\bcancell?ed\b/, ['cancel*']],
    [/[\w'’-]+,? not (?:mine|ours)\b/, ['mine*', 'ours*']],
    [/\w+ed out\b/, ['out']], // "ed" is the middle of a word; "out" follows a space
    [/\bvs\.? the\b/, ['vs*']],
  ])('%s', (pattern, anchors) => expect(anchorsOf(pattern)?.sort()).toEqual([...anchors].sort()));

  test.each([
    /\d+%/, // no word at all
    /ed\b/, // the end of a word, wherever it starts
    /\b(?:\w+ )?(?:team)?s\b/,
  ])('%s has none, and is always tried', (pattern) => {
    expect(anchorsOf(pattern)).toBeNull();
    expect(new PatternIndex([pattern]).candidates('anything at all')[0]).toBe(1);
  });

  test('a sentence without any of a pattern\'s words is not tried on it; one with them is', () => {
    const index = new PatternIndex([/\b(?:root cause|traced (?:it|them) to)\b/, /\bmy (?:mistake|fault)\b/]);
    expect([...index.candidates('we traced it to a stale cache')]).toEqual([1, 0]);
    expect([...index.candidates('it was my fault')]).toEqual([0, 1]);
    expect([...index.candidates('the fix held')]).toEqual([0, 0]);
    expect(index.some('the root cause was a retry loop')).toBe(true);
    expect(index.some('the roots of the tree')).toBe(false);
    // A whole word is a whole word; a beginning is a beginning.
    const words = new PatternIndex([/\bone (?:team|group)\b/, /\bre(?:boot|start)ed\b/]);
    expect([...words.candidates('the ones we restarted')]).toEqual([0, 1]);
    expect([...words.candidates('one group')]).toEqual([1, 0]);
  });
});

describe('the index never leaves out a pattern that matches', () => {
  const texts = [
    ...storiesUnder(join(ROOT, 'test-fixtures')),
    ...storiesUnder(join(ROOT, 'samples')),
    ...EXAMPLE_STORIES.map((e) => e.text),
  ];
  const sentences = new Set<string>();
  for (const text of texts) {
    const { story } = analyze(text);
    for (const s of story.sentences) {
      const t = squeezeSpaces(story.spokenLower.slice(s.start, s.end));
      sentences.add(t);
      sentences.add(t.replace(/n't\b/g, ' not').replace(/\bcannot\b/g, 'can not'));
    }
  }
  for (const signals of Object.values(COMPETENCY_EVIDENCE)) for (const s of signals.signals) for (const e of s.examples.credits) sentences.add(e.toLowerCase());

  test.each([['the reading\'s evidence and scope', READING_PATTERNS], ['the scope boundary', BOUNDARY_INDEX]] as const)('%s', (_, index) => {
    expect(sentences.size).toBeGreaterThan(5000);
    const missed: string[] = [];
    let skipped = 0;
    for (const sentence of sentences) {
      const may = index.candidates(sentence);
      index.patterns.forEach((p, id) => {
        if (may[id] === 0) skipped++;
        if (p.test(sentence) && may[id] !== 1) missed.push(`${p.source.slice(0, 60)} on "${sentence}"`);
      });
    }
    expect(missed).toEqual([]);
    // And it earns its place: most patterns are not tried on most sentences.
    expect(skipped / (sentences.size * index.patterns.length)).toBeGreaterThan(0.6);
  });
});

describe('the anchors read at build time', () => {
  const patterns = [/\b(?:root cause|traced (?:it|them) to)\b/, /\bmy (?:mistake|fault)\b/, /\d+%/];
  const sentences = ['we traced it to a stale cache', 'it was my fault', 'the fix held', 'up 40%'];
  const computed = (index: PatternIndex) => sentences.map((t) => [...index.candidates(t)]);

  test('a table read from the same patterns gives the same candidates as parsing them', () => {
    const fromTable = new PatternIndex(patterns, 'probe', { probe: { fingerprint: fingerprintOf(patterns), anchors: patterns.map(anchorsOf) } });
    expect(computed(fromTable)).toEqual(computed(new PatternIndex(patterns)));
  });

  test('a table read from other patterns is not used: the patterns are parsed', () => {
    // Anchors that would hide every pattern, under the fingerprint of a list one pattern shorter.
    const stale = { probe: { fingerprint: fingerprintOf(patterns.slice(0, 2)), anchors: [['zzz'], ['zzz'], ['zzz']] } };
    expect(computed(new PatternIndex(patterns, 'probe', stale))).toEqual(computed(new PatternIndex(patterns)));
    expect(fingerprintOf([/a/])).not.toBe(fingerprintOf([/b/]));
    expect(fingerprintOf([/a/])).not.toBe(fingerprintOf([/a/i]));
  });

  test('the CLI and the server carry the table of the patterns as they are now', () => {
    const table = anchorTable();
    expect(Object.keys(table).sort()).toEqual(['boundary', 'reading']);
    expect(table.reading.fingerprint).toBe(fingerprintOf(READING_PATTERNS.patterns));
    for (const bundle of ['cli.js', 'server.js']) {
      const text = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
      for (const row of Object.values(table)) expect(text, bundle).toContain(row.fingerprint);
    }
  });
});
