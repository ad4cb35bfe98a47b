// Offsets <-> LSP positions (0-based line, UTF-16 character) over the original text, CR, LF and CRLF alike.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

export class LineIndex {
  /** Offset where each line starts. */
  readonly lineStarts: number[] = [0];
  /** Offset where each line's content ends (before its line break). */
  readonly lineEnds: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */ || c === 10 /* \n */) {
        this.lineEnds.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
    this.lineEnds.push(text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnds[line]);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a CRLF pair belongs to the end of the line.
    return { line: lo, character: Math.min(o, this.lineEnds[lo]) - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnds[position.line]);
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/**
 * `text` without its trailing line breaks. A scan from the end: `/(\r\n|\r|\n)*$/` would try every offset
 * of the text in turn, which made it the single most expensive pattern in a long story.
 */
export function trimTrailingLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether `text` ends with a line break (CR or LF). */
export function endsWithLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13;
}

/** The white space above U+1680 that `\s` matches (an ogham space, the typographic spaces, line and paragraph separators, BOM). */
const WIDE_SPACE = /\s/;
/** `text` with each run of white space as one space (the text itself when it has none to squeeze, as most sentences). */
export function squeezeSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 || (i + 1 < text.length && text.charCodeAt(i + 1) <= 32) : c <= 32 || c === 0xa0 || (c >= 0x1680 && WIDE_SPACE.test(text[i]))) {
      return text.replace(/\s+/g, ' ');
    }
  }
  return text;
}
