// The data the coaching panel and the answer preview show, computed from an analysis. Pure: the server sends it as is.
import { competencyKind } from './aim';
import type { Analysis } from './analyze';
import { LEVEL_EXPECTATIONS, type CompetencyAngle, type LevelExpectation } from './coaching';
import { AIM_NOTES, GENERAL_NOTES, probesFor, sectionNotes, type CheckItem, type ProbeCoaching } from './notes';
import { hasNumber } from './rules/helpers';
import type { Section, SectionKind, Story } from './story';
import { PROBE_TARGET, sectionTiming } from './timing';
import type { Severity } from './types';
import type { Range } from './text';

export interface ChecklistItem {
  label: string;
  done: boolean;
}

export interface ViewDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Whether a quick fix exists for it. */
  fixable: boolean;
}

export interface CoachingView {
  title?: string;
  level: LevelExpectation & { range: { min: number; max: number }; totalSeconds: number };
  section?: {
    name: string;
    kind: SectionKind;
    purpose: string;
    seconds: number;
    targetSeconds?: number;
    capSeconds?: number;
    /** The same judgement the preview, the lens and section-over-time make: an empty section is empty, never "within". */
    status: TimeStatus;
    checklist: ChecklistItem[];
    mistakes: string[];
    phrasing: string[];
    diagnostics: ViewDiagnostic[];
  };
  competencies: CompetencyAngle[];
  probes: ProbeCoaching[];
  prepared: Array<{ question: string; seconds: number; line: number }>;
}

const seconds = (words: number, wpm: number) => Math.round((words / wpm) * 600) / 10;

/** Whether the Problems view has a finding of `rules` in the section (anywhere in the story when `story` is set). */
function flagged(analysis: Analysis, rules: string[], section?: Section): boolean {
  return analysis.diagnostics.some((d) => rules.includes(d.rule) && (!section || (d.span.start >= section.span.start && d.span.start < section.span.end)));
}

/** Whether a checklist item is done; see `CheckItem` for how each kind is computed. */
function done(analysis: Analysis, section: Section, item: CheckItem): boolean {
  const { story, timing } = analysis;
  if ('probes' in item) {
    const answered = section.probes.length > 0 && section.probes.every((p) => p.words > 0);
    if (item.probes === 'answered') return answered;
    return answered && section.probes.every((p) => seconds(p.words, timing.wpm) >= PROBE_TARGET.min && seconds(p.words, timing.wpm) <= PROBE_TARGET.max);
  }
  // An empty section does nothing yet, and a placeholder is not content: no item is done while one is left in.
  if (section.words === 0 || flagged(analysis, ['unfilled-placeholder'], section)) return false;
  if ('rules' in item) return !flagged(analysis, item.rules, item.story ? undefined : section);
  if ('within' in item) return (sectionTiming(timing, story, section)?.seconds ?? 0) <= item.within;
  if ('number' in item) return section.sentences.some((s) => hasNumber(s.tokens));
  return section.sentences.some((s) => item.cue.test(story.spokenLower.slice(s.start, s.end).replace(/\s+/g, ' ')));
}

function checklist(analysis: Analysis, section: Section, items: CheckItem[]): ChecklistItem[] {
  return items.map((item) => ({ label: item.label, done: done(analysis, section, item) }));
}

/** One angle per competency claimed, in the order claimed; a name the coach does not know gets the general note. */
function competencyAngles(analysis: Analysis): CompetencyAngle[] {
  return analysis.aim.claimed.map((name) => {
    const kind = competencyKind(name);
    const notes = kind ? AIM_NOTES[kind] : GENERAL_NOTES;
    return { name, lead: notes.lead, emphasize: notes.emphasize, downplay: notes.downplay };
  });
}

/** The coaching panel's content for the cursor at `offset`. */
export function coachingAt(analysis: Analysis, offset: number): CoachingView {
  const { story, timing, options } = analysis;
  const section = [...story.sections].reverse().find((s) => s.span.start <= offset);
  const view: CoachingView = {
    title: story.title?.text,
    level: { ...LEVEL_EXPECTATIONS[options.level], range: timing.range, totalSeconds: timing.totalSeconds },
    competencies: competencyAngles(analysis),
    probes: probesFor(analysis.aim),
    prepared: story.sections.flatMap((s) => s.probes.map((p) => ({ question: p.question, seconds: seconds(p.words, timing.wpm), line: p.heading.line }))),
  };
  if (section && section.kind !== 'other') {
    const t = sectionTiming(timing, story, section);
    const notes = sectionNotes(analysis.aim, section.kind, options.level);
    view.section = {
      name: section.name,
      kind: section.kind,
      purpose: notes.purpose,
      seconds: t?.seconds ?? seconds(section.probes.reduce((n, p) => n + p.words, 0), timing.wpm),
      targetSeconds: t?.targetSeconds,
      capSeconds: t?.capSeconds,
      status: timeStatus(section.words + section.probes.reduce((n, p) => n + p.words, 0), t?.seconds ?? 0, t?.targetSeconds, t?.capSeconds),
      checklist: checklist(analysis, section, notes.checklist),
      mistakes: [notes.mistake],
      phrasing: notes.phrasing,
      diagnostics: analysis.diagnostics
        .filter((d) => d.span.start >= section.span.start && d.span.start < section.span.end)
        .map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range, fixable: d.fixes.length > 0 })),
    };
  }
  return view;
}

/** How a section's spoken time stands against its target; the target itself is the threshold (as section-over-time has it). */
export type TimeStatus = 'empty' | 'within' | 'over' | 'over-cap' | 'untimed';

export function timeStatus(words: number, seconds: number, target?: number, cap?: number): TimeStatus {
  if (words === 0) return 'empty';
  if (!target) return 'untimed';
  if (cap !== undefined && seconds > cap) return 'over-cap';
  return seconds > target ? 'over' : 'within';
}

export interface AnswerView {
  title?: string;
  level: string;
  wpm: number;
  totalSeconds: number;
  range: { min: number; max: number };
  sections: Array<{
    name: string;
    kind: SectionKind;
    line: number;
    seconds: number;
    targetSeconds?: number;
    capSeconds?: number;
    status: TimeStatus;
    /** Spoken sentences, each with its start line (for scroll sync) and when the speaker reaches it. */
    sentences: Array<{ text: string; line: number; startSecond: number; seconds: number }>;
  }>;
  probes: Array<{ question: string; line: number; seconds: number; answer: Array<{ text: string; line: number }> }>;
}

/** The answer as it will be spoken, section by section, timed at `wpm` (the story's own rate when not given). */
export function spokenAnswer(analysis: Analysis, wpm = analysis.timing.wpm): AnswerView {
  const { story, timing } = analysis;
  const text = (s: { start: number; end: number }) => story.spoken.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const line = (offset: number) => story.lines.positionAt(offset).line;
  let clock = 0;
  const sections: AnswerView['sections'] = [];
  for (const s of story.sections) {
    if (s.kind === 'other' || s.kind === 'followups') continue;
    const t = sectionTiming(timing, story, s);
    const secs = seconds(s.words, wpm);
    const sentences = s.sentences.map((sentence) => {
      const words = Math.max(1, text(sentence).split(' ').length);
      const item = { text: text(sentence), line: line(sentence.start), startSecond: Math.round(clock * 10) / 10, seconds: 0 };
      return { item, words };
    });
    // Spread the section's spoken time over its sentences by their share of written words.
    const written = sentences.reduce((n, x) => n + x.words, 0) || 1;
    for (const x of sentences) {
      x.item.startSecond = Math.round(clock * 10) / 10;
      x.item.seconds = Math.round(((secs * x.words) / written) * 10) / 10;
      clock += (secs * x.words) / written;
    }
    const status = timeStatus(s.words, secs, t?.targetSeconds, t?.capSeconds);
    sections.push({ name: s.name, kind: s.kind, line: s.heading.line, seconds: secs, targetSeconds: t?.targetSeconds, capSeconds: t?.capSeconds, status, sentences: sentences.map((x) => x.item) });
  }
  const probes = story.sections.flatMap((s) => s.probes.map((p) => ({ question: p.question, line: p.heading.line, seconds: seconds(p.words, wpm), answer: p.sentences.map((x) => ({ text: text(x), line: line(x.start) })) })));
  const total = sections.reduce((n, s) => n + s.seconds, 0);
  return { title: story.title?.text, level: timing.level, wpm, totalSeconds: Math.round(total * 10) / 10, range: timing.range, sections, probes };
}
