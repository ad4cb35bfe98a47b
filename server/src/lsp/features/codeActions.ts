// Code actions for Star Coach diagnostics, in a fixed order: the rule's fixes (first preferred), disable for
// this line, disable for this file, show documentation, and "fix all" where every fix is safe unattended (`unattendedFix`).
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { expandSnippet, lineBreakOf, ruleById, unattendedEdits, unattendedFix, type Analysis, type DiagnosticFix } from '../../core';
import { ApplySnippetFixCommand, OpenRuleDocsCommand, type ApplySnippetFixArgs } from '../../protocol';
import { SOURCE, type DiagnosticData } from '../convert';

export interface EditorSupport {
  /** The client applies snippet text edits (LSP 3.18) in workspace edits. */
  snippetEdits: boolean;
  /** The client implements `starCoach.applySnippetFix` (our VS Code client). */
  snippetCommand: boolean;
  /** The client implements `starCoach.openRuleDocs`. */
  docsCommand: boolean;
}

function plainEdit(doc: TextDocument, fix: DiagnosticFix): WorkspaceEdit {
  const edits: TextEdit[] = fix.edits.map((e) => ({ range: e.range, newText: fix.snippet ? expandSnippet(e.newText) : e.newText }));
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

function fixAction(doc: TextDocument, fix: DiagnosticFix, diagnostic: LspDiagnostic, support: EditorSupport): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred };
  if (!fix.snippet) action.edit = plainEdit(doc, fix);
  else if (support.snippetCommand) {
    const args: ApplySnippetFixArgs = { uri: doc.uri, version: doc.version, edits: fix.edits.map((e) => ({ range: e.range, snippet: e.newText })) };
    action.command = { title: fix.title, command: ApplySnippetFixCommand, arguments: [args] };
  } else if (support.snippetEdits) {
    action.edit = {
      documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: fix.edits.map((e) => ({ range: e.range, snippet: { kind: 'snippet', value: e.newText } })) }],
    } as WorkspaceEdit;
  } else action.edit = plainEdit(doc, fix);
  return action;
}

const LINE_DIRECTIVE = /<!--\s*star-coach-disable-line\b([^>]*?)\s*-->/;
const FILE_DIRECTIVE = /<!--\s*star-coach-disable(?!-)\b([^>]*?)\s*-->/;

function disableForLine(doc: TextDocument, rule: string, line: number, diagnostic: LspDiagnostic): CodeAction {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const existing = LINE_DIRECTIVE.exec(text);
  let edit: TextEdit;
  if (existing && existing[1].trim()) {
    const close = existing.index + existing[0].lastIndexOf('-->');
    edit = { range: { start: { line, character: close }, end: { line, character: close } }, newText: `${text[close - 1] === ' ' ? '' : ' '}${rule} ` };
  } else {
    edit = { range: { start: { line, character: text.length }, end: { line, character: text.length } }, newText: ` <!-- star-coach-disable-line ${rule} -->` };
  }
  return { title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [edit] } } };
}

function disableForFile(doc: TextDocument, analysis: Analysis, rule: string, diagnostic: LspDiagnostic): CodeAction {
  const { story } = analysis;
  const firstSection = story.sections[0]?.span.start ?? story.text.length;
  // Extend a directive that already covers the file rather than stacking a second.
  const existing = story.comments.find((c) => c.span.start < firstSection && /^star-coach-disable(\s|$)/.test(c.text) && c.text.trim() !== 'star-coach-disable');
  let edit: TextEdit;
  if (existing) {
    const close = story.text.lastIndexOf('-->', existing.span.end);
    const at = doc.positionAt(close);
    edit = { range: { start: at, end: at }, newText: `${/\s$/.test(story.text.slice(0, close)) ? '' : ' '}${rule} ` };
  } else {
    const eol = lineBreakOf(story.text);
    const offset = story.frontMatter ? story.frontMatter.span.end : 0;
    const at = doc.positionAt(offset);
    const lead = story.frontMatter ? eol : '';
    edit = { range: { start: at, end: at }, newText: `${lead}<!-- star-coach-disable ${rule} -->${story.frontMatter ? '' : eol}` };
  }
  return { title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [edit] } } };
}

function fixAll(doc: TextDocument, analysis: Analysis, rule: string): CodeAction | undefined {
  const all = analysis.diagnostics.filter((d) => d.rule === rule);
  // Offered only when every one of them is safe unattended: the same test as the CLI's --fix.
  if (all.length < 2 || all.some((d) => !unattendedFix(d))) return undefined;
  const edits: TextEdit[] = unattendedEdits(all, analysis.story.lines).flatMap((c) =>
    c.edits.map((e) => ({ range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) }, newText: e.newText })),
  );
  return { title: `Fix all ${rule} problems in this file`, kind: CodeActionKind.QuickFix, edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } };
}

function currentFixes(analysis: Analysis, rule: string, diagnostic: LspDiagnostic): DiagnosticFix[] {
  const same = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;
  const match = analysis.diagnostics.find((d) => d.rule === rule && same(d.range.start, diagnostic.range.start) && same(d.range.end, diagnostic.range.end));
  return match?.fixes ?? [];
}

export function codeActions(doc: TextDocument, analysis: Analysis, diagnostics: LspDiagnostic[], support: EditorSupport): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixedAll = new Set<string>();
  const frontMatterEnd = analysis.story.frontMatter ? doc.positionAt(analysis.story.frontMatter.span.end).line : -1;
  for (const diagnostic of diagnostics) {
    // Not a rule's (a story Star Coach failed on): nothing to fix, disable or look up.
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string' || !ruleById(diagnostic.code)) continue;
    const rule = diagnostic.code;
    const data = diagnostic.data as DiagnosticData | undefined;
    // Fixes carried by a diagnostic of another version (an older edit, or the file as it was on disk) would land in the
    // wrong place: take them from this version's analysis (already computed), if the finding is still there.
    const fixes = data?.version === doc.version ? data.fixes : currentFixes(analysis, rule, diagnostic);
    for (const fix of fixes) actions.push(fixAction(doc, fix, diagnostic, support));
    // A comment on a YAML line would change its value, so a finding in the front matter is disabled file-wide only.
    if (diagnostic.range.start.line > frontMatterEnd) actions.push(disableForLine(doc, rule, diagnostic.range.start.line, diagnostic));
    actions.push(disableForFile(doc, analysis, rule, diagnostic));
    if (support.docsCommand) actions.push({ title: `Show documentation for ${rule}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Show documentation', command: OpenRuleDocsCommand, arguments: [rule] } });
    const all = fixedAll.has(rule) ? undefined : fixAll(doc, analysis, rule);
    fixedAll.add(rule);
    if (all) actions.push(all);
  }
  return actions;
}
