// One runner for the rules that share a shape: a phrase, in some sections, not quoted, not ruled out by the sentence.
// Each rule gives its phrases as data, every entry with sentences it must flag and sentences it must leave alone
// (test/phrases.test.ts runs them all), the way Harper keeps its weir rules.
import type { SectionKind, Story, StorySentence } from '../story';
import type { Span } from '../text';
import type { Fix, Finding, Rule, Severity } from '../types';
import { learnedFlags } from '../language/learned';
import { isQuoted, matches, sentenceRewriteSpan, sentencesIn } from './helpers';

export interface PhraseEntry {
  /** The phrase, as a regular expression over the sentence's spoken text in lower case (straight apostrophes). */
  pattern: string;
  /** Sentences this entry must flag, as the author would write them. */
  flags: string[];
  /** Sentences near it in wording that it must leave alone. */
  allows: string[];
}

export interface PhraseRuleSpec {
  id: string;
  severity: Severity;
  sections: string;
  summary: string;
  /** The sections whose sentences it reads (Follow-ups include every probe's answer). */
  kinds: readonly SectionKind[];
  entries: readonly PhraseEntry[];
  /** At most one finding a sentence: the first phrase in it. */
  onePerSentence?: boolean;
  /** A sentence the rule leaves alone whatever it says ("it has a number in it"). */
  skipSentence?: (story: Story, sentence: StorySentence) => boolean;
  /** A match the sentence rules out ("not because it looked interesting"). */
  skipMatch?: (story: Story, sentence: StorySentence, span: Span) => boolean;
  /** The span as the finding shows it, from the phrase matched (e.g. grown to the clause's subject). */
  adjust?: (story: Story, sentence: StorySentence, span: Span) => Span;
  message: (said: string) => string;
  fix: (story: Story, sentence: StorySentence, span: Span) => Fix;
  /**
   * Where no entry matches, the rule's learned model (language/learned.ts) may flag the whole sentence; this is the
   * fix then (it keeps the author's words: the model says what kind of sentence it is, not which words to replace).
   */
  learnedFix?: (story: Story, sentence: StorySentence, span: Span) => Fix;
}

export interface PhraseRule extends Rule {
  spec: PhraseRuleSpec;
}

/** Every entry's phrase as one pattern (global), for the runner and for a rule that leaves these phrases alone. */
export function entriesPattern(entries: readonly PhraseEntry[]): RegExp {
  return new RegExp(entries.map((e) => `(?:${e.pattern})`).join('|'), 'g');
}

/** The rule a spec describes: every entry's phrase, once per place (overlapping matches count once). */
export function phraseRule(spec: PhraseRuleSpec): PhraseRule {
  const pattern = entriesPattern(spec.entries);
  return {
    id: spec.id,
    severity: spec.severity,
    sections: spec.sections,
    summary: spec.summary,
    spec,
    check({ story }) {
      const findings: Finding[] = [];
      for (const sentence of sentencesIn(story, spec.kinds)) {
        if (sentence.inBlockquote || spec.skipSentence?.(story, sentence)) continue;
        for (const match of matches(story, sentence, pattern)) {
          if (isQuoted(sentence, match.span) || spec.skipMatch?.(story, sentence, match.span)) continue;
          const span = spec.adjust?.(story, sentence, match.span) ?? match.span;
          if (findings.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
          findings.push({ span, message: spec.message(story.text.slice(span.start, span.end)), fixes: [spec.fix(story, sentence, span)] });
          if (spec.onePerSentence) break;
        }
        if (!spec.learnedFix || findings.some((f) => f.span.start < sentence.end && sentence.start < f.span.end)) continue;
        if (!learnedFlags(spec.id, sentence)) continue; // the model first: it is a sum of weights, the checks after it are not
        const span = sentenceRewriteSpan(story, sentence);
        if (isQuoted(sentence, span) || spec.skipMatch?.(story, sentence, span)) continue;
        findings.push({ span, message: spec.message(story.text.slice(span.start, span.end)), fixes: [spec.learnedFix(story, sentence, span)] });
      }
      return findings;
    },
  };
}
