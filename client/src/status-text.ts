// What the status bar item says, from the server's timing of the story: the whole answer's time against the level's
// range, and in the tooltip each section's time, target and status as the server judged them. Pure, so a test can
// render the server's answer without VS Code.
import type { DrillResult, StoryTimingResult } from '../../server/src/protocol';

const time = (s: number) => `${Math.floor(Math.round(s) / 60)}:${String(Math.round(s) % 60).padStart(2, '0')}`;

export function statusText(t: StoryTimingResult): { text: string; tooltip: string; label: string; over: boolean } {
  const over = t.totalSeconds > t.range.max;
  const range = `${time(t.range.min)}–${time(t.range.max)}`;
  const sections = t.sections.map((s) => `${s.name}: ${time(s.seconds)}${s.targetSeconds ? ` / ${time(s.targetSeconds)}` : ''}${s.statusText ? `, ${s.statusText}` : ''}`);
  return {
    text: `$(clock) ${time(t.totalSeconds)} / ${range}`,
    tooltip: [`Spoken at ${t.wpm} words a minute. ${t.level} answers run ${range}.`, ...sections].join('\n'),
    label: `Spoken time ${time(t.totalSeconds)}, target ${time(t.range.min)} to ${time(t.range.max)}${over ? ', over' : ''}`,
    over,
  };
}

/**
 * What the drill's status bar item says: how many questions are due, or nothing when none is (the item is then
 * hidden); its tooltip says when the next one comes back when it is known.
 */
export function drillStatusText(d: Pick<DrillResult, 'dueCount' | 'nextDue'>): { text: string; tooltip: string; label: string } | undefined {
  if (d.dueCount <= 0) return undefined;
  const due = `${d.dueCount} ${d.dueCount === 1 ? 'question' : 'questions'} due in the drill`;
  return {
    text: `$(mortar-board) ${d.dueCount} due`,
    tooltip: `Star Coach: ${due}. Click to open the Practice view.`,
    label: `${due}. Open the Practice view.`,
  };
}
