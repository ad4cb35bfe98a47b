// result-no-business-impact: the Result never says what the change meant for the business (money, customers, hours, SLA).
import { insert } from '../fixes';
import type { Finding, Rule } from '../types';
import { headingTextSpan, sectionAppendPoint, sectionsOf } from './helpers';
import { hasBusinessImpact } from './result-shared';

export const rule: Rule = {
  id: 'result-no-business-impact',
  severity: 'warning',
  sections: 'Result',
  summary: 'The Result has no business translation: money, customers or users, hours saved, churn, conversion, SLA/SLO.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const section of sectionsOf(story, 'result')) {
      if (section.words === 0 || hasBusinessImpact(story, section)) continue;
      findings.push({
        span: headingTextSpan(story, section.heading),
        message: 'The Result stops at the technical change: say what it meant for the business (money, customers, hours, an SLA).',
        fixes: [insert('Add the business impact', sectionAppendPoint(section), ' That ${1:recovered about \\$8,000 a week in revenue} for ${2:roughly 300 customers}.')],
      });
    }
    return findings;
  },
};
