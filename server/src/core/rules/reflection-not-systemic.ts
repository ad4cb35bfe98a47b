// reflection-not-systemic: at senior level and above, the Reflection names no organizational or systemic cause.
import { insert } from '../fixes';
import type { Finding, Rule } from '../types';
import { headingTextSpan, sectionAppendPoint, sectionsOf } from './helpers';
import { isGenericLesson } from './generic-reflection';

const SYSTEMIC = /\b(?:slos?|slas?|shared|ownership|owners?|owned|unowned|process(?:es)?|cross-team|across teams|between (?:two |the )?teams|crosses teams|visibility|reward\w*|(?:nobody|no one|neither|no team) (?:measured|owned|tracked)|(?:nobody|no one|no team)['’]s (?:target|metric|goal|job|kpi|budget|responsibility|problem)|who owns|seams?|hand-?overs?|joint|postmortems?|post-mortems?|retros?|okrs?|kpis?|incentives?|organi[sz]ational|org|organi[sz]ation|governance|accountab\w*|alignment|culture|structur\w*|systemic|roadmaps?|prioriti\w*|runbooks?|playbooks?|standards?|polic(?:y|ies)|silos?|hand-?offs?|charters?|planning|escalation paths?|staffing|headcount|hiring|boundar(?:y|ies)|funding|mandates?|mechanisms?|review (?:process|cadence)|operating model|feedback loops?|guardrails?|scorecards?|graded on|measured on|judged on|rewarded for|goals? (?:were|was) set|metrics? (?:rewarded|measured|left out)|each team's|every team's|bottlenecks?|single points? of failure|(?:never|didn't|did not|doesn't|does not) (?:pay|paid|bear|bore|carry|carried) (?:for )?(?:it|the cost)|(?:our|the|my team's|the team's|the group's) (?:rotas?|rosters?|schedules?|conventions?|routines?|defaults?|ways? of working|practices?|unwritten rules?) (?:had )?(?:always|never)|(?:each|every) (?:quarter|sprint|month|planning cycle|release) (?:i|we|the team) (?:now )?(?:review|check|rotate|audit|revisit))\b/;

/** A lesson that names an organizational or systemic cause (the review reads it at every level). */
export const isSystemicLesson = (text: string) => SYSTEMIC.test(text);

export const rule: Rule = {
  id: 'reflection-not-systemic',
  severity: 'info',
  sections: 'Reflection (level senior, staff, manager)',
  summary: 'At senior level and above, the Reflection names no organizational or systemic cause (shared SLO, ownership gap, process, visibility, incentives).',
  check({ story, options }) {
    if (options.level === 'sde1' || options.level === 'sde2') return [];
    const findings: Finding[] = [];
    for (const section of sectionsOf(story, 'reflection')) {
      if (section.words === 0) continue;
      const text = section.sentences.filter((s) => !isGenericLesson(s)).map((s) => story.spokenLower.slice(s.start, s.end)).join(' ');
      if (SYSTEMIC.test(text)) continue;
      findings.push({
        span: headingTextSpan(story, section.heading),
        message: `At ${options.level} level the interviewer expects the cause behind the cause: an ownership gap, a missing shared SLO, a process or visibility gap between teams.`,
        fixes: [insert('Add the systemic lesson', sectionAppendPoint(section), ' The deeper cause was ${1:‹the gap between teams: what nobody owned, measured or saw›}.')],
      });
    }
    return findings;
  },
};
