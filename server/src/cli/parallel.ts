// Checks many stories on every core: the main thread takes one share, worker threads (the same bundle, started with
// a marker in workerData) take the others. Files are dealt out in turn, so shares are even, and the reports come back
// in the order the files were given. Threads share nothing but the list of paths and the configuration.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { analyze, type StarCoachConfig } from '../core';
import { readStory } from '../fsio';
import type { FileReport } from './report';

/** Below this many files per thread, starting a thread (tens of milliseconds) costs more than it saves. */
const FILES_PER_THREAD = 48;
const MAX_THREADS = 8;

const MARKER = 'star-coach-check-worker';

interface Job {
  marker: typeof MARKER;
  paths: string[];
  cwd: string;
  config: StarCoachConfig;
}

/** Why a file could not be checked when Star Coach itself failed on it. */
export const FAULT = 'could not be checked because of a fault in Star Coach; please report it';

/** Reads and analyzes one file, keeping only what the formats print. A fault here costs this file one line, never the others. */
export function checkFile(path: string, cwd: string, config: StarCoachConfig): FileReport {
  try {
    const { text, error } = readStory(resolve(cwd, path));
    if (text === undefined) return { path, error };
    const { diagnostics, timing, failed } = analyze(text, config);
    if (failed) return { path, error: FAULT };
    return { path, analysis: { diagnostics: diagnostics.map(({ rule, severity, message, range }) => ({ rule, severity, message, range })), timing } };
  } catch {
    return { path, error: FAULT };
  }
}

/** Checks files on this thread, letting the event loop turn every 50 ms or so, so that an interrupt (Ctrl+C) is heard at once. */
async function checkHere(paths: string[], cwd: string, config: StarCoachConfig): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  let turned = performance.now();
  for (const p of paths) {
    reports.push(checkFile(p, cwd, config));
    if (performance.now() - turned > 50) {
      await new Promise(setImmediate);
      turned = performance.now();
    }
  }
  return reports;
}

/** How many threads to use for `files` files: one per core (or per `--jobs`), never fewer than 48 files each. */
export function threadsFor(files: number, jobs = Math.min(availableParallelism(), MAX_THREADS)): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Checks every path. `script` is the file a worker thread runs (the CLI bundle itself); without it, or with few files,
 * everything runs on this thread.
 */
export async function checkAll(paths: string[], cwd: string, config: StarCoachConfig, script?: string, jobs?: number): Promise<FileReport[]> {
  const threads = script ? threadsFor(paths.length, jobs) : 1;
  if (threads === 1) return checkHere(paths, cwd, config);
  const shares = Array.from({ length: threads }, (_, t) => paths.filter((_, i) => i % threads === t));
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<FileReport[]>((resolve, reject) => {
        const job: Job = { marker: MARKER, paths: share, cwd, config };
        const worker = new Worker(script!, { workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a checking thread stopped (exit code ${code})`)));
      }),
  );
  const mine = await checkHere(shares[0], cwd, config);
  const theirs = await Promise.all(workers);
  const out: FileReport[] = new Array(paths.length);
  [mine, ...theirs].forEach((reports, t) => reports.forEach((r, k) => (out[k * threads + t] = r)));
  return out;
}

/** In a worker thread started by `checkAll`: checks its share, posts the reports and returns true. */
export function runWorkerIfAsked(): boolean {
  const job = workerData as Job | undefined;
  if (!parentPort || job?.marker !== MARKER) return false;
  parentPort.postMessage(job.paths.map((p) => checkFile(p, job.cwd, job.config)));
  return true;
}
