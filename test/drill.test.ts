// The drill's schedule (core/drill.ts): each grade schedules a card as ts-fsrs says, called directly with the same
// parameters; due order and the limit on new questions; the practice file's text round trips, and every kind of bad
// input is named; a story's readings are kept only when they change, and capped.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_NEW_LIMIT,
  DRILL_PARAMETERS,
  drillId,
  dueCount,
  dueItems,
  emptyPractice,
  gradeItem,
  MAX_HISTORY,
  MAX_LOG,
  nextDue,
  parsePractice,
  recordReading,
  serializePractice,
  whenDue,
  type DrillItem,
  type DrillRating,
  type PracticeState,
} from '../server/src/core/drill';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DAY = 24 * 60;
const item = (story: string, question: string): DrillItem => ({ id: drillId(story, question), story, question });
const WE = item('stories/cache.star.md', 'You said "we": what did you do yourself?');
const METRIC = item('stories/cache.star.md', 'How did you measure the 40%?');
const ALT = item('stories/webhook.star.md', 'What else did you consider?');

// The library on its own, with the parameters the issue asks for: FSRS's defaults, fuzz off.
const library = fsrs(generatorParameters({ enable_fuzz: false }));
const RATINGS: Array<[DrillRating, Grade]> = [['again', Rating.Again], ['hard', Rating.Hard], ['good', Rating.Good], ['easy', Rating.Easy]];

/** The card fields a practice card keeps, as the library's card serializes them. */
function asJson(card: Card) {
  return JSON.parse(JSON.stringify({ due: card.due, last_review: card.last_review, stability: card.stability, difficulty: card.difficulty, elapsed_days: card.elapsed_days, scheduled_days: card.scheduled_days, learning_steps: card.learning_steps, reps: card.reps, lapses: card.lapses, state: card.state }));
}
function cardFields(state: PracticeState, id: string) {
  const { story: _s, question: _q, log: _l, ...fields } = state.cards[id];
  return fields;
}

describe('drillId', () => {
  test('is the story, #, and the question with its spacing and case normalized', () => {
    expect(drillId('stories/a.star.md', '  How did you\n  MEASURE\tit? ')).toBe('stories/a.star.md#how did you measure it?');
    expect(drillId('stories/a.star.md', 'How did you measure it?')).toBe(drillId('stories/a.star.md', 'how did  you\nmeasure it?'));
    expect(drillId('stories/a.star.md', 'How did you measure it?')).not.toBe(drillId('stories/b.star.md', 'How did you measure it?'));
  });
});

describe('the schedule is what ts-fsrs gives', () => {
  test('the parameters are the library defaults with fuzz off', () => {
    expect(DRILL_PARAMETERS).toEqual(generatorParameters({ enable_fuzz: false }));
    expect(DRILL_PARAMETERS.enable_fuzz).toBe(false);
  });

  test.each(RATINGS)('%s on a new card', (rating, grade) => {
    const state = gradeItem(emptyPractice(), WE, rating, T0);
    expect(cardFields(state, WE.id)).toEqual(asJson(library.next(createEmptyCard(T0), T0, grade).card));
    expect(state.cards[WE.id]).toMatchObject({ story: WE.story, question: WE.question, log: [{ at: T0.toISOString(), rating }] });
  });

  test.each(RATINGS)('%s on a card in review, graded when due', (rating, grade) => {
    // Good, then good when due, puts the card in review (learning step, then days).
    let state = gradeItem(emptyPractice(), WE, 'good', T0);
    const learning = new Date(state.cards[WE.id].due);
    state = gradeItem(state, WE, 'good', learning);
    const reviewDue = new Date(state.cards[WE.id].due);
    expect(state.cards[WE.id].state).toBe(2);
    state = gradeItem(state, WE, rating, reviewDue, 42.26);

    let card = library.next(createEmptyCard(T0), T0, Rating.Good).card;
    card = library.next(card, learning, Rating.Good).card;
    expect(card.due).toEqual(reviewDue);
    card = library.next(card, reviewDue, grade).card;
    expect(cardFields(state, WE.id)).toEqual(asJson(card));
    expect(state.cards[WE.id].log.map((g) => g.rating)).toEqual(['good', 'good', rating]);
    expect(state.cards[WE.id].log[2]).toEqual({ at: reviewDue.toISOString(), rating, seconds: 42.3 });
  });

  test('a card read back from the file schedules as the one in memory', () => {
    let state = gradeItem(emptyPractice(), WE, 'good', T0);
    state = gradeItem(state, WE, 'good', at(10));
    const reread = parsePractice(serializePractice(state)).state;
    const when = at(5 * DAY);
    expect(gradeItem(reread, WE, 'hard', when)).toEqual(gradeItem(state, WE, 'hard', when));
  });

  test('the same grades at the same times give the same schedule', () => {
    const run = () => (['good', 'good', 'again', 'good', 'easy'] as DrillRating[]).reduce((s, r, i) => gradeItem(s, METRIC, r, at(i * 3 * DAY)), emptyPractice());
    expect(serializePractice(run())).toBe(serializePractice(run()));
  });

  test('a card graded again comes back sooner than one graded easy, and hard and good in between', () => {
    let base = gradeItem(emptyPractice(), WE, 'good', T0);
    base = gradeItem(base, WE, 'good', at(10));
    const when = new Date(base.cards[WE.id].due);
    const due = (r: DrillRating) => Date.parse(gradeItem(base, WE, r, when).cards[WE.id].due);
    expect(due('again')).toBeLessThan(due('hard'));
    expect(due('hard')).toBeLessThan(due('good'));
    expect(due('good')).toBeLessThan(due('easy'));
    // and on a new card
    const fresh = (r: DrillRating) => Date.parse(gradeItem(emptyPractice(), WE, r, T0).cards[WE.id].due);
    expect(fresh('again')).toBeLessThan(fresh('easy'));
  });

  test('the state given is not changed', () => {
    const before = gradeItem(emptyPractice(), WE, 'good', T0);
    const copy = structuredClone(before);
    const after = gradeItem(before, WE, 'again', at(10));
    gradeItem(after, METRIC, 'easy', at(11));
    expect(before).toEqual(copy);
    expect(after.cards[WE.id].log).toHaveLength(2);
  });

  test('the log keeps the last grades, at most MAX_LOG', () => {
    let state = emptyPractice();
    for (let i = 0; i < MAX_LOG + 7; i++) state = gradeItem(state, WE, i % 2 ? 'good' : 'hard', at(i * DAY), i);
    const log = state.cards[WE.id].log;
    expect(log).toHaveLength(MAX_LOG);
    expect(log[0].seconds).toBe(7);
    expect(log[MAX_LOG - 1].seconds).toBe(MAX_LOG + 6);
  });

  test('a time before the last review (a clock set back) counts as that review', () => {
    const state = gradeItem(emptyPractice(), WE, 'good', at(60));
    const back = gradeItem(state, WE, 'good', T0);
    expect(back).toEqual(gradeItem(state, WE, 'good', at(60)));
  });
});

describe('what is due', () => {
  const items = [WE, METRIC, ALT];

  test('with nothing graded, the new ones in the order given, up to the limit', () => {
    expect(dueItems(emptyPractice(), items, T0)).toEqual(items);
    expect(dueItems(emptyPractice(), items, T0, { newLimit: 2 })).toEqual([WE, METRIC]);
    expect(dueItems(emptyPractice(), items, T0, { newLimit: 0 })).toEqual([]);
    const many = Array.from({ length: DEFAULT_NEW_LIMIT + 5 }, (_, i) => item('stories/a.star.md', `Question ${i}?`));
    expect(dueItems(emptyPractice(), many, T0)).toEqual(many.slice(0, DEFAULT_NEW_LIMIT));
    expect(dueCount(emptyPractice(), many, T0)).toBe(DEFAULT_NEW_LIMIT);
  });

  test('overdue first, the most overdue first, then the new ones; a card not yet due is left out', () => {
    let state = gradeItem(emptyPractice(), ALT, 'again', T0); // due at 1 minute
    state = gradeItem(state, METRIC, 'good', at(2)); // due at 12 minutes
    const later = at(30);
    expect(dueItems(state, items, later)).toEqual([ALT, METRIC, WE]);
    expect(dueCount(state, items, later)).toBe(3);
    expect(dueItems(state, items, at(5))).toEqual([ALT, WE]);
    expect(dueItems(state, items, at(5), { newLimit: 0 })).toEqual([ALT]);
    // METRIC, graded easy, is not due for days
    state = gradeItem(state, METRIC, 'easy', later);
    expect(dueItems(state, items, at(31))).toEqual([ALT, WE]);
  });

  test('cards due at the same time come in the order given; an id given twice counts once', () => {
    let state = gradeItem(emptyPractice(), METRIC, 'again', T0);
    state = gradeItem(state, WE, 'again', T0);
    expect(dueItems(state, [METRIC, WE, METRIC], at(5), { newLimit: 0 })).toEqual([METRIC, WE]);
    expect(dueItems(state, [WE, METRIC], at(5), { newLimit: 0 })).toEqual([WE, METRIC]);
  });

  test('a card of an item no longer given is not due', () => {
    const state = gradeItem(emptyPractice(), ALT, 'again', T0);
    expect(dueItems(state, [WE], at(30))).toEqual([WE]);
  });

  test('nextDue: the graded card due first, and whenDue says it in words', () => {
    expect(nextDue(emptyPractice(), items)).toBeUndefined();
    let state = gradeItem(emptyPractice(), METRIC, 'easy', T0);
    state = gradeItem(state, WE, 'good', T0);
    const next = nextDue(state, items)!;
    expect(next.item).toBe(WE);
    expect(next.due).toEqual(at(10));
    expect(whenDue(next, T0)).toBe('in 10 minutes');
    expect(whenDue(state.cards[METRIC.id], T0)).toBe(`in ${state.cards[METRIC.id].scheduled_days} days`);
  });

  test.each([
    [-5, 'now'],
    [0, 'now'],
    [0.2, 'in 1 minute'],
    [10, 'in 10 minutes'],
    [59, 'in 59 minutes'],
    [60, 'in 1 hour'],
    [5 * 60, 'in 5 hours'],
    [DAY, 'tomorrow'],
    [1.5 * DAY, 'tomorrow'],
    [4 * DAY, 'in 4 days'],
    [4 * DAY - 5, 'in 4 days'],
    [21 * DAY, 'in 3 weeks'],
    [150 * DAY, 'in 5 months'],
    [730 * DAY, 'in 2 years'],
  ])('whenDue %s minutes ahead: %s', (minutes, words) => {
    expect(whenDue({ due: at(minutes).toISOString() }, T0)).toBe(words);
    expect(whenDue({ due: at(minutes) }, T0)).toBe(words);
  });

  test('whenDue: a question never graded is due now', () => {
    expect(whenDue(undefined, T0)).toBe('now');
  });
});

describe('the reading over time', () => {
  const reading = (verdict: string, action = 'weak') => ({ verdict, sections: [{ name: 'Situation', grade: 'strong' }, { name: 'Action', grade: action }] });
  const STORY = 'stories/cache.star.md';

  test('an entry per change, none for a save that changed nothing the reading sees', () => {
    let state = recordReading(emptyPractice(), STORY, reading('lean-no-hire'), T0);
    expect(state.history[STORY]).toEqual([{ at: T0.toISOString(), verdict: 'lean-no-hire', grades: { Situation: 'strong', Action: 'weak' } }]);
    const same = recordReading(state, STORY, reading('lean-no-hire'), at(1));
    expect(same).toBe(state);
    state = recordReading(state, STORY, reading('lean-no-hire', 'adequate'), at(2));
    state = recordReading(state, STORY, reading('hire', 'adequate'), at(3));
    state = recordReading(state, STORY, reading('hire', 'adequate'), at(4));
    expect(state.history[STORY].map((e) => [e.at, e.verdict, e.grades.Action])).toEqual([
      [T0.toISOString(), 'lean-no-hire', 'weak'],
      [at(2).toISOString(), 'lean-no-hire', 'adequate'],
      [at(3).toISOString(), 'hire', 'adequate'],
    ]);
    // another story has a history of its own
    expect(recordReading(state, 'stories/other.star.md', reading('hire', 'adequate'), at(5)).history['stories/other.star.md']).toHaveLength(1);
  });

  test('the same grades in another order are the same reading', () => {
    const state = recordReading(emptyPractice(), STORY, reading('hire'), T0);
    expect(recordReading(state, STORY, { verdict: 'hire', sections: [...reading('hire').sections].reverse() }, at(1))).toBe(state);
  });

  test('a story keeps its last MAX_HISTORY readings, the oldest dropped; the state given is not changed', () => {
    let state = emptyPractice();
    for (let i = 0; i < MAX_HISTORY + 3; i++) state = recordReading(state, STORY, reading(i % 2 ? 'hire' : 'no-hire'), at(i));
    const list = state.history[STORY];
    expect(list).toHaveLength(MAX_HISTORY);
    expect(list[0].at).toBe(at(3).toISOString());
    expect(list[MAX_HISTORY - 1].at).toBe(at(MAX_HISTORY + 2).toISOString());
    const copy = structuredClone(state);
    recordReading(state, STORY, reading('strong-hire'), at(9999));
    expect(state).toEqual(copy);
  });
});

describe('the practice file', () => {
  function sample(): PracticeState {
    let s = gradeItem(emptyPractice(), METRIC, 'good', T0, 31.5);
    s = gradeItem(s, WE, 'again', at(1));
    s = gradeItem(s, ALT, 'easy', at(2));
    s = recordReading(s, 'stories/webhook.star.md', { verdict: 'hire', sections: [{ name: 'Action', grade: 'strong' }] }, at(3));
    return recordReading(s, 'stories/cache.star.md', { verdict: 'no-hire', sections: [{ name: 'Action', grade: 'missing' }] }, at(4));
  }

  test('round trip: what is written reads back as it was, with no problem, and writes the same text', () => {
    const state = sample();
    const text = serializePractice(state);
    const back = parsePractice(text);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(state);
    expect(serializePractice(back.state)).toBe(text);
    expect(parsePractice(`\uFEFF${text}`).state).toEqual(state);
  });

  test('stable text: ids and stories sorted, 2-space JSON, a newline at the end, whatever the order of grading', () => {
    const text = serializePractice(sample());
    let other = recordReading(emptyPractice(), 'stories/cache.star.md', { verdict: 'no-hire', sections: [{ name: 'Action', grade: 'missing' }] }, at(4));
    other = recordReading(other, 'stories/webhook.star.md', { verdict: 'hire', sections: [{ name: 'Action', grade: 'strong' }] }, at(3));
    other = gradeItem(other, ALT, 'easy', at(2));
    other = gradeItem(other, WE, 'again', at(1));
    other = gradeItem(other, METRIC, 'good', T0, 31.5);
    expect(serializePractice(other)).toBe(text);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['version', 'cards', 'history']);
    expect(Object.keys(parsed.cards)).toEqual([METRIC.id, WE.id, ALT.id].sort());
    expect(Object.keys(parsed.history)).toEqual(['stories/cache.star.md', 'stories/webhook.star.md']);
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(parsed.cards[METRIC.id])).toEqual(['story', 'question', 'due', 'last_review', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state', 'log']);
  });

  test('an empty file is an empty state, with no problem', () => {
    expect(parsePractice('')).toEqual({ state: emptyPractice(), problems: [] });
    expect(parsePractice(' \n')).toEqual({ state: emptyPractice(), problems: [] });
  });

  test.each([
    ['not JSON, cut short', '{"version": 1, "cards": {', 'The practice file is not valid JSON at line 1, column 26, so no grades or readings were read from it.'],
    ['not JSON, with a place', '{\n  "version": 1,\n  cards: {}\n}', 'The practice file is not valid JSON at line 3, column 3, so no grades or readings were read from it.'],
    ['a list', '[]', 'The practice file is not a JSON object, so no grades or readings were read from it.'],
    ['a number', '7', 'The practice file is not a JSON object, so no grades or readings were read from it.'],
    ['no version', '{"cards": {}}', 'The practice file says no version, so no grades or readings were read from it.'],
    ['another version', '{"version": 2, "cards": {}}', 'The practice file is version 2, and this Star Coach reads version 1, so no grades or readings were read from it.'],
    ['a version as text', '{"version": "1"}', 'The practice file is version "1", and this Star Coach reads version 1, so no grades or readings were read from it.'],
  ])('a whole file that cannot be read (%s): an empty state and one problem in a sentence', (_, text, problem) => {
    expect(parsePractice(text)).toEqual({ state: emptyPractice(), problems: [problem] });
  });

  test('each bad card is dropped and named, the good ones kept', () => {
    const good = sample();
    const card = good.cards[METRIC.id];
    const bad = (change: Record<string, unknown>) => ({ ...card, ...change });
    const without = (key: string) => Object.fromEntries(Object.entries(card).filter(([k]) => k !== key));
    const cards: Record<string, unknown> = {
      [METRIC.id]: card,
      'a#list': [],
      'b#no story': bad({ story: 7 }),
      'c#no question': bad({ question: '  ' }),
      'd#no due': without('due'),
      'e#bad due': bad({ due: 'next tuesday' }),
      'f#bad last review': bad({ last_review: '2026-13-45T00:00:00Z' }),
      'g#stability': bad({ stability: 'high' }),
      'h#difficulty': bad({ difficulty: -1 }),
      'i#reps': bad({ reps: 1.5 }),
      'j#lapses': without('lapses'),
      'k#scheduled': bad({ scheduled_days: null }),
      'l#state': bad({ state: 9 }),
      'm#log': bad({ log: 'good' }),
    };
    const { state, problems } = parsePractice(JSON.stringify({ version: 1, cards, history: good.history }));
    expect(Object.keys(state.cards)).toEqual([METRIC.id]);
    expect(state.cards[METRIC.id]).toEqual(card);
    expect(state.history).toEqual(good.history);
    expect(problems).toEqual([
      'The card for "a#list" was dropped: it is not a card.',
      'The card for "b#no story" was dropped: it names no story.',
      'The card for "c#no question" was dropped: it names no question.',
      'The card for "d#no due" was dropped: its due date is missing or not a date.',
      'The card for "e#bad due" was dropped: its due date is missing or not a date.',
      'The card for "f#bad last review" was dropped: its last review is not a date.',
      'The card for "g#stability" was dropped: its stability is not a number.',
      'The card for "h#difficulty" was dropped: its difficulty is not a number.',
      'The card for "i#reps" was dropped: its reps are not a whole number.',
      'The card for "j#lapses" was dropped: its lapses are not a whole number.',
      'The card for "k#scheduled" was dropped: its scheduled_days is not a number.',
      'The card for "l#state" was dropped: its state is not 0, 1, 2 or 3.',
      'The card for "m#log" was dropped: its log is not a list.',
    ]);
  });

  test('a bad grade in a log is dropped and named, the card kept', () => {
    const card = sample().cards[METRIC.id];
    const log = [...card.log, 'good', { at: 'soon', rating: 'good' }, { at: T0.toISOString(), rating: 'great' }, { at: T0.toISOString(), rating: 'hard', seconds: -3 }];
    const { state, problems } = parsePractice(JSON.stringify({ version: 1, cards: { [METRIC.id]: { ...card, log } } }));
    expect(state.cards[METRIC.id]).toEqual(card);
    expect(problems).toEqual([
      `A grade of the card for "${METRIC.id}" was dropped: it is not a grade.`,
      `A grade of the card for "${METRIC.id}" was dropped: its time is not a date.`,
      `A grade of the card for "${METRIC.id}" was dropped: its rating is not again, hard, good or easy.`,
      `A grade of the card for "${METRIC.id}" was dropped: its seconds are not a number.`,
    ]);
  });

  test('bad readings are dropped and named, the good ones kept', () => {
    const good = { at: T0.toISOString(), verdict: 'hire', grades: { Action: 'strong' } };
    const history = {
      'stories/a.star.md': [good, 'hire', { ...good, at: 'yesterday' }, { ...good, verdict: '' }, { ...good, grades: { Action: 3 } }, { ...good, grades: ['strong'] }],
      'stories/b.star.md': { at: T0.toISOString() },
    };
    const { state, problems } = parsePractice(JSON.stringify({ version: 1, cards: {}, history }));
    expect(state.history).toEqual({ 'stories/a.star.md': [good] });
    expect(problems).toEqual([
      'Reading 2 of "stories/a.star.md" was dropped: it is not a reading.',
      'Reading 3 of "stories/a.star.md" was dropped: its time is not a date.',
      'Reading 4 of "stories/a.star.md" was dropped: it has no verdict.',
      'Reading 5 of "stories/a.star.md" was dropped: its grades are not section names with grades.',
      'Reading 6 of "stories/a.star.md" was dropped: its grades are not section names with grades.',
      'The readings of "stories/b.star.md" were dropped: they are not a list.',
    ]);
  });

  test('cards or history of the wrong kind, and a field Star Coach does not know, are named', () => {
    expect(parsePractice('{"version": 1, "cards": [], "history": {}}').problems).toEqual(['The practice file\'s "cards" is not a set of cards, so no grades were read from it.']);
    expect(parsePractice('{"version": 1, "cards": {}, "history": "none"}').problems).toEqual(['The practice file\'s "history" is not a set of stories, so no readings were read from it.']);
    const { state, problems } = parsePractice(JSON.stringify({ ...sample(), settings: { newLimit: 5 } }));
    expect(problems).toEqual(['The practice file\'s field "settings" is not one Star Coach knows, so it was left out.']);
    expect(state).toEqual(sample());
  });

  test('optional card fields left out take their defaults; dates are written back as ISO strings', () => {
    const card = { story: 's.star.md', question: 'Why?', due: '2026-03-05', stability: 3, difficulty: 5, reps: 1, lapses: 0, state: 2 };
    const { state, problems } = parsePractice(JSON.stringify({ version: 1, cards: { 's.star.md#why?': card } }));
    expect(problems).toEqual([]);
    expect(state.cards['s.star.md#why?']).toEqual({ ...card, due: '2026-03-05T00:00:00.000Z', elapsed_days: 0, scheduled_days: 0, learning_steps: 0, log: [] });
  });
});
