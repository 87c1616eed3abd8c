/**
 * Built routes remembered across links (the language server relinks after every edit). A route
 * is reused when its raw form is unchanged and none of the files its build read changed; any
 * change to imports/exports anywhere, the config or the tenant schema forgets everything (those
 * reach routes through resolution we do not track file by file). The CLI never uses it.
 */
import type { FileFacts } from '../types';
import type { Route } from './types';
import type { RawRoute } from './rawRoute';

interface Entry {
  route: Route;
  deps: [string, string][]; // file, content hash
}

const structure = new WeakMap<FileFacts, string>();
function structureOf(f: FileFacts): string {
  let s = structure.get(f);
  if (s === undefined) {
    s = JSON.stringify([f.imports, f.exports, f.exportAll, f.prismaModels, f.sqlTables, f.packageDeps ?? null]);
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
    const parts: string[] = [JSON.stringify(config)];
    for (const [file, f] of files) parts.push(file, structureOf(f));
    const sig = parts.join('\u0000');
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
    return JSON.stringify([raw.framework, raw.method, raw.path, raw.loc, raw.handler, raw.handlerFile, raw.chain.map((e) => [e.text, e.registeredAt, e.av, e.roles, e.why, e.roleNames]), raw.mounts, raw.mountKnown, raw.publicReason, raw.style]);
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

/** A files map that records which files are read while a route is built. */
export class TrackedFiles extends Map<string, FileFacts> {
  tracker?: Set<string>;
  get(file: string): FileFacts | undefined {
    this.tracker?.add(file);
    return super.get(file);
  }
}
