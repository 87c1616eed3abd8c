/**
 * The on-disk facts cache: the facts of every file of the last audit, keyed by path and content
 * hash, in one JSON file per routeguard build. A warm audit reads it instead of parsing; a file
 * whose text changed is re-extracted. Safe to delete at any time; never commit it.
 *
 * Facts depend on one file's path and text only (ARCHITECTURE invariant), so an entry is valid
 * whatever workspace or machine wrote it, as long as the extractor is the same: the file name
 * carries the routeguard version and a digest of the engine's own code (a development build
 * never reads facts written by another build). Anything unreadable, truncated or malformed is
 * ignored (the file as a whole or the entry alone): the audit then parses, as with no cache.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileFacts } from '../types';
import { FACTS_VERSION } from './extractFile';

const FORMAT = 1;

let engineDigest: string | undefined;
/** A digest of the engine's compiled code (or of the bundle it is part of). */
function digestOfEngine(): string {
  if (engineDigest) return engineDigest;
  const h = crypto.createHash('sha1').update(`${FORMAT}:${FACTS_VERSION}:${versionOf()}`);
  const engineDir = path.join(__dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.js')) files.push(path.join(dir, e.name));
    }
  };
  // compiled layout: out/server/src/engine/**; bundled, the bundle itself is the engine
  if (path.basename(engineDir) === 'engine') walk(engineDir);
  if (!files.length) files.push(__filename);
  for (const f of files) {
    try {
      h.update(f.slice(engineDir.length)).update(fs.readFileSync(f));
    } catch {
      /* a file we cannot read cannot change facts either */
    }
  }
  engineDigest = h.digest('hex').slice(0, 16);
  return engineDigest;
}

function versionOf(): string {
  for (const rel of ['../../../../package.json', '../../../../../package.json']) {
    try {
      return JSON.parse(fs.readFileSync(path.join(__dirname, rel), 'utf8')).version ?? '0';
    } catch {
      /* try the next layout (compiled out/ vs bundle) */
    }
  }
  return '0';
}

/**
 * Where the cache lives: the configured folder, else `node_modules/.cache/routeguard` of the
 * workspace when it has node_modules (the convention of ESLint, Babel...), else a folder per
 * workspace under the system's temporary directory.
 */
export function resolveCacheDir(root: string, configured?: string): string {
  if (configured) return path.resolve(root, configured);
  const nm = path.join(root, 'node_modules');
  if (fs.existsSync(nm)) return path.join(nm, '.cache', 'routeguard');
  return path.join(os.tmpdir(), 'routeguard-cache', crypto.createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 12));
}

function cacheFile(dir: string): string {
  return path.join(dir, `facts-${digestOfEngine()}.json`);
}

/** Enough of a FileFacts to be used safely; anything else is dropped. */
function looksLikeFacts(rel: string, f: unknown): f is FileFacts {
  if (!f || typeof f !== 'object') return false;
  const x = f as Partial<FileFacts>;
  return x.file === rel && typeof x.hash === 'string' && typeof x.kind === 'string' && Array.isArray(x.functions) && typeof x.imports === 'object' && typeof x.exports === 'object' && Array.isArray(x.suppressions);
}

/** The cached facts by relative path (empty when there is no usable cache). */
export function readFactsCache(dir: string): Map<string, FileFacts> {
  const out = new Map<string, FileFacts>();
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(cacheFile(dir), 'utf8'));
  } catch {
    return out; // absent or corrupted: as if there were none
  }
  const entries = (data as { format?: number; files?: Record<string, unknown> })?.files;
  if ((data as { format?: number }).format !== FORMAT || !entries || typeof entries !== 'object') return out;
  for (const [rel, f] of Object.entries(entries)) if (looksLikeFacts(rel, f)) out.set(rel, f);
  // then the files re-extracted since (one JSON line each; a torn or malformed line is skipped)
  let delta = '';
  try {
    delta = fs.readFileSync(deltaFile(dir), 'utf8');
  } catch {
    /* no delta */
  }
  for (const line of delta.split('\n')) {
    if (!line) continue;
    try {
      const f = JSON.parse(line) as FileFacts;
      if (looksLikeFacts(f?.file, f)) out.set(f.file, f);
    } catch {
      /* skipped */
    }
  }
  return out;
}

function deltaFile(dir: string): string {
  return cacheFile(dir).replace(/\.json$/, '.delta.jsonl');
}

/**
 * Record this audit's facts. A few re-extracted files are appended to a small delta file (an
 * audit after a one-file change must not rewrite facts of thousands of files); the whole cache is
 * rewritten, and the delta dropped, when the delta would grow past a tenth of the cache or many
 * files went away. Every entry is checked against the file's content hash when read, so an
 * outdated or duplicated entry can only cost a parse, never give wrong facts.
 */
export function saveFactsCache(dir: string, files: Map<string, FileFacts>, changed: FileFacts[], removed: number): void {
  if (!changed.length && removed <= files.size / 10) return;
  const main = cacheFile(dir);
  const limit = Math.max(1, files.size / 10);
  try {
    if (changed.length <= limit && fs.existsSync(main)) {
      const d = deltaFile(dir);
      const size = fs.existsSync(d) ? fs.statSync(d).size : 0;
      if (removed <= limit && size < fs.statSync(main).size / 10) {
        fs.appendFileSync(d, changed.map((f) => JSON.stringify(f) + '\n').join(''));
        return;
      }
    }
  } catch {
    /* fall back to a full rewrite */
  }
  if (writeFactsCache(dir, files)) fs.rmSync(deltaFile(dir), { force: true });
}

/**
 * Write the facts of this audit's files (only those: deleted files drop out). Written to a
 * temporary file then renamed, so a concurrent reader or a crash never sees half a cache;
 * caches of other builds in the folder are removed. Failing to write only costs speed.
 */
export function writeFactsCache(dir: string, files: Map<string, FileFacts>): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const target = cacheFile(dir);
    const tmp = `${target}.${process.pid}.tmp`;
    // written entry by entry: one string of the whole cache would double the audit's peak memory
    const fd = fs.openSync(tmp, 'w');
    try {
      let chunk = `{"format":${FORMAT},"files":{`;
      let first = true;
      for (const [rel, f] of files) {
        chunk += `${first ? '' : ','}${JSON.stringify(rel)}:${JSON.stringify(f)}`;
        first = false;
        if (chunk.length > 1 << 20) {
          fs.writeSync(fd, chunk);
          chunk = '';
        }
      }
      fs.writeSync(fd, chunk + '}}');
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    fs.closeSync(fd);
    fs.renameSync(tmp, target);
    for (const name of fs.readdirSync(dir)) {
      if (/^facts-[0-9a-f]+\.(?:json|delta\.jsonl)$/.test(name) && !target.startsWith(path.join(dir, name.replace(/\.(?:json|delta\.jsonl)$/, '')))) fs.rmSync(path.join(dir, name), { force: true });
    }
    return true;
  } catch {
    return false;
  }
}
