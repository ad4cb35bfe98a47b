// The story a new story starts from, as a snippet: the editor's New Story from Template inserts it (Tab moves through
// the placeholders), and `star-coach init` writes it with each placeholder's own text. The client bundles this file, so
// it needs nothing from the core but the snippet escaping.
import { literal } from './fixes';

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
 * The whole story as a snippet. Every default is a visibly unfilled ‹placeholder›: a story left as the template made it
 * asserts nothing, and unfilled-placeholder reports each part still to write.
 */
export function storyTemplate({ question, level, competencies }: StoryAnswers): string {
  const senior = !['sde1', 'sde2'].includes(level);
  const reflection = senior
    ? 'The deeper cause was ${9:‹the gap between teams: ownership, a shared SLO, a process›}, so next time I would ${10:‹the change you would push for›}.'
    : 'I learned ${9:‹the specific check or technique you now use›}.';
  return [
    '---', `question: ${literal(JSON.stringify(question || TEMPLATE_QUESTION))}`, `competencies: [${competencies.map((c) => literal(JSON.stringify(c))).join(', ')}]`, `level: ${level}`, '---', '',
    '# ${1:‹A short title›}', '', '## Situation', '', '${2:‹Where you were, what was going wrong, and what it cost›}.', '',
    '## Task', '', '${3:‹What was yours to do, and why it was yours›}. I set out to ${4:‹what you set out to do›}.', '',
    '## Action', '', '- I ${5:‹the first thing you did›}.', '- I ${6:‹the next thing you did›}.', '', '## Result', '',
    '${7:‹What moved›} went from ${8:‹before›} to ${11:‹after›}, ${12:‹what that was worth: money, hours, customers›}. ${13:‹Who else adopted it, or what changed for good›}.', '',
    '## Reflection', '', reflection, '', '## Follow-ups', '', '### How did you get the other team to ship your fix?', '', '$0', '',
  ].join('\n');
}
