// The rule registry: every rule the engine runs, in the order the catalog lists them.
import type { Rule } from '../types';
import { rule as weLanguage } from './we-language';
import { rule as assignedWork } from './assigned-work';
import { rule as routingNotOwnership } from './routing-not-ownership';
import { rule as passiveHandoff } from './passive-handoff';
import { rule as vagueMotivation } from './vague-motivation';
import { rule as passiveVoice } from './passive-voice';
import { rule as hedging } from './hedging';
import { rule as missingSection } from './missing-section';
import { rule as sectionOrder } from './section-order';
import { rule as missingScopeBoundary } from './missing-scope-boundary';
import { rule as emptySection } from './empty-section';
import { rule as unfilledPlaceholder } from './unfilled-placeholder';
import { rule as resultNoMetric } from './result-no-metric';
import { rule as resultNoBusinessImpact } from './result-no-business-impact';
import { rule as resultNoSecondOrder } from './result-no-second-order';
import { rule as activityNotImpact } from './activity-not-impact';
import { rule as vagueEstimate } from './vague-estimate';
import { rule as unverifiedResult } from './unverified-result';
import { rule as genericReflection } from './generic-reflection';
import { rule as reflectionNotSystemic } from './reflection-not-systemic';
import { rule as sectionOverTime } from './section-over-time';
import { rule as answerOverTime } from './answer-over-time';
import { rule as answerUnderTime } from './answer-under-time';
import { rule as flaggedWords } from './flagged-words';
import { rule as confidentialName } from './confidential-name';
import { rule as frontMatter } from './front-matter';

export const RULES: readonly Rule[] = [
  weLanguage, assignedWork, routingNotOwnership, passiveHandoff, vagueMotivation, passiveVoice, hedging,
  missingSection, sectionOrder, missingScopeBoundary, emptySection, unfilledPlaceholder,
  resultNoMetric, resultNoBusinessImpact, resultNoSecondOrder, activityNotImpact, vagueEstimate, unverifiedResult,
  genericReflection, reflectionNotSystemic,
  sectionOverTime, answerOverTime, answerUnderTime,
  flaggedWords, confidentialName, frontMatter,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
