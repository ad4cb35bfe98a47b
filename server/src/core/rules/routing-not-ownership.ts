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
/**
 * Verbs that pass a problem on, each with what must follow it (`follows`, over the clause's words after the verb), a
 * sentence it must flag in an Action and a near one it must leave alone (test/routing-words.test.ts runs every one).
 */
export const ROUTE_ENTRIES: ReadonlyArray<{ verb: string; follows: RegExp; flags: string[]; allows: string[] }> = [
  { verb: 'escalate', follows: /^/, flags: ['I escalated it to the network team.'], allows: ['I did not escalate it.'] },
  { verb: 'report', follows: PROBLEM, flags: ['I reported the bug to the vendor.'], allows: ['I reported the results to my manager.'] },
  { verb: 'flag', follows: /^(it|this|that|them|the \w+|to)\b/, flags: ['I flagged it to the platform team.'], allows: ['I flagged three noisy alerts for deletion.'] },
  { verb: 'raise', follows: /^((a|an|the)?\s*(\w+ )?(ticket|bug|issue|jira|flag|alarm|concern|incident|case)|it|this|that)\b/, flags: ['I raised a ticket with the database team.', 'I raised a support case with the vendor.'], allows: ['I raised the timeout to thirty seconds.'] },
  { verb: 'file', follows: /^((a|an|the)?\s*(\w+ )?(ticket|bug|issue|jira|report|request|incident|case)|it|this|that|them)\b/, flags: ['I filed a bug with the vendor.'], allows: ['I filed the signed forms in the cabinet.'] },
  // not an update sent while the author works on it: "messaged the contact centre lead a plain-English update every quarter of an hour"
  { verb: 'message', follows: /^(them|him|her|their|the [\w-]+(?: [\w-]+)* (?:channel|on-?call|team|owners?|lead|rotation))\b(?! (?:a|an|the|my|our) (?:[\w-]+ ){0,2}(?:update|updates|summary|status|eta|estimate|progress note)\b)/, flags: ['I messaged the payments on-call about the drops.'], allows: ['I messaged a summary to myself.', 'I messaged the ward lead a short update every hour while I rebuilt the rota.'] },
  // not "a pull request"
  { verb: 'open', follows: /^(a|an)\s*((\w+ )?(ticket|bug|issue|jira|incident|case)|(support |service |change |access )?request (with|to|for))\b/, flags: ['I opened a ticket with the hosting provider.'], allows: ['I opened a pull request with the fix.'] },
  { verb: 'log', follows: /^((a|an)\s*(\w+ )?(ticket|bug|issue|jira|case)|it|this|the ([\w-]+ )?(failure|bug|issue|problem|error|errors|outage|incident|defect|crash|regression)|(the|a|an) (?:[\w-]+ ){1,3}?with (?:the|their|our) (?:[\w-]+ ){0,2}(?:helpdesk|help desk|service desk|support desk|desk|support|vendor|contractor|supplier|facilities|estates)(?![\w'’]))\b/, flags: ["I logged the failure in the vendor's portal.", 'I logged a priority case with the support desk.', 'I logged the failing compressor with the estates helpdesk.'], allows: ["I logged the readings with the vendor's tool every hour.", 'I logged the readings every hour.'] },
  { verb: 'put', follows: /^(in (a|an) ([\w-]+ )?(request|ticket)\b|(it|this|that|them|the \w+) through to\b|(it|this|that|them|the \w+) (in|into) (the |their )?([\w'’-]+ ){0,3}(queue|inbox|backlog|tracker)\b)/, flags: ['I put in a request with facilities.', 'I put it through to the telematics vendor.', "I put it in the hosting provider's queue."], allows: ['I put in a new sensor.', 'I put the data through a second filter.'] },
  { verb: 'create', follows: /^(a|an)\s*(\w+ )?(ticket|jira|bug report)\b/, flags: ['I created a ticket for the infrastructure team.'], allows: ['I created a script that checks the feed.'] },
  { verb: 'submit', follows: /^(a|an)\s*(\w+ )?(ticket|bug report|support request|support case|jira)\b/, flags: ['I submitted a support request to the vendor.'], allows: ['I submitted the final report to the board.'] },
  { verb: 'send', follows: /^((them|him|her|it|their \w+|the \w+ team) )?(a|an)?\s*(quick |short |brief )?(slack|message|email|note|dm|ping|heads-up|heads up|jira|ticket|link)\b/, flags: ['I sent them a quick email about the errors.'], allows: ['I sent the patch to review.'] },
  // to somewhere others pick problems up, not a screen or a page the author keeps ("posted on the hall screen every fault")
  { verb: 'post', follows: /^(?:a|an|it|(?:in|on|to) (?:their |the |a |an )?(?:[\w#'’-]+ ){0,3}(?:channel|thread|forum|slack|chat|room|queue|ticket|tracker|portal|mailing list|group))\b/, flags: ['I posted in the support channel about the outage.', "I posted it to the vendor's forum."], allows: ['I posted the results on the wiki.', 'Each morning I posted on the hall screen every fault closed overnight.'] },
  { verb: 'write', follows: /^(?:it|this|that|them|these|those|the (?:[\w-]+ ){0,2}[\w-]+)(?: all)? up (?:(?:in|on|for) (?:the|their|a) (?:[\w'’-]+ ){0,3}(?:book|log|tracker|queue|board|system|register|portal)|in (?:an? )?(?:email|note|message|memo) (?:to|for))\b/, flags: ["I wrote it up in the engineers' defect book.", 'I wrote it all up in an email to the facilities manager.', "I wrote the three sensors up in the contractor's maintenance portal."], allows: ['I wrote it up in my notes for the review.', 'I wrote the design up in my notes.'] },
  { verb: 'drop', follows: /^(?:(a|an) (quick )?(note|message|line|comment|ticket|bug|jira)|(?!the (?:[\w-]+ )?(?:patch|fix|pr|pull request|diff|hotfix|change)\b)(?:it|this|that|them|the (?:[\w-]+ ){0,2}[\w-]+) (?:in|into|onto|on) (?:the|their|a) (?:[\w'’-]+ ){0,3}(?:queue|inbox|backlog|tracker|channel|board|portal|mailbox))\b/, flags: ['I dropped a note to the owning team.', "I dropped it into the data-ingest group's queue."], allows: ['I dropped the stale indexes.', 'I dropped the old rows into the archive table.', "I dropped the client patch in the devices team's channel."] },
  // to a person or up the chain, not "bumped the timeout to 30 seconds"
  { verb: 'bump', follows: /^((it|this|that|them|the (issue|problem|question|decision|call|ticket|bug)) )?((up|over) )?(to (my|our|the|their|his|her) ([\w-]+ )?(manager|lead|director|vp|boss|head|skip-level|leadership|team|on-call|owners?|contractor|vendor|supplier|desk|engineers)\b|up the chain\b)/, flags: ['I bumped it up to my manager.', 'I bumped it over to the scales contractor with my readings.'], allows: ['I bumped the timeout to 30 seconds.'] },
  { verb: 'give', follows: /^(them|him|her|the [\w-]+( [\w-]+)?|their [\w-]+( [\w-]+)?) (a )?(quick )?(heads-up|heads up)\b/, flags: ['I gave the storage team a heads-up.'], allows: ['I gave the storage team a hand with the migration.'] },
  // a note left somewhere for someone, not a review comment ("I left a comment, 'What would tell us this broke?'")
  { verb: 'leave', follows: /^(a|an) (note|comment|message) (on|in|for|with|to) /, flags: ['I left a note on their ticket.', 'I left a message for the vendor.'], allows: ['I left the old config in place.', 'I left a comment, and she came back with an alert.'] },
  { verb: 'ping', follows: /^/, flags: ['I pinged the on-call engineer.'], allows: ['I did not ping anyone.'] },
  { verb: 'page', follows: /^(their|the|them|him|her)\b/, flags: ['I paged the database owners.'], allows: ['I paged through the logs.'] },
  { verb: 'notify', follows: /^/, flags: ['I notified the vendor.'], allows: ['I was notified by the vendor.'] },
  { verb: 'inform', follows: /^/, flags: ['I informed the security team.', 'I informed the vendor that the feed was broken.'], allows: ['I was informed by the security team.', 'I informed the controller that we would hold departures for ten minutes.'] },
  { verb: 'alert', follows: /^(them|their|the|him|her)\b/, flags: ['I alerted the on-call team.'], allows: ['I alerted on the error rate in the dashboard.'] },
  // "told them about it", not "told him to split the change"
  { verb: 'tell', follows: /^(them|him|her|their [\w-]+|the [\w-]+ (team|owners?|on-?call)|the owners?) (about|that)\b/, flags: ['I told the owners about the leak.'], allows: ['I told him to split the change in two.'] },
  // not "let her run the test herself"
  { verb: 'let', follows: /^((\w+ ){1,3}know|(them|him|her|their [\w-]+|the [\w-]+ team) (handle|fix|deal with|sort|take care|take over|own|run with))\b/, flags: ['I let the vendor know.', 'I let the vendor know that their feed had stopped.'], allows: ['I let her run the test herself.', 'I let the crews know at each briefing that the list was up.'] },
  { verb: 'loop', follows: /^(?:in|(?:them|him|her|(?:their|the) (?:[\w-]+ ){0,2}[\w-]+) in)\b/, flags: ['I looped in the platform team.', 'I looped their lead in.'], allows: ['I looped the recording for the demo.'] },
  // passing the problem on, not reading handed to a person ("forwarded her the material from the course")
  { verb: 'forward', follows: /^(?!(?:(?:her|him|them|me|us) )?(?:the |some |a |an |my |our )?(?:[\w-]+ )?(?:material|materials|docs|documentation|notes|guide|guides|links?|reading|articles?|slides|resources|templates?|examples?|recordings?|course|courses|book|books|papers?)\b)/, flags: ['I forwarded the error report to the vendor.'], allows: ['I forwarded her the material from the course.'] },
  // the question sent up for someone else to settle: "referred the matter to the technical director"
  { verb: 'refer', follows: /^(?:it|this|that|them|the (?:[\w-]+ ){0,2}(?:matter|issue|problem|question|case|dispute|decision|call|complaint|bug|ticket|fault)) (?:up |on |over )?to\b/, flags: ['I referred the matter to the technical director.', 'I referred it up to the plant manager.'], allows: ['I referred to the runbook at every step.', 'I referred back to my notes.'] },
  // a duty the author ran, handed on to someone who runs it now, is not a problem passed on ("handed the review over to Nadia")
  { verb: 'hand', follows: /^(?!the (?:[\w-]+ )?(?:review|reviews|report|reports|rota|meeting|meetings|rotation|course|class|training|session|sessions|stand-?up|retro|newsletter|clinic|check-?in)s? (?:off|over)\b)(it|this|the \w+)? ?(off|over)\b/, flags: ['I handed it off to the night shift.'], allows: ['I handed out the new rota.', 'I ran the monthly review for four months, then handed the review over to Nadia.'] },
  { verb: 'pass', follows: /^((it|this|that|them|the \w+|my \w+|our \w+|the \w+ \w+) )?(on|along|over|across|to)\b/, flags: ['I passed it on to the billing team.', 'I passed the whole fault across to the supplier.'], allows: ['I passed the certification exam.'] },
  { verb: 'reach', follows: /^out\b/, flags: ['I reached out to the vendor.'], allows: ['I reached the end of the logs.'] },
  { verb: 'cc', follows: /^/, flags: ['I CCed the platform lead.', "I cc'd the platform lead."], allows: ['I did not cc anyone.'] },
  // a person or a team, not "tagged the noisy ones"
  { verb: 'tag', follows: /^(them|him|her|(their|the) ([\w-]+ )?(team|owners?|lead|on-?call|channel))\b/, flags: ['I tagged the platform team on the thread.'], allows: ['I tagged the noisy ones for deletion.'] },
];
export const ROUTE: Readonly<Record<string, RegExp>> = Object.fromEntries(ROUTE_ENTRIES.map((e) => [e.verb, e.follows]));
/** In a disagree-and-commit story, taking the decision to someone who can make it, with the case argued, is the competency. */
const DISPUTED = wordSet('disputedMatters');
const DISAGREEING = wordSet('disagreementVerbs');
/** Contacting someone to learn something is investigation: "reached out to three analysts to gather their data". */
const ASKING_TO_LEARN = /\b(?:to (?:gather|learn|ask|understand|get|collect|find out|confirm|check|review|discuss|hear|clarify|compare|borrow|request|see)|for (?:advice|input|data|feedback|information|context|insights?|access|details|clarification|guidance|background|answers|their (?:view|data|numbers|logs)))\b/;
const HANDLED = wordSet('handedOverVerbs');
/** What "they handled" must be about to mean the author handed the problem over (not "they handled spelling variants"). */
const HANDED_OBJECT = /^(it|this|that|the (fix|rest|problem|issue|bug|rollout|deploy|incident|outage|change|patch|remaining work|correction|repair|cleanup|rotation|update|changes|follow-up)|everything|things|from there|the whole thing)\b/;
/** What "they owned" must be to mean they took the problem over: the work from then on, not the system. */
const OWNED_OBJECT = /^(?:(?:it|this|that|the (?:fix|rest|rollout|remaining work|follow-up|cleanup|change|changes|patch|incident)) from (?:there|then on|that point)|the (?:fix|rest|rollout|remaining work|follow-up|cleanup))\b/;
/** What someone else took off the author's hands: the problem or the rest of it ("took the pager", "took the lead on the panel" are not). */
const HANDLED_PHRASE = /^(take care|take over|take it|pick it up|pick up|take the (?:rest|fix|problem|issue|bug|incident|ticket|escalation|work|case|whole thing)\b|take from|run with it|run with the)/;
/** Verbs that show the author's own fix in the same sentence: building, repairing, running the change, checking it. */
export const OWN_FIX = wordSet('ownFixVerbs');
const FIX_OBJECT = /\b(?:my (?:own )?(?:\w+ )?|(?:a|an|the) (?:tested|working|complete|ready-to-merge|minimal|small|one-line|proposed|reviewed)(?: \w+)? )(?:fix|patch|pr|pull request|diff|hotfix|workaround|change|changes|commit|branch)\b|\bwith (?:the |my )?(?:corrected|fixed|finished|repaired|rebuilt|rewritten|patched|reworked) [^.;]{0,80}\battached\b/;

function words(clauseTokens: Clause['rest']) {
  return clauseTokens.map((t) => t.lower).join(' ');
}

/**
 * What went out is the author's own account of what they did: "posted in the operations channel what I had done and how
 * to undo it", "emailed them a summary of my fix". Telling people about one's own work is not passing the problem on.
 */
const OWN_ACCOUNT = /\bwhat i(?: had|'d)? (?:done|did|changed|fixed|found|rolled back|shipped|reverted|turned off|switched off)\b|\bhow to (?:undo|roll back|revert|reverse) (?:it|them|the change|my change)\b|\b(?:a |the )?(?:summary|write-?up|timeline|account) of (?:what i|my (?:fix|change|rollback|steps))\b/;

/** The clause an implicit subject is carried from: the nearest one before it in the sentence that names its doer. */
function carriedFrom(sentence: StorySentence, clause: Clause): Clause | undefined {
  for (let i = sentence.clauses.indexOf(clause) - 1; i >= 0; i--) {
    const c = sentence.clauses[i];
    if (!c.implicit && c.subject.length > 0) return c.actor === clause.actor ? c : undefined;
  }
  return undefined;
}

/** Someone else took the problem over: "they handled it", "the Platform team fixed the rest", "they ran with it". */
function theyHandledIt(c: Clause): boolean {
  if (c.actor !== 'other' || !c.lemma || c.passive) return false;
  const rest = words(c.rest);
  // "Billing owned that service" says whose it was; "they owned the rest from there" says who took the problem over.
  const object = c.lemma === 'own' ? OWNED_OBJECT : HANDED_OBJECT;
  return (HANDLED.has(c.lemma) && object.test(rest.replace(/^(with|of) /, ''))) || HANDLED_PHRASE.test(`${c.lemma} ${rest}`);
}

/** The author's own hands on the problem anywhere in the sentence, before or after the routing verb. */
/** "attached my patch" is a fix of the author's; "attached screenshots" goes with the report. */
const fixAttached = (lemma: string, after: Clause['rest']) => lemma !== 'attach' || /^(?:\S+ ){0,3}(?:fix|patch|pr|pull request|diff|hotfix|workaround)\b/.test(words(after)) || REPAIRED.test(words(after));
/** The author's work, finished: "attached the finished text flow", "with the corrected certificates attached". */
const REPAIRED = /^(?:the |my |a |an )?(?:corrected|fixed|finished|repaired|rebuilt|rewritten|patched|reworked)\b/;

function ownsAFix(sentence: StorySentence, story: { spokenLower: string }): boolean {
  for (const c of sentence.clauses) {
    if (!(c.actor === 'i' || (c.actor === 'none' && !c.subject.length)) || c.negated) continue;
    // "created a ticket for the platform team" passes the problem on however much a verb of making it is
    // "wrote all of this up in a summary" reports the problem, however much a verb of making "wrote" is
    const writesUp = c.lemma === 'write' && /^(?:\S+ ){0,5}up\b/.test(words(c.rest));
    // "re-took those requests in person", "re-ran the import": done again by the author's own hands
    const redone = c.lemma?.startsWith('re-') && !ROUTE[c.lemma.slice(3)];
    if (c.lemma && !c.passive && (OWN_FIX.has(c.lemma) || redone) && !writesUp && !ROUTE[c.lemma]?.test(words(c.rest)) && fixAttached(c.lemma, c.rest)) return true;
    // Steps listed in one clause: "I notified stakeholders, rolled back the deployment and drained the node".
    for (let i = 1; i < c.tokens.length; i++) {
      const before = c.tokens[i - 1];
      const t = c.tokens[i];
      if ((before.text === ',' || before.lower === 'and' || before.lower === 'then') && t.kind === 'word' && isPastOrParticipleForm(t.lower)
        && OWN_FIX.has(verbLemma(t.lower) ?? '') && fixAttached(verbLemma(t.lower)!, c.tokens.slice(i + 1))) return true;
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

/** Verbs that tell someone something: what they tell may be the author's own plan or work, not the problem. */
const TELLING = new Set(['inform', 'notify', 'tell', 'let', 'alert', 'message', 'ping']);
/** What a finished piece of the author's work is, told as a state: "that the list was up", "that the fix was live". */
const READY = /^(?:up|ready|live|done|fixed|back|available|posted|open|in place|out|finished|deployed|restored)\b/;

/**
 * "I informed the controller that we would hold departures", "I let the crews know that the list was up": what was
 * told is the author's own plan or finished work, so nothing was passed on.
 */
function toldOwnNews(clause: Clause, sentence: StorySentence): boolean {
  if (!TELLING.has(clause.lemma ?? '')) return false;
  const told = sentence.clauses[sentence.clauses.indexOf(clause) + 1];
  if (!told || told.opener !== 'that') return false;
  if (told.actor === 'i' || told.actor === 'we') return true;
  if (told.verbGroup.some((t) => /^(?:would|will|'d|'ll)$/.test(t.lower))) return true;
  return told.lemma === 'be' && READY.test(words(told.rest));
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
        // "Retry bug: passed it to the vendor's desk": a clause with no subject in the Action is the author's, told tersely
        // (after a label with no verb of its own, whatever the label's words are read as)
        const prior = sentence.clauses[sentence.clauses.indexOf(clause) - 1];
        const terse = !clause.subject.length && clause.kind === 'main' && sentence.section.kind === 'action' && (clause.actor === 'none' || (clause.implicit && !!prior && !prior.verb));
        const author = clause.actor === 'i' || terse;
        if (author && ROUTE[clause.lemma]?.test(rest) && !OWN_ACCOUNT.test(rest) && !clause.passive && clause.kind !== 'reported' && !habitual(clause) && !ASKING_TO_LEARN.test(rest) && !(disagreeing && takesUpTheDisagreement(clause, sentence, before(sentence)))
          && !toldOwnNews(clause, sentence)) {
          span = phrase(clause, clause.verb);
        } else if ((clause.kind === 'main' || clause.kind === 'subordinate') && theyHandledIt(clause)) {
          // "their engineer came out the following Thursday and sorted it": a fix whose doer the clause before names
          const doer = clause.implicit ? carriedFrom(sentence, clause) : clause;
          if (doer) {
            span = { start: doer.subject[0].start, end: phrase(clause, clause.verb).end };
            theyDid = true;
          }
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
