// The story model: front matter, sections with their spoken sentences and clauses, probes, comments.
import { readFrontMatter, type FrontMatter } from './frontmatter';
import { readClauses, type Clause } from './language/clauses';
import { spokenWords } from './language/numbers';
import { splitSentences, tokenize, type Sentence } from './language/tokens';
import { parseMarkdown, type CommentBlock, type HeadingBlock } from './markdown';
import { LineIndex, type Span } from './text';

export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'reflection' | 'followups' | 'other';

export const STAR_KINDS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type StarKind = (typeof STAR_KINDS)[number];

export const SECTION_NAMES: Record<Exclude<SectionKind, 'other'>, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
  followups: 'Follow-ups',
};

const ALIASES: Record<Exclude<SectionKind, 'other'>, string[]> = {
  situation: ['situation', 'context', 'background', 's'],
  task: ['task', 'goal', 'problem', 't'],
  action: ['action', 'actions', 'what i did', 'a'],
  result: ['result', 'results', 'outcome', 'impact', 'r'],
  reflection: ['reflection', 'learning', 'learnings', 'lessons', 'what i learned', 'what id do differently', 'what i would do differently'],
  followups: ['followups', 'follow ups', 'follow up questions', 'followup questions', 'probes'],
};
const ALIAS_TO_KIND = new Map<string, Exclude<SectionKind, 'other'>>();
for (const [kind, names] of Object.entries(ALIASES)) for (const n of names) ALIAS_TO_KIND.set(n, kind as Exclude<SectionKind, 'other'>);

/** Matches a level-2 heading's text to a section kind, ignoring case, punctuation, emoji and a letter label. */
export function sectionKind(heading: string): SectionKind {
  const normalized = normalizeHeading(heading);
  const direct = ALIAS_TO_KIND.get(normalized);
  if (direct) return direct;
  // A letter label before a name: "S — Context", "(T) Task", "A: What I did"
  const labelled = /^\(?([star])\)?(?:\s*[:.|)\-—–]\s*|\s+)(.+)$/i.exec(heading.replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, '').trim());
  if (labelled) {
    const rest = ALIAS_TO_KIND.get(normalizeHeading(labelled[2]));
    if (rest) return rest;
    const letter = ALIAS_TO_KIND.get(labelled[1].toLowerCase());
    if (letter) return letter;
  }
  return 'other';
}

function normalizeHeading(s: string): string {
  return s
    .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, '')
    .replace(/^\s*\d+[.)]\s*/, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface StorySentence extends Sentence {
  section: Section;
  probe?: Probe;
  clauses: Clause[];
  inBlockquote: boolean;
}

export interface Probe {
  question: string;
  heading: HeadingBlock;
  span: Span;
  sentences: StorySentence[];
  words: number;
}

export interface Section {
  kind: SectionKind;
  /** The canonical name for a STAR section, the heading's text for a user section. */
  name: string;
  heading: HeadingBlock;
  /** From the heading's start to the next section's. */
  span: Span;
  sentences: StorySentence[];
  probes: Probe[];
  /** Spoken words in the section's own text (probes' answers are counted on the probes). */
  words: number;
}

export type Level = 'sde1' | 'sde2' | 'senior' | 'staff' | 'manager';
export const LEVELS: readonly Level[] = ['sde1', 'sde2', 'senior', 'staff', 'manager'];

export interface Story {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  title?: HeadingBlock;
  sections: Section[];
  comments: CommentBlock[];
  /** The text with every unspoken character blanked to a space; same length and offsets as `text`. */
  spoken: string;
  /** `spoken` in lower case with straight apostrophes (same offsets), for the rules' patterns. */
  spokenLower: string;
  /** Every spoken sentence, sections in order, probes' answers included. */
  sentences: StorySentence[];
  /**
   * Text the author has not written yet: a template's ‹placeholder›, TODO, TBD, ??, a [bracketed note]. It is blanked
   * from `spoken`, so no rule counts it as content and timing does not count it; unfilled-placeholder reports it.
   */
  placeholders: Span[];
}

/**
 * What marks a draft: a visibly unfilled ‹placeholder›, a draft mark in capitals, two question marks or more, and a
 * [bracketed note] (a link's brackets are markup, already blanked, so a bracket left in spoken text is a note).
 */
const PLACEHOLDER = /‹[^›\r\n]{0,200}›|\$\{\d+(?::[^}\r\n]{0,200})?\}|\b(?:TODO|TBD|FIXME|XXX?)\b|\?{2,}|\[[^\]\r\n]{0,80}\p{L}[^\]\r\n]{0,80}\]/gu;

function findPlaceholders(spoken: string): { spoken: string; placeholders: Span[] } {
  const placeholders: Span[] = [];
  for (const m of spoken.matchAll(PLACEHOLDER)) placeholders.push({ start: m.index!, end: m.index! + m[0].length });
  if (placeholders.length === 0) return { spoken, placeholders };
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    out += spoken.slice(at, p.start) + ' '.repeat(p.end - p.start);
    at = p.end;
  }
  return { spoken: out + spoken.slice(at), placeholders };
}

/** Lower case with straight apostrophes, character by character where a character would change length ("İ"). */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  const out = lower.length === text.length ? lower : Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return out.replace(/’/g, "'");
}

export function parseStory(text: string): Story {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text);
  // Blank the front matter so the Markdown parser sees the same offsets and no thematic breaks.
  const body = frontMatter ? text.slice(0, frontMatter.span.end).replace(/[^\r\n]/g, ' ') + text.slice(frontMatter.span.end) : text;
  // markdown-it reads NUL as U+FFFD; give it the same so every line still aligns with the file (same length).
  const md = parseMarkdown(body.replace(/\0/g, '\uFFFD'), lines);
  const { spoken, placeholders } = findPlaceholders(md.spoken);
  const story: Story = { text, lines, frontMatter, sections: [], comments: md.comments, spoken, spokenLower: lowerKeepingOffsets(spoken), sentences: [], placeholders };
  let section: Section | undefined;
  let probe: Probe | undefined;
  const close = (end: number) => {
    if (probe) probe.span.end = end;
    if (section) section.span.end = end;
  };
  for (const block of md.blocks) {
    if (block.kind === 'heading') {
      if (block.level <= 2) {
        close(block.span.start);
        probe = undefined;
        section = undefined;
        if (block.level === 1) {
          story.title ??= block;
          continue;
        }
        const kind = sectionKind(block.text);
        section = { kind, name: kind === 'other' ? block.text : SECTION_NAMES[kind], heading: block, span: { start: block.span.start, end: text.length }, sentences: [], probes: [], words: 0 };
        story.sections.push(section);
      } else if (block.level === 3 && section?.kind === 'followups') {
        if (probe) probe.span.end = block.span.start;
        probe = { question: block.text, heading: block, span: { start: block.span.start, end: section.span.end }, sentences: [], words: 0 };
        section.probes.push(probe);
      }
      continue;
    }
    if (!section || section.kind === 'other') continue;
    const tokens = tokenize(spoken.slice(block.span.start, block.span.end), block.span.start);
    for (const s of splitSentences(tokens)) {
      // Spelled out, not spread: an object spread here cost more than reading the clauses.
      const sentence: StorySentence = { tokens: s.tokens, start: s.start, end: s.end, section, probe, clauses: readClauses(s), inBlockquote: block.inBlockquote };
      let words = 0;
      for (const t of s.tokens) words += spokenWords(t);
      if (probe) {
        probe.sentences.push(sentence);
        probe.words += words;
      } else {
        section.sentences.push(sentence);
        section.words += words;
      }
    }
  }
  close(text.length);
  // The title is not spoken, but a template's ‹placeholder› left in it is still unwritten: unfilled-placeholder reports it.
  if (story.title) {
    const title = story.title.span;
    for (const m of text.slice(title.start, title.end).matchAll(/‹[^›\r\n]{0,200}›/g)) story.placeholders.push({ start: title.start + m.index!, end: title.start + m.index! + m[0].length });
    story.placeholders.sort((a, b) => a.start - b.start);
  }
  for (const s of story.sections) {
    for (const x of s.sentences) story.sentences.push(x);
    for (const p of s.probes) for (const x of p.sentences) story.sentences.push(x);
  }
  return story;
}

/** The section an offset of the story falls in (the last to start at or before it), or undefined before the first. */
export function sectionAt(story: Story, offset: number): Section | undefined {
  for (let i = story.sections.length - 1; i >= 0; i--) if (story.sections[i].span.start <= offset) return story.sections[i];
  return undefined;
}

/** Every spoken sentence of the story, sections in order, probes' answers included. */
export function allSentences(story: Story): StorySentence[] {
  return story.sentences;
}
