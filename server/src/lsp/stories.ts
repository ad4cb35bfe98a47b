// The server's view of stories: open documents and files on disk, each analyzed once per version.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type StarCoachConfig } from '../core';

/** Longer documents (in UTF-16 code units, about 2 MB of text) get one notice instead of an analysis: nobody speaks that. */
export const MAX_STORY_LENGTH = 2 * 1024 * 1024;

export function isStoryUri(uri: string): boolean {
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
    // a malformed escape: judge the raw text
  }
  return /\.star\.md$/i.test(path);
}

export class StoryCache {
  private entries = new Map<string, { version: number; analysis: Analysis }>();
  constructor(private config: () => StarCoachConfig) {}

  /** The analysis of this document version, computed at most once. */
  get(doc: TextDocument): Analysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = analyze(doc.getText(), this.config());
    this.entries.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  forget(uri: string) {
    this.entries.delete(uri);
  }

  clear() {
    this.entries.clear();
  }
}

/** Every story file under the workspace folders, skipping node_modules and dot folders. */
export function storiesOnDisk(roots: string[], limit = 5000): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (out.length >= limit || depth > 20) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && /\.star\.md$/i.test(e.name)) out.push(pathToFileURL(p).href);
    }
  };
  for (const root of roots) walk(root, 0);
  return out;
}

/** The text of a story on disk (a byte-order mark dropped, as the CLI does), or undefined when unreadable or too large. */
export function readStoryFile(uri: string): string | undefined {
  try {
    const path = fileURLToPath(uri);
    if (statSync(path).size > MAX_STORY_LENGTH) return undefined;
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** Stories on disk, analyzed once per file version (modification time and size) and configuration. */
export class DiskStories {
  private entries = new Map<string, { stamp: string; analysis: Analysis }>();
  private generation = 0;

  constructor(private config: () => StarCoachConfig) {}

  /** Call when the configuration changes: every story is analyzed again on the next request. */
  invalidate() {
    this.entries.clear();
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
    return analysis;
  }
}
