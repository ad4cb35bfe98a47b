// A fix may rewrite the words a finding flags, never the author's words around them: over every fixture, every word of
// an edit's range outside the flagged text must come back in the new text (a placeholder's default counts).
import { relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { analyze, expandSnippet } from '../server/src/core';
import { FIXTURES_DIR, listFixtures, readFixture } from './support/fixtures';
import { record, writeReport } from './support/reliability-report';

afterAll(() => writeReport('fixes'));

/** Words whose loss changes no fact: articles, pronouns, auxiliaries, and the words the we-language fix takes out on purpose. */
const FUNCTION = new Set(`a an the and or but so to of in on at for with by from as is are was were be been am it its this that these those
we us our i me my they them their he him his she her together then also just`.split(/\s+/));

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu) ?? []).map((w) => w.replace(/[.,]+$/, '')).filter((w) => !FUNCTION.has(w));

test('no fix drops a word of the author\'s outside the text it flags', () => {
  const lost: string[] = [];
  let fixes = 0;
  for (const path of listFixtures()) {
    const f = readFixture(path);
    const a = analyze(f.text, f.config);
    for (const d of a.diagnostics) {
      for (const fix of d.fixes) {
        fixes++;
        for (const e of fix.edits) {
          const start = a.story.lines.offsetAt(e.range.start);
          const end = a.story.lines.offsetAt(e.range.end);
          const outside = f.text.slice(start, Math.max(start, Math.min(end, d.span.start))) + ' ' + f.text.slice(Math.min(end, Math.max(start, d.span.end)), end);
          const kept = new Set(words(fix.snippet ? expandSnippet(e.newText) : e.newText));
          const gone = words(outside).filter((w) => !kept.has(w));
          if (gone.length) lost.push(`${relative(FIXTURES_DIR, path)}:${d.range.start.line + 1} ${d.rule} “${fix.title}” drops ${gone.join(', ')}`);
        }
      }
    }
  }
  expect(fixes).toBeGreaterThan(300);
  record({ area: 'core', input: 'every quick fix on every fixture, words outside the flagged text', cases: fixes, result: lost.length ? `${lost.length} fixes dropped the author's words` : "no fix dropped a word of the author's" });
  expect(lost).toEqual([]);
});
