// vague-estimate: an impact claimed with no figure or method ("it was costly", "saved a lot of time", "significant impact").
import { replace } from '../fixes';
import type { Finding, Rule } from '../types';
import { hasNumber, isQuoted, matches, sentencesIn } from './helpers';

const IMPACT_NOUN = String.raw`(?:time|money|effort|hours|revenue|cost|costs|customers|users|work|toil|pain|complaints|tickets|savings|value|business|incidents|outages|downtime|traffic|load|churn|busywork|manual work|firefighting|headaches|hassle|stress|back-and-forth|rework|waste|cash)`;
export const MAGNITUDE = new RegExp(
  [
    String.raw`\b(?:a lot|lots|tons|a ton|plenty|a great deal|loads|heaps|a bunch) of ${IMPACT_NOUN}`,
    String.raw`\b(?:significant|substantial|huge|massive|major|big|considerable|tremendous|enormous|meaningful|noticeable|dramatic|serious|real|measurable) (?:impact|effect|effects|savings|saving|improvements?|reductions?|gains?|revenue|costs?|difference|increase|decrease|boost|drop|win|wins|benefits?|value|speedup|speed-up)`,
    String.raw`\b(?:was|were|is|got) (?:really |very |quite |extremely |pretty )?(?:costly|expensive|pricey)`,
    String.raw`\b(?:many|numerous|countless|tons of|so many|a number of) (?:customers|users|hours|incidents|merchants|clients|patients|tickets|complaints|dollars|teams)`,
    String.raw`\bsaved (?:[\w-]+ ){0,3}(?:(?:a lot|lots|a ton|tons|heaps|loads|plenty|a (?:huge|massive|great|large|big|enormous|significant) (?:amount|deal|number)) of [\w-]+(?: \w+)?|a lot|lots|a ton|tons|time|money|hours|effort)`,
    String.raw`\bcost (?:[\w-]+ ){0,3}(?:a lot|much|far|way|a ton) (?:less|more)(?: \w+){0,4}`,
    String.raw`\b(?:made|put) (?:a |an )?(?:real |huge |big |serious |massive |significant |noticeable |sizable |major )?dent in(?: \w+){0,3}`,
    String.raw`\b(?:went a long way|moved the needle|paid for itself|saved (?:[\w-]+ ){0,3}a (?:fortune|bundle|packet))`,
    String.raw`\b(?:significantly|dramatically|substantially|greatly|massively|hugely|vastly|considerably|tremendously|drastically) (?:reduced|improved|increased|cut|lowered|boosted|sped up|decreased|raised|dropped|better|faster)`,
    String.raw`\b(?:came|went|fell|dropped|rose|grew|shrank|declined) (?:down |up )?(?:significantly|dramatically|substantially|greatly|massively|hugely|vastly|considerably|tremendously|drastically|sharply)`,
  ].join('|'),
  'g',
);

export const rule: Rule = {
  id: 'vague-estimate',
  severity: 'warning',
  sections: 'Result, Follow-ups',
  summary: 'An impact claimed with no figure or method ("it was costly", "saved a lot of time", "significant impact").',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['result', 'followups'])) {
      if (hasNumber(sentence.tokens) || sentence.inBlockquote) continue;
      for (const { span } of matches(story, sentence, MAGNITUDE)) {
        if (isQuoted(sentence, span)) continue;
        findings.push({
          span,
          message: `“${story.text.slice(span.start, span.end)}” claims impact with no figure. Say how much, and how you worked it out.`,
          fixes: [replace('Give the figure and how you got it', span, '${1:‹the figure›} (${2:‹how you worked it out›})')],
        });
      }
    }
    return findings;
  },
};
