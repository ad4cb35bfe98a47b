// The STAR snippets, offered as completions in stories only. They are made from the core's skeletons (template.ts,
// through skeletons.ts), so a section snippet is the section the missing-section fix would insert in this story: it
// follows the story's competency and level, and no skeleton text is written here.
import { sectionSkeleton, type Analysis, type Level, type StarKind } from '../core';
import { literal } from '../core/fixes';
import { placeholderSnippet, skeletonOf, storyTemplate, TEMPLATE_QUESTION } from '../core/template';

export interface StorySnippet {
  name: string;
  prefix: string;
  body: string;
  description: string;
}

const WHOLE_STORIES: Array<{ name: string; prefix: string; level: Level; description: string }> = [
  { name: 'STAR story', prefix: 'star', level: 'sde2', description: 'A whole STAR story: front matter, the five sections and a follow-up probe.' },
  { name: 'STAR story (senior)', prefix: 'star-senior', level: 'senior', description: 'A whole story for senior and above: the Reflection names the systemic cause.' },
  { name: 'STAR story (SDE1)', prefix: 'star-sde1', level: 'sde1', description: 'A whole story for SDE1: about two minutes, a technical Reflection.' },
];

const SECTIONS: Array<{ kind: StarKind; level?: Level; name: string; prefix: string; description: string }> = [
  { kind: 'situation', name: 'Situation section', prefix: 'situation', description: 'The Situation section, shaped for this story’s competency.' },
  { kind: 'task', name: 'Task section', prefix: 'task', description: 'The Task section, shaped for this story’s competency.' },
  { kind: 'action', name: 'Action section', prefix: 'action', description: 'The Action section, shaped for this story’s competency.' },
  { kind: 'result', name: 'Result section', prefix: 'result', description: 'The Result section, shaped for this story’s competency.' },
  { kind: 'reflection', name: 'Reflection section', prefix: 'reflection', description: 'The Reflection as your level needs it: one lesson only this story could teach.' },
  { kind: 'reflection', level: 'senior', name: 'Reflection section (senior)', prefix: 'reflection-senior', description: 'A senior Reflection: the organizational cause behind the failure.' },
];

/** The snippets for a story: the whole-story ones start a new story as New Story from Template does. */
export function storySnippets(analysis: Pick<Analysis, 'aim' | 'options'>): StorySnippet[] {
  const { aim, options } = analysis;
  const probe = skeletonOf(aim).probe;
  return [
    ...WHOLE_STORIES.map(({ level, ...s }) => ({ ...s, body: storyTemplate({ question: TEMPLATE_QUESTION, level, competencies: ['Ownership'] }) })),
    ...SECTIONS.map(({ kind, level, ...s }) => ({ ...s, body: sectionSkeleton(kind, level ?? options.level, aim, '\n').replace(/\n$/, '') })),
    {
      name: 'Follow-up probe',
      prefix: 'probe',
      body: `### \${1:${literal(probe)}}\n\n${placeholderSnippet('‹Your answer: what you did, and the number that shows it›', 1)}\n`,
      description: 'A follow-up question an interviewer may ask, and your prepared answer.',
    },
  ];
}
