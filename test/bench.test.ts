// The benchmark's corpus generator: deterministic, and the stories it writes are what BENCHMARKS.md says they are.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../bench/generate.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const corpus = (seed: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'star-bench-'));
  dirs.push(dir);
  const { stories } = generate(dir, 40, seed, [1000]);
  return readdirSync(stories).sort().map((f) => readFileSync(join(stories, f), 'utf8'));
};

test('the same seed writes the same corpus; another seed, another', () => {
  const a = corpus(7);
  expect(corpus(7)).toEqual(a);
  expect(corpus(8)).not.toEqual(a);
});

test('stories of 450–650 words with front matter, the STAR sections, bullets, numbers, code, comments and follow-ups', () => {
  for (const text of corpus(7)) {
    const words = text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(450);
    expect(words).toBeLessThanOrEqual(680); // the last added sentence may pass 650 by a few words
    const { story, timing } = analyze(text);
    expect(story.frontMatter?.data.level).toBeTypeOf('string');
    expect(story.sections.map((s) => s.kind)).toEqual(['situation', 'task', 'action', 'result', 'reflection', 'followups']);
    expect(story.comments.length).toBeGreaterThan(0);
    expect(text).toMatch(/^- I /m);
    expect(text).toMatch(/`[^`]+`/);
    expect(text).toMatch(/\d+(\.\d)?%/);
    expect(timing.probes).toHaveLength(1);
  }
});
