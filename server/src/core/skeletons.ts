// The text a STAR section starts from when it is inserted alone: the missing-section and empty-section fixes insert it,
// and the editor's section snippets are made from it. It is the section of the story's own skeleton (template.ts, one
// per aim), so a disagree-and-commit story's Task asks for the disagreement, and only a story whose aim needs a scope
// boundary is asked for one. Every default is a visibly unfilled ‹placeholder› that says what goes there: it asserts no
// fact, no rule counts it as content (the story model blanks it), and unfilled-placeholder reports it until the author
// writes their own words.
import type { StoryAim } from './aim';
import type { Level, StarKind } from './story';
import { placeholderSnippet, skeletonOf, skeletonSection } from './template';

/** A section's body for a story of this aim and level, as a snippet (each ‹placeholder› a tab stop from 1). */
export function sectionBody(kind: StarKind, level: Level, aim: StoryAim): string {
  return placeholderSnippet(skeletonSection(skeletonOf(aim), kind, level));
}

export const SECTION_HEADINGS: Record<StarKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** A whole section, heading included, with the document's line break. */
export function sectionSkeleton(kind: StarKind, level: Level, aim: StoryAim, eol: string): string {
  return `## ${SECTION_HEADINGS[kind]}${eol}${eol}${sectionBody(kind, level, aim).replace(/\n/g, eol)}${eol}${eol}`;
}

export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : /\r/.test(text) && !/\n/.test(text) ? '\r' : '\n';
}
