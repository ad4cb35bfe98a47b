// front-matter: the YAML block on top: bad YAML (one finding at the offending line), an unknown level, wpm or competency.
import type { Finding, Rule } from '../types';
import { LEVELS } from '../story';
import { WPM_RANGE } from '../config';
import { competencyKind, normalizeCompetency } from '../aim';
import { replace } from '../fixes';
import { closest } from '../suggest';

/**
 * The competency names the coach accepts, as completion offers them in front matter. Each stands for an aim (aim.ts),
 * and a story is coached by that aim's notes (notes.ts) in the panel, the hover, probe completion, the template and the
 * rules that depend on the aim (test/aim-coaching.test.ts checks that each one maps to an aim). Any other name gets this
 * rule's hint, with "did you mean" from this list when one is close, and the general notes.
 */
export const KNOWN_COMPETENCIES = [
  'Ownership', 'Dive Deep', 'Deliver Results', 'Customer Obsession', 'Invent and Simplify', 'Bias for Action',
  'Leadership', 'Leadership and Influence', 'Failure and Resilience', 'Earn Trust', 'Are Right, A Lot', 'Learn and Be Curious',
  'Hire and Develop the Best', 'Insist on the Highest Standards', 'Think Big', 'Frugality', 'Have Backbone; Disagree and Commit',
  'Disagree and Commit', 'Conflict Resolution', 'Communication', 'Teamwork', 'Adaptability', 'Problem Solving', 'Mentorship',
  'Influence', 'Prioritization', 'Customer Focus', 'Technical Depth', 'Strive to be Earth\'s Best Employer', 'Success and Scale Bring Broad Responsibility',
];

export const rule: Rule = {
  id: 'front-matter',
  severity: 'warning',
  sections: 'front matter',
  summary: 'The front matter: YAML that does not parse, an unknown level, a speaking rate out of range, an unknown competency (hint).',
  check({ story }) {
    const fm = story.frontMatter;
    if (!fm) return [];
    const findings: Finding[] = fm.problems.map((p) => ({ span: p.span, message: p.message, severity: p.severity, ...(p.fixes ? { fixes: p.fixes } : {}) }));
    const at = (key: string) => fm.valueSpans[key] ?? fm.body;
    const { level, wpm, competencies } = fm.data;
    if (level !== undefined && !(typeof level === 'string' && (LEVELS as readonly string[]).includes(level.toLowerCase()))) {
      // `level: [senior]` is a list, `level: {senior: x}` a map: name what was written rather than quote it.
      const near = typeof level === 'string' ? closest(level, LEVELS) : undefined;
      const what = Array.isArray(level) ? 'A level is one word, such as senior, not a list' : level !== null && typeof level === 'object' ? 'A level is one word, such as senior, not a set of keys' : `“${String(level)}” is not a level this coach knows`;
      const how = near ? `did you mean ${near}?` : `use one of ${LEVELS.join(', ')}.`;
      findings.push({ span: at('level'), message: `${what}; ${how} Timing uses sde2 meanwhile.`, ...(near && fm.valueSpans.level ? { fixes: [replace(`Change to ${near}`, fm.valueSpans.level, near)] } : {}) });
    }
    if (wpm !== undefined && !(typeof wpm === 'number' && wpm >= WPM_RANGE.min && wpm <= WPM_RANGE.max)) {
      findings.push({ span: at('wpm'), message: `wpm should be a speaking rate from ${WPM_RANGE.min} to ${WPM_RANGE.max} words a minute; timing uses the default meanwhile.` });
    }
    const list = typeof competencies === 'string' ? [competencies] : Array.isArray(competencies) ? competencies : [];
    const items = Array.isArray(competencies) ? fm.itemSpans.competencies : undefined;
    list.forEach((c, i) => {
      // every accepted name reads as a competency (test/aim-coaching.test.ts), and so do two names of one written as one
      if (typeof c === 'string' && competencyKind(c)) return;
      const near = typeof c === 'string' ? closest(c, KNOWN_COMPETENCIES, normalizeCompetency) : undefined;
      const span = items?.[i] ?? at('competencies');
      const fix = near && (items?.[i] || typeof competencies === 'string') ? [replace(`Change to ${near}`, span, /[:#,[\]{}]/.test(near) ? `"${near}"` : near)] : undefined;
      findings.push({
        span,
        severity: 'hint',
        message: near ? `“${String(c)}” is not a competency the coach has notes for; did you mean ${near}?` : `“${String(c)}” is not a competency the coach has notes for; it will give general advice for it.`,
        ...(fix ? { fixes: fix } : {}),
      });
    });
    return findings;
  },
};
