// Building fixes: snippet escaping, and the text a snippet gives with every placeholder at its default; and which fixes
// may be applied with nobody watching (the CLI's `--fix`, the editor's "fix all"), and how they go in together.
import type { Diagnostic, DiagnosticFix, Edit, Fix } from './types';
import type { LineIndex, Span } from './text';

/** Escapes the author's own text so a snippet inserts it literally. */
export function literal(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The text a snippet produces when every placeholder keeps its default. */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{\d+:?/.exec(snippet.slice(i));
      if (!m) {
        out += c;
        continue;
      }
      // Find the matching brace; the default may hold escaped characters.
      let j = i + m[0].length;
      let depth = 1;
      let inner = '';
      for (; j < snippet.length && depth > 0; j++) {
        if (snippet[j] === '\\') {
          inner += snippet[j] + (snippet[j + 1] ?? '');
          j++;
          continue;
        }
        if (snippet[j] === '{') depth++;
        if (snippet[j] === '}') depth--;
        if (depth > 0) inner += snippet[j];
      }
      out += expandSnippet(inner);
      i = j - 1;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else out += c;
  }
  return out;
}

/** Applies edits (non-overlapping) to a text, last first. */
export function applyEdits(text: string, edits: Edit[], asSnippet: boolean): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + (asSnippet ? expandSnippet(e.newText) : e.newText) + out.slice(e.span.end);
  return out;
}

export function replace(title: string, span: Span, newText: string): Fix {
  return { title, edits: [{ span, newText }], snippet: /\$\{?\d/.test(newText.replace(/\\[\\$}]/g, '')) };
}

/** A fix whose new text says more than the author did (see `Fix.claims`): offered, never applied unattended. */
export const claiming = (fix: Fix): Fix => ({ ...fix, claims: true });

export function insert(title: string, at: number, newText: string): Fix {
  return replace(title, { start: at, end: at }, newText);
}

/** Text only the author can write or decide: a visible placeholder (‹what moved›), or a comment that turns a rule off. */
const NEEDS_THE_AUTHOR = /[‹›]|star-coach-(?:disable|enable)/;

/**
 * The one definition of a fix that is safe to apply unattended: the finding's preferred fix, when it is plain text that
 * needs nothing from the author. Never a snippet (`Fix.snippet`), never a fix whose text holds a visible ‹placeholder›,
 * never a suppression, never a fix that claims what the author did not say (`Fix.claims`: "we" made "I", "tried to
 * fix" made "fixed"). Another of the finding's fixes is a choice the author makes, so it is never taken instead.
 */
export function unattendedFix(diagnostic: Pick<Diagnostic, 'fixes'>): DiagnosticFix | undefined {
  const fix = diagnostic.fixes[0];
  if (!fix || fix.snippet || fix.claims || fix.edits.length === 0 || fix.edits.some((e) => NEEDS_THE_AUTHOR.test(e.newText))) return undefined;
  return fix;
}

export interface UnattendedFix {
  diagnostic: Diagnostic;
  fix: DiagnosticFix;
  /** The fix's edits as offsets into the analyzed text, line breaks made the text's own. */
  edits: Edit[];
}

/**
 * The unattended fixes of `diagnostics` that can go in together, in the order of the text: a fix that starts where an
 * earlier one chosen ends, or before, waits for the next pass (touching counts as overlapping, as in ESLint, so two
 * insertions at one place never race). A fix's line breaks become the text's own (CRLF stays CRLF).
 */
export function unattendedEdits(diagnostics: Diagnostic[], lines: LineIndex): UnattendedFix[] {
  const eol = /\r\n/.test(lines.text) ? '\r\n' : undefined;
  const candidates: Array<UnattendedFix & { start: number; end: number }> = [];
  for (const diagnostic of diagnostics) {
    const fix = unattendedFix(diagnostic);
    if (!fix) continue;
    const edits = fix.edits
      .map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: eol ? e.newText.replace(/\r?\n/g, eol) : e.newText }))
      .sort((a, b) => a.span.start - b.span.start);
    // A fix whose own edits overlap could not go in as it was meant.
    if (edits.some((e, i) => i > 0 && e.span.start < edits[i - 1].span.end)) continue;
    candidates.push({ diagnostic, fix, edits, start: edits[0].span.start, end: Math.max(...edits.map((e) => e.span.end)) });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: UnattendedFix[] = [];
  let lastEnd = -1;
  for (const { start, end, ...c } of candidates) {
    if (start <= lastEnd) continue;
    chosen.push(c);
    lastEnd = end;
  }
  return chosen;
}
