/**
 * missing-role-check quick fix: put the project's role middleware (the one its other admin routes
 * use, e.g. `requireRole('admin')`) on the route, after its authentication, with its import.
 */
import type { FixProvider } from './types';
import { parse, insertAt, styleOf, routeOfFinding } from './source';
import { projectMiddleware, importFor, routeCall, adonisMiddleware } from './missingAuth';
import { EXPRESS_API } from '../engine/model/types';

export const roleCheckFix: FixProvider = {
  ruleIds: ['missing-role-check'],
  provide(ctx) {
    const f = ctx.finding;
    const route = routeOfFinding(ctx);
    const text = ctx.textOf(f.loc.file);
    if (route && text !== undefined && route.framework === 'adonis') {
      const fix = adonisMiddleware(ctx, route, 'role', parse(f.loc.file, text), text, styleOf(text));
      return fix ? [fix] : [];
    }
    if (!route || text === undefined || !(EXPRESS_API.has(route.framework) || route.framework === 'koa' || route.framework === 'hono')) return [];
    const role = projectMiddleware(ctx, route.framework, 'role');
    if (!role) return [];
    const sf = parse(f.loc.file, text);
    const call = routeCall(route, sf);
    const args = call?.getArguments() ?? [];
    const handler = args[args.length - 1];
    if (!call || args.length < 2 || !handler) return [];
    const imp = importFor(ctx, role.entry.name, role.entry, f.loc.file, sf, text, styleOf(text));
    if (imp === null) return [];
    const edits = [insertAt(text, handler.getStart(), `${role.entry.name}, `)];
    if (imp) edits.push(imp);
    return [{ title: `Require a role: add ${role.entry.name} to ${route.method} ${route.path}`, edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
