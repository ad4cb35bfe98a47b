// The text each STAR section starts from: quick fixes insert it and the snippets are made from it.
// Every default is a visibly unfilled ‹placeholder› that says what goes there: it asserts no fact, no rule counts it as
// content (the story model blanks it), and unfilled-placeholder reports it until the author writes their own words.
import type { Level, StarKind } from './story';

export const SKELETON_BODIES: Record<StarKind, (level: Level) => string> = {
  situation: () => '${1:‹Where you were, what was going wrong, and what it cost›}.',
  task: () => '${1:‹Whose problem this was: not your team, no ticket, nobody asked (for an Ownership story)›}. I set out to ${2:‹what you set out to do›}.',
  action: () => '- I ${1:‹the first thing you did›}.\n- I ${2:‹the next thing you did›}.\n- I ${3:‹how you checked that it worked›}.',
  result: () => '${1:‹What moved›} went from ${2:‹before›} to ${3:‹after›}, ${4:‹what that was worth: money, hours, customers›}. ${5:‹Who else adopted it, or what changed for good›}.',
  reflection: (level) =>
    level === 'sde1' || level === 'sde2'
      ? 'I learned ${1:‹the specific check or technique you now use›}.'
      : 'The deeper cause was ${1:‹the gap between teams: ownership, a shared SLO, a process›}, so next time I would ${2:‹the change you would push for›}.',
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
