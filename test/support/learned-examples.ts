// The examples the learned paraphrase models are trained on: every sentence in a rule's sections, in every fixture
// that carries finding annotations (the blind sets, scored; the pinned fixtures, exact), positive where the fixture
// expects the rule's finding on it; and the rule's own word knowledge, each entry's and each word class's `flags`
// (positive) and `allows` (negative), read in the rule's first section as test/phrases.test.ts reads them. Read by
// scripts/learn-paraphrases.mjs and test/learned.test.ts.
import { relative } from 'node:path';
import { analyze, RULES } from '../../server/src/core';
import { WORD_CLASSES, type ClassExample } from '../../server/src/core/language/classes';
import type { PhraseRule } from '../../server/src/core/rules/phrase-rule';
import { sentenceFeatures } from '../../server/src/core/language/learned';
import { LEARNED_RULES, type LearnedExample } from '../../server/src/core/language/learned-train';
import { FIXTURES_DIR, listFixtures, readFixture } from './fixtures';

/** The folders whose fixtures carry finding annotations: review and bank sets carry readings, not findings. */
export const TRAINED_ON = ['blind', 'holdout-1', 'language', 'quiz-judged', 'rules', 'stories'];

/** A fixture's set: its folder below test-fixtures (`blind/set-k`, `rules`), the unit a held-out figure leaves out. */
const setOf = (dir: string, path: string) => {
  const parts = relative(dir, path).split(/[\\/]/);
  return parts[0] === 'blind' ? `${parts[0]}/${parts[1]}` : parts[0];
};

const HEADING: Record<string, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection', followups: 'Follow-ups' };

/** The rule's own examples, from its phrase entries and the word classes it reads: the set `examples`. */
function wordKnowledge(rule: string, sections: readonly string[]): LearnedExample[] {
  const phrases = RULES.find((r): r is PhraseRule => r.id === rule && 'spec' in r);
  const groups: Array<{ section?: string; flags: readonly string[]; allows: readonly string[] }> = [
    ...(phrases?.spec.entries ?? []).map((e) => ({ flags: e.flags, allows: e.allows })),
    ...Object.values(WORD_CLASSES).flatMap((c) => (c.examples as readonly ClassExample[]).filter((x) => x.rule === rule).map((x) => ({ section: x.section, flags: x.flags ?? [], allows: x.allows ?? [] }))),
  ];
  const out: LearnedExample[] = [];
  for (const g of groups) {
    const section = g.section && sections.includes(g.section) ? g.section : sections[0];
    for (const [sentences, positive] of [[g.flags, true], [g.allows, false]] as const) {
      for (const said of sentences) {
        const story = analyze(section === 'followups' ? `## Follow-ups\n\n### Why?\n\n${said}\n` : `## ${HEADING[section]}\n\n${said}\n`).story;
        for (const sentence of story.sentences) {
          if (sentence.section.kind !== section) continue;
          out.push({ set: 'examples', features: sentenceFeatures(sentence.tokens, sentence.section.kind), positive, text: story.text.slice(sentence.start, sentence.end).trim() });
        }
      }
    }
  }
  return out;
}

/** Every annotated fixture, read and analyzed once however many rules are trained on it. */
const read = new Map<string, Array<{ set: string; fixture: ReturnType<typeof readFixture>; analysis: ReturnType<typeof analyze> }>>();
function annotatedFixtures(dir: string) {
  let fixtures = read.get(dir);
  if (!fixtures) {
    fixtures = listFixtures(dir).map((path) => ({ path, set: setOf(dir, path) })).filter(({ set }) => TRAINED_ON.includes(set.split('/')[0])).map(({ path, set }) => {
      const fixture = readFixture(path);
      return { set, fixture, analysis: analyze(fixture.text, fixture.config) };
    });
    read.set(dir, fixtures);
  }
  return fixtures;
}

export function learnedExamples(rule: string, dir = FIXTURES_DIR): LearnedExample[] {
  const spec = LEARNED_RULES[rule];
  const out: LearnedExample[] = wordKnowledge(rule, spec.sections);
  for (const { set, fixture, analysis } of annotatedFixtures(dir)) {
    const text = analysis.story.text;
    for (const sentence of analysis.story.sentences) {
      if (!(spec.sections as string[]).includes(sentence.section.kind)) continue;
      const first = analysis.story.lines.positionAt(sentence.start).line;
      const last = analysis.story.lines.positionAt(sentence.end).line;
      const said = text.slice(sentence.start, sentence.end);
      const positive = fixture.expectations.some((e) => e.rule === rule && e.line !== undefined && e.line >= first && e.line <= last
        && (e.quote === undefined || said.toLowerCase().includes(e.quote.toLowerCase())));
      out.push({ set, features: sentenceFeatures(sentence.tokens, sentence.section.kind), positive, text: said.replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}
