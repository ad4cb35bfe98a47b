// The clause reader against its table of sentences and expected readings (test-fixtures/language/clauses.tsv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readClauses, REPORTING, STATE_VERBS } from '../server/src/core/language/clauses';
import { pastTense, verbLemma } from '../server/src/core/language/lexicon';
import { HANDING } from '../server/src/core/rules/assigned-work';
import { OWN_FIX, ROUTE } from '../server/src/core/rules/routing-not-ownership';
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

test('every verb a rule or the clause reader keys on is recognized in its past tense ("roped" is rope, "tapped" is tap)', () => {
  const lists: Record<string, Iterable<string>> = {
    'routing-not-ownership ROUTE': Object.keys(ROUTE), 'routing-not-ownership OWN_FIX': OWN_FIX, 'assigned-work HANDING': Object.keys(HANDING),
    'clauses REPORTING': REPORTING, 'clauses STATE_VERBS': STATE_VERBS,
  };
  const unknown: string[] = [];
  for (const [name, words] of Object.entries(lists)) {
    for (const w of words) if (w !== 'cc' && verbLemma(pastTense(w)) !== w) unknown.push(`${name}: ${w} → ${pastTense(w)} → ${verbLemma(pastTense(w))}`);
  }
  expect(unknown).toEqual([]);
});
