// activity-not-impact: the outcome told as activity or mood ("the team was happy", "it worked", "things improved") with no number.
import { replace } from '../fixes';
import type { Finding, Rule } from '../types';
import { hasNumber, isQuoted, matches, sentencesIn } from './helpers';
import { MAGNITUDE } from './vague-estimate';
import { ASSUMED, ASSUMED_CUE, VERIFIED } from './unverified-result';

export const MOOD = /\b(?:(?:the|my|our|their|a|an|this|that|every|each|all) (?:[\w'’-]+ ){0,2}[\w-]+ (?:was|were|felt|seemed|looked|got|became|is|are) (?:really |very |super |quite |so |all |pretty |a lot |much |way |far )?(?:happy|happier|pleased|satisfied|thrilled|impressed|grateful|relieved|glad|excited|delighted|ecstatic|content|calmer)|(?:the |my |our |their )?(?:[\w-]+ ){0,2}(?:team|teams|everyone|everybody|stakeholders|manager|managers|lead|leads|boss|finance|sales|support|ops|operations|management|owners?|auditors?|regulators?|vp|cto|ceo|leadership|customers|users|people|product|pm|director|client|clients|they|he|she|players|applicants|patients|nurses|doctors|drivers|merchants|sellers|buyers|students|teachers|parents|agents|staff|engineers|developers|operators|pickers|analysts|partners|members|residents|citizens|shoppers|riders|guests|visitors|readers|viewers|listeners)\b(?: \w+)? (?:was|were|felt|seemed|looked|got|became|is|are) (?:really |very |super |quite |so |all |pretty |a lot |much |way |far )?(?:happy|happier|pleased|satisfied|more satisfied|thrilled|impressed|grateful|relieved|glad|excited|delighted|ecstatic|content|calmer)|(?:got|received|gave (?:me )?) (?:a lot of |lots of |very |really )?(?:positive|good|great) (?:feedback|reviews|comments|responses)|(?:was|were) (?:very |really )?well received|(?:loved|liked|appreciated) (?:it|the \w+)|(?:everyone|they|the team) (?:thanked|praised) me)\b/g;
export const VAGUE_CHANGE = /\b(?:(?:things|it|everything|performance|stability|reliability|quality|latency|speed|the (?:\w+ )?(?:system|service|app|pipeline|process|situation|numbers|metrics|results|experience|product|code|platform))(?: \w+)? (?:got|became|were|was|looked|seemed|felt|ran) (?:a lot |much |way |far |a bit |slightly |really |noticeably |clearly )?(?:better|faster|smoother|more (?:stable|reliable|efficient|robust)|stable|improved|good|great|fine)|(?:it|this|the fix|the change|everything|the (?:\w+ )?(?:launch|migration|project|rollout|release|patch)) (?:worked|made a (?:big |real |huge )?difference|helped a lot|did the trick)|(?:[\w'’-]+ ){1,3}(?:went (?:well|smoothly|great|fine|without a hitch)|was a (?:big |huge |great |real |resounding )?success|paid off|turned out (?:well|great|fine))|(?:improved|improvement|improvements)(?! from))\b/g;

/** A relationship, a mood or an expectation as the outcome: "strengthened our relationship with the client", "exceeded expectations". */
export const SOFT_OUTCOME = /\b(?:(?:strengthened|improved|built|fostered|deepened|repaired|rebuilt|boosted) (?:[\w'’-]+ ){0,3}(?:relationships?|rapport|trust|morale|collaboration|partnership|confidence)|(?:exceeded|surpassed|met) (?:[\w'’-]+ ){0,2}expectations|(?:felt|was|were|seemed) (?:very |really |so |more )?(?:proud|motivated|energized|supported|valued|heard|confident|reassured)|(?:appreciated|valued|loved) (?:my|our|his|her|their) [\w-]+|(?:performed|worked|ran|went) (?:really |very |quite )?well|(?:higher|better|improved|greater) (?:customer |team |employee |client )?(?:satisfaction|morale|engagement)|with a smile|(?:could|was able to|were able to) (?:finally )?(?:move forward|move on|proceed)|(?:was|had been) (?:a good|the right) (?:move|call|decision))\b/g;

/** A change told with no size: "went way down", "a lot calmer", "bounced a lot less". */
export const VAGUE_COMPARATIVE = /\b(?:(?:went|came|dropped|fell|got|was|were|became|ran|is|are)(?: back)? (?:way |a lot |much |far |right |noticeably |visibly )?(?:down|up|lower|higher|less|more|fewer|better|calmer|quieter|smoother|faster|slower|easier)|[\w-]+ (?:a lot|way|much|far|noticeably) (?:less|more|fewer|lower|higher|better|faster|smoother|calmer|quieter|easier)|(?:it|everything|things|all of it|it all) (?:all )?(?:worked out|turned out fine|came together)|(?:went|came|got) back to normal|(?:dropped|fell|rose|declined|shrank|grew|improved|recovered) (?:noticeably|considerably|quite a bit|a lot|a bit|sharply|visibly)|(?:thanked|praised|congratulated|applauded) me|gave me (?:kudos|a shout-?out|credit)|(?:wrote|sent|emailed) (?:back |in )?(?:to say )?(?:a )?(?:thanks|thank you|thank-you(?: note)?))\b/g;

export const rule: Rule = {
  id: 'activity-not-impact',
  severity: 'warning',
  sections: 'Result, Follow-ups',
  summary: 'The outcome told as activity or mood ("the team was happy", "it worked", "improved") with no number.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['result', 'followups'])) {
      if (hasNumber(sentence.tokens) || sentence.inBlockquote) continue;
      const text = story.spokenLower.slice(sentence.start, sentence.end);
      if (VERIFIED.test(text)) continue; // measured, just not in numbers here
      // Phrases vague-estimate or unverified-result already speak to are theirs.
      const taken = [...matches(story, sentence, MAGNITUDE), ...(ASSUMED_CUE.test(text) ? matches(story, sentence, ASSUMED) : [])].map((m) => m.span);
      // One finding per sentence, the first such phrase in it.
      const spans = [MOOD, VAGUE_CHANGE, VAGUE_COMPARATIVE, SOFT_OUTCOME].flatMap((pattern) => [...matches(story, sentence, pattern)].map((m) => m.span))
        .filter((span) => !isQuoted(sentence, span) && !taken.some((t) => t.start < span.end && span.start < t.end))
        .sort((a, b) => a.start - b.start);
      const span = spans[0];
      if (!span) continue;
      findings.push({
        span,
        message: `“${story.text.slice(span.start, span.end)}” tells how it felt, not what changed. Give the number that moved and what it meant for the business.`,
        fixes: [replace('Say what changed, with numbers', span, '${1:‹what moved›} went from ${2:‹before›} to ${3:‹after›}')],
      });
    }
    return findings;
  },
};
