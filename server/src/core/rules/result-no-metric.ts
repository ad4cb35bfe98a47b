// result-no-metric: the Result names no measured change (a number with a unit, "from X to Y", "to zero", "halved").
import type { Rule } from '../types';
import { checkResults, hasMetric } from './result-shared';

export const rule: Rule = {
  id: 'result-no-metric',
  severity: 'warning',
  sections: 'Result',
  summary: 'The Result has no measured change: no number with a unit, no "from X to Y", no "to zero".',
  check: checkResults(
    hasMetric,
    'The Result has no number: give the measured change, e.g. what went from what to what.',
    'Add the measured change',
    ' ${1:‹What moved›} went from ${2:‹before›} to ${3:‹after›}.',
  ),
};
