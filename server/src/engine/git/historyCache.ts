/**
 * What earlier history scans found, so the next audit reads only new commits: the ref tips
 * scanned (everything reachable from them is done) and the secrets found, redacted. One JSON
 * file per audited folder in the cache directory; safe to delete, ignored when it does not
 * parse or was written by another routeguard version.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { HistorySecret } from './history';

const FORMAT = 1;

export interface HistoryCacheEntry {
  format: number;
  version: string;
  /** repository top level and the path spec scanned */
  repo: string;
  pathspec: string;
  tips: string[];
  commits: number;
  secrets: HistorySecret[];
}

export function historyCacheFile(cacheDir: string, repo: string, pathspec: string): string {
  const key = crypto.createHash('sha256').update(`${repo}\0${pathspec}`).digest('hex').slice(0, 16);
  return path.join(cacheDir, `git-history-${key}.json`);
}

export function readHistoryCache(file: string, version: string, repo: string, pathspec: string): HistoryCacheEntry | undefined {
  try {
    const e = JSON.parse(fs.readFileSync(file, 'utf8')) as HistoryCacheEntry;
    const valid =
      e && e.format === FORMAT && e.version === version && e.repo === repo && e.pathspec === pathspec &&
      Array.isArray(e.tips) && e.tips.every((t) => typeof t === 'string' && /^[0-9a-f]{40,64}$/.test(t)) &&
      Array.isArray(e.secrets) && typeof e.commits === 'number';
    return valid ? e : undefined;
  } catch {
    return undefined;
  }
}

export function writeHistoryCache(file: string, entry: Omit<HistoryCacheEntry, 'format'>): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // write then rename: a concurrent audit never reads half a file
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, ...entry }));
    fs.renameSync(tmp, file);
  } catch {
    // a read-only workspace: the next audit scans again, nothing else changes
  }
}
