// What the Result rules look for, shared so the coaching checklist reads the same signals as the rules.
import type { Section, Story } from '../story';
import { insert } from '../fixes';
import type { Finding, RuleContext } from '../types';
import { wordAlternation } from '../language/classes';
import { hasNumber, headingTextSpan, sectionAppendPoint, sectionsOf } from './helpers';

const NUMBER_WORD = wordAlternation('numberWords');
/** A change with no digits: "to zero", "halved", "from hours to minutes", "from eleven a month to one", "three a week". */
export const CHANGE = new RegExp(String.raw`\bto (?:zero|0|none|nothing)\b|\bzero\b|\b(?:halved|doubled|tripled|quadrupled|cut in half|by half|in half|by a third|by a quarter)\b|\bfrom (?:hours|days|weeks|minutes|months) to (?:minutes|seconds|hours|days|weeks)\b|\bfrom (?:${NUMBER_WORD})\b[^.;]{0,30}? to (?:${NUMBER_WORD}|none|nothing)\b|\b(?:${NUMBER_WORD}) (?:a|per|each|every) (?:day|week|month|year|shift|night|quarter|season)\b`);

/** A business translation on its own: money, cost, hours saved, churn, conversion, an SLA. */
const BUSINESS = /[$€£¥₹]|\b(?:usd|eur|gbp|chf|jpy|inr|cad|aud|sek|nok|dkk|cny|brl|sgd|hkd|nzd|revenue|costs?|costing|spend|spending|savings?|saved|budget|margins?|profits?|money|dollars?|euros?|pounds?|arr|mrr|gmv|sales|conversions?|churn|retention|sla|slas|slo|slos|engineer-hours|engineering hours|person-hours|hours (?:a|per|each|every) (?:week|month|day|sprint|quarter)|(?:hours|minutes) (?:a|per|each|every) (?:[\w-]+ (?:per|a|each|every) )?(?:day|week|month|shift|sprint|night|quarter)|[\w-]+ hours|refunds?|chargebacks?|fines|fined|a fine|penalt(?:y|ies)|time to market|time-to-market|(?:customer|client|vendor|sales|enterprise) contracts?|contract renewals?|renewals?|deals?|cash|business opportunit\w*|repeat business|new business|(?:not|no longer|never) (?:have|has|need) to pay for|release cycle|lead time|cycle time|contractual|contracted (?:[\w-]+ )?(?:windows?|times?|slots?|deadlines?|hours|levels?|dates?))\b/;
/** Who or what the business counts: it is a business effect when the same sentence measures it ("40,000 customers", "complaints halved"), not when it is only named ("it worked out great for the drivers"). */
const COUNTED_BUSINESS = new RegExp(String.raw`\b(?:${wordAlternation('servedPeople')}|orders?|accounts?|uptime|availability|claimants?|headcount|nps|csat|support (?:tickets|calls|volume|load|contacts)|complaints|compliance|audit|deadline|launch|on-call (?:pages|load|hours)|downtime|outages?|sign-?ups|installs|bookings|appointments|shipments|deliveries|productivity|billing|invoices?|payouts?|payments?|checkout|cart|bounce|engagement|satisfaction|trust|(?:their|its|his|her) contracts?|ratings?|reviews|(?:safety|dose|medication|patient|security|customer-facing) incidents?|pages per (?:on-call )?(?:week|shift|night|rotation)|(?:late|on-time|delay) rates?|(?:late|delayed|missed|on-time) (?:releases|deliveries|shipments|orders|events|payments|filings)|(?:early |late |night |weekend |on-call |overtime )?shifts|overtime)\b`);

const SECOND_ORDER = /\b(?:adopt(?:ed|ion|s|ing)?|standard(?:s|ized|ised)?|templates?|reus(?:e|ed|es|ing)|other teams?|\w+ other (?:teams|services|squads|groups)|across (?:the )?(?:org|organization|organisation|company|teams|services|\w+ teams|\w+ services|all)|company-?wide|org-?wide|rolled (?:it |this )?out to|became (?:the|a|our) (?:default|standard|pattern|practice|norm|baseline)|playbooks?|runbooks?|checklists?|guidelines?|onboarding|since then|ever since|has since|have since|now (?:part of|used|required|runs|the default|standard|mandatory|in)|prevent(?:ed|s|ing)? (?:\w+ )?(?:recurrences?|similar|repeats?|future|another)|recurr\w*|caught (?:\w+ )?(?:more|another|other|similar|two|three|four|five|\d+)|copied|extended (?:it |this )?to|scaled (?:it |this )?to|mentor(?:ed|ing)?|trained|workshops?|wiki|documented|process(?:es)?|polic(?:y|ies)|every new|all new|going forward|from then on|blueprint|reference (?:implementation|design)|lint rule|ci check|guardrails?|procedures?|workflows?|the default|(?:a |the )?(?:required|mandatory|permanent|standing) (?:[\w-]+ )?(?:check|step|review|gate|practice|part|test)|is now (?:a|an|the) (?:standard|default|required|mandatory|shared)|for (?:all|every) (?:\d+ )?(?:[\w-]+ )?(?:teams|services|pipelines|repos|repositories|apps|projects|stores|sites|products|clients|squads|events|releases|launches)|for new (?:\w+ )?(?:events|services|teams|projects|features|releases|launches|pipelines)|now (?:declares?|uses?|runs?|requires?|follows?|ships?|checks?|includes?|has|have|gates?|blocks?|cop(?:y|ies))|(?:team|teams|they|everyone|squads?|groups?|org|company|department) now [a-z]+|part of (?:the|their|our|every) (?:\w+ )?(?:process|procedure|workflow|checklist|playbook|runbook|template|standard|onboarding|pipeline|toolkit|review))\b|\b(?:the |\d+ |two |three |four |five |six |all )?other (?:[\w'’-]+ ){0,2}(?:teams|services|venues|plants|sites|stores|branches|customers|clients|cards|apps|products|districts|hospitals|schools|offices|groups|squads|regions|markets|lines|feeds|projects|depots|warehouses|labs|clinics|units|pipelines|repos)\b|\bthe same (?:change|layout|fix|pattern|approach|process|format|check|template|design|setup|tool|script|method)\b|\bnow (?:[\w-]+ )?(?:writes?|sends?|owns?|mentors?|asks?|puts?|keeps?|reviews?|relies|depends)\b|\b(?:asked for|requested) (?:a copy of )?(?:it|the (?:script|tool|template|dashboard|checklist|runbook|guide|code|library|design|pattern|format)|my (?:[\w-]+ )?(?:script|tool|template|dashboard|checklist|runbook|guide|code|library|design|pattern|format))\b|\bruns? on my\b|\bbuilt on (?:top of )?my\b|\bmade (?:my|her|his|their) (?:[\w'’-]+ ){1,5}(?:a|an|the|part of) (?:[\w'’-]+ ){0,2}(?:test|step|check|standard|requirement|gate|default|rule|practice|part|template|procedure)\b|\b(?:two|three|four|five|six|several|\d+) (?:more|other) (?:[\w'’-]+ )?[\w-]+s (?:(?:in|at|on|from|across) (?:the |our |my |their )?(?:[\w'’-]+ ){1,2})?(?:have|has|now|then|later|since|built|adopted|copied|took|set up|rolled out|started)\b|\bbecame (?:the (?:way|first thing|default|norm)|how) (?:[\w'’-]+ ){1,6}|\badded (?:my|the|a) (?:[\w'’-]+ ){0,3}(?:check|step|test|rule|guide|tool|field|alert|validator|script) to (?:its|their|the|every|all) (?:[\w'’-]+ ){0,2}(?:product|process|checklist|standard|release|builds?|sites?|depots?)\b|\badded a rule that\b|\bmoved (?:the |their |its )?(?:[\w'’-]+ ){1,4}onto the same\b|\bextended (?:[\w'’-]+ ){1,4}to (?:every|all|each|its|their|other)\b|\b(?:set|applied|copied|reused|took up|picked up|standardi[sz]ed on|rolled out|now uses?) my\b|\b(?:on|to|across|at|in) (?:all|every|each of the|all of the) (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |twelve |other )?(?:[\w-]+ )?(?:lines|sites|stores|plants|depots|branches|machines|units|wards|clinics|regions|venues|lifts|lanes|ports|routes|vessels|farms|schools|hospitals|offices|warehouses|kitchens|shifts|products)\b|\b(?:hasn't|has not|haven't|have not|hadn't|didn't|did not|never) (?:[\w-]+ ){0,3}(?:again|since)\b|\breferr(?:ed|al|als|ing)\b|\bregulars?\b|\bbrand advocates?\b|\bexpanded (?:their|the|its) (?:contract|account|order|deal)\b|\brolled (?:[\w-]+ ){0,3}out to\b|\bprotocols?\b|\bextended (?:[\w'’-]+ ){1,4}to (?:the |our |their |every |all |other )?(?:[\w'’-]+ ){0,3}(?:range|ranges|lines?|teams|stores|sites|services|products|regions|markets|apps|branches|depots|countries|clinics|schools)\b/;

function resultText(story: Story, section: Section): string {
  return section.sentences.map((s) => story.spokenLower.slice(s.start, s.end)).join(' ');
}

/** Whether one sentence of a Result gives a measured change (the bar raiser's reading asks it too). */
export function saysMetric(story: Story, sentence: Section['sentences'][number]): boolean {
  return hasNumber(sentence.tokens) || CHANGE.test(story.spokenLower.slice(sentence.start, sentence.end));
}

export function hasMetric(story: Story, section: Section): boolean {
  return section.sentences.some((s) => hasNumber(s.tokens)) || CHANGE.test(resultText(story, section));
}

/** What happened to them that lasts: "no longer ring support", "became a regular customer", "the client stayed". */
const LASTING = /\b(?:no longer|never|stopped|stayed|returned|came back|regulars?|loyal|repeat|renewed|expanded|retained|kept|lost|won|signed|affected|served|reached)\b/;

export function hasBusinessImpact(story: Story, section: Section): boolean {
  return section.sentences.some((s) => {
    const text = story.spokenLower.slice(s.start, s.end);
    return BUSINESS.test(text) || (COUNTED_BUSINESS.test(text) && (hasNumber(s.tokens) || CHANGE.test(text) || LASTING.test(text)));
  });
}

export function hasSecondOrderEffect(story: Story, section: Section): boolean {
  return SECOND_ORDER.test(resultText(story, section));
}

/** The check the three Result rules share: each Result section that has text but lacks the signal gets one finding on its heading. */
export function checkResults(has: (story: Story, section: Section) => boolean, message: string, fixTitle: string, fixText: string) {
  return ({ story }: RuleContext): Finding[] =>
    sectionsOf(story, 'result')
      .filter((section) => section.words > 0 && !has(story, section))
      .map((section) => ({
        span: headingTextSpan(story, section.heading),
        message,
        fixes: [insert(fixTitle, sectionAppendPoint(section), fixText)],
      }));
}
