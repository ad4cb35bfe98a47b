// The question catalog and the loop presets: the behavioral questions interviewers ask, each with the aims it tests
// and the phrases that say a story's `question:` is that question; and the competencies an Amazon or a general loop
// asks for. Data with its examples, like the phrase rules; the story bank reads it.
import { competencyKind, type AimKind } from './aim';

export interface Question {
  /** A short stable id, kebab-case: what the bank and the docs call the question. */
  id: string;
  /** The question as an interviewer asks it. */
  text: string;
  /** The aims it tests, the main one first (1 to 3). */
  kinds: AimKind[];
  /**
   * The phrases that say a question is this one, in the notation `matchQuestion` reads: words in order, each read by
   * its stem ("missed", "missing" and "misses" all read "miss"); `a|b` for either word; `pre*` for any word that starts
   * with "pre"; `~` for up to three words in between. A phrase weighs as many points as the words it names.
   */
  words: string[];
  /** Questions as candidates write them: each of `matches` must match this entry, none of `not` may. */
  examples: { matches: string[]; not: string[] };
}

export const QUESTIONS: Question[] = [
  // Failure, mistakes, commitments
  {
    id: 'failure',
    text: 'Tell me about a time you failed, and what you did next.',
    kinds: ['failure', 'learning'],
    words: ['fail|failure', 'go wrong', 'not ~ succeed', 'not work out', 'biggest|worst ~ failure|setback|flop', 'setback', 'fall short'],
    examples: {
      matches: ['Tell me about a time you failed', 'Describe your biggest professional failure', 'Tell me about a project of yours that went wrong'],
      not: ['Tell me about a time you missed a deadline', 'Tell me about a mistake you made at work'],
    },
  },
  {
    id: 'missed-deadline',
    text: 'Tell me about a time you missed a deadline or broke a promise. What did you do about it?',
    kinds: ['failure', 'results'],
    words: [
      'miss|blow|slip ~ deadline|date|milestone|commitment', 'deadline|date ~ slip|miss', 'not ~ meet|hit|make|keep ~ deadline|commitment|promise|date',
      'fail ~ meet|deliver|keep|hit ~ deadline|commitment|promise', 'break ~ promise|commitment', 'behind schedule',
    ],
    examples: {
      matches: ['Tell me about a time you missed a deadline', "Describe a situation where you didn't meet a commitment", 'Have you ever failed to deliver on something you promised?', 'Tell me about a project that fell behind schedule'],
      not: ['Tell me about a time you delivered under a tight deadline'],
    },
  },
  {
    id: 'wrong-call',
    text: 'Tell me about a time you made the wrong call. How did you find out, and what did you do?',
    kinds: ['failure', 'judgment'],
    words: ['wrong ~ call|decision|choice|bet', 'bad ~ call|decision', 'decision|call|judgment ~ wrong', 'turn out ~ wrong', 'be wrong', 'misjudg*', 'poor judgment'],
    examples: {
      matches: ['Tell me about a decision you got wrong', 'Give an example of a bad call you made at work', 'Describe a time your judgment turned out to be wrong'],
      not: ['Tell me about the hardest decision you have made'],
    },
  },
  {
    id: 'owned-mistake',
    text: 'Tell me about a mistake you made that affected other people. How did you own it?',
    kinds: ['failure', 'trust', 'ownership'],
    words: ['mistake|error|blunder', 'own|admit ~ mistake|error|failure', 'ownership ~ failure|mistake|error', 'take ~ responsibility|accountability', 'make ~ right', 'own up', 'my|your ~ fault'],
    examples: {
      matches: ['Tell me about a mistake you made at work', 'Describe a time you took ownership of a failure', 'Tell me about an error of yours that reached production'],
      not: ['Tell me about a time you failed'],
    },
  },

  // Ownership
  {
    id: 'beyond-role',
    text: 'Tell me about work you took on outside your role because it needed doing.',
    kinds: ['ownership'],
    words: ['above and beyond', 'extra mile', 'beyond|outside ~ role|job|responsibilit*|remit|scope', 'not ~ part of ~ job|role', 'not your|my job|responsibility', 'go ~ out of ~ way'],
    examples: {
      matches: ['Tell me about a time you went above and beyond', 'Give an example of when you did something outside your job description', 'Describe a time you went the extra mile'],
      not: ['Tell me about a time you fixed something that belonged to another team'],
    },
  },
  {
    id: 'outside-team',
    text: 'Tell me about a problem outside your team that you fixed yourself.',
    kinds: ['ownership', 'influence'],
    words: ['outside ~ team', 'another|other|different|partner|neighbor* team', 'not ~ your|my ~ team', 'no ticket', 'belong* ~ team'],
    examples: {
      matches: ['Tell me about a time you fixed something that belonged to another team', 'Describe a problem outside your team that you took on', "Tell me about an issue that wasn't your team's to solve"],
      not: ['Tell me about a time you went above and beyond'],
    },
  },
  {
    id: 'took-initiative',
    text: 'Tell me about a problem nobody owned that you took on without being asked.',
    kinds: ['ownership', 'bias-for-action'],
    words: ['initiative', 'proactiv*', 'nobody ~ own*|ask*|assign*', 'no one ~ own*|ask*|assign*', 'without ~ ask|told|assign*', 'ownership', 'step up', 'take charge', 'unowned'],
    examples: {
      matches: ['Tell me about a time you took the initiative', 'Describe a time you saw a problem no one owned and fixed it', 'Give me an example of something you did without being asked'],
      not: ['Tell me about a time you took on work outside your role'],
    },
  },
  {
    id: 'tech-debt',
    text: 'Tell me about technical debt you took ownership of, and how you got time to pay it down.',
    kinds: ['ownership', 'standards'],
    words: ['tech|technical ~ debt', 'legacy', 'refactor*', 'pay ~ down'],
    examples: {
      matches: ['Tell me about a time you paid down technical debt', 'Describe a time you made the case for refactoring legacy code'],
      not: ['Tell me about a time you simplified a complicated system'],
    },
  },
  {
    id: 'spotted-risk',
    text: 'Tell me about a risk you spotted early and dealt with proactively.',
    kinds: ['ownership', 'bias-for-action'],
    words: ['risk ~ early|before', 'spot*|notic*|flag*|catch ~ problem|issue ~ early|before', 'prevent*', 'head off', 'anticipat*'],
    examples: {
      matches: ['Tell me about a time you prevented a problem before it happened', 'Describe a risk you noticed before anyone else', 'Give an example of when you caught an issue early'],
      not: ['Tell me about a calculated risk you took'],
    },
  },

  // Speed and pressure
  {
    id: 'tight-deadline',
    text: 'Tell me about a time you had to deliver under a tight deadline.',
    kinds: ['results', 'bias-for-action'],
    words: [
      'tight|short|aggressive|impossible|unrealistic ~ deadline|timeline|schedule|timeframe|turnaround|window', 'deadline|timeline ~ tight|short',
      'under ~ pressure', 'time pressure', 'short notice', 'little|limited|short ~ time', 'crunch',
    ],
    examples: {
      matches: ['Give an example of when you had to deliver with a tight timeline', 'Tell me about a time you worked under pressure to meet a deadline', 'Describe a project with an aggressive schedule'],
      not: ['Tell me about a time you missed a deadline'],
    },
  },
  {
    id: 'incomplete-data',
    text: 'Tell me about a decision you had to make quickly without all the data.',
    kinds: ['bias-for-action', 'judgment'],
    words: ['without ~ all|enough|full|complete ~ data|information|fact|info', 'incomplete|limited|partial|missing ~ data|information|info', 'quick|fast|snap|rapid ~ decision|call', 'decide ~ quickly|fast', 'bias for action'],
    examples: {
      matches: ['Tell me about a time you had to make a decision with incomplete information', 'Describe a quick decision you made without all the facts', 'Give an example of a time you had to decide fast'],
      not: ['Tell me about a calculated risk you took', 'Tell me about a time you dealt with ambiguity'],
    },
  },
  {
    id: 'calculated-risk',
    text: 'Tell me about a calculated risk you took. What did you weigh?',
    kinds: ['bias-for-action', 'judgment'],
    words: ['calculat* ~ risk', 'take ~ risk', 'risk ~ take', 'risky ~ decision|move|call|change', 'gamble'],
    examples: {
      matches: ['Tell me about a time you took a calculated risk', 'Describe a risk you took at work and how it turned out', 'Give an example of a risky decision you made'],
      not: ['Tell me about a risk you spotted early', 'Tell me about a big bet you made'],
    },
  },
  {
    id: 'urgent-fix',
    text: 'Tell me about a time production broke and you had to act fast.',
    kinds: ['bias-for-action', 'dive-deep'],
    words: ['outage', 'incident', 'production ~ broke|break|down|issue|problem|fire|bug|failure', 'on call', 'urgent', 'act ~ fast|quickly', 'firefight*', 'emergency'],
    examples: {
      matches: ['Tell me about a production outage you handled', 'Describe an incident where you had to act quickly', 'Tell me about a time you were on call and something broke'],
      not: ['Walk me through the hardest bug you have debugged'],
    },
  },

  // Conflict and teamwork
  {
    id: 'conflict-peer',
    text: 'Tell me about a conflict with a peer and how you worked it out.',
    kinds: ['conflict'],
    words: ['conflict*', 'conflict*|disagree*|argu* ~ another|other team', 'disagree* ~ peer|coworker|colleague|teammate|engineer', 'peer|coworker|colleague|teammate ~ disagree*', 'clash*', 'friction', 'tension'],
    examples: {
      matches: ['Tell me about a time you had a conflict with a coworker', 'Describe a disagreement with a colleague and how you resolved it', 'Give an example of friction with another engineer on your team'],
      not: ['Tell me about a conflict with your manager', 'Tell me about a time you resolved a conflict between two teammates'],
    },
  },
  {
    id: 'conflict-manager',
    text: 'Tell me about a time you disagreed with your manager, and how it ended.',
    kinds: ['disagree', 'conflict'],
    words: ['conflict* ~ manager|boss|supervisor|director', 'disagree* ~ manager|boss|supervisor|director|leadership', 'not agree ~ manager|boss|supervisor', 'push* back ~ manager|boss|supervisor|director', 'manager|boss ~ disagree*', 'argu* ~ manager|boss'],
    examples: {
      matches: ['Tell me about a conflict with your manager', 'Describe a time you disagreed with your boss', 'Have you ever pushed back on your manager?'],
      not: ['Tell me about a conflict with a teammate', 'Tell me about a time you disagreed with a decision but committed to it'],
    },
  },
  {
    id: 'difficult-coworker',
    text: 'Tell me about a colleague who was hard to work with, and what you did about it.',
    kinds: ['conflict', 'trust'],
    words: ['difficult|challenging|toxic|abrasive ~ coworker|colleague|teammate|person|people|personality|stakeholder', 'hard|difficult|tough to work with', 'not ~ get along', 'personality clash'],
    examples: {
      matches: ['Tell me about a time you worked with a difficult coworker', 'Describe someone who was hard to work with', "Tell me about a teammate you didn't get along with"],
      not: ['Tell me about a conflict with a peer'],
    },
  },
  {
    id: 'mediated-conflict',
    text: 'Tell me about a time you helped two teammates settle a conflict.',
    kinds: ['conflict', 'people'],
    words: ['between ~ teammate|colleague|engineer|member|people|team|peer', 'two ~ teammate|colleague|engineer|people|team|member|peer', 'mediat*', 'referee'],
    examples: {
      matches: ['Tell me about a time you resolved a conflict between two teammates', 'Describe a time you mediated a disagreement on your team', 'Have you ever had to help two colleagues work through a dispute?'],
      not: ['Tell me about a conflict you had with a peer'],
    },
  },
  {
    id: 'teamwork',
    text: 'Tell me about a time you helped a teammate succeed at some cost to your own work.',
    kinds: ['conflict', 'people'],
    words: ['help* ~ teammate|colleague|coworker|peer|member', 'teamwork', 'team player', 'collaborat*', 'collaborat* ~ team', 'work ~ closely with', 'work on|in ~ team', 'work with ~ another|other team', 'part of ~ team', 'unblock*'],
    examples: {
      matches: ['Tell me about a time you helped a teammate who was stuck', 'Describe a time you showed teamwork', 'Give an example of how you collaborated with another team'],
      not: ['Tell me about a time you mentored a junior engineer'],
    },
  },

  // Backbone and influence
  {
    id: 'disagree-commit',
    text: 'Tell me about a time you disagreed with a decision but committed to it once it was made.',
    kinds: ['disagree'],
    words: ['disagree*', 'disagree* ~ commit*', 'not agree', 'go along with', 'commit* ~ anyway'],
    examples: {
      matches: ['Tell me about a time you disagreed with a decision but committed to it', 'Give an example of disagree and commit', 'Describe a time you went along with a decision you did not agree with'],
      not: ['Tell me about a time you disagreed with your manager'],
    },
  },
  {
    id: 'pushed-back',
    text: 'Tell me about a time you challenged a plan that most people around you supported.',
    kinds: ['disagree', 'judgment'],
    words: ['push* back', 'challeng* ~ plan|decision|idea|approach|assumption|direction', 'status quo', 'speak up', 'stand up', 'go against', 'backbone', 'say|said no'],
    examples: {
      matches: ['Tell me about a time you pushed back on a senior engineer', 'Describe a time you challenged the status quo', 'Give an example of when you had to say no to a stakeholder'],
      not: ['Tell me about a time you disagreed with your manager', 'Tell me about a time you disagreed with a decision but committed to it'],
    },
  },
  {
    id: 'unpopular-decision',
    text: 'Tell me about a decision you made that most of your team did not like.',
    kinds: ['judgment', 'influence'],
    words: ['unpopular', 'not ~ popular', 'not like', 'dislik*', 'stand|stood by'],
    examples: {
      matches: ['Tell me about an unpopular decision you made', 'Describe a time you made a call your team did not like', 'Give an example of a decision you stood by even though people disagreed'],
      not: ['Tell me about a time you disagreed with a decision but committed to it'],
    },
  },
  {
    id: 'influence-without-authority',
    text: 'Tell me about a time you had to influence people you had no authority over.',
    kinds: ['influence'],
    words: ['influenc*', 'without ~ authority', 'no ~ authority|power', 'persuad*', 'convinc*', 'convinc*|persuad* ~ team|manager|stakeholder|leadership|people|others|them', 'buy in', 'skeptic*', 'sell ~ idea'],
    examples: {
      matches: ['Tell me about a time you influenced others without formal authority', 'Describe a time you had to persuade a skeptical stakeholder', 'Give an example of how you got buy-in for an idea'],
      not: ['Tell me about a time you led a project from start to finish'],
    },
  },
  {
    id: 'led-a-project',
    text: 'Tell me about a time you led a project from start to finish.',
    kinds: ['influence', 'results', 'ownership'],
    words: ['lead ~ project|team|effort|initiative|launch|migration|rollout', 'project|team|effort|initiative|launch|migration ~ lead', 'leadership', 'start to finish', 'end to end', 'drive ~ project|effort|launch|migration'],
    examples: {
      matches: ['Tell me about a project you led', 'Describe a time you showed leadership', 'Walk me through an effort you drove end to end'],
      not: ['Tell me about a time you influenced people without authority'],
    },
  },
  {
    id: 'explained-technical',
    text: 'Tell me about a time you explained a technical idea to people without a technical background.',
    kinds: ['influence'],
    words: ['explain* ~ technical|complex|complicated', 'non technical|nontechnical', 'technical ~ audience|background', 'communicat* ~ complex|technical|idea', 'present* ~ to ~ executive*|leadership|audience'],
    examples: {
      matches: ['Tell me about a time you had to explain something technical to a non-technical audience', 'Describe how you communicated a complex idea to executives', 'Give an example of presenting your work to leadership'],
      not: ['Tell me about a time you had to influence people you had no authority over'],
    },
  },
  {
    id: 'competing-priorities',
    text: 'Tell me about a time you had more work than time and had to prioritize.',
    kinds: ['results', 'judgment'],
    words: ['priorit*', 'compet* ~ priorit*|demand*|request*|goal*', 'conflict* ~ priorit*|requirement*|goal*|demand*', 'more work than', 'too many ~ thing*|project*|request*|priorit*', 'multiple ~ project*|priorit*|task*|deadline*', 'juggl*'],
    examples: {
      matches: ['Tell me about a time you had to juggle competing priorities', 'Give an example of how you balanced conflicting priorities', 'Tell me about a time you had too many projects at once'],
      not: ['Tell me about a conflict with a coworker'],
    },
  },

  // People
  {
    id: 'mentoring',
    text: 'Tell me about someone you mentored and how they grew.',
    kinds: ['people'],
    words: ['mentor*', 'coach*', 'help* ~ grow', 'teammate|engineer|someone|junior|report|person ~ grow', 'develop ~ someone|engineer|junior|report|people|talent', 'junior', 'teach', 'onboard*'],
    examples: {
      matches: ['Tell me about a time you mentored a junior engineer', 'Describe how you helped a teammate grow', 'Give an example of coaching someone on your team'],
      not: ['Tell me about a time you helped a teammate who was stuck'],
    },
  },
  {
    id: 'underperformer',
    text: 'Tell me about a time you helped someone who was underperforming.',
    kinds: ['people'],
    words: ['underperform*', 'low ~ perform*', 'poor* ~ perform*', 'performance ~ issue|problem|concern', 'struggl* ~ teammate|engineer|report|colleague|member|hire', 'not ~ pull* ~ weight'],
    examples: {
      matches: ['Tell me about a time you dealt with an underperforming team member', 'Describe how you handled a performance problem on your team', 'Tell me about a teammate who was not pulling their weight'],
      not: ['Tell me about someone you mentored'],
    },
  },
  {
    id: 'hiring',
    text: 'Tell me about a hiring decision you made and how it turned out.',
    kinds: ['people', 'standards', 'judgment'],
    words: ['hire', 'recruit*', 'interview* ~ candidate*', 'candidate*'],
    examples: {
      matches: ['Tell me about a time you made a hiring decision', 'Describe how you decide whether to hire a candidate', 'Have you ever recruited someone to your team?'],
      not: ['Tell me about someone you mentored'],
    },
  },
  {
    id: 'gave-feedback',
    text: 'Tell me about hard feedback you gave someone, and how they took it.',
    kinds: ['people', 'trust'],
    words: ['give|deliver*|share* ~ feedback', 'feedback ~ give'],
    examples: {
      matches: ['Tell me about a time you gave a colleague hard feedback', 'Describe how you delivered negative feedback to someone on your team'],
      not: ['Tell me about a time you received critical feedback'],
    },
  },

  // Customers
  {
    id: 'customer-first',
    text: 'Tell me about a time you went to bat for a customer.',
    kinds: ['customer'],
    words: ['customer|client|user|merchant|consumer', 'customer ~ obsess*|first', 'for ~ customer|client|user', 'go to bat', 'out of ~ way ~ customer|client|user', 'advocat*'],
    examples: {
      matches: ['Tell me about a time you went out of your way for a customer', 'Describe a time you put the customer first', 'Give an example of customer obsession'],
      not: ['Tell me about a customer who was hard to please', 'Tell me about a time user research changed your plan'],
    },
  },
  {
    id: 'difficult-customer',
    text: 'Tell me about a customer who was hard to please, and what you did.',
    kinds: ['customer', 'trust'],
    words: [
      'difficult|angry|unhappy|upset|demanding|frustrated|hard|dissatisfied ~ customer|client|user',
      'customer|client|user ~ complain*|escalat*|angry|unhappy|upset|frustrat*', 'hard to please', 'complaint*',
    ],
    examples: {
      matches: ['Tell me about a time you dealt with an angry customer', 'Describe a client who was unhappy with your work', 'How did you handle a customer complaint?'],
      not: ['Tell me about a time you went to bat for a customer'],
    },
  },
  {
    id: 'customer-insight',
    text: 'Tell me about a time you learned what users really needed and changed your plan.',
    kinds: ['customer', 'dive-deep'],
    words: ['customer|client|user ~ need*|want*|research|interview*|feedback|data|insight*|behavior*', 'what ~ customer|client|user ~ need*|want*'],
    examples: {
      matches: ['Tell me about a time customer feedback changed what you built', 'Describe how you found out what users actually wanted', 'Give an example of using customer data to make a decision'],
      not: ['Tell me about a customer who was hard to please'],
    },
  },

  // Depth
  {
    id: 'hardest-bug',
    text: 'Walk me through the hardest bug you have debugged.',
    kinds: ['dive-deep'],
    words: ['bug', 'debug*', 'hard*|tough*|trick*|nast*|difficult|subtle|weird|strange ~ bug|issue|defect', 'race condition', 'memory leak', 'track*|chase* ~ down'],
    examples: {
      matches: ['Tell me about the toughest bug you have fixed', 'Describe a time you tracked down a tricky issue in production', 'Walk me through a nasty bug you chased down'],
      not: ['Tell me about the most complex problem you have solved'],
    },
  },
  {
    id: 'root-cause',
    text: 'Tell me about a time you went into the data to find the root cause of a problem.',
    kinds: ['dive-deep'],
    words: ['root cause', 'dive deep', 'deep dive', 'dig*|dug ~ into|deep', 'not add up', 'anomal*', 'bottom of', 'investigat*', 'data ~ decision|decide', 'data driven'],
    examples: {
      matches: ['Tell me about a time you had to dive deep to find the root cause', 'Describe a time the numbers did not add up and you found out why', 'Give an example of an investigation you led'],
      not: ['Walk me through the hardest bug you have debugged'],
    },
  },
  {
    id: 'complex-problem',
    text: 'Tell me about the most complex problem you have solved at work.',
    kinds: ['dive-deep', 'results'],
    words: ['complex|complicated|hard*|tough*|difficult|challenging ~ problem|challenge|project', 'technical ~ challenge|problem', 'biggest ~ challenge', 'challenge ~ face|overcome'],
    examples: {
      matches: ['What is the hardest technical problem you have solved?', 'Describe the biggest challenge you faced on a project', 'Tell me about a difficult problem you solved'],
      not: ['Tell me about the toughest bug you fixed'],
    },
  },

  // Results
  {
    id: 'hit-a-goal',
    text: 'Tell me about a goal you delivered even though the odds were against you.',
    kinds: ['results', 'ownership'],
    words: ['goal|target|objective|okr|quota', 'deliver* ~ result*', 'odds', 'obstacle*', 'hit|meet|exceed* ~ goal|target|number'],
    examples: {
      matches: ['Tell me about a time you delivered results despite obstacles', 'Describe a goal you hit against the odds', 'Give an example of a time you exceeded your targets'],
      not: ['Tell me about a time you had to deliver under a tight deadline'],
    },
  },
  {
    id: 'scope-cut',
    text: 'Tell me about a time you cut scope so you could deliver on time.',
    kinds: ['results', 'judgment'],
    words: ['cut|reduc*|trim*|narrow* ~ scope', 'scope ~ cut|down', 'descop*', 'de scope', 'mvp', 'minimum viable'],
    examples: {
      matches: ['Tell me about a time you had to cut scope to ship', 'Describe a time you shipped a minimum viable version first', 'Give an example of when you reduced the scope of a project to meet a date'],
      not: ['Tell me about a time you simplified a process'],
    },
  },
  {
    id: 'proudest-work',
    text: 'What is the work you are proudest of, and what did you deliver?',
    kinds: ['results', 'ownership'],
    words: ['proud*', 'biggest|greatest|best ~ accomplishment|achievement|success|win', 'accomplishment', 'achievement', 'most ~ impact*|significant'],
    examples: {
      matches: ['What accomplishment are you proudest of?', 'Tell me about your biggest achievement', 'Describe the most impactful project you have worked on'],
      not: ['Tell me about the biggest challenge you faced'],
    },
  },

  // Frugality, simplicity, invention
  {
    id: 'more-with-less',
    text: 'Tell me about a time you did more with less.',
    kinds: ['frugality', 'simplify'],
    words: ['more with less', 'frugal*', 'limited|small|tight|no|shoestring ~ budget|resources|headcount', 'cut|reduc*|lower* ~ cost*|spend*|bill', 'sav* ~ money|cost*', 'without ~ budget|resources|headcount', 'budget'],
    examples: {
      matches: ['Tell me about a time you did more with less', 'Describe a project with a limited budget', 'Give an example of when you cut costs without hurting quality'],
      not: ['Tell me about a time you simplified a process'],
    },
  },
  {
    id: 'simplification',
    text: 'Tell me about a time you simplified a process or a system that had grown too complicated.',
    kinds: ['simplify'],
    words: ['simplif*', 'simpler', 'streamlin*', 'automat*', 'remov*|cut|eliminat* ~ step|complexity|toil', 'less complex', 'reduc* ~ complexity', 'manual ~ process|work|step|task', 'improv* ~ process|workflow'],
    examples: {
      matches: ['Tell me about a time you simplified something complicated', 'Describe a process you streamlined', 'Give an example of a manual task you automated'],
      not: ['Tell me about something you invented'],
    },
  },
  {
    id: 'invention',
    text: 'Tell me about something you invented to solve a problem in a new way.',
    kinds: ['simplify', 'think-big'],
    words: ['invent*', 'innovat*', 'creative|novel|new|original|unconventional ~ solution|approach|idea|way', 'come up with', 'out of the box', 'think outside'],
    examples: {
      matches: ['Tell me about a time you came up with a creative solution', 'Describe an innovation you drove', 'Give an example of a novel approach you took to a problem'],
      not: ['Tell me about a time you simplified a process'],
    },
  },

  // Trust
  {
    id: 'bad-news',
    text: 'Tell me about a time you had to give someone bad news.',
    kinds: ['trust'],
    words: ['bad news', 'deliver|give|break|share ~ news', 'something ~ not want ~ hear', 'hard|difficult|uncomfortable ~ truth|conversation|message', 'transparen*', 'honest*'],
    examples: {
      matches: ['Describe a time you had to deliver bad news to a stakeholder', 'Tell me about a time you told your manager something they did not want to hear', 'Give an example of a difficult conversation you had to have'],
      not: ['Tell me about a time you won back the trust of your team'],
    },
  },
  {
    id: 'feedback-received',
    text: 'Tell me about critical feedback you received, and what you changed because of it.',
    kinds: ['learning', 'trust'],
    words: ['feedback', 'critic*', 'receiv*|get|hear ~ feedback|criticism', 'constructive ~ feedback|criticism'],
    examples: {
      matches: ['Tell me about a time you received critical feedback', 'Describe a time someone criticized your work', 'What is the toughest feedback you have gotten?'],
      not: ['Tell me about a time you gave a colleague hard feedback'],
    },
  },
  {
    id: 'won-back-trust',
    text: "Tell me about a time you had to win back someone's trust.",
    kinds: ['trust'],
    words: ['trust', 'credibility', 'win|earn|regain|rebuild|restore|build ~ trust|credibility|confidence', 'repair*|rebuil*|mend* ~ relationship'],
    examples: {
      matches: ['Tell me about a time you earned the trust of a skeptical team', 'Describe how you rebuilt a damaged working relationship', "How did you regain your manager's confidence after a mistake?"],
      not: ['Tell me about a time you had to give bad news'],
    },
  },

  // Standards
  {
    id: 'raising-the-bar',
    text: 'Tell me about a time you raised the bar for quality on your team.',
    kinds: ['standards'],
    words: ['rais* ~ bar', 'high* ~ standard*|bar', 'quality', 'standard*', 'best practice*', 'code review*', 'test coverage'],
    examples: {
      matches: ['Tell me about a time you insisted on high standards', "Describe how you improved the quality of your team's code", 'Give an example of when you raised the bar'],
      not: ['Tell me about a time you refused to ship something that was not ready'],
    },
  },
  {
    id: 'not-good-enough',
    text: 'Tell me about a time you held back a release because its quality was not good enough.',
    kinds: ['standards', 'customer'],
    words: ['not ~ good enough', 'not ready', 'refus* ~ ship|launch|release|sign', 'hold|delay*|block*|stop* ~ release|launch|ship*|rollout', 'good enough'],
    examples: {
      matches: ['Tell me about a time you refused to ship something that was not ready', 'Describe a time you delayed a launch to fix quality problems', 'Have you ever blocked a release because it was not good enough?'],
      not: ['Tell me about a time you raised the bar for your team'],
    },
  },

  // Learning and change
  {
    id: 'learned-fast',
    text: 'Tell me about a time you had to learn a new technology quickly.',
    kinds: ['learning'],
    words: ['learn*', 'new ~ technology|language|domain|skill|stack|codebase|framework|tool|area|field', 'up to speed', 'ramp* up', 'unfamiliar', 'curio*', 'self taught', 'teach ~ yourself|myself'],
    examples: {
      matches: ['Tell me about a time you had to pick up a new skill fast', 'Describe how you got up to speed on an unfamiliar codebase', 'Give an example of something you studied on your own because you were curious'],
      not: ['Tell me about a time you received critical feedback'],
    },
  },
  {
    id: 'adapted-to-change',
    text: 'Tell me about a time the plan changed late and you had to adapt.',
    kinds: ['learning', 'bias-for-action'],
    words: ['adapt*', 'plan|priorit*|requirement*|scope|direction|goal* ~ change*|shift*', 'change* ~ plan|priorit*|requirement*|direction', 'pivot*', 'last minute', 'flexib*'],
    examples: {
      matches: ['Tell me about a time priorities changed in the middle of a project', 'Describe a time you had to adapt to a big change', 'Give an example of a last-minute change in requirements'],
      not: ['Tell me about a time you had to juggle competing priorities'],
    },
  },
  {
    id: 'ambiguity',
    text: 'Tell me about a time you had to make progress when the problem itself was unclear.',
    kinds: ['bias-for-action', 'judgment'],
    words: ['ambigu*', 'unclear', 'vague', 'not ~ clear', 'ill|poorly ~ defined', 'uncertain*', 'no clear', 'open ended'],
    examples: {
      matches: ['Tell me about a time you dealt with ambiguity', 'Describe a project where the requirements were unclear', 'How do you work when there is no clear direction?'],
      not: ['Tell me about a decision you made without all the data'],
    },
  },

  // Thinking big and judgment
  {
    id: 'big-bet',
    text: 'Tell me about a big bet you made and how it played out.',
    kinds: ['think-big', 'judgment'],
    words: ['big|bold|biggest ~ bet|idea|swing', 'bet', 'moonshot', 'ambitious', 'think big', 'bold'],
    examples: {
      matches: ['Tell me about a bold bet you made', 'What is the most ambitious idea you have pushed for?', 'Describe a time you thought big'],
      not: ['Tell me about a calculated risk you took'],
    },
  },
  {
    id: 'vision',
    text: 'Tell me about a time you set a long-term direction that others followed.',
    kinds: ['think-big', 'influence'],
    words: ['vision', 'long term ~ direction|plan|strategy|goal|vision', 'strateg*', 'roadmap', 'north star', 'set ~ direction'],
    examples: {
      matches: ['Tell me about a time you set a vision for your team', 'Describe a long-term strategy you drove', 'Give an example of a roadmap you shaped'],
      not: ['Tell me about a big bet you made'],
    },
  },
  {
    id: 'hard-call',
    text: 'Tell me about the hardest decision you have made at work, and how you made it.',
    kinds: ['judgment'],
    words: ['hard*|tough*|difficult|big* ~ decision|call|choice', 'trade off', 'tradeoff', 'decide between', 'weigh* ~ option*', 'judgment', 'pros and cons', 'two ~ option*|approach*|path*', 'right a lot'],
    examples: {
      matches: ['Tell me about the toughest call you have had to make', 'Describe a trade-off you made between speed and quality', 'Give an example of a time you used good judgment'],
      not: ['Tell me about a decision you had to make quickly without all the data'],
    },
  },
];

// ---- Matching ----------------------------------------------------------------------------------------------------

/** A phrase must weigh at least this much for its entry to match: one phrase of one word. */
export const MIN_SCORE = 1;
/** How many words `~` may stand for. */
const GAP = 3;

/** Forms the suffix rules cannot reach, to their base form. */
const IRREGULAR: Record<string, string> = {
  made: 'make', took: 'take', taken: 'take', went: 'go', gone: 'go', goes: 'go', gave: 'give', given: 'give', led: 'lead',
  fell: 'fall', fallen: 'fall', got: 'get', gotten: 'get', had: 'have', has: 'have', did: 'do', does: 'do', done: 'do',
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', am: 'be', thought: 'think', brought: 'bring', taught: 'teach',
  built: 'build', rebuilt: 'rebuild', sold: 'sell', told: 'tell', felt: 'feel', lost: 'lose', chose: 'choose', chosen: 'choose',
  spent: 'spend', won: 'win', ran: 'run', wrote: 'write', written: 'write', knew: 'know', known: 'know', saw: 'see',
  seen: 'see', found: 'find', kept: 'keep', met: 'meet', came: 'come', overcame: 'overcome', fought: 'fight', spoke: 'speak',
  spoken: 'speak', held: 'hold', stood: 'stand', dealt: 'deal', sent: 'send', began: 'begin', begun: 'begin', broke: 'break',
  broken: 'break', caught: 'catch', grew: 'grow', grown: 'grow', drove: 'drive', driven: 'drive', dug: 'dig', learnt: 'learn',
  mistaken: 'mistake', people: 'person', used: 'use',
};
/** Words whose final "s" is not a plural. */
const KEEP_S = new Set(['news', 'series', 'always', 'status', 'odds', 'alias', 'perhaps', 'towards']);
const VOWEL = /[aeiouy]/;

/** A light stem: the same for a word's plural and its past and -ing forms ("missed", "missing", "misses" → "miss"). */
export function stem(raw: string): string {
  let w = IRREGULAR[raw] ?? raw;
  if (w.length <= 3 || KEEP_S.has(w)) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('eed') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
const undouble = (w: string) => (/([^aeiouylsz])\1$/.test(w) ? w.slice(0, -1) : w);

/** A question's words: lower case, contractions spelled out, possessives dropped, a hyphen read as a space. */
export function questionWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\b(ca|wo)n't\b/g, (_, w: string) => (w === 'ca' ? 'can not' : 'will not'))
    .replace(/n't\b/g, ' not')
    .replace(/'(?:s|ve|re|d|ll|m)\b/g, '')
    .replace(/\bco-(?=[a-z])/g, 'co')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** One word of a phrase: any of its stems, or any word with one of its prefixes. */
interface Slot { stems: Set<string>; prefixes: string[] }
type Compiled = Array<Slot | 'gap'>;
interface Token { raw: string; stem: string }

function compile(phrase: string): Compiled {
  return phrase.split(/\s+/).map((part): Slot | 'gap' => {
    if (part === '~') return 'gap';
    const alts = part.split('|');
    return { stems: new Set(alts.filter((a) => !a.endsWith('*')).map(stem)), prefixes: alts.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)) };
  });
}

/** The points a phrase weighs: the words it names, gaps not counted. */
export const phraseWeight = (phrase: string) => phrase.split(/\s+/).filter((p) => p !== '~').length;

const fits = (slot: Slot, t: Token) => slot.stems.has(t.stem) || slot.prefixes.some((p) => t.raw.startsWith(p));

function matchesAt(phrase: Compiled, tokens: Token[], p: number, t: number): boolean {
  if (p === phrase.length) return true;
  const part = phrase[p];
  if (part === 'gap') {
    for (let skip = 0; skip <= GAP && t + skip <= tokens.length; skip++) if (matchesAt(phrase, tokens, p + 1, t + skip)) return true;
    return false;
  }
  return t < tokens.length && fits(part, tokens[t]) && matchesAt(phrase, tokens, p + 1, t + 1);
}

const COMPILED = QUESTIONS.map((question) => ({ question, phrases: question.words.map((w) => ({ phrase: compile(w), weight: phraseWeight(w) })) }));

/**
 * Every phrase of the catalog by the word it opens on, so that a question is read once rather than once per phrase:
 * a phrase is tried only where a word of the question can open it (one opening on a gap, which no entry writes, is
 * tried everywhere).
 */
interface Entry { phrase: Compiled; weight: number; entry: number }
const BY_STEM = new Map<string, Entry[]>();
const BY_PREFIX: Array<{ prefix: string; entries: Entry[] }> = [];
const ANYWHERE: Entry[] = [];
COMPILED.forEach(({ phrases }, entry) => {
  for (const { phrase, weight } of phrases) {
    const first = phrase[0];
    const e = { phrase, weight, entry };
    if (first === 'gap') { ANYWHERE.push(e); continue; }
    for (const s of first.stems) BY_STEM.set(s, [...(BY_STEM.get(s) ?? []), e]);
    for (const prefix of first.prefixes) {
      const slot = BY_PREFIX.find((b) => b.prefix === prefix);
      if (slot) slot.entries.push(e);
      else BY_PREFIX.push({ prefix, entries: [e] });
    }
  }
});

/** Each entry's score for a question: the summed weight of its phrases found in it. */
export function questionScores(text: string): Array<{ question: Question; score: number }> {
  const tokens = questionWords(text).map((raw) => ({ raw, stem: stem(raw) }));
  const found = new Set<Entry>();
  const score = COMPILED.map(() => 0);
  const tryAt = (e: Entry, i: number) => {
    if (found.has(e) || !matchesAt(e.phrase, tokens, 0, i)) return;
    found.add(e);
    score[e.entry] += e.weight;
  };
  tokens.forEach((t, i) => {
    for (const e of BY_STEM.get(t.stem) ?? []) tryAt(e, i);
    for (const { prefix, entries } of BY_PREFIX) if (t.raw.startsWith(prefix)) for (const e of entries) tryAt(e, i);
    for (const e of ANYWHERE) tryAt(e, i);
  });
  return COMPILED.map(({ question }, i) => ({ question, score: score[i] }));
}

/** The catalog entry a question is (the highest score, at least `MIN_SCORE`; a tie goes to the one listed first), or undefined. */
export function matchQuestion(text: string): { question: Question; score: number } | undefined {
  let best: { question: Question; score: number } | undefined;
  for (const s of questionScores(text)) if (s.score >= MIN_SCORE && s.score > (best?.score ?? 0)) best = s;
  return best;
}

/** The questions that test an aim: those it is the main aim of first, then the rest, each in catalog order. */
export function questionsFor(kind: AimKind): Question[] {
  return [...QUESTIONS.filter((q) => q.kinds[0] === kind), ...QUESTIONS.filter((q) => q.kinds.indexOf(kind) > 0)];
}

// ---- Loop presets ------------------------------------------------------------------------------------------------

export interface LoopPreset {
  id: string;
  name: string;
  /** The competencies the loop asks for, each with the aim the coach reads from its name. */
  competencies: Array<{ name: string; kind: AimKind }>;
  /** How many behavioral interviews the loop has. */
  interviews: number;
  /** How many competencies one interviewer covers. */
  perInterview: number;
}

const preset = (id: string, name: string, names: string[], interviews: number, perInterview: number): LoopPreset => ({
  id,
  name,
  // Every name is one competencyKind knows (test/questions.test.ts checks it), so the aim is never missing.
  competencies: names.map((n) => ({ name: n, kind: competencyKind(n)! })),
  interviews,
  perInterview,
});

export const LOOP_PRESETS: Record<'amazon' | 'generic', LoopPreset> = {
  amazon: preset(
    'amazon',
    "Amazon's leadership principles",
    [
      'Customer Obsession', 'Ownership', 'Invent and Simplify', 'Are Right, A Lot', 'Learn and Be Curious', 'Hire and Develop the Best',
      'Insist on the Highest Standards', 'Think Big', 'Bias for Action', 'Frugality', 'Earn Trust', 'Dive Deep',
      'Have Backbone; Disagree and Commit', 'Deliver Results', "Strive to be Earth's Best Employer", 'Success and Scale Bring Broad Responsibility',
    ],
    // A loop is four or five one-hour interviews, one of them the bar raiser's. Plan for five: a bank ready for five is
    // ready for four, and a story told twice in one loop counts once.
    5,
    // Each interviewer is given two or three principles and asks a story for each, with follow-ups; two is what an hour
    // holds with time for the follow-ups, so plan for two.
    2,
  ),
  generic: preset(
    'generic',
    'A general software loop',
    ['Ownership', 'Conflict Resolution', 'Failure and Resilience', 'Leadership and Influence', 'Customer Obsession', 'Dive Deep', 'Deliver Results', 'Hire and Develop the Best'],
    // Four interviews that each give part of the hour to behavioral questions, two competencies each: eight in all.
    4,
    2,
  ),
};
