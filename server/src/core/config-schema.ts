// The JSON schema of `.starcoach.json` (draft-07, for VS Code's JSON editor and any editor that reads "$schema"), built
// from the same table the validator reads (CONFIG_KEYS), so the two accept and refuse the same files.
// `npm run schema` writes it to schemas/starcoach.schema.json; test/config-schema.test.ts fails when that file is stale.
import { CONFIG_FILE, CONFIG_KEYS, type ConfigKey } from './config';
import { LEVEL_EXPECTATIONS } from './coaching';
import { NAMES_NOTHING, PATTERN_EXAMPLE } from './ignores';
import { RULES } from './rules';
import type { Severity } from './types';

/** The schema keywords VS Code reads beyond draft-07; a JSON schema validator must be told of them. */
export const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'patternErrorMessage'];

type Schema = Record<string, unknown>;

const SETTING_TEXT: Record<Severity | 'off', string> = {
  error: 'An error: `star-coach check` exits 1 when a story has one.',
  warning: 'A warning.',
  info: 'Information.',
  hint: 'A hint: editors mark it lightly.',
  off: 'Not checked.',
};
const settingText = (s: Severity | 'off' | false) => (s === false ? 'Not checked, the same as "off".' : SETTING_TEXT[s]);

const code = (value: unknown) => `\`${JSON.stringify(value)}\``;

/**
 * A regular expression that matches `word` in any case the validator accepts: each character stands for every code point
 * whose lower case is that character (the validator compares `value.toLowerCase()`), so `SENIOR` and `Senior` pass.
 */
function anyCase(words: readonly string[]): string {
  const wanted = new Set(words.join(''));
  const uppers = new Map<string, string[]>([...wanted].map((c) => [c, [c]]));
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    const lower = c.toLowerCase();
    if (lower !== c && uppers.has(lower)) uppers.get(lower)!.push(c);
  }
  const escape = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);
  const one = (c: string) => (uppers.get(c)!.length === 1 ? escape(c) : `[${uppers.get(c)!.map(escape).join('')}]`);
  return `^(?:${words.map((w) => [...w].map(one).join('')).join('|')})$`;
}

function keySchema(key: ConfigKey): Schema {
  const spec = CONFIG_KEYS[key];
  const about = { description: spec.description };
  switch (spec.kind) {
    case 'string':
      return { ...about, type: 'string' };
    case 'level':
      return {
        ...about,
        markdownDescription: `${spec.description}\n\nDefault: ${code(spec.default)}.`,
        type: 'string',
        default: spec.default,
        anyOf: [
          {
            enum: [...spec.values],
            markdownEnumDescriptions: spec.values.map((l) => LEVEL_EXPECTATIONS[l].summary),
          },
          // The validator reads a level in any case ("Senior"). Completion offers the names above, and VS Code's message
          // for a wrong one lists them.
          { pattern: anyCase(spec.values) },
        ],
      };
    case 'number':
      return { ...about, markdownDescription: `${spec.description}\n\nDefault: ${code(spec.default)}.`, type: 'number', minimum: spec.range.min, maximum: spec.range.max, default: spec.default };
    case 'rules':
      return {
        ...about,
        markdownDescription: `${spec.description}\n\nFor example: \`{"hedging": "off", "we-language": "error"}\`.`,
        type: 'object',
        properties: Object.fromEntries(RULES.map((r) => [r.id, {
          markdownDescription: `${r.summary}\n\nDefault: ${r.enabledByDefault === false ? '"off" until you set it' : `"${r.severity}"`}. Reads: ${r.sections}.`,
          enum: [...spec.values],
          markdownEnumDescriptions: spec.values.map(settingText),
        }])),
        additionalProperties: false,
      };
    case 'words':
      return {
        ...about,
        markdownDescription: `${spec.description}\n\nFor example: ${code(spec.example)}.`,
        type: 'array',
        items: { type: 'string', pattern: '\\S', patternErrorMessage: 'Write a word or phrase, not only spaces.' },
      };
    case 'count':
      return { ...about, type: 'integer', minimum: spec.range.min, maximum: spec.range.max };
    case 'loop':
      return {
        ...about,
        markdownDescription: `${spec.description}\n\nDefault: ${code(spec.default)}. A list, for example: ${code(spec.example)}.`,
        default: spec.default,
        anyOf: [
          // Both read in any case, as the validator reads them.
          { type: 'string', pattern: anyCase(spec.values) },
          { type: 'array', minItems: 1, items: { type: 'string', pattern: anyCase(spec.competencies) } },
        ],
      };
    case 'patterns': {
      const nothing = NAMES_NOTHING.source.replace(/^\^/, '').replace(/\$$/, '');
      const why = PATTERN_EXAMPLE[0].toUpperCase() + PATTERN_EXAMPLE.slice(1);
      return {
        ...about,
        markdownDescription: `${spec.description}\n\nFor example: ${code(spec.example)}. As in \`.gitignore\`, \`["drafts/**", "!drafts/keep.star.md"]\` leaves out every draft but one.`,
        type: 'array',
        items: {
          type: 'string',
          maxLength: spec.maxLength,
          // Blank, or only "!", slashes and "./" once the spaces are trimmed: no name is left (see NAMES_NOTHING).
          pattern: `^(?!\\s*${nothing}\\s*$)`,
          patternErrorMessage: `This names no file or folder. ${why}.`,
        },
      };
    }
  }
}

/** The whole schema, as it is written to schemas/starcoach.schema.json. */
export function configSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Star Coach configuration (${CONFIG_FILE})`,
    description: 'Settings for every story in this folder and below. A story\'s own front matter wins over them.',
    type: 'object',
    properties: Object.fromEntries((Object.keys(CONFIG_KEYS) as ConfigKey[]).map((key) => [key, keySchema(key)])),
    additionalProperties: false,
  };
}
