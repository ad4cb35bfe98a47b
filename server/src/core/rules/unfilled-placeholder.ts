// unfilled-placeholder: template text or a draft mark still in the story (‹the number that moved›, TODO, TBD, ??).
import { literal, replace } from '../fixes';
import type { Finding, Rule } from '../types';

export const rule: Rule = {
  id: 'unfilled-placeholder',
  severity: 'warning',
  sections: 'all',
  summary: 'Template text or a draft mark you have not replaced yet (‹the number that moved›, TODO, TBD, ??); no other rule counts it as content.',
  check({ story }) {
    return story.placeholders.map((span): Finding => {
      const said = story.text.slice(span.start, span.end);
      const mark = !said.startsWith('‹') && !said.startsWith('[');
      return {
        span,
        message: mark
          ? `“${said}” marks something you have not written yet. Write what really happened, or take the mark out before you rehearse.`
          : `“${said}” is still a placeholder. Put in what really happened; until then no rule counts it, and the answer is not ready to say.`,
        // Selecting it lets the author type over it; the finding stays until they do.
        fixes: [{ ...replace('Select the placeholder', span, `\${1:${literal(said)}}`) }],
      };
    });
  },
};
