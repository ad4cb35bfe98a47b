// The story a new story starts from, as a snippet: the editor's New Story from Template inserts it (Tab moves through
// the placeholders), and `star-coach init` writes it with each placeholder's own text. Its skeleton follows the aim the
// question and the competencies give (aim.ts), so a disagree-and-commit story starts with the disagreement and the
// commitment, not an ownership boundary. The same skeletons give every section's text wherever one is inserted alone
// (the missing-section and empty-section fixes, the section snippets: skeletons.ts), so each aim's text is written
// once, here. The client bundles this file, so it imports only aim.ts and fixes.ts, which import nothing at run time.
import { aimOf, type AimKind, type StoryAim } from './aim';
import { literal } from './fixes';
import type { StarKind } from './story';

export interface StoryAnswers {
  /** The interview question the story answers. */
  question: string;
  level: string;
  competencies: readonly string[];
}

/** The question offered as an example, and used when none is given. */
export const TEMPLATE_QUESTION = 'Tell me about a time you took ownership of a problem outside your team';

/** The story's file name, from its question: a few words of it, `story.star.md` when there are none. */
export function storyFileName(question: string): string {
  const slug = question.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 8).join('-');
  return `${slug || 'story'}.star.md`;
}

/**
 * A skeleton's sections, as text in which every ‹…› is a placeholder (a tab stop in the snippet). Nothing outside the
 * ‹…› states a fact: the words around them only give the sentence its shape.
 */
export interface Skeleton {
  situation: string;
  task: string;
  action: string[];
  result: string;
  /** The follow-up the interviewer is most likely to ask of this aim (one of its probes in notes.ts). */
  probe: string;
}

const SITUATION = '‹Where you were, what was going wrong, and what it cost›.';
const RESULT = '‹What moved› went from ‹before› to ‹after›, ‹what that was worth: money, hours, customers›. ‹Who else adopted it, or what changed for good›.';

/** The Task sentence a story whose aim needs a scope boundary starts with, when its own skeleton has none. */
const BOUNDARY = '‹Whose work this was, and whether anyone had asked you to take it on›.';

export const SKELETONS: Record<AimKind | 'general', Skeleton> = {
  ownership: {
    situation: SITUATION,
    task: '‹Why this was not yours: whose system it was, that no ticket existed, that nobody asked you›. I set out to ‹what you set out to do›.',
    action: ['I ‹the first thing you did, and what you found›.', 'I ‹the fix you built›.', 'I ‹how you got it shipped, and how you checked it worked›.'],
    result: RESULT,
    probe: 'How did you get the other team to accept and ship your fix?',
  },
  'bias-for-action': {
    situation: SITUATION,
    task: '‹What waiting would have cost, per hour or per day›. I decided to ‹what you decided to do›.',
    action: ['I ‹the first step you took, and why it could be undone›.', 'I ‹how you checked it worked›.'],
    result: RESULT,
    probe: 'What did you not know when you acted, and why act anyway?',
  },
  failure: {
    situation: SITUATION,
    task: 'I had committed to ‹what you had promised, and by when›, and ‹what went wrong, and your part in it›.',
    action: ['I told ‹who was affected›, ‹how soon›.', 'I ‹how you recovered›.', 'I ‹what you changed so it cannot happen again›.'],
    result: '‹What you recovered› went from ‹before› to ‹after›. ‹What has not happened again since›.',
    probe: 'What was your part in it?',
  },
  disagree: {
    situation: '‹The decision that was being made, who made it, and what was at stake›.',
    task: 'My part was ‹what you were responsible for›. I thought the plan would ‹what you thought would go wrong›.',
    action: ['I told ‹who decided› that I disagreed, and showed them ‹the data you brought›.', 'I heard ‹their reasons›, and ‹what was decided›.', 'Once the decision was made, I committed: I ‹what you did to make it work›.'],
    result: '‹What the decision led to› went from ‹before› to ‹after›. ‹What you watched for, and what you did about it›.',
    probe: 'What did you do once the decision went against you?',
  },
  conflict: {
    situation: '‹Who you worked with, by role, and where the work went wrong between you›.',
    task: 'I needed ‹what you needed›; ‹who, by role› needed ‹what they needed›.',
    action: ['I asked ‹who› about ‹their side: their goal and their pressure›.', 'I proposed ‹the way forward›, and ‹who› agreed to ‹what you both agreed›.', 'I ‹how you followed through›.'],
    result: '‹What got done› went from ‹before› to ‹after›. ‹How you work together now›.',
    probe: 'What was their side of it?',
  },
  people: {
    situation: '‹Who the person was, by role, where they were starting from, and what was at stake›.',
    task: 'Their goal was ‹what they wanted to get to›. I set out to ‹how you meant to help›.',
    action: ['I ‹what you asked them, and what you saw in their work›.', 'I gave them ‹the feedback, with an example›.', 'I let them ‹what they did themselves›, and I ‹how you backed them›.'],
    result: 'Within ‹how long›, they went from ‹where they started› to ‹where they got to›. ‹What they do now without you›.',
    probe: 'How did you measure their growth?',
  },
  customer: {
    situation: '‹Who the customer was, and what went wrong for them, in their words›.',
    task: 'They needed ‹what the customer needed›. I set out to ‹what you set out to do for them›.',
    action: ['I ‹how you heard it from the customer: calls, tickets, data›.', 'I ‹what you changed for them›.', 'I ‹how you checked it was better for them›.'],
    result: 'For the customer, ‹what moved› went from ‹before› to ‹after›, ‹what that was worth to the business›.',
    probe: 'How did you know what the customer actually needed?',
  },
  'dive-deep': {
    situation: SITUATION,
    task: 'I set out to find ‹the question you had to answer›.',
    action: ['I ‹the evidence you pulled: logs, data, traces›.', 'I ruled out ‹what you ruled out, and how›.', 'I ‹how you confirmed the root cause›.', 'I ‹the fix, and how you checked it›.'],
    result: RESULT,
    probe: 'How did you know it was the root cause and not a symptom?',
  },
  results: {
    situation: SITUATION,
    task: 'The goal was ‹the goal›, by ‹the deadline›. ‹What stood in the way›.',
    action: ['I ‹what you prioritized, and what you cut›.', 'I ‹how you cleared what blocked you›.'],
    result: '‹What moved› went from ‹before› to ‹after›, ‹on time, or how far off›. ‹What that was worth›.',
    probe: 'What did you give up to hit the date?',
  },
  simplify: {
    situation: SITUATION,
    task: '‹What was too complex, and for whom›. I set out to ‹what you set out to make simpler›.',
    action: ['I ‹what you took away or replaced›.', 'I ‹how you checked nothing broke›.'],
    result: '‹What moved› went from ‹before› to ‹after›. ‹Who else uses it now›.',
    probe: 'What did you take away?',
  },
  influence: {
    situation: SITUATION,
    task: 'I needed ‹who, by role› to agree to ‹what›, and ‹why they had reason not to›.',
    action: ['I showed them ‹the evidence you brought›.', 'I ‹how you met their concern›.'],
    result: '‹Who› agreed to ‹what›, and ‹what moved› went from ‹before› to ‹after›.',
    probe: 'Who was hardest to convince, and how did you do it?',
  },
  trust: {
    situation: SITUATION,
    task: '‹Whose trust was at stake, and why›.',
    action: ['I told ‹who› plainly that ‹the hard thing you said›.', 'I ‹what you did that they could check›.'],
    result: '‹What they rely on you for now›. ‹What moved› went from ‹before› to ‹after›.',
    probe: 'What was the hardest thing you had to tell them?',
  },
  standards: {
    situation: SITUATION,
    task: '‹The bar that mattered, and what lowering it would have cost›.',
    action: ['I ‹what you would not ship, and what you did instead›.', 'I added ‹the check that holds the bar without you›.'],
    result: RESULT,
    probe: 'How does the bar hold now that you are not watching?',
  },
  frugality: {
    situation: SITUATION,
    task: 'I had ‹the budget, people or time you had› to ‹what you had to get done›.',
    action: ['I ‹what you reused or did without›.', 'I ‹how you kept the quality›.'],
    result: '‹What moved› went from ‹before› to ‹after›, saving ‹the money or hours saved›.',
    probe: 'How much did it save, and how do you know?',
  },
  learning: {
    situation: SITUATION,
    task: 'I had never ‹what you did not know›, and needed it to ‹what you needed it for›.',
    action: ['I learned it by ‹what you read, built or asked›.', 'I used it to ‹how you used it on the real problem›.'],
    result: '‹What moved› went from ‹before› to ‹after›. ‹What you can do now that you could not before›.',
    probe: 'How did you go about learning it?',
  },
  'think-big': {
    situation: SITUATION,
    task: 'Rather than ‹the one-off fix›, I set out to ‹the bigger goal›.',
    action: ['I ‹the plan you wrote, and who you brought in›.', 'I started with ‹the first step, and what it proved›.'],
    result: '‹What moved› went from ‹before› to ‹after› across ‹how far it reached›.',
    probe: 'How did you get from the idea to the first step?',
  },
  judgment: {
    situation: SITUATION,
    task: 'I had to choose between ‹the options› without knowing ‹what was uncertain›.',
    action: ['I ‹the evidence you sought, including against your view›.', 'I chose ‹the option you chose, and why›.'],
    result: '‹What moved› went from ‹before› to ‹after›. ‹How you know the call was right, or what you changed›.',
    probe: 'What would have changed your mind?',
  },
  general: {
    situation: SITUATION,
    task: '‹What you set out to do, and what part of it was yours›.',
    action: ['I ‹the first thing you did›.', 'I ‹the next thing you did›.'],
    result: RESULT,
    probe: 'What was your part, as opposed to the team\'s?',
  },
};

/**
 * The skeleton for a story's aim: its first competency the coach knows, else what the question asks about; a story
 * that says nothing of its aim is an Ownership story, as missing-scope-boundary reads it. Where the aim needs a scope
 * boundary and the skeleton has none, the Task starts with a placeholder for it.
 */
export function skeletonOf(aim: StoryAim): Skeleton {
  const kind = aim.kinds[0] ?? (aim.needsScopeBoundary ? 'ownership' : 'general');
  const skeleton = SKELETONS[kind];
  return aim.needsScopeBoundary && kind !== 'ownership' ? { ...skeleton, task: `${BOUNDARY} ${skeleton.task}` } : skeleton;
}

/** The skeleton for a question and its competencies (see `skeletonOf`). */
export function skeletonFor(question: string, competencies: readonly string[]): Skeleton {
  return skeletonOf(aimOf(question, competencies));
}

/** The Reflection a story starts from, whatever its aim: technical at sde1 and sde2, systemic at senior and above. */
export function reflectionSkeleton(level: string): string {
  return ['sde1', 'sde2'].includes(level)
    ? 'I learned ‹the specific check or technique you now use›.'
    : 'The deeper cause was ‹the cause behind the cause: a process, an incentive, a gap between teams›, so next time I would ‹the change you would push for›.';
}

/** A section's text in a skeleton, as it stands under its heading (Action as bullets), lines joined by `\n`. */
export function skeletonSection(skeleton: Skeleton, kind: StarKind, level: string): string {
  if (kind === 'action') return skeleton.action.map((step) => `- ${step}`).join('\n');
  return kind === 'reflection' ? reflectionSkeleton(level) : skeleton[kind];
}

/**
 * Skeleton text as a snippet: each ‹…› becomes the next tab stop after `after`, keeping its text as the default; the
 * text around it is escaped, so a `$` in it stays a `$`.
 */
export function placeholderSnippet(text: string, after = 0): string {
  let stop = after;
  return text.split(/(‹[^›]*›)/).map((part) => (part.startsWith('‹') ? `\${${++stop}:${literal(part)}}` : literal(part))).join('');
}

/**
 * The whole story as a snippet. Every default is a visibly unfilled ‹placeholder›: a story left as the template made it
 * asserts nothing, and unfilled-placeholder reports each part still to write.
 */
export function storyTemplate({ question, level, competencies }: StoryAnswers): string {
  const asked = question || TEMPLATE_QUESTION;
  const skeleton = skeletonFor(asked, competencies);
  let stop = 0;
  // Each ‹…› becomes the next tab stop, numbered through the whole story.
  const snippet = (text: string) => {
    const out = placeholderSnippet(text, stop);
    stop += (text.match(/‹[^›]*›/g) ?? []).length;
    return out;
  };
  const section = (kind: StarKind) => snippet(skeletonSection(skeleton, kind, level));
  return [
    '---', `question: ${literal(JSON.stringify(asked))}`, `competencies: [${competencies.map((c) => literal(JSON.stringify(c))).join(', ')}]`, `level: ${level}`, '---', '',
    `# ${snippet('‹A short title›')}`, '', '## Situation', '', section('situation'), '',
    '## Task', '', section('task'), '',
    '## Action', '', section('action'), '', '## Result', '',
    section('result'), '',
    '## Reflection', '', section('reflection'), '', '## Follow-ups', '', `### ${literal(skeleton.probe)}`, '', '$0', '',
  ].join('\n');
}
