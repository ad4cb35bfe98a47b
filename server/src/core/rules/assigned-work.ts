// assigned-work: the work was handed to the author ("my manager asked me to", "I was assigned", "since I had bandwidth").
import type { Token } from '../language/tokens';
import { insert, literal, replace } from '../fixes';
import { verbLemma } from '../language/lexicon';
import { trimTrailingFunctionWords } from '../language/phrases';
import { wordSet } from '../language/classes';
import type { Clause } from '../language/clauses';
import type { Finding, Rule } from '../types';
import type { Span } from '../text';
import { allSentences, type Story, type StorySentence } from '../story';
import { clauseAt, isQuoted, matches, tokenIndexAt } from './helpers';

/** What a manager writes the author's work into: "... into my objectives", "... to my goals for the year". */
const OBJECTIVE_WORDS = 'objectives|goals|okrs|kpis|targets|development plan|scorecard|work plan';
const INTO_MY_OBJECTIVES = String.raw`(\S+ ){1,8}(into|in|onto|on|to) my (\w+ )?(${OBJECTIVE_WORDS})\b`;

/** Verbs that hand work over, and what must follow the author ("me") for them to mean it. */
export const HANDING: Record<string, RegExp> = {
  // "my manager asked for a fast solution": the work requested; not "asked for an update"
  ask: /^(me to|me if|me whether|if i|whether i|me for help|for (a|an|the) ([\w-]+ ){0,2}(solution|fix|plan|proposal|design|tool|way|dashboard|report|rewrite|migration|workaround)\b)/,
  tell: /^me to/,
  want: /^(me to|me on|me for|us to|my team to|(it|this|that) (done|fixed|handled|sorted|shipped|finished))/,
  need: /^me to/,
  expect: /^me to/,
  instruct: /^me to/,
  direct: /^me to/,
  request: /^(me to|that i)/,
  suggest: /^(i |that i|me to|me for)/,
  recommend: /^(i |that i|me for)/,
  propose: /^(i |that i|me for)/,
  assign: /^(me|us|my team|it to me|this to me|the \w+ to me|it to my team)/,
  delegate: /^(it to me|this to me|the \w+ to me|to me)/,
  // a piece of work, not anything given: "gave me the migration ticket", not "gave me the rest of the day off"
  give: /^me ((the|this|that|a|an) ([\w-]+ ){0,2}(tasks?|tickets?|projects?|bugs?|work|job|assignment|problems?|issues?|responsibility|investigation|migration|ownership|lead|app|system|service|rebuild|rollout|upgrade|integration|pipeline|backlog|rewrite)\b|ownership\b|it\b(?! (back|off)\b))/,
  hand: /^(me|us|my team|it to me|this to me|it off to me|it over to me|it to my team|(the|this|that|a|an) ([\w-]+ ){0,3}(over |off )?to (me|us|my team))/,
  // "tossed the whole thing over to me", "threw it my way"
  toss: /^((it|this|that|them|the whole (thing|lot|job)|the (\w+ ){0,3}\w+) (over |across )?(to (me|us|my team)|my way)|me (the|this|that|a|an)\b)/,
  throw: /^((it|this|that|them|the whole (thing|lot|job)|the (\w+ ){0,3}\w+) (over |across )?(to (me|us|my team)|my way)|me (the|this|that|a|an) (\w+ ){0,2}(task|ticket|project|job|problem|bug|work)\b)/,
  chuck: /^((it|this|that|them|the whole (thing|lot|job)|the (\w+ ){0,3}\w+) (over |across )?(to (me|us|my team)|my way))/,
  pass: /^(it to me|this to me|it on to me|it along to me|me|(the|this|that|a|an) ([\w-]+ ){0,3}(on |along |over )?to (me|us|my team))/,
  put: new RegExp(`^(me (on|in charge)|${INTO_MY_OBJECTIVES})`),
  // "wrote 'cut line four changeovers' into my objectives", "added the migration to my goals for the year"
  write: new RegExp(`^${INTO_MY_OBJECTIVES}`),
  add: new RegExp(`^${INTO_MY_OBJECTIVES}`),
  pull: /^me (in|into|onto)/,
  bring: /^me (in|into|onto)/,
  loop: /^me in/,
  rope: /^me in/,
  tap: /^me (to|for|on)/,
  pick: /^me (to|for)/,
  choose: /^me (to|for)/,
  select: /^me (to|for)/,
  nominate: /^me (to|for)/,
  volunteer: /^me (to|for)/,
  send: /^me (to fix|to look|to investigate|to handle|to deal|to sort|in)/,
  task: /^me with/,
  nudge: /^(me|us|my team) (to|toward|towards|into|onto)\b/,
  push: /^(me|us|my team) (to|toward|towards|into|onto)\b/,
  encourage: /^(me|us|my team) to\b/,
  urge: /^(me|us|my team) to\b/,
  prod: /^(me|us|my team) (to|into)\b/,
  steer: /^(me|us|my team) (to|toward|towards|into|onto)\b/,
  recruit: /^(me|us|my team)\b/,
  point: /^(me|us|my team) (at|to|toward)\b/,
  ping: /^(me|us|my team) (to|about fixing)\b/,
  have: /^me (?!to\b)[a-z]+/,
};

/** The last word of where the work was written: the quote ends on it. */
const OBJECTIVES = new Set(OBJECTIVE_WORDS.split('|').map((w) => w.split(' ').pop()!));

/** Verbs of advice: they hand work over only in a story whose aim is ownership. */
const ADVICE = wordSet('adviceVerbs');
const CONDITIONS = wordSet('conditionOpeners');
const PERIODS = wordSet('recurrencePeriods');
const LATER = wordSet('laterMarkers');
const DECIDING = wordSet('decisionVerbs');
const COUNTS = wordSet('numberWords');

/** "14 escalations a month", "three launch plans a week": a rate measures a load the author carried, not how this work came. */
function aRate(words: readonly Token[]): boolean {
  if (!words.some((t) => t.kind === 'number' || (COUNTS.has(t.lower) && t.lower !== 'quarter' && t.lower !== 'half'))) return false;
  for (let i = 1; i < words.length; i++) if (PERIODS.has(words[i].lower) && /^(?:a|an|per|every|each)$/.test(words[i - 1].lower)) return true;
  return false;
}

/**
 * Someone other than the author makes the call the story's disagreement was about: "The director chose the full launch"
 * ("picked me to lead it" is a hand-over, not a call).
 */
function decides(clause: Clause): boolean {
  if (!clause.lemma || clause.negated || clause.actor === 'i' || clause.actor === 'none') return false;
  const next = clause.rest[0]?.lower;
  if (next === 'me' || next === 'us') return false;
  return DECIDING.has(clause.lemma) || (clause.lemma === 'go' && next === 'with') || (clause.lemma === 'make' && clause.rest.slice(0, 3).some((t) => t.lower === 'call' || t.lower === 'decision'));
}

/**
 * A hand-over that is not how the story's work came to the author: a condition ("unless she brought me in"), a load
 * told as a rate ("I was pulled into about 14 escalations a month"), or what came after the work (in the Result or the
 * Reflection, "a month later", and in a disagree-and-commit story once the decision is made: the author committing).
 */
function notTheOrigin(clause: Clause, sentence: StorySentence, committing: boolean): boolean {
  if (clause.opener && CONDITIONS.has(clause.opener)) return true;
  if (aRate(clause.rest)) return true;
  const kind = sentence.section.kind;
  if (kind === 'result' || kind === 'reflection' || committing) return true;
  // the clause itself, or a phrase of time before it with no verb of its own: "A quarter later, my director asked me …"
  const at = sentence.clauses.indexOf(clause);
  let from = at;
  while (from > 0 && !sentence.clauses[from - 1].verb) from--;
  return sentence.clauses.slice(from, at + 1).some((c) => c.tokens.some((t) => LATER.has(t.lower)));
}

/** After "I was/got ...": which participles mean the work was handed over. */
const HANDED_PASSIVE = /^(asked to|asked if|asked whether|assigned|told to|tasked|given (the|this|a|an) (task|ticket|project|bug|job|assignment|work|problem|investigation)|handed|put on|put in charge|pulled in|pulled into|brought in|looped in|roped in|tapped|picked to|picked for|chosen to|chosen for|selected to|selected for|nominated|volunteered|voluntold|delegated|directed to|instructed to|expected to|allocated|staffed on|moved onto|moved to the)/;

const THING_HANDED = /\b(?:it|this|that|the (?:\w+ )?(?:ticket|bug|task|project|work|issue|problem|investigation|incident|migration|job))\s+(?:was|got|had been|were)\s+(?:assigned|given|handed|passed|delegated|routed|reassigned)\s+(?:over\s+)?to me\b/g;
const BANDWIDTH = /\b(?:(?:since|because|as)\s+i\s+(?:had|was|happened to (?:have|be))\s+(?:some\s+|a\s+bit\s+of\s+|extra\s+|spare\s+|the\s+)?(?:bandwidth|free time|spare time|spare cycles|capacity|time|nothing else(?: to do)?|free|available|idle|between projects|downtime|a light (?:sprint|week|quarter))|i had (?:some |extra |spare )?(?:bandwidth|free time|spare cycles|spare capacity)|i (?:had|was having) (?:a |an )?(?:quiet|light|slow|free|open|empty|idle) (?:week|sprint|month|quarter|day|couple of days|few days|afternoon|stretch)|nothing (?:else )?(?:was )?on my plate|(?:i|we|my team)(?: also| just| still)? had (?:some |a bit of |spare |extra )?(?:room|space|capacity|slack) (?:on|in) (?:the|our|my) (?:roadmap|sprint|plan|backlog|schedule|quarter)|my (?:sprint|week|quarter|plate|backlog|queue|calendar|board|diary|schedule) was (?:pretty |fairly |quite |really |relatively |wide |mostly )?(?:light|empty|quiet|clear|open|free)|my (?:sprint|week|plate|backlog|queue|calendar|board) was the (?:emptiest|lightest|quietest|least (?:busy|full)))\b/g;
/** The work put in front of the author: "it landed on my desk", "dropped it on my plate", "it fell to me", "the ticket landed on me", "I got landed with it" (handed over, not spare time). */
const LANDED = /\b(?:(?:put|dropped|landed|threw|dumped|placed|pushed|handed) (?:[\w-]+ ){0,4}(?:on|onto|in|into) my (?:plate|desk|lap|queue|inbox|list|backlog|board|to-do list)|(?:landed|fell|ended up) (?:on|in) my (?:plate|lap|queue)|it fell to me|(?:it|this|the (?:[\w-]+ )?(?:ticket|task|job|work|bug|problem|issue|investigation)) (?:landed|fell) (?:on|to) me|i (?:got|was|had been|ended up) (?:landed|saddled|lumbered|stuck) with)\b/g;

/** The next few words after an offset, lower case: enough for every pattern here, bounded on a long sentence. */
function restText(tokens: readonly Token[], from: number): string {
  const out: string[] = [];
  for (let i = tokenIndexAt(tokens, from); i < tokens.length && out.length < 12; i++) if (tokens[i].kind === 'word' || tokens[i].kind === 'number') out.push(tokens[i].lower);
  return out.join(' ');
}

/** The work named after "to": "look into the checkout latency" in "asked me to look into the checkout latency since ...". */
function workAsked(story: { text: string }, sentence: StorySentence, after: number): Span | undefined {
  const words = sentence.tokens.filter((t) => t.start >= after);
  const to = words.findIndex((t) => t.lower === 'to' || t.lower === 'with');
  if (to < 0) return undefined;
  let end = to + 1;
  while (end < words.length && !(words[end].kind === 'punct' && /[,.;:!?]/.test(words[end].text)) && !/^(since|because|as|so|but)$/.test(words[end].lower)) end++;
  if (end <= to + 1) return undefined;
  return { start: words[to + 1].start, end: words[end - 1].end };
}

/** The ask stays, since it is a fact; the author adds, in their own words, what they saw that made the work theirs. */
function rewrite(story: Story, sentence: StorySentence, work: Span | undefined) {
  const what = work ? ` to ${literal(story.text.slice(work.start, work.end))}` : '';
  return insert('Say what made it yours', sentence.end, ` \${1:‹What you saw${what ? ` beyond the ask${what}` : ''} that made it yours: the cost, who it hurt, what nobody else was doing›}.`);
}

export const rule: Rule = {
  id: 'assigned-work',
  severity: 'error',
  sections: 'all',
  summary: 'The work was handed to you ("my manager asked me to", "I was assigned", "since I had bandwidth"): no ownership signal.',
  check({ story, aim }) {
    const findings: Finding[] = [];
    const disagreeing = aim.kinds.includes('disagree');
    let decided = false; // in a disagree-and-commit story, the decision has been told: from then on the author commits
    for (const sentence of allSentences(story)) {
      if (sentence.inBlockquote) continue;
      let found = false;
      for (const clause of sentence.clauses) {
        if (disagreeing && decides(clause)) decided = true;
        if (!clause.verb || !clause.lemma || clause.negated) continue;
        const after = restText(sentence.tokens, clause.verb.end);
        let span: Span | undefined;
        // Advice is handed work only where ownership is the aim: in a story about feedback or a conflict, "my manager suggested
        // that I pick an easier language" is the feedback the story is about.
        if (ADVICE.has(clause.lemma) && !aim.needsScopeBoundary) continue;
        if (notTheOrigin(clause, sentence, decided)) continue;
        // "she asked me to present the status page at the all-hands": after the work, being asked to show it is recognition
        if (sentence.section.kind !== 'task' && sentence.section.kind !== 'situation' && clause.lemma === 'ask' && /^me to (?:present|demo|show|share|talk about|speak about|walk \w+ through|write up)\b/.test(after)) continue;
        // "they pointed me at the real blocker": pointed out by users or peers is what the author learned, not a hand-over
        const byAuthorityOnly = clause.lemma === 'point' && clause.actor !== 'authority';
        if ((clause.actor === 'authority' || clause.actor === 'other' || clause.actor === 'group') && !clause.passive && !byAuthorityOnly && HANDING[clause.lemma]?.test(after)) {
          const after = sentence.tokens.slice(tokenIndexAt(sentence.tokens, clause.verb.end), tokenIndexAt(sentence.tokens, clause.verb.end) + 12).filter((t) => t.kind === 'word');
          const at = after.findIndex((t) => t.lower === 'me' || t.lower === 'i' || t.lower === 'us');
          // "had me look into": the handed action is part of what the interviewer hears
          let end = at >= 0 ? at : -1;
          if (clause.lemma === 'have' && at >= 0 && after[at + 1]) end = at + 1 + (after[at + 2] && /^(into|at|over|on|up|through)$/.test(after[at + 2].lower) ? 1 : 0);
          else if (at >= 0 && after[at + 1]?.lower === 'to' && after[at + 2] && verbLemma(after[at + 2].lower)) {
            // "... me to pick it up": the handed task is what the interviewer hears
            end = at + 2;
            // "... me to make sure", "... me to take care of": a light verb's own complement is part of the task
            while (end + 1 < after.length && end < at + 5 && !/^(sure|certain)$/.test(after[end].lower) && /^(it|this|that|them|up|into|over|on|in|through|out|sure|certain|care|track|rid|of)$/.test(after[end + 1].lower)) end++;
          }
          // "wrote 'cut line four changeovers' into my objectives": the work is heard up to where it was put
          if (end < 0 && /^(?:write|add|put)$/.test(clause.lemma)) end = after.findIndex((t, i) => OBJECTIVES.has(t.lower) && after.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'my'));
          span = { start: clause.subject.length ? clause.subject[0].start : clause.verb.start, end: end >= 0 ? after[end].end : clause.verb.end };
          // "put me in charge of the response", "pulled me onto the migration": where the author was put is part of it
          if (end >= 0 && after[end].lower === 'me' && /^(in|on|into|onto)$/.test(after[end + 1]?.lower ?? '')) span.end = placeEnd(sentence.tokens, after[end + 1]);
          // "asked me to look into the checkout latency", "told me to take on the project": a quote never stops on the preposition
          else if (end >= 0 && /^(into|at|over|on|in|through|for|with|about|to|of)$/.test(after[end].lower)) span.end = placeEnd(sentence.tokens, after[end]);
          // "asked me to drop the parallel-run rule", "handed my team the renewal form", "wanted it done": the task is
          // told with what it was, not cut at its verb
          else if ((end >= 0 && end > at && verbLemma(after[end].lower)) || end < 0 || (end === at && /^(?:hand|give|pass|send|assign|leave|throw|toss|bring)$/.test(clause.lemma))) span.end = placeEnd(sentence.tokens, end >= 0 ? after[end] : clause.verb);
        } else if (clause.actor === 'i' && clause.passive && !clause.implicit) {
          const participle = clause.verb;
          if (HANDED_PASSIVE.test(restText(sentence.tokens, participle.start))) span = { start: clause.subject[0].start, end: participle.end };
        }
        // a quote never stops on a function word: "put me on the interest calculation for the" ends at "calculation"
        if (span) span = { start: span.start, end: Math.max(trimTrailingFunctionWords(story.text, span.start, span.end), span.start) };
        if (span && !isQuoted(sentence, span)) {
          findings.push({
            span,
            message: `“${story.text.slice(span.start, span.end)}” tells the interviewer the work was handed to you, which erases the ownership signal. Say what you noticed and why you took it on.`,
            fixes: [rewrite(story, sentence, workAsked(story, sentence, span.end))],
          });
          found = true;
          break;
        }
      }
      if (found) continue;
      for (const pattern of [THING_HANDED, LANDED, BANDWIDTH]) {
        for (const { span } of matches(story, sentence, pattern)) {
          if (isQuoted(sentence, span)) continue;
          const bandwidth = pattern === BANDWIDTH;
          // "nobody in lift ops had put them on my plate": work nobody handed over is the opposite of a hand-over
          if (!bandwidth && clauseAt(sentence, span.start)?.negated) continue;
          findings.push({
            span,
            message: bandwidth
              ? `“${story.text.slice(span.start, span.end)}” makes spare time the reason you acted. Name the impact that made you act instead.`
              : `“${story.text.slice(span.start, span.end)}” says the work was assigned to you. Say what you noticed and why you took it on.`,
            fixes: bandwidth
              ? [span.start <= sentence.start
                ? replace('Give the impact as your reason', span, 'Because ${1:‹the cost you saw: who it hurt, and how much›}')
                : replace('Give the impact as your reason', { start: precedingSpace(story.text, span.start), end: span.end }, ' because ${1:‹the cost you saw: who it hurt, and how much›}')]
              : [rewrite(story, sentence, undefined)],
          });
          found = true;
          break; // one reason per sentence: "put it on my plate because my sprint was light" is one hand-over
        }
        if (found) break;
      }
    }
    return findings;
  },
};

/** The end of the place phrase that starts at `from` ("in charge of the response"): up to a comma, a new clause or five words. */
function placeEnd(tokens: readonly Token[], from: Token): number {
  let end = from.end;
  let n = 0;
  for (const t of tokens) {
    if (t.start <= from.start) continue;
    if (t.kind === 'punct' || ++n > 5 || /^(and|but|so|because|since|as|when|after|before|that|which|who|whom|why|how|what|whether|if|to)$/.test(t.lower)) break;
    end = t.end;
  }
  return end;
}

function precedingSpace(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === ',')) i--;
  return i;
}
