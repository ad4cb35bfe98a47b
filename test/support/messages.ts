// What makes a message read badly: a "who …?" question or a quoted fragment cut off on a function word. The same
// judgement as ../shared/tools/messages-check.mjs, so a message the suite passes passes that check too.
const set = (s: string) => new Set(s.trim().split(/\s+/));
const HARD = set(`the a an and or but nor not no 's 'd ’s ’d 'll 're 've was were is are be been being am have had has do did does will would can could should may might must
my our their his its your that which who whom whose than as if because while when where every each some any all`);
/** "we all" is a whole subject. */
const PRONOUN_END = set('all each some any');
const PREP = set('to of in on at for with from by into onto about over under through across after before between without within via per up out off');

const clean = (w: string | undefined) => (w ?? '').toLowerCase().replace(/[.,;:!]+$/, '');

/** Why a message reads badly, or undefined when it reads well. */
export function garbled(message: string): string | undefined {
  const q = message.match(/\bwho ([^?]*)\?/i);
  if (q) {
    const w = q[1].trim().split(/\s+/);
    const last = clean(w.at(-1));
    if (w.length < 2) return 'one-word question';
    if (/^['’]/.test(w[0])) return 'split contraction';
    if (HARD.has(last) || (PREP.has(last) && w.length > 2)) return 'question cut short';
  }
  for (const m of message.matchAll(/“([^”]+)”/g)) {
    const w = m[1].trim().split(/\s+/);
    const last = clean(w.at(-1));
    const before = clean(w.at(-2));
    if (w.length > 1 && HARD.has(last) && !PRONOUN_END.has(last) && !(last === 'that' && PREP.has(before))) return 'quote cut short';
  }
  return undefined;
}
