// What went wrong in front matter that is not valid YAML, in the project's words and with the way out, for the common
// slips (a colon inside a value, a tab for indentation, a quote or bracket left open, a key set twice), instead of
// the parser's own wording ("Nested mappings are not allowed in compact mappings"). Positions are the parser's, or
// where the slip was made when the parser only notices it later (a quote left open is noticed at the block's end).

/** What the `yaml` library reports: an error code, a message and offsets into the YAML it read. */
export interface YamlError {
  code: string;
  message: string;
  pos: readonly [number, number] | readonly number[];
}

export interface YamlProblem {
  message: string;
  /** Offset in the YAML where the finding starts; it runs to the end of that line. */
  at: number;
  /** A safe edit that mends the YAML (offsets in the YAML), when there is one. */
  fix?: { title: string; start: number; end: number; newText: string };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lineAt(source: string, offset: number): Line {
  const at = Math.max(0, Math.min(offset, source.length));
  let start = at;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  let end = at;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  return { start, end, text: source.slice(start, end) };
}

/** The line after `line`, skipping blank lines and comments. */
function nextLine(source: string, line: Line): Line | undefined {
  let at = line.end;
  while (at < source.length) {
    while (at < source.length && (source[at] === '\n' || source[at] === '\r')) at++;
    if (at >= source.length) return undefined;
    const next = lineAt(source, at);
    if (next.text.trim() !== '' && !next.text.trim().startsWith('#')) return next;
    at = next.end;
  }
  return undefined;
}

/** A `key:` at the start of a line (after its indentation and a list dash), with where its value starts. */
const KEY_LINE = /^([ \t]*(?:-[ \t]+)?)([^\s#:'"[\]{},][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?=[ \t]|$)[ \t]*/;

function keyOf(line: Line): { name: string; valueStart: number } | undefined {
  const m = KEY_LINE.exec(line.text);
  return m ? { name: m[2].replace(/^(["'])(.*)\1$/, '$2'), valueStart: line.start + m[0].length } : undefined;
}

const inValueOf = (key: string | undefined) => (key ? `the value of “${key}”` : 'this value');

/** Where a plain value ends: before a ` #` comment and trailing spaces. */
function valueEnd(source: string, start: number, line: Line): number {
  const rest = source.slice(start, line.end);
  const comment = /[ \t]#/.exec(rest);
  return start + (comment ? comment.index : rest.length) - (/[ \t]*$/.exec(comment ? rest.slice(0, comment.index) : rest)![0].length);
}

/** A value written as one YAML string: double quotes unless it holds a double quote or a backslash. */
export function quoteValue(value: string): string {
  return /["\\]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

function quoteFix(source: string, start: number, line: Line): YamlProblem['fix'] {
  const end = valueEnd(source, start, line);
  if (end <= start) return undefined;
  return { title: 'Put the value in quotes', start, end, newText: quoteValue(source.slice(start, end)) };
}

/** The first bracket (`[` or `{`) that is never closed, outside quotes and comments. */
function unclosedBracket(source: string): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if ((c === '"' || c === "'") && (open.length > 0 || /[\s:,[{-]/.test(source[i - 1] ?? ' '))) {
      // A quoted value: skip to its end (a doubled '' or an escaped \" stays inside).
      for (i++; i < source.length; i++) {
        if (c === '"' && source[i] === '\\') i++;
        else if (source[i] === c && c === "'" && source[i + 1] === "'") i++;
        else if (source[i] === c) break;
      }
    } else if ((c === '[' || c === '{') && (open.length > 0 || /[\s:-]/.test(source[i - 1] ?? ' '))) open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open[0];
}

/** Where an unclosed quote opens: the last such quote before `before` that starts a value. */
function openingQuote(source: string, quote: string, before: number): number | undefined {
  for (let i = Math.min(before, source.length) - 1; i >= 0; i--) {
    if (source[i] !== quote) continue;
    const prefix = source.slice(lineAt(source, i).start, i);
    if (/^[ \t]*(?:-[ \t]+)?(?:[^:#]+:[ \t]+)?$|[[{,][ \t]*$/.test(prefix)) return i;
  }
  return undefined;
}

/**
 * Says what the first YAML error means and how to mend it; undefined for the rare ones, which keep the parser's words.
 * `firstLine` is the file's line number of the YAML's first line, for messages that name another line.
 */
export function explainYamlError(source: string, error: YamlError, firstLine = 1): YamlProblem | undefined {
  const pos = Math.max(0, Math.min(error.pos[0] ?? 0, source.length));
  const line = lineAt(source, pos);
  const key = keyOf(line);
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // A colon and a space inside a plain value: `question: Tell me about a time: you failed`.
      if (key && pos >= key.valueStart && !/^["'[{|>]/.test(source.slice(key.valueStart)) && /:(?:[ \t]|$)/.test(source.slice(key.valueStart, valueEnd(source, key.valueStart, line)))) {
        return { message: `Put ${inValueOf(key.name)} in quotes: in YAML, a colon and a space inside a value start a new key.`, at: key.valueStart, fix: quoteFix(source, key.valueStart, line) };
      }
      // A key indented under one that already has a value: `level: senior` then `  wpm: 140`.
      const next = nextLine(source, line);
      const nextKey = next && keyOf(next);
      if (key && next && nextKey && /^[ \t]+/.test(next.text) && source.slice(key.valueStart, line.end).trim() !== '') {
        return { message: `“${nextKey.name}” is indented under “${key.name}”, which already has a value: start the line at the left edge, as the other keys.`, at: next.start + /^[ \t]*/.exec(next.text)![0].length };
      }
      // A list item indented differently from the ones above it.
      if (/^[ \t]*-(?:[ \t]|$)/.test(line.text)) return { message: 'Line this item up with the items above it: YAML reads a list by its indentation.', at: line.start + /^[ \t]*/.exec(line.text)![0].length };
      if (!line.text.includes(':')) return noKey(line);
      return undefined;
    }
    case 'TAB_AS_INDENT':
      return { message: 'Indent this line with spaces: YAML does not allow a tab for indentation.', at: line.start };
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])/.exec(error.message)?.[1];
      if (quote) {
        const open = openingQuote(source, quote, pos);
        if (open === undefined) return undefined;
        const opened = lineAt(source, open);
        const name = keyOf(opened)?.name;
        const end = opened.end - /[ \t]*$/.exec(opened.text)![0].length;
        // Closing it at the end of its line mends it when the value is one line, as a front matter's values are.
        const after = nextLine(source, opened);
        const fix = !after || !/^[ \t]/.test(after.text) ? { title: 'Close the quote', start: end, end, newText: quote } : undefined;
        return { message: `Close the quote that opens ${inValueOf(name)}: add a ${quote} at the end of the value.`, at: open, fix };
      }
      if (/followed by map values/.test(error.message) && !line.text.includes(':')) return noKey(line);
      return undefined;
    }
    case 'BAD_INDENT': {
      const bracket = /end with an? ([\]}])/.exec(error.message)?.[1];
      if (!bracket) {
        // A key of a nested group indented differently from the keys above it.
        if (!/same column/.test(error.message)) return undefined;
        const name = key?.name;
        return { message: `Line ${name ? `“${name}”` : 'this key'} up with the keys above it: YAML reads which keys belong together by their indentation.`, at: line.start + /^[ \t]*/.exec(line.text)![0].length };
      }
      const open = unclosedBracket(source);
      if (open === undefined) return undefined;
      const opened = lineAt(source, open);
      const name = keyOf(opened)?.name;
      const after = nextLine(source, opened);
      const end = valueEnd(source, open, opened);
      const fix = !after || !/^[ \t]/.test(after.text) ? { title: `Add the closing ${bracket}`, start: end, end, newText: bracket } : undefined;
      const message = bracket === ']' ? `Close the list ${name ? `in “${name}”` : 'here'}: add a ] after its last item.` : `Close the { that opens ${inValueOf(name)}: add a } at its end.`;
      return { message, at: open, fix };
    }
    case 'DUPLICATE_KEY': {
      if (!key) return undefined;
      const first = firstKeyLine(source, key.name, line.start, firstLine);
      return { message: first === undefined ? `“${key.name}” is set twice: keep one of the two.` : `“${key.name}” is already set on line ${first}: keep one of the two.`, at: line.start + /^[ \t]*/.exec(line.text)![0].length };
    }
    case 'BAD_SCALAR_START': {
      const c = source[pos];
      if (!key || pos < key.valueStart || !c) return undefined;
      return { message: `Put ${inValueOf(key.name)} in quotes: in YAML, a value cannot start with ${c}.`, at: pos, fix: quoteFix(source, pos, line) };
    }
    case 'BAD_DQ_ESCAPE': {
      // `question: "C:\new"`: in double quotes a backslash starts an escape.
      if (!key || source[key.valueStart] !== '"') return undefined;
      const end = valueEnd(source, key.valueStart, line);
      const inner = source.slice(key.valueStart + 1, end - 1);
      const fix = source[end - 1] === '"' && end - 1 > key.valueStart && !inner.includes('"') ? { title: 'Use single quotes', start: key.valueStart, end, newText: `'${inner.replace(/'/g, "''")}'` } : undefined;
      return { message: `Put ${inValueOf(key.name)} in single quotes: in double quotes, YAML reads a backslash as the start of an escape.`, at: pos, fix };
    }
    case 'UNEXPECTED_TOKEN': {
      // Text after a closing quote: `question: "Tell me" about a time`.
      if (!key || !/^["']/.test(source.slice(key.valueStart)) || !/scalar/.test(error.message)) return undefined;
      return { message: `Put the whole value of “${key.name}” in quotes: YAML ends a quoted value at its closing quote.`, at: key.valueStart, fix: quoteFix(source, key.valueStart, line) };
    }
    default:
      return undefined;
  }
}

function noKey(line: Line): YamlProblem {
  return { message: 'Write this line as “key: value”, or start it with # to make it a comment: every line here is a key and its value.', at: line.start + /^[ \t]*/.exec(line.text)![0].length };
}

/** The line number where `name` is first set at the top level, before `before`; the YAML's first line is `firstLine`. */
function firstKeyLine(source: string, name: string, before: number, firstLine: number): number | undefined {
  let at = 0;
  let n = firstLine;
  while (at < before) {
    const line = lineAt(source, at);
    if (!/^[ \t]/.test(line.text) && keyOf(line)?.name === name) return n;
    at = line.end + (source[line.end] === '\r' && source[line.end + 1] === '\n' ? 2 : 1);
    n++;
  }
  return undefined;
}
