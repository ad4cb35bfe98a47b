// vague-motivation: curiosity or a vague "someone should" as the reason to act, instead of the impact.
import { replace } from '../fixes';
import type { Story, StorySentence } from '../story';
import type { Span } from '../text';
import { clauseAt } from './helpers';
import { phraseRule, type PhraseEntry } from './phrase-rule';

/** The weak reasons, each with sentences it must flag and sentences it must leave alone (test/phrases.test.ts). */
export const ENTRIES: PhraseEntry[] = [
  {
    pattern: String.raw`\b(?:thought|felt|figured|decided) (?:that )?(?:someone|somebody|some one|somebody else|someone else|one of us|a person) (?:should|ought to|needed to|had to|would have to|must)(?: \w+){0,3}`,
    flags: ['I thought someone should fix it, so I looked at the logs.', 'I figured somebody had to own the cleanup.'],
    allows: ['I thought the fix should land before Friday.', 'Someone should have caught it in review, so I added a check.'],
  },
  {
    pattern: String.raw`\b(?:thought|figured|felt|guessed) (?:that )?(?:it|this|that|the \w+) (?:might|would|could|may) be (?:an? )?(?:\w+ )?(?:interesting|fun|cool|neat|nice|fun to|good practice|good learning|learning opportunity|a good way to learn|a chance to learn)\b(?: to [\w-]+(?: (?:in|into|on|up|out|around|with)\b(?: (?:the|their|our|my|its))?(?: [\w-]+)?)?)?`,
    flags: ['I thought it might be interesting to dig in.', 'I figured the job would be a good learning opportunity.'],
    allows: ['I thought it might be the cache, so I profiled it.', 'I figured the job would fail again on Monday.'],
  },
  {
    pattern: String.raw`\b(?:i was|i got|i am|i'm|i felt) (?:just |really |a bit |pretty |genuinely )?(?:curious|bored|intrigued|nerd-sniped)\b`,
    flags: ['I was curious, so I opened the code.', 'Honestly I got bored and picked it up.'],
    allows: ['The customer was curious about the new limits.', 'I was sure the retry was the cause.'],
  },
  {
    // an itch as the reason: "it had been nagging at me", "it kept bugging me"
    pattern: String.raw`\b(?:(?:had been |was |kept |had kept )?(?:nagging|bugging|niggling|bothering) (?:at )?me|(?:had been |was |kept )?eating at me|(?:was |had )?(?:starting|started|beginning|begun|began) to (?:nag|bug|niggle|bother|eat) (?:at )?me)\b`,
    flags: ['It had been nagging at me for months, so I picked it up.', 'The mess kept bugging me.', 'The noise from the print room was starting to bug me.'],
    allows: ['The alarm kept waking the night nurse, which cost the ward an hour a night.'],
  },
  {
    pattern: String.raw`\bout of (?:pure |sheer |idle )?(?:curiosity|boredom|interest)\b`,
    flags: ['Out of curiosity I opened the scheduler code.', 'I picked it up out of boredom.'],
    allows: ['Out of the 40 alerts, 12 were for this queue.', 'I took the rotation out of turn so Maria could rest.'],
  },
  {
    pattern: String.raw`\bfor (?:fun|the fun of it|kicks)\b(?=\s*(?:[,.;:!?)]|$|and\b|so\b|but\b|because\b|too\b|mostly\b))`,
    flags: ['I rewrote the parser for fun.', 'I did it for the fun of it.'],
    allows: ['The fundraising page lost donors for fun runs.', 'I paid for fuel out of the team budget.'],
  },
  {
    pattern: String.raw`\b(?:wanted|wanting|looking for|was after) an? (?:excuse|reason|chance|opportunity) to (?:play|try|learn|use|experiment|tinker) (?:with |out )?(?:[\w-]+(?:\.[\w-]+)*)(?: [\w-]+(?:\.[\w-]+)*)?`,
    flags: ['I had been wanting an excuse to play with GraphQL.', 'I was looking for a chance to try out Rust.'],
    allows: ['I wanted a chance to explain the trade-off to the director.', 'I looked for a reason the queue stalled.'],
  },
  {
    pattern: String.raw`\b(?:seemed|looked|sounded|felt) like (?:an? )?(?:really |pretty |genuinely )?(?:fun|interesting|cool|neat|fascinating|exciting) (?:thing|problem|project|challenge|puzzle|idea|side project)(?: to (?:learn|try|build|explore|dig into|solve|play with))?`,
    flags: ['Browser extensions seemed like a fun thing to learn.', 'It sounded like an interesting problem to solve.'],
    allows: ['It seemed like a memory leak, so I took a heap dump.', 'The dashboard looked like it had stalled.'],
  },
  {
    pattern: String.raw`(?<=\b(?:it|this|that|the (?:problem|bug|issue|project|migration|task))(?: also| just| really| honestly| kind of| sort of| \w+ly)? )(?:seemed|looked|sounded|felt) (?:like )?(?:an? )?(?:\w+ )?(?:interesting|fun|cool|neat|intriguing|fascinating|exciting|novel|rabbit hole|puzzle|side project|learning opportunity)(?: \w+){0,3}`,
    flags: ['The bug looked interesting, so I took it.', 'It also sounded like a fun puzzle.'],
    allows: ['The bug looked serious: 3% of payments failed.', 'It sounded like the printer was out of paper.'],
  },
  {
    pattern: String.raw`\b(?:wanted|wanting) to see (?:what (?:would happen|happens|it would do|i could do)|if i could|how far)(?: \w+){0,2}|\bjust to see (?:what|if|how)(?: \w+){0,3}`,
    flags: ['I wanted to see what would happen if I removed the lock.', 'I tried it just to see if it worked.'],
    allows: ['I wanted to see the error rate fall below 0.1%.', 'I ran the replay to see which jobs failed.'],
  },
  {
    pattern: String.raw`\b(?:(?:mostly|partly|pure|sheer|simple|honest|plain|idle) curiosity|^curiosity)\b`,
    flags: ['Mostly curiosity drove me.', 'Curiosity, mainly.'],
    allows: ['The customer\'s curiosity about pricing led to 40 calls.', 'I reviewed the curiosity-driven backlog with the PM.'],
  },
  {
    pattern: String.raw`\bhad nothing (?:better|else) to do\b|\bi (?:fancied|wanted|needed|was after|was looking for) (?:a (?:bit of )?(?:change|break|something new)|something (?:new|different)) (?:from|after|of pace)(?: [\w'’-]+){0,3}`,
    flags: ['I had nothing better to do that week.', 'Honestly, I had nothing else to do.', 'Truthfully, I fancied a change from my own roadmap, so I picked it up.'],
    allows: ['I had nothing to do with the original design.', 'The job had nothing else to report.', 'The customer wanted a change from the old layout, so I redesigned it.'],
  },
  {
    pattern: String.raw`\bwanted to (?:try out|play with|experiment with|get my hands on|learn more about)(?: \w+){0,3}`,
    flags: ['I wanted to try out the new profiler.', 'I wanted to play with the message bus.'],
    allows: ['I wanted to try the fix on one store first.', 'I wanted to learn why the job stalled every Monday.'],
  },
  {
    pattern: String.raw`\b(?:it|this) (?:bugged|annoyed|bothered) me\b`,
    flags: ['It bugged me, so I fixed it.', 'This annoyed me for weeks.'],
    allows: ['It bugged out on older phones.', 'This annoyed customers: 300 complaints a week.'],
  },
];

const COST = '‹the cost that made you act: who it hurt, and how much›';
/**
 * The placeholder that takes the weak reason's place, fitted to where it stands: "I thought it might be interesting"
 * → "I saw ‹…›"; "The bug looked interesting" → "The bug mattered because ‹…›"; "for fun" → "because ‹…›"; at the
 * start of the sentence, "Because ‹…›,".
 */
function reasonFor(story: Story, sentence: StorySentence, span: Span): string {
  const said = story.spokenLower.slice(span.start, span.end);
  if (span.start <= sentence.start) {
    if (/^i /.test(said)) return `I acted because \${1:${COST}}`; // "I was curious, so I opened the code"
    return `Because \${1:${COST}}${/^\s*,/.test(story.text.slice(span.end)) ? '' : ','}`;
  }
  if (/^\w+ing\b/.test(said)) return `doing it because \${1:${COST}}`; // "I had been wanting an excuse to …"
  if (/^(?:wanted|was after|looking for|had nothing)\b/.test(said)) return `acted because \${1:${COST}}`;
  const clause = clauseAt(sentence, span.start);
  const opensWithVerb = clause?.verb !== undefined && clause.verb.start === span.start;
  if (opensWithVerb && clause!.actor === 'i' && /^(?:thought|felt|figured|guessed|decided|was|got)\b/.test(story.spokenLower.slice(span.start, span.end))) return `saw \${1:${COST}}`;
  if (opensWithVerb || /^(?:seemed|looked|sounded|felt)\b/.test(story.spokenLower.slice(span.start, span.end))) return `mattered because \${1:${COST}}`;
  return `because \${1:${COST}}`;
}

/** "Not because it looked interesting": the author is ruling the weak reason out. */
function negatedBefore(lower: string, from: number, at: number): boolean {
  return /\b(?:not|never|n't|wasn't|nothing to do with|rather than|instead of)\b(?:\s+\w+){0,3}\s*$/.test(lower.slice(Math.max(from, at - 40), at));
}

export const rule = phraseRule({
  id: 'vague-motivation',
  severity: 'warning',
  sections: 'Situation, Task, Follow-ups',
  summary: 'Curiosity or "someone should fix it" as the reason you acted, instead of the impact that made you act.',
  kinds: ['situation', 'task', 'followups'],
  entries: ENTRIES,
  skipMatch: (story, sentence, span) => negatedBefore(story.spokenLower, sentence.start, span.start),
  message: (said) => `“${said}” gives a weak reason to act. Name the impact that made you step in: who it hurt, and how much.`,
  fix: (story, sentence, span) => replace('Give the impact as your reason', span, reasonFor(story, sentence, span)),
});
