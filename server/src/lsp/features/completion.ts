// Completion: section headings in STAR order, front-matter keys and values, follow-up probes (first those aimed at this
// story's weak spots, with a placeholder for the answer, then the likely ones for its aim), and the snippets (shaped by
// the story's aim).
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { followupsFor, KNOWN_COMPETENCIES, LEVELS, literal, probesFor, SECTION_HEADINGS, sectionAt, STAR_KINDS, type Analysis } from '../../core';
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
    const key = (q: string) => q.toLowerCase().replace(/\s+/g, ' ').trim();
    const asked = new Set(section.probes.filter((p) => p.heading.line !== position.line).map((p) => key(p.question)));
    // The follow-ups an interviewer would aim at this story's own words, each with what a strong answer does as the
    // placeholder of its answer; then the likely probes for its aim, as before.
    const aimed = followupsFor(analysis).filter((f) => !asked.has(key(f.question)) && (asked.add(key(f.question)), true)).map((f, i): CompletionItem => ({
      label: f.question,
      kind: CompletionItemKind.Text,
      detail: 'Aimed at this story',
      documentation: { kind: 'markdown', value: `A strong answer: ${f.strong}\n\nA weak one: ${f.weak}` },
      sortText: `0${String(i).padStart(3, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      filterText: `### ${f.question}`,
      textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: `### ${literal(f.question)}\n\n\${1:‹${literal(f.strong)}›}` },
    }));
    const general = probesFor(analysis.aim).map((p) => p.question).filter((p) => !asked.has(key(p))).map((p, i) => ({
      label: p,
      kind: CompletionItemKind.Text,
      sortText: `1${String(i).padStart(3, '0')}`,
      ...wholeLine(position, `### ${p}`),
    }));
    return [...aimed, ...general];
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
