// The practice file on disk (fsio.ts): read and updated in a real folder; a bad file is kept aside, never overwritten
// silently; a file that cannot be read is left alone; two real processes updating it at once both land.
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, test } from 'vitest';
import { drillId, emptyPractice, gradeItem, parsePractice, recordReading, serializePractice, type DrillItem, type PracticeState } from '../server/src/core/drill';
import { PRACTICE_FILE } from '../server/src/core/story-files';
import { MAX_PRACTICE_BYTES, readPractice, updatePractice } from '../server/src/fsio';
import { record, writeReport } from './support/reliability-report';

const ROOT = join(__dirname, '..');
const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'practice-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  writeReport('practice-file');
});

const T0 = new Date('2026-03-02T09:00:00.000Z');
const item = (story: string, question: string): DrillItem => ({ id: drillId(story, question), story, question });
const WE = item('stories/cache.star.md', 'You said "we": what did you do yourself?');
const METRIC = item('stories/cache.star.md', 'How did you measure the 40%?');
const grade = (it: DrillItem) => (s: PracticeState) => gradeItem(s, it, 'good', T0);
/** The folder's entries besides the practice file: what an update left behind. */
const others = (dir: string) => readdirSync(dir).filter((f) => f !== PRACTICE_FILE).sort();

describe('readPractice', () => {
  test('no file is an empty state, and nothing is written', () => {
    const dir = scratch();
    expect(readPractice(dir)).toEqual({ state: emptyPractice(), problems: [] });
    expect(readdirSync(dir)).toEqual([]);
  });

  test('reads what updatePractice wrote', () => {
    const dir = scratch();
    updatePractice(dir, grade(WE));
    expect(readPractice(dir)).toEqual({ state: gradeItem(emptyPractice(), WE, 'good', T0), problems: [] });
  });

  test('a file with problems is read as far as it goes, and left as it is', () => {
    const dir = scratch();
    const text = '{"version": 1, "cards": {"x#y": 3}}';
    writeFileSync(join(dir, PRACTICE_FILE), text);
    expect(readPractice(dir)).toEqual({ state: emptyPractice(), problems: ['The card for "x#y" was dropped: it is not a card.'] });
    expect(readFileSync(join(dir, PRACTICE_FILE), 'utf8')).toBe(text);
    expect(others(dir)).toEqual([]);
  });

  test('a folder in its place is named', () => {
    const dir = scratch();
    mkdirSync(join(dir, PRACTICE_FILE));
    expect(readPractice(dir)).toEqual({ state: emptyPractice(), problems: [], error: `${PRACTICE_FILE} is a folder, not a practice file.` });
  });
});

describe('updatePractice', () => {
  test('writes the change to a new file: the stable text, and nothing else left in the folder', () => {
    const dir = scratch();
    const r = updatePractice(dir, grade(WE));
    expect(r).toEqual({ state: gradeItem(emptyPractice(), WE, 'good', T0), problems: [], keptAs: undefined, written: true });
    expect(readFileSync(join(dir, PRACTICE_FILE), 'utf8')).toBe(serializePractice(r.state));
    expect(others(dir)).toEqual([]);
  });

  test('applies the change to what is on disk at that moment, not to what a caller read before', () => {
    const dir = scratch();
    const before = readPractice(dir).state;
    updatePractice(dir, grade(WE)); // another writer, meanwhile
    updatePractice(dir, grade(METRIC));
    expect(Object.keys(readPractice(dir).state.cards).sort()).toEqual([METRIC.id, WE.id].sort());
    expect(before).toEqual(emptyPractice());
  });

  test('a change that changes nothing writes nothing', () => {
    const dir = scratch();
    const path = join(dir, PRACTICE_FILE);
    const reading = (at: Date) => (s: PracticeState) => recordReading(s, 'stories/a.star.md', { verdict: 'hire', sections: [] }, at);
    expect(updatePractice(dir, reading(T0)).written).toBe(true);
    const long = new Date(2000, 0, 1);
    utimesSync(path, long, long);
    // the same reading saved again a minute later
    expect(updatePractice(dir, reading(new Date(T0.getTime() + 60_000))).written).toBe(false);
    expect(updatePractice(dir, (s) => s).written).toBe(false);
    expect(statSync(path).mtimeMs).toBe(long.getTime());
    expect(updatePractice(dir, grade(WE)).written).toBe(true);
    expect(statSync(path).mtimeMs).not.toBe(long.getTime());
  });

  test('keeps the permission bits of the file it replaces', () => {
    const dir = scratch();
    updatePractice(dir, grade(WE));
    chmodSync(join(dir, PRACTICE_FILE), 0o600);
    updatePractice(dir, grade(METRIC));
    expect(statSync(join(dir, PRACTICE_FILE)).mode & 0o777).toBe(0o600);
  });

  test('a file that is not JSON is kept as .bad, and the problems say so', () => {
    const dir = scratch();
    const path = join(dir, PRACTICE_FILE);
    const bad = '{"version": 1, "cards": {"lost grades": ';
    writeFileSync(path, bad);
    const r = updatePractice(dir, grade(WE));
    expect(r.keptAs).toBe(`${path}.bad`);
    expect(r.problems).toEqual([
      'The practice file is not valid JSON: it ends too early, so no grades or readings were read from it.',
      `The practice file as it was is kept in ${PRACTICE_FILE}.bad.`,
    ]);
    expect(r.written).toBe(true);
    expect(readFileSync(`${path}.bad`, 'utf8')).toBe(bad);
    expect(parsePractice(readFileSync(path, 'utf8'))).toEqual({ state: gradeItem(emptyPractice(), WE, 'good', T0), problems: [] });
    expect(others(dir)).toEqual([`${PRACTICE_FILE}.bad`]);
  });

  test('a file with one bad card is kept aside too, and the good cards carry on', () => {
    const dir = scratch();
    const path = join(dir, PRACTICE_FILE);
    const good = gradeItem(emptyPractice(), METRIC, 'easy', T0);
    const text = JSON.stringify({ ...good, cards: { ...good.cards, 'x#y': { story: 'x' } } });
    writeFileSync(path, text);
    const r = updatePractice(dir, grade(WE));
    expect(r.problems).toEqual(['The card for "x#y" was dropped: it names no question.', `The practice file as it was is kept in ${PRACTICE_FILE}.bad.`]);
    expect(readFileSync(`${path}.bad`, 'utf8')).toBe(text);
    expect(readPractice(dir).state).toEqual(gradeItem(good, WE, 'good', T0));
  });

  test('another version is kept aside, not read as this one', () => {
    const dir = scratch();
    const text = '{"version": 2, "decks": {}}';
    writeFileSync(join(dir, PRACTICE_FILE), text);
    const r = updatePractice(dir, grade(WE));
    expect(r.problems[0]).toBe('The practice file is version 2, and this Star Coach reads version 1, so no grades or readings were read from it.');
    expect(readFileSync(join(dir, `${PRACTICE_FILE}.bad`), 'utf8')).toBe(text);
  });

  test('a copy already kept is never written over: the same bytes use it again, others take the next name', () => {
    const dir = scratch();
    const path = join(dir, PRACTICE_FILE);
    writeFileSync(path, 'first');
    updatePractice(dir, grade(WE));
    writeFileSync(path, 'first');
    expect(updatePractice(dir, grade(WE)).keptAs).toBe(`${path}.bad`);
    writeFileSync(path, 'second');
    expect(updatePractice(dir, grade(WE)).keptAs).toBe(`${path}.bad.2`);
    expect(readFileSync(`${path}.bad`, 'utf8')).toBe('first');
    expect(readFileSync(`${path}.bad.2`, 'utf8')).toBe('second');
    expect(others(dir)).toEqual([`${PRACTICE_FILE}.bad`, `${PRACTICE_FILE}.bad.2`]);
  });

  test('a file that cannot be read at all is left as it is, and nothing is written', () => {
    const dir = scratch();
    mkdirSync(join(dir, PRACTICE_FILE));
    expect(updatePractice(dir, grade(WE))).toEqual({ state: emptyPractice(), problems: [], error: `${PRACTICE_FILE} is a folder, not a practice file, so nothing was written.`, written: false });
    expect(readdirSync(join(dir, PRACTICE_FILE))).toEqual([]);

    const big = scratch();
    const path = join(big, PRACTICE_FILE);
    writeFileSync(path, Buffer.alloc(MAX_PRACTICE_BYTES + 1, 0x20));
    const r = updatePractice(big, grade(WE));
    expect(r.error).toBe(`${PRACTICE_FILE} is ${Math.round((MAX_PRACTICE_BYTES + 1) / 1024)} KiB; practice files over 16 MiB are not read, so nothing was written.`);
    expect(statSync(path).size).toBe(MAX_PRACTICE_BYTES + 1);
    expect(others(big)).toEqual([]);
  });

  test('a lock left by a process that is gone is taken away', async () => {
    const dir = scratch();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => gone.on('exit', done));
    writeFileSync(join(dir, `${PRACTICE_FILE}.lock`), JSON.stringify({ pid: gone.pid, host: hostname() }));
    const r = updatePractice(dir, grade(WE));
    expect(r.error).toBeUndefined();
    expect(r.written).toBe(true);
    expect(others(dir)).toEqual([]);
  });

  test('a lock held by a live process is waited for, and past the wait nothing is written', () => {
    const dir = scratch();
    const lock = join(dir, `${PRACTICE_FILE}.lock`);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname() }));
    const r = updatePractice(dir, grade(WE));
    expect(r.written).toBe(false);
    expect(r.error).toBe(`Another Star Coach has been writing ${PRACTICE_FILE} for 5 seconds, so nothing was written; try again, or delete ${PRACTICE_FILE}.lock if no Star Coach is running.`);
    expect(existsSync(join(dir, PRACTICE_FILE))).toBe(false);
    expect(existsSync(lock)).toBe(true);
    // the same lock, left long ago, counts as stale
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(updatePractice(dir, grade(WE)).written).toBe(true);
    expect(others(dir)).toEqual([]);
  });

  test('bad text of every kind never throws, and what is kept writes back the same', () => {
    const dir = scratch();
    const path = join(dir, PRACTICE_FILE);
    const json = fc.jsonValue({ maxDepth: 4 });
    const shaped = fc.record({ version: fc.oneof(fc.constant(1), json), cards: fc.dictionary(fc.string(), fc.oneof(json, fc.record({ story: fc.string(), question: fc.string(), due: fc.oneof(fc.constant(T0.toISOString()), fc.string()), stability: json, difficulty: json, reps: json, lapses: json, state: json, log: json }))), history: json });
    const text = fc.oneof(fc.string(), json.map((v) => JSON.stringify(v)), shaped.map((v) => JSON.stringify(v)));
    let cases = 0;
    fc.assert(
      fc.property(text, (t) => {
        cases++;
        const parsed = parsePractice(t);
        expect(parsePractice(serializePractice(parsed.state))).toEqual({ state: parsed.state, problems: [] });
        writeFileSync(path, t);
        const r = updatePractice(dir, grade(WE));
        expect(r.error).toBeUndefined();
        expect(readPractice(dir).problems).toEqual([]);
        if (parsed.problems.length > 0) expect(readFileSync(r.keptAs!, 'utf8')).toBe(t);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
      }),
      { seed: 20261502, numRuns: 200 },
    );
    record({ area: 'core', input: 'practice file: generated text (any string, any JSON, cards and readings of every field type), parsed and then updated on disk', cases, result: 'no exception; what was kept writes back as read; every file with a problem kept aside byte for byte before it was replaced' });
  });
});

describe('two processes updating the practice file at once', () => {
  test('every grade and reading of both lands', async () => {
    const dir = scratch();
    const sync = scratch();
    const worker = join(sync, 'worker.js');
    // A real writer: the same fsio.ts and core the CLI and the server bundle, in a process of its own.
    await build({
      stdin: {
        contents: `
          import { existsSync, writeFileSync } from 'node:fs';
          import { join } from 'node:path';
          import { updatePractice } from './server/src/fsio';
          import { drillId, gradeItem, recordReading } from './server/src/core/drill';
          const [folder, sync, name, count] = process.argv.slice(2);
          const now = new Date('2026-03-02T09:00:00.000Z');
          const shared = { id: drillId('stories/shared.star.md', 'What did you do?'), story: 'stories/shared.star.md', question: 'What did you do?' };
          writeFileSync(join(sync, 'ready-' + name), '');
          while (!existsSync(join(sync, 'go'))) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          for (let i = 0; i < Number(count); i++) {
            const own = { id: drillId('stories/' + name + '.star.md', 'Question ' + i), story: 'stories/' + name + '.star.md', question: 'Question ' + i };
            const r = updatePractice(folder, (s) => recordReading(gradeItem(gradeItem(s, own, 'good', now), shared, 'hard', now), 'stories/' + name + '.star.md', { verdict: i % 2 ? 'hire' : 'lean-no-hire', sections: [] }, now));
            if (r.error || !r.written || r.problems.length) { console.error(JSON.stringify(r)); process.exit(1); }
          }
        `,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: worker,
      logLevel: 'error',
    });
    const COUNT = 40;
    const run = (name: string) => {
      const child = spawn(process.execPath, [worker, dir, sync, name, String(COUNT)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      return new Promise<{ code: number | null; stderr: string }>((done) => child.on('exit', (code) => done({ code, stderr })));
    };
    let finished = false;
    const both = Promise.all([run('a'), run('b')]).finally(() => (finished = true));
    // Both are started and waiting: let them go together.
    while (!(existsSync(join(sync, 'ready-a')) && existsSync(join(sync, 'ready-b')))) await new Promise((r) => setTimeout(r, 5));
    writeFileSync(join(sync, 'go'), '');
    // Meanwhile a reader (as the server's views would be) sees the file whole, before or after each write, never half
    // of one: no problem, and never fewer cards than it saw before.
    const seen: Array<{ cards: number; problems: string[] }> = [];
    while (!finished) {
      const now = readPractice(dir);
      seen.push({ cards: Object.keys(now.state.cards).length, problems: now.problems });
      await new Promise((r) => setImmediate(r));
    }
    const results = await both;
    expect(results).toEqual([{ code: 0, stderr: '' }, { code: 0, stderr: '' }]);
    expect(seen.filter((r) => r.problems.length > 0)).toEqual([]);
    expect(seen.filter((r, i) => i > 0 && r.cards < seen[i - 1].cards)).toEqual([]);
    expect(seen.length).toBeGreaterThan(1);

    const { state, problems } = readPractice(dir);
    expect(problems).toEqual([]);
    const cards = Object.values(state.cards);
    expect(cards.filter((c) => c.story === 'stories/a.star.md')).toHaveLength(COUNT);
    expect(cards.filter((c) => c.story === 'stories/b.star.md')).toHaveLength(COUNT);
    // every one of the 80 grades of the shared question counted
    expect(state.cards[drillId('stories/shared.star.md', 'What did you do?')].reps).toBe(2 * COUNT);
    expect(state.history['stories/a.star.md']).toHaveLength(COUNT);
    expect(state.history['stories/b.star.md']).toHaveLength(COUNT);
    expect(others(dir)).toEqual([]);
    record({ area: 'core', input: `practice file: two processes, each updating it ${COUNT} times at once (fsio.updatePractice)`, cases: 2 * COUNT, result: 'every grade and reading of both landed; a reader meanwhile saw the file whole at every read; no lock or temporary file left' });
  }, 60_000);
});
