/**
 * missing-auth quick fix: protect the route the way the project already protects its others.
 * Connect-style routers get the project's auth middleware as a route argument, Fastify routes a
 * preHandler, Nest handlers @UseGuards(...), and handlers that check the session inline (Next.js
 * route handlers, server actions) a copy of the guard statements a sibling handler starts with.
 * Elysia routes get the hook property their siblings turn auth on with (`auth: true` for a macro,
 * `beforeHandle: requireUser`) in their hook object.
 * Imports are copied from a file that already uses the middleware, re-targeted to this file.
 */
import { Node, SourceFile, ts } from 'ts-morph';
import type { ChainEntry, Route } from '../engine/model/types';
import { EXPRESS_API } from '../engine/model/types';
import type { FixContext, FixProvider, QuickFix, TextEditRel } from './types';
import { REJECTING_GETTER } from '../engine/facts/vocabulary';
import { parse, callStartingAt, offsetOf, insertAt, replaceRange, importEdit, styleOf, retargetSpecifier, lineIndent, isBound, Style, routeOfFinding } from './source';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options', 'route']);
const SIMPLE_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?$/;

export const missingAuthFix: FixProvider = {
  ruleIds: ['missing-auth'],
  provide(ctx) {
    const f = ctx.finding;
    const route = routeOfFinding(ctx)
      ?? ctx.model.routes.find((r) => r.loc.file === f.loc.file && r.loc.line === f.loc.line);
    const text = ctx.textOf(f.loc.file);
    if (!route || text === undefined) return [];
    const sf = parse(f.loc.file, text);
    const style = styleOf(text);
    const out: QuickFix[] = [];
    if (EXPRESS_API.has(route.framework) || route.framework === 'koa' || route.framework === 'hono') {
      const fix = middlewareArgument(ctx, route, sf, text, style);
      if (fix) out.push(fix);
    } else if (route.framework === 'fastify') {
      const fix = fastifyPreHandler(ctx, route, sf, text, style);
      if (fix) out.push(fix);
    } else if (route.framework === 'nestjs') {
      const fix = nestGuard(ctx, route, sf, text, style);
      // (no copied guard statements either: a sibling's inline checks do not undo the class's opt-out)
      if (fix === null) return [];
      if (fix) out.push(fix);
    } else if (route.framework === 'elysia') {
      const fix = elysiaHook(ctx, route, sf, text, style);
      if (fix) out.push(fix);
    } else if (route.framework === 'adonis') {
      const fix = adonisMiddleware(ctx, route, 'auth', sf, text, style);
      if (fix) out.push(fix);
    } else if (route.framework === 'graphql' && ctx.factsOf(route.loc.file)?.imports[route.method === 'QUERY' ? 'Query' : route.method === 'MUTATION' ? 'Mutation' : 'Subscription']?.source === 'type-graphql') {
      const fix = methodDecorator(route, sf, text, style, '@Authorized()', 'Authorized', 'type-graphql');
      if (fix) out.push(fix);
    } else if (route.framework === 'routing-controllers') {
      const fix = methodDecorator(route, sf, text, style, '@Authorized()', 'Authorized', 'routing-controllers');
      if (fix) out.push(fix);
    } else if (route.framework === 'tsoa') {
      const fix = methodDecorator(route, sf, text, style, `@Security('${tsoaScheme(ctx)}')`, 'Security', 'tsoa');
      if (fix) out.push(fix);
    } else if (route.framework === 'tanstack-start' && route.path.includes('#')) {
      const fix = serverFnMiddleware(ctx, route, sf, text, style);
      if (fix) out.push(fix);
    }
    if (!out.length && route.handlerLoc) {
      const fix = copiedGuard(ctx, route, sf, text, style);
      if (fix) out.push(fix);
    }
    return out;
  },
};

/**
 * TanStack Start: `createServerFn({ method: 'POST' }).middleware([authMiddleware])...` with the auth
 * middleware the project's other server functions use (added to an existing `.middleware([...])` list).
 */
function serverFnMiddleware(ctx: FixContext, route: Route, sf: SourceFile, text: string, style: Style): QuickFix | undefined {
  const auth = projectMiddleware(ctx, 'tanstack-start', 'auth');
  if (!auth) return undefined;
  // the outermost call of the chain starts at the route's line: walk down to `createServerFn(...)`
  let call: Node | undefined = callStartingAt(sf, route.loc.line, route.loc.column);
  let list: Node | undefined;
  while (call && Node.isCallExpression(call)) {
    const callee = call.getExpression();
    if (Node.isPropertyAccessExpression(callee)) {
      if (callee.getName() === 'middleware' && Node.isArrayLiteralExpression(call.getArguments()[0])) list = call.getArguments()[0];
      call = callee.getExpression();
      continue;
    }
    break;
  }
  if (!call || !Node.isCallExpression(call) || call.getExpression().getText() !== 'createServerFn') return undefined;
  const name = auth.entry.name;
  const edits: TextEditRel[] = [];
  if (list && Node.isArrayLiteralExpression(list)) {
    const first = list.getElements()[0];
    edits.push(first ? insertAt(text, first.getStart(), `${name}, `) : insertAt(text, list.getStart() + 1, name));
  } else edits.push(insertAt(text, call.getEnd(), `.middleware([${name}])`));
  const imp = importFor(ctx, name, auth.entry, route.loc.file, sf, text, style);
  if (imp === null) return undefined;
  if (imp) edits.push(imp);
  return { title: `Require authentication: add ${name} to the server function's middleware`, edits: { [route.loc.file]: mergeSameOffset(edits) }, isPreferred: true };
}

/** The auth piece most routes of this framework use as a route argument or router middleware. */
export function projectAuth(ctx: FixContext, framework: Route['framework']): { entry: ChainEntry; route: Route } | undefined {
  return projectMiddleware(ctx, framework, 'auth') ?? configured(ctx);
}

/** The middleware with this role that most routes of the framework use (a plain name or call). */
export function projectMiddleware(ctx: FixContext, framework: Route['framework'], role: 'auth' | 'rate-limit' | 'role'): { entry: ChainEntry; route: Route } | undefined {
  const counts = new Map<string, { n: number; entry: ChainEntry; route: Route }>();
  for (const r of ctx.model.routes) {
    if (r.framework !== framework) continue;
    for (const e of r.chain) {
      if (!e.roles.includes(role) || (role === 'auth' && e.roles.includes('role')) || !SIMPLE_NAME.test(e.name) || e.name.includes('...')) continue;
      const named = asWritten(ctx, e);
      const c = counts.get(named.name) ?? { n: 0, entry: named, route: r };
      c.n++;
      counts.set(named.name, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0];
}

/**
 * A chain entry under the name its registering file gives it: a middleware destructured from a CommonJS module
 * (`const { validatedRequest } = require('../utils/middleware/validatedRequest')`) is named `validatedRequest.validatedRequest`
 * after its module; the code calls it `validatedRequest`.
 */
function asWritten(ctx: FixContext, e: ChainEntry): ChainEntry {
  const m = /^([\w$-]+)\.([A-Za-z_$][\w$]*)$/.exec(e.name);
  const facts = m && e.registeredAt.file ? ctx.factsOf(e.registeredAt.file) : undefined;
  if (!m || !facts || (m[1] !== m[2] && (facts.imports[m[1]] || facts.bindings[m[1]]))) return e;
  const moduleName = (source: string) => (source.split('/').pop() ?? '').replace(/\.[cm]?[jt]sx?$/, '');
  const imp = facts.imports[m[2]];
  const b = facts.bindings[m[2]];
  const destructured = b?.k === 'member' && b.prop === m[2] && b.object.k === 'import' && b.object.name === '*' && moduleName(b.object.source) === m[1];
  return destructured || (imp && imp.name === m[2] && moduleName(imp.source) === m[1]) ? { ...e, name: m[2] } : e;
}

function configured(ctx: FixContext): { entry: ChainEntry; route: Route } | undefined {
  const configured = ctx.model.config.authMiddleware.find((n) => SIMPLE_NAME.test(n));
  if (configured) {
    const e: ChainEntry = { name: configured, roles: ['auth'], registeredAt: { file: '', line: 0, column: 0, endLine: 0, endColumn: 0 } };
    return { entry: e, route: undefined as unknown as Route };
  }
  return undefined;
}

/** Import the root identifier of `name` into `target` the way the file that registered it does. */
export function importFor(ctx: FixContext, name: string, entry: ChainEntry, target: string, sf: SourceFile, text: string, style: Style): TextEditRel | undefined | null {
  const root = /^[A-Za-z_$][\w$]*/.exec(name)?.[0];
  if (!root || isBound(sf, root)) return undefined;
  const from = entry.registeredAt.file;
  const facts = from ? ctx.factsOf(from) : undefined;
  const imp = facts?.imports[root];
  if (imp) {
    const spec = retargetSpecifier(imp.source, from, target);
    const kind = imp.name === 'default' ? 'default' : imp.name === '*' ? 'namespace' : 'named';
    return importEdit(sf, text, root, spec, kind, style, imp.name);
  }
  if (entry.definedAt && entry.definedAt.file !== target) {
    const def = ctx.factsOf(entry.definedAt.file);
    if (def && def.exports[root]) return importEdit(sf, text, root, retargetSpecifier('./' + entry.definedAt.file.split('/').pop()!.replace(/\.[cm]?[jt]sx?$/, ''), entry.definedAt.file, target), 'named', style);
  }
  return null; // we cannot say where it comes from: no fix rather than a broken file
}

export function routeCall(route: Route, sf: SourceFile) {
  // a link of a chain (`new Hono()\n  .get(...)`) is located at its method name: that call
  const named = sf.getDescendantAtPos(offsetOf(sf.getFullText(), route.loc.line, route.loc.column));
  const access = named?.getParent();
  if (access && Node.isPropertyAccessExpression(access) && access.getNameNode() === named && access.getName() === route.method.toLowerCase()) {
    const linkCall = access.getParent();
    if (linkCall && Node.isCallExpression(linkCall) && linkCall.getExpression() === access) return linkCall;
  }
  const call = callStartingAt(sf, route.loc.line, route.loc.column);
  if (!call) return undefined;
  // `router.route('/x').get(a).post(b)`: pick the call of this method
  let c: Node | undefined = call;
  const m = route.method.toLowerCase();
  while (c && Node.isCallExpression(c)) {
    const callee = c.getExpression();
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === m) return c;
    c = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  }
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) && ROUTE_METHODS.has(callee.getName()) ? call : undefined;
}

export const isPathArg = (n: Node) => Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n) || Node.isTemplateExpression(n) || Node.isRegularExpressionLiteral(n) || Node.isArrayLiteralExpression(n);

function middlewareArgument(ctx: FixContext, route: Route, sf: SourceFile, text: string, style: Style): QuickFix | undefined {
  const auth = projectAuth(ctx, route.framework);
  const call = routeCall(route, sf);
  if (!auth || !call) return undefined;
  const args = call.getArguments();
  if (!args.length) return undefined;
  const before = isPathArg(args[0]) ? args[1] ?? undefined : args[0];
  // Koa named routes: router.get('name', '/path', handler)
  const at = isPathArg(args[0]) && args[1] && isPathArg(args[1]) ? args[2] : before;
  if (!at) return undefined;
  const imp = importFor(ctx, auth.entry.name, auth.entry, route.loc.file, sf, text, style);
  if (imp === null) return undefined;
  const edits = [insertAt(text, at.getStart(), `${auth.entry.name}, `)];
  if (imp) edits.push(imp);
  return { title: `Require authentication: add ${auth.entry.name} to ${route.method} ${route.path}`, edits: { [route.loc.file]: edits }, isPreferred: true };
}

/** The Elysia route registration at a route's location: the call whose method name is there (`.get(` in a chain). */
function elysiaRouteCall(route: Route, sf: SourceFile): import('ts-morph').CallExpression | undefined {
  const off = offsetOf(sf.getFullText(), route.loc.line, route.loc.column);
  let n: Node | undefined = sf.getDescendantAtPos(off);
  for (let i = 0; n && i < 4; i++, n = n.getParent()) {
    if (!Node.isCallExpression(n)) continue;
    const callee = n.getExpression();
    if (Node.isPropertyAccessExpression(callee) && ROUTE_METHODS.has(callee.getName())) return n;
  }
  return undefined;
}

/**
 * Elysia: the hook property most protected routes write in their own hook object (`auth: true` turning a
 * macro on, `beforeHandle: requireUser`), added to this route's hook object (made when it has none).
 */
function elysiaHook(ctx: FixContext, route: Route, sf: SourceFile, text: string, style: Style): QuickFix | undefined {
  const counts = new Map<string, { n: number; prop: string; entry: ChainEntry; file: string }>();
  const parsed = new Map<string, SourceFile | null>();
  for (const r of ctx.model.routes) {
    if (r.framework !== 'elysia' || r === route) continue;
    for (const e of r.chain) {
      // written on the route itself (its hook object), an auth check and no role check
      if (!e.roles.includes('auth') || e.roles.includes('role') || e.registeredAt.file !== r.loc.file || e.registeredAt.line !== r.loc.line || e.registeredAt.column !== r.loc.column) continue;
      let other = parsed.get(r.loc.file);
      if (other === undefined) {
        const t = ctx.textOf(r.loc.file);
        other = t === undefined ? null : r.loc.file === route.loc.file ? sf : parse(r.loc.file, t);
        parsed.set(r.loc.file, other);
      }
      const call = other ? elysiaRouteCall(r, other) : undefined;
      const hooks = call?.getArguments()[hookIndex(call)];
      if (!hooks || !Node.isObjectLiteralExpression(hooks)) continue;
      const prop = hooks.getProperties().find((p) => Node.isPropertyAssignment(p) && (p.getName() === e.name || ((p.getName() === 'beforeHandle' || p.getName() === 'resolve' || p.getName() === 'derive') && p.getInitializerOrThrow().getText().includes(e.name))));
      if (!prop) continue;
      const key = prop.getText();
      const c = counts.get(key) ?? { n: 0, prop: key, entry: e, file: r.loc.file };
      c.n++;
      counts.set(key, c);
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  const call = elysiaRouteCall(route, sf);
  if (!best || !call) return undefined;
  const args = call.getArguments();
  const idx = hookIndex(call);
  const edits: TextEditRel[] = [];
  const hooks = args[idx];
  if (hooks && Node.isObjectLiteralExpression(hooks)) {
    const name = best.prop.split(':')[0].trim();
    if (hooks.getProperty(name)) return undefined;
    const props = hooks.getProperties();
    edits.push(props.length ? insertAt(text, props[0].getStart(), `${best.prop}, `) : insertAt(text, hooks.getStart() + 1, ` ${best.prop} `));
  } else if (!hooks && args[idx - 1]) {
    edits.push(insertAt(text, args[idx - 1].getEnd(), `, { ${best.prop} }`));
  } else return undefined;
  // `beforeHandle: requireUser` names a function: import it as the sibling's file does
  const fnName = /^(?:beforeHandle|resolve|derive)\s*:\s*\[?\s*([A-Za-z_$][\w$.]*)/.exec(best.prop)?.[1];
  if (fnName) {
    const imp = importFor(ctx, fnName, { ...best.entry, registeredAt: { ...best.entry.registeredAt, file: best.file } }, route.loc.file, sf, text, style);
    if (imp === null) return undefined;
    if (imp) edits.push(imp);
  }
  return { title: `Require authentication: add { ${best.prop} } to ${route.method} ${route.path}`, edits: { [route.loc.file]: edits }, isPreferred: true };
}

/** Where an Elysia registration takes its hook object: `.get(path, handler, hooks)`, `.route(method, path, handler, hooks)`. */
function hookIndex(call: import('ts-morph').CallExpression): number {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'route' ? 3 : 2;
}

function fastifyPreHandler(ctx: FixContext, route: Route, sf: SourceFile, text: string, style: Style): QuickFix | undefined {
  const auth = projectAuth(ctx, 'fastify');
  const call = routeCall(route, sf);
  if (!auth || !call) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  // `fastify.authenticate` decorated on the instance: name it through this route's receiver
  const receiver = callee.getExpression().getText();
  const onInstance = /^(?:fastify|app|server|instance)\./.test(auth.entry.name);
  const name = auth.entry.name.replace(/^(?:fastify|app|server|instance)\./g, `${receiver}.`).replace(/([[(,]\s*)(?:fastify|app|server|instance)\./g, `$1${receiver}.`);
  const args = call.getArguments();
  const edits: TextEditRel[] = [];
  if (args[1] && Node.isObjectLiteralExpression(args[1])) {
    const obj = args[1];
    if (obj.getProperty('preHandler') || obj.getProperty('onRequest')) return undefined;
    const props = obj.getProperties();
    if (props.length) edits.push(insertAt(text, props[0].getStart(), `preHandler: [${name}], `));
    else edits.push(insertAt(text, obj.getStart() + 1, ` preHandler: [${name}] `));
  } else if (args[1]) {
    edits.push(insertAt(text, args[1].getStart(), `{ preHandler: [${name}] }, `));
  } else return undefined;
  // (a decorator of the instance, `fastify.authenticate` or `fastify.auth([fastify.verifyJWT])`, needs no import, whatever
  // this route's receiver is called)
  if (!onInstance) {
    const imp = importFor(ctx, name, auth.entry, route.loc.file, sf, text, style);
    if (imp === null) return undefined;
    if (imp) edits.push(imp);
  }
  return { title: `Require authentication: run ${name} before ${route.method} ${route.path}`, edits: { [route.loc.file]: edits }, isPreferred: true };
}

/**
 * AdonisJS: the middleware with this role most routes use (auth, a throttle, a role check), chained onto
 * the route (`.use(middleware.auth())`, v5 `.middleware('auth:api')`); a resource gets it for every action
 * (`.use('*', ...)`, v5 `.middleware({ '*': [...] })`).
 */
export function adonisMiddleware(ctx: FixContext, route: Route, role: 'auth' | 'rate-limit' | 'role', sf: SourceFile, text: string, style: Style): QuickFix | undefined {
  const counts = new Map<string, { n: number; entry: ChainEntry }>();
  for (const r of ctx.model.routes) {
    if (r.framework !== 'adonis') continue;
    for (const e of r.chain) {
      if (!e.roles.includes(role) || (role === 'auth' && e.roles.includes('role')) || !(SIMPLE_NAME.test(e.name) || /^'[\w:,.-]+'$/.test(e.name))) continue;
      const c = counts.get(e.name) ?? { n: 0, entry: e };
      c.n++;
      counts.set(e.name, c);
    }
  }
  const auth = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.entry;
  const call = callStartingAt(sf, route.loc.line, route.loc.column);
  if (!auth || !call) return undefined;
  const v5 = auth.name.startsWith("'");
  const resource = /^\s*[\w$]+\s*\.\s*(?:resource|shallowResource)\s*\(/.test(call.getText());
  const q = style.quote;
  const mw = v5 ? auth.name.replace(/'/g, q) : auth.name;
  const add = v5 ? (resource ? `.middleware({ ${q}*${q}: [${mw}] })` : `.middleware(${mw})`) : resource ? `.use(${q}*${q}, ${mw})` : `.use(${mw})`;
  const edits = [insertAt(text, call.getEnd(), add)];
  if (!v5) {
    const imp = importFor(ctx, auth.name, auth, route.loc.file, sf, text, style);
    if (imp === null) return undefined;
    if (imp) edits.push(imp);
  }
  const what = role === 'auth' ? 'Require authentication: add' : role === 'role' ? 'Require a role: add' : 'Rate-limit: add';
  return { title: `${what} ${auth.name} to ${route.method} ${route.path}`, edits: { [route.loc.file]: edits }, isPreferred: true };
}

/**
 * The authenticating guard most NestJS routes use. A middleware applied in a module's `configure()`
 * (`consumer.apply(SessionMiddleware).forRoutes(...)`) is no guard: `@UseGuards(SessionMiddleware)` would not run it.
 */
function nestAuthGuard(ctx: FixContext): { entry: ChainEntry; route: Route } | undefined {
  const counts = new Map<string, { n: number; entry: ChainEntry; route: Route }>();
  for (const r of ctx.model.routes) {
    if (r.framework !== 'nestjs') continue;
    for (const e of r.chain) {
      if (!e.roles.includes('auth') || e.roles.includes('role') || !SIMPLE_NAME.test(e.name) || e.name.includes('...')) continue;
      const line = ctx.textOf(e.registeredAt.file)?.split('\n')[e.registeredAt.line - 1] ?? '';
      if (/\.apply\(|forRoutes\(/.test(line)) continue;
      const c = counts.get(e.name) ?? { n: 0, entry: e, route: r };
      c.n++;
      counts.set(e.name, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0] ?? configured(ctx);
}

/** (null: no fix on purpose, a handler of a controller marked `@Public()`: it belongs in another controller) */
function nestGuard(ctx: FixContext, route: Route, sf: SourceFile, text: string, style: Style): QuickFix | undefined | null {
  const auth = nestAuthGuard(ctx);
  if (!auth) return undefined;
  const guard = auth.entry.name.replace(/^@?UseGuards\((.*)\)$/, '$1');
  const off = offsetOf(text, route.loc.line, route.loc.column);
  let n: Node | undefined = sf.getDescendantAtPos(off);
  while (n && !Node.isMethodDeclaration(n)) n = n.getParent();
  if (!n) return undefined;
  const decorators = n.getDecorators();
  // an explicit opt-out (`@Public()`) overrides any guard: removing it is the fix
  const optOut = decorators.find((d) => /^(?:Public|IsPublic|AllowAnonymous|SkipAuth|NoAuth|Anonymous|PublicRoute)$/.test(d.getName()));
  if (optOut) {
    const line = optOut.getStartLineNumber();
    const alone = text.split('\n')[line - 1].trim() === optOut.getText();
    const edit = alone ? { start: { line, column: 1 }, end: { line: line + 1, column: 1 }, newText: '' } : replaceRange(text, optOut.getStart(), optOut.getEnd() + (/^\s/.test(text.slice(optOut.getEnd())) ? 1 : 0), '');
    return { title: `Require authentication: remove ${optOut.getText()} from ${route.method} ${route.path}`, edits: { [route.loc.file]: [edit] }, isPreferred: true };
  }
  // the controller's own opt-out (`@Public()` on the class) makes every guard that reads it let this handler through, and
  // removing it would open its other handlers: no edit of this method's decorators fixes it (move the handler instead)
  const cls = n.getParent();
  if (cls && Node.isClassDeclaration(cls) && cls.getDecorators().some((d) => /^(?:Public|IsPublic|AllowAnonymous|SkipAuth|NoAuth|Anonymous|PublicRoute)$/.test(d.getName()))) return null;
  const first = decorators[0] ?? n;
  const indent = lineIndent(text, first.getStartLineNumber());
  const edits: TextEditRel[] = [insertAt(text, first.getStart(), `@UseGuards(${guard})\n${indent}`)];
  const common = importEdit(sf, text, 'UseGuards', '@nestjs/common', 'named', style);
  if (common) edits.push(common);
  const imp = importFor(ctx, guard, auth.entry, route.loc.file, sf, text, style);
  if (imp === null && !/^AuthGuard\(/.test(guard)) return undefined;
  if (imp) edits.push(imp);
  if (/^AuthGuard\(/.test(guard)) {
    const p = importEdit(sf, text, 'AuthGuard', '@nestjs/passport', 'named', style);
    if (p) edits.push(p);
  }
  return { title: `Require authentication: @UseGuards(${guard}) on ${route.method} ${route.path}`, edits: { [route.loc.file]: mergeSameOffset(edits) }, isPreferred: true };
}

/**
 * An auth decorator on the method: type-graphql's and routing-controllers' `@Authorized()` (their
 * authChecker / authorizationChecker then runs for it), tsoa's `@Security('jwt')`.
 */
function methodDecorator(route: Route, sf: SourceFile, text: string, style: Style, decorator: string, name: string, module: string): QuickFix | undefined {
  let n: Node | undefined = sf.getDescendantAtPos(offsetOf(text, route.loc.line, route.loc.column));
  while (n && !Node.isMethodDeclaration(n)) n = n.getParent();
  if (!n) return undefined;
  const first = n.getDecorators()[0] ?? n;
  const indent = lineIndent(text, first.getStartLineNumber());
  const edits: TextEditRel[] = [insertAt(text, first.getStart(), `${decorator}\n${indent}`)];
  const imp = importEdit(sf, text, name, module, 'named', style);
  if (imp) edits.push(imp);
  return { title: `Require authentication: ${decorator} on ${route.method} ${route.path}`, edits: { [route.loc.file]: mergeSameOffset(edits) }, isPreferred: true };
}

/** The security scheme the project's tsoa routes use most (`@Security('jwt')`), else `jwt`. */
function tsoaScheme(ctx: FixContext): string {
  const counts = new Map<string, number>();
  for (const r of ctx.model.routes) {
    if (r.framework !== 'tsoa') continue;
    for (const e of r.chain) {
      const m = /^@?Security\(\s*['"]([^'"]+)['"]/.exec(e.name);
      if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'jwt';
}

/** Two inserts at the same place (two imports appended after the last one) become one. */
function mergeSameOffset(edits: TextEditRel[]): TextEditRel[] {
  const out: TextEditRel[] = [];
  for (const e of edits) {
    const same = out.find((o) => o.start.line === e.start.line && o.start.column === e.start.column && o.end.line === e.end.line && o.end.column === e.end.column);
    if (same) same.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}

type FunctionNode = import('ts-morph').FunctionDeclaration | import('ts-morph').ArrowFunction | import('ts-morph').FunctionExpression | import('ts-morph').MethodDeclaration;

function functionAt(sf: SourceFile, text: string, line: number, column: number): FunctionNode | undefined {
  const off = offsetOf(text, line, column);
  let n: Node | undefined = sf.getDescendantAtPos(off);
  while (n) {
    if ((Node.isFunctionDeclaration(n) || Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isMethodDeclaration(n)) && n.getStart() <= off) return n;
    n = n.getParent();
  }
  // the position is the declaration's start: look inside it for the first function
  const at = sf.getDescendantAtPos(off);
  return at?.getFirstDescendant((d) => Node.isFunctionDeclaration(d) || Node.isArrowFunction(d) || Node.isFunctionExpression(d)) as FunctionNode | undefined;
}

const rejects = (s: Node) => /\b(?:return|throw)\b|\bredirect\s*\(|\bnotFound\s*\(|\bunauthorized\s*\(/.test(s.getText());

/**
 * The statements a protected sibling handler starts with to check the session: declarations up
 * to the first `if` that returns, throws or redirects. Copied with the imports they need.
 */
function copiedGuard(ctx: FixContext, route: Route, sf: SourceFile, text: string, style: Style): QuickFix | undefined {
  const siblings = ctx.model.routes
    // (not a sign-in handler: its check of the account it just looked up is no session check to copy)
    .filter((r) => r !== route && r.framework === route.framework && sameHandlerShape(r, route) && r.handlerLoc && r.auth.required && !r.publicReason && r.auth.via.some((v) => /session check|in handler/.test(v)))
    .sort((a, b) => Number(b.loc.file === route.loc.file) - Number(a.loc.file === route.loc.file) || Number(viaGetter(b)) - Number(viaGetter(a)));
  const target = functionAt(sf, text, route.handlerLoc!.line, route.handlerLoc!.column);
  const body = target?.getBody();
  if (!target || !body || !Node.isBlock(body)) return undefined;
  for (const s of siblings.slice(0, 10)) {
    const srcText = ctx.textOf(s.handlerLoc!.file);
    if (srcText === undefined) continue;
    const srcSf = s.handlerLoc!.file === route.loc.file ? sf : parse(s.handlerLoc!.file, srcText);
    const fn = functionAt(srcSf, srcText, s.handlerLoc!.line, s.handlerLoc!.column);
    const srcBody = fn?.getBody();
    if (!fn || !srcBody || !Node.isBlock(srcBody)) continue;
    const stmts = srcBody.getStatements();
    let guardAt = stmts.slice(0, 4).findIndex((st) => Node.isIfStatement(st) && rejects(st.getThenStatement()));
    // a getter that rejects by itself: `const { user } = await requireUserSession(event)`, `const user = requireUser(event)`
    const getter = viaGetter(s) ? s.auth.via.map((v) => /^session check \(([\w$]+)\)$/.exec(v)?.[1]).find((g) => g && REJECTING_GETTER.test(g)) : undefined;
    if (guardAt < 0 && getter) {
      const calls = new RegExp(`^(?:(?:const|let)\\s[^=]+=\\s*)?(?:await\\s+)?${getter.replace(/\$/g, '\\$')}\\s*\\(`);
      guardAt = stmts.slice(0, 4).findIndex((st) => (Node.isVariableStatement(st) || Node.isExpressionStatement(st)) && calls.test(st.getText()));
    }
    if (guardAt < 0 || !stmts.slice(0, guardAt).every((st) => Node.isVariableStatement(st))) continue;
    const copied = stmts.slice(0, guardAt + 1);
    // the `if` must test what the declarations before it got (the session), or a session itself: a method
    // check (`if (req.method !== 'POST') return 405`) ahead of a wrapper's session is no session guard
    const guard = copied[copied.length - 1];
    if (Node.isIfStatement(guard)) {
      const test = guard.getExpression().getText();
      const names = copied.slice(0, -1).flatMap((st) => (Node.isVariableStatement(st) ? st.getDeclarations().flatMap((d) => d.getNameNode().getDescendantsOfKind(ts.SyntaxKind.Identifier).map((i) => i.getText()).concat(Node.isIdentifier(d.getNameNode()) ? [d.getName()] : [])) : []));
      const testsDeclared = names.some((n) => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(test));
      if (!testsDeclared && (/\.method\b/.test(test) || !/session|auth|user|token|claims|principal/i.test(test))) continue;
      // ...and what was declared must be the session: a record the handler looked up and tests for existence
      // (`const doc = await prisma.document.findUnique(...)`, `if (!doc) throw new NotFoundException()`) is no session check
      const declaredText = copied.slice(0, -1).map((st) => st.getText()).join('\n');
      const getters = s.auth.via.map((v) => /^session check \(([\w$.]+)\)$/.exec(v)?.[1]).filter((g): g is string => !!g);
      if (testsDeclared && !/session|auth|user|token|claims|principal|identity|viewer|caller|account|member/i.test(`${declaredText}\n${test}`) && !getters.some((g) => declaredText.includes(g))) continue;
    }
    // the guard must not read the sibling's own parameters (req, ctx...) unless ours has the same
    // names; a name destructured from the same parameter (`{ locals }`) is added to ours
    const idents = new Set(copied.flatMap((st) => st.getDescendantsOfKind(ts.SyntaxKind.Identifier).map((i) => i.getText())));
    const ourParams = target.getParameters();
    const ourNames = new Set(ourParams.flatMap(paramNames));
    const paramEdits: TextEditRel[] = [];
    let usable = true;
    fn.getParameters().forEach((p, i) => {
      const missing = paramNames(p).filter((n) => idents.has(n) && !ourNames.has(n));
      if (!missing.length) return;
      const ours = ourParams[i]?.getNameNode();
      // ours stops before this parameter (`async ({ boardId }) =>` vs `async ({ postId }, context) =>`): take it as the sibling names it
      if (!ours && i === ourParams.length && i > 0) {
        paramEdits.push(insertAt(text, ourParams[i - 1].getEnd(), `, ${p.getNameNode().getText()}`));
        return;
      }
      if (!Node.isObjectBindingPattern(p.getNameNode()) || !ours || !Node.isObjectBindingPattern(ours) || !ours.getElements().length) {
        usable = false;
        return;
      }
      const last = ours.getElements()[ours.getElements().length - 1];
      paramEdits.push(insertAt(text, last.getEnd(), `, ${missing.join(', ')}`));
    });
    if (!usable) continue;
    const declared = copied.flatMap((st) => (Node.isVariableStatement(st) ? st.getDeclarations().map((d) => d.getName()) : []));
    if (declared.some((d) => target.getDescendantsOfKind(ts.SyntaxKind.VariableDeclaration).some((v) => v.getName() === d))) continue;
    const firstOurs = body.getStatements()[0];
    const indent = firstOurs ? lineIndent(text, firstOurs.getStartLineNumber()) : lineIndent(text, body.getStartLineNumber()) + style.indentUnit;
    const srcIndent = lineIndent(srcText, copied[0].getStartLineNumber());
    const block = copied.map((st) => reindent(st.getText(), srcIndent, indent)).join('\n' + indent);
    const edits: TextEditRel[] = [...paramEdits, firstOurs ? insertAt(text, firstOurs.getStart(), `${block}\n${indent}`) : insertAt(text, body.getStart() + 1, `\n${indent}${block}`)];
    const srcFacts = ctx.factsOf(s.handlerLoc!.file);
    let ok = true;
    for (const id of idents) {
      const imp = srcFacts?.imports[id];
      if (!imp && !isBound(sf, id) && s.handlerLoc!.file !== route.loc.file) {
        // a helper the sibling's module declares itself (`function useReviewSession()`): imported from it when exported
        const local = srcSf.getFunction(id) ?? srcSf.getVariableDeclaration(id) ?? srcSf.getClass(id);
        if (local) {
          const exported = srcFacts?.exports[id] !== undefined;
          const e = exported ? importEdit(sf, text, id, retargetSpecifier('./' + s.handlerLoc!.file.split('/').pop()!.replace(/\.[cm]?[jt]sx?$/, ''), s.handlerLoc!.file, route.loc.file), 'named', style) : undefined;
          if (e) edits.push(e);
          else ok = false;
        }
        continue;
      }
      if (!imp || isBound(sf, id)) continue;
      const spec = retargetSpecifier(imp.source, s.handlerLoc!.file, route.loc.file);
      const e = importEdit(sf, text, id, spec, imp.name === 'default' ? 'default' : imp.name === '*' ? 'namespace' : 'named', style, imp.name);
      if (e) edits.push(e);
      else ok = false;
    }
    if (!ok) continue;
    const what = copied[copied.length - 1].getText().split('\n')[0].slice(0, 60);
    return { title: `Require authentication: check the session as ${s.method} ${s.path} does (${what})`, edits: { [route.loc.file]: mergeSameOffset(edits) }, isPreferred: true };
  }
  return undefined;
}

/** Handlers called alike: an Astro action (`handler(input, context)`) is not an endpoint (`GET(context)`). */
function sameHandlerShape(a: Route, b: Route): boolean {
  // (a server function, `file#name`, takes `{ data, context }`; a server route `{ request, params }`)
  return a.path.startsWith('/_actions/') === b.path.startsWith('/_actions/') && a.path.includes('#') === b.path.includes('#');
}

/** Does the route check the session with a getter that rejects by itself (`requireUserSession`, `requireUser`)? */
function viaGetter(r: Route): boolean {
  return r.auth.via.some((v) => REJECTING_GETTER.test(/^session check \(([\w$]+)\)$/.exec(v)?.[1] ?? ''));
}

/** The names a parameter binds: `req`, or each name of a destructuring (`{ request, locals }`). */
function paramNames(p: import('ts-morph').ParameterDeclaration): string[] {
  const n = p.getNameNode();
  if (Node.isObjectBindingPattern(n) || Node.isArrayBindingPattern(n)) {
    return n.getDescendantsOfKind(ts.SyntaxKind.BindingElement).map((e) => e.getNameNode()).filter((x) => Node.isIdentifier(x)).map((x) => x.getText());
  }
  return [p.getName()];
}

function reindent(code: string, from: string, to: string): string {
  return code.split('\n').map((l, i) => (i === 0 ? l : l.startsWith(from) ? to + l.slice(from.length) : l)).join('\n');
}

