/**
 * Built routes remembered across links (the language server relinks after every edit). A route
 * is reused when its raw form is unchanged and none of the files its build read changed; any
 * change to imports/exports anywhere, the config or the tenant schema forgets everything (those
 * reach routes through resolution we do not track file by file). The CLI never uses it.
 */
import * as crypto from 'crypto';
import type { FileFacts } from '../types';
import type { Route } from './types';
import type { RawRoute } from './rawRoute';
import type { AV } from './values';
import { CallSiteCache } from './callSites';
import { HandlerCache } from './handlerCache';
import { sameFacts } from './sameFacts';
import type { ConnectStyleMemory } from '../frameworks/connectStyle';

interface Entry {
  route: Route;
  deps: [string, string][]; // file, content hash
}

const structure = new WeakMap<FileFacts, string>();
/** A digest of what reaches other files' routes through resolution (cached per facts object). */
function structureOf(f: FileFacts): string {
  let s = structure.get(f);
  if (s === undefined) {
    // an inert file (facts/inert.ts) reaches a route only through what the route reads from it, which
    // the route's dependencies track: its structure is not read (that would parse it)
    if (f.inert) return 'inert';
    s = crypto.createHash('sha1').update(JSON.stringify([f.imports, f.exports, f.exportAll, f.prismaModels, f.sqlTables, f.packageDeps ?? null])).digest('base64');
    structure.set(f, s);
  }
  return s;
}


export class RouteMemo {
  /** which calls call which function, per file (kept in memory only) */
  readonly callSites = new CallSiteCache();
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  private signature = '';
  private pending = '';
  /** what the last begin() saw (to tell an edit that kept every file's structure cheaply) */
  private lastSignature = '';
  private lastConfig = '';
  private lastFiles = new Map<string, FileFacts>();
  private previous?: { signature: string; entries: Map<string, Entry>; handlers: HandlerCache };
  /** handlers' halves of routes (handlerCache.ts), kept with the entries of the same generation */
  handlers = new HandlerCache();
  hits = 0;
  misses = 0;
  /** the files of the last link that completed: every entry kept was checked against them */
  private validatedFiles?: Map<string, FileFacts>;
  private linkFiles?: Map<string, FileFacts>;
  /** files whose facts digest changed since the last completed link (null: check each entry's digests) */
  private changedSince: Set<string> | null = null;
  /** per adapter (in the linker's order), the files its routes were registered or handled in at the last link, and their labels */
  adapterFiles: (Set<string> | undefined)[] = [];
  /** the last whole walk of the Express / Koa / Hono routers (frameworks/connectStyleFocus.ts) */
  connectStyle?: ConnectStyleMemory;
  /** the memo's own copy of each route of the last link (the rule cache keys findings by it) */
  private sources = new Map<Route, Route>();

  sourceOf(route: Route): Route | undefined {
    return this.sources.get(route);
  }

  setSource(route: Route, source: Route): void {
    this.sources.set(route, source);
  }

  /** Start a link: forget everything when anything global changed. */
  begin(files: Map<string, FileFacts>, config: unknown, tenantKey = ''): void {
    const configKey = JSON.stringify(config) + '\u0000' + tenantKey;
    // after an edit most facts are the very objects of the last link: compare those, hash only on a change
    let sig = this.lastSignature;
    if (!sig || configKey !== this.lastConfig || !sameFacts(this.lastFiles, files, structureOf)) {
      const h = crypto.createHash('sha1').update(configKey);
      for (const [file, f] of files) h.update(file).update('\u0000').update(structureOf(f));
      sig = h.digest('base64');
    }
    this.lastSignature = sig;
    this.lastConfig = configKey;
    this.lastFiles = new Map(files);
    // the signature is committed only when a link completes: a cancelled link must not make
    // entries built under another structure look current
    // an edit changes a file or two: an entry is then checked against those rather than digest by digest
    const swapped = sig !== this.signature;
    this.changedSince = null;
    if (!swapped && this.validatedFiles && this.validatedFiles.size === files.size) {
      const changed = new Set<string>();
      for (const [file, f] of files) {
        const old = this.validatedFiles.get(file);
        if (old !== f && digestOf(old) !== digestOf(f)) changed.add(file);
      }
      this.changedSince = changed;
    }
    // (a snapshot: the language server's map is updated in place by later edits)
    this.linkFiles = this.lastFiles;
    if (sig !== this.signature) {
      // the generation before is kept: typing through a statement breaks a file's parse (its imports
      // vanish) and mends it, and the mended workspace has the structure of the one before
      const current = this.signature ? { signature: this.signature, entries: this.entries, handlers: this.handlers } : undefined;
      if (this.previous?.signature === sig) {
        this.entries = this.previous.entries;
        this.handlers = this.previous.handlers;
        this.signature = sig;
      } else {
        this.entries = new Map();
        this.handlers = new HandlerCache();
        this.signature = '';
      }
      this.previous = current;
    }
    this.pending = sig;
    this.next = new Map();
    this.sources = new Map();
    this.hits = this.misses = 0;
  }

  key(raw: RawRoute): string {
    const loc = (l: { file: string; line: number; column: number }) => `${l.file}:${l.line}:${l.column}`;
    const chain = raw.chain.map(entryKey).join(';');
    const loaders = (raw.paramLoaders ?? []).map((l) => `${l.param}:${l.valueIndex}@${loc(l.registeredAt)}=${avId(l.av)}`).join(';') +
      '|' + (raw.errorHandlers ?? []).map((e) => `${loc(e.registeredAt)}=${avId(e.av)}`).join(';');
    return `${raw.framework} ${raw.method} ${raw.path} ${loc(raw.loc)}-${raw.loc.endLine}:${raw.loc.endColumn} ${avId(raw.handler)} ${raw.handlerFile} ${raw.style} ${raw.mountKnown} ${raw.publicReason ?? ''} | ${chain} | ${raw.mounts.map(loc).join(',')} | ${loaders}`;
  }

  get(key: string, files: Map<string, FileFacts>): Route | undefined {
    // built (or found) earlier in this same link: the language server's early path builds the open editors' routes
    // from raw routes of its own, and the whole link meets them again
    const current = this.next.get(key);
    if (current) {
      this.hits++;
      return current.route;
    }
    const e = this.entries.get(key);
    const changed = this.changedSince;
    if (!e || !(changed ? e.deps.every(([file]) => !changed.has(file)) : e.deps.every(([file, digest]) => digestOf(files.get(file)) === digest))) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.next.set(key, e);
    return e.route;
  }

  set(key: string, route: Route, deps: Iterable<string>, files: Map<string, FileFacts>): void {
    const list: [string, string][] = [];
    for (const d of deps) list.push([d, digestOf(files.get(d))]);
    this.next.set(key, { route, deps: list });
  }

  /** End a link: keep only what this link used. */
  end(): void {
    this.changed = this.misses > 0 || this.entries.size !== this.next.size || this.signature !== this.pending;
    this.validatedFiles = this.linkFiles;
    this.entries = this.next;
    this.signature = this.pending;
    this.next = new Map();
    this.handlers.prune();
  }

  /** did the last link build any route, or drop one? (then a saved memo is out of date) */
  changed = true;

  /** Plain JSON, for the CLI's cache folder (facts/diskCache.ts). */
  toJSON(): { signature: string; entries: [string, Entry][] } {
    return { signature: this.signature, entries: [...this.entries] };
  }

  /** A memo saved by toJSON; anything malformed gives an empty memo (routes are then built). */
  static fromJSON(data: unknown): RouteMemo {
    const memo = new RouteMemo();
    const d = data as { signature?: unknown; entries?: unknown };
    if (!d || typeof d.signature !== 'string' || !Array.isArray(d.entries)) return memo;
    for (const e of d.entries) {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || !e[1] || typeof e[1] !== 'object' || !Array.isArray(e[1].deps) || !e[1].route) continue;
      memo.entries.set(e[0], e[1] as Entry);
    }
    memo.signature = d.signature;
    memo.changed = false;
    return memo;
  }
}

/** A chain entry's part of a route's key, made once per entry (a router's middleware entries are shared by its routes). */
const entryKeys = new WeakMap<RawRoute['chain'][number], string>();
function entryKey(e: RawRoute['chain'][number]): string {
  let k = entryKeys.get(e);
  if (k === undefined) {
    const at = e.registeredAt;
    k = `${e.text}@${at.file}:${at.line}:${at.column}=${avId(e.av)}${e.roles ? `[${e.roles.join(',')}|${e.why ?? ''}|${(e.roleNames ?? []).join(',')}]` : ''}`;
    entryKeys.set(e, k);
  }
  return k;
}

/** What a route's build depends on in a file: its facts (comments aside), else its content. */
function digestOf(f: FileFacts | undefined): string {
  return f ? (f.digest ?? f.hash) : '';
}

/**
 * A short identity for an abstract value. Functions, calls and objects are named by where they
 * are (their file is a dependency of the route, so a change there invalidates the entry anyway).
 */
function avId(av: AV): string {
  switch (av.t) {
    case 'fn':
      return `fn:${av.file}#${av.id}${av.boundArgs ? `(${av.boundArgs.map(avId).join(',')})` : ''}`;
    case 'module':
      return `module:${av.file}`;
    case 'ext':
      return `ext:${av.module}:${av.path.join('.')}`;
    case 'extcall':
      return `extcall:${av.module}:${av.path.join('.')}@${av.file}:${av.pos.line}:${av.pos.column}`;
    case 'router':
      return `router:${av.id}`;
    case 'routebuilder':
      return `rb:${av.router}@${av.file}:${JSON.stringify(av.path)}`;
    case 'wrapped':
      return `wrapped(${avId(av.wrapper)},${avId(av.inner)})`;
    case 'array':
      return `[${av.items.map(avId).join(',')}]`;
    case 'object':
      return `object:${av.file}:${propsText(av.props)}`;
    case 'class':
      return `class:${av.file}:${av.name}`;
    case 'param':
      return `param:${av.file}#${av.fn}:${av.index}:${av.path.join('.')}`;
    case 'lit':
      return `lit:${JSON.stringify(av.value)}${av.regex ?? ''}`;
    default:
      return `unknown:${av.text}`;
  }
}

/** An object literal's properties as text, once per facts object (unchanged files keep theirs between links). */
const propsTexts = new WeakMap<object, string>();
function propsText(props: object): string {
  let t = propsTexts.get(props);
  if (t === undefined) {
    t = JSON.stringify(props);
    propsTexts.set(props, t);
  }
  return t;
}

/** A files map that records which files are read while a route is built. */
export class TrackedFiles extends Map<string, FileFacts> {
  tracker?: Set<string>;
  /** (how the evaluator tells it records reads, without importing this module) */
  readonly tracking = true;
  get(file: string): FileFacts | undefined {
    this.tracker?.add(file);
    return super.get(file);
  }
}
