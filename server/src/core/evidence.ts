// What shows each competency, as data: for every aim the coach reads, the signals an interviewer credits (the author's
// own deeds, or words that say what was at stake), where each counts, and sentences each must credit and must not.
// `test/evidence.test.ts` runs every example and checks that every deed is a verb the lexicon knows.
//
// A signal is met by a sentence of one of its sections when the sentence has one of its `deeds` done by the author
// (a clause whose actor is "I", or a bullet with no subject in Action, not negated, not passive, not words reported or
// an aim) and, when it has `words`, those words too (either alone when it has no deeds). `key` signals are what the
// competency is about: without one the story shows it as "some" at most.
import type { AimKind } from './aim';
import type { SectionKind } from './story';

export interface EvidenceSignal {
  /** What it credits, as the reading and the docs say it. */
  doc: string;
  sections: readonly SectionKind[];
  /** Verbs in their dictionary form, done by the author. */
  deeds?: string;
  /** A regular expression source over the sentence's spoken text, lower case. */
  words?: string;
  /** The competency's own signal: "strong" needs one. */
  key?: boolean;
  /** The story's scope boundary (missing-scope-boundary's reading) meets this signal. */
  boundary?: true;
  /** A Result sentence with a measured change (result-no-metric's reading: figures, and changes in words) meets this signal. */
  metric?: true;
  examples: { section: SectionKind; credits: readonly string[]; not: readonly string[] };
}

export interface CompetencyEvidence {
  /** How the reading decides the competency is shown, in a sentence for the docs page. */
  doc: string;
  signals: readonly EvidenceSignal[];
  /** Rules whose findings take the competency down a step each (strong to some, some to none). */
  spoiledBy: readonly string[];
  /** How many of its own (`key`) signals the story must meet to show it at all (1 unless said). */
  needs?: number;
}

const CUSTOMERS = String.raw`customers?|clients?|users?|merchants?|patients?|shoppers?|players?|riders?|drivers?|buyers?|sellers?|subscribers?|callers?|guests?|clinicians?|nurses?|students?|teachers?|tenants?|passengers?|viewers?|advertisers?|end users?|account holders?|the business|store managers?|agents?|technicians?|farmers?|dispatchers?|pharmacists?|residents?|families|parents?`;

export const COMPETENCY_EVIDENCE: Record<AimKind, CompetencyEvidence> = {
  ownership: {
    doc: 'The work was yours to take: the scope boundary said, the steps told with "I", and the fix seen through.',
    spoiledBy: ['assigned-work', 'routing-not-ownership', 'passive-handoff'],
    signals: [
      {
        doc: 'the scope boundary: not your team, no ticket, nobody asked', sections: ['situation', 'task', 'action'], key: true, boundary: true,
        examples: { section: 'task', credits: ['The export job belonged to the data platform team, and nobody had filed a ticket.'], not: ['My team owned the export job.'] },
      },
      {
        doc: 'you took it on yourself', sections: ['situation', 'task', 'action'], key: true,
        words: String.raw`\b(?:took (?:it|this|that|the (?:\w+ )?(?:problem|issue|fix|work)) on|took (?:ownership|responsibility|charge)|decided to (?:fix|own|take|chase|dig|lead)|on my own initiative|volunteered to)\b`,
        examples: { section: 'task', credits: ['I decided to fix it myself before the holiday peak.'], not: ['My lead decided the team would fix it.'] },
      },
      {
        doc: 'you spotted the problem yourself', sections: ['situation', 'task'],
        deeds: 'notice spot discover catch find realize realise see',
        examples: { section: 'situation', credits: ['I noticed that one in fifty label scans failed on the night shift.'], not: ['A customer noticed that label scans failed.'] },
      },
      {
        doc: 'the fix was your own work', sections: ['action'],
        deeds: 'fix write build patch implement rewrite prototype automate',
        examples: { section: 'action', credits: ['I wrote a patch that retried the scan with a wider exposure.'], not: ['Their team wrote a patch for the scanner.'] },
      },
      {
        doc: 'seen through to the end: shipped, rolled out, checked after', sections: ['action', 'result', 'followups'],
        deeds: 'ship deploy roll coordinate land verify monitor follow release merge',
        examples: { section: 'action', credits: ['I coordinated the rollout with their on-call and watched the error rate for a week.'], not: ['Their team shipped it after a while.'] },
      },
    ],
  },
  'bias-for-action': {
    doc: 'You acted fast on a risk you judged, without waiting for every answer, and said why it was safe to.',
    spoiledBy: ['assigned-work', 'routing-not-ownership', 'passive-handoff'],
    signals: [
      {
        doc: 'speed: you acted within hours, not weeks', sections: ['task', 'action', 'result'], key: true,
        words: String.raw`\b(?:within (?:an? |the |\d+ |two |three |a few )?(?:hours?|minutes|day|afternoon|morning|evening)|same day|that (?:night|evening|afternoon|morning)|right away|immediately|straight away|without waiting|rather than wait|instead of waiting|overnight|by the end of the day|in (?:under )?(?:\d+|two|three|four|a few) (?:hours|minutes)|i had (?:only |just )?(?:\d+|two|three|four|five|six|a few) (?:hours|minutes)|every (?:minute|hour) (?:of|meant|cost|that))\b`,
        examples: { section: 'action', credits: ['I shipped a stopgap within two hours and wrote up the proper fix the next morning.', 'I had four hours before the battery emptied.', 'Every minute of failures meant lost bookings.'], not: ['The proper fix took two sprints of planning.', 'The team had four weeks of planning.'] },
      },
      {
        doc: 'a risk you judged and could undo', sections: ['task', 'action', 'followups'], key: true,
        words: String.raw`\b(?:reversible|two-way door|roll (?:it |them )?back (?:myself |at once |straight away )?if|could (?:undo|roll (?:it )?back|revert)|(?:shift|move|route|send|switch)(?:ed)? (?:only )?(?:\d+%|a (?:small )?(?:slice|share|fraction)) (?:of (?:the )?[\w-]+ )?first|calculated risk|the risk (?:was|looked) (?:small|low|contained)|behind a (?:feature )?flag|kill switch|without (?:all|full|complete|perfect) (?:the )?(?:data|information|answers))\b`,
        examples: { section: 'action', credits: ['I put the change behind a flag so we could undo it in a minute.', 'I told him I would shift 10% of traffic first and roll it back myself if errors rose.'], not: ['I put the change in the next release train.'] },
      },
      {
        doc: 'you decided and moved', sections: ['task', 'action'],
        deeds: 'decide act ship hotfix launch pause disable switch',
        examples: { section: 'action', credits: ['I decided to pause the campaign before the weekend spend went out.'], not: ['The campaign was paused by finance.'] },
      },
    ],
  },
  failure: {
    doc: 'You named your own mistake plainly, made it right, and changed something so it does not happen again.',
    spoiledBy: ['assigned-work'],
    signals: [
      {
        doc: 'your own mistake, said plainly', sections: ['situation', 'task', 'action', 'reflection'], key: true,
        words: String.raw`\b(?:my (?:mistake|fault|error|bug|miss|estimate|call)|i (?:missed|underestimated|overlooked|misjudged|misread|broke|forgot|skipped|overpromised|promised|committed to|was wrong)|i had (?:missed|underestimated|overlooked|assumed|skipped|promised)|i shipped (?:a|the) (?:bug|regression|change that)|my (?:change|release|migration|script|query|deploy) (?:broke|caused|took down|corrupted)|wrong call|i made (?:a|the) (?:mistake|wrong|bad)|(?:the |those )?(?:mistakes?|change|bug|error|fault|regression|miss|slip|outage) (?:was|were) (?:all |entirely )?mine|(?:traced|tracked) (?:the \w+|it|them) (?:back )?to my (?:own )?(?:\w+ )?(?:change|filter|code|script|query|config|commit|migration|release|estimate|plan|mistake))\b`,
        examples: { section: 'task', credits: ['I had underestimated the data cleanup by three weeks.', 'I had shipped the importer, so the mistakes were mine.'], not: ['The vendor underestimated the data cleanup.', 'The importer was mine to maintain.'] },
      },
      {
        doc: 'you owned it openly', sections: ['task', 'action', 'followups'],
        words: String.raw`\b(?:took (?:full )?responsibility|owned (?:up|the (?:mistake|miss|failure|slip))|told (?:my manager|my lead|the team|them|stakeholders|the customer|leadership|everyone) (?:what|that i|it was|straight|early)|apologi[sz]ed|admitted|(?:explained|told|emailed|wrote to|showed) (?:\w+ ){0,6}(?:what had (?:gone wrong|happened)|what went wrong|what happened))\b`,
        examples: { section: 'action', credits: ['I told my manager early that the date would slip, and why.'], not: ['My manager found out from the dashboard.'] },
      },
      {
        doc: 'a change so it does not happen again', sections: ['action', 'result', 'reflection'],
        words: String.raw`\b(?:so (?:it|this|that) (?:can't|cannot|couldn't|could not|won't|would not|will not) happen again|to prevent (?:it|this|a repeat|recurrence)|never again|(?:added|wrote|introduced|now run|now use) (?:a |an )?(?:check|checklist|test|gate|review|pre-mortem|buffer|alarm))\b`,
        examples: { section: 'action', credits: ['I added a migration checklist so it could not happen again.'], not: ['It happened again the next quarter.'] },
      },
    ],
  },
  disagree: {
    doc: 'You disagreed out loud, with data, then committed fully once the decision was made.',
    spoiledBy: ['we-language'],
    signals: [
      {
        doc: 'the disagreement, said out loud', sections: ['situation', 'task', 'action'], key: true,
        deeds: 'disagree challenge object oppose contest dispute',
        examples: { section: 'action', credits: ['I disagreed with the plan in the review and said so in writing.'], not: ['Two directors disagreed about the plan.'] },
      },
      {
        doc: 'the disagreement, said out loud', sections: ['situation', 'task', 'action'], key: true,
        words: String.raw`\b(?:i was (?:against|opposed to|not in favou?r of)|i (?:put|laid out|set out|made) my case|i (?:pushed back|argued (?:for|against|that)|made the case|raised (?:my )?concerns?|voiced|did not agree|didn't agree|was not convinced|wasn't convinced|thought (?:it|the plan|this) was (?:wrong|a mistake))|(?:the |my |our )?[\w'’-]+ and i (?:still )?(?:disagreed|did not agree|didn't agree)|i (?:still )?disagreed|i (?:believed|was convinced) (?:that )?(?:a|the|this|it|their|her|his) [^.;]{0,60}\b(?:risk(?:ed|y)?|wrong|mistake|unsafe)|i (?:thought|believed|was sure) (?:that )?(?:a|the|this|it|their|her|his) [^.;]{0,60}\b(?:would|could|will) (?:strand|break|hurt|lose|miss|fail|cost|risk|delay|harm))\b`,
        examples: { section: 'action', credits: ['I told her I still disagreed and that I would make the trial work.', 'I thought a switch-off would strand boats arriving at night.', 'I pushed back on the two-week freeze in the planning meeting.', 'Because the VP and I still disagreed, I asked for the CFO\'s review.', 'I believed a single cutover risked a misstatement.', 'I was against a single cutover.', 'In the review I put my case on one page.'], not: ['Sales pushed back on the freeze.', 'The VP and the CFO disagreed.', 'The union was against the new rota.'] },
      },
      {
        doc: 'your case made with data', sections: ['action', 'followups'],
        deeds: 'show present bring share build run benchmark measure model prototype',
        words: String.raw`\b(?:data|numbers|evidence|benchmark|analysis|prototype|cost|figures|measurements?|\d+(?:\.\d+)?\s?%|a (?:doc|memo|one-pager|written proposal))\b`,
        examples: { section: 'action', credits: ['I brought a benchmark that showed the new queue lost 3% of messages under load.'], not: ['I told them the new queue felt risky.'] },
      },
      {
        doc: 'your commitment once it was decided', sections: ['task', 'action', 'result', 'followups'], key: true,
        words: String.raw`\b(?:accepted (?:her|his|their|the) (?:reason(?:ing)?|decision|call|ruling|choice)|stopped arguing|once (?:the|my|our|her|his|their) (?:[\w-]+ )?(?:decided|had decided|made the call|ruled)|(?:make|made|making) (?:that|this) (?:[\w-]+ ){0,2}[\w-]+ work|committed|commit to|disagree and commit|went with (?:the|their|her|his|that) (?:decision|call|plan|choice)|backed (?:the|their|her|his) (?:decision|call|plan)|supported the decision|fully behind|executed (?:the|their|her|his) plan|once (?:the|it was) decided|the decision was made|(?:make|made|making) (?:it|that plan|the (?:\w+ )?\w+|(?:her|his|their) (?:\w+ )?\w+) work|(?:it's|it is) (?:your|their|her|his) call)\b`,
        examples: { section: 'action', credits: ['Once the call was made I committed to it and led the rollout myself.', 'I told the VP I would make it work.', 'I accepted her reason and stopped arguing that same day.', 'Once the director decided, my task was to make that full launch work.'], not: ['Once the call was made I kept arguing in every standup.'] },
      },
    ],
  },
  conflict: {
    doc: 'A real disagreement with a person, heard out in private, and a working agreement that lasted.',
    spoiledBy: [],
    needs: 2,
    signals: [
      {
        doc: 'the friction with a person, said', sections: ['situation', 'task', 'action'], key: true,
        words: String.raw`\b(?:disagree(?:d|ment)|clash\w*|friction|tension|conflict|at odds|butted heads|did not get along|didn't get along|tense|argument|rejected (?:my|every)|blocked (?:my|every)|frustrat\w*|kept (?:rejecting|blocking|reopening)|objected|pushed back|complaint|complained|(?:stopped|refused to) (?:reviewing|review|talking to|talk to|working with|work with|answering)|(?:repair|rebuild|mend) (?:that|our|the|my) (?:working )?relationship)\b`,
        examples: { section: 'situation', credits: ['The lead designer and I were at odds over the onboarding flow for a month.', 'The leads of two batch teams objected to the plan in the review.', 'Her core complaint was that our changes broke her builds.', 'The QA lead had stopped reviewing my pull requests.'], not: ['The onboarding flow had twelve screens.', 'The reviewers approved the plan in the review.'] },
      },
      {
        doc: 'you heard them out, one to one', sections: ['action', 'followups'], key: true,
        words: String.raw`\b(?:one-on-one|one on one|one to one|1:1|1-on-1|1-to-1|sat down with|in private|privately|over coffee|asked (?:her|him|them) (?:what|why|how)|listened|heard (?:her|him|them) out|alone|separately|asked (?:them|her|him|each (?:of them|\w+)) what|(?:her|his|their) (?:side|view|concerns?|worries|reasons|constraints))\b`,
        examples: { section: 'action', credits: ['I asked her for a one-on-one and listened to why the flow worried her.', 'I met each of them one to one and asked what they feared.'], not: ['I sent her a long message with my reasons.'] },
      },
      {
        doc: 'an agreement that held', sections: ['action', 'result', 'followups'],
        words: String.raw`\b(?:agreed (?:on|to)|settled on|common ground|compromise|aligned on|worked (?:it )?out|reached an agreement|(?:now|since then) (?:we )?(?:work|pair|review|plan|meet))\b`,
        examples: { section: 'result', credits: ['We agreed on a shared checklist, and since then we review each other’s specs.'], not: ['The checklist was never finished.'] },
      },
    ],
  },
  people: {
    doc: 'A person you developed: where they started, what you did to grow them, and how far they went, measured.',
    spoiledBy: [],
    needs: 2,
    signals: [
      {
        doc: 'the person and where they started', sections: ['situation', 'task', 'action'], key: true,
        words: String.raw`\b(?:(?:months?|weeks?|a year|days?) into (?:her|his|their) (?:first |new )(?:[\w-]+ )?(?:role|job|post|year|position)|(?:she|he|they) (?:told me|said) (?:she|he|they) wanted to (?:run|lead|own|learn|grow|move into|take on)|mentee|junior|mid-level|new hire|new grad|intern|direct report|(?:one of )?my (?:reports?|engineers)|engineer on my team|apprentice(?:ship)?|(?:months?|weeks?|years?|a year) (?:out of|after) (?:her|his|their) (?:apprenticeship|degree|training|course|bootcamp|graduation)|newcomer|new (?:engineer|analyst|teammate|starter)|underperform\w*|struggling|(?:she|he|they) (?:was|were) (?:new|stuck|struggling|quiet)|felt (?:stuck|overlooked)|passed over|plateaued|thinking (?:of|about) leaving|grow (?:her|him|them) into|(?:she|he|they) had been (?:a|an) (?:[\w-]+ ){1,3}for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several) (?:years|months)|(?:our|my|the) (?:newest|most junior|youngest|least experienced) (?:[\w-]+(?:er|or|ist|ian|ant)|intern|hire|recruit|member|teammate|apprentice|graduate|grad)\b|(?:she|he|they) had never (?:[\w-]+ ){0,2}(?:run|led|done|owned|given|presented|shipped|written|handled|chaired)|joined (?:us |the team |my team )?as (?:a|an) (?:graduate|grad|intern|apprentice|junior|trainee)|(?:in|during) (?:her|his|their) first (?:year|months?|weeks?|rotation|quarter))\b`,
        examples: { section: 'situation', credits: ['Priya, two years out of her apprenticeship, had never planned a shutdown.', 'Dana, a box-office analyst eight months into her first technical role, told me she wanted to run the on-sale.', 'A new grad on my team was stuck on her first on-call rotation.', 'Amira joined as a graduate and, in her first year, avoided talking to users.', 'I wanted to grow her into a developer who could own the intake software.', 'She had been a weighbridge supervisor for twenty years.', 'Ines, our newest producer, had never run a live bulletin.'], not: ['A new release was stuck in review.', 'The weighbridge had been a bottleneck for twenty years.', 'Our newest release had never shipped late.'] },
      },
      {
        doc: 'what you did to grow them', sections: ['action', 'followups'], key: true,
        deeds: 'mentor coach pair teach guide sponsor delegate train onboard',
        examples: { section: 'action', credits: ['I paired with him on the first two incidents, then let him lead the third.'], not: ['He paired with the vendor on the incidents.'] },
      },
      {
        doc: 'what you did to grow them', sections: ['action', 'followups'], key: true,
        words: String.raw`\b(?:(?:gave|offered|handed) (?:her|him|them) (?:[\w-]+ ){0,5}(?:feedback|ownership|a stretch|the lead|more scope|plan|release|launch|project|migration)|made (?:that|the|this) (?:[\w-]+ ){0,2}(?:her|his|their) (?:own )?project|debriefed (?:her|him|them)|reviewed (?:her|his|their) (?:[\w-]+ ){0,3}with (?:her|him|them)|stretch tasks?|sat (?:with|beside|next to) (?:her|him|them) (?:while|for|through|in)|asked (?:her|him|them) to (?:write|choose|decide|plan|draft|pick|say|explain|lead|propose) |weekly (?:1:1s?|one-on-ones?)|growth plan|stretch (?:goal|project|assignment)|(?:let|had|told|asked|trusted|backed|invited|encouraged|got) (?:her|him|them) (?:to )?(?:lead|own|run|present|drive|chair|demo|host|head|redesign)|put (?:her|him|them) (?:down |forward )?(?:as (?:the )?(?:lead|owner)|in charge of)|set (?:her|him|them) (?:a|an) (?:[\w-]+ ){0,2}(?:goal|target|stretch)|met (?:her|him|them) (?:weekly|every (?:week|fortnight|two weeks|month)|each week|fortnightly|monthly)|ask(?:ed|ing) questions instead of giving answers|pointed (?:her|him|them) to)\b`,
        examples: { section: 'action', credits: ['I told her to chair the next incident review herself.', 'I put him down as lead for the spring audit.', 'I set her a three-month goal of running the stocktake.', 'I gave her ownership of the next migration and a weekly one-on-one to talk it through.', 'I offered her netcode ownership with a clear bar.', 'At month three, I had her present the redesign to the technical director herself.', 'In month four I handed her the pre-harvest release and stayed out of the room.', 'I sat with her while she wrote the rollback.', 'I sat beside her for her first four bulletins.', 'I asked her to write what she would have dropped in each.', 'Every two weeks I gave her one concrete piece of written feedback.', 'I made that problem her project.', 'I reviewed his first design with him line by line.'], not: ['I gave the migration to the platform team.', 'I reviewed the first design with the vendor.', 'I presented the redesign to the technical director myself.'] },
      },
      {
        doc: 'their growth, measured', sections: ['result', 'followups'],
        words: String.raw`\b(?:(?:ran|led|did|handled|shipped|owned|delivered|presented|chaired) (?:[\w'’-]+ ){0,4}(?:herself|himself|themselves)|has since (?:trained|mentored|led|taught|coached|run)|(?:is|became|is now) (?:now )?(?:the )?(?:[\w-]+ )?lead\b|promoted|promotion|made (?:senior|staff|lead|principal|tech lead)|now (?:leads|owns|runs|mentors|handles)|on (?:her|his|their) own|alone|by (?:herself|himself|themselves)|independently|without (?:my|any) help|(?:her|his|their) first (?:launch|incident|design|project)|(?:secondment|role|post|contract|position) was made permanent|rated (?:her|him|them) (?:as )?["“]?(?:exceeds|exceptional|outstanding|strong))\b`,
        examples: { section: 'result', credits: ['Dana ran the on-sale herself: 9,140 seats sold in 3 hours.', 'She has since trained two colleagues and is systems lead.', 'Six months later she led the incident review on her own and was promoted.', 'She made senior six months later.', 'Her secondment was made permanent, and the panel rated her "exceeds".', 'By week ten Ines ran the morning bulletin alone.'], not: ['Six months later the incident review was automated.'] },
      },
    ],
  },
  customer: {
    doc: "The customer's problem in the customer's terms, what you did from their side, and the result as they felt it: customers named in passing are not enough.",
    spoiledBy: [],
    needs: 2,
    signals: [
      {
        doc: "the customer's problem", sections: ['situation', 'task'], key: true,
        words: String.raw`\b(?:${CUSTOMERS})\b`,
        examples: { section: 'situation', credits: ['Pharmacists were waiting four minutes for each refill screen to load.'], not: ['The refill service was written in 2016.'] },
      },
      {
        doc: 'you went to the customer', sections: ['action', 'followups'], key: true,
        deeds: 'interview call visit shadow survey listen watch meet ask read sit test pilot observe',
        words: String.raw`\b(?:${CUSTOMERS}|support (?:tickets?|calls?|chats?|messages?)|recorded calls?|complaints?|reviews?|feedback)\b`,
        examples: { section: 'action', credits: ['I called six of the store managers and watched two of them run the count.'], not: ['I read the design doc twice.'] },
      },
      {
        doc: 'the result as the customer felt it', sections: ['result'],
        words: String.raw`\b(?:${CUSTOMERS}|nps|csat|churn|complaints?|tickets?|retention|satisfaction|renewals?|refunds?|wait(?:ing)? times?)\b`,
        examples: { section: 'result', credits: ['Complaints about refills fell from 40 a week to 6.'], not: ['The refill service now runs on two nodes.'] },
      },
    ],
  },
  'dive-deep': {
    doc: 'Your own investigation, step by step, down to a root cause you can name.',
    spoiledBy: ['we-language'],
    signals: [
      {
        doc: 'your own investigation steps', sections: ['action', 'followups'], key: true,
        deeds: 'trace profile reproduce bisect instrument analyze analyse query inspect diagnose debug dig correlate isolate audit benchmark investigate replay examine capture compare sample graph plot pull map measure export simulate check confirm match tag collect sort categorize classify',
        examples: { section: 'action', credits: ['I bisected the firmware builds and reproduced the brownout on a bench unit.', 'I checked the failed build logs and matched every failure to one runner pool.'], not: ['The vendor reproduced the brownout on their bench.', 'The vendor checked the logs.'] },
      },
      {
        doc: 'the root cause, named', sections: ['action', 'result', 'followups'], key: true,
        words: String.raw`\b(?:root cause|traced (?:it|them|the \w+(?: \w+)?) (?:back )?to|turned out|(?:found|discovered|saw|learned|showed) that|i found (?:the|a|an|\d+|out)|found the (?:pattern|cause|culprit|problem|bug|reason|leak)|the pattern|the cause was|caused by|race condition|off-by-one|memory leak|deadlock|misconfigur\w*|(?:was|were) (?:silently )?(?:dropping|retrying|timing out|truncating|double-counting|overflowing)|found (?:two|three|four|five|several) (?:differences|causes|bugs|problems|issues|patterns|mistakes)|(?:most|all|every one|each|\d+%) of (?:the |them|it)(?:\w+ )?(?:came|come|were|was) (?:from|due to|caused by)|(?:all |every one )?came from (?:one|a single|the same)|broke (?:down|out) (?:each|every|the|their))\b`,
        examples: { section: 'action', credits: ['I traced the drift to a clock that reset on every brownout.', 'I found three differences between the dashboard and the spreadsheet.', 'I sorted them by cause: 58% of the failures were from timing races.'], not: ['I asked the team to look at the drift.', 'Three differences were found by finance.'] },
      },
    ],
  },
  results: {
    doc: 'A measured outcome against a goal or a date you were held to: a number alone is any Result.',
    spoiledBy: ['result-no-metric'],
    needs: 2,
    signals: [
      {
        doc: 'a measured outcome', sections: ['result'], key: true, metric: true,
        examples: { section: 'result', credits: ['Pick accuracy went from 97.1% to 99.6% in a month.', 'Changeovers went from about three hours to an hour and forty minutes.'], not: ['Pick accuracy got a lot better.', 'The new line opened in 2019.'] },
      },
      {
        doc: 'the goal or the date you were held to', sections: ['situation', 'task', 'result'], key: true,
        words: String.raw`\b(?:goal|objectives?|target|deadline|commitment|committed|okrs?|slas?|slos?|on time|ahead of (?:schedule|the date)|launch date|due date|milestone|by (?:the )?(?:end of (?:the )?(?:month|quarter|year|sprint)|launch|black friday|q[1-4]|(?:mon|tues|wednes|thurs|fri)day)|(?:in|by) the next (?:weekly |monthly |nightly )?(?:release|sprint|build|deploy)|before (?:the )?(?:sale|launch|peak|holiday|holidays|audit|season|release|cutover|busy season) (?:started|began|opened|went live|date|deadline)|before (?:the )?[\w-]+ (?:began|started|opened) in (?:\d+|one|two|three|four|five|six|a few) (?:days|weeks|months)|had (?:only |just )?(?:\d+|one|two|three|four|five|six|a few) (?:days|weeks|months) to|(?:\d+|one|two|three|four|five|six|a few) (?:days?|weeks?|months?) (?:before|ahead of) (?:the )?(?:[\w-]+ )?(?:harvest|launch|go-live|cutover|audit|inspection|season|opening|election|exam|event))\b`,
        examples: { section: 'task', credits: ['The goal was to cut the month-end close from eight days to five by Q3.', 'I took on shipping a fix in the next weekly release.', 'Checkout had to survive three times last year\'s traffic before the sale started.', 'I owned the tablet app and had three weeks to add moisture capture before harvest.'], not: ['The month-end close was painful.', 'The sale started on a Friday.', 'The app had been live for three weeks.'] },
      },
      {
        doc: 'you delivered it', sections: ['action', 'result'],
        deeds: 'deliver ship launch hit finish complete release close',
        examples: { section: 'result', credits: ['I shipped the last module two days before the date.'], not: ['The last module slipped to the next quarter.', 'I met the operations lead in my first week.'] },
      },
    ],
  },
  simplify: {
    doc: 'Something you made simpler or invented: steps, parts or people taken out, and others taking it up.',
    spoiledBy: [],
    signals: [
      {
        doc: 'what you simplified', sections: ['action', 'followups'], key: true,
        deeds: 'simplify remove eliminate consolidate automate replace delete collapse merge streamline retire deprecate standardize unify',
        examples: { section: 'action', credits: ['I replaced the three approval forms with one shared checklist.'], not: ['Finance replaced the three approval forms.'] },
      },
      {
        doc: 'what you invented', sections: ['action', 'followups'], key: true,
        deeds: 'invent devise prototype design',
        words: String.raw`\b(?:new|simpler|single|one|tool|script|template|approach|pattern|way)\b`,
        examples: { section: 'action', credits: ['I designed a single template that the field teams could fill in offline.'], not: ['I followed the template the field teams already had.'] },
      },
      {
        doc: 'a new mechanism you built', sections: ['action', 'followups'], key: true,
        deeds: 'build create write generate',
        words: String.raw`\b(?:tool|engine|framework|generator|template|checker|check|linter|library|mechanism|contract|format|bot|rule engine|dsl|service|relay|plugin|scheduler|rule|logic|collector|poller|validator|parser|importer|exporter|scraper|watcher|tracker|detector|converter|calculator|macro)\b`,
        examples: { section: 'action', credits: ['I built a check that fails a pull request on a breaking schema change.', 'I wrote a small importer that reads the supplier sheets each night.', 'I built the compression as a small service in front of the existing historian.', 'I wrote a 200-line Python relay that queues the frames.'], not: ['I built the fix and shipped it on Friday.'] },
      },
      {
        doc: 'fewer steps, parts or hours', sections: ['result', 'action'],
        words: String.raw`\b(?:fewer|from (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:steps|pages|forms|fields|services|tools|clicks|handoffs|hand-offs|scripts|systems|classes|files|modules|screens|repos|tables|jobs|queues|dashboards|configs|templates|rules|approvals|meetings|vendors|spreadsheets|manual steps) to (?:\d+|one|two|three|four)|one (?:script|step|page|form|command|click)|no longer (?:needs?|requires?))\b`,
        examples: { section: 'result', credits: ['Onboarding went from nine forms to two.'], not: ['Onboarding went well.'] },
      },
      {
        doc: 'others took it up', sections: ['result'],
        words: String.raw`\b(?:adopted|reused|rolled out to|became (?:the|a) (?:standard|template|default)|other teams|every team|all teams)\b`,
        examples: { section: 'result', credits: ['Two other teams adopted the template in the next quarter.'], not: ['The template sits in my drive.'] },
      },
    ],
  },
  influence: {
    doc: 'People you brought along without authority over them: the case you made, and the people who then acted.',
    spoiledBy: ['we-language', 'routing-not-ownership'],
    signals: [
      {
        doc: 'the case you made, to people who could say no', sections: ['action', 'followups'], key: true,
        deeds: 'persuade convince influence rally align lobby pitch negotiate propose',
        examples: { section: 'action', credits: ['I convinced the two product leads to trade a feature for the migration.'], not: ['The two product leads agreed among themselves.'] },
      },
      {
        doc: 'the case you made, to people who could say no', sections: ['action', 'followups'], key: true,
        words: String.raw`\b(?:won (?:over|buy-in|their support|them over|(?:the )?(?:adopters|backing|support|agreement|sponsors?))|got (?:their )?buy-in|brought (?:\w+ ){0,2}(?:along|on board)|made the case|walked (?:[\w'’-]+ ){1,6}through|presented (?:the |my |a |our )?(?:[\w'’-]+ )?(?:data|numbers|case|proposal|options|plan|rule|memo|trade-?offs?|results|findings|evidence|pilot|prototype|demo)|offered (?:them |her |him )?(?:a |the )?(?:trade|deal|compromise)|asked (?:the |her |him |them |each )?(?:[\w'’-]+ ){0,3}to co-own)\b`,
        examples: { section: 'action', credits: ['I walked the store directors through the shrink numbers, one region at a time.', 'I walked each of the nine tech leads through their own numbers one on one.', "I presented the pilots' results at the monthly architecture forum.", 'I won adopters with results, not policy.'], not: ['The store directors read the shrink report.', 'I presented at the all-hands.'] },
      },
      {
        doc: 'no authority over them', sections: ['situation', 'task', 'action'],
        words: String.raw`\b(?:without (?:authority|any authority|being (?:their|his|her) manager)|no (?:formal )?authority|(?:did not|didn't) report to me|not (?:my|their) manager|across (?:the )?(?:teams|org|organization|\d+ teams|(?:two|three|four|five|six) teams))\b`,
        examples: { section: 'task', credits: ['None of the four teams reported to me, so I had no authority to make them switch.'], not: ['My four teams had to switch.'] },
      },
      {
        doc: 'the people who then acted', sections: ['result'],
        words: String.raw`\b(?:adopted|signed off|agreed|joined|switched|committed|now use|took it up|dropped (?:the|their) (?:blanket |manual )?(?:sign-off|approval|gate|review)|added (?:\w+ ){0,3}to (?:their|its) (?:\w+ ){0,2}(?:checklist|process|template|playbook|standard)|made it (?:a |their )?(?:standard|required|default)|now (?:send|ask|bring|run|review|follow)s?)\b`,
        examples: { section: 'result', credits: ['All four teams switched within the quarter.', 'The devices team added roaming tests to their firmware release checklist.', 'The support managers dropped the blanket sign-off.'], not: ['The proposal is still under review.', 'I added roaming tests to the suite.'] },
      },
    ],
  },
  trust: {
    doc: 'Candor when it cost you something: the bad news told early, a promise kept, and trust you can point to.',
    spoiledBy: [],
    signals: [
      {
        doc: 'the bad news, told early and plainly', sections: ['task', 'action', 'followups'], key: true,
        words: String.raw`\b(?:warned (?:[\w'’-]+ ){1,3}(?:that|about|early|in advance|ahead)|(?:misses|failures|mistakes|errors|bad (?:days|weeks|numbers|results)) included|bad news|admitted|owned up|was (?:transparent|honest|upfront)|transparen\w*|apologi[sz]ed|came clean|raised it early|open(?:ed)? by owning|own(?:ed|ing) (?:up to )?(?:the|my|our) (?:[\w-]+ )?(?:mistakes?|miss|errors?|slip|outage|failure|bugs?|incident|problem)|flagged (?:the|it|this) (?:risk )?early|told (?:them|him|her|the \w+|my manager|my lead|the customer|leadership) (?:the truth|straight|plainly|honestly|openly|early|what went wrong|exactly|privately|directly|frankly|candidly)|(?:explained|told|emailed|wrote to|showed) (?:\w+ ){0,6}(?:what had (?:gone wrong|happened)|what went wrong|what happened)|(?:was|were) (?:all )?my (?:fault|mistake|doing)|owned it (?:in writing|publicly|openly|in front of)|so (?:she|he|they|the \w+) could (?:check|verify|audit|see|follow) (?:my|every|each|all my) (?:work|change|changes|step|steps|number|numbers|fix|fixes)|took the blame|before (?:they|she|he|anyone) (?:found|noticed|asked|heard)|(?:the|including the) (?:bad|uncomfortable|unflattering|awkward|hard) (?:weeks?|parts?|news|numbers|results|items)|as well as the good|including (?:the )?(?:items|things|parts|ones) i (?:could not|couldn't) (?:fix|change|do)|what (?:they|she|he|each (?:of them|\w+)) (?:would )?need(?:ed)? to (?:trust|see|believe))\b`,
        examples: { section: 'action', credits: ['I told the customer plainly that the date would slip, before they asked.', 'Each evening I sent him the rows I had touched, so he could check my work himself.', 'I warned the head curator that rejections would rise for a fortnight.', 'I agreed to publish the results every morning, misses included.', 'I told her privately what it had risked and why.', 'I opened by saying the holiday break was my fault.', 'I published the bad weeks as well as the good ones.', 'I asked each lead what they would need to see to trust a release.'], not: ['The customer heard about the slip from their account manager.', 'I published the release notes every week.'] },
      },
      {
        doc: 'a promise kept', sections: ['action', 'result', 'followups'],
        words: String.raw`\b(?:kept (?:my|the|every) (?:promise|word|commitment)|did what i (?:said|promised)|as i (?:had )?promised|followed through|(?:weekly|daily) (?:updates?|notes?|reports?)|(?:list|log) of (?:every|each|all the|my) (?:commitments?|promises?)|every (?:commitment|promise) i made)\b`,
        examples: { section: 'action', credits: ['I sent them a short note every Friday until it was fixed, as I had promised.'], not: ['They stopped hearing from us after the kickoff.'] },
      },
      {
        doc: 'the credit given to others', sections: ['action', 'result', 'followups'], key: true,
        words: String.raw`\b(?:(?:the )?credit (?:[\w'’-]+ ){0,6}?(?:would (?:both |all )?be|was|were|went to|stayed) (?:both |all )?(?:hers|his|theirs)|put (?:her|his|their|the team's) names? on|gave (?:her|him|them) (?:the |full |public )?credit|credited (?:her|him|them)|(?:her|his|their) name (?:went )?on (?:the|it))\b`,
        examples: { section: 'action', credits: ['I named her on-sale lead, so the calls and the credit on the morning would both be hers.', 'I put her name on the spec and had her present it to the curators.'], not: ['I put my name on the spec.'] },
      },
      {
        doc: 'trust you can point to', sections: ['result'],
        words: String.raw`\b(?:trust\w*|confidence|credibility|renewed|came back to me|asked for me)\b`,
        examples: { section: 'result', credits: ['The clinic renewed for two years and asked for me on the next rollout.'], not: ['The clinic project closed in March.'] },
      },
    ],
  },
  standards: {
    doc: 'A bar you held when it was easier not to, and the mechanism that keeps it held.',
    spoiledBy: [],
    signals: [
      {
        doc: 'the bar you held', sections: ['task', 'action', 'followups'], key: true,
        words: String.raw`\b(?:refused to (?:ship|sign|merge|release|approve|launch)|held (?:back )?(?:the|our) (?:release|launch|build|rollout)|insisted|raised the bar|would not (?:ship|sign off|merge|release)|wouldn't (?:ship|sign off|merge|release)|quality (?:gate|bar)|blocked (?:the|a|one|that) (?:\w+ )?(?:release|launch|build|merge|rollout)|held back (?:the|a|one|our|that) (?:\w+ )?(?:feature|release|launch|build|rollout|change)|not good enough|(?:wrote down|set|defined|agreed) (?:a|the|our) (?:new )?(?:bar|standard|threshold)|tighter than|(?:the )?(?:release|launch) (?:moved|slipped) by|(?:was not|wasn't|were not|weren't|am not|i'm not) going to (?:sign|ship|merge|release|approve|launch|let)|(?:would not|wouldn't|will not|won't) (?:sign|approve|accept|pass|let)|agreed to (?:a|the) (?:[\w-]+ )?(?:slip|delay)|until it (?:returned|showed|gave|read|passed with) (?:zero|no|0) (?:differences|mismatches|errors|failures|defects))\b`,
        examples: { section: 'action', credits: ['I held the release for two days until the crash on older tablets was fixed.', 'I was not going to approve the batch on a supplier\'s word.', 'I re-ran the reconciliation until it returned zero differences.', 'In the first month I blocked a release that failed at 2.6%.', 'I set the pass threshold at 2% error, tighter than the teams proposed.', 'I wrote down a bar with my engineers: a flaky scenario is fixed within two weeks.'], not: ['The release went out with the crash on older tablets.', 'I set up the release for the first month.'] },
      },
      {
        doc: 'the mechanism that keeps it', sections: ['action', 'result'], key: true,
        deeds: 'add write build introduce set enforce codify automate create make',
        words: String.raw`\b(?:checklist|test suite|tests|linter|lint rules?|review (?:process|gate|step)|standard|acceptance criteria|regression suite|coverage|canary|quality gate|playbook|required (?:gate|check|step)|[\w-]+ (?:test|check) (?:to|in|into) (?:ci|the (?:\w+ )?(?:pipeline|build))|(?:test|check) that fails|(?:check|test|validation|gate) (?:in|into|to) (?:its|the|their|our|every) (?:[\w-]+ )?(?:template|pipeline|build|release|process|import|form|workflow))\b`,
        examples: { section: 'action', credits: ['I added a regression suite that runs on every build.', 'I wrote a range check into the export template.', 'I added a wear-rate test to CI that fails if a sector wears out early.', 'I made the test a required gate in the shared release pipeline.'], not: ['The regression suite was already there.', 'I made the test data smaller.'] },
      },
      {
        doc: 'the quality, measured', sections: ['result'],
        words: String.raw`\b(?:defects?|bugs?|regressions?|incidents?|escapes?|error rate|crash(?:es| rate)?|returns|failure rate|rework)\b`,
        examples: { section: 'result', credits: ['Escaped defects fell from eleven a release to two.'], not: ['The release was on time.'] },
      },
    ],
  },
  frugality: {
    doc: 'More done with less: the constraint, what you reused or did without, and the cost it saved.',
    spoiledBy: ['vague-estimate'],
    needs: 2,
    signals: [
      {
        doc: 'the constraint, and what you did without', sections: ['situation', 'task', 'action'], key: true,
        words: String.raw`\b(?:no (?:extra |additional |new )?(?:budget|headcount|funding|money|hardware)|without (?:hiring|extra (?:budget|headcount|hardware|spend)|buying|new (?:hardware|licenses|tools|servers))|without (?:that|the|any|a|this) (?:[\w-]+ )?(?:spend|purchase|quote|outlay|capex|investment|upgrade)|rather than (?:buying|adding|hiring|spending|renting|licensing)|on a (?:tight|small|shoestring) budget|limited (?:budget|resources|funds)|free tier|spare (?:hardware|capacity|servers|laptops)|existing (?:[\w-]+ )?(?:hardware|tools?|servers?|stack|link|kit|equipment|network|licen[cs]es?)|reused|instead of (?:buying|adding|hiring|spending|renting)|cut(?:ting)? (?:its |the |our |their )?(?:cloud |infrastructure |aws |hosting |vendor )?(?:cost|costs|spend|bill)|cheaper (?:\w+ ){0,2}(?:instances?|hardware|tier|option|plan|vendor|family)|(?:request|budget|purchase|order) for (?:\w+ ){0,2}(?:more|new|extra)|(?:a |the )?(?:purchase|spend|request) (?:was |became )?(?:unnecessary|not needed|avoidable)|open[- ]source|(?:the (?:company|team|group|business|council|trust|org) )?already (?:pays|pay|paid) for|(?:on top of|in front of|around|alongside) (?:the|our) existing [\w-]+|(?:we|i|the (?:team|group|company)) (?:were |was )?already (?:owned|had|paying for|paid for|ran|licensed|used))\b`,
        examples: { section: 'task', credits: ['I set out to deliver those signals over the link the institute already paid for.', 'I wrote a triage service for the station\'s existing field server.', 'There was no budget for new scanners, so I reused the old handhelds.', 'I wanted to find out whether we could answer that with what we already owned.', 'I wrote an exporter into the group data warehouse we were already paying for.', 'I wanted to cut the gas bill without that spend.', 'I fitted one sensor on the shared line rather than buying twelve analysers.', 'I moved old data to the object storage the company already pays for.', 'I built the compression as a small service in front of the existing historian.'], not: ['We bought forty new scanners.', 'I rewrote the exporter we owned.', 'I wanted to cut the gas bill before the audit.'] },
      },
      {
        doc: 'the cost it saved', sections: ['result'], key: true,
        words: String.raw`\b(?:saved|saving|savings|cut (?:the )?(?:cost|spend|bill)|costs?|spend|budget|cheaper|withdrew|withdrawn|cancell?ed (?:the|a) (?:purchase|order|request|contract|upgrade|renewal)|(?:purchase|order|upgrade|renewal|contract) was cancell?ed)\b|[$€£]\s?\d`,
        examples: { section: 'result', credits: ['That saved about $40,000 in hardware this year.', 'The upgrade was cancelled, and the old historians kept running.'], not: ['That made the team happy.', 'The upgrade was delayed by a quarter.'] },
      },
    ],
  },
  learning: {
    doc: 'Something you did not know and learned fast, on your own, and used to get the result.',
    spoiledBy: [],
    signals: [
      {
        doc: 'what you did not know, and learned', sections: ['situation', 'task', 'action'], key: true,
        words: String.raw`\b(?:taught myself|learned (?:\w+ ){0,3}(?:from scratch|on my own|in (?:a|one|two|three) (?:weeks?|days?|weekends?))|new to me|(?:had )?never (?:used|worked with|touched|written|done|built|profiled|debugged|run|led|managed|tuned|designed)|picked up|read (?:up on|through)|took a course|studied|went through the (?:docs|spec|manual|source)|had no experience)\b`,
        examples: { section: 'action', credits: ['I had never written Verilog, so I worked through the vendor course over two weekends.'], not: ['The contractor had written the Verilog.'] },
      },
      {
        doc: 'you studied it', sections: ['action'], key: true,
        deeds: 'read study learn spend take watch follow complete work',
        words: String.raw`\b(?:tutorials?|courses?|docs|documentation|textbooks?|books?|papers?|specs?|manuals?|guides?|classes|training|talks)\b`,
        examples: { section: 'action', credits: ['I spent two evenings on the vendor’s profiler tutorial and the engine docs.'], not: ['I wrote the docs for the profiler after the release.'] },
      },
      {
        doc: 'you tried it out', sections: ['action'],
        deeds: 'experiment explore prototype study learn practice',
        examples: { section: 'action', credits: ['I prototyped the scheduler three ways before choosing one.'], not: ['The scheduler was chosen by the architects.'] },
      },
      {
        doc: 'what you do with it now', sections: ['result', 'reflection'],
        words: String.raw`\b(?:now (?:use|teach|apply|run)|since then|taught the team|wrote (?:a|the) (?:guide|primer|doc)|shared what i learned)\b`,
        examples: { section: 'reflection', credits: ['Since then I run a short spike on any tool that is new to me.'], not: ['It was a hard month.'] },
      },
    ],
  },
  'think-big': {
    doc: 'A bolder direction than the fix in front of you: the vision, the case you made for it, and a reach beyond one team.',
    spoiledBy: [],
    needs: 2,
    signals: [
      {
        doc: 'the bigger direction', sections: ['task', 'action', 'followups'], key: true,
        words: String.raw`\b(?:vision|long-term|multi-year|north star|roadmap|platform (?:for|that) (?:every|all|other)|company-wide|org-wide|across the (?:company|org|organization)|every team|all teams|at scale|10x|step change|rather than (?:a |another )?(?:patch|one-off|quick fix|workaround)|(?:not|instead of|rather than) (?:just )?(?:to )?(?:patch(?:ing)?|fix(?:ing)?) (?:one|a single|the one|this one) [\w-]+)\b`,
        examples: { section: 'action', credits: ['Rather than another one-off patch, I proposed one ingestion platform for every team.', 'I set out to change how every ward orders stock, not to fix one ward.'], not: ['I patched the ingestion script again.'] },
      },
      {
        doc: 'the case you wrote for it', sections: ['action'], key: true,
        deeds: 'propose pitch write draft envision present',
        words: String.raw`\b(?:proposal|strategy|plan|doc|memo|rfc|design|vision|roadmap)\b`,
        examples: { section: 'action', credits: ['I wrote a two-page proposal for a shared returns platform.'], not: ['I wrote the returns code.'] },
      },
      {
        doc: 'the case you wrote for it', sections: ['action'], key: true,
        words: String.raw`\b(?:took|brought|carried) (?:the|those|these|my|our) (?:[\w-]+ )?(?:numbers|data|results|figures|findings|case|evidence) to (?:the )?(?:[\w'’-]+ ){0,3}(?:heads?|directors?|board|leadership|vps?|council|committee|chiefs?|owners?|executives?)\b`,
        examples: { section: 'action', credits: ['I brought the trial results to the directors of both depots.'], not: ['I brought the trial results to my desk.', 'I took the numbers to the spreadsheet.'] },
      },
      {
        doc: 'a reach beyond one team', sections: ['result'],
        words: String.raw`\b(?:every team|all teams|company-wide|org-wide|whole company|(?:\d+|two|three|four|five|six|eight|ten|twelve) teams|other teams|platform)\b`,
        examples: { section: 'result', credits: ['Six teams now ship their data through it.'], not: ['My team now ships faster.'] },
      },
    ],
  },
  judgment: {
    doc: 'A call you got right: the options you weighed and the call you made on them, and how it proved out.',
    spoiledBy: ['unverified-result'],
    needs: 3,
    signals: [
      {
        doc: 'the options you weighed', sections: ['task', 'action', 'followups'], key: true,
        words: String.raw`\b(?:options?|alternatives?|trade-?offs?|weighed|considered|instead of|rather than|versus|pros and cons|fallback|plan b|contingency|(?:a |the )?(?:request|proposal|case) to (?:delay|defer|phase|wait|split|pause|stage))\b`,
        examples: { section: 'action', credits: ['I weighed a rewrite against a cache in front of the old service.', 'I wrote a paper with that figure and a request to delay by eight weeks.', 'I designed a fallback the same week.'], not: ['I started the rewrite on Monday.'] },
      },
      {
        doc: 'the call you made', sections: ['task', 'action'], key: true,
        deeds: 'decide choose bet recommend pick propose predict warn judge',
        examples: { section: 'action', credits: ['I chose the cache because it could ship in a week and be removed later.', 'I predicted the valley base would miss jobs on the shared platform.'], not: ['The architect chose the cache.'] },
      },
      {
        doc: 'how it proved out', sections: ['result', 'reflection', 'followups'], key: true,
        words: String.raw`\b(?:turned out|proved|was right|as (?:i )?(?:predicted|expected)|confirmed|held up)\b`,
        examples: { section: 'result', credits: ['The cache held up through the peak, as I had predicted.', 'I was right about the risk, not the remedy.'], not: ['The peak was quiet this year.'] },
      },
    ],
  },
};

/** What the level reading looks for in a story's scope (`levelFit` in review.ts). */
export type ScopeKind = 'crossTeam' | 'organization' | 'tradeoff' | 'people' | 'endToEnd';

export interface ScopeSignal {
  doc: string;
  /** Where it is read: every section but the Reflection, unless said. */
  sections?: readonly SectionKind[];
  /** A regular expression source over the sentence's spoken text, lower case, one space between words. */
  words: string;
  examples: { credits: readonly string[]; not: readonly string[] };
}

const FUNCTIONS = String.raw`finance|legal|sales|marketing|support|security|operations|ops|product|design|hr|compliance|data|qa|platform|infrastructure|infra|devices|test|billing|payments|analytics|customer success|clinical|pharmacy|warehouse|store|merchandising|facilities|quality|procurement|purchasing|maintenance|logistics|manufacturing|production|safety|regulatory|risk|audit|commercial|fleet`;

/** The scope a story shows, as data with sentences each must credit and leave alone (test/evidence.test.ts). */
export const SCOPE: Record<ScopeKind, ScopeSignal> = {
  crossTeam: {
    doc: 'scope beyond your own team',
    words: String.raw`\b(?:another team|other teams?|the other (?:two|three|four|five|six|\d+) [\w-]+s|(?:a |the )?(?:partner|sister|neighbou?ring|platform|infra|vendor|upstream|downstream) (?:team|teams|org)|not my team|outside my team|(?:two|three|four|five|six|\d+) (?:[\w-]+ ){0,2}teams|cross-team|across teams|their (?:team|lead|manager|service|code|on-call)|[\w-]+ team's|(?<!\bon )(?:the|their|a|another) (?!same\b|whole\b|entire\b|new\b|core\b)[\w-]+ (?:team|teams|squad|department)\b(?! i )|(?:the |our |their )?(?:${FUNCTIONS}) (?:vp|director|lead|leads|manager|managers|org|operations|team)|(?:the |our |their )(?:vp|cfo|cto|ceo|coo|svp|head of [\w-]+)\b|\b(?:procurement|finance|legal|facilities|estates|compliance|purchasing)(?= (?:and|signed|approved|asked|agreed|cancelled|was|were|had|wanted)\b|[.,;]))`,
    examples: {
      credits: ['The testers belonged to the manufacturing test team.', 'I took the figures to the managers of the other three depots.', 'I presented it to the VP and the engineering director.', 'I walked the devices team through the trace.', 'The finance lead signed off.', 'I was the staff engineer across the three booking teams.', 'I walked the facilities lead and quality manager through it.', 'Procurement was due to sign in six weeks.'],
      not: ['The finance dashboard loaded slowly.', 'I was on the mobile team for two years.', 'The whole team shipped it on Friday.', 'I fixed the parser in our service.'],
    },
  },
  organization: {
    doc: 'a mechanism that reached across the organization',
    words: String.raw`\b(?:company-wide|org-wide|organization-wide|engineering-wide|across the (?:company|org|organization|engineering org|business)|every team|all (?:the )?(?:\d+ )?teams|(?:six|seven|eight|nine|ten|twelve|\d\d+) teams|became (?:the |a |our )?(?:company |org |engineering )?(?:standard|default|required)|(?:migrations|launches|services|projects|releases|teams) that followed|(?:the )?(?:company|org|organization|engineering)(?:'s)? (?:\w+ )?(?:template|process|standard|playbook|policy)|(?:the )?(?:migration|launch|release|incident|design review) (?:template|process|checklist|playbook)|across (?:all )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the) (?:regions|sites|studios|business units|product lines|orgs|divisions)|(?:the )?(?:company|org|organization|organisation|district|council|trust|hospital|university|bank|chain|group|agency|ministry|firm|business) now (?:requires|mandates|runs|uses) [^.;]{3,60}\bbefore (?:any|every|each) [\w-]+|(?:is|are|was|were|became) now (?:required|mandatory|compulsory|standard|the default|the standard) (?:for|on|in|across|before) (?:every|each|all|any) [\w-]+|into the (?:[\w-]+ )?(?:release|deployment|deploy|change|launch|incident|onboarding|review|procurement|commissioning) (?:process|checklist|template|policy|standard)|adopted (?:[\w'’-]+ ){0,3}(?:for|across|at|by|in) (?:the )?(?:two|three|four|five|six|\d+|all|every|several) (?:other )?[\w-]+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|all) of the (?:\d+|[a-z]+) [\w-]+s (?:had |have )?(?:moved|adopted|switched|migrated|signed up|opted in)|(?:both|two|three|four|five|six|several|\d+) (?:other|more) [\w-]+s (?:[\w'’-]+ ){0,5}?(?:copied|adopted|took up|now (?:use|run))|(?:company|org|organization|organisation|institute|council|trust|hospital|university|agency|ministry|firm|group)['’]s (?:[\w-]+ )?(?:standard|policy|process|rules?) (?:now )?(?:requires|mandates)|now (?:the|a|our) (?:[\w-]+ )?(?:standard|default)(?: [\w-]+)? (?:for|in|across|on)|made it (?:the|a) (?:[\w-]+ )?(?:default|standard)|made (?:[\w-]+ ){1,4}(?:a|the) (?:[\w-]+ )?(?:standard|requirement|default|rule)(?: [\w-]+){0,2} (?:for|across|in|on|at) (?:every|each|all)|to (?:every|each) new [\w-]+(?: [\w-]+)?['’]s (?:commissioning |onboarding |launch |release )?(?:checklist|template|process))\b`,
    examples: {
      credits: ['The reconciliation job became the required check for the three ledger migrations that followed.', 'The board made the weekly stock check a standard term for every branch.', 'The council now requires a data check before any go-live.', 'I added a risk sign-off to the migration template.', 'The rule now runs across all four regions.', 'The fallback switch is now required for every booking release.', 'I wrote those criteria into the release process.', 'The regional service adopted the relay for two other air ambulances.', 'Within six months twelve of the fourteen labs had moved over.', 'Two other operators copied it.', 'Both other stations now run it.', "The institute's standard requires a triage plan before buying bandwidth.", 'The deadband service is now the standard intake for the two new farms.', 'The platform team made it the default in the CI template.', "Facilities added the quiet-cabinet page to every new cold store's commissioning checklist."],
      not: ['The job became slow on Mondays.', 'I added a test to our suite.', 'The council now requires a permit for the car park.', 'A badge is now required for the car park.', 'I wrote the numbers into the spreadsheet.'],
    },
  },
  tradeoff: {
    doc: 'a trade-off said out loud',
    sections: ['task', 'action', 'followups'],
    words: String.raw`\b(?:trade-?offs?|instead of|rather than|the obvious (?:answer|fix|option|choice|route|plan|solution)|at the cost of|weighed|the downside|the risk was|options?|alternatives?|versus|vs\.?|chose (?:\w+ ){1,4}over|compar(?:ed|ing) (?:the |a )?[^.;]{3,60} (?:with|against) (?:a |the )|(?:would )?costs? (?:\w+ ){0,2}(?:extra|more)|(?:safer|cheaper|riskier|slower|faster) (?:plan|option|path|design|approach|choice)|in exchange for|traded (?:[\w'’-]+ ){1,3}for|(?:a )?(?:request|proposal) to (?:delay|defer|phase|stage|split|pause)|proposed (?:[\w'’-]+ ){1,8}(?:first|instead|while|only))\b`,
    examples: {
      credits: ['I wrote a memo comparing the single weekend with a phased cutover.', 'The obvious fix, a new scanner at every door, would have cost a fortune.', 'Phased would cost five extra weeks.', 'I argued for the safer plan.', 'I traded coverage for adoption.', 'I proposed going live in the 16 clean zones first.', 'I wrote a paper with a request to delay by eight weeks.'],
      not: ['I wrote a memo about the cutover.', 'I compared notes with Sam.'],
    },
  },
  people: {
    doc: 'the people you led and what you changed in how they work',
    words: String.raw`\b(?:my team of|my (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:engineers|reports|people)|my (?:direct )?reports|i hired|hiring|headcount|performance (?:plan|review|improvement)|i manage|i managed|my engineers|my managers|reorg\w*|staffing|i (?:run|ran|lead|led|head|headed) (?:the|a|our|my) (?:[\w'’-]+ ){0,3}(?:team|desk|group|squad|department|crew|unit|shift)\b(?!s? (?:meeting|review|call|channel)))\b`,
    examples: {
      credits: ['I wrote down a bar with my engineers.', 'I managed a team of nine.', "I run the radio newsroom's production desk, four producers."],
      not: ['The engineers wrote down a bar.', 'I led the team meeting on Monday.'],
    },
  },
  endToEnd: {
    doc: 'a piece of work driven end to end',
    words: String.raw`\b(?:end to end|end-to-end|from design to (?:launch|rollout|production)|i (?:led|drove|ran|owned) the (?:project|migration|rollout|launch|effort|program|redesign|rewrite|cutover)|(?:a|the) (?:\d+|two|three|four|five|six)-(?:week|month) (?:project|migration|effort|program)|saw it through|through (?:the )?(?:staged )?rollout|(?:stayed|stayed on) (?:on )?the (?:staged )?rollout)\b`,
    examples: {
      credits: ['I led the migration from design to rollout.', 'I stayed on the staged rollout with her.'],
      not: ['The platform team led the migration.'],
    },
  },
};
