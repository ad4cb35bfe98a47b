// Settings: one typed object, normalized from whatever the client sends, merged with `.starcoach.json`.
import { RULE_IDS, validateConfig, type StarCoachConfig } from '../core';

export { CONFIG_FILE } from '../core';

export interface ServerSettings {
  config: StarCoachConfig;
  workspaceDiagnostics: boolean;
  codeLens: boolean;
  /** Whether each save of a story records its reading in the workspace folder's practice file (`starCoach.practice.recordReadings`). */
  recordReadings: boolean;
  /** Problems found while reading settings, one line each, for the log and a notice. */
  problems: string[];
}

export const DEFAULT_SETTINGS: ServerSettings = { config: {}, workspaceDiagnostics: true, codeLens: true, recordReadings: true, problems: [] };

/** `starCoach.*` from the client; unknown or bad values fall back to the defaults with a message. */
export function normalizeSettings(raw: unknown): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const { workspaceDiagnostics, codeLens, rules, level, wpm, flagWords, practice } = raw as Record<string, unknown>;
  const recordReadings = typeof practice === 'object' && practice !== null ? (practice as Record<string, unknown>).recordReadings : undefined;
  const configPart: Record<string, unknown> = {};
  if (rules !== undefined && !(typeof rules === 'object' && rules !== null && Object.keys(rules).length === 0)) configPart.rules = rules;
  if (level !== undefined && level !== null && level !== '') configPart.level = level;
  if (wpm !== undefined && wpm !== null) configPart.wpm = wpm;
  if (Array.isArray(flagWords) && flagWords.length > 0) configPart.flagWords = flagWords;
  const { config, problems } = validateConfig(configPart, RULE_IDS);
  return {
    config,
    workspaceDiagnostics: typeof workspaceDiagnostics === 'boolean' ? workspaceDiagnostics : true,
    codeLens: typeof codeLens === 'boolean' ? codeLens : true,
    recordReadings: typeof recordReadings === 'boolean' ? recordReadings : true,
    problems: problems.map((p) => `starCoach.${p}`),
  };
}

/** The workspace file wins over editor settings; a story's front matter wins over both (in the core). */
export function mergeConfig(settings: StarCoachConfig, file: StarCoachConfig): StarCoachConfig {
  return { ...settings, ...file, rules: { ...settings.rules, ...file.rules } };
}
