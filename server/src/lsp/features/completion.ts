// Completion: section headings in STAR order, front-matter keys and values, likely follow-up probes, and the snippets
// (shaped by the story's aim).
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { KNOWN_COMPETENCIES, LEVELS, probesFor, SECTION_HEADINGS, sectionAt, STAR_KINDS, type Analysis } from '../../core';
import { storySnippets } from '../snippets';

const FRONT_MATTER_KEYS: Array<[string, string]> = [
  ['question', 'The interview question this story answers.'],
  ['competencies', 'What this telling is aimed at, e.g. [Ownership, Dive Deep].'],
  ['level', 'sde1, sde2, senior, staff or manager: sets the time budget and the reflection expected.'],
  ['wpm', 'Your own speaking rate in words per minute (default 140).'],
];

function replacing(position: Position, typed: number) {
  return { start: { line: position.line, character: position.character - typed }, end: position };
}

/**
 * A heading item replaces the whole line typed so far ("## Re" or "##Re" becomes "## Result"). An editor filters an
 * item by the text its edit replaces, so the item is filtered as the heading it writes: by its label alone ("Result"),
 * "## Re" would match nothing and VS Code would hide every heading.
 */
function wholeLine(position: Position, newText: string) {
  return { filterText: newText, textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText } };
}

export function completions(analysis: Analysis, position: Position): CompletionItem[] {
  const { story } = analysis;
  const lineText = story.lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const offset = story.lines.offsetAt(position);
  const fm = story.frontMatter;

  if (fm && offset >= fm.body.start && offset <= fm.body.end) {
    const level = /^level:\s*(\w*)$/.exec(before);
    if (level) return LEVELS.map((l, i) => ({ label: l, kind: CompletionItemKind.EnumMember, sortText: String(i), textEdit: { range: replacing(position, level[1].length), newText: l } }));
    const comp = /^competencies:.*?([\w ]*)$/.exec(before);
    if (comp) {
      const typed = comp[1].trimStart();
      return KNOWN_COMPETENCIES.map((c) => ({ label: c, kind: CompletionItemKind.EnumMember, textEdit: { range: replacing(position, typed.length), newText: c } }));
    }
    const key = /^(\w*)$/.exec(before);
    if (key) {
      const present = new Set(Object.keys(fm.data));
      return FRONT_MATTER_KEYS.filter(([k]) => !present.has(k)).map(([k, doc]) => ({ label: k, kind: CompletionItemKind.Property, documentation: doc, textEdit: { range: replacing(position, key[1].length), newText: `${k}: ` } }));
    }
    return [];
  }

  const heading = /^(#{2,3})\s*([^#]*)$/.exec(before);
  if (heading && heading[1] === '##') {
    const present = new Set(story.sections.filter((s) => s.heading.line !== position.line).map((s) => s.kind));
    const names = [...STAR_KINDS.map((k) => ({ kind: k as string, name: SECTION_HEADINGS[k] })), { kind: 'followups', name: 'Follow-ups' }];
    return names.map((n, i) => ({
      label: n.name,
      kind: CompletionItemKind.Module,
      detail: present.has(n.kind as never) ? 'already in this story' : undefined,
      sortText: `${present.has(n.kind as never) ? 1 : 0}${i}`,
      ...wholeLine(position, `## ${n.name}`),
    }));
  }
  if (heading && heading[1] === '###') {
    const section = sectionAt(story, offset);
    if (section?.kind !== 'followups') return [];
    const asked = new Set(section.probes.map((p) => p.question));
    return probesFor(analysis.aim).map((p) => p.question).filter((p) => !asked.has(p)).map((p, i) => ({
      label: p,
      kind: CompletionItemKind.Text,
      sortText: String(i),
      ...wholeLine(position, `### ${p}`),
    }));
  }
  const word = /^(\s*)([\w-]*)$/.exec(before);
  if (!word) return [];
  return storySnippets(analysis).map((s) => ({
    label: s.prefix,
    kind: CompletionItemKind.Snippet,
    detail: s.name,
    documentation: s.description,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: replacing(position, word[2].length), newText: s.body },
  }));
}
