// What makes a message read badly: a "who …?" question or a quoted fragment cut off on a function word. The same
// judgement as ../shared/tools/messages-check.mjs, so a message the suite passes passes that check too.
const set = (s: string) => new Set(s.trim().split(/\s+/));
const HARD = set(`the a an and or but nor not no 's 'd ’s ’d 'll 're 've was were is are be been being am have had has do did does will would can could should may might must
my our their his its your that which who whom whose than as if because while when where every each some any all`);
/** "we all" is a whole subject. */
const PRONOUN_END = set('all each some any');
const DEGREE = set('more much very quite rather');
/** Hedges that end on a degree word and are whole as they stand. */
const WHOLE_DEGREE = new Set(['more or less', 'pretty much', 'very much', 'so much', 'that much', 'too much']);
const ARTICLES = set('a an');
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
    // "much more" or "a much better" with nothing after it: the word it compares is cut off
    if (w.length > 1 && !WHOLE_DEGREE.has(m[1].trim().toLowerCase()) && (DEGREE.has(last) || (ARTICLES.has(clean(w[0])) && /^(?:better|worse)$/.test(last)))) return 'comparison cut short';
  }
  return undefined;
}

/** Words after which a phrase may stop: a new phrase, a clause or a list starts there. */
const BREAK = set(`${[...HARD, ...PREP].join(' ')} so then yet nor to until since once unless whether like as also too again instead together myself
herself himself themselves ourselves it them him her me us this these those there here around along against among toward towards upon behind
beyond despite during down back away than rather given`);
/** Prepositions that join a word to itself ("clinic by clinic", "end to end", "day after day"). */
const PAIRING = set('by to after upon in for over');

/**
 * Why a "who …?" question reads cut short against the story it was taken from, or undefined: it stops in the middle of
 * a phrase the story goes on with ("who rolled it out clinic?" of "clinic by clinic", "who automated half of the
 * manual?" of "the manual test cases"). `text` is the story, `from` where the finding starts.
 */
export function cutInSource(message: string, text: string, from: number): string | undefined {
  const q = message.match(/\bwho ([^?]*)\?/i);
  if (!q) return undefined;
  const at = text.indexOf(q[1], from);
  if (at < 0) return undefined; // a contraction spelled out, or words the rule put together: nothing to compare
  const after = text.slice(at + q[1].length);
  const next = after.match(/^ ([\p{L}][\p{L}'’-]*)(?: ([\p{L}][\p{L}'’-]*))?/u);
  if (!next) return undefined; // punctuation or the end of the line: the phrase ended
  const last = clean(q[1].trim().split(/\s+/).at(-1));
  const [word, then] = [clean(next[1]), clean(next[2])];
  if (PAIRING.has(word) && then === last) return 'pair cut in half';
  if (BREAK.has(word) || /(?:ing|ed|ly)$/.test(word)) return undefined;
  return 'phrase cut short';
}
