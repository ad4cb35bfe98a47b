// Checks many stories on every core: the main thread takes one share, worker threads (the same bundle, started with
// a marker in workerData) take the others. Files are dealt out in turn, so shares are even, and the reports come back
// in the order the files were given. Threads share nothing but the list of paths and the configuration.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { analyze, bankEntry, fixStory, reviewJson, reviewStory, type Analysis, type StarCoachConfig } from '../core';
import { readStory, writeStory } from '../fsio';
import { unifiedDiff } from './format/diff';
import type { CheckedStory, FileReport, FixMode } from './report';

/**
 * Below this many files per thread, a thread costs more than it saves. Starting one is cheap, but each thread warms
 * up V8 on its own (loads the bundle, runs the rules unoptimized, and keeps V8's compiler and collector threads busy
 * on the same cores): on two cores, 500 stories took 1.40 s on one thread and 1.65 s on two, 1,000 about the same
 * either way (1.84 / 1.92 s), and 2,000 took 3.18 s on one and 2.91 s on two (medians, alternating runs).
 */
export const FILES_PER_THREAD = 600;
const MAX_THREADS = 8;

const MARKER = 'star-coach-check-worker';

interface Job {
  marker: typeof MARKER;
  paths: string[];
  cwd: string;
  config: StarCoachConfig;
  fix?: FixMode;
  bank?: boolean;
}

/** Why a file could not be checked when Star Coach itself failed on it. */
export const FAULT = 'could not be checked because of a fault in Star Coach; please report it';

function checked(analysis: Analysis, path: string, bank?: boolean): CheckedStory {
  const review = reviewStory(analysis);
  return {
    diagnostics: analysis.diagnostics.map(({ rule, severity, message, range }) => ({ rule, severity, message, range })),
    timing: analysis.timing,
    review: reviewJson(review),
    ...(bank ? { bank: bankEntry(path, analysis, review) } : {}),
  };
}

/**
 * Reads and analyzes one file, keeping only what the formats print; with `fix`, applies the fixes that need nothing from
 * the author first (writing the file only when its text changes, or with `dry-run` giving the diff instead). A fault here
 * costs this file one line, never the others.
 */
export function checkFile(path: string, cwd: string, config: StarCoachConfig, fix?: FixMode, bank?: boolean): FileReport {
  try {
    const full = resolve(cwd, path);
    const read = readStory(full);
    if (read.text === undefined) return { path, error: read.error };
    if (!fix) {
      const analysis = analyze(read.text, config);
      return analysis.failed ? { path, error: FAULT } : { path, analysis: checked(analysis, path, bank) };
    }
    const outcome = fixStory(read.text, config);
    if (outcome.analysis.failed) return { path, error: FAULT };
    const changed = outcome.text !== read.text;
    if (fix === 'dry-run') {
      const bom = read.file.bom ? '\ufeff' : '';
      return { path, analysis: checked(outcome.analysis, path), fixed: outcome.fixed, diff: changed ? unifiedDiff(path, bom + read.text, bom + outcome.text) : '' };
    }
    const error = changed ? writeStory(full, outcome.text, read.file) : undefined;
    // Not written: the report is of the file as it stands.
    if (error) return { path, error, analysis: checked(analyze(read.text, config), path), fixed: [] };
    return { path, analysis: checked(outcome.analysis, path), fixed: outcome.fixed };
  } catch {
    return { path, error: FAULT };
  }
}

/** Checks files on this thread, letting the event loop turn every 50 ms or so, so that an interrupt (Ctrl+C) is heard at once. */
async function checkHere(paths: string[], cwd: string, config: StarCoachConfig, fix?: FixMode, bank?: boolean): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  let turned = performance.now();
  for (const p of paths) {
    reports.push(checkFile(p, cwd, config, fix, bank));
    if (performance.now() - turned > 50) {
      await new Promise(setImmediate);
      turned = performance.now();
    }
  }
  return reports;
}

/**
 * How many threads to use for `files` files: as many as `--jobs` asks (never more than there are files); by default
 * one per core, never fewer than `FILES_PER_THREAD` files each.
 */
export function threadsFor(files: number, jobs?: number, cores = Math.min(availableParallelism(), MAX_THREADS)): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Checks (and with `fix`, fixes) every path. `script` is the file a worker thread runs (the CLI bundle itself); without
 * it, or with few files, everything runs on this thread.
 */
export async function checkAll(paths: string[], cwd: string, config: StarCoachConfig, script?: string, jobs?: number, fix?: FixMode, bank?: boolean): Promise<FileReport[]> {
  const threads = script ? threadsFor(paths.length, jobs) : 1;
  if (threads === 1) return checkHere(paths, cwd, config, fix, bank);
  const shares = Array.from({ length: threads }, (_, t) => paths.filter((_, i) => i % threads === t));
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<FileReport[]>((resolve, reject) => {
        const job: Job = { marker: MARKER, paths: share, cwd, config, fix, bank };
        const worker = new Worker(script!, { workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a checking thread stopped (exit code ${code})`)));
      }),
  );
  const mine = await checkHere(shares[0], cwd, config, fix, bank);
  const theirs = await Promise.all(workers);
  const out: FileReport[] = new Array(paths.length);
  [mine, ...theirs].forEach((reports, t) => reports.forEach((r, k) => (out[k * threads + t] = r)));
  return out;
}

/** In a worker thread started by `checkAll`: checks its share, posts the reports and returns true. */
export function runWorkerIfAsked(): boolean {
  const job = workerData as Job | undefined;
  if (!parentPort || job?.marker !== MARKER) return false;
  parentPort.postMessage(job.paths.map((p) => checkFile(p, job.cwd, job.config, job.fix, job.bank)));
  return true;
}
