// Spoken time: words (numbers as they are said) divided by the speaking rate, against each target.
import type { Level, SectionKind, Story } from './story';

export const DEFAULT_WPM = 140;

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

export interface SectionTiming {
  /** Index of the section in `story.sections`: two sections may share a name. */
  index: number;
  name: string;
  kind: SectionKind;
  words: number;
  seconds: number;
  targetSeconds?: number;
  capSeconds?: number;
}

export interface ProbeTiming {
  question: string;
  /** The probe heading's line: probes are told apart by where they are. */
  line: number;
  words: number;
  seconds: number;
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
  const seconds = (words: number) => round1((words / wpm) * 60);
  const sections: SectionTiming[] = [];
  const probes: ProbeTiming[] = [];
  let total = 0;
  story.sections.forEach((s, index) => {
    if (s.kind === 'other') return;
    const target = SECTION_TARGETS[s.kind];
    sections.push({ index, name: s.name, kind: s.kind, words: s.words, seconds: seconds(s.words), targetSeconds: target?.target, capSeconds: target?.cap });
    if (s.kind !== 'followups') total += s.words;
    for (const p of s.probes) probes.push({ question: p.question, line: p.heading.line, words: p.words, seconds: seconds(p.words) });
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
