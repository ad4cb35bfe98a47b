// answer-over-time: the whole answer runs past the level's range.
import type { Finding, Rule } from '../types';
import { formatDuration } from '../timing';
import { storyAnchor } from './helpers';

export const rule: Rule = {
  id: 'answer-over-time',
  severity: 'warning',
  sections: 'story',
  summary: "The whole answer runs over the level's time range.",
  check({ story, timing }) {
    if (timing.totalSeconds <= timing.range.max) return [];
    const longest = [...timing.sections].filter((s) => s.kind !== 'followups' && s.targetSeconds).sort((a, b) => (b.seconds - b.targetSeconds!) - (a.seconds - a.targetSeconds!))[0];
    const finding: Finding = {
      span: storyAnchor(story),
      message: `The answer takes ${formatDuration(timing.totalSeconds)} at ${timing.wpm} words a minute; at ${timing.level} level aim for ${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)}.${longest ? ` ${longest.name} runs furthest over its target: cut there first.` : ''}`,
    };
    return [finding];
  },
};
