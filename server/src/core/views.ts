// The data the coaching panel and the answer preview show, computed from an analysis. Pure: the server sends it as is.
import { competencyKind } from './aim';
import { storyWpm, type Analysis } from './analyze';
import { LEVEL_EXPECTATIONS, type CompetencyAngle, type LevelExpectation } from './coaching';
import { AIM_NOTES, GENERAL_NOTES, probesFor, sectionNotes, type CheckItem, type ProbeCoaching } from './notes';
import { reviewHead, reviewJson, reviewLine, reviewStory, VERDICT_LABEL, type Review, type ReviewJson } from './review';
import { hasNumber } from './rules/helpers';
import { sectionAt, type Section, type SectionKind, type Story } from './story';
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
    return answered && section.probes.every((p) => probeTiming(timing, p)?.status === 'within');
  }
  // An empty section does nothing yet, and a placeholder is not content: no item is done while one is left in.
  if (section.words === 0 || flagged(analysis, ['unfilled-placeholder'], section)) return false;
  if ('rules' in item) return !flagged(analysis, item.rules, item.story ? undefined : section);
  // within its limit as the lens and the rule see it (whole seconds as shown); a limit other than the section's cap is
  // read the same way
  if ('within' in item) {
    const t = sectionTiming(timing, story, section);
    return t?.capSeconds === item.within ? t.status === 'within' || t.status === 'over' : Math.round(t?.seconds ?? 0) <= item.within;
  }
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
  const section = sectionAt(story, offset);
  const view: CoachingView = {
    title: story.title?.text,
    level: { ...LEVEL_EXPECTATIONS[options.level], range: timing.range, totalSeconds: timing.totalSeconds },
    competencies: competencyAngles(analysis),
    probes: probesFor(analysis.aim),
    prepared: timing.probes.map((p) => ({ question: p.question, seconds: p.seconds, line: p.line, status: p.status })),
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
      status: t?.status ?? 'untimed',
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

/**
 * The bar raiser's reading as the editor shows it: `reviewJson`'s shape, the one `star-coach check --format json`
 * prints, with the words each surface shows, so the client renders them and never labels a verdict itself.
 */
export interface ReadingView extends ReviewJson {
  /** The verdict in words: "Lean No Hire". */
  label: string;
  /** The verdict and whom it is for: "Lean No Hire for Ownership". */
  head: string;
  /** The line `star-coach check` prints, which the preview's header shows. */
  line: string;
  /** The code lens over the title: "Lean No Hire for Ownership · fix first: line 13". */
  lens: string;
  primaryWeakness: (NonNullable<ReviewJson['primaryWeakness']> & {
    /** The verdict once it is fixed, in words. */
    raisesToLabel: string;
    /** Whether the finding has a rewrite among its quick fixes. */
    fixable: boolean;
  }) | null;
  /** Each with the competency's own signals the story does not meet (the CLI's "It needs …"). */
  competencies: Array<ReviewJson['competencies'][number] & { missing: string[] }>;
}

/** The reading of an analysis, for the editor. The server computes it once per analysis (`lsp/stories.ts`). */
export function readingView(analysis: Analysis, review: Review = reviewStory(analysis)): ReadingView {
  const json = reviewJson(review);
  const w = json.primaryWeakness;
  const finding = review.primaryWeakness && analysis.diagnostics.find((d) => d.rule === review.primaryWeakness!.rule && d.span.start === review.primaryWeakness!.span.start && d.span.end === review.primaryWeakness!.span.end);
  const head = reviewHead(json);
  return {
    ...json,
    label: VERDICT_LABEL[json.verdict],
    head,
    line: reviewLine(json),
    lens: w ? `${head} · fix first: line ${w.range.start.line + 1}` : head,
    primaryWeakness: w && { ...w, raisesToLabel: VERDICT_LABEL[w.raisesTo], fixable: (finding?.fixes.length ?? 0) > 0 },
    competencies: json.competencies.map((c, i) => ({ ...c, missing: review.competencies[i].missing })),
  };
}
