// passive-voice: an action whose actor is hidden ("the bug was fixed") where the interviewer needs to hear who did it.
import { literal, replace } from '../fixes';
import { pastTense } from '../language/lexicon';
import type { Finding, Rule } from '../types';
import { isQuoted, sentencesIn, spanOf } from './helpers';

/** Participles that describe a state or what others did with the author's work, not a hidden action. */
const NOT_HIDDEN = /^(involved|interested|excited|worried|concerned|surprised|based|located|supposed|used|tired|scared|pleased|satisfied|frustrated|confused|motivated|committed|dedicated|experienced|qualified|required|expected|needed|broken|gone|done|finished|stuck|blocked|deprecated|outdated|unowned|unassigned|unmonitored|known|called|named|adopted|approved|accepted|reused|recognized|promoted|praised|cited|featured|copied|invited|rated|ranked|awarded|credited|thanked|asked|told|assigned|given|tasked|paged|affected|impacted|delayed|listed|scheduled|allowed|limited|capped|owned|mentioned|recognised|hired|onboarded|staffed|spent|lost|wasted|consumed|caused|driven|explained|accounted|thrilled|delighted|impressed|relieved|amazed|disappointed|annoyed|convinced|overwhelmed|stressed|exhausted|embarrassed|shocked|alarmed|puzzled|stumped|unblocked|aligned|prepared|equipped|positioned|determined|inspired|energized|engaged|excited|surprised)$/;

export const rule: Rule = {
  id: 'passive-voice',
  severity: 'info',
  sections: 'Action, Result',
  summary: 'An action whose actor is hidden ("the bug was fixed", "a patch got deployed"): say who did it.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['action', 'result'])) {
      for (const clause of sentence.clauses) {
        if (!clause.passive || !clause.verb || clause.negated || clause.actor === 'i' || clause.actor === 'we') continue;
        if (clause.implicit && clause.subject.length === 0) continue;
        const participle = clause.verb.lower;
        if (NOT_HIDDEN.test(participle)) continue;
        if (clause.rest.slice(0, 4).some((t) => t.lower === 'by')) continue; // the actor is named
        const first = clause.verbGroup.find((t) => !/^(never|not|n't)$/.test(t.lower)) ?? clause.verb;
        const span = { start: first.start, end: clause.verb.end };
        if (isQuoted(sentence, span)) continue;
        const subject = clause.subject.length ? spanOf(clause.subject) : undefined;
        const fixes = [];
        if (subject) {
          let object = story.text.slice(subject.start, subject.end);
          if (/^(The|A|An|This|That|These|Those|Our|My|Their|Its|Every|Each)\b/.test(object)) object = object.charAt(0).toLowerCase() + object.slice(1);
          const rewritten = `I ${pastTense(participle)} ${literal(object)}`;
          fixes.push(replace('Say who did it', { start: subject.start, end: clause.verb.end }, rewritten));
        }
        findings.push({
          span,
          message: `“${story.text.slice(span.start, span.end)}” hides who did it. If it was you, say “I ${pastTense(participle)}”.`,
          fixes,
        });
      }
    }
    return findings;
  },
};
