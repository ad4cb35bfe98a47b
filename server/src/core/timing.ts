// Spoken time: words (numbers as they are said) divided by the speaking rate, against each target.
import type { Level, SectionKind, Story } from './story';

export const DEFAULT_WPM = 140;

/** The speaking rates Star Coach accepts, in words a minute: the setting, a story's `wpm:` and the preview's rehearsal rate. */
export const WPM_RANGE = { min: 60, max: 300 };

/** Target and hard cap per section, in seconds. */
export const SECTION_TARGETS: Partial<Record<SectionKind, { target: number; cap: number }>> = {
  situation: { target: 30, cap: 45 },
  task: { target: 20, cap: 40 },
  action: { target: 90, cap: 180 },
  result: { target: 20, cap: 40 },
  reflection: { target: 15, cap: 30 },
};

/** A follow-up's prepared answer. */
export const PROBE_TARGET = { min: 30, max: 60 };

/** The whole answer's range by level, in seconds. */
export const LEVEL_RANGES: Record<Level, { min: number; max: number }> = {
  sde1: { min: 105, max: 135 },
  sde2: { min: 120, max: 150 },
  senior: { min: 150, max: 180 },
  staff: { min: 150, max: 180 },
  manager: { min: 150, max: 180 },
};

/**
 * How a part's spoken time stands against its target. The target itself is the threshold (the catalog's
 * section-over-time), compared in whole seconds, as every view shows the time: "0:20 / 0:20" is within, "0:21" over.
 * An empty part is "empty", never "within". A section with no target is "untimed"; a follow-up answer under its
 * range is "short".
 */
export type TimeStatus = 'empty' | 'within' | 'over' | 'over-cap' | 'short' | 'untimed';

/** The words every view uses for a status; "within" and "untimed" say nothing beside the time. */
export const TIME_STATUS_LABEL: Record<TimeStatus, string> = {
  empty: 'empty',
  within: 'within target',
  over: 'over target',
  'over-cap': 'over the limit',
  short: 'short',
  untimed: '',
};

/** A section's status: `words` is what it says (for Follow-ups, its probes' answers too). */
export function timeStatus(words: number, seconds: number, target?: number, cap?: number): TimeStatus {
  if (words === 0) return 'empty';
  if (!target) return 'untimed';
  const shown = Math.round(seconds);
  if (cap !== undefined && shown > cap) return 'over-cap';
  return shown > target ? 'over' : 'within';
}

/** A follow-up answer's status against PROBE_TARGET: only "over" is a finding (section-over-time). */
export function probeStatus(words: number, seconds: number): TimeStatus {
  if (words === 0) return 'empty';
  const shown = Math.round(seconds);
  return shown > PROBE_TARGET.max ? 'over' : shown < PROBE_TARGET.min ? 'short' : 'within';
}

/** Spoken seconds of `words` at `wpm`, to a tenth: the one formula every time comes from. */
export function spokenSeconds(words: number, wpm: number): number {
  return round1((words / wpm) * 60);
}

export interface SectionTiming {
  /** Index of the section in `story.sections`: two sections may share a name. */
  index: number;
  name: string;
  kind: SectionKind;
  words: number;
  seconds: number;
  targetSeconds?: number;
  capSeconds?: number;
  status: TimeStatus;
}

export interface ProbeTiming {
  question: string;
  /** The probe heading's line: probes are told apart by where they are. */
  line: number;
  words: number;
  seconds: number;
  status: TimeStatus;
}

export interface StoryTiming {
  wpm: number;
  level: Level;
  totalSeconds: number;
  range: { min: number; max: number };
  sections: SectionTiming[];
  probes: ProbeTiming[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function computeTiming(story: Story, wpm: number, level: Level): StoryTiming {
  const seconds = (words: number) => spokenSeconds(words, wpm);
  const sections: SectionTiming[] = [];
  const probes: ProbeTiming[] = [];
  let total = 0;
  story.sections.forEach((s, index) => {
    if (s.kind === 'other') return;
    const target = SECTION_TARGETS[s.kind];
    const said = s.words + s.probes.reduce((n, p) => n + p.words, 0);
    const status = timeStatus(said, seconds(s.words), target?.target, target?.cap);
    sections.push({ index, name: s.name, kind: s.kind, words: s.words, seconds: seconds(s.words), targetSeconds: target?.target, capSeconds: target?.cap, status });
    if (s.kind !== 'followups') total += s.words;
    for (const p of s.probes) probes.push({ question: p.question, line: p.heading.line, words: p.words, seconds: seconds(p.words), status: probeStatus(p.words, seconds(p.words)) });
  });
  return { wpm, level, totalSeconds: seconds(total), range: LEVEL_RANGES[level], sections, probes };
}

/** The timing of one section of the story, found by identity (two sections may share a name). */
export function sectionTiming(timing: StoryTiming, story: Story, section: Story['sections'][number]): SectionTiming | undefined {
  const index = story.sections.indexOf(section);
  return timing.sections.find((t) => t.index === index);
}

/** The timing of one follow-up probe. */
export function probeTiming(timing: StoryTiming, probe: { heading: { line: number } }): ProbeTiming | undefined {
  return timing.probes.find((p) => p.line === probe.heading.line);
}

/** "2:05" */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
