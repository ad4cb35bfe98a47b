// confidential-name: a customer, a partner or an internal code name the author listed in `.starcoach.json`
// ("confidential") as one no story should say aloud.
import type { Rule } from '../types';
import { replace } from '../fixes';
import { clip } from './helpers';
import { findListed } from './flagged-words';

export const rule: Rule = {
  id: 'confidential-name',
  severity: 'warning',
  sections: 'all',
  summary: 'A name you listed in `.starcoach.json` under "confidential": a customer, a partner or a code name.',
  check({ story, options }) {
    return findListed(story, options.confidential).map((span) => {
      const name = clip(story.text.slice(span.start, span.end));
      return {
        span,
        message: `“${name}” is on your confidential list: say what it is instead of its name.`,
        fixes: [replace(`Describe “${name}” without its name`, span, '${1:‹what it is, without its name›}')],
      };
    });
  },
};
