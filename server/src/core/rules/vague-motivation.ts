// vague-motivation: curiosity or a vague "someone should" as the reason to act, instead of the impact.
import { replace } from '../fixes';
import type { Finding, Rule } from '../types';
import { clauseAt, isQuoted, matches, sentencesIn } from './helpers';

const PATTERNS = [
  /\b(?:thought|felt|figured|decided) (?:that )?(?:someone|somebody|some one|somebody else|someone else|one of us|a person) (?:should|ought to|needed to|had to|would have to|must)(?: \w+){0,3}/g,
  /\b(?:thought|figured|felt|guessed) (?:that )?(?:it|this|that|the \w+) (?:might|would|could|may) be (?:an? )?(?:\w+ )?(?:interesting|fun|cool|neat|nice|fun to|good practice|good learning|learning opportunity|a good way to learn|a chance to learn)\b(?: to [\w-]+(?: (?:in|into|on|up|out|around|with)\b(?: (?:the|their|our|my|its))?(?: [\w-]+)?)?)?/g,
  /\b(?:i was|i got|i am|i'm|i felt) (?:just |really |a bit |pretty |genuinely )?(?:curious|bored|intrigued|nerd-sniped)\b/g,
  /\bout of (?:pure |sheer |idle )?(?:curiosity|boredom|interest)\b/g,
  /\bfor (?:fun|the fun of it|kicks)\b/g,
  /\b(?:wanted|wanting|looking for|was after) an? (?:excuse|reason|chance|opportunity) to (?:play|try|learn|use|experiment|tinker) (?:with |out )?(?:[\w.-]+)(?: [\w.-]+)?/g,
  /\b(?:seemed|looked|sounded|felt) like (?:an? )?(?:really |pretty |genuinely )?(?:fun|interesting|cool|neat|fascinating|exciting) (?:thing|problem|project|challenge|puzzle|idea|side project)(?: to (?:learn|try|build|explore|dig into|solve|play with))?/g,
  /(?<=\b(?:it|this|that|the (?:problem|bug|issue|project|migration|task))(?: also| just| really| honestly| kind of| sort of| \w+ly)? )(?:seemed|looked|sounded|felt) (?:like )?(?:an? )?(?:\w+ )?(?:interesting|fun|cool|neat|intriguing|fascinating|exciting|novel|rabbit hole|puzzle|side project|learning opportunity)(?: \w+){0,3}/g,
  /\b(?:wanted|wanting) to see (?:what (?:would happen|happens|it would do|i could do)|if i could|how far)(?: \w+){0,2}|\bjust to see (?:what|if|how)(?: \w+){0,3}/g,
  /\b(?:(?:mostly|partly|pure|sheer|simple|honest|plain|idle) curiosity|^curiosity)\b/g,
  /\bhad nothing (?:better|else) to do\b/g,
  /\bwanted to (?:try out|play with|experiment with|get my hands on|learn more about)(?: \w+){0,3}/g,
  /\b(?:it|this) (?:bugged|annoyed|bothered) me\b/g,
];

/** "Not because it looked interesting": the author is ruling the weak reason out. */
function negatedBefore(lower: string, from: number, at: number): boolean {
  return /\b(?:not|never|n't|wasn't|nothing to do with|rather than|instead of)\b(?:\s+\w+){0,3}\s*$/.test(lower.slice(Math.max(from, at - 40), at));
}

export const rule: Rule = {
  id: 'vague-motivation',
  severity: 'warning',
  sections: 'Situation, Task, Follow-ups',
  summary: 'Curiosity or "someone should fix it" as the reason you acted, instead of the impact that made you act.',
  check({ story }) {
    const findings: Finding[] = [];
    for (const sentence of sentencesIn(story, ['situation', 'task', 'followups'])) {
      for (const pattern of PATTERNS) {
        for (const { span } of matches(story, sentence, pattern)) {
          if (isQuoted(sentence, span) || negatedBefore(story.spokenLower, sentence.start, span.start)) continue;
          if (findings.some((f) => f.span.start < span.end && span.start < f.span.end)) continue; // one reason, one finding
          findings.push({
            span,
            message: `“${story.text.slice(span.start, span.end)}” gives a weak reason to act. Name the impact that made you step in: who it hurt, and how much.`,
            fixes: [replace('Give the impact as your reason', span, clauseAt(sentence, span.start)?.actor === 'i' && /^[a-z]+ed\b|^(?:thought|felt|was|got)\b/.test(story.spokenLower.slice(span.start, span.end))
              ? 'saw ${1:‹the cost that made you act: who it hurt, and how much›}'
              : '${1:‹the cost that made you act: who it hurt, and how much›}')],
          });
        }
      }
    }
    return findings;
  },
};
