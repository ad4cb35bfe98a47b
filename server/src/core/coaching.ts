// What each section must do, in the coach's words: shown on hover now, and by the coaching panel later.
import type { SectionKind } from './story';

export interface SectionCoaching {
  purpose: string;
  mustShow: string[];
  commonMistake: string;
}

export const SECTION_COACHING: Record<Exclude<SectionKind, 'other'>, SectionCoaching> = {
  situation: {
    purpose: 'Set the scene fast: where you were, what was going wrong, and what it was costing.',
    mustShow: ['the problem and who or what it hurt', 'a number that shows it mattered'],
    commonMistake: 'A long tour of the architecture before the problem appears: by the time it does, the interviewer has stopped listening.',
  },
  task: {
    purpose: 'Say what you set out to do, and why it was yours to take on.',
    mustShow: ['the goal in one sentence', 'the scope boundary: not your team, no ticket, nobody asked you'],
    commonMistake: 'Jumping straight to "I started investigating": without the boundary, the interviewer assumes the work was assigned.',
  },
  action: {
    purpose: 'Your steps, each with "I": what you looked at, what you found, what you built, how you got it shipped and checked.',
    mustShow: ['"I" as the actor of every step', 'the technical judgment in each step', 'how you saw it through to production'],
    commonMistake: '"We figured it out together": one sentence like that and the interviewer cannot tell what you did.',
  },
  result: {
    purpose: 'The number that moved, what it meant for the business, and what outlived the fix.',
    mustShow: ['a measured change (from what to what)', 'the business translation (money, customers, hours, an SLA)', 'a second-order effect (adopted, standard, prevented repeats)'],
    commonMistake: 'Ending on "things got better and the team was happy": activity and mood, nothing the interviewer can repeat.',
  },
  reflection: {
    purpose: 'One lesson only this story could teach: technical at sde1 and sde2, systemic at senior and above.',
    mustShow: ['a lesson specific to this story', 'at senior and above: the organizational cause (ownership gap, shared SLO, visibility)'],
    commonMistake: '"I learned communication is important": it fits every story, so it tells the interviewer nothing.',
  },
  followups: {
    purpose: 'The probes an interviewer is likely to ask, each with the answer you would give in 30 to 60 seconds.',
    mustShow: ['an answer per probe', 'the same ownership and numbers as the main answer'],
    commonMistake: '"I sent them a Slack message and they handled it": one routing answer makes the interviewer rescore the whole story.',
  },
};

/** Probes an interviewer is likely to ask of an ownership story, for completion and the coaching panel. */
export const LIKELY_PROBES = [
  'How did you get the other team to accept and ship your fix?',
  'Why did you take this on when it was not your team\'s problem?',
  'How did you measure the impact, and how sure are you of the number?',
  'What was hardest about working in a codebase you did not own?',
  'What would you do differently if it happened again?',
  'What did you decide not to do, and why?',
];

export interface CompetencyAngle {
  name: string;
  lead: string;
  emphasize: string;
  downplay: string;
}

/** How to angle the same story for each competency the seeds cover; others get GENERAL_ANGLE. */
export const COMPETENCY_ANGLES: CompetencyAngle[] = [
  { name: 'Ownership', lead: 'Open with the problem nobody owned and the moment you decided it was yours.', emphasize: 'The scope boundary (not your team, no ticket), that you carried it end to end, and a complete fix rather than a report.', downplay: 'Who else was in the room; collaboration details that blur your part.' },
  { name: 'Dive Deep', lead: 'Open with the symptom and how you went from it to the root cause.', emphasize: 'The evidence: what you pulled, what you traced, how you reproduced it, why the fix addresses the cause.', downplay: 'Business framing and process follow-ups: a sentence each is enough.' },
  { name: 'Deliver Results', lead: 'Open with the outcome: the number that moved and what it was worth.', emphasize: 'The metric delta, the money or hours, and what was adopted afterwards.', downplay: 'The mechanics of the fix.' },
  { name: 'Customer Obsession', lead: 'Open with who was hurt and how: the customer, not the system.', emphasize: 'What the customer experienced, how urgent it was for them, and how you know it is better now.', downplay: 'Internal team dynamics.' },
  { name: 'Invent and Simplify', lead: 'Open with the complexity you removed.', emphasize: 'The simplest fix that worked, and the pattern others reused.', downplay: 'Resistance you met along the way.' },
  { name: 'Bias for Action', lead: 'Open with how quickly you moved once you saw the cost of waiting.', emphasize: 'The calculated risk, what you did without being asked, and how you kept it reversible.', downplay: 'Long investigation detail: keep the pace of the story fast.' },
  { name: 'Leadership and Influence', lead: 'Open with the decision you drove and who had to be persuaded.', emphasize: 'How you won people over without authority: data, a low-risk proposal, addressing their concerns.', downplay: 'Technical detail of the fix.' },
  { name: 'Failure and Resilience', lead: 'Open with what went wrong and your part in it, plainly.', emphasize: 'How you recovered, what you changed so it cannot recur, and what you learned.', downplay: 'Blame, and anything that sounds like an excuse.' },
  { name: 'Earn Trust', lead: 'Open with the relationship at stake and what was said candidly.', emphasize: 'Where you admitted a mistake or delivered bad news, and how the other side came to rely on you.', downplay: 'Claims about yourself that the facts do not show.' },
];

export const GENERAL_ANGLE: Omit<CompetencyAngle, 'name'> = {
  lead: 'Open with the situation in one sentence, then the decision that was yours.',
  emphasize: 'What you did that someone in your seat might not have, and the measured result.',
  downplay: 'Background that does not bear on the competency the question is probing.',
};

export interface LevelExpectation {
  level: string;
  summary: string;
  reflection: string;
  bar: string;
}

export const LEVEL_EXPECTATIONS: Record<string, LevelExpectation> = {
  sde1: { level: 'SDE1', summary: 'About two minutes. The technical problem and your fix, within your own scope or just beyond it.', reflection: 'A technical lesson: the check or technique you now use (e.g. looking for races in retry logic).', bar: 'Clear ownership of your part, sound problem solving, some measured impact.' },
  sde2: { level: 'SDE2', summary: 'Two to two and a half minutes. A fix you drove end to end, across a team boundary if the story has one.', reflection: 'A technical lesson, specific to this story.', bar: 'Self-started ownership, technical depth, and impact in numbers and business terms.' },
  senior: { level: 'Senior', summary: 'Two and a half to three minutes. Add the organizational thinking: why the gap existed and the trade-offs you weighed.', reflection: 'A systemic lesson: the ownership gap, the missing shared SLO or visibility, the process you changed.', bar: 'Ownership beyond your team, technical depth, systemic insight and trade-offs said out loud.' },
  staff: { level: 'Staff', summary: 'Two and a half to three minutes. The problem as a class: what you changed so every team avoids it.', reflection: 'A systemic lesson about incentives, ownership or mechanisms across the organization.', bar: 'Influence across teams without authority, and a mechanism that outlived the fix.' },
  manager: { level: 'Manager', summary: 'Two and a half to three minutes. What you decided, how you brought people along, and what you changed in how the team works.', reflection: 'A lesson about the system your team works in: process, staffing, incentives, cross-team contracts.', bar: 'Clear decisions, people brought along, and a lasting change in how work gets done.' },
};

export interface ProbeCoaching {
  question: string;
  probes: string;
  strong: string;
  weak: string;
}

/** Follow-ups an interviewer asks of a story like this, with what a strong and a weak answer sound like. */
export const PROBE_COACHING: ProbeCoaching[] = [
  { question: 'How did you get the other team to accept and ship your fix?', probes: 'Ownership past the code; influence without authority.', strong: 'You flagged it to their lead, brought a tested fix, answered their concerns, agreed the deploy window and checked the metric afterwards.', weak: '"I messaged them and they took care of it." That is routing, and it undoes the ownership you claimed.' },
  { question: 'Why did you take this on when it was not your team\'s problem?', probes: 'Motivation and ownership mindset.', strong: 'You name the cost you saw (customers, revenue, hours) and that nobody was addressing it.', weak: '"My manager suggested it" or "I had some spare time": both say it was not your initiative.' },
  { question: 'How did you measure the impact?', probes: 'Data and business awareness.', strong: 'Before and after numbers from a named source, and how they translate to money, customers or hours.', weak: '"It got a lot better after the deploy." No number, no method.' },
  { question: 'What was hardest about working outside your team?', probes: 'Resilience and navigating boundaries.', strong: 'The concrete obstacle (access, context, trust) and what you did to get past it.', weak: '"It was hard because I didn\'t have access." The obstacle with nothing you did about it.' },
  { question: 'What would you do differently next time?', probes: 'Self-awareness and growth.', strong: 'A specific change: a check you now run, or at senior level the shared SLO or ownership you would put in place earlier.', weak: '"Communicate more." It fits every story, so it says nothing about this one.' },
];

/** Strong phrasing, per section: patterns to borrow, not sentences to copy. */
export const STRONG_PHRASING: Partial<Record<Exclude<SectionKind, 'other'>, string[]>> = {
  situation: ['"I noticed …" (you saw it first)', 'A number for the problem: "a persistent 0.3% drop rate"', '"… with no alert and no ticket"'],
  task: ['"This belonged to the … team, not mine."', '"No ticket existed and nobody had asked me to …"', '"I set out to …"'],
  action: ['One "I" + verb per step: "I pulled …", "I traced …", "I reproduced …", "I wrote …"', '"I brought a tested fix, not just the problem."', '"I coordinated the rollout and checked … after the deploy."'],
  result: ['"… went from X to Y."', '"That was worth about … a week / … hours / … customers."', '"The … team adopted it as their standard."'],
  reflection: ['"I learned to check … before …"', '"The real cause was an ownership gap: …"', '"Next time I would propose a shared … earlier."'],
  followups: ['Answer in 30 to 60 seconds', 'Keep "I" as the actor', 'End with the number or the change that lasted'],
};
