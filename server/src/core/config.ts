// `.starcoach.json`: validated into options, with one clear message for each bad key or value.
import { ignorePatternProblem } from './ignores';
import { closest } from './suggest';
import { LEVELS, type Level } from './story';
import { DEFAULT_WPM } from './timing';
import { SEVERITIES, type ResolvedOptions, type Severity } from './types';

export interface StarCoachConfig {
  level?: Level;
  wpm?: number;
  rules?: Record<string, Severity | 'off'>;
  flagWords?: string[];
  /** Glob patterns, relative to the configuration file's folder, for stories on disk to leave out (see ignores.ts). */
  ignores?: string[];
}

export interface ConfigResult {
  config: StarCoachConfig;
  /** One line per problem, naming the key: `rules.hedgin: unknown rule (did you mean "hedging"?)`. */
  problems: string[];
}

export const WPM_RANGE = { min: 60, max: 300 };

/** The workspace configuration file's name; the adapters read it, the core only validates what it holds. */
export const CONFIG_FILE = '.starcoach.json';
const KEYS = ['$schema', 'level', 'wpm', 'rules', 'flagWords', 'ignores'];

/**
 * Reads the text of a `.starcoach.json`: a byte-order mark is allowed (Windows editors save one) and an empty file is
 * an empty configuration. `invalid` says, in words, why none of it applies, when it is not JSON.
 */
export function parseConfig(text: string, ruleIds: readonly string[]): ConfigResult & { invalid?: string } {
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return { config: {}, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { config: {}, problems: [], invalid: jsonProblem(json, (error as Error).message) };
  }
  return validateConfig(raw, ruleIds);
}

/** Where the JSON goes wrong, as a line and column, instead of the parser's own message. */
function jsonProblem(json: string, message: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at) return /end of JSON/.test(message) ? 'is not valid JSON: it ends too early' : 'is not valid JSON';
  const lines = json.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
  return `is not valid JSON at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}

/** Checks a parsed `.starcoach.json` (or settings object); keeps every valid part of it. */
export function validateConfig(raw: unknown, ruleIds: readonly string[]): ConfigResult {
  const problems: string[] = [];
  const config: StarCoachConfig = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: ['the configuration must be a JSON object'] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'level':
        if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value.toLowerCase())) config.level = value.toLowerCase() as Level;
        else {
          const near = typeof value === 'string' ? closest(value, LEVELS) : undefined;
          problems.push(`level: ${JSON.stringify(value)} is not a level${near ? ` (did you mean "${near}"?)` : `; use one of ${LEVELS.join(', ')}`}`);
        }
        break;
      case 'wpm':
        if (typeof value === 'number' && Number.isFinite(value) && value >= WPM_RANGE.min && value <= WPM_RANGE.max) config.wpm = value;
        else problems.push(`wpm: ${JSON.stringify(value)} is not a speaking rate; use a number from ${WPM_RANGE.min} to ${WPM_RANGE.max}`);
        break;
      case 'rules':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push('rules: must be an object such as {"hedging": "off"}');
          break;
        }
        config.rules = {};
        for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
          if (!ruleIds.includes(id)) {
            const near = closest(id, ruleIds);
            problems.push(`rules.${id}: unknown rule${near ? ` (did you mean "${near}"?)` : ''}`);
          } else if (typeof sev === 'string' && (sev === 'off' || (SEVERITIES as readonly string[]).includes(sev))) {
            config.rules[id] = sev as Severity | 'off';
          } else if (sev === false) {
            config.rules[id] = 'off';
          } else {
            problems.push(`rules.${id}: ${JSON.stringify(sev)} is not a severity; use "error", "warning", "info", "hint" or "off"`);
          }
        }
        break;
      case 'flagWords':
        if (Array.isArray(value) && value.every((w) => typeof w === 'string' && w.trim().length > 0)) config.flagWords = value.map((w: string) => w.trim());
        else problems.push('flagWords: must be a list of words or phrases, such as ["leverage", "synergy"]');
        break;
      case 'ignores':
        if (Array.isArray(value) && value.every((g) => typeof g === 'string' && g.trim().length > 0)) {
          config.ignores = [];
          for (const pattern of value.map((g: string) => g.trim())) {
            const problem = ignorePatternProblem(pattern);
            if (problem) problems.push(`ignores: ${JSON.stringify(pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern)} ${problem}`);
            else config.ignores.push(pattern);
          }
        } else problems.push('ignores: must be a list of glob patterns, relative to this file, such as ["archive/**", "**/*.draft.star.md"]');
        break;
      default: {
        const near = closest(key, KEYS);
        problems.push(`${key}: unknown setting${near ? ` (did you mean "${near}"?)` : ''}`);
      }
    }
  }
  return { config, problems };
}

export function resolveOptions(config: StarCoachConfig = {}): ResolvedOptions {
  return { level: config.level ?? 'sde2', wpm: config.wpm ?? DEFAULT_WPM, rules: { ...config.rules }, flagWords: config.flagWords ?? [] };
}
