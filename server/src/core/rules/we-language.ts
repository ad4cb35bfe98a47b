// we-language: "we", "our team", "the two of us" as the ones who acted, where the interviewer needs to hear "I".
import { wordAlternation, wordSet } from '../language/classes';

/** Modals of what would or might happen; "could" and "can" also tell what the group was able to do ("the team could move forward"). */
const MODALS = new Set([...wordSet('modals'), "'d", "'ll"].filter((m) => m !== 'could' && m !== 'can'));

/** "we'd missed a null check": "'d" before a past participle that is not also a base form is "had", a deed done. */
function hadDone(clause: Clause): boolean {
  const at = clause.verbGroup.findIndex((t) => t.lower === "'d");
  const next = clause.verbGroup[at + 1];
  return !!next && next === clause.verb && isPastParticiple(next.lower) && verbLemma(next.lower) !== next.lower;
}

/** What could or would happen, or was only proposed: not a deed ("or we would lose it", "if we could ship it"). */
function hypothetical(clause: Clause, previous: Clause | undefined): boolean {
  if (clause.verbGroup.some((t) => MODALS.has(t.lower) && !(t.lower === "'d" && hadDone(clause)))) return true;
  const able = clause.verbGroup.some((t) => t.lower === 'could' || t.lower === 'can');
  // "By doing this, we could avoid timeouts": what a means would make possible, not a step taken
  const means = previous?.tokens[0]?.lower === 'by' && /ing$/.test(previous.tokens[1]?.lower ?? '') && !previous.verb;
  return able && (clause.opener === 'or' || clause.opener === 'if' || previous?.opener === 'if' || means);
}
import type { Clause } from '../language/clauses';
import type { Edit, Finding, Rule } from '../types';
import type { SectionKind, Story } from '../story';
import { claiming, replace } from '../fixes';
import { predicate } from '../language/phrases';
import { isPastParticiple, pastTense, verbLemma } from '../language/lexicon';
import { isQuoted, matches, sentencesIn, spanOf } from './helpers';

const SPEECH = wordSet('speechVerbs');
/** Verbs a team does about the author's work, not instead of it. */
const REACTION = wordSet('groupReactions');
/** What "our X" names when X is work: "our fix" hides who wrote it; "our error rate" is fine. */
const WORK = wordSet('ourWork');
/** What a company wins or keeps, and the objects that make it the business's outcome ("we won four more tenders"). */
const OUTCOMES = wordSet('companyOutcomes');
const GAINS = wordSet('companyGains');
/** Verbs of two sides dealing with each other ("we agreed"), where "we" may be the author and whoever was just named. */
const JOINT = wordSet('jointVerbs');
/** Verbs whose particle "together" is ("got together", "put together a plan"): the fix keeps it. */
const TOGETHER_VERBS = wordSet('togetherVerbs');

/** Who did a deed told in the passive, when it is the group: "between the three of us", "by us", "jointly". */
const GROUP_AGENT = new RegExp(String.raw`\b(?:(?:between|among) (?:us|ourselves|the (?:${wordAlternation('wePhraseCounts')}) of us)|by (?:the (?:${wordAlternation('wePhraseCounts')}) of us|us)|jointly|collectively)\b`, 'g');

/** Verb forms that change when "we" becomes "I". */
const AGREE: Record<string, string> = Object.assign(Object.create(null), { were: 'was', are: 'am', "'re": "'m" });

/** A verb in the simple present ("we pay", "my team writes"), not a past form that looks the same ("we cut", "we put"). */
function inPresent(clause: Clause): boolean {
  const verb = clause.verb?.lower;
  const lemma = clause.lemma;
  if (!verb || !lemma || clause.verbGroup.length !== 1 || lemma === 'be' || pastTense(lemma) === lemma) return false;
  return verb === lemma || verb === `${lemma}s` || verb === `${lemma}es` || (lemma.endsWith('y') && verb === `${lemma.slice(0, -1)}ies`);
}

function actedTogether(clause: Clause, previous: Clause | undefined, kind: SectionKind, following?: Clause): boolean {
  // a reason, an aim, words reported, a state, or what did not happen ("my squad has never deployed to it")
  if (!clause.verb || clause.kind !== 'main' || clause.state || clause.negated) return false;
  if (previous && previous.actor !== 'i' && previous.lemma && SPEECH.has(previous.lemma)) return false; // someone else's words
  const next = clause.rest[0]?.lower;
  if (clause.passive) return false; // done to the group, not by it: "we were short-staffed", "we were told"
  // what could or would happen, or was proposed, is not a deed: "or we would lose the contract", "we could build the API first"
  if (hypothetical(clause, previous)) return false;
  // in Task, what the group had done before the author took it on is background: "My team had already tried it twice"
  if (kind === 'task' && clause.verbGroup.length >= 2 && clause.verbGroup[0].lower === 'had') return false;
  if (clause.lemma === 'be' && next !== 'able') return false; // a state: "we were behind"
  if (clause.actor === 'group' && REACTION.has(clause.lemma ?? '')) return false;
  // "The department made my replay test a mandatory step", "the liaison group shipped my fix": a group acting on the
  // author's own work, which the object names as theirs, says what others did with it, not what the author did
  if (clause.actor === 'group' && clause.rest.slice(0, 3).some((t) => t.lower === 'my')) return false;
  // "we won four more tenders that quarter": in the Result, the company's outcome of the work, not a step
  if (kind === 'result' && clause.actor === 'we' && OUTCOMES.has(clause.lemma ?? '') && clause.rest.slice(0, 5).some((t) => GAINS.has(t.lower))) return false;
  // "we now pay sixty thousand a year in claims", "my team writes the conveyor software and nothing upstream of it": in
  // the Task or the Result, the present tense tells how things stand (the setup, or the state after the work), not a
  // step of the story, which is told in the past
  if ((kind === 'result' || kind === 'task') && inPresent(clause)) return false;
  // "My supervisor and I agreed that I would find a backup": what was agreed is the author's own work to do
  if (JOINT.has(clause.lemma ?? '') && following?.kind === 'reported' && following.actor === 'i') return false;
  // "I took the capture to the playout lead, and we agreed they would fix it": the two the sentence names, agreeing
  if (clause.actor === 'we' && clause.subject.length === 1 && previous?.actor === 'i' && JOINT.has(clause.lemma ?? '')) return false;
  return true;
}

export const rule: Rule = {
  id: 'we-language',
  severity: 'warning',
  sections: 'Task, Action, Result',
  summary: '"We", "our team" or "the two of us" as the ones who acted: the interviewer cannot tell what you did.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['task', 'action', 'result'])) {
      let heldBack: Clause | undefined; // a "we" clause of state or negation, whose subject a following deed shares
      sentence.clauses.forEach((clause, i) => {
        if (clause.implicit && heldBack && clause.kind === 'main' && !clause.state && !clause.negated && !clause.passive && clause.verb) {
          // "We received the report and patched the parser": the deed is the second verb's, the subject the first's
          const owner = heldBack;
          heldBack = undefined;
          if (!isQuoted(sentence, spanOf(owner.subject))) findings.push(weFinding(story, owner, clause));
          return;
        }
        if (clause.implicit || clause.subject.length === 0) return;
        heldBack = (clause.actor === 'we' || clause.actor === 'group') && clause.kind === 'main' && (clause.state || clause.negated) ? clause : undefined;
        const subject = spanOf(clause.subject);
        if (isQuoted(sentence, subject)) return;
        const weSubject = (clause.actor === 'we' || clause.actor === 'group') && actedTogether(clause, sentence.clauses[i - 1], sentence.section.kind, sentence.clauses[i + 1]);
        const ourWork = clause.subject[0].lower === 'our' && WORK.has(clause.subject[clause.subject.length - 1].lower) && !!clause.verb && clause.kind === 'main'
          && !hypothetical(clause, sentence.clauses[i - 1]);
        if (!weSubject && !ourWork) return;
        if (weSubject) {
          findings.push(weFinding(story, clause, clause));
          return;
        }
        const edit = { span: clause.subject[0], newText: matchCase(clause.subject[0].text, 'my') };
        findings.push({
          span: spanOf(clause.subject.slice(0, 1)),
          message: `“${story.text.slice(subject.start, subject.end)}” hides whose work this was: say it was yours, or say who else did what.`,
          fixes: [claiming({ ...replace(`Say it with “I”`, edit.span, edit.newText), edits: [edit] })],
        });
      });
    }
    // "Between the three of us the call was made", "the fix was agreed jointly": a deed in the passive whose doers are
    // the group, named only as a group.
    for (const sentence of sentencesIn(story, ['task', 'action', 'result'])) {
      const deeds = sentence.clauses.filter((c) => c.kind === 'main' && c.passive && !c.negated && !c.state && !REACTION.has(c.lemma ?? ''));
      // one finding a sentence for one fault: a "we" already flagged in it says the same
      if (deeds.length === 0 || findings.some((f) => f.span.start >= sentence.start && f.span.start < sentence.end)) continue;
      for (const { span } of matches(story, sentence, GROUP_AGENT, true)) {
        const inDeed = deeds.some((c) => span.start >= c.tokens[0].start && span.end <= c.tokens[c.tokens.length - 1].end);
        if (!inDeed || isQuoted(sentence, span)) continue;
        findings.push({ span, message: `“${story.text.slice(span.start, span.end)}” hides what you did: say what you did, with “I”, and what the others did.` });
        break;
      }
    }
    // "Together with the analyst, I went through it": the author's share disappears into the pair.
    for (const sentence of sentencesIn(story, ['task', 'action', 'result'])) {
      for (const { span } of matches(story, sentence, /\btogether with\b/g)) {
        const before = story.spokenLower.slice(sentence.start, span.start).trim();
        // one finding a sentence for one fault: a "we" already flagged in it says the same
        if ((before !== '' && !before.endsWith(',')) || isQuoted(sentence, span) || findings.some((f) => f.span.start >= sentence.start && f.span.start < sentence.end)) continue;
        const word = { start: span.start, end: span.start + 'together'.length };
        findings.push({
          span: word,
          message: `“${story.text.slice(span.start, span.end)}” blends your part with someone else's. Say what you did and what they did, each in its own sentence.`,
        });
      }
    }
    return findings;
  },
};

/**
 * "We" as the one who did `deed`, said in `owner`'s subject (the same clause, or a clause of state before it: "We were
 * short two engineers and missed the date"): the fix says it with "I", agrees the verb and drops "together".
 */
function weFinding(story: Story, owner: Clause, deed: Clause): Finding {
  const subject = spanOf(owner.subject);
  const what = predicate(story.text, deed);
  const edits: Edit[] = [{ span: subject, newText: 'I' }];
  const aux = owner.verbGroup[0];
  if (aux && AGREE[aux.lower]) edits.push({ span: aux, newText: matchCase(aux.text, AGREE[aux.lower]) });
  // "together" that says the group did it goes; the particle of "got together" or "put together a plan" stays
  const tokens = owner === deed ? owner.tokens : [...owner.tokens, ...deed.tokens];
  tokens.forEach((t, i) => {
    if (t.lower !== 'together' || t.start <= subject.end || TOGETHER_VERBS.has(verbLemma(tokens[i - 1]?.lower ?? '') ?? '')) return;
    edits.push({ span: { start: story.text[t.start - 1] === ' ' ? t.start - 1 : t.start, end: t.end }, newText: '' });
  });
  return {
    span: subject,
    message: `“${story.text.slice(subject.start, subject.end)}” hides what you did${what ? `: who ${what}?` : '.'} Say what you did, with “I”.`,
    fixes: [claiming({ ...replace(`Say it with “I”`, subject, 'I'), edits })],
  };
}

function matchCase(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
