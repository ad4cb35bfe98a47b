// Fixing a story with nobody watching (the CLI's `--fix`): every fix that needs nothing from the author, in rounds,
// each round analyzed again and kept only if it makes no rule find more. Text in, text out; the adapters do the files.
import { analyze, type Analysis } from './analyze';
import type { StarCoachConfig } from './config';
import { applyEdits, unattendedEdits, type UnattendedFix } from './fixes';
import type { Diagnostic } from './types';

/** At most this many rounds, as ESLint does: a fix that overlaps another waits for the next round. */
export const MAX_FIX_PASSES = 10;

export interface FixedStory {
  /** The text with the fixes applied (the very string given when none was). */
  text: string;
  /** What was fixed: each finding as it was reported before its fix, in the order the fixes went in. */
  fixed: Array<Pick<Diagnostic, 'rule' | 'message'>>;
  /** The analysis of `text`: what is left. */
  analysis: Analysis;
}

function countByRule(diagnostics: Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return counts;
}

/** Whether, after `fixed` were fixed, no rule finds more than it did before, less those: the fixes took their findings away and added none. */
function addsNothing(before: Diagnostic[], fixed: Diagnostic[], after: Diagnostic[]): boolean {
  const allowed = countByRule(before);
  for (const d of fixed) allowed.set(d.rule, allowed.get(d.rule)! - 1);
  return [...countByRule(after)].every(([rule, n]) => n <= (allowed.get(rule) ?? 0));
}

/** A fix as it would be offered again in a later round, whatever has moved: its finding and its text. */
const fixKey = (c: UnattendedFix) => JSON.stringify([c.diagnostic.rule, c.diagnostic.message, c.edits.map((e) => e.newText)]);

/**
 * Applies every fix that needs nothing from the author (`unattendedFix`), analyzing again after each round, until none is
 * left or after `MAX_FIX_PASSES` rounds. A fix that would make a rule find something new (passive voice rewritten into
 * a sentence another rule flags) or leave its own finding standing is held back, and its finding stays for the author.
 */
export function fixStory(text: string, config: StarCoachConfig = {}): FixedStory {
  const fixed: FixedStory['fixed'] = [];
  const heldBack = new Set<string>();
  let analysis = analyze(text, config);
  for (let pass = 0; pass < MAX_FIX_PASSES && !analysis.failed; pass++) {
    const current = analysis;
    const chosen = unattendedEdits(current.diagnostics, current.story.lines).filter((c) => !heldBack.has(fixKey(c)));
    if (chosen.length === 0) break;
    const tryFixes = (fixes: UnattendedFix[]): Analysis | undefined => {
      const next = analyze(applyEdits(current.story.text, fixes.flatMap((c) => c.edits), false), config);
      const good = !next.failed && next.story.text !== current.story.text && addsNothing(current.diagnostics, fixes.map((c) => c.diagnostic), next.diagnostics);
      return good ? next : undefined;
    };
    let kept = chosen;
    let next = tryFixes(chosen);
    if (!next) {
      // One of them, or two together, add a finding: take them one at a time, each on top of those kept.
      kept = [];
      for (const c of chosen) {
        const tried = tryFixes([...kept, c]);
        if (tried) {
          kept.push(c);
          next = tried;
        } else heldBack.add(fixKey(c));
      }
    }
    if (!next) continue; // all of this round's held back; a fix that waited on one of them may go in next round
    fixed.push(...kept.map(({ diagnostic: { rule, message } }) => ({ rule, message })));
    analysis = next;
  }
  return { text: analysis.story.text, fixed, analysis };
}
