// "Did you mean …?": the one edit-distance helper behind every suggestion (levels, rule ids, competencies,
// configuration keys, command-line options and commands), so that a near miss is caught the same way everywhere.

/**
 * Edits between `a` and `b`: a letter added, dropped or changed, or two neighbours swapped ("seniro" is one edit
 * from "senior"), the optimal-string-alignment distance.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rows are enough: a swap looks two letters back.
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length];
}

/**
 * How many edits still read as a slip of the keyboard: none for a word of one or two letters (anything is two edits
 * from them), one up to five letters ("staf" for staff), then a third of the word.
 */
function tolerance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  return Math.max(2, Math.floor(length / 3));
}

/**
 * The candidate `word` most likely meant, or undefined when none is close. Compared without regard to case, or
 * through `key` (say, a competency's normalized name); on a tie the first candidate wins. A word that is a
 * candidate already gets no suggestion.
 */
export function closest(word: string, candidates: readonly string[], key: (s: string) => string = (s) => s.toLowerCase()): string | undefined {
  const w = key(word);
  if (w === '') return undefined;
  let best: string | undefined;
  let bestDistance = tolerance(w.length) + 1;
  for (const c of candidates) {
    const d = editDistance(w, key(c));
    if (d === 0) return undefined;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
