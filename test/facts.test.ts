// The facts reader (server/src/core/facts.ts): every example sentence reads the figures, names and roles it lists.
import { expect, test } from 'vitest';
import { parseStory } from '../server/src/core/story';
import { FACT_EXAMPLES, agree, factLine, sameMeasure, storyFacts, storyNames, type Fact } from '../server/src/core/facts';

const HEADING = { situation: 'Situation', result: 'Result' } as const;
const story = (sentence: string, section: 'situation' | 'result' = 'result') => parseStory(`# T\n\n## ${HEADING[section]}\n\n${sentence}\n`);
const line = (f: Fact) => `${factLine(f)}: ${f.keys.join(' ')}`;

test.each(FACT_EXAMPLES.map((e) => [e.sentence, e] as const))('%s', (sentence, e) => {
  const s = story(sentence, e.section);
  const facts = storyFacts(s);
  if (e.figures) expect(facts.filter((f) => f.kind === 'figure' || f.kind === 'people').map(line)).toEqual(e.figures);
  if (e.names) expect(storyNames(s).map((n) => n.key)).toEqual(e.names);
  if (e.roles) expect(facts.filter((f) => f.kind === 'role').map((f) => f.text)).toEqual(e.roles);
  if (e.backdrop) expect(storyNames(s).filter((n) => n.backdrop).map((n) => n.key)).toEqual(e.backdrop);
});

const fact = (sentence: string) => storyFacts(story(sentence)).find((f) => f.kind !== 'year')!;

test('two figures of one measure agree when they share a value, and do not when they share none', () => {
  const cut40 = fact('Checkout p99 latency fell by 40%.');
  const cut25 = fact('I cut checkout p99 latency by 25%.');
  expect(sameMeasure(cut40, cut25)).toBe(true);
  expect(agree(cut40, cut25)).toBe(false);
  expect(agree(fact('Latency went from 900 ms to 300 ms.'), fact('Latency was 300 ms after the change.'))).toBe(true);
  expect(agree(fact('It took about 40 days.'), fact('It took 44 days.'))).toBe(true);
  expect(agree(fact('It took 40 days.'), fact('It took 44 days.'))).toBe(false);
  // With no word for what it measures, the words around it say: "a 40% cut" and "a 25% cut".
  expect(sameMeasure(fact('It was a 40% cut.'), fact('That made a 25% cut.'))).toBe(true);
});

test('figures of different things are not compared: another unit, another measure, a p50 against a p99', () => {
  expect(sameMeasure(fact('Latency fell by 40%.'), fact('Latency fell by 40 ms.'))).toBe(false);
  expect(sameMeasure(fact('Error rate fell by 40%.'), fact('Cloud spend fell by 25%.'))).toBe(false);
  expect(sameMeasure(fact('p50 latency fell by 40%.'), fact('p99 latency fell by 25%.'))).toBe(false);
  expect(sameMeasure(fact('p99 latency fell by 40%.'), fact('Latency fell by 25%.'))).toBe(false);
  expect(sameMeasure(fact('I led four engineers.'), fact('The data science team had three engineers.'))).toBe(false);
  expect(sameMeasure(fact('It took us about 30 days.'), fact('It took about 60 days.'))).toBe(false);
});

test('one measure written two ways is compared as one: weeks and months, a rate a year and a month, the author\'s team', () => {
  expect(sameMeasure(fact('The six-week migration ended early.'), fact('The migration took four months.'))).toBe(true);
  expect(agree(fact('The six-week migration ended early.'), fact('The migration took four months.'))).toBe(false);
  expect(agree(fact('It recovered about $480K a year.'), fact('It recovered roughly $40K a month.'))).toBe(true);
  expect(sameMeasure(fact('I was leading six engineers.'), fact('Our team of 9 engineers shipped it.'))).toBe(true);
  expect(agree(fact('Builds went from 12 minutes to 3.'), fact('Builds went from twelve minutes to about six.'))).toBe(false);
  expect(agree(fact('The monthly bill fell by 40%.'), fact('The monthly bill fell by roughly a quarter.'))).toBe(false);
  expect(agree(fact('The monthly bill fell by a third.'), fact('The monthly bill fell by 33%.'))).toBe(true);
});

test('a word spelled like a property every object has ("constructor", "toString") is read as the word it is', () => {
  const facts = storyFacts(story('I removed 3 constructor calls and 2 toString overrides, and 4 valueOf hacks.'));
  expect(facts.map((f) => [f.text, f.unit, f.values])).toEqual([
    ['3 constructor calls', 'constructor call', [3]],
    ['2 toString overrides', 'tostring override', [2]],
    ['4 valueOf hacks', 'valueof hack', [4]],
  ]);
});
