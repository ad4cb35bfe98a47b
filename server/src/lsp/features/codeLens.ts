// Code lenses above each section: spoken time against its target ("0:41 / 0:30 target").
import type { CodeLens } from 'vscode-languageserver';
import { formatDuration, OVER_TARGET_GRACE, PROBE_TARGET, probeTiming, sectionTiming, type Analysis } from '../../core';

export function codeLenses(analysis: Analysis): CodeLens[] {
  const { story, timing } = analysis;
  const lenses: CodeLens[] = [];
  for (const s of story.sections) {
    const t = sectionTiming(timing, story, s);
    const range = story.lines.range(s.heading.span);
    if (t?.targetSeconds !== undefined) {
      const over = t.seconds > t.targetSeconds * OVER_TARGET_GRACE ? ' (over)' : '';
      lenses.push({ range, command: { title: `${formatDuration(t.seconds)} / ${formatDuration(t.targetSeconds)} target${over}`, command: '' } });
    }
    for (const p of s.probes) {
      const seconds = probeTiming(timing, p)?.seconds ?? 0;
      lenses.push({ range: story.lines.range(p.heading.span), command: { title: `${formatDuration(seconds)} (aim for ${PROBE_TARGET.min}–${PROBE_TARGET.max} s)`, command: '' } });
    }
  }
  if (story.title) {
    lenses.push({ range: story.lines.range(story.title.span), command: { title: `${formatDuration(timing.totalSeconds)} in all, ${timing.level} range ${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)}`, command: '' } });
  }
  return lenses;
}
