// Unit tests of the core's parts: positions, the story model, spoken words, timing, configuration, suppression.
import { describe, expect, test } from 'vitest';
import { analyze, ignoreMatcher, LineIndex, parseStory, sectionKind, validateConfig, RULE_IDS, expandSnippet } from '../server/src/core';
import { spokenWords } from '../server/src/core/language/numbers';
import { tokenize } from '../server/src/core/language/tokens';
import { readClauses } from '../server/src/core/language/clauses';
import { splitSentences } from '../server/src/core/language/tokens';
import { ASSUMED, ASSUMED_CUE } from '../server/src/core/rules/unverified-result';
import { listFixtures } from './support/fixtures';
import { readFileSync } from 'node:fs';

const words = (text: string) => tokenize(text).reduce((n, t) => n + spokenWords(t), 0);
const rules = (text: string) => analyze(text).diagnostics.map((d) => d.rule);
const find = (text: string, rule: string) => analyze(text).diagnostics.find((d) => d.rule === rule);

describe('positions', () => {
  test('UTF-16 columns after emoji and surrogate pairs, on CRLF lines', () => {
    const text = '---\r\nlevel: sde2\r\n---\r\n# 🚀 Title\r\n\r\n## Task\r\n\r\n🎯 We shipped it.\r\n';
    const d = find(text, 'we-language')!;
    expect(d.range).toEqual({ start: { line: 7, character: 3 }, end: { line: 7, character: 5 } });
    expect(text.slice(d.span.start, d.span.end)).toBe('We');
  });

  test('a lone CR is a line break, as LSP says', () => {
    const lines = new LineIndex('a\rb\r\nc\nd');
    expect([0, 1, 2, 3].map((l) => lines.lineText(l))).toEqual(['a', 'b', 'c', 'd']);
    expect(lines.positionAt(5)).toEqual({ line: 2, character: 0 });
  });

  test('text inside list items, block quotes and after tabs maps back exactly', () => {
    const text = '## Action\n\n- Item done.\n  \tWe fixed it.\n\n> 1. We shipped *it*.\n';
    const spans = analyze(text).diagnostics.filter((d) => d.rule === 'we-language').map((d) => text.slice(d.span.start, d.span.end));
    expect(spans).toEqual(['We']); // the block quote is somebody's words
  });
});

describe('the story model', () => {
  test('section names: aliases, letter labels, emoji, case and punctuation', () => {
    const cases: Record<string, string> = {
      Situation: 'situation', 'S — Context': 'situation', '(T) Task': 'task', 'A: What I did': 'action', '🏆 Outcome': 'result',
      "What I'd do differently": 'reflection', 'Follow up questions': 'followups', 'R': 'result', 'Stakeholders': 'other', 'ACTIONS!': 'action',
    };
    for (const [heading, kind] of Object.entries(cases)) expect(sectionKind(heading), heading).toBe(kind);
  });

  test('probes under Follow-ups, unspoken text left out', () => {
    const story = parseStory('# T\n\n## Action\n\nI ran `kubectl rollout` and read [the docs](https://x.example/y). <!-- note -->\n\n```\ncode here\n```\n\n## Follow-ups\n\n### Why?\n\nBecause it cost money.\n');
    const action = story.sections[0];
    expect(action.words).toBe(words('I ran and read the docs.'));
    expect(story.sections[1].probes.map((p) => [p.question, p.words])).toEqual([['Why?', 4]]);
  });

  test('bad YAML is one finding at the offending line, and the story is still analyzed', () => {
    const text = '---\nlevel: senior\ncompetencies: [Ownership\nwpm: 140\n---\n\n## Task\n\nWe shipped it.\n';
    const a = analyze(text);
    const yaml = a.diagnostics.filter((d) => d.rule === 'front-matter');
    expect(yaml).toHaveLength(1);
    expect(yaml[0].range.start.line).toBeGreaterThanOrEqual(2);
    expect(yaml[0].range.start.line).toBeLessThanOrEqual(4);
    expect(a.diagnostics.some((d) => d.rule === 'we-language')).toBe(true);
  });

  test('front matter picks the level and the speaking rate; unknown keys are ignored', () => {
    const a = analyze('---\nlevel: staff\nwpm: 120\nmood: calm\n---\n\n## Situation\n\nA quiet day.\n');
    expect([a.options.level, a.options.wpm]).toEqual(['staff', 120]);
    expect(a.diagnostics.filter((d) => d.rule === 'front-matter')).toEqual([]);
  });
});

describe('front matter shared between analyses', () => {
  test('is frozen, so no consumer can change what a later analysis of the same block reads', () => {
    const text = '---\nlevel: senior\ncompetencies: [Ownership]\n---\n\n## Situation\n\nOur queue stalled.\n';
    const first = parseStory(text).frontMatter!;
    expect(parseStory(text + 'More.\n').frontMatter).toBe(first);
    expect(() => { (first.data as Record<string, unknown>).level = 'sde1'; }).toThrow(TypeError);
    expect(() => { (first.data.competencies as string[]).push('Dive Deep'); }).toThrow(TypeError);
    expect(analyze(text).options.level).toBe('senior');
  });
});

describe('spoken words', () => {
  test.each([
    ['$8,000', 3], ['0.3%', 4], ['p99', 2], ['2.5x', 4], ['2019', 2], ['1,234', 5], ['900 ms', 3], ['24/7', 3], ['SDE2', 2], ['3x', 2],
  ])('%s is said in %i words', (text, n) => {
    expect(words(text)).toBe(n);
  });
});

describe('timing', () => {
  test('per section at the story\'s rate, follow-ups apart from the total', () => {
    const a = analyze(`---\nwpm: 120\n---\n\n## Situation\n\n${'word '.repeat(60)}\n\n## Follow-ups\n\n### Q?\n\n${'word '.repeat(30)}\n`);
    expect(a.timing.sections[0]).toMatchObject({ name: 'Situation', words: 60, seconds: 30, targetSeconds: 30 });
    expect(a.timing.totalSeconds).toBe(30);
    expect(a.timing.probes[0]).toMatchObject({ question: 'Q?', seconds: 15 });
  });

  test('levels change the range, and the rules follow', () => {
    const long = `## Situation\n\nIt broke.\n\n## Action\n\n${'I fixed the parser. '.repeat(85)}\n`;
    expect(analyze(`---\nlevel: sde1\n---\n${long}`).timing.range).toEqual({ min: 105, max: 135 });
    expect(rules(`---\nlevel: sde1\n---\n${long}`)).toContain('answer-over-time');
    expect(rules(`---\nlevel: senior\n---\n${long}`)).not.toContain('answer-over-time');
  });
});

describe('edge cases the review found', () => {
  test('two sections with the same name are timed apart', () => {
    const a = analyze(`## Action\n\n${'I traced the race in the retry path. '.repeat(40)}\n\n## Action\n\nI shipped it.\n`);
    const second = a.story.sections[1];
    const lens = a.diagnostics.filter((d) => d.rule === 'section-over-time').map((d) => d.range.start.line);
    expect(lens).toEqual([0]); // only the long one
    expect(a.timing.sections.map((t) => t.index)).toEqual([0, 1]);
    expect(a.timing.sections[1].words).toBe(second.words);
  });

  test('reordering sections keeps every character, text between sections included', () => {
    const text = '# Title\n\n## Result\n\nIt went from 2% to 0%.\n\n# Appendix\n\nKeep me.\n\n## Situation\n\nIt broke.\n';
    const d = analyze(text).diagnostics.find((x) => x.rule === 'section-order')!;
    const lines = new LineIndex(text);
    const e = d.fixes[0].edits[0];
    const out = text.slice(0, lines.offsetAt(e.range.start)) + e.newText + text.slice(lines.offsetAt(e.range.end));
    expect(out.indexOf('## Situation')).toBeLessThan(out.indexOf('## Result'));
    expect(out).toContain('# Appendix\n\nKeep me.');
    expect([...out].sort().join('').trim()).toBe([...text].sort().join('').trim());
  });

  test('a byte-order mark before the front matter', () => {
    const a = analyze('\uFEFF---\nlevel: senior\n---\n\n## Task\n\nNot my team.\n');
    expect(a.options.level).toBe('senior');
    expect(a.story.sections.map((s) => s.name)).toEqual(['Task']);
  });

  test('a character whose lower case is longer does not switch off the patterns', () => {
    expect(rules('## Action\n\nİstanbul. I think it worked.\n')).toContain('hedging');
  });

  test('a NUL character does not silence its paragraph', () => {
    expect(rules('## Action\n\nWe shipped \0 it.\n')).toContain('we-language');
  });

  test('numbers followed by prototype names count as words', () => {
    expect(Number.isFinite(analyze('## Action\n\nI did 5constructor things.\n').timing.totalSeconds)).toBe(true);
  });
});

describe('configuration', () => {
  test('one clear message per bad key or value, the rest kept', () => {
    const { config, problems } = validateConfig({ level: 'senior', wpm: 1000, rules: { 'we-language': 'error', hedgin: 'off', 'passive-voice': 'loud' }, colour: true }, RULE_IDS);
    expect(config).toEqual({ level: 'senior', rules: { 'we-language': 'error' } });
    expect(problems).toEqual([
      'wpm: 1000 is not a speaking rate; use a number from 60 to 300',
      'rules.hedgin: unknown rule (did you mean "hedging"?)',
      'rules.passive-voice: "loud" is not a severity; use "error", "warning", "info", "hint" or "off"',
      'colour: unknown setting',
    ]);
  });

  test('ignores: a list of patterns, relative to the file; a name alone matches at any depth, a path from the top', () => {
    expect(validateConfig({ ignores: [' archive ', 'drafts/**'] }, RULE_IDS)).toEqual({ config: { ignores: ['archive', 'drafts/**'] }, problems: [] });
    expect(validateConfig({ ignores: ['ok', 3] }, RULE_IDS).problems).toEqual(['ignores: must be a list of glob patterns, relative to this file, such as ["archive/**", "**/*.draft.star.md"]']);
    expect(validateConfig({ ignore: [] }, RULE_IDS).problems).toEqual(['ignore: unknown setting (did you mean "ignores"?)']);
    const ignored = ignoreMatcher(['archive', 'drafts/**', '**/*.draft.star.md', './old/']);
    expect(['archive/a.star.md', 'stories/archive/a.star.md', 'drafts/x/a.star.md', 'a/b.draft.star.md', 'old/a.star.md', 'old', 'stories\\archive\\a.star.md'].filter((p) => !ignored(p))).toEqual([]);
    expect(['a.star.md', 'stories/archived/a.star.md', 'stories/drafts/a.star.md', 'stories/old/a.star.md', '../archive/a.star.md', ''].filter(ignored)).toEqual([]);
    expect(ignoreMatcher(undefined)('archive/a.star.md')).toBe(false);
  });

  test('severity overrides and off', () => {
    const a = analyze('## Task\n\nWe shipped it.\n', { rules: { 'we-language': 'error', 'missing-section': 'off' } });
    expect(a.diagnostics.find((d) => d.rule === 'we-language')?.severity).toBe('error');
    expect(a.diagnostics.some((d) => d.rule === 'missing-section')).toBe(false);
  });
});

describe('control comments', () => {
  const body = '## Action\n\n- We shipped it.\n- We tested it.\n';
  test.each([
    ['next line', '## Action\n\n<!-- star-coach-disable-next-line we-language -->\n- We shipped it.\n- We tested it.\n', 1],
    ['this line', '## Action\n\n- We shipped it. <!-- star-coach-disable-line -->\n- We tested it.\n', 1],
    ['a stretch', '## Action\n\n<!-- star-coach-disable we-language -->\n- We shipped it.\n<!-- star-coach-enable we-language -->\n- We tested it.\n', 1],
    ['another rule only', '## Action\n\n<!-- star-coach-disable hedging -->\n- We shipped it.\n- We tested it.\n', 2],
    ['none', body, 2],
  ])('%s', (_name, text, count) => {
    expect(analyze(text).diagnostics.filter((d) => d.rule === 'we-language')).toHaveLength(count);
  });

  test('a comment inside a code block is not a directive', () => {
    expect(analyze('## Action\n\n```\n<!-- star-coach-disable -->\n```\n\n- We shipped it.\n').diagnostics.some((d) => d.rule === 'we-language')).toBe(true);
  });
});

describe('clauses', () => {
  const read = (s: string) => readClauses(splitSentences(tokenize(s))[0]).map((c) => [c.subject.map((t) => t.text).join(' '), c.actor, c.verb?.text, c.passive]);
  test.each([
    ['The two of us dug in over the weekend.', [['The two of us', 'we', 'dug', false]]],
    ['Leadership wanted me to take it on.', [['Leadership', 'authority', 'wanted', false]]],
    ['The Platform team fixed it.', [['The Platform team', 'other', 'fixed', false]]],
    ['The fix was deployed on Tuesday.', [['The fix', 'thing', 'deployed', true]]],
    ['I wrote a fix and waited.', [['I', 'i', 'wrote', false], ['', 'i', 'waited', false]]],
    ['Priya and I rewrote the parser.', [['Priya and I', 'we', 'rewrote', false]]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('fixes', () => {
  test('snippet defaults expand, escapes are kept literal', () => {
    expect(expandSnippet('saved ${1:about \\$3,000} for ${2:users}$0')).toBe('saved about $3,000 for users');
  });

  test('a we-language fix keeps the author\'s facts and agrees the verb', () => {
    const text = '## Action\n\nWe were able to trace the race together.\n';
    const fix = find(text, 'we-language')!.fixes[0];
    const lines = new LineIndex(text);
    let out = text;
    for (const e of [...fix.edits].reverse()) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
    expect(out).toBe('## Action\n\nI was able to trace the race.\n');
  });
});

describe('pattern cues', () => {
  test('a sentence without one of ASSUMED_CUE\'s words never matches ASSUMED, so skipping it loses nothing', () => {
    // One phrase per branch of ASSUMED, then every sentence of every fixture.
    const branches = [
      'i assumed the fix had worked', 'i took it that everything was fine', 'the new cache seemed to hold up', 'it looked fine to me',
      'the dashboards appeared stable', 'i figured nobody had noticed', 'the alerts went away, so i moved on', 'nobody complained since',
      "we haven't heard any complaints since", 'it should be fixed now', 'i think it worked', 'hopefully it holds',
    ];
    for (const phrase of branches) expect(new RegExp(ASSUMED.source).test(phrase), phrase).toBe(true);
    const sentences = [...branches];
    for (const file of listFixtures()) {
      const story = parseStory(readFileSync(file, 'utf8'));
      sentences.push(...story.sentences.map((x) => story.spokenLower.slice(x.start, x.end)));
    }
    expect(sentences.length).toBeGreaterThan(1000);
    const missed = sentences.filter((x) => new RegExp(ASSUMED.source).test(x) && !ASSUMED_CUE.test(x));
    expect(missed).toEqual([]);
  });
});
