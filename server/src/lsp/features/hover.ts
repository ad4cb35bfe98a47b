// Hover: on a flagged range, why it matters and a strong example; on a section heading, its time and purpose; on the
// title, the bar raiser's note and a link to how the reading is reached.
import type { Hover, Position } from 'vscode-languageserver';
import { formatDuration, sectionCoaching, sectionTiming, type Analysis, type ReadingView } from '../../core';
import { reviewDocsHref, ruleDoc } from '../ruleDocs';

/** Story text and names shown as written, never as Markdown (a competency spelled `*Ownership*` stays as typed). */
const plain = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');

/** `reading` is asked for only when the cursor is on the title, so another hover never computes it. */
export function hover(analysis: Analysis, position: Position, reading: () => ReadingView | null = () => null): Hover | null {
  const { story, timing } = analysis;
  const offset = story.lines.offsetAt(position);
  const flagged = analysis.diagnostics.filter((d) => d.span.start <= offset && offset <= d.span.end && d.span.end > d.span.start);
  // On the title, the reading comes first: the story-level findings (the answer's length) sit on the title too.
  const onTitle = story.title !== undefined && story.title.line === position.line;
  const r = onTitle ? reading() : null;
  const parts: string[] = [];
  if (r) {
    const href = reviewDocsHref();
    parts.push([plain(r.note), href ? `[How the reading is reached](${href})` : 'How the reading is reached: docs/review.md'].join('\n\n'));
  }
  for (const d of flagged) {
    const doc = ruleDoc(d.rule);
    parts.push([`**${d.rule}** (${d.severity})`, doc.why ? `*Why it matters:* ${doc.why.replace(/\s*\n\s*/g, ' ')}` : '', doc.strong ? `*Stronger:*\n\n${doc.strong}` : ''].filter(Boolean).join('\n\n'));
  }
  if (parts.length > 0) {
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: r ? story.lines.range(story.title!.span) : flagged[0].range };
  }
  const section = story.sections.find((s) => s.heading.line === position.line);
  if (section && section.kind !== 'other') {
    const coaching = sectionCoaching(analysis.aim, section.kind, analysis.options.level);
    const t = sectionTiming(timing, story, section);
    const time = t?.targetSeconds !== undefined ? `**${section.name}**: ${formatDuration(t.seconds)} spoken, target ${formatDuration(t.targetSeconds)}` : `**${section.name}**`;
    return {
      contents: { kind: 'markdown', value: [time, coaching.purpose, `Must show: ${coaching.mustShow.join('; ')}.`, `Common mistake: ${coaching.commonMistake}`].join('\n\n') },
      range: story.lines.range(section.heading.span),
    };
  }
  return null;
}
