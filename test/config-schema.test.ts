// The JSON schema of .starcoach.json against the core's validator: the committed file is what the table makes, and a
// JSON schema validator (ajv, draft-07 as VS Code reads it) accepts exactly the files validateConfig accepts, for every
// key and every kind of bad value the table knows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, test } from 'vitest';
import { CONFIG_KEYS, parseConfig, RULE_IDS, type ConfigKey } from '../server/src/core';
import { configSchema, EDITOR_KEYWORDS } from '../server/src/core/config-schema';
import { NAMES_NOTHING } from '../server/src/core/ignores';
import { record, writeReport } from './support/reliability-report';

afterAll(() => writeReport('schema'));

const ROOT = join(__dirname, '..');
const SCHEMA_FILE = join(ROOT, 'schemas', 'starcoach.schema.json');

const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addVocabulary(EDITOR_KEYWORDS);
const schemaAccepts = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
/** What Star Coach does with the file: read as text, then validated. */
const validatorAccepts = (file: unknown) => {
  const result = parseConfig(JSON.stringify(file), RULE_IDS);
  return result.invalid === undefined && result.problems.length === 0;
};

/** One value of each JSON type, so that every key meets every type. */
const EVERY_TYPE: unknown[] = [null, true, false, 0, -1, 1.5, 1e6, '', ' ', 'x', [], ['x'], [1], {}, { x: 1 }];

/** Every code point whose lower or upper case is `c`: what a comparison by case could confuse with it. */
const kinFound = new Map<string, string[]>();
function caseKin(c: string): string[] {
  if (kinFound.has(c)) return kinFound.get(c)!;
  const kin: string[] = [];
  kinFound.set(c, kin);
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const k = String.fromCodePoint(cp);
    if (k !== c && (k.toLowerCase() === c || k.toUpperCase() === c.toUpperCase() || k.toLowerCase() === c.toLowerCase())) kin.push(k);
  }
  return kin;
}

/** Every code point that trim() takes away: a list item of only these is blank. */
const BLANKS = Array.from({ length: 0x10000 }, (_, cp) => String.fromCharCode(cp)).filter((c) => !(c >= '\ud800' && c <= '\udfff') && c.trim() === '');

/** Every string up to `length` characters over `alphabet`. */
function strings(alphabet: string[], length: number): string[] {
  let level = [''];
  const all = [''];
  for (let i = 0; i < length; i++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    all.push(...level);
  }
  return all;
}

const typos = (word: string) => [word.toUpperCase(), word[0].toUpperCase() + word.slice(1), `${word}s`, word.slice(0, -1), word.slice(1), ` ${word}`, `${word} `];

/** The values the table says a key takes, and the bad values next to them, derived from the key's kind and data. */
function candidates(key: ConfigKey): unknown[] {
  const spec = CONFIG_KEYS[key];
  switch (spec.kind) {
    case 'string':
      return [...EVERY_TYPE, './node_modules/star-coach/schemas/starcoach.schema.json', 'https://example.org/schema.json'];
    case 'level': {
      const values: unknown[] = [...EVERY_TYPE];
      for (const level of spec.values) {
        values.push(level, ...typos(level), `${level}x`, [level], { [level]: true });
        // Each character swapped for every code point a case-blind comparison might take for it.
        [...level].forEach((c, i) => {
          for (const k of caseKin(c)) values.push(level.slice(0, i) + k + level.slice(i + 1));
        });
      }
      return values;
    }
    case 'number': {
      const { min, max } = spec.range;
      return [...EVERY_TYPE, min, max, min - 1, max + 1, min - 0.001, max + 0.001, (min + max) / 2, spec.default, -min, String(min), String(spec.default)];
    }
    case 'rules': {
      const values: unknown[] = [...EVERY_TYPE, Object.fromEntries(RULE_IDS.map((id, i) => [id, spec.values[i % spec.values.length]]))];
      for (const id of RULE_IDS) {
        for (const setting of [...spec.values, ...EVERY_TYPE, ...spec.values.filter((s) => typeof s === 'string').flatMap(typos)]) values.push({ [id]: setting });
        for (const near of typos(id)) values.push({ [near]: 'off' });
      }
      for (const name of Object.getOwnPropertyNames(Object.prototype)) values.push({ [name]: 'off' });
      return values;
    }
    case 'count': {
      const { min, max } = spec.range;
      return [...EVERY_TYPE, min, max, min - 1, max + 1, 2.5, String(min), -1, 0];
    }
    case 'loop': {
      const values: unknown[] = [...EVERY_TYPE, [], [...spec.example], ['a'], [1], [...spec.example, 'Ownershp']];
      for (const id of spec.values) values.push(id, ...typos(id), [id]);
      for (const name of spec.competencies) values.push([name], [name.toUpperCase()], [`${name}x`], [name.slice(1)], name);
      return values;
    }
    case 'words':
    case 'patterns': {
      const values: unknown[] = [...EVERY_TYPE, [...spec.example], ['a', ''], ['a', 1], ['a', null], spec.example.join(', ')];
      for (const blank of BLANKS) values.push([blank], [`${blank}a${blank}`]);
      if (spec.kind === 'patterns') {
        // Every pattern of up to four of the characters the pattern reader gives a meaning to, and of others.
        for (const p of strings(['!', '.', '/', ' ', 'a', '*', '\\'], 4)) values.push([p]);
        const { maxLength } = spec;
        values.push(['a'.repeat(maxLength)], ['a'.repeat(maxLength + 1)], [` ${'a'.repeat(maxLength)}`], [`!${'a'.repeat(maxLength - 1)}`]);
        values.push(['😀'.repeat(maxLength)], ['😀'.repeat(maxLength + 1)], ['é'.repeat(maxLength + 1)]);
      }
      return values;
    }
  }
}

describe('the JSON schema of .starcoach.json', () => {
  test('the committed file is the one the table makes (run `npm run schema` after changing a key, a level or a rule)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(`${JSON.stringify(configSchema(), null, 2)}\n`);
  });

  test('is draft-07, names every key and every rule, and knows no key the validator does not', () => {
    const schema = configSchema() as { $schema: string; properties: Record<string, { properties?: Record<string, unknown> }>; additionalProperties: boolean };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(CONFIG_KEYS));
    expect(Object.keys(schema.properties.rules.properties!)).toEqual([...RULE_IDS]);
    expect(schema.additionalProperties).toBe(false);
  });

  test('the patterns it refuses as naming nothing are the pattern reader\'s own', () => {
    expect(JSON.stringify(configSchema())).toContain(JSON.stringify(NAMES_NOTHING.source.slice(1, -1)).slice(1, -1));
  });

  test('a JSON schema validator and validateConfig agree on every key and every bad value the table knows', () => {
    const disagreements: string[] = [];
    let cases = 0;
    const check = (value: unknown) => {
      cases++;
      const file: unknown = JSON.parse(JSON.stringify(value));
      const [schema, validator] = [schemaAccepts(file), validatorAccepts(file)];
      if (schema !== validator) disagreements.push(`${JSON.stringify(file).slice(0, 120)}: schema ${schema ? 'accepts' : 'refuses'}, validator ${validator ? 'accepts' : 'refuses'}`);
      return validator;
    };
    for (const key of Object.keys(CONFIG_KEYS) as ConfigKey[]) {
      const verdicts = candidates(key).map((value) => check({ [key]: value }));
      // Each key is tried with values it takes and values it refuses, so agreement is not agreement on one answer.
      expect(verdicts.includes(true), `${key}: an accepted value`).toBe(true);
      expect(verdicts.includes(false), `${key}: a refused value`).toBe(true);
      for (const near of typos(key)) check({ [near]: EVERY_TYPE[1] });
    }
    for (const name of Object.getOwnPropertyNames(Object.prototype)) check(JSON.parse(`{${JSON.stringify(name)}: 1}`));
    for (const whole of EVERY_TYPE) check(whole);
    // A whole file: the first value each key takes, all together.
    const keys = Object.keys(CONFIG_KEYS) as ConfigKey[];
    expect(check(Object.fromEntries(keys.map((key) => [key, candidates(key).find((v) => validatorAccepts({ [key]: v }))])))).toBe(true);
    expect(disagreements).toEqual([]);
    record({ area: 'core', input: `.starcoach.json: every key with values of every JSON type and the bad values its kind allows (case, range edges, blank and long patterns, rule ids and settings), checked by the JSON schema and by validateConfig`, cases, result: 'the schema and the validator accept and refuse the same files' });
  });
});
