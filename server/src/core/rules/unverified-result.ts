// unverified-result: success assumed, not measured ("assumed it worked", "errors stopped so", "seemed fine").
import { wordSet } from '../language/classes';
import { insert, replace } from '../fixes';
import type { Finding, Rule } from '../types';
import type { Span } from '../text';
import { learnedFlags } from '../language/learned';
import { clauseAt, isQuoted, matches, sentenceRewriteSpan, sentencesIn } from './helpers';

export const ASSUMED = /\b(?:(?:assumed|figured|guessed|supposed|took it) (?:that )?(?:it|the (?:[\w-]+ )?(?:fix|patch|change|update|release|issue|problem|bug|fault)|this|everything|things) (?:had )?(?:worked|landed|held|took|did the trick|done (?:its|the) (?:job|trick)|was (?:fine|fixed|ok|okay|good|working|done|sorted|solved|resolved|gone)|fixed (?:it|things))|took it(?: that)? (?:[\w-]+ ){1,4}(?:was|were|had) (?:right|fine|correct|ok|okay|good|fixed|working|sorted|resolved|clean|accurate|solid|sound|in order|(?:doing|done) (?:its|the|their) (?:job|trick))|(?:it|this|that|everything|things|(?:the |our |their )?(?:[\w-]+ ){0,2}[\w-]+) (?:seemed|appeared|looked|sounded) (?:(?:about|roughly|more or less) (?=(?:right|fine|ok|okay|correct)\b))?(?:to (?:work|hold(?: up)?|stick|stop|go away|clear(?: up)?|settle(?: down)?|die down|be (?:fine|fixed|ok|okay|resolved|working|gone|stable))|fine|okay|ok|good|resolved|fixed|stable|healthy|solid|quiet|normal|quicker|faster|happier|(?:calmer|smoother|sorted|right|correct|done)(?=(?: (?:on|in|at) (?:my|the) [\w-]+)?(?: to me)?(?:,? so\b|\s*[.;!]|\s*$)))(?: (?:on|in|at) (?:my|the) [\w-]+)?(?: to me)?(?!,? but\b)|(?:figured|assumed|guessed|supposed) (?:that )?(?:nobody|no one|nothing|none) (?:had|was|got|would)(?: \w+){0,3}|(?:errors?|alerts?|complaints|crashes|failures|the (?:errors?|alerts?|complaints|crashes|pages)) (?:stopped|went away|disappeared)(?=,? so\b)|no(?: one|body|-one) complained(?: (?:after|since|again|anymore))?|no(?: one|body|-one)(?: (?:in|at|on|from) (?:the |my |our |their )?[\w-]+(?: [\w-]+)?)? (?:has |have |had )?(?:called|rang|rung|phoned|emailed|reported|mentioned|raised|noticed|flagged)(?: [\w-]+){0,5}? (?:again|anymore|since|after that)\b|(?:so|which means|which tells me) (?:i (?:take it|reckon|suppose|gather|assume)|(?:it|that|this|the (?:[\w-]+ )?(?:fix|check|change|patch|repair|update)) (?:must|should) (?:be|have)) (?:that )?(?:[\w-]+ ){0,4}?(?:held|holding|working|worked|fine|fixed|sorted|resolved|(?:doing|done) its job)\b|took (?:it|that|this) as (?:fixed|done|resolved|sorted|solved|working|proof|a (?:fix|win|success))|(?:counted|considered|treated|deemed|declared) (?:it|this|that|the (?:[\w-]+ )?(?:problem|issue|bug|incident|fix|job|ticket|matter)) (?:as )?(?:solved|fixed|resolved|done|closed|sorted|handled|over)|(?:the |our )?[\w-]+ (?:didn't|did not|never) complain(?:ed)?(?: about it)?|(?:have not|haven't|didn't|did not|never) (?:heard|seen) (?:any )?(?:complaints|issues|problems|reports)(?: since)?|(?:should|must) (?:have )?(?:be |been )?(?:fixed|working|fine|resolved|right|correct|ok|okay)(?: (?:it|now|things))?\b|i (?:think|believe|guess) (?:it|the fix|that) (?:worked|fixed|solved)|hopefully (?:it|this|that) (?:worked|fixed|holds)|(?:heard|got) nothing(?: further| more| else| back)?(?: from [\w'’-]+(?: [\w'’-]+){0,3})?(?: again| since| after that)?,? (?:which|and that|so that) (?:told|showed|meant|proved) (?:me|us))/g;
/**
 * A word every branch of ASSUMED needs. ASSUMED is the costliest pattern in the core (its "the new cache seemed fine"
 * branch tries a subject at every word), and most sentences have none of these words, so they skip it.
 * test/core.test.ts checks that ASSUMED never matches where this does not.
 */
export const ASSUMED_CUE = /\b(?:assum|figur|guess|suppos|take it|reckon|gather|took (?:it|that|this)|counted|considered|treated|deemed|declared|got nothing|seem|appear|look|sound|stopp|went away|disappear|complain|heard|seen|should|must|think|believ|hopefully|nobody|no one|no-one)/;

/** Closing the work on an observation that is not a measurement: "didn't come back on my phone, so I closed the issue". */
const CLOSED_ON_A_HUNCH = /\b(?:(?:didn't|did not|never|hasn't|has not) (?:come back|recur|reappear|happen again|show up again)\b[^.;]{0,120}?,? (?:so|and) i (?:closed|resolved|shut|marked)|(?:so|and then|then) i (?:closed|resolved|shut) (?:the|my|our) (?:[\w-]+ ){0,2}(?:ticket|issue|bug|incident|jira|task))\b(?: [\w-]+){0,3}/g;

/**
 * A quiet spell or a normal look taken as proof, then the work called done: "the crash reports went quiet, so I called
 * it done", "the numbers looked normal again, so I told them it was fine". Only a measurement over time answers it.
 */
const QUIET_SO_DONE = /\b(?:went quiet|quieted down|calmed down|died down|settled down|went away|stopped|disappeared|dropped off|showed no (?:[\w-]+ ){0,2}(?:mismatches|errors|alerts|failures|issues|problems|complaints)|(?:looked|seemed|were|was) (?:back to )?(?:normal|fine|ok|okay|good|right|healthy|quiet)(?: again)?)\b[^.;]{0,24}?,? (?:so|and) (?:i|we) (?:called (?:it|the [\w-]+) (?:closed|done|fixed|resolved|finished)|called it|closed|moved on|marked|declared|told (?:[\w-]+ ){1,3}(?:it|that|things|everything) (?:was|were|had been) (?:fine|fixed|done|resolved|sorted|ok|okay)|considered|figured|wrapped|signed off|logged off)\b/g;
/** What can go quiet or look normal: a symptom, or the work as a whole; "I stopped the rollout and we shipped" is a step. */
const SYMPTOM = wordSet('symptoms');
const MEASURED_OVER_TIME = /\b(?:over|for|across) (?:the (?:next|following) )?(?:\w+ )?(?:hours|days|nights|weeks|months|releases|sprints|runs)\b|\d|\b(?:measur|compar|replay|backtest|a\/b|canary|load test|reproduc)/;

export const VERIFIED = /\b(?:monitor(?:ed|ing)|replay(?:ed|ing)|backtest(?:ed|ing)?|sampl(?:ed|ing)|audit(?:ed|ing)|pulled the (?:\w+ )?(?:counts|numbers|data|logs|metrics)|measur(?:ed|ing)|verif(?:ied|y|ying)|confirm(?:ed|ing)|dashboards?|tracked|tracking (?:the|it|them|its|every|each)|compar(?:ed|ing)|metrics?|logs?|a\/b|canary|load test|reproduc(?:ed|ing)|over (?:\w+ )?(?:days|weeks|months)|for (?:\w+ )?(?:days|weeks|months))\b/;

/** A subject matched across a joining word starts after it: "breakfast and it sounded normal" is "it sounded normal". */
function fromLastJoin(story: { spokenLower: string }, span: Span): Span {
  const said = story.spokenLower.slice(span.start, span.end);
  let cut = -1;
  for (const m of said.matchAll(/\b(?:and|but|or|so|then|while|when|because|until)\s+/g)) cut = m.index + m[0].length;
  return cut > 0 ? { start: span.start + cut, end: span.end } : span;
}

export const rule: Rule = {
  id: 'unverified-result',
  severity: 'warning',
  sections: 'Action, Result, Follow-ups',
  summary: 'Success assumed, not measured ("assumed it worked", "errors stopped so", "seemed fine").',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['action', 'result', 'followups'])) {
      if (sentence.inBlockquote) continue;
      const text = story.spokenLower.slice(sentence.start, sentence.end);
      // The span starts at what went quiet: "the crash reports went quiet, so I called it done".
      const quiet = MEASURED_OVER_TIME.test(text) ? [] : [...matches(story, sentence, QUIET_SO_DONE)].flatMap((m) => {
        const subject = clauseAt(sentence, m.span.start)?.subject;
        if (!subject?.length || !SYMPTOM.has(subject[subject.length - 1].lower)) return [];
        return subject[0].start < m.span.start ? [{ ...m, span: { start: subject[0].start, end: m.span.end } }] : [m];
      });
      if (VERIFIED.test(text) && quiet.length === 0) continue;
      // One finding per sentence: "seemed to hold up, so I closed the ticket" is one assumption, told in two parts.
      const assumed = ASSUMED_CUE.test(text) ? [...matches(story, sentence, ASSUMED)].map((m) => ({ ...m, span: fromLastJoin(story, m.span) })) : [];
      const found = [...quiet, ...(VERIFIED.test(text) ? [] : [...assumed, ...matches(story, sentence, CLOSED_ON_A_HUNCH)])].map((m) => m.span);
      // In words no pattern holds ("the totals looked about right"): the learned model reads the whole sentence, which
      // then carries no measurement and no number.
      const learned = found.length === 0 && !VERIFIED.test(text) && !MEASURED_OVER_TIME.test(text) && learnedFlags('unverified-result', sentence);
      if (learned) found.push(sentenceRewriteSpan(story, sentence));
      if (found.length === 0) continue;
      const span = { start: Math.min(...found.map((f) => f.start)), end: Math.max(...found.map((f) => f.end)) };
      if (isQuoted(sentence, span) || clauseAt(sentence, span.start)?.kind === 'relative') continue;
      findings.push({
        span,
        message: `“${story.text.slice(span.start, span.end)}” assumes success. Say how you checked it: what you measured, and for how long after the deploy.`,
        // a learned finding is the whole sentence: the author's words stay, and how it was checked is added after them
        fixes: [learned
          ? insert('Say how you verified it', span.end, ', ${1:‹how you checked it: what you measured, and for how long after the deploy›}')
          : replace('Say how you verified it', span, '${1:‹how you checked it: what you measured, and for how long after the deploy›}')],
      });
    }
    return findings;
  },
};
