// Coaching notes per aim: what to lead with, emphasize and downplay, each section's purpose and checklist, the likely
// probes and strong phrasing. One entry per aim kind (every competency the coach accepts reads as one of them), so a
// conflict story is coached for conflict and an Ownership story for ownership. Data only; `views.ts` computes the
// checklists from the analysis. The facts behind the texts come from the seed material; the words are our own.
import { competencyKind, type AimKind, type StoryAim } from './aim';
import type { SectionKind } from './story';
import { PROBE_TARGET } from './timing';

export type CoachedSection = Exclude<SectionKind, 'other'>;

/**
 * One checklist item and how it is computed. An item with `rules` is done when the Problems view has no finding of
 * those rules in the section (anywhere in the story when `story` is set): the very findings the editor shows, so the
 * two never disagree. The others read the section's spoken text. No item is done in an empty section or in one that
 * still holds a placeholder: a placeholder is not content.
 */
export type CheckItem = { label: string; /** only at senior level and above */ senior?: true } & (
  | { rules: string[]; story?: true }
  | { cue: RegExp }
  | { number: true }
  | { within: number }
  | { probes: 'answered' | 'timed' }
);

export interface ProbeCoaching {
  question: string;
  probes: string;
  strong: string;
  weak: string;
}

export interface AimNotes {
  /** The competency these notes are for, as the template offers it. */
  competency: string;
  lead: string;
  emphasize: string;
  downplay: string;
  /** What each section must do for this aim, where it differs from the shared purpose. */
  purpose: Partial<Record<CoachedSection, string>>;
  mistake: Partial<Record<CoachedSection, string>>;
  checklist: Record<Exclude<CoachedSection, 'followups'>, CheckItem[]>;
  /** Likely follow-ups, most telling first; the shared last probe is added after them. */
  probes: ProbeCoaching[];
  phrasing: Partial<Record<CoachedSection, string[]>>;
}

// Items many aims share.
const FAST: CheckItem = { label: 'Gets to the problem within 45 seconds', within: 45 };
const PROBLEM_NUMBER: CheckItem = { label: 'Puts a number on the problem', number: true };
const I_ACTOR: CheckItem = { label: '"I" is the actor of every step', rules: ['we-language', 'passive-voice'] };
const CHECKED: CheckItem = { label: 'Checked after the change', rules: ['unverified-result'] };
const METRIC: CheckItem = { label: 'Metric delta (from what to what)', rules: ['result-no-metric'] };
const BUSINESS: CheckItem = { label: 'Business translation (money, customers, hours, SLA)', rules: ['result-no-business-impact'] };
const SECOND: CheckItem = { label: 'Second-order effect (adopted, standard, prevented)', rules: ['result-no-second-order'] };
const MEASURED: CheckItem = { label: 'Measured, not assumed', rules: ['unverified-result', 'activity-not-impact'] };
const SPECIFIC: CheckItem = { label: 'Specific to this story', rules: ['generic-reflection'] };
const systemic = (label: string): CheckItem => ({ label, senior: true, rules: ['reflection-not-systemic'] });
const reflection = (cause: string): CheckItem[] => [SPECIFIC, systemic(cause)];

/** The Task item for a story whose aim needs a scope boundary: shown exactly when missing-scope-boundary applies. */
export const SCOPE_BOUNDARY: CheckItem = { label: 'Scope boundary stated (not your team, no ticket, nobody asked)', rules: ['missing-scope-boundary'], story: true };

export const FOLLOWUP_CHECKLIST: CheckItem[] = [
  { label: 'Every probe has a prepared answer', probes: 'answered' },
  { label: `Each answer within ${PROBE_TARGET.min}–${PROBE_TARGET.max} seconds`, probes: 'timed' },
];

/** What every section must do whatever the aim; an aim's `purpose` and `mistake` replace these. */
export const SHARED_PURPOSE: Record<CoachedSection, string> = {
  situation: 'Set the scene fast: where you were, what was going wrong, and what it was costing.',
  task: 'Say what you set out to do, and what part of it was yours.',
  action: 'Your steps, each with "I": what you did, why, and how you checked it worked.',
  result: 'The number that moved, what it meant for the business, and what outlived the work.',
  reflection: 'One lesson only this story could teach: technical at sde1 and sde2, systemic at senior and above.',
  followups: 'The probes an interviewer is likely to ask, each with the answer you would give in 30 to 60 seconds.',
};

export const SHARED_MISTAKE: Record<CoachedSection, string> = {
  situation: 'A long tour of the background before the problem appears: by the time it does, the interviewer has stopped listening.',
  task: 'No goal: without it the interviewer cannot tell whether the Action was the right thing to do.',
  action: '"We figured it out together": one sentence like that and the interviewer cannot tell what you did.',
  result: 'Ending on "things got better and everyone was happy": mood, nothing the interviewer can repeat.',
  reflection: '"I learned communication is important": it fits every story, so it tells the interviewer nothing.',
  followups: 'An answer that gives up what the main answer claimed: the interviewer rescores the whole story by it.',
};

export const SHARED_PHRASING: Partial<Record<CoachedSection, string[]>> = {
  situation: ['A number for the problem: "… a week", "… of our users"', '"It had been going on for …"'],
  reflection: ['"I learned to check … before …"', '"The real cause was …, so next time I would …"'],
  followups: ['Answer in 30 to 60 seconds', 'Keep "I" as the actor', 'End with the number or the change that lasted'],
};

/** Asked of any story, after the aim's own probes. */
export const SHARED_PROBE: ProbeCoaching = {
  question: 'What would you do differently next time?',
  probes: 'Self-awareness and growth.',
  strong: 'A specific change: a check you now run, or at senior level the process or shared goal you would put in place earlier.',
  weak: '"Communicate more." It fits every story, so it says nothing about this one.',
};

const ANY_PERSON = String.raw`(?:him|her|them|my (?:manager|lead|director|boss|peer|colleague)|the (?:lead|manager|director|team))`;

export const AIM_NOTES: Record<AimKind, AimNotes> = {
  ownership: {
    competency: 'Ownership',
    lead: 'Open with the problem nobody owned and the moment you decided it was yours.',
    emphasize: 'The scope boundary (not your team, no ticket), that you carried it end to end, and a complete fix rather than a report.',
    downplay: 'Who else was in the room; collaboration details that blur your part.',
    purpose: {
      task: 'Say what you set out to do, and why it was yours to take on.',
      action: 'Your steps, each with "I": what you looked at, what you found, what you built, how you got it shipped and checked.',
    },
    mistake: {
      task: 'Jumping straight to "I started investigating": without the boundary, the interviewer assumes the work was assigned.',
      followups: '"I sent them a Slack message and they handled it": one routing answer makes the interviewer rescore the whole story.',
    },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'Not handed to you', rules: ['assigned-work'], story: true }],
      action: [I_ACTOR, { label: 'A fix of your own, not a report passed on', rules: ['routing-not-ownership'] }, { label: 'Seen through to production', rules: ['passive-handoff'] }, CHECKED],
      result: [METRIC, BUSINESS, SECOND, MEASURED],
      reflection: reflection('Names the systemic cause (ownership gap, shared SLO, visibility)'),
    },
    probes: [
      { question: 'How did you get the other team to accept and ship your fix?', probes: 'Ownership past the code; influence without authority.', strong: 'You flagged it to their lead, brought a tested fix, answered their concerns, agreed the deploy window and checked the metric afterwards.', weak: '"I messaged them and they took care of it." That is routing, and it undoes the ownership you claimed.' },
      { question: 'Why did you take this on when it was not your team\'s problem?', probes: 'Motivation and ownership mindset.', strong: 'You name the cost you saw (customers, revenue, hours) and that nobody was addressing it.', weak: '"My manager suggested it" or "I had some spare time": both say it was not your initiative.' },
      { question: 'How did you measure the impact?', probes: 'Data and business awareness.', strong: 'Before and after numbers from a named source, and how they translate to money, customers or hours.', weak: '"It got a lot better after the deploy." No number, no method.' },
      { question: 'What was hardest about working outside your team?', probes: 'Resilience and navigating boundaries.', strong: 'The concrete obstacle (access, context, trust) and what you did to get past it.', weak: '"It was hard because I didn\'t have access." The obstacle with nothing you did about it.' },
    ],
    phrasing: {
      situation: ['"I noticed …" (you saw it first)', 'A number for the problem: "a persistent 0.3% drop rate"', '"… with no alert and no ticket"'],
      task: ['"This belonged to the … team, not mine."', '"No ticket existed and nobody had asked me to …"', '"I set out to …"'],
      action: ['One "I" + verb per step: "I pulled …", "I traced …", "I reproduced …", "I wrote …"', '"I brought a tested fix, not just the problem."', '"I coordinated the rollout and checked … after the deploy."'],
      result: ['"… went from X to Y."', '"That was worth about … a week / … hours / … customers."', '"The … team adopted it as their standard."'],
      reflection: ['"I learned to check … before …"', '"The real cause was an ownership gap: …"', '"Next time I would propose a shared … earlier."'],
    },
  },

  'bias-for-action': {
    competency: 'Bias for Action',
    lead: 'Open with how quickly you moved once you saw the cost of waiting.',
    emphasize: 'The calculated risk, what you did without being asked, and how you kept it reversible.',
    downplay: 'Long investigation detail: keep the pace of the story fast.',
    purpose: { task: 'Say what waiting would have cost, and what you decided to do about it.', action: 'Your steps, fast and each with "I": what you did first, the risk you took, and how you could undo it.' },
    mistake: { action: 'Waiting for every fact before acting, or acting with no way back: the interviewer hears either paralysis or recklessness.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The cost of waiting', cue: /\b(?:wait(?:ing|ed)?|delay\w*|every (?:hour|day|week|minute)|per (?:hour|day|week)|each (?:hour|day)|until)\b/ }],
      action: [I_ACTOR, { label: 'The risk you took, and how you kept it reversible', cue: /\b(?:revers\w*|roll(?:ed)? ?back|undo|flag\w*|canary|risk\w*|small(?:er)? (?:step|change|batch)|one (?:region|host|shard))\b/ }, CHECKED],
      result: [METRIC, BUSINESS, MEASURED],
      reflection: reflection('Names what made the team slow to act (approvals, ownership, alerts)'),
    },
    probes: [
      { question: 'What did you not know when you acted, and why act anyway?', probes: 'Judgment under uncertainty; a calculated risk.', strong: 'What was unknown, what waiting cost in numbers, and why the step could be undone if you were wrong.', weak: '"There was no time to think." Speed with no reasoning sounds reckless.' },
      { question: 'What would you have done if it had gone wrong?', probes: 'Reversibility and risk control.', strong: 'The rollback you had ready and the signal you watched to decide.', weak: '"It was not going to go wrong." No plan B.' },
      { question: 'Who did you tell, and when?', probes: 'Acting fast without going around people.', strong: 'Who you told before or right after, and why that order.', weak: '"I just did it and nobody minded." It sounds like luck.' },
    ],
    phrasing: {
      task: ['"Every hour we waited cost …"', '"I decided to … before …"'],
      action: ['"I … first, because it could be undone."', '"I kept … ready to roll back."'],
      result: ['"… went from X to Y within … hours."', '"That saved about …"'],
    },
  },

  failure: {
    competency: 'Failure and Resilience',
    lead: 'Open with what went wrong and your part in it, plainly.',
    emphasize: 'How you recovered, what you changed so it cannot recur, and what you learned.',
    downplay: 'Blame, and anything that sounds like an excuse.',
    purpose: { task: 'Say what you had committed to, and that the miss was yours.', action: 'Your steps, each with "I": how you told people, how you recovered, and what you changed so it does not recur.' },
    mistake: { task: 'Spreading the failure over the team or the circumstances: the interviewer hears an excuse.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'Your part in what went wrong, said plainly', cue: /\b(?:i (?:missed|made|underestimated|overlooked|assumed|forgot|misjudged|broke|shipped|chose|did not|didn't|had not|hadn't)|my (?:mistake|fault|error|call|estimate|miss|change|code|design|migration|release)\b|(?:was|were) mine|it was my (?:change|call|code|mistake|design|fault)|i own(?:ed)? the (?:failure|mistake))/ }],
      action: [I_ACTOR, { label: 'Told the people affected, early', cue: new RegExp(String.raw`\b(?:told|informed|warned|called|wrote to|let) ${ANY_PERSON}|\b(?:told|informed|warned) (?:the )?(?:customer|client|stakeholder|team)s?\b`) }, { label: 'What you changed so it cannot recur', cue: /\b(?:so that|never again|now (?:runs|checks|catches|blocks)|added|put in|check(?:list)?|guard|test|alert|review)\b/ }],
      result: [METRIC, BUSINESS, MEASURED],
      reflection: reflection('Names what in the process let the failure through'),
    },
    probes: [
      { question: 'What was your part in it?', probes: 'Accountability without excuses.', strong: 'The decision or step that was yours, said in one sentence, with no "but".', weak: '"The requirements kept changing." Blame on the circumstances.' },
      { question: 'How did you tell the people affected?', probes: 'Candor under pressure.', strong: 'Who you told, how soon, and what you offered with the bad news.', weak: '"My manager handled the communication." You left the hard part to someone else.' },
      { question: 'What did you change so it does not happen again?', probes: 'Learning that lasts.', strong: 'A named check or process, and the evidence it has caught a repeat.', weak: '"I am more careful now." Nothing anyone can see.' },
    ],
    phrasing: {
      task: ['"I had committed to … by …, and I missed it."', '"The call was mine."'],
      action: ['"I told … the same day, with a new date."', '"I added … so that …"'],
      result: ['"We recovered … of the … within …"', '"Since then … has caught … cases."'],
    },
  },

  disagree: {
    competency: 'Have Backbone; Disagree and Commit',
    lead: 'Open with the decision and why you thought it was wrong.',
    emphasize: 'The disagreement said out loud, to the person who decided, with data; then the commitment once the decision was made.',
    downplay: 'Who was right in the end; going along quietly; anything that sounds like winning an argument.',
    purpose: {
      task: 'Say what was being decided, who decided it, and what you were responsible for.',
      action: 'Your steps, each with "I": how you made your case with data, to whom, and how you committed once the call was made.',
      result: 'What the decision led to, with a number, and what you did to make it work.',
    },
    mistake: {
      action: 'Disagreeing only in private, or going along and then dragging your feet: the interviewer hears no backbone, or no commitment.',
      result: '"In the end I was proved right": the interviewer wants the commitment, not the score.',
    },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'What was being decided, and who decided it', cue: /\b(?:decid\w*|decision|plan(?:ned)?|propos\w*|the call|chose|wanted to)\b/ }],
      action: [
        I_ACTOR,
        { label: 'The disagreement said out loud, to the person who decided', cue: /\b(?:disagree\w*|pushed back|push back|objected|argued|challenged|raised (?:my |the |a )?concerns?|made (?:my|the|a) case|told \w+(?: \w+)? (?:that )?(?:i|it|this|the plan|we) )/ },
        { label: 'Backed by data', number: true },
        { label: 'Committed to the decision once it was made', cue: /\b(?:commit\w*|went (?:ahead )?with|backed (?:the|her|his|their) (?:decision|plan|call)|supported (?:the|her|his|their) (?:decision|plan|call)|got behind|carried (?:it )?out|made (?:it|the plan) work|put my (?:weight|effort) behind)\b/ },
      ],
      result: [METRIC, BUSINESS, MEASURED],
      reflection: reflection('Names what you changed in how decisions get made'),
    },
    probes: [
      { question: 'How did you make your case, and to whom?', probes: 'Backbone: disagreeing openly, with data, to the person who decides.', strong: 'The numbers you brought, the meeting or document where you said it, and the decision maker you said it to.', weak: '"I mentioned my concerns to a couple of people." Said quietly, to nobody who decides.' },
      { question: 'What did you do once the decision went against you?', probes: 'Commitment after the decision.', strong: 'You said you would back it, then did the work fully and watched the risk you had raised.', weak: '"I did what I was told, but I knew it would fail." Compliance, not commitment.' },
      { question: 'Why did you take it to someone above them, and what did you say?', probes: 'Escalation as arguing a case, not passing a problem on.', strong: 'You told the person first that you would, took the data to whoever could decide, and accepted the answer.', weak: '"I went over their head." It sounds like a way around the person, not a case made.' },
    ],
    phrasing: {
      task: ['"… had decided to …, and I thought it would …"'],
      action: ['"I showed … that … went from X to Y."', '"I told … I disagreed, and why."', '"Once … decided, I committed and …"'],
      result: ['"… shipped on …, and … went from X to Y."', '"I watched … closely, as I had promised."'],
    },
  },

  conflict: {
    competency: 'Conflict Resolution',
    lead: 'Open with what you and the other person needed, and where those needs collided.',
    emphasize: 'How you heard their side, the way forward you both agreed to, and how you worked together afterwards.',
    downplay: 'Who was to blame; the other person\'s faults; a manager settling it for you.',
    purpose: {
      task: 'Say what you both needed to get done, and what the disagreement was about.',
      action: 'Your steps, each with "I": how you heard their side, what you proposed, and how you agreed a way forward.',
      result: 'What got done, with a number, and how the working relationship stood afterwards.',
    },
    mistake: {
      action: 'Telling the story as you against a difficult person: the interviewer hears blame, not resolution.',
      result: 'Ending on who won: the interviewer wants the work done and the relationship intact.',
    },
    checklist: {
      situation: [FAST, { label: 'Says what the disagreement was about', cue: /\b(?:disagree\w*|conflict\w*|clash\w*|tension|friction|argu\w*|at odds|pushed back|frustrat\w*|blocked)\b/ }],
      task: [{ label: 'What you both needed to get done', cue: /\b(?:need\w*|had to|goal|deadline|set out to|wanted|agreed|both)\b/ }],
      action: [
        I_ACTOR,
        { label: 'Asked for their side and listened', cue: /\b(?:asked (?:him|her|them|what|why|how)|listened|heard (?:him|her|them) out|(?:his|her|their) (?:side|view|concern|concerns|point|reasons?|goals?))\b/ },
        { label: 'A way forward you both agreed to', cue: /\b(?:agreed|agreement|compromis\w*|common ground|settled on|middle ground|we both|both of us)\b/ },
      ],
      result: [METRIC, { label: 'How you worked together afterwards', cue: /\b(?:relationship|since then|trust\w*|(?:worked|work|working) (?:well )?together|asked me|came to me|still|afterwards)\b/ }, MEASURED],
      reflection: reflection('Names what in the setup caused the friction (goals, roles, process)'),
    },
    probes: [
      { question: 'What was their side of it?', probes: 'Empathy: whether you understood the other person.', strong: 'Their goal and pressure in one fair sentence, as they would say it.', weak: '"They were just being difficult." No understanding, only blame.' },
      { question: 'What did you do first to resolve it?', probes: 'Taking the first step yourself.', strong: 'You went to them directly, asked, listened, and proposed something concrete.', weak: '"I asked my manager to sort it out." You handed the conflict to someone else.' },
      { question: 'How do you two work together now?', probes: 'A relationship repaired, not a truce.', strong: 'What you do together now, or what they came to you for since.', weak: '"We just avoid each other." The conflict is parked, not resolved.' },
    ],
    phrasing: {
      task: ['"We both needed … by …, and we disagreed on …"'],
      action: ['"I asked … what mattered most to them."', '"I proposed …, and we agreed to …"'],
      result: ['"We shipped … on …, and … went from X to Y."', '"Since then … comes to me first when …"'],
    },
  },

  people: {
    competency: 'Hire and Develop the Best',
    lead: 'Open with the person (by role, not name), where they were starting from, and what they wanted.',
    emphasize: 'Their goal, what you did to help them reach it themselves, and their growth, measured.',
    downplay: 'What you did for them instead of with them; your own technical work.',
    purpose: {
      situation: 'Set the scene fast: who the person was (by role), where they were starting from, and what was at stake.',
      task: 'Say what they wanted to get to, and what you set out to do to help.',
      action: 'Your steps, each with "I": how you coached, gave feedback and made room for them to do it themselves.',
      result: 'Their growth, measured: what they do now, and what changed for the team.',
    },
    mistake: {
      action: 'Doing the work for them: the interviewer hears a fix, not a person who grew.',
      result: '"They did great": praise, with nothing measured.',
    },
    checklist: {
      situation: [FAST, { label: 'Names the person by role and where they were starting from', cue: /\b(?:new hire|junior|intern|engineer|report|mentee|analyst|joined|was new|first (?:job|role)|struggl\w*)\b/ }],
      task: [{ label: 'Their goal, in their terms', cue: /\b(?:goal|wanted|aim\w*|promot\w*|ready to|grow\w*|own (?:a|the)|lead (?:a|the))\b/ }],
      action: [
        I_ACTOR,
        { label: 'Feedback given directly, with examples', cue: /\b(?:feedback|example|told (?:him|her|them)|showed (?:him|her|them)|review\w*)\b/ },
        { label: 'Room for them to do it themselves', cue: /\b(?:let (?:him|her|them)|(?:he|she|they) (?:led|wrote|ran|owned|drove|presented|took|shipped|designed)|paired|stepped back|handed (?:him|her|them))\b/ },
      ],
      result: [{ label: 'Their growth, measured (from what to what)', rules: ['result-no-metric'] }, { label: 'What they do now without you', cue: /\b(?:now|since|on (?:his|her|their) own|without (?:me|help)|promot\w*|leads|owns|mentors?)\b/ }, MEASURED],
      reflection: reflection('Names what you changed in how the team grows people'),
    },
    probes: [
      { question: 'How did you know what they needed?', probes: 'Reading a person, not applying a formula.', strong: 'What you asked them, what you saw in their work, and their own goal.', weak: '"I just showed them how I do it." Your way, not their need.' },
      { question: 'How did you measure their growth?', probes: 'Development with evidence.', strong: 'Before and after: what they owned, shipped or led, a promotion, a review, or the time they needed.', weak: '"They became much more confident." A feeling, not a measure.' },
      { question: 'What feedback was hardest to give, and how did you give it?', probes: 'Candor with care.', strong: 'The exact point, the example you used, and what they did with it.', weak: '"I kept it positive." The hard part left out.' },
    ],
    phrasing: {
      situation: ['"A new engineer on my team had … and wanted to …"'],
      task: ['"Their goal was to …; mine was to help them get there."'],
      action: ['"I asked them what …"', '"I gave them … to own, and reviewed …"', '"I told them plainly that …, with …"'],
      result: ['"Within … months they …"', '"They now … without me, and mentor …"'],
    },
  },

  customer: {
    competency: 'Customer Obsession',
    lead: 'Open with who was hurt and how: the customer, not the system.',
    emphasize: 'The customer\'s problem in the customer\'s terms, how you heard it from them, and how you know it is better for them now.',
    downplay: 'Internal team dynamics and the mechanics of the fix.',
    purpose: {
      situation: 'Set the scene fast: who the customer was, what went wrong for them, and what it cost them.',
      task: 'Say what the customer needed, in their words, and what you set out to do about it.',
      action: 'Your steps, each with "I": how you heard it from the customer, what you changed for them, and how you checked.',
      result: 'What changed for the customer, measured, and what it meant for the business.',
    },
    mistake: {
      situation: 'Describing the system\'s fault instead of the customer\'s experience: the interviewer cannot tell who was hurt.',
    },
    checklist: {
      situation: [FAST, { label: 'The customer\'s problem in the customer\'s terms', cue: /\b(?:customers?|clients?|users?|merchants?|buyers?|shoppers?|patients?|members?|subscribers?|callers?|drivers?|riders?)\b/ }, PROBLEM_NUMBER],
      task: [{ label: 'What the customer needed', cue: /\b(?:need\w*|want\w*|expect\w*|asked for|so that|couldn't|could not|had to)\b/ }],
      action: [I_ACTOR, { label: 'Heard it from the customer (calls, tickets, data)', cue: /\b(?:talked|spoke|called|met|interview\w*|listened|tickets?|feedback|complaints?|surveys?|sessions?|visited|shadow\w*|support)\b/ }, CHECKED],
      result: [{ label: 'What changed for the customer, measured', rules: ['result-no-metric'] }, BUSINESS, MEASURED],
      reflection: reflection('Names what let the customer\'s problem go unseen'),
    },
    probes: [
      { question: 'How did you know what the customer actually needed?', probes: 'Working back from the customer.', strong: 'The calls, tickets or data you looked at, and what the customer said, in their words.', weak: '"It was obvious what they wanted." An assumption, not the customer.' },
      { question: 'What did you trade off for the customer?', probes: 'Putting the customer first when it cost something.', strong: 'What you gave up or delayed, and why the customer\'s need outweighed it.', weak: '"Nothing, it was a win for everyone." No hard choice.' },
      { question: 'How do you know it is better for them now?', probes: 'Measuring the customer\'s outcome.', strong: 'The customer\'s own number (wait time, failed orders, tickets) before and after.', weak: '"The system is much faster." The system, not the customer.' },
    ],
    phrasing: {
      situation: ['"Our … customers could not … and had to …"', '"… of them wrote in about …"'],
      task: ['"What they needed was …"'],
      action: ['"I read … tickets and called … of them."', '"I changed … so that customers …"'],
      result: ['"Customers\' … went from X to Y."', '"Support tickets about … fell from … to …"'],
    },
  },

  'dive-deep': {
    competency: 'Dive Deep',
    lead: 'Open with the symptom and how you went from it to the root cause.',
    emphasize: 'The evidence: what you pulled, what you traced, how you reproduced it, why the fix addresses the cause.',
    downplay: 'Business framing and process follow-ups: a sentence each is enough.',
    purpose: { task: 'Say what question you set out to answer, and why the easy answer was not enough.', action: 'Your steps, each with "I": what evidence you pulled, what you ruled out, how you confirmed the cause.' },
    mistake: { action: 'Jumping from the symptom to the fix: the interviewer hears a guess that worked.' },
    checklist: {
      situation: [FAST, { label: 'The symptom, with a number', number: true }],
      task: [{ label: 'The question you set out to answer', cue: /\b(?:why|find out|figure out|understand|root cause|set out to|what was causing)\b/ }],
      action: [I_ACTOR, { label: 'The evidence you pulled (logs, data, traces)', cue: /\b(?:logs?|data|traces?|metrics?|dashboards?|quer(?:y|ied|ies)|profil\w*|dumps?|samples?|records?|packets?)\b/ }, { label: 'How you confirmed the root cause', cue: /\b(?:reproduc\w*|confirm\w*|verif\w*|proved|isolat\w*|bisect\w*|ruled out)\b/ }, CHECKED],
      result: [METRIC, BUSINESS, MEASURED],
      reflection: reflection('Names why the cause stayed hidden (visibility, alerts, ownership)'),
    },
    probes: [
      { question: 'What did you rule out on the way, and how?', probes: 'Rigor: evidence over guesses.', strong: 'Two or three hypotheses and the data that killed each.', weak: '"I had a hunch and it was right." Luck, not depth.' },
      { question: 'How did you know it was the root cause and not a symptom?', probes: 'Depth past the first answer.', strong: 'You reproduced it, fixed it, and showed the failure stopped.', weak: '"The errors went away after the change." Correlation only.' },
      { question: 'What was the hardest part to find?', probes: 'Persistence in the detail.', strong: 'The concrete dead end and what got you past it.', weak: '"It just took a long time." No detail.' },
    ],
    phrasing: {
      task: ['"I set out to find why …"'],
      action: ['"I pulled … and saw …"', '"I ruled out … because …"', '"I reproduced it by …"'],
      result: ['"… went from X to Y."', '"The same cause turned up in … and was fixed there too."'],
    },
  },

  results: {
    competency: 'Deliver Results',
    lead: 'Open with the outcome: the number that moved and what it was worth.',
    emphasize: 'The goal and the deadline, what you cut or reordered to get there, and the result against the goal.',
    downplay: 'The mechanics of the work.',
    purpose: { task: 'Say the goal and the deadline, and what stood in the way.', action: 'Your steps, each with "I": what you prioritized, what you cut, and how you cleared what blocked you.' },
    mistake: { result: 'A list of things shipped with no goal to measure them against.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The goal and the deadline', cue: /\b(?:deadline|due|by (?:the )?(?:end|launch|start)|weeks?|days?|months?|target|goal|commit\w*)\b/ }],
      action: [I_ACTOR, { label: 'What you cut or reordered to get there', cue: /\b(?:cut|dropp\w*|descop\w*|reorder\w*|prioriti\w*|deferr?\w*|postpon\w*|trade-?offs?|instead)\b/ }, CHECKED],
      result: [METRIC, { label: 'Against the goal (on time, or how far off)', cue: /\b(?:on time|ahead|early|late|deadline|on schedule|shipped|launched|delivered|target|goal)\b/ }, BUSINESS, MEASURED],
      reflection: reflection('Names what made delivery hard (planning, dependencies, staffing)'),
    },
    probes: [
      { question: 'What did you give up to hit the date?', probes: 'Prioritization under pressure.', strong: 'The scope you cut, why it was the right thing to cut, and when it came back.', weak: '"We just worked harder." No choices made.' },
      { question: 'What got in the way, and what did you do about it?', probes: 'Clearing obstacles yourself.', strong: 'The blocker by name and the step you took to clear it.', weak: '"We were blocked on another team for a while." Waiting, not delivering.' },
      { question: 'How did you measure success?', probes: 'Results against a goal.', strong: 'The goal set at the start, and the number at the end.', weak: '"We launched on time and people liked it." No measure.' },
    ],
    phrasing: {
      task: ['"We had to … by …"'],
      action: ['"I cut … so that …"', '"I moved … ahead of … because …"'],
      result: ['"We shipped on …, … days ahead of …"', '"… went from X to Y, worth …"'],
    },
  },

  simplify: {
    competency: 'Invent and Simplify',
    lead: 'Open with the complexity you removed.',
    emphasize: 'The simplest thing that worked, what you took away, and the pattern others reused.',
    downplay: 'Resistance you met along the way.',
    purpose: { task: 'Say what was too complex, for whom, and what you set out to make simpler.', action: 'Your steps, each with "I": what you took away or replaced, and how you checked nothing broke.' },
    mistake: { action: 'A new system on top of the old one: the interviewer hears more complexity, not less.' },
    checklist: {
      situation: [FAST, { label: 'The complexity, measured (steps, hours, handoffs)', number: true }],
      task: [{ label: 'What you set out to make simpler', cue: /\b(?:simpl\w*|fewer|faster|easier|one|remov\w*|automat\w*|replac\w*)\b/ }],
      action: [I_ACTOR, { label: 'What you removed, not only what you added', cue: /\b(?:remov\w*|cut|delet\w*|dropp\w*|replac\w*|merg\w*|combin\w*|retir\w*|fewer)\b/ }, CHECKED],
      result: [METRIC, { label: 'Others reused it', rules: ['result-no-second-order'] }, MEASURED],
      reflection: reflection('Names why the complexity had built up'),
    },
    probes: [
      { question: 'What did you take away?', probes: 'Simplification, not addition.', strong: 'The steps, parts or tools that are gone, counted.', weak: '"I added a new tool to manage it." More, not less.' },
      { question: 'What was the simplest option you rejected, and why?', probes: 'Judgment about simple enough.', strong: 'The option, why it fell short, and what yours kept simple.', weak: '"There was no other way." No options weighed.' },
      { question: 'Who else uses it now?', probes: 'An idea that spread.', strong: 'The teams or people who took it up, and how many.', weak: '"It is still just me using it." No reach.' },
    ],
    phrasing: {
      task: ['"… took … steps and … handoffs; I set out to make it one."'],
      action: ['"I replaced … with …"', '"I removed …"'],
      result: ['"… went from … steps to …"', '"… other teams now use it."'],
    },
  },

  influence: {
    competency: 'Leadership and Influence',
    lead: 'Open with the decision you drove and who had to be persuaded.',
    emphasize: 'How you won people over without authority: data, a low-risk proposal, answering their concerns.',
    downplay: 'Technical detail of the fix.',
    purpose: { task: 'Say what you needed people to agree to, and why they had reason not to.', action: 'Your steps, each with "I": who you persuaded, with what evidence, and how you met their concerns.' },
    mistake: { action: 'Getting your manager to tell people to do it: authority, not influence.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The decision you needed, and who made it', cue: /\b(?:decid\w*|decision|agree\w*|approv\w*|buy-?in|convinc\w*|persuad\w*|sign(?:ed)?[- ]off)\b/ }],
      action: [I_ACTOR, { label: 'Won people over with evidence, not authority', cue: /\b(?:data|numbers?|showed|proposal|propos\w*|pilot\w*|prototype|concerns?|objections?|demo\w*)\b/ }, { label: 'Met their concerns', cue: /\b(?:concerns?|objections?|worr\w*|asked (?:them|him|her)|listened|addressed|answered)\b/ }],
      result: [{ label: 'What they agreed to', cue: /\b(?:agreed|adopted|approved|signed off|decided|chose|switched|moved to|took up)\b/ }, METRIC, MEASURED],
      reflection: reflection('Names what made agreement hard (incentives, ownership, process)'),
    },
    probes: [
      { question: 'Who was hardest to convince, and how did you do it?', probes: 'Influence without authority.', strong: 'The person by role, their concern, and the evidence or change that won them over.', weak: '"My manager told them to do it." Authority, not influence.' },
      { question: 'What did you change in your proposal because of them?', probes: 'Listening while leading.', strong: 'A concrete change you made for their concern.', weak: '"Nothing, the plan was right." Not listening.' },
      { question: 'What would you have done if they had said no?', probes: 'Judgment and persistence.', strong: 'A smaller step or a test you would have proposed, and when you would have accepted no.', weak: '"I would have escalated." No plan of your own.' },
    ],
    phrasing: {
      task: ['"I needed … to agree to …, and they had reasons not to."'],
      action: ['"I showed … that …"', '"I proposed a small pilot: …"', '"I changed … to meet their concern about …"'],
      result: ['"… agreed to …, and … went from X to Y."'],
    },
  },

  trust: {
    competency: 'Earn Trust',
    lead: 'Open with the relationship at stake and what was said candidly.',
    emphasize: 'Where you admitted a mistake or delivered bad news, and how the other side came to rely on you.',
    downplay: 'Claims about yourself that the facts do not show.',
    purpose: { task: 'Say whose trust was at stake, and why.', action: 'Your steps, each with "I": what you said plainly, and what you did that they could check.' },
    mistake: { action: 'Smoothing over the bad news: the interviewer hears a relationship kept by hiding things.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'Whose trust was at stake, and why', cue: /\b(?:trust\w*|relationship|confidence|rely|reli\w*|credib\w*|promis\w*)\b/ }],
      action: [I_ACTOR, { label: 'Said the hard thing plainly (a mistake, bad news)', cue: /\b(?:admit\w*|owned up|my mistake|bad news|apologi\w*|was wrong|candid\w*|honest\w*|a fair (?:catch|point)|(?:was|were) fair|told (?:him|her|them|the \w+|\w+) (?:the truth|plainly|directly|exactly|that|what))\b/ }, { label: 'Did what you said, where they could check', cue: /\b(?:shared|showed|published|sent|weekly|daily|every|reports?|dashboards?|updates?|as promised|kept)\b/ }],
      result: [{ label: 'How they rely on you now', cue: /\b(?:now|since|rely|reli\w*|trust\w*|asked me|came to me|renewed|returned|again)\b/ }, METRIC, MEASURED],
      reflection: reflection('Names what had worn the trust down (visibility, promises, process)'),
    },
    probes: [
      { question: 'What was the hardest thing you had to tell them?', probes: 'Candor.', strong: 'The exact news, how you said it, and what you offered with it.', weak: '"I kept things positive." The hard part avoided.' },
      { question: 'How did you know they trusted you afterwards?', probes: 'Trust shown, not claimed.', strong: 'What they did: came to you first, renewed, gave you more.', weak: '"I think they liked working with me." A feeling.' },
      { question: 'Was there a time you could not keep a promise to them?', probes: 'Honesty when it costs.', strong: 'You told them early, said why, and what you would do instead.', weak: '"That never happened." Hard to believe.' },
    ],
    phrasing: {
      task: ['"… had stopped relying on our …, because …"'],
      action: ['"I told … plainly that …"', '"I sent … a weekly … so they could check …"'],
      result: ['"Since then … comes to me first about …"', '"They renewed for …"'],
    },
  },

  standards: {
    competency: 'Insist on the Highest Standards',
    lead: 'Open with the bar you held and what lowering it would have cost.',
    emphasize: 'What you refused to ship, what you did instead, and the check that keeps the bar without you.',
    downplay: 'Perfectionism for its own sake; criticism of others\' work.',
    purpose: { task: 'Say what bar mattered and why.', action: 'Your steps, each with "I": what you held back or raised, and the check you put in so it holds.' },
    mistake: { action: 'A higher bar with no reason given: the interviewer hears perfectionism, not standards.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The bar you held and why it mattered', cue: /\b(?:bar|standards?|quality|defects?|regress\w*|target|slo|sla|accept\w*|release|bugs?)\b/ }],
      action: [I_ACTOR, { label: 'What you would not ship, and what you did instead', cue: /\b(?:refus\w*|would not|wouldn't|did not ship|held|blocked|stopp\w*|instead|rather than|delay\w*)\b/ }, { label: 'A check that holds the bar without you', cue: /\b(?:tests?|checks?|gates?|reviews?|lint\w*|alerts?|checklist|template|automat\w*)\b/ }],
      result: [METRIC, { label: 'The bar that stayed (adopted, standard)', rules: ['result-no-second-order'] }, MEASURED],
      reflection: reflection('Names why the bar had slipped (incentives, process, ownership)'),
    },
    probes: [
      { question: 'How did you decide where the bar should be?', probes: 'Standards with reasons.', strong: 'The customer or business cost that set the bar, in numbers.', weak: '"I just like things done right." Taste, not a standard.' },
      { question: 'What did holding the bar cost, and was it worth it?', probes: 'Trade-offs.', strong: 'The delay or effort, and the defects or incidents it prevented.', weak: '"It cost nothing." No trade-off named.' },
      { question: 'How does the bar hold now that you are not watching?', probes: 'A mechanism, not vigilance.', strong: 'The test, gate or review that enforces it, and who owns it.', weak: '"I still review everything." It depends on you.' },
    ],
    phrasing: {
      task: ['"Shipping with … would have meant …"'],
      action: ['"I held the release until …"', '"I added a check that …"'],
      result: ['"Defects went from … to …"', '"The check is now part of …"'],
    },
  },

  frugality: {
    competency: 'Frugality',
    lead: 'Open with the limit you worked within: budget, people or time.',
    emphasize: 'What you reused or did without, and the money or hours saved.',
    downplay: 'What you would have done with more.',
    purpose: { task: 'Say what you had to work with, and what you had to get done.', action: 'Your steps, each with "I": what you reused, what you did without, and how you kept quality.' },
    mistake: { action: 'Cutting corners and calling it frugal: the interviewer hears risk, not resourcefulness.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The limit you worked within (budget, people, time)', cue: /\b(?:budget|headcount|limited|only|without|cost|spare|no (?:money|funding|budget|people))\b/ }],
      action: [I_ACTOR, { label: 'What you reused or did without', cue: /\b(?:reus\w*|existing|already had|instead of (?:buying|hiring|building)|without|free|open[- ]source|repurpos\w*|borrow\w*)\b/ }, CHECKED],
      result: [METRIC, { label: 'The money or hours saved', rules: ['result-no-business-impact'] }, MEASURED],
      reflection: reflection('Names what drove the waste you avoided'),
    },
    probes: [
      { question: 'What did you do without, and what did it cost you?', probes: 'Resourcefulness with judgment.', strong: 'What you skipped, the risk it carried, and how you covered it.', weak: '"We just did less." Less, not smarter.' },
      { question: 'How much did it save, and how do you know?', probes: 'Frugality measured.', strong: 'The quote or cost you avoided, and where the figure came from.', weak: '"It saved a lot of money." No figure.' },
      { question: 'When is spending the right call?', probes: 'Judgment, not thrift.', strong: 'A case where you chose to spend, and why it paid off.', weak: '"Never, I always go cheap." No judgment.' },
    ],
    phrasing: {
      task: ['"We had no budget for … and … weeks."'],
      action: ['"I reused … instead of buying …"'],
      result: ['"That saved about … a year."'],
    },
  },

  learning: {
    competency: 'Learn and Be Curious',
    lead: 'Open with what you did not know and why you had to learn it.',
    emphasize: 'How you learned it, how you put it to use on the real problem, and what you can do now.',
    downplay: 'A list of courses; learning with nothing built from it.',
    purpose: { task: 'Say what you did not know, and what you needed it for.', action: 'Your steps, each with "I": how you learned, what you tried, and how you used it on the real problem.' },
    mistake: { action: 'Describing the learning and never the use: the interviewer hears a hobby, not a skill.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'What you did not know, said plainly', cue: /\b(?:never|did not know|didn't know|new to|no experience|unfamiliar|first time|had to learn|knew nothing)\b/ }],
      action: [I_ACTOR, { label: 'How you learned it (read, built, asked)', cue: /\b(?:read|built|prototyp\w*|course|asked|paired|studied|tried|experiment\w*|docs?|papers?|books?)\b/ }, { label: 'Used it on the real problem', cue: /\b(?:applied|used|shipped|wrote|put (?:it|that) to)\b/ }],
      result: [METRIC, { label: 'What you can do now that you could not before', cue: /\b(?:now|since|again|next|since then|ever since)\b/ }, MEASURED],
      reflection: reflection('Names what made the gap in knowledge matter'),
    },
    probes: [
      { question: 'How did you go about learning it?', probes: 'Curiosity with a method.', strong: 'What you read, built or asked, in what order, and how long it took.', weak: '"I watched some videos." No method.' },
      { question: 'What surprised you?', probes: 'Real engagement with the subject.', strong: 'A concrete thing that was not what you expected, and what you did with it.', weak: '"Nothing really." No curiosity shown.' },
      { question: 'Where have you used it since?', probes: 'Learning that lasted.', strong: 'A later problem where it helped, named.', weak: '"Not yet." It did not stick.' },
    ],
    phrasing: {
      task: ['"I had never … and needed it by …"'],
      action: ['"I built a small … to learn …"', '"I used it to …"'],
      result: ['"… went from X to Y."', '"I have since used it to …"'],
    },
  },

  'think-big': {
    competency: 'Think Big',
    lead: 'Open with the bigger goal: the problem as a class, not one instance.',
    emphasize: 'The larger plan, how you got others to sign up to it, and how far it reached.',
    downplay: 'The first small fix, except as the step it was.',
    purpose: { task: 'Say the bigger goal beyond the first fix, and why it was worth it.', action: 'Your steps, each with "I": the plan you wrote, who you brought in, and the first step that proved it.' },
    mistake: { action: 'A big vision with no first step: the interviewer hears talk, not a plan.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The bigger goal, beyond the first fix', cue: /\b(?:every|all|across|whole|company|platform|org\w*|teams|scale|long-term|years?)\b/ }],
      action: [I_ACTOR, { label: 'Got others to sign up to the larger plan', cue: /\b(?:proposal|propos\w*|pitch\w*|roadmap|plan|convinc\w*|persuad\w*|doc\w*|vision|design)\b/ }],
      result: [METRIC, { label: 'How far it reached (teams, users, years)', rules: ['result-no-second-order'] }, MEASURED],
      reflection: reflection('Names what had kept the problem small (ownership, incentives, vision)'),
    },
    probes: [
      { question: 'How did you get from the idea to the first step?', probes: 'Vision with execution.', strong: 'The plan, its first step, and what that step proved.', weak: '"I shared the vision widely." Talk, no step.' },
      { question: 'Who had to believe in it, and how did you win them?', probes: 'Bringing others along.', strong: 'The people by role, their doubts, and what changed their minds.', weak: '"Everyone loved the idea." No resistance met.' },
      { question: 'How big did it get?', probes: 'Scale, measured.', strong: 'Teams, users or money, in numbers, over time.', weak: '"It is used quite widely." No measure.' },
    ],
    phrasing: {
      task: ['"Rather than fix …, I set out to fix it for every …"'],
      action: ['"I wrote a proposal for …"', '"I started with … to prove …"'],
      result: ['"… teams now …"', '"… went from X to Y across …"'],
    },
  },

  judgment: {
    competency: 'Are Right, A Lot',
    lead: 'Open with the decision and what you did not know when you made it.',
    emphasize: 'The options you weighed, the evidence you sought (including against your view), and how the call turned out.',
    downplay: 'Being right by luck; the parts anyone would have decided the same way.',
    purpose: { task: 'Say the decision you had to make, and what was uncertain.', action: 'Your steps, each with "I": the options you weighed, the evidence you sought, and why you chose.' },
    mistake: { action: 'Presenting the call as obvious: the interviewer hears luck, not judgment.' },
    checklist: {
      situation: [FAST, PROBLEM_NUMBER],
      task: [{ label: 'The decision, and what was uncertain', cue: /\b(?:decid\w*|decision|choose|chose|call|unknown|uncertain\w*|not (?:sure|know|clear))\b/ }],
      action: [I_ACTOR, { label: 'The options you weighed, and why you chose one', cue: /\b(?:options?|alternativ\w*|weigh\w*|compar\w*|trade-?offs?|instead|rather than|versus)\b/ }, { label: 'Evidence you sought, including against your view', cue: /\b(?:data|tested|asked|checked|evidence|prototyp\w*|experiment\w*|doubt\w*|against)\b/ }],
      result: [METRIC, { label: 'How you know the call was right, or what you changed', cue: /\b(?:proved|right|wrong|turned out|confirmed|changed course|reversed|corrected|held up|accepted)\b/ }, MEASURED],
      reflection: reflection('Names what made the decision hard (information, incentives, process)'),
    },
    probes: [
      { question: 'What would have changed your mind?', probes: 'Judgment that stays open.', strong: 'The evidence you named in advance, and whether you looked for it.', weak: '"Nothing, I was sure." Certainty, not judgment.' },
      { question: 'Tell me about a time your judgment was wrong.', probes: 'Self-awareness.', strong: 'The call, what you missed, and how you decide differently now.', weak: '"I am usually right." No learning.' },
      { question: 'Who disagreed, and what did you do with their view?', probes: 'Seeking out other views.', strong: 'The person, their argument, and what you took from it.', weak: '"Nobody disagreed." No dissent sought.' },
    ],
    phrasing: {
      task: ['"I had to choose between … and … without knowing …"'],
      action: ['"I compared … on …"', '"I asked … to argue against it."'],
      result: ['"… went from X to Y, as the test had shown."'],
    },
  },
};

/** A story whose aim the coach cannot read (a competency it does not know, and no question): no ownership demands. */
export const GENERAL_NOTES: AimNotes = {
  competency: '',
  lead: 'Open with the situation in one sentence, then the decision that was yours.',
  emphasize: 'What you did that someone in your seat might not have, and the measured result.',
  downplay: 'Background that does not bear on the competency the question is probing.',
  purpose: {},
  mistake: {},
  checklist: { situation: [FAST, PROBLEM_NUMBER], task: [], action: [I_ACTOR, CHECKED], result: [METRIC, BUSINESS, MEASURED], reflection: reflection('Names the cause behind the cause (process, incentives, visibility)') },
  probes: [
    { question: 'What was your part, as opposed to the team\'s?', probes: 'Individual contribution.', strong: 'Your steps, each with "I", and the decision that was yours.', weak: '"We all pitched in." Nobody in particular.' },
    { question: 'How did you measure the result?', probes: 'Data and business awareness.', strong: 'Before and after numbers from a named source.', weak: '"It went really well." No number.' },
  ],
  phrasing: {},
};

/**
 * The aims a story is coached by, in order: what it claims first, then what its question asks. A story that says
 * nothing of its aim is coached as Ownership, as missing-scope-boundary treats it.
 */
export function coachedAims(aim: StoryAim): AimKind[] {
  if (aim.kinds.length > 0) return aim.kinds;
  return aim.needsScopeBoundary ? ['ownership'] : [];
}

/** The notes of a story's aims, the first aim's first; the general notes when the coach cannot read an aim. */
export function notesFor(aim: StoryAim): AimNotes[] {
  const aims = coachedAims(aim);
  return aims.length > 0 ? aims.map((k) => AIM_NOTES[k]) : [GENERAL_NOTES];
}

/**
 * The notes whose checklists and phrasing a story gets: every competency it claims, or, when it claims none the coach
 * knows, the first aim its question asks about. A question's further words ("failed to deliver") add probes, not
 * checklist items, so a claimed story is checked for what it claims.
 */
function checkedNotes(aim: StoryAim): AimNotes[] {
  const claimed = aim.claimed.map(competencyKind).filter((k): k is AimKind => k !== undefined);
  return claimed.length > 0 ? [...new Set(claimed)].map((k) => AIM_NOTES[k]) : notesFor(aim).slice(0, 1);
}

const MAX_PROBES = 6;
const MAX_PHRASING = 5;

const uniqueBy = <T>(items: T[], key: (t: T) => string) => items.filter((t, i) => items.findIndex((u) => key(u) === key(t)) === i);

/**
 * How several aims combine: the first aim's items first, then each further claimed aim's items not already there (by
 * label). The purpose and the common mistake are the first aim's; phrasing stops at five, so the first aim's stay in
 * view. The scope boundary item leads the Task exactly when missing-scope-boundary applies to the story.
 */
export function sectionNotes(aim: StoryAim, kind: CoachedSection, level: string) {
  const notes = checkedNotes(aim);
  const senior = level !== 'sde1' && level !== 'sde2';
  const items = kind === 'followups'
    ? FOLLOWUP_CHECKLIST
    : [...(kind === 'task' && aim.needsScopeBoundary ? [SCOPE_BOUNDARY] : []), ...notes.flatMap((n) => n.checklist[kind])];
  const checklist = uniqueBy(items.filter((i) => senior || !i.senior), (i) => i.label);
  const phrasing = uniqueBy(notes.flatMap((n) => n.phrasing[kind] ?? []), (p) => p);
  return {
    purpose: notes[0].purpose[kind] ?? SHARED_PURPOSE[kind],
    mistake: notes[0].mistake[kind] ?? SHARED_MISTAKE[kind],
    checklist,
    phrasing: (phrasing.length > 0 ? phrasing : SHARED_PHRASING[kind] ?? []).slice(0, MAX_PHRASING),
  };
}

/** The likely probes: the first aim's, then those of every further aim (claimed, then asked), at most six with the shared last one. */
export function probesFor(aim: StoryAim): ProbeCoaching[] {
  const own = uniqueBy(notesFor(aim).flatMap((n) => n.probes), (p) => p.question);
  return [...own.slice(0, MAX_PROBES - 1), SHARED_PROBE];
}
