// section-order: the STAR sections are not in Situation, Task, Action, Result, Reflection order.
import { lineBreakOf } from '../skeletons';
import { STAR_KINDS, type Section, type SectionKind } from '../story';
import type { Rule } from '../types';
import { headingTextSpan } from './helpers';
import { endsWithLineBreak, trimTrailingLineBreaks } from '../text';

const RANK: Partial<Record<SectionKind, number>> = { situation: 0, task: 1, action: 2, result: 3, reflection: 4, followups: 5 };

export const rule: Rule = {
  id: 'section-order',
  severity: 'warning',
  sections: 'story',
  summary: 'The STAR sections are out of order.',
  check({ story }) {
    const ranked = story.sections.filter((s) => RANK[s.kind] !== undefined);
    let highest = -1;
    let misplaced: Section | undefined;
    for (const s of ranked) {
      const r = RANK[s.kind]!;
      if (r < highest && !misplaced) misplaced = s;
      highest = Math.max(highest, r);
    }
    if (!misplaced) return [];
    // Each ranked section carries the user sections that follow it; the lot is sorted by rank, ties kept in order.
    const eol = lineBreakOf(story.text);
    const first = story.sections.indexOf(ranked[0]);
    const groups: Array<{ rank: number; text: string }> = [];
    const sections = story.sections.slice(first);
    sections.forEach((s, i) => {
      // Up to the next section's start, so text between sections (a level-1 heading, a comment) moves with the one before it.
      let text = story.text.slice(s.span.start, sections[i + 1]?.span.start ?? story.text.length);
      if (!endsWithLineBreak(text)) text += eol;
      if (RANK[s.kind] !== undefined || groups.length === 0) groups.push({ rank: RANK[s.kind] ?? -1, text });
      else groups[groups.length - 1].text += text;
    });
    const sorted = groups.map((g, i) => ({ ...g, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
    const start = story.sections[first].span.start;
    const end = story.text.length;
    const body = sorted.map((g) => trimTrailingLineBreaks(g.text)).join(eol + eol) + (endsWithLineBreak(story.text) ? eol : '');
    const order = sorted.filter((g) => g.rank >= 0).map((g) => STAR_KINDS[g.rank] ?? 'follow-ups');
    return [{
      span: headingTextSpan(story, misplaced.heading),
      message: `${misplaced.name} comes too late: tell it in order (${order.map((k) => k.charAt(0).toUpperCase() + k.slice(1)).join(', ')}), so the interviewer can follow the story.`,
      fixes: [{ title: 'Put the sections in STAR order', edits: [{ span: { start, end }, newText: body }], snippet: false }],
    }];
  },
};
