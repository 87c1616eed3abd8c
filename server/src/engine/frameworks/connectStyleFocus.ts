/**
 * The language server's early relink of the open editors, for Express, Koa and Hono: instead of
 * walking every router of the workspace again (most of an edit's early cost on a large app), walk
 * only the routers the edited files register on, from where the last whole walk met them (their
 * mount path and the middleware in front of them there). What the edit changes elsewhere (a new
 * mount, another file's middleware) is the whole relink's to tell; it follows and corrects.
 */
import type { Evaluator, RouterObject, RouterOp } from '../model/values';
import type { RawRoute } from '../model/rawRoute';
import { collectRouterOps } from './routerOps';
import { traverse, type ConnectStyleMemory, type MountContext } from './connectStyle';

/**
 * The raw routes registered in `files` (and in the files that register the routes `related` picks
 * from the last walk: a controller's functions registered in a routes file), from a fresh evaluator.
 * Null when the last walk cannot place them (a router new or moved beyond recognition, class
 * inheritance of routers): the caller walks everything.
 */
export function focusedConnectStyleRoutes(ev: Evaluator, files: ReadonlySet<string>, memory: ConnectStyleMemory, related: (raw: RawRoute) => boolean): RawRoute[] | null {
  const walkFiles = new Set(files);
  for (const raw of memory.raws) if (related(raw)) walkFiles.add(raw.loc.file);
  const ids = new RouterIds(memory, walkFiles);
  let lost = false;
  // the last walk's ops of the other files, copied (sorting renumbers them in place)
  const priorOps = (id: string): RouterOp[] => (memory.routers.get(id)?.ops ?? []).map((o) => ({ ...o }));
  collectRouterOps(ev, {
    files: walkFiles,
    merge: (r) => {
      const before = memory.routers.get(ids.of(ev, r));
      if (!before) return;
      if (before.inheritsFrom || r.inheritsFrom) lost = true;
      r.prefix ??= before.prefix;
      const fresh = r.ops.filter((o) => walkFiles.has(o.file));
      const merged: RouterOp[] = [];
      let placed = false;
      for (const o of priorOps(before.id)) {
        if (!walkFiles.has(o.file)) merged.push(o);
        else if (!placed) {
          merged.push(...fresh);
          placed = true;
        }
      }
      if (!placed) merged.push(...fresh);
      r.ops = merged;
    },
  });
  if (lost) return null;
  // routers met later in the walk (mounted by these) have the ops the last walk gave them
  ev.routerSeed = (r) => {
    const before = memory.routers.get(r.id);
    if (!before) return;
    r.ops = priorOps(r.id).filter((o) => !walkFiles.has(o.file));
    r.prefix ??= before.prefix;
  };
  const out: RawRoute[] = [];
  for (const r of [...ev.routers.values()]) {
    if (r.aliasOf || !r.ops.some((o) => walkFiles.has(o.file))) continue;
    const contexts: MountContext[] | undefined = memory.contexts.get(ids.of(ev, r));
    // a router the last walk never reached: served nowhere, or mounted by this edit (the whole walk tells)
    if (!contexts) {
      if (memory.routers.has(ids.of(ev, r))) continue;
      return null;
    }
    for (const c of contexts) traverse(ev, r, c.prefix, c.inherited, c.mounts, out, new Set(), c.mountKnown, c.loaders);
  }
  return out;
}

/**
 * A router's id is where it is made (`file:line:column`): an edit above it moves it. The routers made
 * in an edited file are matched to the last walk's in source order, when both made as many.
 */
class RouterIds {
  private moved?: Map<string, string>;
  constructor(private memory: ConnectStyleMemory, private files: ReadonlySet<string>) {}

  of(ev: Evaluator, r: RouterObject): string {
    if (this.memory.routers.has(r.id) || !this.files.has(r.file)) return r.id;
    this.moved ??= this.match(ev);
    return this.moved.get(r.id) ?? r.id;
  }

  private match(ev: Evaluator): Map<string, string> {
    const made = (routers: Iterable<RouterObject>) => {
      const byFile = new Map<string, RouterObject[]>();
      for (const r of routers) {
        if (!this.files.has(r.file) || r.id !== `${r.file}:${r.pos.line}:${r.pos.column}`) continue;
        const l = byFile.get(r.file);
        if (l) l.push(r);
        else byFile.set(r.file, [r]);
      }
      for (const l of byFile.values()) l.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
      return byFile;
    };
    const now = made(ev.routers.values());
    const before = made(this.memory.routers.values());
    const out = new Map<string, string>();
    for (const [file, list] of now) {
      const old = before.get(file);
      if (old?.length === list.length) list.forEach((r, i) => out.set(r.id, old[i].id));
    }
    return out;
  }
}
