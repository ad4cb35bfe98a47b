// The story bank (server/src/core/bank.ts) on constructed banks: a gap, a claim the text does not show, overuse, two
// stories that disagree on a figure, and a loop plan that never tells a story twice and is the best there is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, reviewStory } from '../server/src/core';
import { assign, bank, bankEntry, counts } from '../server/src/core/bank';
import { QUESTIONS } from '../server/src/core/questions';

const FIXTURES = join(__dirname, '..', 'test-fixtures');
const input = (path: string, text: string) => {
  const analysis = analyze(text);
  const review = reviewStory(analysis);
  return { path, analysis, review, entry: bankEntry(path, analysis, review) };
};
type Input = ReturnType<typeof input>;
const entries = (inputs: Input[]) => inputs.map((i) => i.entry);
const folder = (dir: string) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.star.md')).map((f) => input(`${dir}/${f}`, readFileSync(join(FIXTURES, dir, f), 'utf8')));
const r1 = folder('review/blind-r1');

describe('the matrix and the competencies', () => {
  const b = bank(entries(r1), { loop: 'amazon' });

  test('every story has a row, with a cell for each of the loop competencies, counted only at Hire or better', () => {
    expect(b.stories).toHaveLength(r1.length);
    for (const s of b.stories) {
      const review = r1.find((i) => i.path === s.path)!.review;
      for (const [name, cell] of Object.entries(s.cells)) {
        expect(cell.counts, `${s.path} ${name}`).toBe(counts(review.verdict, cell.shown, cell.claimed));
        if (cell.counts) expect(['hire', 'strong-hire']).toContain(s.verdict);
      }
    }
  });

  test('each competency\'s best story is counted for it and scores no lower than any other counted story', () => {
    for (const c of b.competencies) {
      if (c.gap) {
        expect(c.best).toBeNull();
        expect(b.stories.some((s) => s.cells[c.name]?.counts)).toBe(false);
      } else {
        expect(c.stories[0]).toBe(c.best);
        expect(b.stories.find((s) => s.path === c.best)!.cells[c.name].counts).toBe(true);
        const rank = { none: 0, some: 1, strong: 2 } as const;
        const best = b.stories.find((s) => s.path === c.best)!.cells[c.name];
        for (const p of c.stories) expect(rank[best.shown]).toBeGreaterThanOrEqual(rank[b.stories.find((s) => s.path === p)!.cells[c.name].shown]);
      }
    }
  });

  test('a competency no story shows at Hire or better is a gap, and the next story to write closes one', () => {
    const only = r1.filter((i) => i.review.verdict === 'strong-hire' || i.review.verdict === 'hire').slice(0, 3);
    const small = bank(entries(only), { loop: 'amazon' });
    const gaps = small.competencies.filter((c) => c.inLoop && c.gap);
    expect(gaps.length).toBeGreaterThan(0);
    expect(small.plan.nextFor && gaps.map((g) => g.name)).toContain(small.plan.nextFor);
    expect(small.plan.next).toContain(small.plan.nextFor!);
  });

  test('a story that claims a competency its text does not show is not counted for it', () => {
    const strong = r1.find((i) => i.review.verdict === 'hire' && !i.analysis.aim.claimed.includes('Frugality'))!;
    const text = strong.analysis.story.text.replace(/competencies: \[([^\]]*)\]/, 'competencies: [$1, Frugality]');
    const claimed = input('claims-frugality.star.md', text);
    expect(claimed.analysis.aim.claimed).toContain('Frugality');
    const b2 = bank(entries([claimed]), { loop: ['Frugality', 'Ownership'] });
    const cell = b2.stories[0].cells.Frugality;
    expect(cell.claimed).toBe(true);
    expect(cell.shown).toBe('none');
    expect(cell.counts).toBe(false);
    const frugality = b2.competencies.find((c) => c.name === 'Frugality')!;
    expect(frugality.gap).toBe(true);
    expect(frugality.why).toContain('claims it, but its text does not show it');
  });

  test('a story that is the only one for several competencies is overused', () => {
    const multi = r1.find((i) => i.review.verdict !== 'no-hire' && i.review.verdict !== 'lean-no-hire'
      && i.review.competencies.filter((c) => counts(i.review.verdict, c.shown, c.claimed)).length >= 2)!;
    expect(multi).toBeDefined();
    const shown = multi.review.competencies.filter((c) => counts(multi.review.verdict, c.shown, c.claimed)).map((c) => c.name);
    const b2 = bank(entries([multi]), { loop: shown });
    expect(b2.overused).toHaveLength(1);
    expect(b2.overused[0].path).toBe(multi.path);
    expect(b2.overused[0].why).toContain('the only story for');
    // The same story beside others that also count for those competencies is not the only one.
    const twin = input('twin.star.md', multi.analysis.story.text);
    expect(bank(entries([multi, twin]), { loop: shown }).overused.filter((o) => o.why.includes('only story'))).toHaveLength(0);
  });

  test('the total rehearsal time is every story\'s spoken time added up', () => {
    expect(b.totalSeconds).toBe(r1.reduce((n, i) => n + i.analysis.timing.totalSeconds, 0));
  });
});

describe('two stories of one project that disagree', () => {
  const b = bank(entries(folder('bank/voltline')));

  test('the figure two stories of the Voltline tester give differently is flagged on both, and the unrelated story is not', () => {
    expect(b.conflicts).toHaveLength(1);
    const [c] = b.conflicts;
    expect(c.paths.slice().sort()).toEqual(['bank/voltline/rollout.star.md', 'bank/voltline/tester.star.md']);
    const text = (p: string) => readFileSync(join(FIXTURES, p), 'utf8').split('\n');
    c.paths.forEach((p, i) => {
      const line = text(p)[c.ranges[i].start.line];
      expect(line.slice(c.ranges[i].start.character, c.ranges[i].end.character)).toMatch(/^4\.2% to 0\.[38]%$/);
    });
    expect(c.what).toContain('Voltline');
    expect(c.messages[0]).toMatch(/^“.+” also tells of Voltline and says “false/);
    expect(c.messages[0]).toContain('Interviewers compare notes');
  });

  test('when both stories give the same figure, nothing is flagged', () => {
    const inputs = folder('bank/voltline').map((i) => (i.path.endsWith('rollout.star.md') ? input(i.path, i.analysis.story.text.replace('4.2% to 0.8%', '4.2% to 0.3%')) : i));
    expect(bank(entries(inputs)).conflicts).toEqual([]);
  });
});

describe('questions and the loop plan', () => {
  const b = bank(entries(r1), { loop: 'amazon', interviews: 4 });

  test('every catalog question names a story that counts for its main competency, or says none fits', () => {
    expect(b.questions).toHaveLength(QUESTIONS.length);
    for (const q of b.questions) {
      const counted = b.stories.filter((s) => s.cells[q.competencies[0]]?.counts);
      if (q.story === null) {
        expect(q.why).toMatch(/^None fits yet/);
        expect(counted, q.id).toEqual([]);
      } else expect(counted.map((s) => s.path), q.id).toContain(q.story);
    }
  });

  test('the plan tells no story twice and fills every slot a free story could fill', () => {
    const told = b.plan.slots.map((s) => s.story).filter((s): s is string => s !== null);
    expect(new Set(told).size).toBe(told.length);
    expect(new Set(b.plan.slots.map((s) => s.interview))).toEqual(new Set([1, 2, 3, 4]));
    for (const slot of b.plan.slots.filter((s) => s.story === null)) {
      const free = b.stories.filter((s) => !told.includes(s.path) && s.cells[slot.competencies[0]].counts);
      expect(free, slot.competencies[0]).toEqual([]);
    }
  });

  test('the assignment is the best there is: it matches a search of every assignment on small tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const best = (w: number[][], row = 0, used = new Set<number>()): number => {
      if (row === w.length) return 0;
      let top = best(w, row + 1, used); // the row left without a column
      for (let j = 0; j < w[0].length; j++) {
        if (used.has(j)) continue;
        used.add(j);
        top = Math.max(top, w[row][j] + best(w, row + 1, used));
        used.delete(j);
      }
      return top;
    };
    for (let t = 0; t < 200; t++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const w = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < 0.3 ? 0 : Math.floor(random() * 30))));
      const a = assign(w);
      const cols_ = a.filter((j) => j >= 0);
      expect(new Set(cols_).size).toBe(cols_.length);
      expect(a.reduce((n, j, i) => n + (j >= 0 ? w[i][j] : 0), 0)).toBe(best(w));
    }
  });
});
