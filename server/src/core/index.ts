// The analysis core's public face. Nothing here imports an editor, a protocol or the file system.
export { analyze, storyOptions, storyWpm, type Analysis } from './analyze';
export { fixStory, MAX_FIX_PASSES, type FixedStory } from './autofix';
export { parseConfig, validateConfig, resolveOptions, WPM_RANGE, CONFIG_FILE, CONFIG_KEYS, DEFAULT_LEVEL, type ConfigKey, type StarCoachConfig, type ConfigResult } from './config';
export { applyEdits, expandSnippet, unattendedEdits, unattendedFix, type UnattendedFix } from './fixes';
export { closest, editDistance } from './suggest';
export { ignoreMatcher } from './ignores';
export { RULES, RULE_IDS, ruleById } from './rules';
export { parseStory, sectionKind, LEVELS, STAR_KINDS, SECTION_NAMES, type Story, type Section, type Level, type SectionKind } from './story';
export { computeTiming, formatDuration, sectionTiming, probeTiming, LEVEL_RANGES, SECTION_TARGETS, PROBE_TARGET, DEFAULT_WPM, TIME_STATUS_LABEL, timeStatus, probeStatus, spokenSeconds, type StoryTiming, type TimeStatus } from './timing';
export { LineIndex, type Position, type Range, type Span } from './text';
export { SKELETON_BODIES, sectionSkeleton, SECTION_HEADINGS, lineBreakOf } from './skeletons';
export { SECTION_COACHING, LIKELY_PROBES, type SectionCoaching } from './coaching';
export { KNOWN_COMPETENCIES } from './rules/front-matter';
export type { Diagnostic, DiagnosticFix, Severity, Rule, RuleMeta, ResolvedOptions } from './types';
export { SEVERITIES } from './types';
export { coachingAt, spokenAnswer, type CoachingView, type AnswerView, type ChecklistItem, type ViewDiagnostic } from './views';
export { COMPETENCY_ANGLES, LEVEL_EXPECTATIONS, PROBE_COACHING, STRONG_PHRASING } from './coaching';
