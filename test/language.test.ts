// The clause reader against its table of sentences and expected readings (test-fixtures/language/clauses.tsv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readClauses } from '../server/src/core/language/clauses';
import { splitSentences, tokenize } from '../server/src/core/language/tokens';

const rows = readFileSync(join(__dirname, '..', 'test-fixtures', 'language', 'clauses.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

function reading(sentence: string): string {
  return readClauses(splitSentences(tokenize(sentence))[0])
    .filter((c) => c.verb)
    .map((c) => `${c.kind}/${c.actor}/${c.lemma}${c.state ? '+state' : ''}${c.passive ? '+passive' : ''}`)
    .join(' ');
}

test('the table is large enough to mean something', () => {
  expect(rows.length).toBeGreaterThanOrEqual(35);
});

test.each(rows)('%s', (sentence, expected) => {
  expect(reading(sentence)).toBe(expected);
});
