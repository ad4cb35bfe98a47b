// Scores a folder of story pairs (pNN-a.star.md, pNN-b.star.md) against its README's labels: each pair either
// contradicts itself ("conflict", with the lines of each side, `a:LINE b:LINE`) or must not be flagged
// ("consistent", "different"). A conflict counts as found when the bank flags the pair at a labelled line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, bank, bankEntry } from '../../server/src/core';

export interface PairScore { pair: string; label: 'conflict' | 'consistent' | 'different'; flagged: boolean; atLine: boolean; what: string[] }

export function scorePairs(dir: string): { pairs: PairScore[]; found: number; conflicts: number; falseAlarms: number; clean: number } {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const names = [...new Set(readdirSync(dir).filter((f) => /^p\d+-a\.star\.md$/.test(f)).map((f) => f.slice(0, 3)))].sort();
  const pairs = names.map((pair): PairScore => {
    const line = new RegExp(`^\\W*${pair}\\W*:?\\W*(conflict|consistent|different)(.*)$`, 'm').exec(readme);
    if (!line) throw new Error(`${dir}: no label for ${pair}`);
    const label = line[1] as PairScore['label'];
    const lines = /a:([\d,]+)\W+b:([\d,]+)/.exec(line[2]);
    const entries = ['a', 'b'].map((side) => {
      const path = `${pair}-${side}.star.md`;
      return bankEntry(path, analyze(readFileSync(join(dir, path), 'utf8')));
    });
    const { conflicts } = bank(entries);
    const atLine = !lines || conflicts.some((c) => c.paths.every((p, i) => (p.includes('-a.') ? lines[1] : lines[2]).split(',').includes(String(c.ranges[i].start.line + 1))));
    return { pair, label, flagged: conflicts.length > 0, atLine, what: conflicts.map((c) => c.what) };
  });
  const conflicting = pairs.filter((p) => p.label === 'conflict');
  return {
    pairs,
    conflicts: conflicting.length,
    found: conflicting.filter((p) => p.flagged && p.atLine).length,
    clean: pairs.length - conflicting.length,
    falseAlarms: pairs.filter((p) => p.label !== 'conflict' && p.flagged).length,
  };
}
