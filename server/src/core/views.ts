// The data the coaching panel and the answer preview show, computed from an analysis. Pure: the server sends it as is.
import { normalizeCompetency } from './aim';
import { storyWpm, type Analysis } from './analyze';
import { COMPETENCY_ANGLES, GENERAL_ANGLE, LEVEL_EXPECTATIONS, PROBE_COACHING, SECTION_COACHING, STRONG_PHRASING, type CompetencyAngle, type LevelExpectation, type ProbeCoaching } from './coaching';
import { hasNumber } from './rules/helpers';
import { statesScopeBoundary } from './rules/missing-scope-boundary';
import { hasBusinessImpact, hasMetric, hasSecondOrderEffect } from './rules/result-shared';
import type { Section, SectionKind, Story } from './story';
import { PROBE_TARGET, probeTiming, sectionTiming, spokenSeconds, WPM_RANGE, type TimeStatus } from './timing';
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
  prepared: Array<{ question: string; seconds: number; line: number; status: TimeStatus }>;
}

const seconds = spokenSeconds;

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
        { label: 'Gets to the problem within 45 seconds', done: t?.status === 'within' || t?.status === 'over' },
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
        { label: `Each answer within ${PROBE_TARGET.min}–${PROBE_TARGET.max} seconds`, done: section.probes.length > 0 && section.probes.every((p) => probeTiming(timing, p)?.status === 'within') },
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
    prepared: timing.probes.map((p) => ({ question: p.question, seconds: p.seconds, line: p.line, status: p.status })),
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
      status: t?.status ?? 'untimed',
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

/** A section's time status is computed once, with its timing (`timing.ts`); the views show it as it is. */
export { timeStatus, type TimeStatus } from './timing';

export interface AnswerView {
  title?: string;
  level: string;
  /** The story's own rate (its `wpm:`, else the setting): every time and status below is at it, as in the editor. */
  wpm: number;
  /** Where `wpm` comes from: the story's front matter, or the settings. */
  wpmFrom: 'story' | 'settings';
  /** The preview's rehearsal rate, when one is set and differs from `wpm`: it paces Rehearse, nothing else. */
  rehearsalWpm?: number;
  /** The whole answer at the rehearsal rate, when there is one. */
  rehearsalSeconds?: number;
  /** The rates the rehearsal control offers: the setting's range. */
  rateRange: { min: number; max: number };
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
    /** Spoken sentences, each with its start line (for scroll sync) and when the speaker reaches it at the rehearsal rate. */
    sentences: Array<{ text: string; line: number; startSecond: number; seconds: number }>;
  }>;
  probes: Array<{ question: string; line: number; seconds: number; status: TimeStatus; answer: Array<{ text: string; line: number }> }>;
}

/** A sentence as said: a bullet or a line with no end punctuation still ends, with a full stop (the pause). */
function asSentence(text: string): string {
  return !text || /[.!?…:;]["'”’)\]]*$/.test(text) ? text : `${text}.`;
}

/**
 * The answer as it will be spoken, section by section, timed at the story's own rate (the same figures as the lenses,
 * the panel, the rules and `star-coach time`). `rehearsalWpm`, the preview's control, only paces the sentences for
 * Rehearse and gives the rehearsal total beside the story's.
 */
export function spokenAnswer(analysis: Analysis, rehearsalWpm?: number): AnswerView {
  const { story, timing } = analysis;
  const rehearsal = rehearsalWpm !== undefined && rehearsalWpm >= WPM_RANGE.min && rehearsalWpm <= WPM_RANGE.max && rehearsalWpm !== timing.wpm ? rehearsalWpm : undefined;
  const pace = rehearsal ?? timing.wpm;
  const text = (s: { start: number; end: number }) => asSentence(story.spoken.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
  const line = (offset: number) => story.lines.positionAt(offset).line;
  let clock = 0;
  let words = 0;
  const sections: AnswerView['sections'] = [];
  for (const s of story.sections) {
    if (s.kind === 'other' || s.kind === 'followups') continue;
    const t = sectionTiming(timing, story, s);
    const paced = seconds(s.words, pace);
    words += s.words;
    const sentences = s.sentences.map((sentence) => {
      const count = Math.max(1, text(sentence).split(' ').length);
      const item = { text: text(sentence), line: line(sentence.start), startSecond: Math.round(clock * 10) / 10, seconds: 0 };
      return { item, count };
    });
    // Spread the section's time at the rehearsal pace over its sentences by their share of written words.
    const written = sentences.reduce((n, x) => n + x.count, 0) || 1;
    for (const x of sentences) {
      x.item.startSecond = Math.round(clock * 10) / 10;
      x.item.seconds = Math.round(((paced * x.count) / written) * 10) / 10;
      clock += (paced * x.count) / written;
    }
    sections.push({ name: s.name, kind: s.kind, line: s.heading.line, seconds: t?.seconds ?? seconds(s.words, timing.wpm), targetSeconds: t?.targetSeconds, capSeconds: t?.capSeconds, status: t?.status ?? 'untimed', sentences: sentences.map((x) => x.item) });
  }
  const probes = story.sections.flatMap((s) =>
    s.probes.map((p) => {
      const pt = probeTiming(timing, p);
      return { question: p.question, line: p.heading.line, seconds: pt?.seconds ?? 0, status: pt?.status ?? ('empty' as const), answer: p.sentences.map((x) => ({ text: text(x), line: line(x.start) })) };
    }),
  );
  return {
    title: story.title?.text,
    level: timing.level,
    wpm: timing.wpm,
    wpmFrom: storyWpm(story) !== undefined ? 'story' : 'settings',
    ...(rehearsal !== undefined ? { rehearsalWpm: rehearsal, rehearsalSeconds: seconds(words, rehearsal) } : {}),
    rateRange: { ...WPM_RANGE },
    totalSeconds: timing.totalSeconds,
    range: timing.range,
    sections,
    probes,
  };
}
