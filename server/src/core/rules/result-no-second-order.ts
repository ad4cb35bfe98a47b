// result-no-second-order: the Result has no effect beyond the fix itself (adopted by others, a new standard, fewer repeats).
import type { Rule } from '../types';
import { checkResults, hasSecondOrderEffect } from './result-shared';

export const rule: Rule = {
  id: 'result-no-second-order',
  severity: 'info',
  sections: 'Result',
  summary: 'The Result has no effect beyond the fix: adopted by others, became a standard, prevented repeats, changed a process.',
  check: checkResults(
    hasSecondOrderEffect,
    'The Result ends at the fix: did it outlive the story? Say who adopted it, what became standard, or what it prevented.',
    'Add the lasting effect',
    ' ${1:‹Who else adopted it, or what changed for good›}.',
  ),
};
