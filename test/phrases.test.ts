// Word knowledge as data: every entry of every phrase rule flags the sentences it says it flags and leaves alone the
// ones it says it allows, each in a story of its own, read in the rule's first section.
import { describe, expect, test } from 'vitest';
import { analyze, RULES } from '../server/src/core';
import type { PhraseRule } from '../server/src/core/rules/phrase-rule';

const HEADING: Record<string, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection', followups: 'Follow-ups' };
const phraseRules = RULES.filter((r): r is PhraseRule => 'spec' in r);

function flagged(rule: PhraseRule, sentence: string): boolean {
  const kind = rule.spec.kinds.find((k) => k !== 'followups') ?? rule.spec.kinds[0];
  const text = kind === 'followups' ? `## Follow-ups\n\n### Why?\n\n${sentence}\n` : `## ${HEADING[kind]}\n\n${sentence}\n`;
  return analyze(text).diagnostics.some((d) => d.rule === rule.id);
}

test('the phrase rules are found', () => {
  expect(phraseRules.map((r) => r.id).sort()).toEqual(['activity-not-impact', 'vague-estimate', 'vague-motivation']);
});

describe.each(phraseRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  test('no entry is written twice, and each has examples both ways', () => {
    const patterns = rule.spec.entries.map((e) => e.pattern);
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
    for (const e of rule.spec.entries) {
      expect(e.flags.length, e.pattern).toBeGreaterThan(0);
      expect(e.allows.length, e.pattern).toBeGreaterThan(0);
    }
  });

  test.each(rule.spec.entries.flatMap((e) => e.flags.map((s) => [s, e.pattern])))('flags: %s', (sentence, pattern) => {
    expect(new RegExp(pattern).test(sentence.toLowerCase().replace(/’/g, "'")), 'its own entry matches it').toBe(true);
    expect(flagged(rule, sentence)).toBe(true);
  });

  test.each(rule.spec.entries.flatMap((e) => e.allows))('allows: %s', (sentence) => {
    expect(flagged(rule, sentence)).toBe(false);
  });
});
