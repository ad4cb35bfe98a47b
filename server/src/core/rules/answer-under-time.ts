// answer-under-time: the whole answer is under half the level's range: too thin to carry signal.
import type { Rule } from '../types';
import { formatDuration } from '../timing';
import { storyAnchor } from './helpers';

export const rule: Rule = {
  id: 'answer-under-time',
  severity: 'info',
  sections: 'story',
  summary: "The whole answer is under half the level's time range: too thin to carry signal.",
  check({ story, timing }) {
    const words = timing.sections.filter((s) => s.kind !== 'followups').reduce((n, s) => n + s.words, 0);
    if (words === 0 || timing.totalSeconds >= timing.range.min / 2) return [];
    return [{
      span: storyAnchor(story),
      message: `The answer takes only ${formatDuration(timing.totalSeconds)}; at ${timing.level} level the interviewer expects ${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)}. Add the detail that shows your judgment: what you saw, what you chose, what it changed.`,
    }];
  },
};
