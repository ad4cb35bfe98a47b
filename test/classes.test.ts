// The shared word classes as data (server/src/core/language/classes.ts): every example reads as it says, no class
// holds a word twice, every verb class holds verbs the lexicon lemmatizes, and every class is used by the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, RULE_IDS } from '../server/src/core';
import { WORD_CLASSES, wordSet, type ClassExample, type WordClass } from '../server/src/core/language/classes';
import { readClauses } from '../server/src/core/language/clauses';
import { pastTense, verbLemma } from '../server/src/core/language/lexicon';
import { splitSentences, tokenize } from '../server/src/core/language/tokens';

const HEADING: Record<string, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection' };
const classes = Object.entries(WORD_CLASSES) as [string, WordClass][];

function reading(sentence: string): string {
  return readClauses(splitSentences(tokenize(sentence))[0])
    .filter((c) => c.verb)
    .map((c) => `${c.kind}/${c.actor}/${c.lemma}${c.state ? '+state' : ''}${c.passive ? '+passive' : ''}`)
    .join(' ');
}

function flagged(example: ClassExample, sentence: string): boolean {
  const front = example.competencies ? `---\ncompetencies: ${JSON.stringify(example.competencies)}\n---\n\n` : '';
  const text = example.section === 'followups' ? `## Follow-ups\n\n### Why?\n\n${sentence}\n` : `## ${HEADING[example.section ?? 'action']}\n\n${sentence}\n`;
  return analyze(front + text).diagnostics.some((d) => d.rule === example.rule);
}

test('the classes are there, each with a line on what it is for and at least one example', () => {
  expect(classes.length).toBeGreaterThanOrEqual(25);
  for (const [name, c] of classes) {
    expect(c.doc.length, name).toBeGreaterThan(20);
    expect(c.examples.length, name).toBeGreaterThan(0);
  }
});

test('no class holds a word twice, and every word is lower case with straight apostrophes', () => {
  const bad: string[] = [];
  for (const [name, c] of classes) {
    const words = c.words.trim().split(/\s+/);
    words.forEach((w, i) => {
      if (words.indexOf(w) !== i) bad.push(`${name}: "${w}" twice`);
      if (w !== w.toLowerCase() || /[’‘]/.test(w)) bad.push(`${name}: "${w}" is not lower case with straight apostrophes`);
    });
  }
  expect(bad).toEqual([]);
});

test('every verb class holds dictionary forms the lexicon knows, in their past tense too', () => {
  const unknown: string[] = [];
  for (const [name, c] of classes.filter(([, c]) => c.verbs)) {
    for (const w of wordSet(name as keyof typeof WORD_CLASSES)) {
      if (verbLemma(w) !== w && !wordSet('baseFormNotAVerb').has(w)) unknown.push(`${name}: ${w} → ${verbLemma(w)}`);
      if (w !== 'be' && verbLemma(pastTense(w)) !== w) unknown.push(`${name}: ${w} → ${pastTense(w)} → ${verbLemma(pastTense(w))}`);
    }
  }
  expect(unknown).toEqual([]);
});

// A verb class is read by the lexicon as a whole (every verb it knows); the others must be named where they are used.
test('every class is used by the code, through wordSet, wordAlternation or wordTest', () => {
  const root = join(__dirname, '..', 'server', 'src', 'core');
  const sources = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('classes.ts'))
    .map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const unused = classes.filter(([, c]) => !c.verbs).map(([name]) => name).filter((name) => !new RegExp(`word(?:Set|Alternation|Test)\\('${name}'\\)`).test(sources));
  expect(unused).toEqual([]);
});

describe.each(classes)('%s', (_name, c) => {
  const readings = c.examples.flatMap((e) => e.reads ?? []);
  const ruled = c.examples.filter((e) => e.rule);
  test('names a rule the catalog has', () => {
    for (const e of ruled) expect(RULE_IDS).toContain(e.rule);
  });
  if (readings.length) {
    test.each(readings)('reads: %s', (sentence, expected) => {
      expect(reading(sentence)).toBe(expected);
    });
  }
  for (const e of ruled) {
    if (e.flags?.length) {
      test.each(e.flags)(`${e.rule} flags: %s`, (sentence) => expect(flagged(e, sentence)).toBe(true));
    }
    if (e.allows?.length) {
      test.each(e.allows)(`${e.rule} allows: %s`, (sentence) => expect(flagged(e, sentence)).toBe(false));
    }
  }
});
