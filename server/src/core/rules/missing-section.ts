// missing-section: Situation, Task, Action or Result absent (Reflection absent is worth a look, not a warning).
import { insert } from '../fixes';
import { lineBreakOf, sectionSkeleton } from '../skeletons';
import { STAR_KINDS, type Story } from '../story';
import type { Finding, Rule } from '../types';
import type { StarKind } from '../story';
import { storyAnchor } from './helpers';
import { trimTrailingLineBreaks } from '../text';

/** Where a missing section belongs: before the first section that comes after it in STAR order. */
export function insertionPoint(story: Story, kind: StarKind): { at: number; lead: string } {
  const rank = STAR_KINDS.indexOf(kind);
  const eol = lineBreakOf(story.text);
  const later = story.sections.find((s) => (s.kind === 'followups') || (STAR_KINDS as readonly string[]).includes(s.kind) && STAR_KINDS.indexOf(s.kind as StarKind) > rank);
  if (later) return { at: later.span.start, lead: '' };
  return { at: trimTrailingLineBreaks(story.text).length, lead: eol + eol };
}

export const rule: Rule = {
  id: 'missing-section',
  severity: 'warning',
  sections: 'story',
  summary: 'A STAR section (Situation, Task, Action, Result; Reflection at info) is missing.',
  check({ story, aim, options }) {
    const findings: Finding[] = [];
    if (story.sections.length === 0 && story.spoken.trim() === '' && story.text.trim() === '') return findings;
    const eol = lineBreakOf(story.text);
    for (const kind of STAR_KINDS) {
      if (story.sections.some((s) => s.kind === kind)) continue;
      const { at, lead } = insertionPoint(story, kind);
      const skeleton = sectionSkeleton(kind, options.level, aim, eol);
      const name = kind.charAt(0).toUpperCase() + kind.slice(1);
      findings.push({
        span: storyAnchor(story),
        severity: kind === 'reflection' ? 'info' : undefined,
        message: kind === 'reflection'
          ? 'No Reflection: a short, specific lesson shows the interviewer you grew from this.'
          : `No ${name} section: the interviewer will be listening for it (use a \`## ${name}\` heading).`,
        fixes: [insert(`Add a ${name} section`, at, lead ? lead + trimTrailingLineBreaks(skeleton) : skeleton)],
      });
    }
    return findings;
  },
};
