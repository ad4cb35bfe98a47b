// The STAR snippets (snippets/star-coach.json), offered as completions in stories only.
import snippets from '../../../snippets/star-coach.json';

export interface StorySnippet {
  name: string;
  prefix: string;
  body: string;
  description: string;
}

export const STORY_SNIPPETS: StorySnippet[] = Object.entries(snippets as Record<string, { prefix: string; body: string[]; description: string }>).map(
  ([name, s]) => ({ name, prefix: s.prefix, body: s.body.join('\n'), description: s.description }),
);
