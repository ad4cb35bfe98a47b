// Hover: on a flagged range, why it matters and a strong example; on a section heading, its time and purpose.
import type { Hover, Position } from 'vscode-languageserver';
import { formatDuration, sectionCoaching, sectionTiming, type Analysis } from '../../core';
import { ruleDoc } from '../ruleDocs';

export function hover(analysis: Analysis, position: Position): Hover | null {
  const { story, timing } = analysis;
  const offset = story.lines.offsetAt(position);
  const flagged = analysis.diagnostics.filter((d) => d.span.start <= offset && offset <= d.span.end && d.span.end > d.span.start);
  if (flagged.length > 0) {
    const parts = flagged.map((d) => {
      const doc = ruleDoc(d.rule);
      return [`**${d.rule}** (${d.severity})`, doc.why ? `*Why it matters:* ${doc.why.replace(/\s*\n\s*/g, ' ')}` : '', doc.strong ? `*Stronger:*\n\n${doc.strong}` : ''].filter(Boolean).join('\n\n');
    });
    const d = flagged[0];
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: d.range };
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
