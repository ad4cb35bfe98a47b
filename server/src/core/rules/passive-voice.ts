// passive-voice: an action whose actor is hidden ("the bug was fixed") where the interviewer needs to hear who did it.
import { wordSet } from '../language/classes';
import { claiming, literal, replace } from '../fixes';
import { pastTense } from '../language/lexicon';
import type { Finding, Rule } from '../types';
import type { Token } from '../language/tokens';
import { isQuoted, sentencesIn, spanOf } from './helpers';

/** Participles that describe a state or what others did with the author's work, not a hidden action. */
const NOT_HIDDEN = wordSet('stateParticiples');
const PREPOSITIONS = wordSet('prepositions');
const PARTICLES = wordSet('particles');

/** Participles that describe how something is, in the present: "checks the screen is attached". */
const STATES = wordSet('presentStates');
const OBJECT_CASE: Record<string, string> = Object.assign(Object.create(null), { it: 'it', they: 'them', he: 'him', she: 'her', we: 'us', this: 'this', that: 'that', these: 'these', those: 'those' });
const FOUND = wordSet('findingVerbs');
const NOT_AN_ACTOR = wordSet('notActors');
/** "what was left", "nothing was left": what remained, not something left by somebody. */
const REMAINDER = wordSet('remainderWords');

/** "by their lead", "by Priya", "by the platform team" name an actor; "by Friday", "region by region", "by 40%" do not. */
function namesActor(rest: readonly Token[]): boolean {
  // "are now folded into the next launch by the scheduler": the actor may follow a short phrase of place or time
  const upTo = rest.findIndex((t) => t.kind === 'punct' || t.lower === 'and' || t.lower === 'but');
  const i = rest.slice(0, Math.min(8, upTo < 0 ? rest.length : upTo)).findIndex((t) => t.lower === 'by');
  if (i < 0) return false;
  const next = rest[i + 1];
  if (!next || next.kind !== 'word' || NOT_AN_ACTOR.has(next.lower)) return false;
  const after = rest[i + 2];
  if (/^(the|a|an)$/.test(next.lower) && after && /^(end|start|beginning|middle|time|close|deadline|launch|weekend|morning|evening|afternoon|next|following|same)$/.test(after.lower)) return false; // "by the end of the year"
  return /^(the|their|my|our|his|her|its|that|this|each|every|a|an|them|him|me|us|two|three|several|other|another)$/.test(next.lower) || /^\p{Lu}/u.test(next.text);
}

export const rule: Rule = {
  id: 'passive-voice',
  severity: 'info',
  sections: 'Action, Result',
  summary: 'An action whose actor is hidden ("the bug was fixed", "a patch got deployed"): say who did it.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['action', 'result'])) {
      sentence.clauses.forEach((clause, i) => {
        if (!clause.passive || !clause.verb || clause.negated || clause.actor === 'i' || clause.actor === 'we') return;
        if (clause.implicit && clause.subject.length === 0) return;
        // "to ensure their issues were resolved", "I told her it was fixed": an aim or words reported, not narration
        if (clause.kind === 'purpose' || clause.kind === 'reported') return;
        // "I found that 80% had been routed to the wrong queue": a fact the author uncovered, not an action hidden
        const previous = sentence.clauses[i - 1];
        if (previous?.lemma && FOUND.has(previous.lemma)) return;
        const participle = clause.verb.lower;
        if (NOT_HIDDEN.has(participle)) return;
        if (participle === 'left' && clause.subject.length > 0 && REMAINDER.has(clause.subject[clause.subject.length - 1].lower)) return;
        if (namesActor(clause.rest)) return; // "was merged by their lead": the actor is named
        if (clause.verbGroup.some((t) => t.lower === 'still' || t.lower === 'already') || /^(?:is|are|'s|'re)$/.test(clause.verbGroup[0]?.lower ?? '') && STATES.has(participle)) return;
        const first = clause.verbGroup.find((t) => !/^(never|not|n't)$/.test(t.lower)) ?? clause.verb;
        // "was being looked at", "was dealt with.": a preposition left at the clause's end belongs to its verb; "was
        // rolled out" keeps its particle too. The finding quotes them, and "I" takes them with "it".
        const tail = clause.rest[0]?.kind === 'word' ? clause.rest[0] : undefined;
        const afterTail = clause.rest[1];
        const stranded = !!tail && PREPOSITIONS.has(tail.lower) && (!afterTail || afterTail.kind === 'punct');
        const particle = !!tail && !stranded && PARTICLES.has(tail.lower);
        const span = { start: first.start, end: stranded || particle ? tail!.end : clause.verb.end };
        if (isQuoted(sentence, span)) return;
        const subject = clause.subject.length ? spanOf(clause.subject) : undefined;
        const fixes = [];
        const opensClause = subject !== undefined && clause.tokens.find((t) => t.kind === 'word')?.start === subject.start;
        if (subject && opensClause) {
          // Everything before the verb group is what was done: "a loader change to stream textures on low-memory phones".
          let object = story.text.slice(subject.start, clause.verbGroup[0].start).trimEnd();
          object = OBJECT_CASE[object.toLowerCase()] ?? object;
          if (/^(The|A|An|This|That|These|Those|Our|My|Their|Its|Every|Each)\b/.test(object)) object = object.charAt(0).toLowerCase() + object.slice(1);
          // The verb group's adverbs stay with the verb: "was later extended" is "I later extended".
          const adverbs = clause.tokens.filter((t) => t.start > clause.verbGroup[0].start && t.end < clause.verb!.start && t.kind === 'word'
            && /ly$|^(?:later|then|also|soon|first|finally|again)$/.test(t.lower));
          const rewritten = `I ${adverbs.map((t) => `${literal(t.text)} `).join('')}${pastTense(participle)} ${stranded ? `${tail!.lower} ` : ''}${literal(object)}`;
          fixes.push(claiming(replace('Say who did it', { start: subject.start, end: stranded ? tail!.end : clause.verb.end }, rewritten)));
        }
        findings.push({
          span,
          message: `“${story.text.slice(span.start, span.end)}” hides who did it. If it was you, say “I ${pastTense(participle)}${stranded ? ` ${tail!.lower} it` : particle ? ` it ${tail!.lower}` : ''}”.`,
          fixes,
        });
      });
    }
    return findings;
  },
};
