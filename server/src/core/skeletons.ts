// The text each STAR section starts from: quick fixes insert it and the snippets are made from it.
// Defaults are examples the author replaces; each passes every rule, so a fix never trades one finding for another.
import type { Level, StarKind } from './story';

export const SKELETON_BODIES: Record<StarKind, (level: Level) => string> = {
  situation: () => '${1:Where you were, what was going wrong, and what it cost the business}.',
  task: () => "${1:This wasn't my team's system, and no ticket existed}: nobody had asked me to take it on. I set out to ${2:find and fix the root cause}.",
  action: () => '- I ${1:traced the failure to its root cause}.\n- I ${2:wrote and tested the fix}.\n- I ${3:coordinated the rollout and watched the metrics for a week after the deploy}.',
  result: () => '${1:The error rate} went from ${2:2%} to ${3:0.1%}, ${4:saving about \\$3,000 a month}. ${5:Two other teams} have since adopted ${6:the same check}.',
  reflection: (level) =>
    level === 'sde1' || level === 'sde2'
      ? 'I learned ${1:to check retry paths for race conditions before shipping a change to them}.'
      : 'The deeper cause was ${1:an ownership gap: no team had a shared SLO for this path}, so next time I would ${2:propose that SLO and a cross-team alert early}.',
};

export const SECTION_HEADINGS: Record<StarKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** A whole section, heading included, with the document's line break. */
export function sectionSkeleton(kind: StarKind, level: Level, eol: string): string {
  return `## ${SECTION_HEADINGS[kind]}${eol}${eol}${SKELETON_BODIES[kind](level).replace(/\n/g, eol)}${eol}${eol}`;
}

export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : /\r/.test(text) && !/\n/.test(text) ? '\r' : '\n';
}
