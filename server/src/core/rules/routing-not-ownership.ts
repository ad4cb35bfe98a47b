// routing-not-ownership: reporting a problem to someone else instead of fixing it, with no fix of the author's own.
import { wordSet } from '../language/classes';
import type { Clause } from '../language/clauses';
import { insert, literal } from '../fixes';
import type { Finding, Rule } from '../types';
import { isPastOrParticipleForm, pastTense, verbLemma } from '../language/lexicon';
import type { Span } from '../text';
import type { StorySentence } from '../story';
import { sentenceBodyEnd, sentencesIn } from './helpers';

const PROBLEM = /^(it|this|that|them|the (issue|bug|problem|error|errors|outage|incident|drop|drops|leak|failure|failures|regression|risk|vulnerability|crash|crashes|defect|gap|discrepancy|mismatch|flakiness))\b/;
/** Verbs that pass a problem on; the test says what must follow the verb. */
export const ROUTE: Record<string, RegExp> = {
  escalate: /^/,
  report: PROBLEM,
  flag: /^(it|this|that|them|the \w+|to)\b/,
  raise: /^((a|an|the)?\s*(\w+ )?(ticket|bug|issue|jira|flag|alarm|concern|incident)|it|this|that)\b/,
  file: /^((a|an|the)?\s*(\w+ )?(ticket|bug|issue|jira|report|request|incident)|it|this|that|them)\b/,
  message: /^(them|him|her|their|the [\w-]+(?: [\w-]+)* (?:channel|on-?call|team|owners?|lead|rotation))\b/,
  open: /^(a|an)\s*((\w+ )?(ticket|bug|issue|jira|incident)|(support |service |change |access )?request (with|to|for))\b/, // not "a pull request"
  log: /^((a|an)\s*(\w+ )?(ticket|bug|issue|jira)|it|this|the ([\w-]+ )?(failure|bug|issue|problem|error|errors|outage|incident|defect|crash|regression))\b/,
  put: /^in (a|an) ([\w-]+ )?(request|ticket)\b/,
  create: /^(a|an)\s*(\w+ )?(ticket|jira|bug report)\b/,
  submit: /^(a|an)\s*(\w+ )?(ticket|bug report|support request|jira)\b/,
  send: /^((them|him|her|it|their \w+|the \w+ team) )?(a|an)?\s*(quick |short |brief )?(slack|message|email|note|dm|ping|heads-up|heads up|jira|ticket|link)\b/,
  post: /^(a|an|it|in|on|to)\b/,
  drop: /^(a|an) (quick )?(note|message|line|comment|ticket|bug|jira)\b/,
  // to a person or up the chain, not "bumped the timeout to 30 seconds"
  bump: /^((it|this|that|them|the (issue|problem|question|decision|call|ticket|bug)) )?((up|over) )?(to (my|our|the|their|his|her) ([\w-]+ )?(manager|lead|director|vp|boss|head|skip-level|leadership|team|on-call|owners?)\b|up the chain\b)/,
  give: /^(them|him|her|the [\w-]+( [\w-]+)?|their [\w-]+( [\w-]+)?) (a )?(quick )?(heads-up|heads up)\b/,
  leave: /^(a|an) (note|comment|message)\b/,
  ping: /^/,
  page: /^(their|the|them|him|her)\b/,
  notify: /^/,
  inform: /^/,
  alert: /^(them|their|the|him|her)\b/,
  tell: /^(them|him|her|their [\w-]+|the [\w-]+ (team|owners?|on-?call)|the owners?) (about|that)\b/, // "told them about it", not "told him to split the change"
  let: /^((\w+ ){1,3}know|(them|him|her|their [\w-]+|the [\w-]+ team) (handle|fix|deal with|sort|take care|take over|own|run with))\b/, // not "let her run the test herself"
  loop: /^(in|them in|their|the)\b/,
  // passing the problem on, not reading handed to a person ("forwarded her the material from the course")
  forward: /^(?!(?:(?:her|him|them|me|us) )?(?:the |some |a |an |my |our )?(?:[\w-]+ )?(?:material|materials|docs|documentation|notes|guide|guides|links?|reading|articles?|slides|resources|templates?|examples?|recordings?|course|courses|book|books|papers?)\b)/,
  hand: /^(it|this|the \w+)? ?(off|over)\b/,
  pass: /^((it|this|that|them|the \w+|my \w+|our \w+|the \w+ \w+) )?(on|along|over|to)\b/,
  reach: /^out\b/,
  cc: /^/,
  tag: /^(them|him|her|(their|the) ([\w-]+ )?(team|owners?|lead|on-?call|channel))\b/, // a person or a team, not "tagged the noisy ones"
};
/** In a disagree-and-commit story, taking the decision to someone who can make it, with the case argued, is the competency. */
const DISPUTED = wordSet('disputedMatters');
const DISAGREEING = wordSet('disagreementVerbs');
/** Contacting someone to learn something is investigation: "reached out to three analysts to gather their data". */
const ASKING_TO_LEARN = /\b(?:to (?:gather|learn|ask|understand|get|collect|find out|confirm|check|review|discuss|hear|clarify|compare|borrow|request|see)|for (?:advice|input|data|feedback|information|context|insights?|access|details|their (?:view|data|numbers|logs)))\b/;
const HANDLED = wordSet('handedOverVerbs');
/** What "they handled" must be about to mean the author handed the problem over (not "they handled spelling variants"). */
const HANDED_OBJECT = /^(it|this|that|the (fix|rest|problem|issue|bug|rollout|deploy|incident|outage|change|patch|remaining work|correction|repair|cleanup|rotation|update|changes|follow-up)|everything|things|from there|the whole thing)\b/;
/** What "they owned" must be to mean they took the problem over: the work from then on, not the system. */
const OWNED_OBJECT = /^(?:(?:it|this|that|the (?:fix|rest|rollout|remaining work|follow-up|cleanup|change|changes|patch|incident)) from (?:there|then on|that point)|the (?:fix|rest|rollout|remaining work|follow-up|cleanup))\b/;
/** What someone else took off the author's hands: the problem or the rest of it ("took the pager", "took the lead on the panel" are not). */
const HANDLED_PHRASE = /^(take care|take over|take it|pick it up|pick up|take the (?:rest|fix|problem|issue|bug|incident|ticket|escalation|work|case|whole thing)\b|take from|run with it|run with the)/;
/** Verbs that show the author's own fix in the same sentence: building, repairing, running the change, checking it. */
export const OWN_FIX = wordSet('ownFixVerbs');
const FIX_OBJECT = /\b(?:my (?:own )?(?:\w+ )?|(?:a|an|the) (?:tested|working|complete|ready-to-merge|minimal|small|one-line|proposed|reviewed)(?: \w+)? )(?:fix|patch|pr|pull request|diff|hotfix|workaround|change|changes|commit|branch)\b/;

function words(clauseTokens: Clause['rest']) {
  return clauseTokens.map((t) => t.lower).join(' ');
}

/**
 * What went out is the author's own account of what they did: "posted in the operations channel what I had done and how
 * to undo it", "emailed them a summary of my fix". Telling people about one's own work is not passing the problem on.
 */
const OWN_ACCOUNT = /\bwhat i(?: had|'d)? (?:done|did|changed|fixed|found|rolled back|shipped|reverted|turned off|switched off)\b|\bhow to (?:undo|roll back|revert|reverse) (?:it|them|the change|my change)\b|\b(?:a |the )?(?:summary|write-?up|timeline|account) of (?:what i|my (?:fix|change|rollback|steps))\b/;

/** Someone else took the problem over: "they handled it", "the Platform team fixed the rest", "they ran with it". */
function theyHandledIt(c: Clause): boolean {
  if (c.actor !== 'other' || !c.lemma || c.passive) return false;
  const rest = words(c.rest);
  // "Billing owned that service" says whose it was; "they owned the rest from there" says who took the problem over.
  const object = c.lemma === 'own' ? OWNED_OBJECT : HANDED_OBJECT;
  return (HANDLED.has(c.lemma) && object.test(rest.replace(/^(with|of) /, ''))) || HANDLED_PHRASE.test(`${c.lemma} ${rest}`);
}

/** The author's own hands on the problem anywhere in the sentence, before or after the routing verb. */
function ownsAFix(sentence: StorySentence, story: { spokenLower: string }): boolean {
  for (const c of sentence.clauses) {
    if (!(c.actor === 'i' || (c.actor === 'none' && !c.subject.length)) || c.negated) continue;
    if (c.lemma && !c.passive && OWN_FIX.has(c.lemma)) return true;
    // Steps listed in one clause: "I notified stakeholders, rolled back the deployment and drained the node".
    for (let i = 1; i < c.tokens.length; i++) {
      const before = c.tokens[i - 1];
      const t = c.tokens[i];
      if ((before.text === ',' || before.lower === 'and' || before.lower === 'then') && t.kind === 'word' && isPastOrParticipleForm(t.lower) && OWN_FIX.has(verbLemma(t.lower) ?? '')) return true;
    }
  }
  return FIX_OBJECT.test(story.spokenLower.slice(sentence.start, sentence.end));
}

/** A clause that tells the disagreement: "When she and I still disagreed", "we could not agree", "she pushed back". */
function tellsDisagreement(sentence: StorySentence | undefined): boolean {
  return !!sentence && sentence.clauses.some((c) => !!c.lemma && (c.negated ? c.lemma === 'agree' : DISAGREEING.has(c.lemma) || (c.lemma === 'push' && c.rest[0]?.lower === 'back')));
}

/**
 * The disagreement itself is what goes up: it is named ("escalated the decision", "with her position and mine"), or the
 * clause says "it" or nothing and the sentence, or the one before it, tells the disagreement ("When she and I still
 * disagreed, I escalated it there").
 */
function takesUpTheDisagreement(clause: Clause, sentence: StorySentence, before: StorySentence | undefined): boolean {
  if (clause.rest.some((t) => DISPUTED.has(t.lower))) return true;
  if (tellsDisagreement(sentence)) return true;
  const object = clause.rest[0]?.lower;
  return (object === undefined || object === 'it' || object === 'this' || object === 'that' || object === 'to' || object === 'up') && tellsDisagreement(before);
}

/**
 * "I escalate when there's a legal risk": the author's rule of thumb in the present, not a step of this story. (A verb
 * whose past is its plain form, "let", "put", is read as the past.)
 */
function habitual(clause: Clause): boolean {
  const verb = clause.verb!.lower;
  return clause.verbGroup.length === 1 && verb === clause.lemma && pastTense(verb) !== verb;
}

/** The verb phrase: the verb and its object, up to "to", "and", a comma or five words. */
function phrase(clause: Clause, from: Span): Span {
  let end = clause.verb!.end;
  let n = 0;
  let previous = '';
  for (const t of clause.rest) {
    // "took care of the API side", "took charge of the rollout": the preposition belongs to the idiom
    const idiom = t.lower === 'of' && /^(care|charge|hold|track|ownership)$/.test(previous);
    previous = t.lower;
    if (!idiom && /^(to|and|but|so|because|since|for|with|about|after|before|when|while|on|in|from|of|at|by|into|onto|that|which|who|where|what|how|why|whether)$/.test(t.lower) && n > 0) break;
    if (t.kind === 'punct' || ++n > 5) break;
    // never end on a word that leaves the phrase hanging: "forwarded her the material", not "… from the"
    if (/^(the|a|an|my|our|their|his|her|its|this|that|these|those|some|any)$/.test(t.lower) && n > 1) continue;
    end = t.end;
  }
  return { start: from.start, end };
}

function recipient(story: { text: string }, sentence: StorySentence, after: number): string | undefined {
  const ws = sentence.tokens.filter((t) => t.start >= after && t.kind === 'word');
  // Only someone the problem went to or with: "to the fleet team", "with their lead"; never "the export failure".
  const to = ws.findIndex((t) => t.lower === 'to' || t.lower === 'with');
  const from = to >= 0 ? to + 1 : -1;
  if (from < 0 || from >= ws.length) return undefined;
  let end = from;
  while (end < ws.length && end - from < 5 && !/^(and|but|so|because|since|for|about|with|who|that|via|through|on|in|to|then|after|before)$/.test(ws[end].lower) && !(end > from && isPastOrParticipleForm(ws[end].lower))) end++;
  if (end === from) return undefined;
  return story.text.slice(ws[from].start, ws[end - 1].end);
}

export const rule: Rule = {
  id: 'routing-not-ownership',
  severity: 'error',
  sections: 'Task, Action, Follow-ups',
  summary: 'Reporting a problem to someone else ("escalated it", "raised a ticket", "they handled it") with no fix of your own.',
  check({ story, aim }) {
    const findings: Finding[] = [];
    const disagreeing = aim.kinds.includes('disagree');
    const before = (sentence: StorySentence) => {
      const at = story.sentences.indexOf(sentence);
      return at > 0 && story.sentences[at - 1].section === sentence.section ? story.sentences[at - 1] : undefined;
    };
    for (const sentence of sentencesIn(story, ['task', 'action', 'followups'])) {
      if (sentence.inBlockquote || ownsAFix(sentence, story)) continue;
      for (const clause of sentence.clauses) {
        if (!clause.verb || !clause.lemma || clause.negated || clause.verb.quoted) continue;
        const rest = words(clause.rest);
        let span: Span | undefined;
        let theyDid = false;
        if (clause.actor === 'i' && ROUTE[clause.lemma]?.test(rest) && !OWN_ACCOUNT.test(rest) && !clause.passive && clause.kind !== 'reported' && !habitual(clause) && !ASKING_TO_LEARN.test(rest) && !(disagreeing && takesUpTheDisagreement(clause, sentence, before(sentence)))) {
          span = phrase(clause, clause.verb);
        } else if ((clause.kind === 'main' || clause.kind === 'subordinate') && !clause.implicit && theyHandledIt(clause)) {
          span = phrase(clause, clause.subject[0]);
          theyDid = true;
        }
        if (!span) continue;
        // "I raised it with their team and they ran with it from there": the hand-off is the whole of it.
        if (!theyDid) {
          const later = sentence.clauses.find((c) => c.tokens[0].start > span!.end && theyHandledIt(c));
          if (later) span = { start: span.start, end: phrase(later, later.subject[0] ?? later.verb!).end };
        }
        const said = story.text.slice(span.start, span.end);
        const who = recipient(story, sentence, span.start);
        findings.push({
          span,
          message: theyDid
            ? `“${said}”: someone else fixed it, so the interviewer hears routing, not ownership. Say what you built and delivered.`
            : `“${said}” passes the problem on. With no fix of your own in the same breath, the interviewer hears routing, not ownership.`,
          // The author's sentence stays as it is: only they know what they did themselves, so that part is a placeholder.
          fixes: [insert('Add what you fixed yourself', sentenceBodyEnd(story, sentence),
            `, and \${1:‹what you fixed yourself${who ? ` before handing it to ${literal(who)}` : ''}: the change, how you saw it deployed, how you checked it›}`)],
        });
        break;
      }
    }
    return findings;
  },
};
