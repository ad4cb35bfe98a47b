// activity-not-impact: the outcome told as activity or mood ("the team was happy", "it worked", "things improved") with no number.
import { replace } from '../fixes';
import type { Finding, Rule } from '../types';
import { hasNumber, isQuoted, matches, sentenceBodyEnd, sentencesIn } from './helpers';
import { MAGNITUDE } from './vague-estimate';
import { ASSUMED } from './unverified-result';

const MOOD = /\b(?:(?:the |my |our |their )?(?:\w+ )?(?:team|teams|everyone|everybody|stakeholders|manager|leadership|customers|users|people|product|pm|director|client|clients|they|he|she)\b(?: \w+)? (?:was|were|felt|seemed|got|became|is|are) (?:really |very |super |quite |so |all |pretty )?(?:happy|pleased|satisfied|thrilled|impressed|grateful|relieved|glad|excited|delighted|ecstatic|content)|(?:got|received|gave (?:me )?) (?:a lot of |lots of |very |really )?(?:positive|good|great) (?:feedback|reviews|comments|responses)|(?:was|were) (?:very |really )?well received|(?:loved|liked|appreciated) (?:it|the \w+)|(?:everyone|they|the team) (?:thanked|praised) me)\b/g;
const VAGUE_CHANGE = /\b(?:(?:things|it|everything|performance|stability|reliability|quality|latency|speed|the (?:\w+ )?(?:system|service|app|pipeline|process|situation|numbers|metrics|results|experience|product|code|platform))(?: \w+)? (?:got|became|were|was|looked|seemed|felt|ran) (?:a lot |much |way |far |a bit |slightly |really |noticeably |clearly )?(?:better|faster|smoother|more (?:stable|reliable|efficient|robust)|stable|improved|good|great|fine)|(?:it|this|the fix|the change|everything|the (?:\w+ )?(?:launch|migration|project|rollout|release|patch)) (?:worked|went (?:well|smoothly|great|fine)|was a (?:big |huge |great |real )?success|paid off|turned out (?:well|great|fine)|made a (?:big |real |huge )?difference|helped a lot|did the trick)|(?:improved|improvement|improvements|better|faster|more reliable|more stable)(?! from))\b/g;

export const rule: Rule = {
  id: 'activity-not-impact',
  severity: 'warning',
  sections: 'Result, Follow-ups',
  summary: 'The outcome told as activity or mood ("the team was happy", "it worked", "improved") with no number.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['result', 'followups'])) {
      if (hasNumber(sentence.tokens) || sentence.inBlockquote) continue;
      const text = story.spoken.slice(sentence.start, sentence.end).toLowerCase();
      MAGNITUDE.lastIndex = 0;
      if (MAGNITUDE.test(text)) continue; // vague-estimate speaks to this sentence
      ASSUMED.lastIndex = 0;
      if (ASSUMED.test(text)) continue; // unverified-result speaks to this sentence
      for (const pattern of [MOOD, VAGUE_CHANGE]) {
        let flagged = false;
        for (const { span } of matches(story, sentence, pattern)) {
          if (isQuoted(sentence, span)) continue;
          findings.push({
            span,
            message: `“${story.text.slice(span.start, span.end)}” tells how it felt, not what changed. Give the number that moved and what it meant for the business.`,
            fixes: [replace('Say what changed, with numbers', { start: sentence.start, end: sentenceBodyEnd(story, sentence) }, '${1:The error rate} went from ${2:2%} to ${3:0.1%}, which ${4:saved about \\$3,000 a month}')],
          });
          flagged = true;
          break;
        }
        if (flagged) break;
      }
    }
    return findings;
  },
};
