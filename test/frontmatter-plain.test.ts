// The front matter's quick reader (`readPlain`, for blocks of plain `key: value` and `key: [a, b]` lines) must read
// exactly what the YAML library reads, values and spans alike, or leave the block to the library. Checked on generated
// blocks full of what trips a hand-written reader (colons, quotes, `#`, numbers, booleans, brackets, odd white space,
// CRLF), and on every story the project keeps; and it must be the path nearly every real story takes, or it saves nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFrontMatter, readPlain } from '../server/src/core/frontmatter';
// @ts-expect-error: a plain .mjs script without types
import { story as generatedStory } from '../bench/generate.mjs';

const key = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('question', 'level', 'competencies', 'aim', 'title', 'x', 'team-size', 'a_b', 'yes', 'on') }, fc.constantFrom('null', 'True', 'Über', '1st', ' level', 'level'));
const colon = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(': ', ':  ') }, fc.constantFrom(':', ':\t', ' : ', ': \t'));
const ALPHABET = ['a', 'B', 'z', ' ', ' ', '1', '0', ':', '#', '[', ']', '{', '}', ',', '"', "'", '&', '*', '!', '|', '>', '%', '@', '`', '?', '-', '.', '~', 'é', 'ß', '😀', '\u00a0', '\u2028', '\u200b', '\t', '\\'];
const chars = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }).map((a) => a.join(''));
const word = fc.constantFrom('Ownership', 'Dive Deep', 'senior', 'true', 'False', 'NULL', 'null', '~', 'yes', 'no', '12', '0x1F', '.inf', 'Tell me about a time you failed', "didn't ship", 'a "quoted" word', 'x: y', 'a #b', 'a#b', 'Über', 'é', '- item', '? q', '*alias', '&anchor', '!tag', '|', '>', '');
/** Text the quick reader should take: words, spaces, apostrophes, letters from other alphabets. */
const NICE = ['Ownership', 'Dive Deep', 'senior', "didn't", 'é', 'Über', '😀', 'a', 'B', ' ', '  ', '(x)', 'q?', 'a-b', 'x.y', '&', '!', '%', 'truer', 'nullify'];
const nice = fc.tuple(fc.constantFrom('Ownership', 'senior', 'é', 'Tell', 'x'), fc.array(fc.constantFrom(...NICE), { maxLength: 4 })).map(([first, rest]) => first + rest.join(''));
const scalar = fc.oneof({ weight: 8, arbitrary: nice }, { weight: 1, arbitrary: word }, { weight: 1, arbitrary: chars }, { weight: 1, arbitrary: fc.tuple(word, chars).map(([a, b]) => a + b) });
const list = fc.tuple(fc.array(scalar, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , ', ',  '), fc.constantFrom('', ' ')).map(([items, sep, pad]) => `[${pad}${items.join(sep)}${pad}]`);
const trailing = fc.constantFrom('', '', '', '', ' ', '  ', ' # note', '\t');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, colon, fc.oneof(scalar, list), trailing).map(([k, c, v, t]) => `${k}${c}${v}${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '', '# a comment', '  - indented', 'key', '- item', '  level: senior') },
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r');
const body = fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 4 }).map((ls) => ls.map(([l, e], i) => l + (i < ls.length - 1 ? e : '')).join(''));

const withBody = (yaml: string) => `---\n${yaml}\n---\n# A story\n`;

/** The block read both ways: by the quick reader when it takes it (undefined when it does not) and by the library. */
function bothWays(text: string) {
  const library = readFrontMatter(text, false)!;
  const plain = readPlain(text.slice(library.body.start, library.body.end), library.body.start);
  return { plain, library };
}

describe('readPlain reads what the YAML library reads, or leaves the block to it', () => {
  test('generated blocks: same values, same spans, and never a block the library finds fault with', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(body, (yaml) => {
        runs++;
        const { plain, library } = bothWays(withBody(yaml));
        if (!plain) return;
        taken++;
        expect(library.problems).toEqual([]);
        expect(plain.data).toEqual(library.data);
        expect(plain.valueSpans).toEqual(library.valueSpans);
        expect(plain.itemSpans).toEqual(library.itemSpans);
      }),
      { numRuns: 3000, seed: 14 },
    );
    // Both paths are exercised: a generator the quick reader always refused would prove nothing.
    expect(taken / runs).toBeGreaterThan(0.1);
    expect(taken / runs).toBeLessThan(0.9);
  });

  test.each([
    ['question: Tell me about a time you failed\nlevel: senior\ncompetencies: [Ownership, Dive Deep]', true],
    ["question: Tell me about a time you didn't agree  \n\ncompetencies: []", true],
    ['question: Tell me: what failed?', false],
    ['level: senior # staff next year', false],
    ['level: 3', false],
    ['aim: true', false],
    ['level: senior\nlevel: staff', false],
    ['competencies: [Ownership, "Are Right, A Lot"]', false],
    ['competencies:\n  - Ownership', false],
    ['question:', false],
  ])('%j: read quickly %s, and as the library reads it', (yaml, quick) => {
    const text = withBody(yaml).replace(/\n/g, '\r\n');
    const { plain, library } = bothWays(text);
    expect(plain !== undefined).toBe(quick);
    if (plain) expect({ ...plain }).toEqual({ data: library.data, valueSpans: library.valueSpans, itemSpans: library.itemSpans });
    // What an analysis gets (quick path first, then the cache) is what the library reads.
    const read = readFrontMatter(text)!;
    expect([read.data, read.valueSpans, read.itemSpans, read.problems]).toEqual([library.data, library.valueSpans, library.itemSpans, library.problems]);
  });

  test('the stories the project keeps and the benchmark writes: read alike, and nearly all by the quick reader', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.star.md')) files.push(p);
      }
    };
    for (const dir of ['samples', 'test-fixtures', 'test-editor/workspace']) walk(dir);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 200; i++) texts.push(generatedStory(random, i));
    let blocks = 0;
    let quick = 0;
    for (const text of texts) {
      const library = readFrontMatter(text, false);
      if (!library) continue;
      blocks++;
      const { plain } = bothWays(text);
      if (!plain) continue;
      quick++;
      expect({ ...plain }).toEqual({ data: library.data, valueSpans: library.valueSpans, itemSpans: library.itemSpans });
    }
    expect(blocks).toBeGreaterThan(300);
    expect(quick / blocks).toBeGreaterThan(0.9);
  });
});
