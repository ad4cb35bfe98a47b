// Front matter that is not valid YAML, and near misses in it: the finding says in the project's words what is wrong and
// how to mend it, at the parser's line; the keys on the other lines still count; a level, a competency, a rule id or a
// setting one slip away from a known one gets "did you mean". The editor gets the same words (the server over stdio).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze, applyEdits, RULE_IDS, validateConfig } from '../server/src/core';
import { closest, editDistance } from '../server/src/core/suggest';
import { startClient } from './support/lsp-client';

const BODY = '\n# A story\n\n## Situation\nThe nightly export failed one night in five.\n';
const story = (yaml: string) => `---\n${yaml}---\n${BODY}`;
const frontMatter = (text: string) => analyze(text).diagnostics.filter((d) => d.rule === 'front-matter');

/** The parser's own words, which no message may show any more. */
const PARSER_WORDS = /Nested mappings|compact mappings|Tabs are not allowed|Missing closing|must be sufficiently indented|Map keys must be unique|Implicit keys|reserved character|Unexpected scalar|block sequence/i;

describe('YAML that does not parse: our words, the parser’s line, and a fix where one is safe', () => {
  test.each([
    {
      name: 'a colon and a space inside a value',
      yaml: 'question: Tell me about a time: you failed\nlevel: senior\n',
      message: 'Put the value of “question” in quotes: in YAML, a colon and a space inside a value start a new key.',
      at: [2, 11],
      fixed: 'question: "Tell me about a time: you failed"\n',
    },
    {
      name: 'a colon in a value that holds double quotes',
      yaml: 'question: He said "no": we shipped   # why\nlevel: senior\n',
      message: 'Put the value of “question” in quotes: in YAML, a colon and a space inside a value start a new key.',
      at: [2, 11],
      fixed: `question: 'He said "no": we shipped'   # why\n`,
    },
    {
      name: 'a tab for indentation',
      yaml: 'competencies:\n\t- Ownership\nlevel: senior\n',
      message: 'Indent this line with spaces: YAML does not allow a tab for indentation.',
      at: [3, 1],
    },
    {
      name: 'an unclosed double quote',
      yaml: 'question: "Tell me about a time you failed\nlevel: senior\n',
      message: 'Close the quote that opens the value of “question”: add a " at the end of the value.',
      at: [2, 11],
      fixed: 'question: "Tell me about a time you failed"\n',
    },
    {
      name: 'an unclosed single quote',
      yaml: "level: senior\nquestion: 'Tell me about a time you failed\n",
      message: 'Close the quote that opens the value of “question”: add a \' at the end of the value.',
      at: [3, 11],
      fixed: "question: 'Tell me about a time you failed'\n",
    },
    {
      name: 'an unclosed bracket',
      yaml: 'competencies: [Ownership, Dive Deep\nlevel: senior\n',
      message: 'Close the list in “competencies”: add a ] after its last item.',
      at: [2, 15],
      fixed: 'competencies: [Ownership, Dive Deep]\n',
    },
    {
      name: 'an unclosed brace',
      yaml: 'notes: {draft: yes\nlevel: senior\n',
      message: 'Close the { that opens the value of “notes”: add a } at its end.',
      at: [2, 8],
      fixed: 'notes: {draft: yes}\n',
    },
    {
      name: 'a key set twice',
      yaml: 'level: senior\nwpm: 150\nlevel: staff\n',
      message: '“level” is already set on line 2: keep one of the two.',
      at: [4, 1],
    },
    {
      name: 'a key indented under one that has a value',
      yaml: 'level: senior\n  wpm: 150\n',
      message: '“wpm” is indented under “level”, which already has a value: start the line at the left edge, as the other keys.',
      at: [3, 3],
    },
    {
      name: 'a value that starts with a reserved character',
      yaml: 'question: @work, tell me about a failure\nlevel: senior\n',
      message: 'Put the value of “question” in quotes: in YAML, a value cannot start with @.',
      at: [2, 11],
      fixed: 'question: "@work, tell me about a failure"\n',
    },
    {
      name: 'text after a closing quote',
      yaml: 'question: "Tell me" about a time you failed\nlevel: senior\n',
      message: 'Put the whole value of “question” in quotes: YAML ends a quoted value at its closing quote.',
      at: [2, 11],
      fixed: `question: '"Tell me" about a time you failed'\n`,
    },
    {
      name: 'a key of a nested group out of line',
      yaml: 'level: senior\nnotes:\n  draft: yes\n reviewed: no\n',
      message: 'Line “reviewed” up with the keys above it: YAML reads which keys belong together by their indentation.',
      at: [5, 2],
    },
    {
      name: 'a backslash in double quotes',
      yaml: 'level: senior\nquestion: "Tell me about C:\\data"\n',
      message: 'Put the value of “question” in single quotes: in double quotes, YAML reads a backslash as the start of an escape.',
      at: [3, 28],
      fixed: "question: 'Tell me about C:\\data'\n",
    },
    {
      name: 'a line with no key',
      yaml: 'level: senior\njust a note to self\n',
      message: 'Write this line as “key: value”, or start it with # to make it a comment: every line here is a key and its value.',
      at: [3, 1],
    },
    {
      name: 'a list item out of line',
      yaml: 'competencies:\n  - Ownership\n - Dive Deep\nlevel: senior\n',
      message: 'Line this item up with the items above it: YAML reads a list by its indentation.',
      at: [4, 2],
    },
  ])('$name', ({ yaml, message, at, fixed }) => {
    const text = story(yaml);
    const findings = frontMatter(text);
    expect(findings.map((d) => d.message)).toEqual([message]);
    expect(findings[0].message).not.toMatch(PARSER_WORDS);
    const { line, character } = findings[0].range.start;
    expect([line + 1, character + 1]).toEqual(at);
    // The other keys were still read: level senior sets the senior time range.
    expect(analyze(text).timing.level).toBe('senior');
    const fixes = findings[0].fixes;
    if (fixed === undefined) {
      expect(fixes).toEqual([]);
      return;
    }
    expect(fixes).toHaveLength(1);
    const after = applyEdits(text, fixes[0].edits.map((e) => ({ span: { start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end) }, newText: e.newText })), fixes[0].snippet);
    expect(after).toContain(`\n${fixed}`);
    expect(frontMatter(after)).toEqual([]);
  });

  test('a rare error keeps the parser’s words, at its line', () => {
    const findings = frontMatter(story('level: senior\nquestion: !<tag Tell me\n'));
    expect(findings.map((d) => [d.range.start.line + 1, d.message])).toEqual([[3, 'The front matter is not valid YAML: Verbatim tags must end with a >']]);
  });
});

describe('the keys on the lines that parse still count when the YAML as a whole does not', () => {
  test('a level one slip from staff, under a question that breaks the YAML: both reported', () => {
    const text = story('question: Tell me about a time: you failed\nlevel: staf\ncompetencies: [Ownership]\n');
    const messages = frontMatter(text).map((d) => d.message);
    expect(messages).toEqual([
      'Put the value of “question” in quotes: in YAML, a colon and a space inside a value start a new key.',
      '“staf” is not a level this coach knows; did you mean staff? Timing uses sde2 meanwhile.',
    ]);
  });

  test.each([
    ['a colon in the question', 'question: Tell me about a time: you failed\nlevel: staff\nwpm: 120\n'],
    ['an unclosed bracket before them', 'competencies: [Ownership, Dive Deep\nlevel: staff\nwpm: 120\n'],
    ['an unclosed quote before them', 'question: "Tell me about a time\nlevel: staff\nwpm: 120\n'],
    ['a tab under one of them', 'level: staff\n\twpm: 90\nwpm: 120\n'],
  ])('%s: timing uses the level and the speaking rate written', (_, yaml) => {
    const { timing } = analyze(story(yaml));
    expect(timing.level).toBe('staff');
    expect(timing.wpm).toBe(120);
  });

  test('a key set twice: the first one counts, as it reads from the top', () => {
    expect(analyze(story('level: staff\nlevel: sde1\n')).timing.level).toBe('staff');
  });
});

describe('did you mean: one helper for every suggestion', () => {
  test('the distance counts a swap of two neighbours as one edit', () => {
    expect(editDistance('staf', 'staff')).toBe(1);
    expect(editDistance('seniro', 'senior')).toBe(1);
    expect(editDistance('colour', 'color')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('a slip of the keyboard gets a suggestion; a different word, or one of two letters, does not', () => {
    expect(closest('staf', ['sde1', 'sde2', 'senior', 'staff', 'manager'])).toBe('staff');
    expect(closest('Seniro', ['sde1', 'sde2', 'senior', 'staff', 'manager'])).toBe('senior');
    expect(closest('principal', ['sde1', 'sde2', 'senior', 'staff', 'manager'])).toBeUndefined();
    expect(closest('cto', ['sde1', 'sde2', 'senior', 'staff', 'manager'])).toBeUndefined();
    expect(closest('x', ['h', 'j'])).toBeUndefined();
  });

  test('front matter: a level and a competency one slip away, each with a fix that takes the finding away', () => {
    const text = story('level: staf\ncompetencies: [Ownershp, Wizardry, dive deeep]\n');
    const findings = frontMatter(text);
    expect(findings.map((d) => d.message)).toEqual([
      '“staf” is not a level this coach knows; did you mean staff? Timing uses sde2 meanwhile.',
      '“Ownershp” is not a competency the coach has notes for; did you mean Ownership?',
      '“Wizardry” is not a competency the coach has notes for; it will give general advice for it.',
      '“dive deeep” is not a competency the coach has notes for; did you mean Dive Deep?',
    ]);
    expect(findings.map((d) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character))).toEqual(['staf', 'Ownershp', 'Wizardry', 'dive deeep']);
    expect(findings[2].fixes).toEqual([]);
    let fixed = text;
    for (const d of [findings[3], findings[1], findings[0]]) {
      const f = d.fixes[0];
      fixed = applyEdits(fixed, f.edits.map((e) => ({ span: { start: offsetOf(fixed, e.range.start), end: offsetOf(fixed, e.range.end) }, newText: e.newText })), f.snippet);
    }
    expect(fixed).toContain('level: staff\ncompetencies: [Ownership, Wizardry, Dive Deep]\n');
    expect(frontMatter(fixed).map((d) => d.message)).toEqual(['“Wizardry” is not a competency the coach has notes for; it will give general advice for it.']);
  });

  test('.starcoach.json: a level, a rule id and a setting one slip away', () => {
    expect(validateConfig({ level: 'staf', rules: { hedgng: 'off' }, levl: 'senior', wpm: 150 }, RULE_IDS).problems).toEqual([
      'level: "staf" is not a level (did you mean "staff"?)',
      'rules.hedgng: unknown rule (did you mean "hedging"?)',
      'levl: unknown setting (did you mean "level"?)',
    ]);
    expect(validateConfig({ level: 'principal' }, RULE_IDS).problems).toEqual(['level: "principal" is not a level; use one of sde1, sde2, senior, staff, manager']);
  });
});

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the editor shows the same words: the language server over stdio publishes the core’s findings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'star-frontmatter-'));
  temps.push(dir);
  const text = story('question: Tell me about a time: you failed\nlevel: staf\n');
  const client = await startClient({ root: dir, capabilities: {} });
  try {
    const uri = pathToFileURL(join(dir, 'broken.star.md')).href;
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'front-matter'));
    const shown = diagnostics.filter((d) => d.code === 'front-matter');
    expect(shown.map((d) => [d.range.start.line, d.range.start.character, d.message])).toEqual(frontMatter(text).map((d) => [d.range.start.line, d.range.start.character, d.message]));
    expect(shown.map((d) => d.message)).toContain('“staf” is not a level this coach knows; did you mean staff? Timing uses sde2 meanwhile.');
    expect(shown[0].message).toMatch(/^Put the value of “question” in quotes/);
  } finally {
    await client.stop();
  }
});

function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
  return offset + position.character;
}
