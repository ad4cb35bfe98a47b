// The outline (sections with their spoken time, probes under Follow-ups) and folding ranges.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import { formatDuration, probeTiming, sectionTiming, type Analysis } from '../../core';

function lastContentLine(analysis: Analysis, endOffset: number): number {
  const { lines } = analysis.story;
  let line = lines.positionAt(endOffset).line;
  if (line > 0 && lines.lineStarts[line] === endOffset) line--;
  while (line > 0 && lines.lineText(line).trim() === '') line--;
  return line;
}

/**
 * A name with its spoken time, as a screen reader should say it: "Situation, 0:41 of 0:30". VS Code reads an outline,
 * breadcrumb or Go to Symbol entry as its name and its kind ("Situation (string)") and never its detail, so the time
 * goes in the name; the name changes only when the time does.
 */
function withTime(name: string, seconds: number, target?: number): string {
  const time = target ? `${formatDuration(seconds)} of ${formatDuration(target)}` : formatDuration(seconds);
  return /[?!.:]$/.test(name) ? `${name} ${time}` : `${name}, ${time}`;
}

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { story, timing } = analysis;
  const sections: DocumentSymbol[] = story.sections.map((s) => {
    const t = sectionTiming(timing, story, s);
    const range = { start: story.lines.positionAt(s.span.start), end: story.lines.positionAt(Math.max(s.heading.span.end, s.span.end)) };
    const name = s.heading.text || s.name;
    return {
      name: t ? withTime(name, t.seconds, t.targetSeconds) : name,
      // Module, as completion calls a section: read "(module)", a part of the whole, where String read "(string)".
      kind: SymbolKind.Module,
      range,
      selectionRange: story.lines.range(s.heading.span),
      children: s.probes.map((p) => ({
        name: withTime(p.question, probeTiming(timing, p)?.seconds ?? 0),
        kind: SymbolKind.Event,
        range: { start: story.lines.positionAt(p.span.start), end: story.lines.positionAt(Math.max(p.heading.span.end, p.span.end)) },
        selectionRange: story.lines.range(p.heading.span),
      })),
    };
  });
  if (!story.title) return sections;
  return [{
    name: story.title.text || 'Story',
    detail: `${formatDuration(timing.totalSeconds)} (${timing.level}: ${formatDuration(timing.range.min)}–${formatDuration(timing.range.max)})`,
    kind: SymbolKind.File,
    range: { start: story.lines.positionAt(story.title.span.start), end: story.lines.positionAt(story.text.length) },
    selectionRange: story.lines.range(story.title.span),
    children: sections,
  }];
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { story } = analysis;
  const out: FoldingRange[] = [];
  if (story.frontMatter) {
    const end = story.lines.positionAt(story.frontMatter.span.end).line;
    if (end > 0) out.push({ startLine: 0, endLine: end, kind: FoldingRangeKind.Region });
  }
  for (const s of story.sections) {
    const start = s.heading.line;
    const end = lastContentLine(analysis, s.span.end);
    if (end > start) out.push({ startLine: start, endLine: end });
    for (const p of s.probes) {
      const pend = lastContentLine(analysis, p.span.end);
      if (pend > p.heading.line) out.push({ startLine: p.heading.line, endLine: pend });
    }
  }
  return out;
}
