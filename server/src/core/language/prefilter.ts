// A word index in front of a list of patterns: most of the reading's patterns are long alternations of phrases
// ("\b(?:root cause|traced … to|turned out|…)\b"), and testing each on every sentence was most of the reading's time.
// Each pattern's source is parsed once (regexpp, ESLint's parser) for the words one of which every match must begin
// with; a sentence is then tried only on the patterns whose words it holds. A pattern whose matches need no such word
// is always tried. `test/prefilter.test.ts` checks on every fixture sentence that the index never leaves out a
// pattern that matches.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
/** Words too common to say much: a set of anchors made of them is tried on nearly every sentence. */
const COMMON = new Set('i a an the my our we to of in on at for with and or but was were is are be been it this that their his her them me us so as by not no'.split(' '));

/** The cost of relying on a set of anchors: roughly, the share of sentences that hold one of them. */
const costOf = (anchors: readonly string[]) => 1 - anchors.reduce((p, a) => p * (1 - (COMMON.has(a.replace(/\*$/, '')) ? 0.5 : a.length <= 3 ? 0.2 : 0.03)), 1);

interface Reading {
  /** Anchor words, one of which begins a word of every match (by prefix); null when none can be told. */
  anchors: string[] | null;
  /** Whether the position after the element is known to be at the start of a word (or past a non-word character). */
  alignedAfter: boolean;
}

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  return costOf(b) < costOf(a) ? b : a;
}

function readAlternatives(alternatives: readonly AST.Alternative[], aligned: boolean): Reading {
  let anchors: string[] | null = [];
  let alignedAfter = true;
  for (const alt of alternatives) {
    const r = readSequence(alt.elements, aligned);
    anchors = anchors && r.anchors ? [...anchors, ...r.anchors] : null;
    alignedAfter &&= r.alignedAfter;
  }
  return { anchors: anchors && anchors.length > 0 ? [...new Set(anchors)] : null, alignedAfter };
}

/** Whether a class or set can only match characters that end a word (a space, a comma…). */
function onlyNonWord(node: AST.Node): boolean {
  if (node.type === 'CharacterSet') return node.kind === 'space' && !node.negate;
  if (node.type === 'CharacterClass' && !node.negate) {
    return node.elements.every((e) => (e.type === 'Character' ? !isWordChar(String.fromCodePoint(e.value).toLowerCase().charCodeAt(0)) : e.type === 'CharacterSet' ? e.kind === 'space' && !e.negate : false));
  }
  return false;
}

function readSequence(elements: readonly AST.Element[], alignedAtStart: boolean): Reading {
  let best: string[] | null = null;
  let aligned = alignedAtStart;
  let run: string | null = null; // the word being spelled out, when it began at a word's start
  // A word ended by a space, a comma or `\b` is whole; one ended by anything else is only a word's beginning ("apologi*").
  const close = (whole: boolean) => {
    if (run) best = better(best, [whole ? run : `${run}*`]);
    run = null;
  };
  for (const e of elements) {
    if (e.type === 'Character') {
      const ch = String.fromCodePoint(e.value).toLowerCase();
      if (isWordChar(ch.charCodeAt(0)) && ch.length === 1) {
        if (run !== null) run += ch;
        else if (aligned) run = ch;
        aligned = false;
      } else {
        close(true);
        aligned = true;
      }
      continue;
    }
    close(e.type === 'Assertion' && e.kind === 'word' && !e.negate);
    if (e.type === 'Assertion') {
      if (e.kind === 'word' && !e.negate) aligned = true;
      else if (e.kind === 'start') aligned = true;
      else if (e.kind === 'lookahead' || e.kind === 'lookbehind') { /* zero width: the position stays */ } else aligned = false;
    } else if (e.type === 'Group' || e.type === 'CapturingGroup') {
      const r = readAlternatives(e.alternatives, aligned);
      best = better(best, r.anchors);
      aligned = r.alignedAfter;
    } else if (e.type === 'Quantifier') {
      const inner = e.element;
      const r = inner.type === 'Group' || inner.type === 'CapturingGroup' ? readAlternatives(inner.alternatives, aligned)
        : inner.type === 'Character' ? { anchors: null, alignedAfter: !isWordChar(String.fromCodePoint(inner.value).toLowerCase().charCodeAt(0)) }
        : { anchors: null, alignedAfter: onlyNonWord(inner) };
      if (e.min >= 1) best = better(best, r.anchors);
      // Skipped, the position is where it was; taken, it is where the element leaves it.
      aligned = e.min >= 1 ? r.alignedAfter : aligned && r.alignedAfter;
    } else {
      aligned = onlyNonWord(e);
    }
  }
  close(false);
  return { anchors: best, alignedAfter: aligned };
}

/** The anchor words of a pattern (see the top of this file), or null when its matches need none. */
export function anchorsOf(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('i') && /[A-Z]/.test(pattern.source)) return null;
  const ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u'), unicodeSets: pattern.flags.includes('v') });
  // A match may begin in the middle of a word unless the pattern says otherwise (`\b`, `^`).
  return readAlternatives(ast.alternatives, false).anchors;
}

/** A letter or digit as a number from 1 to 36 (0 for any other character). */
const symbol = (code: number) => (code >= 97 && code <= 122 ? code - 96 : code >= 48 && code <= 57 ? code - 21 : 0);
/** A slot for a word's first one, two or three letters or digits: a plain array indexed by it is the index. */
const key = (text: string, at: number, length: number) => {
  let k = 0;
  for (let i = 0; i < length; i++) k = k * 37 + symbol(text.charCodeAt(at + i));
  return k;
};
const SLOTS = 37 ** 3;

interface Anchor { word: string; whole: boolean; ids: number[] }

/** Each named index's anchors, read when the CLI and the server are built (`scripts/anchor-table.mjs`); absent unbundled. */
type AnchorTable = Record<string, { fingerprint: string; anchors: Array<string[] | null> }>;
declare const STAR_COACH_ANCHORS: AnchorTable | undefined;
const BUILT_TABLE: AnchorTable | undefined = typeof STAR_COACH_ANCHORS === 'object' ? STAR_COACH_ANCHORS : undefined;
const NAMED: PatternIndex[] = [];

/** What a list of patterns is, in a few characters (FNV-1a over flags and sources): a table read for other patterns is not used. */
export function fingerprintOf(patterns: readonly RegExp[]): string {
  let h = 0x811c9dc5;
  for (const p of patterns) {
    const text = `${p.flags}/${p.source}\n`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `${patterns.length}:${h.toString(36)}`;
}

/** The anchors of every named index, as the build writes them into the bundle. */
export function anchorTable(): AnchorTable {
  return Object.fromEntries(NAMED.map((ix) => [ix.name!, { fingerprint: fingerprintOf(ix.patterns), anchors: ix.patterns.map(anchorsOf) }]));
}

/** Patterns behind a word index: `candidates` marks those worth trying on a text, `some` tries them. */
export class PatternIndex {
  private always: number[] = [];
  /** Anchors by their first three letters (all of them, for shorter anchors). */
  private bySlot: Array<Anchor[] | undefined> = [];
  /** The beginnings of words shorter than three letters ("re*"), by their first letter. */
  private shortBeginnings: Array<Anchor[] | undefined> = [];
  private built = false;
  /** The marks `candidates` returns, kept from call to call: a new typed array for each sentence cost more than the scan. */
  private mark = new Uint8Array(0);

  /**
   * `name` ties the index to its row in the table the build reads (parsing the patterns took about 40 ms of a process's
   * first story); `table` stands in for that table in tests (such an index is not one the build reads).
   */
  private readonly table: AnchorTable | undefined;
  constructor(readonly patterns: readonly RegExp[], readonly name?: string, table?: AnchorTable) {
    this.table = table ?? BUILT_TABLE;
    if (name && !table) NAMED.push(this);
  }

  /**
   * Reads the patterns on first use, not when the module loads: the server's first diagnostics need few of them. The
   * built table is used only when it was read from these very patterns; otherwise each is parsed here.
   */
  private build(): void {
    this.built = true;
    this.mark = new Uint8Array(this.patterns.length);
    this.bySlot = new Array(SLOTS).fill(undefined);
    const all = new Map<string, Anchor>();
    const row = this.name ? this.table?.[this.name] : undefined;
    const read = row && row.fingerprint === fingerprintOf(this.patterns) ? row.anchors : undefined;
    this.patterns.forEach((p, id) => {
      const anchors = read ? read[id] : anchorsOf(p);
      if (!anchors) return void this.always.push(id);
      for (const a of anchors) {
        const known = all.get(a);
        if (known) { known.ids.push(id); continue; }
        const whole = !a.endsWith('*');
        const anchor: Anchor = { word: whole ? a : a.slice(0, -1), whole, ids: [id] };
        all.set(a, anchor);
        if (!whole && anchor.word.length < 3) (this.shortBeginnings[symbol(anchor.word.charCodeAt(0))] ??= []).push(anchor);
        else (this.bySlot[key(anchor.word, 0, Math.min(3, anchor.word.length))] ??= []).push(anchor);
      }
    });
  }

  /**
   * For each pattern, whether it may match `text` (lower case): 0 means it cannot. The array is the index's own, good
   * until its next call: read it, or copy it, before asking again.
   */
  candidates(text: string): Uint8Array {
    if (!this.built) this.build();
    const mark = this.mark;
    mark.fill(0);
    for (const id of this.always) mark[id] = 1;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const first = symbol(text.charCodeAt(i));
      if (first === 0) { i++; continue; }
      let k = first;
      let end = i + 1;
      for (let s = 0; end < n && (s = symbol(text.charCodeAt(end))) !== 0; end++) if (end - i < 3) k = k * 37 + s;
      const length = end - i;
      const list = this.bySlot[k];
      if (list) {
        for (const a of list) {
          if (a.whole ? a.word.length !== length : a.word.length > length) continue;
          if (a.word.length > 3 && !text.startsWith(a.word, i)) continue;
          for (const id of a.ids) mark[id] = 1;
        }
      }
      const short = this.shortBeginnings[first];
      if (short) for (const a of short) if (a.word.length <= length && text.startsWith(a.word, i)) for (const id of a.ids) mark[id] = 1;
      i = end;
    }
    return mark;
  }

  /** Whether any pattern matches `text` (lower case). */
  some(text: string): boolean {
    const mark = this.candidates(text);
    for (let id = 0; id < this.patterns.length; id++) if (mark[id] === 1 && this.patterns[id].test(text)) return true;
    return false;
  }
}
