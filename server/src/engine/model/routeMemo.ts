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

interface Entry {
  route: Route;
  deps: [string, string][]; // file, content hash
}

const structure = new WeakMap<FileFacts, string>();
/** A digest of what reaches other files' routes through resolution (cached per facts object). */
function structureOf(f: FileFacts): string {
  let s = structure.get(f);
  if (s === undefined) {
    s = crypto.createHash('sha1').update(JSON.stringify([f.imports, f.exports, f.exportAll, f.prismaModels, f.sqlTables, f.packageDeps ?? null])).digest('base64');
    structure.set(f, s);
  }
  return s;
}

export class RouteMemo {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  private signature = '';
  private pending = '';
  hits = 0;
  misses = 0;

  /** Start a link: forget everything when anything global changed. */
  begin(files: Map<string, FileFacts>, config: unknown): void {
    const h = crypto.createHash('sha1').update(JSON.stringify(config));
    for (const [file, f] of files) h.update(file).update('\u0000').update(structureOf(f));
    const sig = h.digest('base64');
    // the signature is committed only when a link completes: a cancelled link must not make
    // entries built under another structure look current
    if (sig !== this.signature) {
      this.entries = new Map();
      this.signature = '';
    }
    this.pending = sig;
    this.next = new Map();
    this.hits = this.misses = 0;
  }

  key(raw: RawRoute): string {
    const loc = (l: { file: string; line: number; column: number }) => `${l.file}:${l.line}:${l.column}`;
    const chain = raw.chain.map((e) => `${e.text}@${loc(e.registeredAt)}=${avId(e.av)}${e.roles ? `[${e.roles.join(',')}|${e.why ?? ''}|${(e.roleNames ?? []).join(',')}]` : ''}`).join(';');
    return `${raw.framework} ${raw.method} ${raw.path} ${loc(raw.loc)}-${raw.loc.endLine}:${raw.loc.endColumn} ${avId(raw.handler)} ${raw.handlerFile} ${raw.style} ${raw.mountKnown} ${raw.publicReason ?? ''} | ${chain} | ${raw.mounts.map(loc).join(',')}`;
  }

  get(key: string, files: Map<string, FileFacts>): Route | undefined {
    const e = this.entries.get(key);
    if (!e || !e.deps.every(([file, hash]) => files.get(file)?.hash === hash)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.next.set(key, e);
    return e.route;
  }

  set(key: string, route: Route, deps: Iterable<string>, files: Map<string, FileFacts>): void {
    const list: [string, string][] = [];
    for (const d of deps) list.push([d, files.get(d)?.hash ?? '']);
    this.next.set(key, { route, deps: list });
  }

  /** End a link: keep only what this link used. */
  end(): void {
    this.entries = this.next;
    this.signature = this.pending;
    this.next = new Map();
  }
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
      return `object:${av.file}:${JSON.stringify(av.props)}`;
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

/** A files map that records which files are read while a route is built. */
export class TrackedFiles extends Map<string, FileFacts> {
  tracker?: Set<string>;
  get(file: string): FileFacts | undefined {
    this.tracker?.add(file);
    return super.get(file);
  }
}
