/**
 * Findings of route rules kept per built route (the language server reruns rules after every
 * edit, and an edit changes a handful of routes). A rule whose meta says `perRoute` judges each
 * route by the route alone and the model's context (config, the common auth middleware, the
 * users' tenant keys): it runs once per route on a model holding only that route and the context,
 * and a route the memo reused (model/routeMemo.ts, `sourceOf`) gets the findings it had, as long
 * as the context is the same.
 */
import type { AppModel, Route } from './model/types';
import type { Rule, RuleContext, Severity } from './findings';
import type { RouteMemo } from './model/routeMemo';

type Found = Parameters<RuleContext['report']>[0];

/** where a memo's route keeps its rules' findings (not enumerable: copies made by spreading do not carry it) */
const FINDINGS = Symbol('per-route findings');
interface Kept {
  generation: number;
  byRule: Map<string, Found[]>;
}
type WithFindings = Route & { [FINDINGS]?: Kept };

export class RouteRuleCache {
  /** bumped when the context changes: findings kept under another generation are stale */
  private generation = 0;
  private context?: { config: unknown; key: string };
  private sources?: { routes: Route[]; list: (WithFindings | undefined)[] };

  /** Forget everything when what rules read beside the route changed. */
  private sync(model: AppModel): void {
    const key = JSON.stringify([model.commonAuth?.name ?? null, model.userTenantKeys ?? null, !!model.memberRoles, model.root]);
    if (this.context && this.context.config === model.config && this.context.key === key) return;
    this.generation++;
    this.context = { config: model.config, key };
  }

  /** each route's memo copy, looked up once per model (every per-route rule asks) */
  private sourcesOf(routes: Route[], memo: RouteMemo): (WithFindings | undefined)[] {
    if (this.sources?.routes !== routes) this.sources = { routes, list: routes.map((r) => memo.sourceOf(r)) };
    return this.sources.list;
  }

  /**
   * Run a per-route rule over every route, reusing what reused routes found. Returns false when it
   * threw on some route (the caller then runs it the usual way, with per-file isolation).
   */
  run(rule: Rule, model: AppModel, severity: Severity, report: (f: Found) => void, memo: RouteMemo): boolean {
    this.sync(model);
    const all: Found[] = [];
    // one model object for every route (its single route swapped in): a rule reads it while it runs, and keeps nothing of it
    const one: Route[] = [];
    const single: AppModel = { ...contextOnly(model), routes: one };
    const sources = this.sourcesOf(model.routes, memo);
    const id = rule.meta.id;
    for (let i = 0; i < model.routes.length; i++) {
      const source = sources[i];
      let kept = source?.[FINDINGS];
      if (kept && kept.generation !== this.generation) kept = undefined;
      let found = kept?.byRule.get(id);
      if (!found) {
        const out: Found[] = [];
        try {
          one[0] = model.routes[i];
          rule.check({ model: single, severity, report: (f) => void out.push(f) });
        } catch {
          return false;
        }
        found = out;
        if (source) {
          if (!kept) {
            kept = { generation: this.generation, byRule: new Map() };
            Object.defineProperty(source, FINDINGS, { value: kept, writable: true, configurable: true, enumerable: false });
          }
          kept.byRule.set(id, found);
        }
      }
      for (const f of found) all.push(f);
    }
    for (const f of all) report(f);
    return true;
  }
}

/** The model a per-route rule sees: the context, and no other lists (it must not read them). */
function contextOnly(model: AppModel): Omit<AppModel, 'routes'> {
  return {
    root: model.root, config: model.config, commonAuth: model.commonAuth, userTenantKeys: model.userTenantKeys, memberRoles: model.memberRoles,
    files: [], cors: [], logs: [], envDefinitions: [], envReads: [], cookies: [], jwtUses: [], errorLeaks: [], storageWrites: [], uploads: [],
    secretLiterals: [], clientFiles: [], prismaModels: model.prismaModels, sqlTables: model.sqlTables, suppressions: [], skipped: [],
  };
}
