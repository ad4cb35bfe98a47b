// result-no-metric: the Result names no measured change (a number with a unit, "from X to Y", "to zero", "halved").
import { insert } from '../fixes';
import type { Finding, Rule } from '../types';
import { headingTextSpan, sectionAppendPoint, sectionsOf } from './helpers';
import { hasMetric } from './result-shared';

export const rule: Rule = {
  id: 'result-no-metric',
  severity: 'warning',
  sections: 'Result',
  summary: 'The Result has no measured change: no number with a unit, no "from X to Y", no "to zero".',
  check({ story }) {
    const findings: Finding[] = [];
    for (const section of sectionsOf(story, 'result')) {
      if (section.words === 0 || hasMetric(story, section)) continue;
      findings.push({
        span: headingTextSpan(story, section.heading),
        message: 'The Result has no number: give the measured change, e.g. what went from what to what.',
        fixes: [insert('Add the measured change', sectionAppendPoint(section), ' ${1:The p99 latency} went from ${2:900 ms} to ${3:200 ms}.')],
      });
    }
    return findings;
  },
};
