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
