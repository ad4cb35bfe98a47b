// What every quiz question must be, wherever it came from: four distinct choices, one answer among them, a solution in
// numbered steps, a hint, all in plain text with nothing left unfilled.
import { expect } from 'vitest';
import type { QuizQuestion } from '../../server/src/core';

export function expectWellFormed(q: QuizQuestion): void {
  const where = `${q.story} ${q.kind}`;
  expect(q.choices, where).toHaveLength(4);
  expect(new Set(q.choices.map((c) => c.toLowerCase())).size, where).toBe(4);
  expect(q.answer, where).toBeGreaterThanOrEqual(0);
  expect(q.answer, where).toBeLessThan(4);
  expect(q.solution.length, where).toBeGreaterThanOrEqual(3);
  q.solution.forEach((step, i) => expect(step, where).toMatch(new RegExp(`^Step ${i + 1}: [A-Z“]`)));
  expect(q.hint, where).toMatch(/^[A-Z“].+\.$/);
  for (const text of [q.question, ...q.choices, ...q.solution, q.hint]) {
    // a value leaked as text ("undefined", "null", "NaN"), outside what is quoted from the story ("“… a null check”")
    expect(text.replace(/“[^”]*”/g, '“”'), where).not.toMatch(/undefined|null|NaN/);
    expect(text, where).not.toMatch(/\$\{|‹|  |\s[,.;:]/);
    expect(text.trim(), where).toBe(text);
  }
}
