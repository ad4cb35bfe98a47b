// empty-section: a section (or a follow-up probe) with a heading and nothing spoken under it.
import { insert } from '../fixes';
import { lineBreakOf, sectionBody } from '../skeletons';
import { STAR_KINDS, type StarKind } from '../story';
import type { Finding, Rule } from '../types';
import { headingTextSpan } from './helpers';

const PROBE_ANSWER = 'I ${1:‹what you did›}, and ${2:‹the measured result›}.';

export const rule: Rule = {
  id: 'empty-section',
  severity: 'warning',
  sections: 'each section',
  summary: 'A section heading with nothing spoken under it.',
  check({ story, aim, options }) {
    const findings: Finding[] = [];
    const eol = lineBreakOf(story.text);
    for (const section of story.sections) {
      if (section.kind === 'other') continue;
      if (section.kind === 'followups') {
        for (const probe of section.probes) {
          if (probe.words > 0) continue;
          findings.push({
            span: headingTextSpan(story, probe.heading),
            message: `No prepared answer for “${probe.question}”: write the two or three sentences you would say.`,
            fixes: [insert('Draft an answer', probe.heading.span.end, `${eol}${eol}${PROBE_ANSWER}`)],
          });
        }
        continue;
      }
      if (section.words > 0) continue;
      const body = (STAR_KINDS as readonly string[]).includes(section.kind) ? sectionBody(section.kind as StarKind, options.level, aim) : '';
      findings.push({
        span: headingTextSpan(story, section.heading),
        message: `${section.name} has nothing to say yet: the interviewer will notice the gap.`,
        fixes: [insert(`Fill in ${section.name}`, section.heading.span.end, `${eol}${eol}${body.replace(/\n/g, eol)}`)],
      });
    }
    return findings;
  },
};
