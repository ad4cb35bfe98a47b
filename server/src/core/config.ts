// `.starcoach.json`: validated into options, with one clear message for each bad key or value.
import { ignorePatternProblem, PATTERN_EXAMPLE } from './ignores';
import { closest } from './suggest';
import { LOOP_PRESETS } from './questions';
import { KNOWN_COMPETENCIES } from './rules/front-matter';
import { LEVELS, type Level } from './story';
import { DEFAULT_WPM, WPM_RANGE } from './timing';
import { SEVERITIES, type ResolvedOptions, type Severity } from './types';

export interface StarCoachConfig {
  level?: Level;
  wpm?: number;
  rules?: Record<string, Severity | 'off'>;
  flagWords?: string[];
  /** Glob patterns, relative to the configuration file's folder, for stories on disk to leave out (see ignores.ts). */
  ignores?: string[];
  /** Names no story should say: customers, partners, internal code names (rule confidential-name). */
  confidential?: string[];
  /** The story bank's loop: a preset's id, or the competencies of the loop. */
  loop?: string | string[];
  /** How many interviews the loop has. */
  interviews?: number;
}

export interface ConfigResult {
  config: StarCoachConfig;
  /** One line per problem, naming the key: `rules.hedgin: unknown rule (did you mean "hedging"?)`. */
  problems: string[];
}

export { WPM_RANGE };

/** The level a story is timed for when neither it nor the configuration names one. */
export const DEFAULT_LEVEL: Level = 'sde2';

/** An `ignores` pattern longer than this (in characters, as written) is refused; a real one is a few dozen. */
export const MAX_PATTERN_LENGTH = 1000;

/** What a rule can be set to under `rules`: a severity, "off", or false, which is "off" too. */
export const RULE_SETTINGS: readonly (Severity | 'off' | false)[] = [...SEVERITIES, 'off', false];

export { CONFIG_FILE } from './story-files';

/**
 * Every key of `.starcoach.json`: the kind of value it takes, its allowed values, range and default, and what it is for.
 * The validator below reads this table, and so does the JSON schema (config-schema.ts), so the two cannot drift apart.
 */
export const CONFIG_KEYS = {
  $schema: {
    kind: 'string',
    description: 'Where an editor finds the schema of this file, for completion and checks. Star Coach itself never reads or fetches it.',
  },
  level: {
    kind: 'level',
    values: LEVELS,
    default: DEFAULT_LEVEL,
    description: 'Your level, when a story does not say. It sets the time range of the whole answer and the Reflection expected. A story\'s own level wins.',
  },
  wpm: {
    kind: 'number',
    range: WPM_RANGE,
    default: DEFAULT_WPM,
    description: `Your speaking rate in words a minute, from ${WPM_RANGE.min} to ${WPM_RANGE.max}, when a story does not say. Spoken time is the words divided by it.`,
  },
  rules: {
    kind: 'rules',
    values: RULE_SETTINGS,
    description: 'A severity for each rule you want to change, by rule id: "error", "warning", "info", "hint", or "off" (false is off too).',
  },
  flagWords: {
    kind: 'words',
    example: ['leverage', 'synergy'],
    description: 'Words or phrases of your own to flag in every story (rule flagged-words).',
  },
  ignores: {
    kind: 'patterns',
    maxLength: MAX_PATTERN_LENGTH,
    example: ['archive/**', '**/*.draft.star.md'],
    description: 'Stories to leave out of folder checks and of the editor\'s Problems view: folders or glob patterns, relative to this file, read as in .gitignore. "!pattern" brings back what an earlier pattern left out.',
  },
  confidential: {
    kind: 'words',
    example: ['Project Falcon', 'Acme Health'],
    description: 'Names no story should say aloud: customers, partners, internal code names (rule confidential-name flags each).',
  },
  loop: {
    kind: 'loop',
    values: Object.keys(LOOP_PRESETS),
    /** The names a list may hold, in any case: those front matter knows and the presets' own. */
    competencies: [...new Set([...KNOWN_COMPETENCIES, ...Object.values(LOOP_PRESETS).flatMap((p) => p.competencies.map((c) => c.name))])],
    default: 'amazon',
    example: ['Ownership', 'Dive Deep', 'Customer Obsession'],
    description: 'The competencies of the interview loop the story bank plans for: "amazon" (the 16 leadership principles), "generic" (a general loop), or your own list of competencies.',
  },
  interviews: {
    kind: 'count',
    range: { min: 1, max: 10 },
    description: 'How many interviews the loop has, for the story bank\'s plan (each story is told once). The preset\'s number when not set.',
  },
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;
const KEYS = Object.keys(CONFIG_KEYS) as ConfigKey[];
const isKey = (key: string): key is ConfigKey => Object.hasOwn(CONFIG_KEYS, key);

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

/** Where the JSON goes wrong, as a line and column, instead of the parser's own message (to follow the file's name). */
export function jsonProblem(json: string, message: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at) return /end of JSON/.test(message) ? 'is not valid JSON: it ends too early' : 'is not valid JSON';
  const lines = json.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
  return `is not valid JSON at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}

const quoted = (pattern: string) => JSON.stringify(pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern);
/** Characters as JSON Schema's maxLength counts them: code points, so that the schema and this validator agree. */
const characters = (text: string) => [...text].length;
const isList = (value: unknown): value is string[] => Array.isArray(value) && value.every((w) => typeof w === 'string' && w.trim().length > 0);
const example = (list: readonly string[]) => `[${list.map((w) => JSON.stringify(w)).join(', ')}]`;

/** Checks a parsed `.starcoach.json` (or settings object); keeps every valid part of it. */
export function validateConfig(raw: unknown, ruleIds: readonly string[]): ConfigResult {
  const problems: string[] = [];
  const config: StarCoachConfig = {};
  if (raw === undefined) return { config, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config, problems: ['the configuration must be a JSON object'] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isKey(key)) {
      const near = closest(key, KEYS);
      problems.push(`${key}: unknown setting${near ? ` (did you mean "${near}"?)` : ''}`);
      continue;
    }
    const spec = CONFIG_KEYS[key];
    switch (spec.kind) {
      case 'string':
        if (typeof value !== 'string') problems.push(`${key}: must be a string, the address of a JSON schema`);
        break;
      case 'level': {
        const level = typeof value === 'string' ? spec.values.find((l) => l === value.toLowerCase()) : undefined;
        if (level) config.level = level;
        else {
          const near = typeof value === 'string' ? closest(value, spec.values) : undefined;
          problems.push(`${key}: ${JSON.stringify(value)} is not a level${near ? ` (did you mean "${near}"?)` : `; use one of ${spec.values.join(', ')}`}`);
        }
        break;
      }
      case 'number': {
        const { min, max } = spec.range;
        if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) (config as Record<string, unknown>)[key] = value;
        else problems.push(`${key}: ${JSON.stringify(value)} is not a speaking rate; use a number from ${min} to ${max}`);
        break;
      }
      case 'rules': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push(`${key}: must be an object such as {"hedging": "off"}`);
          break;
        }
        const rules: NonNullable<StarCoachConfig['rules']> = {};
        config.rules = rules;
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          if (!ruleIds.includes(id)) {
            const near = closest(id, ruleIds);
            problems.push(`${key}.${id}: unknown rule${near ? ` (did you mean "${near}"?)` : ''}`);
          } else if ((spec.values as readonly unknown[]).includes(setting)) {
            rules[id] = setting === false ? 'off' : (setting as Severity | 'off');
          } else {
            const named = spec.values.filter((s) => typeof s === 'string').map((s) => `"${s}"`);
            problems.push(`${key}.${id}: ${JSON.stringify(setting)} is not a severity; use ${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`);
          }
        }
        break;
      }
      case 'count': {
        const { min, max } = spec.range;
        if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) (config as Record<string, unknown>)[key] = value;
        else problems.push(`${key}: ${JSON.stringify(value)} is not a number of interviews; use a whole number from ${min} to ${max}`);
        break;
      }
      case 'loop': {
        const presets = spec.values;
        if (typeof value === 'string') {
          const id = presets.find((p) => p === value.toLowerCase());
          if (id) config.loop = id;
          else {
            const near = closest(value, presets);
            problems.push(`${key}: ${JSON.stringify(value)} is not a loop${near ? ` (did you mean "${near}"?)` : ''}; use ${presets.map((p) => `"${p}"`).join(' or ')}, or a list of competencies`);
          }
        } else if (Array.isArray(value) && value.length > 0 && value.every((c) => typeof c === 'string')) {
          const known: string[] = [];
          for (const c of value as string[]) {
            const name = spec.competencies.find((k) => k.toLowerCase() === c.toLowerCase());
            if (name) known.push(name);
            else {
              const near = closest(c, spec.competencies);
              problems.push(`${key}: ${JSON.stringify(c)} is not a competency Star Coach knows${near ? ` (did you mean "${near}"?)` : ''}`);
            }
          }
          if (known.length === value.length) config.loop = known;
        } else problems.push(`${key}: must be ${presets.map((p) => `"${p}"`).join(' or ')}, or a list of competencies such as ${example(spec.example)}`);
        break;
      }
      case 'words':
        if (isList(value)) (config as Record<string, unknown>)[key] = value.map((w) => w.trim());
        else problems.push(`${key}: must be a list of words or phrases, such as ${example(spec.example)}`);
        break;
      case 'patterns': {
        if (!isList(value)) {
          problems.push(`${key}: must be a list of glob patterns, relative to this file, such as ${example(spec.example)}`);
          break;
        }
        const ignores: string[] = [];
        config.ignores = ignores;
        for (const written of value) {
          const pattern = written.trim();
          const problem = characters(written) > spec.maxLength
            ? `is longer than ${spec.maxLength.toLocaleString('en-US')} characters; ${PATTERN_EXAMPLE}`
            : ignorePatternProblem(pattern);
          if (problem) problems.push(`${key}: ${quoted(pattern)} ${problem}`);
          else ignores.push(pattern);
        }
        break;
      }
    }
  }
  return { config, problems };
}

export function resolveOptions(config: StarCoachConfig = {}): ResolvedOptions {
  return { level: config.level ?? DEFAULT_LEVEL, wpm: config.wpm ?? DEFAULT_WPM, rules: { ...config.rules }, flagWords: config.flagWords ?? [], confidential: config.confidential ?? [] };
}
