// Code lenses above each section: spoken time against its target ("0:41 / 0:30 target (over)"); above the title, the
// story's reading ("Lean No Hire for Ownership · fix first: line 13") and its whole time.
import type { CodeLens } from 'vscode-languageserver';
import { formatDuration, PROBE_TARGET, probeTiming, sectionTiming, type Analysis, type ReadingView, type TimeStatus } from '../../core';

/** What a lens adds after the time: the core's status, so the lens, the rules and the views never disagree. */
const SUFFIX: Record<TimeStatus, string> = { empty: ' (empty)', within: '', over: ' (over)', 'over-cap': ' (over the limit)', short: ' (short)', untimed: '' };

export function codeLenses(analysis: Analysis, reading: ReadingView | null): CodeLens[] {
  const { story, timing } = analysis;
  const lenses: CodeLens[] = [];
  // Over the title; a story with none has it over its first heading, so that every story shows its reading.
  const top = story.title ?? story.sections[0]?.heading;
  if (reading && top) lenses.push({ range: story.lines.range(top.span), command: { title: reading.lens, command: '' } });
  for (const s of story.sections) {
    const t = sectionTiming(timing, story, s);
    const range = story.lines.range(s.heading.span);
    if (t?.targetSeconds !== undefined) {
      lenses.push({ range, command: { title: `${formatDuration(t.seconds)} / ${formatDuration(t.targetSeconds)} target${SUFFIX[t.status]}`, command: '' } });
    }
    for (const p of s.probes) {
      const pt = probeTiming(timing, p);
      lenses.push({ range: story.lines.range(p.heading.span), command: { title: `${formatDuration(pt?.seconds ?? 0)} (aim for ${PROBE_TARGET.min}–${PROBE_TARGET.max} s)${SUFFIX[pt?.status ?? 'empty']}`, command: '' } });
    }
  }
  if (story.title) {
    lenses.push({ range: story.lines.range(story.title.span), command: { title: `${formatDuration(timing.totalSeconds)} in all, ${timing.level} range ${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)}`, command: '' } });
  }
  return lenses;
}
