// The data the coaching panel and the answer preview show, computed from an analysis. Pure: the server sends it as is.
import { normalizeCompetency } from './aim';
import type { Analysis } from './analyze';
import { COMPETENCY_ANGLES, GENERAL_ANGLE, LEVEL_EXPECTATIONS, PROBE_COACHING, SECTION_COACHING, STRONG_PHRASING, type CompetencyAngle, type LevelExpectation, type ProbeCoaching } from './coaching';
import { hasNumber } from './rules/helpers';
import { statesScopeBoundary } from './rules/missing-scope-boundary';
import { hasBusinessImpact, hasMetric, hasSecondOrderEffect } from './rules/result-shared';
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

function has(analysis: Analysis, rule: string, section?: Section): boolean {
  return analysis.diagnostics.some((d) => d.rule === rule && (!section || (d.span.start >= section.span.start && d.span.start < section.span.end)));
}

function checklist(analysis: Analysis, section: Section): ChecklistItem[] {
  const { story, options, timing } = analysis;
  const t = sectionTiming(timing, story, section);
  const senior = options.level !== 'sde1' && options.level !== 'sde2';
  switch (section.kind) {
    case 'situation':
      return [
        { label: 'Gets to the problem within 45 seconds', done: (t?.seconds ?? 0) <= 45 && section.words > 0 },
        { label: 'Puts a number on the problem', done: section.sentences.some((s) => hasNumber(s.tokens)) },
      ];
    case 'task':
      return [
        { label: 'Scope boundary stated (not your team, no ticket, nobody asked)', done: statesScopeBoundary(story) },
        { label: 'Not handed to you', done: !has(analysis, 'assigned-work') },
      ];
    case 'action':
      return [
        { label: '"I" is the actor of every step', done: section.words > 0 && !has(analysis, 'we-language', section) && !has(analysis, 'passive-voice', section) },
        { label: 'A fix of your own, not a report passed on', done: section.words > 0 && !has(analysis, 'routing-not-ownership', section) },
        { label: 'Seen through to production', done: section.words > 0 && !has(analysis, 'passive-handoff', section) },
        { label: 'Checked after the change', done: section.words > 0 && !has(analysis, 'unverified-result', section) },
      ];
    case 'result':
      return [
        { label: 'Metric delta (from what to what)', done: hasMetric(story, section) },
        { label: 'Business translation (money, customers, hours, SLA)', done: hasBusinessImpact(story, section) },
        { label: 'Second-order effect (adopted, standard, prevented)', done: hasSecondOrderEffect(story, section) },
        { label: 'Measured, not assumed', done: section.words > 0 && !has(analysis, 'unverified-result', section) && !has(analysis, 'activity-not-impact', section) },
      ];
    case 'reflection':
      return [
        { label: 'Specific to this story', done: section.words > 0 && !has(analysis, 'generic-reflection', section) },
        ...(senior ? [{ label: 'Names the systemic cause (ownership gap, shared SLO, visibility)', done: section.words > 0 && !has(analysis, 'reflection-not-systemic', section) }] : []),
      ];
    case 'followups':
      return [
        { label: 'Every probe has a prepared answer', done: section.probes.length > 0 && section.probes.every((p) => p.words > 0) },
        { label: `Each answer within ${PROBE_TARGET.min}–${PROBE_TARGET.max} seconds`, done: section.probes.length > 0 && section.probes.every((p) => p.words > 0 && seconds(p.words, timing.wpm) >= PROBE_TARGET.min && seconds(p.words, timing.wpm) <= PROBE_TARGET.max) },
      ];
    default:
      return [];
  }
}

function competencyAngles(story: Story): CompetencyAngle[] {
  const raw = story.frontMatter?.data.competencies;
  const names = (typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : []).filter((c): c is string => typeof c === 'string');
  const norm = normalizeCompetency;
  return names.map((name) => {
    const known = COMPETENCY_ANGLES.find((a) => norm(a.name) === norm(name) || (norm(name) === 'leadership' && a.name === 'Leadership and Influence'));
    return known ? { ...known, name } : { name, ...GENERAL_ANGLE };
  });
}

/** The coaching panel's content for the cursor at `offset`. */
export function coachingAt(analysis: Analysis, offset: number): CoachingView {
  const { story, timing, options } = analysis;
  const section = [...story.sections].reverse().find((s) => s.span.start <= offset);
  const view: CoachingView = {
    title: story.title?.text,
    level: { ...LEVEL_EXPECTATIONS[options.level], range: timing.range, totalSeconds: timing.totalSeconds },
    competencies: competencyAngles(story),
    probes: PROBE_COACHING,
    prepared: story.sections.flatMap((s) => s.probes.map((p) => ({ question: p.question, seconds: seconds(p.words, timing.wpm), line: p.heading.line }))),
  };
  if (section && section.kind !== 'other') {
    const t = sectionTiming(timing, story, section);
    const coaching = SECTION_COACHING[section.kind];
    view.section = {
      name: section.name,
      kind: section.kind,
      purpose: coaching.purpose,
      seconds: t?.seconds ?? seconds(section.probes.reduce((n, p) => n + p.words, 0), timing.wpm),
      targetSeconds: t?.targetSeconds,
      capSeconds: t?.capSeconds,
      status: timeStatus(section.words + section.probes.reduce((n, p) => n + p.words, 0), t?.seconds ?? 0, t?.targetSeconds, t?.capSeconds),
      checklist: checklist(analysis, section),
      mistakes: [coaching.commonMistake],
      phrasing: STRONG_PHRASING[section.kind] ?? [],
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
