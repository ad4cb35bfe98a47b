// Shared helpers for rules: finding sentences and clauses, spans, numbers, and wording of messages.
import type { Clause } from '../language/clauses';
import type { Token } from '../language/tokens';
import { NUMBER_WORDS } from '../language/lexicon';
import { wordSet } from '../language/classes';
import { skipLeadingConjunctions, trimTrailingFunctionWords } from '../language/phrases';
import { type Section, type SectionKind, type Story, type StorySentence } from '../story';
import type { Span } from '../text';

/** Spoken sentences in the given kinds of section; Follow-ups include every probe's answer. */
export function sentencesIn(story: Story, kinds: readonly SectionKind[]): StorySentence[] {
  const out: StorySentence[] = [];
  for (const section of story.sections) {
    if (!kinds.includes(section.kind)) continue;
    for (const s of section.sentences) out.push(s);
    for (const probe of section.probes) for (const s of probe.sentences) out.push(s);
  }
  return out; // the order of allSentences: sections in order, each section's own sentences before its probes'
}

export function sectionsOf(story: Story, kind: SectionKind): Section[] {
  return story.sections.filter((s) => s.kind === kind);
}

export function spanOf(tokens: readonly Token[]): Span {
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end };
}

/** The span of a heading's text within its line ("Result" in "## Result"), for section-level findings. */
export function headingTextSpan(story: Story, heading: { span: Span; text: string }): Span {
  const line = story.text.slice(heading.span.start, heading.span.end);
  const at = heading.text ? line.indexOf(heading.text) : -1;
  if (at < 0) return heading.span;
  return { start: heading.span.start + at, end: heading.span.start + at + heading.text.length };
}

/** Where a story-level finding goes: the title, else the first section heading, else the first line. */
export function storyAnchor(story: Story): Span {
  if (story.title) return headingTextSpan(story, story.title);
  if (story.sections[0]) return headingTextSpan(story, story.sections[0].heading);
  const start = story.frontMatter?.span.end ?? 0;
  const pos = story.lines.positionAt(start);
  const line = Math.min(pos.line + (start > 0 ? 1 : 0), story.lines.lineCount - 1);
  return { start: story.lines.lineStarts[line], end: story.lines.lineEnds[line] };
}

/** What makes a number word a measurement when it follows it: a unit or a counted thing, or people counted. */
const UNIT_AFTER = new Set([...wordSet('measureUnits'), ...wordSet('countedPeople'), ...wordSet('servedPeople')]);

/** True when a token is a number an interviewer would hear as a measurement (not a year, a level or a version). */
export function isMeasureToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'number') {
    if (/^(19|20)\d\d$/.test(t.text)) return false; // a year
    return true;
  }
  if (t.kind === 'word' && isNumberWord(t.lower) && t.lower !== 'half') {
    const next = tokens[i + 1];
    // "two and a half days": the fraction between the number and its unit
    const unit = next?.lower === 'and' && tokens[i + 2]?.lower === 'a' && tokens[i + 3]?.lower === 'half' ? tokens[i + 4] : next;
    return !!unit && (UNIT_AFTER.has(unit.lower) || isNumberWord(unit.lower));
  }
  return false;
}

/** A number in words, compounds too ("thirty-two", "twenty-five"). */
export const isNumberWord = (w: string) => NUMBER_WORDS.has(w) || (w.includes('-') && w.split('-').every((part) => NUMBER_WORDS.has(part)));

export function hasNumber(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (isMeasureToken(tokens, i)) return true;
  return false;
}

/** The clause containing the offset. Clauses split the sentence's tokens in order and are never empty, so a binary search finds it. */
export function clauseAt(sentence: StorySentence, offset: number): Clause | undefined {
  const clauses = sentence.clauses;
  let lo = 0;
  let hi = clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid].tokens[0].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const c = clauses[lo - 1];
  return c && offset < c.tokens[c.tokens.length - 1].end ? c : undefined;
}

/** Runs a regular expression (with the g flag) over a sentence's spoken text, lower-cased, giving document spans. */
/** `keepEnd`: the pattern's last word is part of the phrase even when it is a preposition ("was part of"). */
export function* matches(story: Story, sentence: StorySentence, pattern: RegExp, keepEnd = false): Generator<{ span: Span; match: RegExpExecArray }> {
  const text = story.spokenLower.slice(sentence.start, sentence.end);
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const full = sentence.start + m.index + lead + m[0].trim().length;
    const end = keepEnd ? full : trimTrailingFunctionWords(story.spokenLower, sentence.start + m.index + lead, full);
    const start = skipLeadingConjunctions(story.spokenLower, sentence.start + m.index + lead, end);
    yield { span: { start, end }, match: m };
  }
}

/** True when every word token in the span is inside quotation marks or a block quote. */
export function isQuoted(sentence: StorySentence, span: Span): boolean {
  if (sentence.inBlockquote) return true;
  let words = 0;
  for (let i = tokenIndexAt(sentence.tokens, span.start); i < sentence.tokens.length && sentence.tokens[i].end <= span.end; i++) {
    const t = sentence.tokens[i];
    if (t.kind !== 'word') continue;
    if (!t.quoted) return false;
    words++;
  }
  return words > 0;
}

/** Index of the first token starting at or after an offset (tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text a message quotes, cut to `max` characters (with "…") so that a pasted wall of text never becomes a wall of a message. */
export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 2]) ? max - 2 : max - 1; // never half of a surrogate pair
  return text.slice(0, cut) + '…';
}

/**
 * The span grown over markup that touches it (`[`, `](url)`, `**`, backticks), so a fix that replaces or inserts at a
 * sentence's edge never lands inside a link or an emphasis and breaks the Markdown.
 */
export function withMarkup(story: Story, span: Span): Span {
  const unspoken = (i: number) => (story.spoken[i] === ' ' && !/\s/.test(story.text[i])) || /[*_~]/.test(story.text[i]);
  let { start, end } = span;
  while (start > 0 && unspoken(start - 1)) start--;
  while (end < story.text.length && unspoken(end)) end++;
  return { start, end };
}

/** A sentence's span for a rewrite: markup at its edges included, closing punctuation left in place. */
export function sentenceRewriteSpan(story: Story, sentence: StorySentence): Span {
  return withMarkup(story, { start: sentence.start, end: sentenceBodyEnd(story, sentence) });
}

/** The end of a sentence's source text, before its closing punctuation. */
export function sentenceBodyEnd(story: Story, sentence: StorySentence): number {
  let end = sentence.end;
  while (end > sentence.start && /[.!?…]/.test(story.text[end - 1])) end--;
  return end;
}

/** Where to add a sentence at the end of a section: after its last spoken text. */
export function sectionAppendPoint(section: Section): number {
  const last = section.sentences[section.sentences.length - 1];
  return last ? last.end : section.heading.span.end;
}
