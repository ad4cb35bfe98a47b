// passive-handoff: the author delivered a fix and then left it with the other team ("sent the fix and waited").
import { replace } from '../fixes';
import type { Finding, Rule } from '../types';
import type { StorySentence } from '../story';
import { clauseAt, isQuoted, matches, sentencesIn } from './helpers';

const PEOPLE = String.raw`(?:them|him|her|their (?:\w+ )?(?:team|lead|review|reviewers?|approval|owners?|on-?call|sign-?off|merge|reply|response|side|sprint|backlog|queue|planning|schedule|roadmap|release train|release|releases|deploy|deployment|cycle)|the (?:\w+ )?team(?: to| for)?|the (?:[\w-]+ )?(?:maintainers?|owners?|reviewers?|lead|admins?|approvers?)|someone|somebody|anyone|a reply|a response|approval|review|the merge|the owners?)`;
const PATTERNS = [
  new RegExp(String.raw`\bwait(?:ed|ing)? (?:a (?:few|couple of) (?:days|weeks) |(?:for )?(?:days|weeks) )?(?:for|on|until) ${PEOPLE}(?: to \w+(?: (?:it|this|the \w+))?(?: (?:up|over|in|through|along))?)?`, 'g'),
  /\bwait(?:ed|ing)? (?:\w+ ){0,3}until (?:they|he|she|someone|somebody|their \w+|the \w+ team) (?:got around to|found time|had time|decided|could|would)(?: \w+){0,3}/g,
  // "then sat tight until they merged it": the author's part ends at the hand-over, the rest is theirs
  /\b(?:wait(?:ed|ing)?|sat tight|sat back|held off|stood by|hung on) (?:\w+ ){0,2}until (?:they|he|she|someone|somebody|their \w+|the \w+ team) (?:merged|deployed|shipped|released|applied|installed|picked up|got to|rolled out) (?:it|them|my (?:[\w-]+ )?(?:fix|patch|pr|pull request|change|diff|update)|the (?:[\w-]+ )?(?:fix|patch|pr|pull request|change|diff|update))\b/g,
  /\b(?:the (?:ball|review|merge|fix|pr|patch|decision|next step|rollout|deploy) was|(?:left|put) the ball) in their court\b/g,
  /\bleft (?:it|this|that|them|the (?:[\w-]+ ){0,2}(?:fix|patch|pr|pull request|change|diff|deploy|deployment|rollout|merge|release|review|rest|tickets?|work|follow-?ups?|cleanup|remaining work)) (?:up )?(?:with|to|in|for) (?:them|their|the)(?: [\w-]+){0,2}/g,
  /\b(?:hoped|assumed|trusted|expected) (?:that )?(?:they|someone|somebody|the \w+ team|their team) would (?:merge|pick|review|deploy|ship|take|get to|handle)(?: \w+){0,2}/g,
  /\b(?:never|didn't|did not) follow(?:ed)? up\b/g,
  // "and it was up to them from there": what happened next was theirs to do
  /\b(?:(?:it|the rest|everything else|the rollout|the deploy) (?:was|is) (?:all )?(?:up to|on) (?:them|him|her|the (?:[\w'’-]+ ){0,2}(?:team|coordinators|vendor|contractor|owners?|crew|staff|workshop|depot|garage|supplier)) (?:from (?:there|then on|that point)|after that)|(?:from there|after that|from then on),? (?:it|the rest|everything else) (?:was|is) (?:all )?up to (?:them|him|her|the (?:[\w'’-]+ ){0,2}(?:team|coordinators|vendor|contractor|owners?|crew|staff|workshop|depot|garage|supplier)))\b/g,
  // "after that I left them to it", "waited for their next service visit"
  /\bleft (?:them|him|her|the (?:[\w-]+ )?(?:team|vendor|contractor|supplier|engineers)) to it\b/g,
  /\bwait(?:ed|ing)? (?:for|until) (?:their|the (?:[\w'’-]+ ){0,2}(?:vendor's|supplier's|contractor's|engineer's)) (?:next )?(?:service |maintenance |site |scheduled )?(?:visit|call-?out|slot|maintenance window|engineer)\b/g,
  // "it has been sitting in their queue since": still theirs to pick up, as the story ends
  /\b(?:it|the (?:fix|patch|pr|change|image|build|release|proposal|request|plan|design|report|paper)) (?:sat|sits|has sat|has been sitting|is sitting|is still sitting|has been waiting|is still waiting) (?:in|on) (?:their|the (?:[\w-]+ ){0,2}(?:team's|factory's|vendor's)?) ?(?:queue|backlog|review queue|inbox|desk|board)(?: for \w+ \w+| ever since| since)?/g,
  // "after that it sat with the engineers until their Thursday inspection"
  /\b(?:it|the (?:fix|patch|pr|change|problem|fault|issue|ticket|report)) (?:sat|stayed|waited|rested) with (?:them|the (?:[\w-]+ ){0,2}(?:engineers|team|vendor|contractor|owners?|crew|supplier)|their (?:[\w-]+ )?(?:team|engineers|crew))(?: until [\w'’-]+(?: [\w'’-]+){0,4})?/g,
  // "sent her the patch and waited to hear back": handed over, then nothing more
  /\b(?:sent|handed|passed|gave|pushed|posted|emailed)(?: [\w-]+){0,4} (?:fix|patch|pr|pull request|diff|change|image|build|script)\b[^.;]{0,80}?\band (?:then )?waited\b(?: to hear back| for (?:news|an answer|a reply|word))?/g,
  /\b(?:sent|handed|passed|threw|tossed|gave|pushed|posted)(?: \w+){0,4} (?:fix|patch|pr|pull request|diff|change)\b[^.;]{0,120}?\b(?:and|then) (?:moved on|went back to \w+(?: \w+)?|left it)/g,
];

/** Words before the waiting that say it did not happen: "instead of", "rather than", "without", "no longer". */
const REFUSED = /\b(?:instead of|rather than|without|not|never|no longer|stopped|refused to|didn't want to|did not want to)\s+$/;

/** What the author did after the waiting, in the same sentence, that sees the fix through. */
const FOLLOWED_THROUGH = /^[^.;]{0,60}?\b(?:then|and|before|after which) (?:i )?(?:watched|checked|verified|monitored|measured|confirmed|tested|compared|tracked|walked|paired|coordinated|reviewed|followed)\b/;

const HANDOVER = /\b(?:sent|handed|passed|threw|tossed|gave|pushed|posted|dropped|put|shared|submitted|opened|attached)\b[^.;]{0,120}?\b(?:and|then)\s+$/;

export const rule: Rule = {
  id: 'passive-handoff',
  severity: 'warning',
  sections: 'Action, Follow-ups',
  summary: 'Handing over a fix and waiting ("sent them the fix and waited", "left it with them") instead of seeing it through.',
  check({ story }) {
    const findings: Finding[] = [];
    let previous: { sentence: StorySentence; flagged: boolean } | undefined;
    for (const sentence of sentencesIn(story, ['action', 'followups'])) {
      const seen: number[] = [];
      // "…and waited for them to pick it up. It sat in their queue for three weeks.": one hand-over, told twice
      const justFlagged = previous?.flagged === true && previous.sentence.section === sentence.section;
      const before = findings.length;
      for (const pattern of PATTERNS) {
        for (const { span } of matches(story, sentence, pattern)) {
          if (isQuoted(sentence, span) || seen.includes(span.start)) continue;
          // "fixed it myself instead of waiting for someone", "rather than waiting on their team": the waiting is refused
          if (REFUSED.test(story.spokenLower.slice(Math.max(sentence.start, span.start - 40), span.start))) continue;
          // "waited until they deployed the fix, then watched the error rate for a week": seen through after all
          if (FOLLOWED_THROUGH.test(story.spokenLower.slice(span.end, sentence.end))) continue;
          const clause = clauseAt(sentence, span.start);
          // the work as the subject ("it sat in their queue") is still the author's hand-over; anyone else's waiting is not
          const aboutTheWork = clause?.actor === 'thing' && /^(?:(?:from there|after that|from then on),? )?(?:it|the) /.test(story.spokenLower.slice(span.start, span.end));
          if (aboutTheWork && justFlagged) continue;
          if (clause && clause.actor !== 'i' && clause.actor !== 'none' && !clause.implicit && !aboutTheWork) continue;
          // "moved on" patterns start at the hand-over verb; flag from "and moved on"
          let flagged = span;
          const tail = /\b(?:and|then) (?:moved on|went back to|left it)/.exec(story.spokenLower.slice(span.start, span.end));
          if (tail && pattern === PATTERNS[PATTERNS.length - 1]) flagged = { start: span.start + tail.index + tail[0].indexOf(' ') + 1, end: span.end };
          const waiting = flagged; // what the fix replaces: the hand-over before it is the author's own fact
          // "dropped the patch in their channel and waited for them ...": the hand-over is part of what went wrong
          const lookback = Math.max(sentence.start, flagged.start - 160);
          const handover = HANDOVER.exec(story.spokenLower.slice(lookback, flagged.start));
          if (handover && pattern !== PATTERNS[PATTERNS.length - 1]) flagged = { start: lookback + handover.index, end: flagged.end };
          seen.push(flagged.start);
          findings.push({
            span: flagged,
            message: `“${story.text.slice(flagged.start, flagged.end)}” stops at the hand-over. Say how you saw it through: walked them through it, answered concerns, coordinated the deploy, checked the result.`,
            // Only the waiting is replaced: the hand-over before it is the author's own fact.
            fixes: [replace('Say how you followed through', waiting, '${1:‹how you saw it through: walked them through it, answered concerns, agreed the deploy, checked the result›}')],
          });
        }
      }
      previous = { sentence, flagged: findings.length > before };
    }
    return findings;
  },
};
