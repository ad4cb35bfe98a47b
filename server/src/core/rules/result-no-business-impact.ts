// result-no-business-impact: the Result never says what the change meant for the business (money, customers, hours, SLA).
import type { Rule } from '../types';
import { checkResults, hasBusinessImpact } from './result-shared';

export const rule: Rule = {
  id: 'result-no-business-impact',
  severity: 'warning',
  sections: 'Result',
  summary: 'The Result has no business translation: money, customers or users, hours saved, churn, conversion, SLA/SLO.',
  check: checkResults(
    hasBusinessImpact,
    'The Result stops at the technical change: say what it meant for the business (money, customers, hours, an SLA).',
    'Add the business impact',
    ' ${1:‹What that was worth: money, hours, customers›}.',
  ),
};
