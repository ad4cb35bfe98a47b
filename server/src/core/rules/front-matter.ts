// front-matter: the YAML block on top: bad YAML (one finding at the offending line), an unknown level, wpm or competency.
import type { Finding, Rule } from '../types';
import { LEVELS } from '../story';
import { WPM_RANGE } from '../config';
import { normalizeCompetency } from '../aim';

/** Competencies the coaching panel has an angle for; others get a general note. */
export const KNOWN_COMPETENCIES = [
  'Ownership', 'Dive Deep', 'Deliver Results', 'Customer Obsession', 'Invent and Simplify', 'Bias for Action',
  'Leadership', 'Leadership and Influence', 'Failure and Resilience', 'Earn Trust', 'Are Right, A Lot', 'Learn and Be Curious',
  'Hire and Develop the Best', 'Insist on the Highest Standards', 'Think Big', 'Frugality', 'Have Backbone; Disagree and Commit',
  'Disagree and Commit', 'Conflict Resolution', 'Communication', 'Teamwork', 'Adaptability', 'Problem Solving', 'Mentorship',
  'Influence', 'Prioritization', 'Customer Focus', 'Technical Depth', 'Strive to be Earth\'s Best Employer', 'Success and Scale Bring Broad Responsibility',
];
const KNOWN = new Set(KNOWN_COMPETENCIES.map(normalizeCompetency));

export const rule: Rule = {
  id: 'front-matter',
  severity: 'warning',
  sections: 'front matter',
  summary: 'The front matter: YAML that does not parse, an unknown level, a speaking rate out of range, an unknown competency (hint).',
  check({ story }) {
    const fm = story.frontMatter;
    if (!fm) return [];
    const findings: Finding[] = fm.problems.map((p) => ({ span: p.span, message: p.message, severity: p.severity }));
    const at = (key: string) => fm.valueSpans[key] ?? fm.body;
    const { level, wpm, competencies } = fm.data;
    if (level !== undefined && !(typeof level === 'string' && (LEVELS as readonly string[]).includes(level.toLowerCase()))) {
      // `level: [senior]` is a list, `level: {senior: x}` a map: name what was written rather than quote it.
      const what = Array.isArray(level) ? 'A level is one word, such as senior, not a list' : level !== null && typeof level === 'object' ? 'A level is one word, such as senior, not a set of keys' : `“${String(level)}” is not a level this coach knows`;
      findings.push({ span: at('level'), message: `${what}; use one of ${LEVELS.join(', ')}. Timing uses sde2 meanwhile.` });
    }
    if (wpm !== undefined && !(typeof wpm === 'number' && wpm >= WPM_RANGE.min && wpm <= WPM_RANGE.max)) {
      findings.push({ span: at('wpm'), message: `wpm should be a speaking rate from ${WPM_RANGE.min} to ${WPM_RANGE.max} words a minute; timing uses the default meanwhile.` });
    }
    const list = typeof competencies === 'string' ? [competencies] : Array.isArray(competencies) ? competencies : [];
    for (const c of list) {
      if (typeof c === 'string' && KNOWN.has(normalizeCompetency(c))) continue;
      findings.push({ span: at('competencies'), severity: 'hint', message: `“${String(c)}” is not a competency the coach has notes for; it will give general advice for it.` });
    }
    return findings;
  },
};
