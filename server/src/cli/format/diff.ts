// `--fix-dry-run`'s output: a unified diff of a file's text before and after, as `diff -u` writes it, for `patch -p0`
// and `git apply -p0`. Lines end at LF; a CR stays part of its line, so a CRLF file's diff gives CRLF back.

/** Lines of unchanged text around each change. */
const CONTEXT = 3;
/**
 * Past this many lines added or removed, the middle of the file is given as removed and added whole: still a correct
 * diff, and the search for a shortest one (time in lines × changes) stays bounded on a 2 MiB story.
 */
const MAX_CHANGES = 1000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The lines of `text`, each with its LF; the last one may have none. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/**
 * A shortest edit script from `a` to `b` (Myers, "An O(ND) difference algorithm", 1986), or undefined past `max`
 * changes. Each entry of the trace is the furthest point reached on each diagonal before that many changes.
 */
function shortestEdit(a: string[], b: string[], max: number): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(max, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset);
    }
  }
  return undefined;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', line: a[--x] }), y--;
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  return ops.reverse();
}

/** Every line of `before` and `after`, the same ones kept, the changed middle found by `shortestEdit`. */
function lineOps(before: string[], after: string[]): Op[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const middle = shortestEdit(a, b, MAX_CHANGES) ?? [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  const same = (line: string): Op => ({ kind: ' ', line });
  return [...before.slice(0, head).map(same), ...middle, ...before.slice(before.length - tail).map(same)];
}

/** A hunk's range as `diff -u` writes it: the first line and the count, the count left out when it is 1. */
function hunkRange(first: number, count: number): string {
  // An empty range names the line before it.
  if (count === 0) return `${first - 1},0`;
  return count === 1 ? `${first}` : `${first},${count}`;
}

/**
 * The unified diff that turns `before` into `after`, both named `path`; empty when they are the same. A name with a tab,
 * a quote, a backslash, a line break or a space at either end could not be read back, so it is quoted as Git quotes names.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  // A space would end the name for `patch`, unless a tab ends it first, as after `diff -u`'s names.
  const name = /[\t\n\r"\\]|^\s|\s$/.test(path) ? JSON.stringify(path) : / /.test(path) ? `${path}\t` : path;
  const out: string[] = [`--- ${name}\n`, `+++ ${name}\n`];
  const line = (op: Op) => op.kind + (op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`);
  // Where each op stands in the old and the new text (1-based), for the hunk headers.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  for (let j = 0, o = 1, n = 1; j < ops.length; j++) {
    oldAt.push(o);
    newAt.push(n);
    if (ops[j].kind !== '+') o++;
    if (ops[j].kind !== '-') n++;
  }
  let i = 0;
  while (i < ops.length) {
    // The next change, then on while the following one comes within twice the context.
    while (i < ops.length && ops[i].kind === ' ') i++;
    if (i === ops.length) break;
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== ' ') end = j + 1;
      else if (j - end >= 2 * CONTEXT) break;
    }
    end = Math.min(ops.length, end + CONTEXT);
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${hunkRange(oldAt[start], oldCount)} +${hunkRange(newAt[start], newCount)} @@\n`, ...hunk.map(line));
    i = end;
  }
  return out.join('');
}
