/**
 * File stamps: what the last audit read from each file (its content hash, or why it was skipped), keyed
 * by the file's size, modification and change times and inode, so a warm audit can trust an unchanged
 * file without reading and hashing it (ESLint's cache does the same with size and mtime). Part of the
 * disk cache (diskCache.ts): safe to delete, never committed; unreadable or malformed means "no stamps".
 *
 * A stamp is written only for a file last modified well before it was read ("racily clean" files, as
 * git calls them, are read again next time): a later write then always shows as another time, even
 * on file systems with coarse timestamps. Restoring a file's mtime by hand changes its ctime, so
 * that is caught too.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DiscoveredFile } from '../discover/discover';

/** Older than this before it was read (ms): beyond any file system's timestamp granularity (FAT: 2 s). */
const RACY_WINDOW_MS = 2000;
const NAME = 'stamps.json';
const FORMAT = 1;

export type StampedRead = { hash: string } | { skip: string };

export class FileStamps {
  private readonly next: Record<string, [string, StampedRead]> = {};
  private constructor(private readonly previous: Record<string, [string, StampedRead]>, private readonly version: string) {}

  /** The stamps the last audit of this build wrote (an engine of another version hashes differently: none). */
  static read(dir: string, version: string): FileStamps {
    try {
      const j = JSON.parse(fs.readFileSync(path.join(dir, NAME), 'utf8')) as { format?: number; version?: string; files?: Record<string, [string, StampedRead]> };
      if (j.format === FORMAT && j.version === version && j.files && typeof j.files === 'object') return new FileStamps(j.files, version);
    } catch {
      /* none, or damaged: every file is read */
    }
    return new FileStamps({}, version);
  }

  /** What the last audit read from this file, when the file is provably the same. */
  lookup(file: DiscoveredFile): StampedRead | undefined {
    const e = file.stamp ? this.previous[file.rel] : undefined;
    if (!e || e[0] !== file.stamp) return undefined;
    const r = e[1];
    return r && typeof r === 'object' && (typeof (r as { hash?: unknown }).hash === 'string' || typeof (r as { skip?: unknown }).skip === 'string') ? r : undefined;
  }

  /** Record what was read from a file (read at `readAt`); skipped when it was modified too recently to be trusted. */
  record(file: DiscoveredFile, read: StampedRead, readAt: number): void {
    if (!file.stamp || file.mtimeMs === undefined || file.mtimeMs > readAt - RACY_WINDOW_MS) return;
    this.next[file.rel] = [file.stamp, read];
  }

  /** Write this audit's stamps (only its files: deleted ones drop out), unless they are the last audit's. Failing to write only costs speed. */
  saveIfChanged(dir: string): void {
    const keys = Object.keys(this.next);
    const same = keys.length === Object.keys(this.previous).length && keys.every((k) => {
      const [a, b] = [this.next[k], this.previous[k]];
      return b && a[0] === b[0] && JSON.stringify(a[1]) === JSON.stringify(b[1]);
    });
    if (same) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      const target = path.join(dir, NAME);
      const tmp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, version: this.version, files: this.next }));
      fs.renameSync(tmp, target);
    } catch {
      /* read again next time */
    }
  }
}
