/**
 * The on-disk facts cache: the facts of every file of the last audit, keyed by path and content
 * hash, in one file per routeguard build (a line of JSON per file). A warm audit reads it instead of parsing; a file
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
import { FACTS_VERSION, takeFunctionsJson } from './extractFile';
import { RouteMemo } from '../model/routeMemo';
import { isUnread, reviveInert } from './inert';

const FORMAT = 2;

let engineDigest: string | undefined;
/** A digest of the engine's compiled code (or of the bundle it is part of): its files' sizes and times. */
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
  // (each file's size and modification time, not its content: hashing the 3.6 MB bundle was a fifth of a warm audit;
  // a rebuild or another install writes the files anew, and the version above tells published builds apart)
  for (const f of files) {
    try {
      const st = fs.statSync(f);
      h.update(`${f.slice(engineDir.length)}:${st.size}:${st.mtimeMs}`);
    } catch {
      /* a file we cannot read cannot change facts either */
    }
  }
  engineDigest = h.digest('hex').slice(0, 16);
  return engineDigest;
}

/** The engine build that wrote a cache: caches of other builds are never read. */
export function engineId(): string {
  return digestOfEngine();
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
  return path.join(dir, `facts-${digestOfEngine()}.lines`);
}

/** Enough of a FileFacts to be used safely; anything else is dropped. */
function looksLikeFacts(f: unknown): f is FileFacts {
  if (!f || typeof f !== 'object') return false;
  const x = f as Partial<FileFacts>;
  return typeof x.file === 'string' && typeof x.hash === 'string' && typeof x.kind === 'string' && typeof x.imports === 'object' && typeof x.exports === 'object' && Array.isArray(x.suppressions);
}

function looksLikeInert(f: unknown): f is FileFacts {
  if (!f || typeof f !== 'object') return false;
  const x = f as Partial<FileFacts>;
  return x.inert === true && x.kind === 'code' && typeof x.file === 'string' && typeof x.hash === 'string' && Array.isArray(x.suppressions) && Array.isArray(x.routerCalls);
}

/**
 * One line per file: the facts without their function summaries, a tab, the summaries (JSON
 * never contains a raw tab or newline). The summaries are nine tenths of the bytes and most of
 * them are never looked at by a warm audit, so they are parsed on first access (see functionIndex.ts).
 */
function factsLine(f: FileFacts): string {
  // inert facts nothing has read yet (inert.ts): the scanned lists only; the text is parsed if a later audit reads more
  if (isUnread(f)) return `${JSON.stringify(f)}\t[]\n`;
  const raw = unparsed.get(f);
  if (raw) {
    // (a spread copies own properties only: the summaries' accessor on the prototype is not read, so they
    // stay unparsed; destructuring `functions` out parsed every file's while the cache was written, 250 MB on growthbook)
    return `${JSON.stringify({ ...f })}\t${raw.buf.toString('utf8', raw.start, raw.end)}\n`;
  }
  const { functions, ...head } = f;
  return `${JSON.stringify(head)}\t${JSON.stringify(functions)}\n`;
}

/** Function summaries not parsed yet: where they are in the cache file read. */
const unparsed = new WeakMap<FileFacts, { buf: Buffer; start: number; end: number }>();

/** Read entries from `from` on; stops after the line that passes `until` (a time) and says where. */
function readLines(buf: Buffer, from: number, out: Map<string, FileFacts>, until = Infinity): number {
  let pos = from;
  while (pos < buf.length) {
    if (until !== Infinity && Date.now() > until) return pos;
    let nl = buf.indexOf(10, pos);
    if (nl < 0) nl = buf.length;
    const tab = buf.indexOf(9, pos);
    if (tab > pos && tab < nl) {
      try {
        const head: unknown = JSON.parse(buf.toString('utf8', pos, tab));
        if (looksLikeFacts(head)) out.set(head.file, lazyFunctions(head, buf, tab + 1, nl));
        else if (looksLikeInert(head)) out.set(head.file, reviveInert(head));
      } catch {
        /* a torn or malformed line is skipped */
      }
    }
    pos = nl + 1;
  }
  return pos;
}

/**
 * A freshly extracted file's facts with their function summaries kept as JSON text until
 * something reads them (the same lazy property as facts read from the cache): a cold audit holds
 * every file's facts until it links, and as objects the summaries are most of that memory. A new
 * object (the one to keep from then on); the cache writes that text as it is.
 */
export function compactFunctions(f: FileFacts): FileFacts {
  if (isUnread(f) || unparsed.has(f) || !Array.isArray(f.functions) || f.functions.length === 0) return f;
  const { functions, ...head } = f;
  const buf = Buffer.from(takeFunctionsJson(f) ?? JSON.stringify(functions), 'utf8');
  return lazyFunctions(head as FileFacts, buf, 0, buf.length);
}

const parsedFunctions = new WeakMap<object, FileFacts['functions']>();

/**
 * What lazy facts inherit: `functions` parses the summaries on first read. An accessor on the
 * prototype, not on each object: defining one per object turns every facts object into a slow
 * dictionary (measured: relinking after an edit three times slower).
 */
const LAZY_FACTS: object = Object.create(Object.prototype, {
  functions: {
    configurable: true,
    enumerable: false,
    get(this: FileFacts) {
      let fns = parsedFunctions.get(this);
      if (fns === undefined) {
        fns = [];
        const raw = unparsed.get(this);
        if (raw) {
          try {
            const v: unknown = JSON.parse(raw.buf.toString('utf8', raw.start, raw.end));
            if (Array.isArray(v)) fns = v as FileFacts['functions'];
          } catch {
            /* a damaged entry loses its summaries, never the audit */
          }
        }
        unparsed.delete(this);
        parsedFunctions.set(this, fns);
      }
      return fns;
    },
    set(this: FileFacts, v: FileFacts['functions']) {
      unparsed.delete(this);
      parsedFunctions.set(this, v);
    },
  },
});

function lazyFunctions(f: FileFacts, buf: Buffer, start: number, end: number): FileFacts {
  unparsed.set(f, { buf, start, end });
  Object.setPrototypeOf(f, LAZY_FACTS);
  return f;
}

const HEADER = `{"format":${FORMAT}}\n`;

function resolutionsFile(dir: string): string {
  return cacheFile(dir).replace(/\.lines$/, '.resolutions.json');
}

/** Import resolutions the last audit made, if they were made under `signature` (else none). */
export function readResolutions(dir: string, signature: string): unknown[] {
  try {
    const data = JSON.parse(fs.readFileSync(resolutionsFile(dir), 'utf8')) as { signature?: unknown; entries?: unknown };
    return data && data.signature === signature && Array.isArray(data.entries) ? data.entries : [];
  } catch {
    return []; // none, or damaged: resolved afresh
  }
}

export function saveResolutions(dir: string, signature: string, entries: [string, unknown][]): void {
  writeQuietly(resolutionsFile(dir), JSON.stringify({ signature, entries }));
}

function memoFile(dir: string): string {
  return cacheFile(dir).replace(/\.lines$/, '.routes.json');
}

/**
 * Routes built by the last audit with what each read (model/routeMemo.ts): an audit where
 * nothing a route depends on changed reuses it instead of building it again.
 */
export function readRouteMemo(dir: string): RouteMemo {
  try {
    return RouteMemo.fromJSON(JSON.parse(fs.readFileSync(memoFile(dir), 'utf8')));
  } catch {
    return new RouteMemo(); // absent or damaged: routes are built
  }
}

function modelFile(dir: string): string {
  return cacheFile(dir).replace(/\.lines$/, '.model.json');
}

/** The keys the saved model answers to, in a small file of their own (a comment-only change re-keys it without rewriting the model). */
function modelKeysFile(dir: string): string {
  return cacheFile(dir).replace(/\.lines$/, '.model.keys');
}

/**
 * The key of a linked model: what linking reads (the root, the config, the skipped files, the
 * import resolution signature, and every file's content hash, or with `digests` its facts digest,
 * which a comment does not change). Equal keys, equal models.
 */
export function modelKey(root: string, files: Map<string, { hash: string; digest?: string; inert?: boolean }>, config: unknown, skipped: unknown, resolution: string, digests = false): string {
  const h = crypto.createHash('sha1').update(digests ? 'digests' : 'hashes').update(root).update('\u0000').update(JSON.stringify(config)).update('\u0000').update(JSON.stringify(skipped)).update('\u0000').update(resolution);
  // an inert file's digest would need a parse: its content hash stands in (stricter)
  for (const [file, f] of files) h.update('\u0000').update(file).update('\u0000').update(digests && !f.inert ? (f.digest ?? f.hash) : f.hash);
  return h.digest('base64');
}

/**
 * The model the last audit linked, if it was linked from what `key` describes (git facts are not
 * in it): the file starts with the key of its files' contents and the key of their facts.
 */
export function readSavedModel(dir: string, key: string): import('../model/types').AppModel | undefined {
  try {
    if (!fs.readFileSync(modelKeysFile(dir), 'utf8').split('\t').includes(key)) return undefined;
    return JSON.parse(fs.readFileSync(modelFile(dir), 'utf8')) as import('../model/types').AppModel;
  } catch {
    return undefined; // absent or damaged: linked afresh
  }
}

export function saveModel(dir: string, hashKey: string, digestKey: string, model: import('../model/types').AppModel): void {
  const { git: _git, ...rest } = model;
  void _git;
  // the keys go last: a model written halfway never answers to a key
  fs.rmSync(modelKeysFile(dir), { force: true });
  writeQuietly(modelFile(dir), JSON.stringify(rest));
  saveModelKeys(dir, hashKey, digestKey);
}

/** The saved model also answers to these keys (the files changed, their facts did not). */
export function saveModelKeys(dir: string, hashKey: string, digestKey: string): void {
  writeQuietly(modelKeysFile(dir), `${hashKey}\t${digestKey}`);
}

export function saveRouteMemo(dir: string, memo: RouteMemo): void {
  if (!memo.changed) return;
  writeQuietly(memoFile(dir), JSON.stringify(memo));
}

/** Write through a temporary file (a concurrent reader sees the old file or the new one); failing only costs speed. */
function writeQuietly(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch {
    /* only costs speed */
  }
}

/**
 * The cached facts by relative path (empty when there is no usable cache). Read in slices of a
 * few milliseconds with `breathe()` between them: the language server answers requests while a
 * large cache is read (the CLI does not need to breathe).
 */
export async function readFactsCache(dir: string, breathe: () => Promise<void> = async () => undefined): Promise<Map<string, FileFacts>> {
  const out = new Map<string, FileFacts>();
  let buf: Buffer;
  try {
    buf = await fs.promises.readFile(cacheFile(dir));
  } catch {
    return out; // absent: as if there were none
  }
  if (buf.toString('utf8', 0, HEADER.length) !== HEADER) return out; // another format, or damaged
  let pos = HEADER.length;
  while (pos < buf.length) {
    pos = readLines(buf, pos, out, Date.now() + 10);
    await breathe();
  }
  // then the files re-extracted since (same lines; later ones win)
  try {
    readLines(await fs.promises.readFile(deltaFile(dir)), 0, out);
  } catch {
    /* no delta */
  }
  return out;
}

function deltaFile(dir: string): string {
  return cacheFile(dir).replace(/\.lines$/, '.delta.lines');
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
        fs.appendFileSync(d, changed.map(factsLine).join(''));
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
      let chunk = HEADER;
      for (const f of files.values()) {
        chunk += factsLine(f);
        if (chunk.length > 1 << 20) {
          fs.writeSync(fd, chunk);
          chunk = '';
        }
      }
      fs.writeSync(fd, chunk);
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    fs.closeSync(fd);
    fs.renameSync(tmp, target);
    for (const name of fs.readdirSync(dir)) {
      // older builds' caches, and the JSON caches of format 1
      if (/^facts-[0-9a-f]+\.(?:json|delta\.jsonl|lines|delta\.lines|routes\.json|model\.json|model\.keys)$/.test(name) && !target.startsWith(path.join(dir, name.replace(/\.(?:json|delta\.jsonl|lines|delta\.lines|routes\.json|model\.json|model\.keys)$/, '.')))) fs.rmSync(path.join(dir, name), { force: true });
    }
    return true;
  } catch {
    return false;
  }
}
