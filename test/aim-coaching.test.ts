// Coaching that fits what a story is for: every competency the coach accepts has its notes; a story of each aim gets
// that aim's checklists, probes and phrasing, and a conflict, disagree-and-commit, mentoring or customer story none of
// the ownership demands; checklist items with a rule behind them agree with the Problems view; the template is shaped
// by the question and the competencies, and every part of it is a placeholder no rule takes for content.
import { describe, expect, test, afterAll } from 'vitest';
import { AIM_KINDS, AIM_NOTES, aimOf, analyze, coachingAt, competencyKind, expandSnippet, KNOWN_COMPETENCIES, probesFor, sectionNotes, type AimKind, type Analysis } from '../server/src/core';
import { SKELETONS, storyTemplate } from '../server/src/core/template';
import { TEMPLATE_COMPETENCIES } from '../client/src/competencies';
import { record, writeReport } from './support/reliability-report';

afterAll(() => writeReport('aim-coaching'));

/** A question an interviewer asks for each aim, and the competency a candidate would claim for it. */
const ASKED: Record<AimKind, [competency: string, question: string]> = {
  ownership: ['Ownership', 'Tell me about a time you took ownership of a problem outside your team'],
  'bias-for-action': ['Bias for Action', 'Tell me about a time you made a quick decision without all the data'],
  failure: ['Failure and Resilience', 'Tell me about a time you failed'],
  disagree: ['Have Backbone; Disagree and Commit', 'Tell me about a time you disagreed with your manager'],
  conflict: ['Conflict Resolution', 'Tell me about a conflict with a peer'],
  people: ['Hire and Develop the Best', 'Tell me about a time you mentored someone'],
  customer: ['Customer Obsession', 'Tell me about a time you went to bat for a customer'],
  'dive-deep': ['Dive Deep', 'Tell me about a time you found the root cause of a hard problem'],
  results: ['Deliver Results', 'Tell me about a time you delivered under a tight deadline'],
  simplify: ['Invent and Simplify', 'Tell me about a time you simplified a process'],
  influence: ['Leadership and Influence', 'Tell me about a time you had to persuade people to change course'],
  trust: ['Earn Trust', 'Tell me about a time you had to deliver bad news'],
  standards: ['Insist on the Highest Standards', 'Tell me about a time you raised the quality bar'],
  frugality: ['Frugality', 'Tell me about a time you did more with a limited budget'],
  learning: ['Learn and Be Curious', 'Tell me about a time you had to learn a new technology fast'],
  'think-big': ['Think Big', 'Tell me about your most ambitious idea'],
  judgment: ['Are Right, A Lot', 'Tell me about a hard call you had to make'],
};

/** What only an ownership story is asked for: the boundary, work not handed over, and a fix carried into production. */
const OWNERSHIP_ONLY = ['Scope boundary stated (not your team, no ticket, nobody asked)', 'Not handed to you', 'A fix of your own, not a report passed on', 'Seen through to production'];
const OWNERSHIP_WORDS = /fix of your own|not your team|not my team|not mine|your team's problem|the other team|no ticket|nobody asked|yours to take on|outside your team|ownership gap/i;
/** The aims missing-scope-boundary applies to; every other aim is judged by its own needs. */
const NEEDS_BOUNDARY: AimKind[] = ['ownership', 'bias-for-action', 'failure'];

const story = (competencies: string[], body: string, question = '') => `---\n${question ? `question: ${JSON.stringify(question)}\n` : ''}competencies: [${competencies.map((c) => JSON.stringify(c)).join(', ')}]\nlevel: senior\n---\n\n# A story\n\n${body}`;
const PLAIN = '## Situation\n\nThe nightly export to our finance partner took six hours.\n\n## Task\n\nI set out to make it finish before the morning close.\n\n## Action\n\n- I timed each stage of the export.\n\n## Result\n\nThe export went from six hours to forty minutes.\n\n## Reflection\n\nI learned to time each stage before changing any of them.\n\n## Follow-ups\n\n### How did you measure it?\n\nI compared the job logs for a week before and after.\n';

/** The coaching view with the cursor in each section, by section kind. */
function views(analysis: Analysis) {
  return Object.fromEntries(analysis.story.sections.map((s) => [s.kind, coachingAt(analysis, s.heading.span.start).section!]));
}
const text = (v: ReturnType<typeof coachingAt>) => JSON.stringify([v.section?.purpose, v.section?.mistakes, v.section?.phrasing, v.section?.checklist.map((c) => c.label), v.probes]);

describe('notes for every competency the coach accepts', () => {
  test('every accepted competency reads as an aim, and every aim has full notes', () => {
    expect(KNOWN_COMPETENCIES.filter((c) => competencyKind(c) === undefined)).toEqual([]);
    // two names of one competency written as one; two competencies in one name are neither
    expect(competencyKind('Disagree and Commit / Have Backbone')).toBe('disagree');
    expect(competencyKind('Ownership; Dive Deep')).toBeUndefined();
    // and the front matter does not call it unknown
    expect(analyze('---\ncompetencies: [Disagree and Commit / Have Backbone]\n---\n## Action\nI disagreed.\n').diagnostics.filter((d) => d.rule === 'front-matter')).toEqual([]);
    for (const kind of AIM_KINDS) {
      const n = AIM_NOTES[kind];
      expect(competencyKind(n.competency), kind).toBe(kind);
      for (const field of [n.lead, n.emphasize, n.downplay]) expect(field.length, kind).toBeGreaterThan(20);
      for (const section of ['situation', 'task', 'action', 'result', 'reflection'] as const) expect(n.checklist[section].length, `${kind} ${section}`).toBeGreaterThan(0);
      expect(n.probes.length, kind).toBeGreaterThanOrEqual(3);
      for (const p of n.probes) for (const field of [p.question, p.probes, p.strong, p.weak]) expect(field.trim(), `${kind}: ${p.question}`).not.toBe('');
      for (const section of ['task', 'action', 'result'] as const) expect(n.phrasing[section]?.length ?? 0, `${kind} ${section} phrasing`).toBeGreaterThan(0);
      expect(SKELETONS[kind], kind).toBeDefined();
      // The template's follow-up is one the panel coaches.
      expect(n.probes.map((p) => p.question), kind).toContain(SKELETONS[kind].probe);
    }
    // The template offers one competency per aim but conflict, whose names (Conflict Resolution, Teamwork) it leaves to completion.
    expect(new Set(TEMPLATE_COMPETENCIES.map(competencyKind))).toEqual(new Set(AIM_KINDS.filter((k) => k !== 'conflict')));
    record({ area: 'core', input: 'coaching notes: every accepted competency and every aim', cases: KNOWN_COMPETENCIES.length + AIM_KINDS.length, result: 'each competency reads as an aim; each aim has its angle, checklists, probes, phrasing and template skeleton' });
  });
});

describe('the coaching panel follows the story\'s aim', () => {
  test.each(AIM_KINDS.map((k) => [k]))('a %s story gets its own checklists and probes', (kind) => {
    const [competency] = ASKED[kind];
    const analysis = analyze(story([competency], PLAIN));
    const byKind = views(analysis);
    for (const section of ['situation', 'task', 'action', 'result', 'reflection'] as const) {
      const labels = byKind[section].checklist.map((c) => c.label);
      for (const item of AIM_NOTES[kind].checklist[section]) expect(labels, `${kind} ${section}`).toContain(item.label);
      expect(labels, `${kind} ${section}`).toEqual(sectionNotes(analysis.aim, section, 'senior').checklist.map((i) => i.label));
    }
    const view = coachingAt(analysis, 0);
    expect(view.probes.slice(0, 3).map((p) => p.question)).toEqual(AIM_NOTES[kind].probes.slice(0, 3).map((p) => p.question));
    expect(view.competencies).toEqual([{ name: competency, lead: AIM_NOTES[kind].lead, emphasize: AIM_NOTES[kind].emphasize, downplay: AIM_NOTES[kind].downplay }]);
    const all = analysis.story.sections.map((s) => coachingAt(analysis, s.heading.span.start));
    const labels = all.flatMap((v) => v.section!.checklist.map((c) => c.label));
    if (kind === 'ownership') {
      expect(labels).toEqual(expect.arrayContaining(OWNERSHIP_ONLY));
      expect(view.probes.map((p) => p.question)).toContain('How did you get the other team to accept and ship your fix?');
    } else {
      expect(labels.filter((l) => OWNERSHIP_ONLY.includes(l) && !(NEEDS_BOUNDARY.includes(kind) && l === OWNERSHIP_ONLY[0]))).toEqual([]);
      expect(labels.includes(OWNERSHIP_ONLY[0])).toBe(NEEDS_BOUNDARY.includes(kind));
      if (!NEEDS_BOUNDARY.includes(kind)) for (const v of all) expect(text(v), `${kind} ${v.section!.name}`).not.toMatch(OWNERSHIP_WORDS);
    }
  });

  test('the question decides when nothing is claimed; several competencies combine, the first one first', () => {
    const asked = analyze(story([], PLAIN, 'Tell me about a time you disagreed with a decision'));
    expect(asked.aim.kinds[0]).toBe('disagree');
    expect(views(asked).action.checklist.map((c) => c.label)).toContain('Committed to the decision once it was made');
    expect(text(coachingAt(asked, asked.story.sections[2].heading.span.start))).not.toMatch(OWNERSHIP_WORDS);

    const both = analyze(story(['Conflict Resolution', 'Ownership'], PLAIN));
    const task = views(both).task.checklist.map((c) => c.label);
    // Claiming Ownership too makes missing-scope-boundary apply, so the boundary is asked for, first in the Task.
    expect(task[0]).toBe(OWNERSHIP_ONLY[0]);
    expect(task).toEqual(expect.arrayContaining(['What you both needed to get done', 'Not handed to you']));
    expect(task.indexOf('What you both needed to get done')).toBeLessThan(task.indexOf('Not handed to you'));
    expect(views(both).action.purpose).toBe(AIM_NOTES.conflict.purpose.action);
    const probes = coachingAt(both, 0).probes.map((p) => p.question);
    expect(probes.slice(0, 3)).toEqual(AIM_NOTES.conflict.probes.map((p) => p.question));
    expect(probes).toContain(AIM_NOTES.ownership.probes[0].question);
    expect(probes.at(-1)).toBe('What would you do differently next time?');
    expect(probes.length).toBeLessThanOrEqual(6);
  });
});

/** Stories of four aims, a strong and a weak telling each: the strong one ticks what its competency needs. */
const TOLD: Array<[AimKind, string, string, string, string[]]> = [
  ['disagree', 'Have Backbone; Disagree and Commit',
    '## Situation\n\nOur director planned to move the billing service to a new database in one weekend.\n\n## Task\n\nMy part was the data migration, and I thought the plan would lose orders.\n\n## Action\n\n- I told the director that I disagreed, and showed her that 3% of orders failed in the test run.\n- I heard her reasons, and she decided to keep the date.\n- Once the decision was made, I committed: I wrote the rollback script and ran the migration myself.\n\n## Result\n\nFailed orders went from 3% in the test to 0.2% on the night.\n',
    '## Situation\n\nOur director planned to move the billing service to a new database in one weekend.\n\n## Task\n\nMy part was the data migration.\n\n## Action\n\n- I mentioned to a teammate that it looked risky.\n- I did the migration as planned.\n\n## Result\n\nIt mostly worked.\n',
    ['The disagreement said out loud, to the person who decided', 'Backed by data', 'Committed to the decision once it was made']],
  ['conflict', 'Conflict Resolution',
    '## Situation\n\nA designer and I clashed over the checkout page for two weeks.\n\n## Task\n\nI needed the page fast; she needed it to pass the accessibility review.\n\n## Action\n\n- I asked her what mattered most in the review.\n- I proposed shipping the fast version behind a flag, and she agreed to review it first.\n\n## Result\n\nThe page loaded in 1.2 seconds instead of 3, and since then she asks me to review her specs early.\n',
    '## Situation\n\nA designer kept changing the checkout page.\n\n## Task\n\nI had to ship it.\n\n## Action\n\n- I escalated it to my manager.\n\n## Result\n\nIt shipped.\n',
    ['Asked for their side and listened', 'A way forward you both agreed to', 'How you worked together afterwards']],
  ['people', 'Hire and Develop the Best',
    '## Situation\n\nA new hire on my team was struggling with code reviews.\n\n## Task\n\nHis goal was to own a service on his own.\n\n## Action\n\n- I gave him feedback on two reviews, with an example from each.\n- I let him lead the design review for the queue service.\n\n## Result\n\nIn three months his reviews went from 6 rounds to 2, and he now owns the queue service.\n',
    '## Situation\n\nSomeone needed help.\n\n## Task\n\nI helped.\n\n## Action\n\n- I fixed the bugs in the code for him.\n\n## Result\n\nThings went better.\n',
    ['Names the person by role and where they were starting from', 'Feedback given directly, with examples', 'Room for them to do it themselves', 'What they do now without you']],
  ['customer', 'Customer Obsession',
    '## Situation\n\nOur small-shop merchants could not print shipping labels after 5 pm.\n\n## Task\n\nThey needed labels the same evening so parcels left the next morning.\n\n## Action\n\n- I read forty support tickets and called six of the merchants.\n\n## Result\n\nLate-evening label failures went from 12% to 1%.\n',
    '## Situation\n\nThe label service had a bug in its batch job.\n\n## Task\n\nI set out to fix the batch job.\n\n## Action\n\n- I rewrote the scheduler.\n\n## Result\n\nThe job is faster.\n',
    ['The customer\'s problem in the customer\'s terms', 'What the customer needed', 'Heard it from the customer (calls, tickets, data)']],
];

describe('checklists are computed from the story', () => {
  test.each(TOLD)('%s: the strong telling ticks what the competency needs; the weak does not', (_kind, competency, strong, weak, items) => {
    const tick = (body: string) => new Map(Object.values(views(analyze(story([competency], body)))).flatMap((v) => v.checklist.map((c) => [c.label, c.done] as const)));
    const s = tick(strong);
    const w = tick(weak);
    for (const item of items) {
      expect(s.get(item), `strong: ${item}`).toBe(true);
      expect(w.get(item), `weak: ${item}`).toBe(false);
    }
  });

  test('an item with a rule behind it agrees with the Problems view, even when the author turns the rule off', () => {
    const body = PLAIN.replace('I set out to', 'I decided to');
    const scope = (a: Analysis) => views(a).task.checklist.find((c) => c.label === OWNERSHIP_ONLY[0])?.done;
    const flagged = analyze(story(['Ownership'], body));
    expect(flagged.diagnostics.some((d) => d.rule === 'missing-scope-boundary')).toBe(true);
    expect(scope(flagged)).toBe(false);
    const stated = analyze(story(['Ownership'], body.replace('I decided to', 'Nobody had asked me to fix it. I decided to')));
    expect(stated.diagnostics.some((d) => d.rule === 'missing-scope-boundary')).toBe(false);
    expect(scope(stated)).toBe(true);
    const off = analyze(story(['Ownership'], body), { rules: { 'missing-scope-boundary': 'off' } });
    expect(scope(off)).toBe(true);
  });

  test('no item is done while a placeholder is left in its section', () => {
    const analysis = analyze(story(['Dive Deep'], PLAIN.replace('I timed each stage of the export.', 'I timed each stage of the export and ‹what you found›.')));
    expect(views(analysis).action.checklist.map((c) => c.done)).toEqual(views(analysis).action.checklist.map(() => false));
  });
});

describe('the template is shaped by the question and the competencies', () => {
  const cases: Array<[string, AimKind | 'general', string, string[]]> = [
    ...AIM_KINDS.map((k): [string, AimKind, string, string[]] => [k, k, ASKED[k][1], [ASKED[k][0]]]),
    ['general', 'general', 'Tell me about something', ['Juggling']],
  ];

  test.each(cases)('%s: every part is a placeholder that unfilled-placeholder flags and no other rule counts', (_name, kind, question, competencies) => {
    const snippet = storyTemplate({ question, level: 'senior', competencies });
    const defaults = [...snippet.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]);
    expect(defaults.length).toBeGreaterThan(5);
    for (const d of defaults) expect(d).toMatch(/^‹[^‹›]+›$/);
    const text = expandSnippet(snippet);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body.replace(/‹[^›]*›/g, '')).not.toMatch(/\d/); // no figure anywhere a placeholder is not
    const analysis = analyze(text);
    const flagged = analysis.diagnostics.filter((d) => d.rule === 'unfilled-placeholder').map((d) => text.slice(d.span.start, d.span.end));
    expect(flagged).toEqual([...body.matchAll(/‹[^›]*›/g)].map((m) => m[0]));
    const rules = new Set(analysis.diagnostics.map((d) => d.rule));
    expect(rules.has('result-no-metric'), 'a placeholder is not a metric').toBe(true);
    expect(rules.has('missing-scope-boundary'), 'a placeholder is not a boundary').toBe(analysis.aim.needsScopeBoundary);
    for (const v of Object.values(views(analysis))) for (const c of v.checklist) expect(c.done, `${v.name}: ${c.label}`).toBe(false);
    // The skeleton is the aim's own.
    const skeleton = SKELETONS[kind];
    expect(text).toContain(`### ${skeleton.probe}`);
    for (const step of skeleton.action) expect(text).toContain(`- ${step}`);
  });

  test('each aim asks for what its competency needs; ownership keeps the scope boundary', () => {
    const make = (question: string, competencies: string[]) => expandSnippet(storyTemplate({ question, level: 'sde2', competencies }));
    const disagree = make('Tell me about a time you disagreed with your manager', []);
    for (const part of ['that I disagreed', '‹the data you brought›', '‹what was decided›', 'I committed']) expect(disagree).toContain(part);
    const mentoring = make('Tell me about a time you mentored someone', ['Hire and Develop the Best']);
    for (const part of ['‹Who the person was, by role', 'Their goal was ‹', '‹where they started› to ‹where they got to›']) expect(mentoring).toContain(part);
    expect(make('Tell me about a time you went to bat for a customer', [])).toContain('in their words›');
    for (const t of [disagree, mentoring]) expect(t).not.toMatch(/not yours|other team/);
    expect(make('Tell me about a time you took ownership of a problem outside your team', ['Ownership'])).toContain('‹Why this was not yours: whose system it was, that no ticket existed, that nobody asked you›');
    // An aim that needs the boundary without a skeleton of its own for it gets the boundary first in its Task.
    expect(make('Tell me about a time you failed', ['Failure and Resilience'])).toMatch(/## Task\n\n‹Whose work this was[^›]*›\. I had committed to ‹/);
    expect(aimOf('Tell me about a time you disagreed with your manager', []).kinds[0]).toBe('disagree');
    record({ area: 'core', input: 'the story template for every aim (17, and a competency the coach does not know)', cases: AIM_KINDS.length + 1, result: 'every part a ‹placeholder›, each flagged by unfilled-placeholder; none counted as a metric or a boundary; no checklist item done' });
  });
});

test('the probes completion offers follow the aim too', () => {
  expect(probesFor(aimOf('', ['Hire and Develop the Best'])).map((p) => p.question)).toContain('How did you measure their growth?');
});

// A question's "out of your way" makes an ownership story only when the story claims no other aim the question asks
// about: "went out of your way for a customer" claimed as Customer Obsession is judged as a customer story.
test.each([
  ['Tell me about a time you went out of your way for a customer', ['Customer Obsession'], false],
  ['Tell me about a time you went above and beyond for a customer', ['Customer Obsession'], false],
  ['Tell me about a time you went out of your way for a customer', ['Ownership'], true],
  ['Tell me about a time you went out of your way for a customer', [], true],
  ['Tell me about a time you went beyond your role', ['Customer Obsession'], true],
  ['Tell me about a time you fixed something nobody owned', ['Dive Deep'], true],
])('%s, claiming %j: a scope boundary is needed: %s', (question, claimed, needed) => {
  expect(aimOf(question, claimed).needsScopeBoundary).toBe(needed);
});
