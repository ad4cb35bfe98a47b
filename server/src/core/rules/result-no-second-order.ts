// result-no-second-order: the Result has no effect beyond the fix itself (adopted by others, a new standard, fewer repeats).
import { insert } from '../fixes';
import type { Finding, Rule } from '../types';
import { headingTextSpan, sectionAppendPoint, sectionsOf } from './helpers';
import { hasSecondOrderEffect } from './result-shared';

export const rule: Rule = {
  id: 'result-no-second-order',
  severity: 'info',
  sections: 'Result',
  summary: 'The Result has no effect beyond the fix: adopted by others, became a standard, prevented repeats, changed a process.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const section of sectionsOf(story, 'result')) {
      if (section.words === 0 || hasSecondOrderEffect(story, section)) continue;
      findings.push({
        span: headingTextSpan(story, section.heading),
        message: 'The Result ends at the fix: did it outlive the story? Say who adopted it, what became standard, or what it prevented.',
        fixes: [insert('Add the lasting effect', sectionAppendPoint(section), ' ${1:Two other teams} have since adopted ${2:the same alert} as their standard.')],
      });
    }
    return findings;
  },
};
