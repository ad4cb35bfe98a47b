// Control comments (`<!-- star-coach-disable-next-line rule-id -->` and friends): a pass over findings after the rules ran.
import type { Story } from './story';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  rules: string[]; // empty: every rule
  offset: number;
  line: number;
}

const DIRECTIVE = /^star-coach-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function readDirectives(story: Story): Directive[] {
  const out: Directive[] = [];
  for (const c of story.comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules, offset: c.span.start, line: story.lines.positionAt(c.span.end).line });
  }
  return out;
}

/** A predicate: is this rule switched off at this offset? */
export function suppressor(story: Story): (rule: string, offset: number) => boolean {
  const directives = readDirectives(story);
  if (directives.length === 0) return () => false;
  const firstSection = story.sections[0]?.span.start ?? story.text.length;
  return (rule, offset) => {
    const line = story.lines.positionAt(offset).line;
    let off = false;
    for (const d of directives) {
      const applies = d.rules.length === 0 || d.rules.includes(rule);
      if (!applies) continue;
      if (d.kind === 'disable-line' && d.line === line) return true;
      if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
      // A disable before the first section covers the whole file, story-level findings included.
      const from = d.offset < firstSection ? 0 : d.offset;
      if (d.kind === 'disable' && from <= offset) off = true;
      if (d.kind === 'enable' && d.offset <= offset) off = false;
    }
    return off;
  };
}
