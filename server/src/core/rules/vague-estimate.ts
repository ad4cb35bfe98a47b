// vague-estimate: an impact claimed with no figure or method ("it was costly", "saved a lot of time", "significant impact").
import { replace } from '../fixes';
import { hasNumber } from './helpers';
import { wordAlternation } from '../language/classes';
import { entriesPattern, phraseRule, type PhraseEntry } from './phrase-rule';

const IMPACT_NOUN = String.raw`(?:time|money|effort|hours|revenue|cost|costs|customers|users|work|toil|pain|complaints|tickets|savings|value|business|incidents|outages|downtime|traffic|load|churn|busywork|manual work|firefighting|headaches|hassle|stress|back-and-forth|rework|waste|cash)`;
/** Impact claimed with no size, each with sentences it must flag and sentences it must leave alone (test/phrases.test.ts). */
export const ENTRIES: PhraseEntry[] = [
  {
    pattern: String.raw`\b(?:a lot|lots|tons|a ton|plenty|a great deal|loads|heaps|a heap|a bunch|a mountain|mountains|a pile|piles|a stack|a raft|a truckload|a boatload|a load|a sea) of ${IMPACT_NOUN}`,
    flags: ['It saved a lot of time.', 'The change saved the support desk lots of manual work.', 'It saved the box office a mountain of hours on the phone.', 'It took a raft of complaints off the desk.'],
    allows: ['A lot of the logs were duplicates, so I dropped them.', 'It saved 6 hours a week.', 'A pile of the invoices were duplicates.'],
  },
  {
    pattern: String.raw`\b(?:significant|substantial|huge|massive|major|big|considerable|tremendous|enormous|meaningful|noticeable|dramatic|serious|real(?! (?:[\w-]+ )?costs?\b)|measurable) (?:[\w-]+ )??(?:impact|effect|effects|savings|saving|improvements?|reductions?|gains?|revenue|costs?|difference|increase|decrease|boost|drop|win|wins|benefits?|value|speedup|speed-up|setback|blow|losses|damage|growth|progress|coverage|attention|exposure|interest|buzz|traction)\b`,
    flags: ['It had a significant impact on the business.', 'The rewrite was a big win for the team.', 'The delay was a significant setback for the company.', 'The launch had to generate significant media coverage.'],
    allows: ['Significant parts of the code were untested.', 'A big batch job ran at midnight.'],
  },
  {
    pattern: String.raw`\b(?:was|were|is|got) (?:a |an )?(?:really |very |quite |extremely |pretty )?(?:costly|expensive|pricey)(?: (?:mistake|error|delay|outage|lesson|problem|incident))?|\b(?:a |the )(?:big|huge|major|massive|giant|real) (?:step|win|leap|boost) for (?:the|our|their) (?:company|business|org|organization|bank|firm)\b`,
    flags: ['The outage was costly.', 'Support calls were really expensive.', 'It was a costly mistake for the bank.', 'It was a big step for the company.'],
    allows: ['The costly part was the migration plan.', 'Expensive queries were logged to a file.'],
  },
  {
    pattern: String.raw`\b(?:many|numerous|countless|tons of|so many|a number of) (?:${wordAlternation('countedPeople')}|hours|incidents|tickets|complaints|dollars)\b`,
    flags: ['Many customers noticed the difference.', 'It saved countless hours.'],
    allows: ['Many of the alerts were duplicates.', 'Countless times I had checked the wrong host.'],
  },
  {
    pattern: String.raw`\bsaved (?:[\w-]+ ){0,3}(?:(?:a lot|lots|a ton|tons|heaps|loads|plenty|a (?:huge|massive|great|large|big|enormous|significant|fierce|tremendous|vast|serious|considerable|staggering|incredible) (?:amount|deal|number)) of [\w-]+(?: \w+)?|a lot|lots|a ton|tons|a (?:small |tidy )?fortune|time|money|hours|effort)`,
    flags: ['It saved HR a huge amount of effort.', 'The fix saved us a ton.', 'It saved the depots a tremendous amount of time on the phone.', 'It saved the members a small fortune in fuel.'],
    allows: ['It saved 300 hours a quarter.', 'The save button was greyed out.'],
  },
  {
    pattern: String.raw`\bcost (?:[\w-]+ ){0,3}(?:a lot|much|far|way|a ton) (?:less|more)(?: \w+){0,4}`,
    flags: ['The new plan cost a lot less for the clinics.', 'It cost way less to run.'],
    allows: ['It cost $4,000 less a month.', 'The cost model was written in 2019.'],
  },
  {
    // the size of the gain said as a verdict on it: "the payoff was considerable", "the savings were huge"
    pattern: String.raw`\b(?:the |that |this |its |our )?(?:payoff|pay-off|benefits?|gains?|savings?|impact|improvements?|upside|return|win)(?: (?:for|to) (?:the |our |their )?[\w-]+)? (?:was|were|has been|have been|is|are) (?:really |very |quite |pretty )?(?:considerable|huge|massive|significant|enormous|big|substantial|noticeable|dramatic|tremendous|sizable|sizeable|large|real)\b`,
    flags: ['The payoff for the paper was considerable.', 'The savings were huge.'],
    allows: ['The savings were $40,000 a year.', 'The impact was limited to one region.', 'The win was theirs, not mine.'],
  },
  {
    pattern: String.raw`\b(?:a world|no end) of (?:pain|trouble|hurt|grief|work|time|hassle|headaches?|effort)\b|\bby a (?:good|big|huge|fair|large|decent|massive|wide|healthy|sizable|sizeable) (?:chunk|margin|amount|bit|deal|way)\b|\b(?:saved|cost|spared|cut) (?:[\w'’-]+ ){0,3}a (?:good|big|huge|fair|large|decent|massive|healthy|sizable|sizeable|considerable|tidy|hefty|significant|substantial) (?:chunk|amount|bit|deal|sum)(?: of (?:money|cash|time|effort|work|spend|budget|grief|hassle|trouble)\b| (?:in|on) [\w-]+)`,
    flags: ['It saved the operations desk a world of pain.', 'It cut the complaints by a good chunk.', 'Errors fell by a wide margin.', 'It saved the brewery a good chunk of money.'],
    allows: ['It cut the complaints by 40%.', 'I read the log chunk by chunk.', 'The world of card payments moves fast.', 'It saved the brewery £18,000 of money it would have spent on yeast.'],
  },
  {
    pattern: String.raw`\b(?:made|put) (?:a |an )?(?:real |huge |big |serious |massive |significant |noticeable |sizable |major )?dent in(?: \w+){0,3}`,
    flags: ['It made a real dent in the backlog.', 'The rollout put a serious dent in our costs.'],
    allows: ['The truck hit a dent in the road.', 'I made a dent repair checklist.'],
  },
  {
    pattern: String.raw`\b(?:went a long way(?! (?:round|around|back|home|out|off|to get))|moved the needle|paid for itself|(?:saved|cost|costs|costing) (?:[\w-]+ ){0,3}a (?:small |tidy )?(?:fortune|bundle|packet))`,
    flags: ['The fix went a long way with the clinics.', 'The dashboard paid for itself.', 'The old clash had been costing the council a small fortune in refunds.'],
    allows: ['I went a long way round to avoid the outage.', 'The paid tier launched in May.'],
  },
  {
    // what the problem cost, told only as big: "it ate up a huge amount of staff time", "wasted loads of fuel"
    pattern: String.raw`\b(?:ate up|ate into|eats up|took up|swallowed|burned through|wasted|wastes|freed up|consumed|cost|costs|costing) (?:[\w-]+ ){0,3}(?:a (?:huge|massive|great|large|big|enormous|significant|tremendous|vast|serious|considerable|staggering|incredible) (?:amount|deal|number) of [\w-]+(?: \w+)?|(?:a lot|lots|loads|heaps|tons) of (?:[\w-]+ )?(?:time|money|hours|effort|fuel|work))`,
    flags: ['It ate up a huge amount of staff time at the front desk.', 'The double entry wasted loads of time every week.'],
    allows: ['It ate up 40 hours of staff time a week.', 'The double entry took up the whole morning.'],
  },
  {
    pattern: String.raw`\b(?:significantly|dramatically|substantially|greatly|massively|hugely|vastly|considerably|tremendously|drastically) (?:reduc(?:e|ed|es|ing)|improv(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|cut(?:s|ting)?|lower(?:ed|s|ing)?|boost(?:ed|s|ing)?|sp(?:ed|eed|eeds|eeding) up|decreas(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|dropp?(?:ed|s|ing)?|better|faster)\b`,
    flags: ['It significantly reduced the on-call load.', 'The cache dramatically improved page times.', 'The goal was a model to significantly reduce bot attacks and fraud.'],
    allows: ['I learned that proper data cleaning significantly improves model performance.', 'I significantly underestimated the migration.', 'I reduced the scope significantly before the launch.'],
  },
  {
    pattern: String.raw`\b(?:came|went|fell|dropped|rose|grew|shrank|declined|improved|increased|decreased|reduced) (?:down |up )?(?:significantly|dramatically|substantially|greatly|massively|hugely|vastly|considerably|tremendously|drastically|sharply)`,
    flags: ['The cloud cost came down significantly.', 'Complaints dropped sharply.', 'Satisfaction scores improved significantly.'],
    allows: ['I came down to the data centre on Saturday.', 'The price dropped 40% after the change.'],
  },
  {
    // a cost, a time or a load said to have moved, with no size: "reduced cloud cost", "downtime was minimized"
    pattern: String.raw`(?<!\bto )\b(?:reduc|lower|minimi[sz]|cut|cutting|increas|boost|rais|rising|grow|grew|improv|decreas|shrink|shrank|slash|trimm?)\w* (?:the |our |their |its |his |her |overall )?(?:[\w-]+ ){0,2}?(?:${IMPACT_NOUN}|workload|volume|spend|bill|retention|conversions?|sales|bugs)\b(?: by a (?:good|big|huge|fair|large|decent|massive|wide|healthy|sizable|sizeable) (?:chunk|margin|amount|bit|deal|way)\b)?|\b(?:${IMPACT_NOUN}|workload|spend|retention|conversion|sales)(?: rates?| scores?)?(?: (?:for|of|among|across) (?:[\w-]+ ){0,2}?[\w-]+)? (?:was|were|has been|have been|had been|got|has|have)? ?(?:minimi[sz]ed|reduced|cut|lowered|improved|increased|decreased|slashed)\b`,
    flags: ['It reduced cloud cost.', 'Downtime was minimized.', 'The retention rate for junior engineers has improved.', 'It cut QA workload and post-release bugs.', 'The app enabled mobile bidding, directly increasing bid volume.'],
    allows: ['It reduced cloud cost by 18% a month.', 'I reduced the batch size to 500 rows.', 'I increased the timeout on the export job.', 'The plan was to reduce cloud cost before the renewal.'],
  },
];
/** All of ENTRIES as one pattern: activity-not-impact leaves these phrases to this rule. */
export const MAGNITUDE = entriesPattern(ENTRIES);

/** A lesson's opening before the phrase: what follows it is what the author learned, in general. */
const LESSON_BEFORE = /\b(?:learned|learnt|realized|realised|understood|taught me|showed me|reminded me)(?: that| how)? (?:[\w'’-]+ ){0,12}$/;

export const rule = phraseRule({
  id: 'vague-estimate',
  severity: 'warning',
  sections: 'Result, Follow-ups',
  summary: 'An impact claimed with no figure or method ("it was costly", "saved a lot of time", "significant impact").',
  kinds: ['result', 'followups'],
  entries: ENTRIES,
  skipSentence: (_story, sentence) => hasNumber(sentence.tokens),
  // "I learned that proper data cleaning significantly improves model performance": a lesson, not a claimed result
  skipMatch: (story, sentence, span) => LESSON_BEFORE.test(story.spokenLower.slice(sentence.start, span.start)),
  message: (said) => `“${said}” claims impact with no figure. Say how much, and how you worked it out.`,
  fix: (_story, _sentence, span) => replace('Give the figure and how you got it', span, '${1:‹the figure›} (${2:‹how you worked it out›})'),
});
