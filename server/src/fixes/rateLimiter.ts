/**
 * missing-rate-limit quick fix: put the project's limiter on the route (the one its other routes
 * use, with its import) or, for express-rate-limit users without one, declare a limiter for this
 * action next to the imports and use it.
 */
import type { FixProvider, TextEditRel } from './types';
import { parse, insertAt, importEdit, styleOf, routeOfFinding } from './source';
import { projectMiddleware, importFor, routeCall, isPathArg, adonisMiddleware } from './missingAuth';

export const rateLimiterFix: FixProvider = {
  ruleIds: ['missing-rate-limit'],
  provide(ctx) {
    const f = ctx.finding;
    const route = routeOfFinding(ctx);
    const text = ctx.textOf(f.loc.file);
    if (route && text !== undefined && route.framework === 'adonis') {
      const fix = adonisMiddleware(ctx, route, 'rate-limit', parse(f.loc.file, text), text, styleOf(text));
      return fix ? [fix] : [];
    }
    if (!route || text === undefined || !['express', 'koa', 'hono'].includes(route.framework)) return [];
    const sf = parse(f.loc.file, text);
    const style = styleOf(text);
    const call = routeCall(route, sf);
    if (!call) return [];
    const args = call.getArguments();
    const at = isPathArg(args[0]) ? args[1] : args[0];
    if (!at) return [];
    const existing = projectMiddleware(ctx, route.framework, 'rate-limit');
    const edits: TextEditRel[] = [];
    if (existing) {
      const imp = importFor(ctx, existing.entry.name, existing.entry, f.loc.file, sf, text, style);
      if (imp === null) return [];
      edits.push(insertAt(text, at.getStart(), `${existing.entry.name}, `));
      if (imp) edits.push(imp);
      return [{ title: `Rate-limit ${route.method} ${route.path} with ${existing.entry.name}`, edits: { [f.loc.file]: edits }, isPreferred: true }];
    }
    const usesExpressRateLimit = route.framework === 'express' && ctx.model.files.some((rel) => rel.endsWith('package.json') && (ctx.factsOf(rel)?.packageDeps ?? []).includes('express-rate-limit'));
    if (!usesExpressRateLimit) return [];
    const action = String(f.fixData?.action ?? 'sensitive').replace(/[^a-z]+(.)/gi, (_m, c: string) => c.toUpperCase()).replace(/^[^a-z]+/i, '') || 'sensitive';
    const name = `${action.charAt(0).toLowerCase()}${action.slice(1)}Limiter`;
    const semi = style.semi ? ';' : '';
    const imp = importEdit(sf, text, 'rateLimit', 'express-rate-limit', 'default', style);
    const decl = `\n\n// ${f.fixData?.action ?? 'sensitive'} attempts per client: 10 every 15 minutes\nconst ${name} = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false })${semi}`;
    const imports = sf.getImportDeclarations();
    const requires = sf.getStatements().filter((s) => /\brequire\s*\(/.test(s.getText()) && !/=>|function/.test(s.getText()));
    const anchor = imports[imports.length - 1] ?? requires[requires.length - 1];
    if (!anchor) return [];
    edits.push(insertAt(text, anchor.getEnd(), decl.replace(/'/g, style.quote)));
    if (imp) {
      // the import and the declaration land at the same place: one edit, import first
      if (imp.start.line === edits[0].start.line && imp.start.column === edits[0].start.column) edits[0] = { ...edits[0], newText: imp.newText + edits[0].newText };
      else edits.push(imp);
    }
    edits.push(insertAt(text, at.getStart(), `${name}, `));
    return [{ title: `Rate-limit ${route.method} ${route.path} (express-rate-limit, 10 per 15 minutes)`, edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
