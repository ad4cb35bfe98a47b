// activity-not-impact: the outcome told as activity or mood ("the team was happy", "it worked", "things improved") with no number.
import { insert, replace } from '../fixes';
import type { Story, StorySentence } from '../story';
import type { Span } from '../text';
import { clauseAt, hasNumber, matches } from './helpers';
import { phraseRule, type PhraseEntry } from './phrase-rule';
import { wordAlternation, wordSet } from '../language/classes';

const RELATIONSHIP = wordAlternation('relationshipNouns');
/** What a Result says got better without a number: the experience, a process, the coverage. */
const BETTER_WHAT = wordAlternation('betterWithoutNumber');
import { MAGNITUDE } from './vague-estimate';
import { ASSUMED, ASSUMED_CUE, VERIFIED } from './unverified-result';
import { CHANGE } from './result-shared';

/**
 * The outcome told as a mood, a vague change, a relationship or a change with no size; each entry with sentences it
 * must flag and sentences it must leave alone (test/phrases.test.ts).
 */
export const ENTRIES: PhraseEntry[] = [
  {
    pattern: String.raw`\b(?:(?:the|my|our|their|a|an|this|that|every|each|all) (?:[\w'’-]+ ){0,2}[\w-]+ (?:was|were|felt|seemed|looked|got|became|is|are) (?:really |very |super |quite |so |all |pretty |a lot |a good deal |a great deal |a little |a bit |much |way |far |even |noticeably |visibly )?(?:happy|happier|pleased|satisfied|thrilled|impressed|grateful|relieved|glad|excited|delighted|ecstatic|content|calmer|stoked|chuffed|elated|over the moon)|(?:the |my |our |their )?(?:[\w-]+ ){0,2}(?:team|teams|everyone|everybody|stakeholders|manager|managers|lead|leads|boss|finance|sales|support|ops|operations|management|owners?|auditors?|regulators?|vp|cto|ceo|leadership|customers|users|people|product|pm|director|client|clients|they|he|she|players|applicants|patients|nurses|doctors|drivers|merchants|sellers|buyers|students|teachers|parents|agents|staff|engineers|developers|operators|pickers|analysts|partners|members|residents|citizens|shoppers|riders|guests|visitors|readers|viewers|listeners)\b(?: \w+)? (?:was|were|felt|seemed|looked|got|became|is|are) (?:really |very |super |quite |so |all |pretty |a lot |a good deal |a great deal |a little |a bit |much |way |far |even |noticeably |visibly )?(?:happy|happier|pleased|satisfied|more satisfied|thrilled|impressed|grateful|relieved|glad|excited|delighted|ecstatic|content|calmer|stoked|chuffed|elated|over the moon)|(?:got|get|gets|getting|received|receiv(?:e|es|ing)|earned|earning|gave (?:me )?) (?:a lot of |lots of |very |really |overwhelmingly |such )?(?:positive|good|great|glowing|warm|excellent) (?:feedback|reviews|comments|responses|reactions)|(?:made|make|making|helped make|helped to make) (?:[\w'’-]+ ){1,2}(?:day|week|night|evening|morning)(?: (?:better|easier|brighter))?|(?:was|were) (?:very |really )?well received|(?:loved|liked|appreciated) (?:it|the (?:new |old |updated |revised |simpler |faster )?[\w-]+)|(?:everyone|they|the team) (?:thanked|praised) me)\b`,
    flags: ['The team was happy with the result.', 'The site lead was a lot happier with the system after that.', 'By the end of that summer the crews were a good deal happier.', 'We got lots of positive feedback.', 'Everyone thanked me at the all-hands.', 'We launched in the next phase, receiving positive feedback from users.', 'I really helped make their day better.', 'The drivers were stoked with the new screen.'],
    allows: ['The team was short two engineers.', 'Customers were happy to pay 3% more for next-day delivery.', 'I was pleased to see the error rate hold at 0.1% for a month.', 'I wanted to understand why overdraw costs so much more on older GPUs.'],
  },
  {
    pattern: String.raw`\b(?:(?:things|it|everything|performance|stability|reliability|quality|latency|speed|the (?:\w+ )?(?:system|service|app|pipeline|process|situation|numbers|metrics|results|experience|product|code|platform))(?: \w+)? (?:got|became|were|was|looked|seemed|felt|ran|run|gone|been) (?:a lot |much |way |far |a bit |slightly |really |noticeably |clearly )?(?:better|faster|smoother|more (?:stable|reliable|efficient|robust)|stable|improved|good|great|fine)|(?:it|this|the fix|the change|everything|the (?:\w+ )?(?:launch|migration|project|rollout|release|patch)) (?:worked|made a (?:big |real |huge )?difference|helped a lot|did the trick)|(?:(?:the|my|our|their|this|that|its|his|her|a|an) (?:(?!(?:the|a|an|my|our|their|this|that) )[\w'’-]+ ){0,3}|(?:it|this|that|everything) )(?:went (?:well|smoothly|great|fine|without a hitch)|was a (?:big |huge |great |real |resounding )?success|paid off|turned out (?:well|great|fine))|(?<!\b(?:for|future|further|continuous|continual|planned|possible|potential|the|an|our|their|its|this|that) )(?:improved|improvement|improvements)(?! from))\b`,
    flags: ['Things got better after the release.', 'The migration went smoothly.', 'The launch was a big success.', 'It worked, and the tickets stopped.', 'Things have run better since.', 'The handover improved.'],
    allows: ['Performance got better by 40% on the p99.', 'I worked through the backlog in order of revenue at risk.', 'The crash data showed the chart code itself was fine.', 'I ran a review to identify areas for improvement.', 'I now approach future improvements with more care.', 'We ran surveys to gather suggestions for further improvements.'],
  },
  {
    pattern: String.raw`\b(?:(?:strengthened|improved|fostered|deepened|repaired|rebuilt|boosted) (?:[\w'’-]+ ){0,3}(?:relationships?|rapport|trust|morale|collaboration|partnership|confidence)(?! (?:map|diagram|graph|model|matrix))|(?:exceeded|surpassed|met) (?:[\w'’-]+ ){0,2}expectations|(?:felt|was|were|seemed) (?:very |really |so |more )?(?:proud|motivated|energized|supported|valued|heard|confident|reassured)|(?:appreciated|valued|loved) (?:my|our|his|her|their) [\w-]+|(?:performed|worked|ran|went|went off|came off) (?:really |very |quite |so |pretty |super )?(?:well|smoothly|perfectly|without a hitch)|(?:higher|better|improved|greater) (?:customer |team |employee |client )?(?:satisfaction|morale|engagement)|with a smile|(?:could|was able to|were able to) (?:finally )?(?:move forward|move on|proceed)|(?:was|had been) (?:a good|the right) (?:move|call|decision))\b`,
    flags: ['The go-live went really smoothly.', 'It strengthened our relationship with the client.', 'We exceeded the client\'s expectations.', 'The team felt proud of the release.', 'The client appreciated my transparency.', 'The second weekend went off without a hitch.'],
    allows: ['The client renewed for two years, worth $1.2M.', 'I built a relationship map before the migration.'],
  },
  {
    pattern: String.raw`\b(?:(?:went|came|dropped|fell|got|was|were|became|ran|is|are)(?: back)? (?:way |a lot |much |far |right |noticeably |visibly )?(?:down|up|lower|higher|less|more|fewer|better|calmer|quieter|smoother|faster|slower|easier)|[\w-]+ (?:a lot|way|much|far|noticeably) (?:(?:less|more)(?: [\w-]+ly\b)?|fewer|lower|higher|better|faster|smoother|calmer|quieter|easier)|(?:it|everything|things|all of it|it all) (?:all )?(?:worked out|turned out fine|came together)|(?:went|came|got) back to normal|(?:things|it|everything|the (?:[\w'’-]+ ){0,2}(?:desk|floor|office|ward|line|queue|phones|mood|team)) (?:(?:on|at|in|around) (?:the |my |our )?(?:[\w'’-]+ ){1,3})?(?:calmed|settled|quietened|quieted) down|came out (?:right|fine|correct|okay|ok)(?! (?:of|in|on)\b)|(?:dropped|fell|rose|declined|shrank|grew|improved|recovered) (?:noticeably|considerably|quite a bit|a lot|a bit|sharply|visibly)|grew (?:[\w-]+ly )?in (?:confidence|stature|skill|experience)|(?:thanked|praised|congratulated|applauded) me|gave me (?:kudos|a shout-?out|credit)|(?:wrote|sent|emailed) (?:back |in )?(?:to say )?(?:a )?(?:thanks|thank you|thank-you(?: note)?))\b`,
    flags: ['Crashes went way down after the patch.', 'Refunds bounced a lot less after their patch.', 'Everything came together in the end.', 'Battery drain went back to normal.', 'Things on the loading bay calmed down after that.', 'The changeover had gone much more smoothly than anybody expected.', 'By spring he grew steadily in confidence.'],
    allows: ['Crashes went down from 400 a day to 12.', 'The queue came back up within 4 minutes of the restart.'],
  },
  {
    // a relationship built or kept, with nothing it changed: "established a positive working relationship"
    pattern: String.raw`\b(?:strengthen|reinforc|build|built|establish|foster|creat|deepen|nurtur|cultivat|forg|lay|laid|laying|improv|repair|boost)\w* (?:(?!(?:by|from|to)\b)[\w'’-]+ ){0,4}(?:${RELATIONSHIP})\b(?! (?:map|diagram|graph|model|matrix|score|layer|boundary|store|policy|review|survey)s?\b)|\b(?:${RELATIONSHIP}) (?:really |steadily |quickly |visibly |noticeably |slowly )?(?:grew|rose|improved|increased|soared|went up|blossomed|took off)\b`,
    flags: ['This established a positive working relationship with the contractors.', 'It laid a strong foundation for collaboration.', 'Created culture of collaboration across the three labs.', 'It ended up significantly strengthening our team\'s collaborative spirit.', 'Her confidence really grew over the summer.'],
    allows: ['I built a trust score for the fraud model.', 'We created a culture survey for the depot.', 'Her confidence grew from 2 to 4 on the self-rating over the summer.'],
  },
  {
    // a mood that held or grew: "the team's morale remained high", "the mood at the help desk was much better"
    pattern: String.raw`\b(?:(?:the|our|their|my|team|the team's|our team's|their team's) )?(?:[\w'’-]+ )?(?:${RELATIONSHIP})(?: (?:at|in|on|across|within|of|with|between) (?:the )?[\w'’-]+(?: [\w'’-]+)?)? (?:remained|stayed|was|were|became|got|grew|is|felt) (?:really |very |much |far |a lot |so |still |quite )?(?:high|positive|strong|good|great|better|healthy|excellent|stronger|warmer|closer|lighter)\b`,
    flags: ['The team morale remained positive.', 'The mood at the help desk was much better.', 'Our relationship with the vendor got stronger.'],
    allows: ['The trust score remained high for 3 weeks.', 'The morale survey was sent out.'],
  },
  {
    // how people got on, or how it was received: "became a great team", "on good terms again", "well received"
    pattern: String.raw`\b(?:became|become|becoming) (?:a )?(?:really |much |very )?(?:great|strong|close|tight|good|real) (?:team|unit|partners|friends)\b|\bon (?:good|great|better|friendly|speaking) terms\b|\bcame out of (?:his|her|their|my) shell\b|\b(?:worked out|ended up|turned out) (?:great|well|really well|nicely|fine|ok|okay|perfectly|all right)\b|\b(?:was|were|got|came) (?:all |fully )?on board\b|\b(?:is|are|was|were|felt|seemed|became|looks?|looked) (?:much |far |a lot |way |so )?more (?:confident|comfortable|independent|engaged|motivated)\b|\b(?:was|were) (?:especially |very |really |extremely |so )?well[- ]received\b|\bto (?:everyone's|everybody's|the customer's|the client's|their|his|her|all parties') (?:full |complete )?satisfaction\b|\b(?:commended|complimented) (?:me|us|the|my|our|his|her|their)\b|\b(?:feedback|response|reception|reaction|reviews?) (?:was|were|has been|had been) (?:really |very |so |overwhelmingly |incredibly )?(?:great|positive|good|excellent|amazing|fantastic|glowing|brilliant)\b|\b(?:it|this|that|the (?:[\w-]+ )?(?:work|effort|change|bet|investment|project)) (?:really |definitely |totally |all )?paid off\b`,
    flags: ['We became a great team.', 'Sales for the day ended up fine.', 'By the end of the year everyone was on board with it.', 'He is much more confident now.', 'The call centre said the feedback was great.', 'It really paid off.', 'Gareth and I were on good terms again.', 'She really came out of her shell.', 'It worked out great for the drivers.', 'The samples were especially well received.', 'I resolved the issue to everyone\'s satisfaction.', 'My professor commended the thoroughness of the cleanup.'],
    allows: ['The team worked out a rota for the night shift.', 'I ended up fixing the parser myself.', 'I became a team lead in March.', 'The feedback form was sent to 40 clinics.', 'I paid off the vendor invoice.'],
  },
  {
    // "improved" with no number (the catalog's words): something said to be better, with nothing to show how much
    pattern: String.raw`(?<!\bto )\b(?:improv|enhanc|strengthen|increas|boost)\w* (?:the |our |their |its |his |her |overall )?(?:[\w'’-]+ ){0,3}?(?:${BETTER_WHAT})\b|\b(?:the |our |their |its |his |her )?(?:[\w'’-]+ )?(?:${BETTER_WHAT}) (?:has |have |had )?(?:improved|increased|went up|rose|grew|got better)(?! (?:by|from|to)\b)`,
    flags: ['This incident improved our security response processes.', 'The fix improved their experience.', 'Test coverage increased, and review rounds got shorter.', 'Their performance improved.'],
    allows: ['Test coverage increased from 41% to 78%.', 'I rewrote the parser so it read both date formats.', 'They shared my checklist with the other volunteers to increase productivity.'],
  },
];

/** Phrases vague-estimate or unverified-result already speak to are theirs: the spans they take, per sentence. */
const taken = new WeakMap<StorySentence, Span[]>();
function takenBy(story: Story, sentence: StorySentence): Span[] {
  let spans = taken.get(sentence);
  if (!spans) {
    const text = story.spokenLower.slice(sentence.start, sentence.end);
    spans = [...matches(story, sentence, MAGNITUDE), ...(ASSUMED_CUE.test(text) ? matches(story, sentence, ASSUMED) : [])].map((m) => m.span);
    taken.set(sentence, spans);
  }
  return spans;
}

const ARTICLE = /^(?:a|an|the) /;
/** Words a quoted phrase neither starts on nor grows by: prepositions and particles. */
const FUNCTION_WORDS = new Set([...wordSet('prepositions'), ...wordSet('particles')]);
/** Verbs whose object says what got better: the finding quotes it ("improved my communication"), not the bare verb. */
const IMPROVING = /^(?:improved|enhanced|strengthened|boosted)$/;
/** Where that object stops: an adverb of degree, a preposition of measure, or a joined clause. */
const OBJECT_ENDS = /^(?:significantly|greatly|dramatically|substantially|considerably|by|from|to|for|because|so|which|when|while|then|after|before|with)$|ly$/;

/** A question the author set out to answer ("to understand why overdraw costs so much more"): not an outcome. */
const ASKED_WHY = /\b(?:understand|know|see|explain|ask|asked|wonder|wondered|learn|learned|find out|work out|figure out|check|checked) (?:why|how|whether|if)\b[^.;]*$/;

/** What an investigation found ("the crash data showed the chart code itself was fine"): a finding, not an outcome told as mood. */
const FOUND_THAT = /\b(?:showed|shows|confirmed|proved|found|verified|established)(?: that)? (?:[\w'’-]+ ){0,5}$/;

export const rule = phraseRule({
  id: 'activity-not-impact',
  severity: 'warning',
  sections: 'Result, Follow-ups',
  summary: 'The outcome told as activity or mood ("the team was happy", "it worked", "improved") with no number.',
  kinds: ['result', 'followups'],
  entries: ENTRIES,
  onePerSentence: true,
  // A number, or a measurement told in words, answers it.
  // ("came down from four pulls on average to two": a change told in number words)
  skipSentence: (story, sentence) => hasNumber(sentence.tokens) || VERIFIED.test(story.spokenLower.slice(sentence.start, sentence.end)) || CHANGE.test(story.spokenLower.slice(sentence.start, sentence.end)),
  skipMatch: (story, sentence, span) => takenBy(story, sentence).some((t) => t.start < span.end && span.start < t.end) || FOUND_THAT.test(story.spokenLower.slice(sentence.start, span.start))
    || ASKED_WHY.test(story.spokenLower.slice(sentence.start, span.start)),
  // "We got lots of positive feedback": the phrase is told from its subject, so the fix can replace the whole clause
  adjust: (story, sentence, span) => {
    const clause = clauseAt(sentence, span.start);
    const subject = clause?.subject;
    const between = subject?.length ? story.text.slice(subject[subject.length - 1].end, span.start) : '';
    const from = subject?.length && subject[0].start < span.start && subject[subject.length - 1].end <= span.start && /^\s*$/.test(between) ? subject[0].start : span.start;
    // "This experience improved my communication and teaching skills": a verb that ends the phrase is told with what it improved
    let end = span.end;
    if (clause?.verb && clause.verb.end === span.end && IMPROVING.test(clause.verb.lower)) {
      for (const t of clause.rest.slice(0, 8)) {
        if (t.kind !== 'word' || OBJECT_ENDS.test(t.lower)) break;
        end = t.end;
      }
    }
    // "much more" needs what it is more of ("much more confident"), "a much better" its noun ("a much better place")
    const opensOnArticle = ARTICLE.test(story.spokenLower.slice(from, from + 4));
    const words = sentence.tokens.filter((t) => t.kind === 'word');
    const at = words.findIndex((t) => t.end === end);
    const last = words[at];
    const next = words[at + 1];
    if (last && next && next.start - last.end <= 1) {
      if (/^(?:more|less|much)$/.test(last.lower) && !OBJECT_ENDS.test(next.lower.replace(/ly$/, '')) && !FUNCTION_WORDS.has(next.lower)) end = next.end;
      else if (/^(?:better|worse|\w{3,}er)$/.test(last.lower) && !OBJECT_ENDS.test(next.lower) && !/^(?:than|and|or|but|after|since|now|again|too|then)$/.test(next.lower)
        && sentence.tokens[sentence.tokens.indexOf(last) + 1] === next && opensOnArticle) end = next.end;
    }
    // "a much better place" told from the clause it stands in: "The relationship is in a much better place"; "on much
    // better" from its verb: "Darius and I get on much better"
    let start = from;
    const opensOn = words.find((t) => t.start === from);
    if (subject?.length && subject[0].start < from && from - subject[subject.length - 1].end <= 24
      && (opensOnArticle || (opensOn && FUNCTION_WORDS.has(opensOn.lower) && clause?.verb && clause.verb.end < from))) start = subject[0].start;
    return { start, end };
  },
  message: (said) => `“${said}” says it went well, not what changed. Give the number that moved and what it meant for the business.`,
  // When the phrase governs more words ("was relieved that the problem was handled so quickly", "was happy with the
  // result"), putting the placeholders in its place would leave those words hanging off them; the number then goes after
  // the author's clause (", with ‹what moved› going from ‹before› to ‹after›"), and the finding stands until it is filled in.
  fix: (story, sentence, span) => {
    const last = [...sentence.tokens].reverse().find((t) => t.kind === 'word' || t.kind === 'number');
    const governs = /^\s*[\p{L}\p{N}]/u.test(story.text.slice(span.end, sentence.end)) && last && last.end > span.end;
    return governs
      ? insert('Say what changed, with numbers', last.end, ', with ${1:‹what moved›} going from ${2:‹before›} to ${3:‹after›}')
      : replace('Say what changed, with numbers', span, '${1:‹what moved›} went from ${2:‹before›} to ${3:‹after›}');
  },
  learnedFix: (_story, _sentence, span) => insert('Say what changed, with numbers', span.end, ', with ${1:‹what moved›} going from ${2:‹before›} to ${3:‹after›}'),
});
