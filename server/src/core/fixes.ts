// Building fixes: snippet escaping, and the text a snippet gives with every placeholder at its default.
import type { Edit, Fix } from './types';
import type { Span } from './text';

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

export function insert(title: string, at: number, newText: string): Fix {
  return replace(title, { start: at, end: at }, newText);
}
