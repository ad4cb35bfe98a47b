// The server's view of stories: open documents and files on disk, each analyzed once per text.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, bankEntry, readingView, reviewStory, type Analysis, type BankEntry, type Diagnostic, type ReadingView, type Review, type StarCoachConfig } from '../core';
import { isStoryPath, MAX_STORIES_FOUND, readStory } from '../fsio';

/** Longer documents (in UTF-16 code units, about 2 MB of text) get one notice instead of an analysis: nobody speaks that. */
export const MAX_STORY_LENGTH = 2 * 1024 * 1024;

/** Whether a document is a story, by the one rule for every side (`isStoryPath`), on the URI's path. */
export function isStoryUri(uri: string): boolean {
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
    // a malformed escape: judge the raw text
  }
  return isStoryPath(path);
}

/**
 * A map that keeps only the most recently used entries. An analysis is many times the size of its text (tokens,
 * clauses, fixes), and the server may see thousands of stories; one that fell out is analyzed again in a millisecond or two.
 */
export class RecentMap<K, V> {
  private entries = new Map<K, V>();
  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V) {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K) {
    this.entries.delete(key);
  }

  clear() {
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}

const readings = new WeakMap<Analysis, ReadingView | null>();
const reviews = new WeakMap<Analysis, Review>();

/** The bar raiser's reading itself, once per analysis: the reading's view (`readingOf`) and the quiz both start from it. */
export function reviewOf(analysis: Analysis): Review {
  let review = reviews.get(analysis);
  if (!review) reviews.set(analysis, (review = reviewStory(analysis)));
  return review;
}

/**
 * The bar raiser's reading of an analysis, computed the first time a surface asks for it (the title's lens, the panel,
 * the hover, the preview) and kept with the analysis, so at most once per text and never while the author types
 * unless one of them asks. Null for a story Star Coach failed on, and when the reading itself fails: the panel and the
 * lenses still show the rest.
 */
export function readingOf(analysis: Analysis): ReadingView | null {
  let reading = readings.get(analysis);
  if (reading === undefined) {
    try {
      reading = analysis.failed ? null : readingView(analysis, reviewOf(analysis));
    } catch {
      reading = null;
    }
    readings.set(analysis, reading);
  }
  return reading;
}

const bankEntries = new WeakMap<Analysis, BankEntry>();

/** The story's bank entry, once per analysis, with the file's path (the bank gives it the path it shows). */
export function entryOf(uri: string, analysis: Analysis): BankEntry {
  let entry = bankEntries.get(analysis);
  if (!entry) bankEntries.set(analysis, (entry = bankEntry(fileURLToPath(uri), analysis, reviewOf(analysis))));
  return entry;
}

/** How many analyses each cache keeps: enough for every story an author has open side by side, and then some. */
export const RECENT_ANALYSES = 64;

export class StoryCache {
  private entries = new RecentMap<string, { text: string; analysis: Analysis }>(RECENT_ANALYSES);
  constructor(private config: () => StarCoachConfig) {}

  /**
   * The analysis of this document's text, computed at most once. Keyed on the text, not the version: a client may
   * repeat a version in a didChange or open a document again without closing it, and a stale analysis would put
   * ranges and fixes outside the new text. An unchanged document hands back the same string, so the check is cheap.
   */
  get(doc: TextDocument): Analysis {
    const text = doc.getText();
    const hit = this.entries.get(doc.uri);
    if (hit?.text === text) return hit.analysis;
    const analysis = analyze(text, this.config());
    this.entries.set(doc.uri, { text, analysis });
    return analysis;
  }

  forget(uri: string) {
    this.entries.delete(uri);
  }

  clear() {
    this.entries.clear();
  }
}

/** The text of a story on disk (read as the CLI reads it: a regular file within the size limit), or undefined. */
export function readStoryFile(uri: string): string | undefined {
  try {
    return readStory(fileURLToPath(uri)).text;
  } catch {
    return undefined; // not a path on this system
  }
}

/**
 * What the workspace's passes need of a story on disk, kept for every story the walk can find (the full analyses only
 * for the last `RECENT_ANALYSES`): its findings for the Problems view and its bank entry. Made with the analysis, once
 * per file version, so that the Problems view's pass and the bank's reading of 500 stories analyze each story once
 * between them, not once each.
 */
export interface DiskDigest {
  stamp: string;
  diagnostics: readonly Diagnostic[];
  /** Its `path` is the file's; the bank gives it the path it shows. */
  bank: BankEntry;
}

/** Stories on disk, analyzed once per file version (modification time and size) and configuration. */
export class DiskStories {
  private entries = new RecentMap<string, { stamp: string; analysis: Analysis }>(RECENT_ANALYSES);
  private digests = new RecentMap<string, DiskDigest>(MAX_STORIES_FOUND);
  private generation = 0;

  constructor(private config: () => StarCoachConfig) {}

  /** Call when the configuration changes: every story is analyzed again on the next request. */
  invalidate() {
    this.entries.clear();
    this.digests.clear();
    this.generation++;
  }

  /** A stamp that changes whenever the file or the configuration does (a diagnostic report's result id). */
  stamp(uri: string): string | undefined {
    try {
      const stat = statSync(fileURLToPath(uri));
      return stat.size > MAX_STORY_LENGTH ? undefined : `${this.generation}:${stat.mtimeMs}:${stat.size}`;
    } catch {
      return undefined;
    }
  }

  get(uri: string, stamp = this.stamp(uri)): Analysis | undefined {
    if (stamp === undefined) return undefined;
    const hit = this.entries.get(uri);
    if (hit?.stamp === stamp) return hit.analysis;
    const text = readStoryFile(uri);
    if (text === undefined) return undefined;
    const analysis = analyze(text, this.config());
    this.entries.set(uri, { stamp, analysis });
    this.digestOf(uri, stamp, analysis);
    return analysis;
  }

  /** The digest of this version of the file, from the analysis made for it (analyzed now only when there is none). */
  digest(uri: string, stamp = this.stamp(uri)): DiskDigest | undefined {
    if (stamp === undefined) return undefined;
    const hit = this.digests.get(uri);
    if (hit?.stamp === stamp) return hit;
    const analysis = this.get(uri, stamp);
    return analysis && this.digestOf(uri, stamp, analysis);
  }

  private digestOf(uri: string, stamp: string, analysis: Analysis): DiskDigest {
    const known = this.digests.get(uri);
    if (known?.stamp === stamp) return known;
    const digest = { stamp, diagnostics: analysis.diagnostics, bank: entryOf(uri, analysis) };
    this.digests.set(uri, digest);
    return digest;
  }
}
