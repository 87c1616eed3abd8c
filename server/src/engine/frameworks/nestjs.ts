/**
 * NestJS: `@Controller(prefix)` classes with `@Get()`/`@Post()`... methods, the global
 * prefix (and its exclusions, by pattern and method), URI versioning (version lists, VERSION_NEUTRAL, the
 * version prefix), RouterModule module paths, guards on the method, the controller and globally
 * (`useGlobalGuards`, `APP_GUARD` providers), opt-out metadata (`@Public()` read by the
 * guard through the Reflector), composed decorators (`applyDecorators(UseGuards(...),
 * Roles(...))`), `@Roles`/permission metadata, `ValidationPipe` and the throttler (a `ThrottlerGuard`
 * limits; `@Throttle()` only configures it).
 */
import type { ClassFact, DecoratorFact, ValueRef, Loc, Pos } from '../types';
import type { AV, Evaluator } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import type { ChainRole } from '../model/types';
import type { Classifier } from '../model/classify';
import { joinPath, bypasses } from './routerOps';
import { roleLikeName } from '../facts/vocabulary';
import { isUnread } from '../facts/inert';
import { lookupTable } from '../lookupTable';

const HTTP: Record<string, string> = lookupTable({ Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', All: 'ALL', Head: 'HEAD', Options: 'OPTIONS', Search: 'SEARCH' });
const PUBLIC_DECORATOR = /^(?:Public|IsPublic|PublicRoute|PublicEndpoint|SkipAuth|NoAuth|AllowAnonymous|Anonymous|Unprotected|SkipJwt|SkipJwtAuth|AllowUnauthenticated|Unauthenticated|OptionalAuth)$/;
const ROLE_DECORATOR = /^(?:Roles?|HasRoles?|RequireRoles?|Permissions?|RequirePermissions?|HasPermissions?|Scopes|RequireScopes|Policies|CheckPolicies|CheckAbilit(?:y|ies)|Abilit(?:y|ies)|AdminOnly|RequireAdmin|OrgRoles?|WorkspaceRoles?)$/;
const PUBLIC_KEY = /public|anonymous|skip_?auth|no_?auth|allow_?unauth/i;
const ROLE_KEY = /role|permission|scope|polic|abilit/i;

/** A decorator after composed decorators are expanded: `@Auth('admin')` -> UseGuards(...), Roles('admin'). */
interface Primitive {
  name: string;
  args: ValueRef[];
  file: string;
  text: string;
  pos: Pos;
  /** written on the controller class or on the method (a guard's Reflector may read only one of them) */
  level?: 'class' | 'handler';
}

const atLevel = (level: 'class' | 'handler') => (p: Primitive): Primitive => ({ ...p, level });

interface NestMiddleware {
  items: ValueRef[];
  targets: ValueRef[];
  exclude: ValueRef[];
  file: string;
  pos: Pos;
}

interface Setup {
  middleware: NestMiddleware[];
  prefix: string;
  /** `setGlobalPrefix('api', { exclude: ['health', { path: 'webhooks/(.*)', method: RequestMethod.POST }] })`: the paths (without their URI version) served without the prefix */
  prefixExclude: { path: string; method: string }[];
  guards: { ref: ValueRef; file: string; pos: Pos }[];
  /** `app.useGlobalInterceptors(new LoggingInterceptor())`, `{ provide: APP_INTERCEPTOR, useClass }` */
  interceptors: { ref: ValueRef; file: string; pos: Pos }[];
  validation: boolean;
  /** URI versioning: the default version(s) (null: VERSION_NEUTRAL) and the segment's prefix (`v` unless `prefix` says otherwise) */
  versioning: { defaultVersion?: Version[]; prefix: string } | null;
  /** `RouterModule.register([{ path: 'admin', module: AdminModule, children: [...] }])`: controller class (`file#Name`) -> its module's paths */
  modulePaths: Map<string, string[]>;
}

export function nestRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  const setup = readSetup(ev);
  const out: RawRoute[] = [];
  for (const [file, f] of ev.files) {
    // an inert file has no decorator (facts/inert.ts): no controller or resolver
    if (isUnread(f)) continue;
    for (const c of f.classes ?? []) {
      if (c.decorators.some((d) => d.name === 'Resolver')) {
        out.push(...resolverRoutes(ev, classifier, setup, file, c));
        continue;
      }
      const ctrl = c.decorators.find((d) => d.name === 'Controller');
      // (routing-controllers' own @Controller: frameworks/decoratorControllers.ts)
      if (!ctrl || /^routing-controllers$/.test(f.imports.Controller?.source ?? '')) continue;
      const { paths: ctrlPaths, version: ctrlVersion } = controllerOptions(ev, file, ctrl);
      const modulePaths = setup.modulePaths.get(`${file}#${c.name}`) ?? [''];
      const inherited = withInherited(ev, file, c);
      const classPrims = [...c.decorators.map((d) => ({ d, file })), ...inherited.classDecorators].flatMap(({ d, file: dFile }) => expand(ev, dFile, d)).map(atLevel('class'));
      for (const { m, file: mFile } of inherited.methods) {
        const http = m.decorators.find((d) => HTTP[d.name]);
        if (!http) continue;
        const methodPrims = m.decorators.flatMap((d) => expand(ev, mFile, d)).map(atLevel('handler'));
        const prims = [...classPrims, ...methodPrims];
        // `@Get(['summary', 'overview'])`: one handler under several paths
        const pathArg = http.args[0];
        const methodPaths = pathArg?.k === 'array' ? pathArg.items.map(stringArg).filter((x): x is string => x !== undefined) : [stringArg(pathArg) ?? ''];
        const versionDeco = methodPrims.find((p) => p.name === 'Version');
        // (Nest: the method's version, else the controller's, else the default; each may list several, VERSION_NEUTRAL adds no segment)
        const versions = (versionDeco ? versionsOf(ev, versionDeco.file, versionDeco.args[0]) : undefined) ?? ctrlVersion ?? setup.versioning?.defaultVersion ?? [null];
        const loc: Loc = { file: mFile, ...http.pos };
        const seen = new Set<string>();
        for (const version of setup.versioning ? versions : [null]) for (const modulePath of modulePaths) for (const ctrlPath of ctrlPaths) for (const methodPath of methodPaths.length ? methodPaths : ['']) {
          // version, module path (RouterModule), controller path, method path; the global prefix in front unless excluded
          const unversioned = joinPath('', joinPath(joinPath(modulePath, ctrlPath), methodPath));
          const inner = joinPath(version !== null ? `${setup.versioning!.prefix}${version}` : '', unversioned);
          // (the exclusion names the path without its version: `exclude: ['health']` serves `/v1/health`)
          const method = HTTP[http.name];
          const excluded = setup.prefixExclude.some((x) => (x.method === 'ALL' || x.method === method) && (excludeMatches(x.path, unversioned) || joinPath('', x.path) === joinPath('', inner)));
          const path = joinPath('/', joinPath(excluded ? '' : setup.prefix, inner));
          if (seen.has(path)) continue;
          seen.add(path);
          const chain = [...middlewareFor(ev, setup, { file, cls: c.name, path: inner, method: HTTP[http.name] }), ...chainFor(ev, classifier, setup, file, c, prims, loc, m.params, path, !!m.bodyUntyped || (!!m.bodyType && erasedImport(ev, mFile, m.bodyType)))];
          const marked = metaOf(ev, prims).isPublic ? prims.find((p) => PUBLIC_DECORATOR.test(p.name) || p.name === 'SetMetadata') : undefined;
          out.push({
            publicReason: marked ? `marked public (@${marked.name}())` : undefined,
            framework: 'nestjs', method: HTTP[http.name], path, loc, handler: { t: 'fn', file: mFile, id: m.fn }, handlerText: `${c.name}.${m.name}`,
            handlerFile: mFile, chain, mounts: [], mountKnown: true, style: 'express',
          });
        }
      }
    }
  }
  return out;
}

const GRAPHQL: Record<string, string> = lookupTable({ Query: 'QUERY', Mutation: 'MUTATION', Subscription: 'SUBSCRIPTION' });

/**
 * @nestjs/graphql code-first resolvers: each `@Query()` / `@Mutation()` / `@Subscription()` method
 * is an operation a client can call through POST /graphql, named by its `name` option or the method.
 * Guards apply as on controllers (a global ValidationPipe checks argument classes, not a free-form JSON scalar
 * argument); field resolvers (`@ResolveField`) run under an operation and are not entry points.
 */
function resolverRoutes(ev: Evaluator, classifier: Classifier, setup: Setup, file: string, c: ClassFact): RawRoute[] {
  const out: RawRoute[] = [];
  const classPrims = c.decorators.flatMap((d) => expand(ev, file, d)).map(atLevel('class'));
  for (const m of c.methods) {
    const op = m.decorators.find((d) => GRAPHQL[d.name]);
    if (!op) continue;
    const opts = op.args.find((a) => a.k === 'object');
    const name = (opts?.k === 'object' ? stringArg(opts.props.name) : undefined) ?? stringArg(op.args[0]) ?? m.name;
    const prims = [...classPrims, ...m.decorators.flatMap((d) => expand(ev, file, d)).map(atLevel('handler'))];
    const loc: Loc = { file, ...op.pos };
    const chain = [...middlewareFor(ev, setup, { file, cls: c.name, path: 'graphql', method: 'POST' }), ...chainFor(ev, classifier, setup, file, c, prims, loc, m.params, undefined, !!m.bodyUntyped)];
    const marked = metaOf(ev, prims).isPublic ? prims.find((p) => PUBLIC_DECORATOR.test(p.name) || p.name === 'SetMetadata') : undefined;
    out.push({
      publicReason: marked ? `marked public (@${marked.name}())` : undefined,
      // (type-graphql's resolver classes read the same way)
      framework: /^type-graphql$/.test(ev.files.get(file)?.imports[op.name]?.source ?? '') ? 'graphql' : 'nestjs', method: GRAPHQL[op.name], path: name, loc, handler: { t: 'fn', file, id: m.fn }, handlerText: `${c.name}.${m.name}`,
      handlerFile: file, chain, mounts: [], mountKnown: true, style: 'express',
    });
  }
  return out;
}

/**
 * A controller's methods and, after them, those it inherits (`class ProjectsController extends ArchivableController`:
 * Nest reads route metadata off the prototype chain, so the base class's decorated methods are routes of the
 * subclass, under its path), each with the file it is written in; a method the subclass defines again is its own,
 * decorated or not. The base classes' class decorators (`@UseGuards(JwtAuthGuard)` on an abstract base) apply too,
 * unless a nearer class sets the same one (Reflect.getMetadata answers with the nearest).
 */
function withInherited(ev: Evaluator, file: string, c: ClassFact): { methods: { m: ClassFact['methods'][number]; file: string }[]; classDecorators: { d: DecoratorFact; file: string }[] } {
  const methods = c.methods.map((m) => ({ m, file }));
  const classDecorators: { d: DecoratorFact; file: string }[] = [];
  const names = new Set(c.methods.map((m) => m.name));
  const decoNames = new Set(c.decorators.map((d) => d.name));
  let cur: { file: string; cls: ClassFact } = { file, cls: c };
  for (let depth = 0; depth < 5 && cur.cls.superClass; depth++) {
    const sup = ev.eval(cur.file, cur.cls.superClass);
    const fact = sup.t === 'class' ? ev.files.get(sup.file)?.classes?.find((k) => k.name === sup.name) : undefined;
    if (sup.t !== 'class' || !fact || fact === c) break;
    for (const m of fact.methods) if (!names.has(m.name)) {
      names.add(m.name);
      methods.push({ m, file: sup.file });
    }
    // (the subclass's own @Controller says its path and version)
    for (const d of fact.decorators) if (!decoNames.has(d.name) && d.name !== 'Controller') classDecorators.push({ d, file: sup.file });
    for (const d of fact.decorators) decoNames.add(d.name);
    cur = { file: sup.file, cls: fact };
  }
  return { methods, classDecorators };
}

function readSetup(ev: Evaluator): Setup {
  const s: Setup = { middleware: [], prefix: '', prefixExclude: [], guards: [], interceptors: [], validation: false, versioning: null, modulePaths: routerModulePaths(ev) };
  for (const [file, f] of ev.files) {
    for (const n of f.nestSetup ?? []) {
      if (n.kind === 'prefix') {
        s.prefix = stringArg(n.args[0]) ?? s.prefix;
        const opts = n.args[1];
        const ex = opts?.k === 'object' ? opts.props.exclude : undefined;
        if (ex?.k === 'array') for (const i of ex.items) {
          const p = i.k === 'lit' ? stringArg(i) : i.k === 'object' ? stringArg(i.props.path) : undefined;
          // (`{ path, method: RequestMethod.GET }`: that method only)
          const m = i.k === 'object' && i.props.method ? /(?:^|\.)([A-Z]+)$/.exec(refText(i.props.method))?.[1] ?? 'ALL' : 'ALL';
          if (p) s.prefixExclude.push({ path: p, method: m });
        }
      } else if (n.kind === 'guard') {
        for (const a of n.args) s.guards.push({ ref: a, file, pos: n.pos });
      } else if (n.kind === 'interceptor') {
        for (const a of n.args) s.interceptors.push({ ref: a, file, pos: n.pos });
      } else if (n.kind === 'pipe') {
        if (n.args.some((a) => /Validation|Zod|Valibot|Joi|Yup|Schema/i.test(refText(a)))) s.validation = true;
      } else if (n.kind === 'middleware') {
        const arr = (v: ValueRef | undefined) => (v?.k === 'array' ? v.items : []);
        s.middleware.push({ items: arr(n.args[0]), targets: arr(n.args[1]), exclude: arr(n.args[2]), file, pos: n.pos });
      } else if (n.kind === 'versioning') {
        const o = n.args[0];
        const type = o?.k === 'object' ? refText(o.props.type ?? { k: 'lit', value: 'URI' }) : 'URI';
        const prefix = o?.k === 'object' && o.props.prefix ? (o.props.prefix.k === 'lit' && o.props.prefix.value === false ? '' : stringArg(o.props.prefix) ?? 'v') : 'v';
        if (/URI/i.test(type) || !o) s.versioning = { defaultVersion: o?.k === 'object' ? versionsOf(ev, file, o.props.defaultVersion) : undefined, prefix };
      }
    }
  }
  return s;
}

function controllerOptions(ev: Evaluator, file: string, d: DecoratorFact): { paths: string[]; version?: Version[] } {
  const a = d.args[0];
  if (!a) return { paths: [''] };
  if (a.k === 'lit') return { paths: [String(a.value ?? '')] };
  if (a.k === 'array') return { paths: a.items.map((i) => stringArg(i) ?? '').filter((x, i, all) => all.indexOf(x) === i) };
  if (a.k === 'object') {
    const p = a.props.path;
    const paths = p?.k === 'array' ? p.items.map((i) => stringArg(i) ?? '') : [stringArg(p) ?? ''];
    return { paths, version: versionsOf(ev, file, a.props.version) };
  }
  return { paths: [''] };
}

/** a URI version; null: VERSION_NEUTRAL (no version segment) */
type Version = string | null;

/** `'2'`, `['1', '2']`, `VERSION_NEUTRAL`, `[VERSION_NEUTRAL, '1']`, a constant holding one of them; undefined when not given or not known. */
function versionsOf(ev: Evaluator, file: string, v: ValueRef | undefined): Version[] | undefined {
  if (!v) return undefined;
  const one = (x: ValueRef): Version | undefined => {
    if (/(?:^|\.)VERSION_NEUTRAL$/.test(refText(x))) return null;
    const s = stringArg(x);
    if (s !== undefined) return s;
    const av = ev.eval(file, x);
    return av.t === 'lit' && (typeof av.value === 'string' || typeof av.value === 'number') ? String(av.value) : undefined;
  };
  if (v.k === 'array') {
    const out = v.items.map(one).filter((x): x is Version => x !== undefined);
    return out.length ? out : undefined;
  }
  const x = one(v);
  return x === undefined ? undefined : [x];
}

/**
 * Does a global-prefix exclusion match a route path (without its version)? Nest compares with path-to-regexp:
 * `:param` one segment, `(.*)`, `*` and `{*splat}` anything, case-insensitive, an optional trailing slash.
 */
function excludeMatches(pattern: string, path: string): boolean {
  const src = joinPath('/', pattern)
    .split(/(\{\*\w+\}|\(\.\*\)|\*|:\w+)/)
    .map((part, i) => (i % 2 ? (part.startsWith(':') ? '[^/]+' : '.*') : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  try {
    return new RegExp(`^${src}/?$`, 'i').test(joinPath('/', path));
  } catch {
    return false;
  }
}

/**
 * `RouterModule.register(routes)` in a module's imports: each module's path (children joined under their parent's;
 * a child given as a bare module takes its parent's path), handed to the controllers that module declares.
 */
function routerModulePaths(ev: Evaluator): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const moduleControllers = new Map<string, string[]>();
  const registrations: { file: string; routes: ValueRef }[] = [];
  const classKey = (av: AV) => (av.t === 'class' ? `${av.file}#${av.name}` : undefined);
  for (const [file, f] of ev.files) {
    if (isUnread(f)) continue;
    for (const c of f.classes ?? []) {
      const mod = c.decorators.find((d) => d.name === 'Module');
      const meta = mod?.args[0];
      if (meta?.k !== 'object') continue;
      const controllers = meta.props.controllers;
      if (controllers) {
        const av = ev.eval(file, controllers);
        const keys = (av.t === 'array' ? av.items : []).map(classKey).filter((k): k is string => !!k);
        moduleControllers.set(`${file}#${c.name}`, keys);
      }
      const imports = meta.props.imports;
      for (const i of imports?.k === 'array' ? imports.items : []) {
        if (i.k === 'call' && /(?:^|\.)RouterModule\.register$/.test(refText(i.callee)) && i.args[0]) registrations.push({ file, routes: i.args[0] });
      }
    }
  }
  if (!registrations.length) return out;
  const modulePath = new Map<string, string[]>();
  const add = (key: string, path: string) => {
    const list = modulePath.get(key) ?? [];
    if (!list.includes(path)) list.push(path);
    modulePath.set(key, list);
  };
  const walk = (file: string, v: AV, parent: string, depth: number) => {
    if (depth > 8) return;
    if (v.t === 'array') return v.items.forEach((x) => walk(file, x, parent, depth + 1));
    const bare = classKey(v);
    if (bare) return add(bare, parent);
    if (v.t !== 'object') return;
    const p = v.props.path ? ev.eval(v.file, v.props.path) : undefined;
    const here = joinPath(parent, p?.t === 'lit' && typeof p.value === 'string' ? p.value : '');
    const m = v.props.module ? classKey(ev.eval(v.file, v.props.module)) : undefined;
    if (m) add(m, here);
    if (v.props.children) walk(v.file, ev.eval(v.file, v.props.children), here, depth + 1);
  };
  for (const r of registrations) walk(r.file, ev.eval(r.file, r.routes), '', 0);
  for (const [mod, paths] of modulePath) for (const ctrl of moduleControllers.get(mod) ?? []) out.set(ctrl, paths);
  return out;
}

function stringArg(v: ValueRef | undefined): string | undefined {
  if (!v) return undefined;
  if (v.k === 'lit' && (typeof v.value === 'string' || typeof v.value === 'number')) return String(v.value);
  return undefined;
}

/** Expand a decorator through the workspace functions that compose it (applyDecorators, SetMetadata). */
function expand(ev: Evaluator, file: string, d: DecoratorFact, depth = 0): Primitive[] {
  const self: Primitive = { name: d.name, args: d.args, file, text: d.text, pos: d.pos };
  if (depth > 3 || HTTP[d.name] || /^(?:UseGuards|UsePipes|UseInterceptors|SetMetadata|Controller|Version|Throttle|SkipThrottle)$/.test(d.name)) return [self];
  const callee = ev.eval(file, d.ref);
  if (callee.t !== 'fn') return [self];
  const s = ev.summary(callee.file, callee.id);
  const ret = s?.returns[0];
  if (!ret || ret.k !== 'call') return [self];
  const parts = refText(ret.callee).endsWith('applyDecorators') ? ret.args : [ret];
  const out: Primitive[] = [self];
  // the composite's parameters are what the route handed it: `Auth(...roles)` used as `@Auth()` gives `Roles(roles)` no roles
  const bind = (a: ValueRef): ValueRef => {
    if (a.k === 'spread') return { k: 'spread', arg: bind(a.arg) };
    if (a.k !== 'param' || a.fn !== callee.id || a.path.length) return a;
    const rest = (s!.params[a.index] ?? '').startsWith('...');
    return rest ? { k: 'array', items: d.args.slice(a.index).flatMap((x) => (x.k === 'spread' && x.arg.k === 'array' ? x.arg.items : [x])) } : d.args[a.index] ?? { k: 'array', items: [] };
  };
  for (const p of parts) {
    if (p.k !== 'call') continue;
    const name = refText(p.callee).split('.').pop() ?? '';
    out.push(...expand(ev, callee.file, { name, ref: p.callee, args: p.args.map(bind), text: refText(p), pos: p.pos }, depth + 1));
  }
  return out;
}

/** Decorator arguments that name no role at all: `@Roles()`, `Roles([])` (a roles guard lets such a route through). */
function noRoles(args: ValueRef[]): boolean {
  return args.every((a) => a.k === 'array' && a.items.length === 0) || (args.length === 1 && args[0].k === 'spread' && args[0].arg.k === 'array' && args[0].arg.items.length === 0);
}

interface RouteMeta {
  isPublic: boolean;
  roles: string[] | null; // null: no role metadata
  skipThrottle: boolean;
  throttle: boolean;
}

function metaOf(ev: Evaluator, prims: Primitive[]): RouteMeta {
  const meta: RouteMeta = { isPublic: false, roles: null, skipThrottle: false, throttle: false };
  const skips = new Map<string, boolean>();
  for (const p of prims) {
    if (PUBLIC_DECORATOR.test(p.name)) meta.isPublic = true;
    if (p.name === 'SetMetadata') {
      const key = metadataKey(ev, p);
      const val = p.args[1];
      if (PUBLIC_KEY.test(key) && !(val?.k === 'lit' && val.value === false)) meta.isPublic = true;
      if (ROLE_KEY.test(key) && !noRoles(p.args.slice(1))) meta.roles = [...(meta.roles ?? []), ...namesOf(p.args.slice(1))];
    } else if ((ROLE_DECORATOR.test(p.name) || (roleLikeName(p.name) && !/^Use|Guard$/.test(p.name))) && !noRoles(p.args)) {
      meta.roles = [...(meta.roles ?? []), ...namesOf(p.args)];
    }
    if (p.name === 'SkipThrottle') for (const [k, v] of Object.entries(skipMap(p.args[0]))) skips.set(k, v);
    if (p.name === 'Throttle') meta.throttle = true;
  }
  // the ThrottlerGuard skips a throttler when the handler's flag, else the class's, is true
  // (`getAllAndOverride`); `@Throttle()` sets limits only and re-enables nothing
  const flags = [...skips.values()];
  meta.skipThrottle = flags.includes(true) && !flags.includes(false);
  return meta;
}

/**
 * `@SkipThrottle()` -> { default: true }; `@SkipThrottle({ default: false })` opts a handler back in
 * under a skipped class; the older boolean form `@SkipThrottle(false)` does the same.
 */
function skipMap(a: ValueRef | undefined): Record<string, boolean> {
  if (!a) return { default: true };
  if (a.k === 'lit') return { default: a.value !== false };
  if (a.k === 'object') {
    const out: Record<string, boolean> = {};
    for (const [k, v] of Object.entries(a.props)) out[k] = !(v.k === 'lit' && v.value === false);
    return out;
  }
  return { default: true };
}

function metadataKey(ev: Evaluator, p: Primitive): string {
  const k = p.args[0];
  if (!k) return '';
  if (k.k === 'lit') return String(k.value);
  const v = ev.eval(p.file, k);
  return v.t === 'lit' ? String(v.value) : refText(k);
}

/** Role names from decorator arguments: 'admin', Role.Admin, [Role.Owner, 'billing'] */
function namesOf(args: ValueRef[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a.k === 'lit' && typeof a.value === 'string') out.push(a.value);
    else if (a.k === 'member') out.push(a.prop);
    else if (a.k === 'array') out.push(...namesOf(a.items));
    else if (a.k === 'spread') out.push(...namesOf([a.arg]));
  }
  return out;
}

/**
 * An imported `@Body()` type that the module it comes from exports no value for: an interface or a type alias
 * (`export interface CreateNoteDto`), erased at run time, so the decorator metadata gives ValidationPipe `Object`.
 * (Only when that module is the project's own and re-exports nothing it could come from instead.)
 */
export function erasedImport(ev: Evaluator, file: string, name: string): boolean {
  const imp = ev.files.get(file)?.imports[name];
  if (!imp || imp.name === '*' || imp.name === 'default') return false;
  const r = ev.resolver.resolve(file, imp.source);
  if (r.kind !== 'file') return false;
  const target = ev.files.get(r.rel);
  return !!target && !target.exports[imp.name] && !target.exportAll.length && !target.exports['module.exports'];
}

function chainFor(ev: Evaluator, classifier: Classifier, setup: Setup, file: string, c: ClassFact, prims: Primitive[], loc: Loc, params: DecoratorFact[][], urlPath?: string, bodyUntyped = false): RawChainEntry[] {
  const meta = metaOf(ev, prims);
  const guards: { ref: ValueRef; file: string; at: Loc; scope: string }[] = [
    ...setup.guards.map((g) => ({ ref: g.ref, file: g.file, at: { file: g.file, ...g.pos }, scope: 'global' })),
    ...prims.filter((p) => p.name === 'UseGuards').flatMap((p) => p.args.map((a) => ({ ref: a, file: p.file, at: { file: p.file, ...p.pos }, scope: 'decorator' }))),
  ];
  const chain: RawChainEntry[] = [];
  let throttleSkipped = false;
  for (const g of guards) {
    const av = ev.eval(g.file, g.ref);
    const text = refText(g.ref);
    const cls = guardRoles(ev, classifier, av, text);
    let roles: ChainRole[] = [...cls.roles];
    let why = cls.why;
    // what this guard's Reflector sees: only the handler's or only the controller's decorators when it asks for one of them
    const targets = cls.metadataTargets;
    const seen = targets ? metaOf(ev, prims.filter((p) => !p.level || targets.includes(p.level))) : meta;
    if (cls.metadataDriven && seen.isPublic && roles.includes('auth')) {
      roles = roles.filter((r) => r !== 'auth' && r !== 'role');
      why = `skipped: the route is marked public (${why})`;
    }
    // a guard that acts only on routes marked with its metadata (`if (!this.reflector.get('deviceRoute', ctx.getHandler()))
    // return true` first) does nothing for a route without the mark: it authenticates none of them
    // (a roles guard's `if (!required) return true` is judged below, with the route's role metadata)
    if (cls.optIn && roles.includes('auth') && !roles.includes('role')) {
      const unmarked = optInUnmarked(ev, cls.optIn, targets ? prims.filter((p) => !p.level || targets.includes(p.level)) : prims);
      if (unmarked) {
        roles = [];
        why = `skipped: the guard acts only on routes marked with ${unmarked} (${why})`;
      }
    }
    // a guard that lets some paths through (`if (req.path.startsWith('/public')) return true`) guards none of them
    const canActivate = av.t === 'class' && av.methods.canActivate !== undefined ? { t: 'fn' as const, file: av.file, id: av.methods.canActivate } : null;
    if (roles.includes('auth') && urlPath && canActivate && bypasses(ev, canActivate, urlPath)) {
      roles = roles.filter((r) => r !== 'auth' && r !== 'role');
      why = `skipped: the guard lets ${urlPath} through by path (${why})`;
    }
    if (roles.includes('role') && cls.metadataDriven && seen.roles === null) {
      // a Reflector-driven roles guard lets routes without role metadata through
      roles = roles.filter((r) => r !== 'role');
      // (nor does it authenticate them when its only test of the caller is of the user another guard put there: the
      // RolesGuard pattern, `if (!required) return true` before `if (!user || !required.includes(user.role)) throw`)
      if (!cls.authOnItsOwn || cls.userOnly) roles = roles.filter((r) => r !== 'auth');
      why = `${why}; no role metadata on this route`;
    }
    if (roles.includes('rate-limit') && meta.skipThrottle) {
      roles = roles.filter((r) => r !== 'rate-limit');
      why = `skipped: @SkipThrottle() applies to this route (${why})`;
      throttleSkipped = true;
    }
    chain.push({ av, text: g.scope === 'global' ? `${text} (global guard)` : text, registeredAt: g.at, file: g.file, roles, why, roleNames: roles.includes('role') ? seen.roles ?? [] : [] });
  }
  // type-graphql `@Authorized()` / `@Authorized('ADMIN')`: the schema's authChecker runs for the field
  for (const p of prims.filter((x) => x.name === 'Authorized' && /^type-graphql$/.test(ev.files.get(x.file)?.imports.Authorized?.source ?? ''))) {
    const roleNames = p.args.flatMap((a) => (a.k === 'array' ? a.items : [a])).map((a) => (a.k === 'lit' && typeof a.value === 'string' ? a.value : refText(a)));
    chain.push({
      av: { t: 'unknown', text: 'Authorized' }, text: p.text || '@Authorized()', registeredAt: { file: p.file, ...p.pos }, file: p.file,
      roles: roleNames.length ? ['auth', 'role'] : ['auth'], roleNames, why: 'type-graphql @Authorized (the schema\'s authChecker)',
    });
  }
  // type-graphql `@UseMiddleware(RateLimit(5, 900), LogTiming)`: functions (or classes with `use()`) run around the resolver
  const useFn = (av: AV): AV => (av.t === 'class' && av.methods.use !== undefined ? { t: 'fn' as const, file: av.file, id: av.methods.use } : av);
  for (const p of prims.filter((x) => x.name === 'UseMiddleware' && /^type-graphql$/.test(ev.files.get(x.file)?.imports.UseMiddleware?.source ?? ''))) for (const a of p.args) {
    chain.push({ av: useFn(ev.eval(p.file, a)), text: refText(a), registeredAt: { file: p.file, ...p.pos }, file: p.file });
  }
  // interceptors run before the handler too (FileInterceptor marks an upload route); a class's `intercept()` is
  // what runs (a request logger there sees every route's request: global ones first, then the controller's and the method's)
  // (one that hands routes without its metadata straight on, `if (feature === undefined) return next.handle()`, does
  // nothing for them: what it reads or rejects afterwards is not part of such a route)
  const intercept = (av: AV): AV => {
    if (av.t !== 'class' || av.methods.intercept === undefined) return av;
    const fact = ev.files.get(av.file)?.classes?.find((k) => k.name === av.name);
    if (fact?.optInMetadata) {
      const targets = fact.metadataTargets;
      const unmarked = optInUnmarked(ev, { ref: fact.optInMetadata, file: av.file }, targets ? prims.filter((p) => !p.level || targets.includes(p.level)) : prims);
      if (unmarked) return { t: 'unknown', text: `${av.name} (acts only on routes marked with ${unmarked})` };
    }
    return { t: 'fn' as const, file: av.file, id: av.methods.intercept };
  };
  for (const g of setup.interceptors) {
    chain.push({ av: intercept(ev.eval(g.file, g.ref)), text: `${refText(g.ref)} (global interceptor)`, registeredAt: { file: g.file, ...g.pos }, file: g.file, roles: [], why: 'interceptor' });
  }
  for (const p of prims.filter((x) => x.name === 'UseInterceptors')) for (const a of p.args) {
    chain.push({ av: intercept(ev.eval(p.file, a)), text: refText(a), registeredAt: { file: p.file, ...p.pos }, file: p.file, roles: [], why: 'interceptor' });
  }
  // `@Throttle()` only sets limits that a ThrottlerGuard reads: without one (global, on the controller
  // or the method) nothing counts the requests; the entry stays as evidence of what was meant
  if (meta.throttle && !chain.some((e) => e.roles?.includes('rate-limit'))) {
    const why = throttleSkipped ? '@Throttle() sets a limit, but @SkipThrottle() still makes the ThrottlerGuard skip this route (opt back in with @SkipThrottle({ default: false }))' : '@Throttle() without a ThrottlerGuard: no limit is enforced';
    chain.push({ av: { t: 'unknown', text: 'Throttle' }, text: '@Throttle()', registeredAt: loc, file, roles: [], why });
  }
  // Nest's parse pipes on named body fields (`@Body('targetId', ParseUUIDPipe) targetId: string`, `@Body('qty', new ParseIntPipe())`)
  // check what the method takes of the body, when every @Body() parameter is such a field
  const bodyParams = params.filter((ds) => ds.some((d) => d.name === 'Body'));
  const parsedFields = bodyParams.length > 0 && bodyParams.every((ds) => ds.some((d) => d.name === 'Body' && d.args.length > 1 &&
    d.args.slice(1).some((a) => /^(?:new )?Parse(?:UUID|Int|Float|Bool|Enum|Date)Pipe\b/.test(refText(a)))));
  const pipes = prims.some((p) => p.name === 'UsePipes' && p.args.some((a) => /Validation|Zod|Valibot|Joi|Yup|Schema/i.test(refText(a)))) ||
    params.some((ds) => ds.some((d) => d.args.some((a) => /Validation|Zod|Valibot|Joi|Yup|Schema/i.test(refText(a))))) || parsedFields;
  // a global ValidationPipe checks DTO classes only: `@Body() body: any` or `{ email: string }` passes through as sent,
  // and so does the file of a method that takes one and no body (`@UploadedFile() file`: its rows are read by the handler)
  const fileOnly = params.some((ds) => ds.some((d) => /^UploadedFiles?$/.test(d.name))) && !params.some((ds) => ds.some((d) => d.name === 'Body'));
  // ...and a method that takes the raw request and no `@Body()` (`@Req() req`, then `req.body as Patch`): pipes run on
  // decorated arguments, never on the request object
  const rawRequestOnly = params.some((ds) => ds.some((d) => /^(?:Req|Request)$/.test(d.name))) && !params.some((ds) => ds.some((d) => d.name === 'Body'));
  if ((setup.validation && !bodyUntyped && !fileOnly && !rawRequestOnly) || pipes) chain.push({ av: { t: 'unknown', text: 'ValidationPipe' }, text: pipes ? 'validation pipe' : 'ValidationPipe (global)', registeredAt: loc, file, roles: ['validation'], why: 'ValidationPipe' });
  void c;
  return chain;
}

/**
 * For a guard or interceptor that acts only on routes carrying its metadata key: the key, when this route's decorators
 * do not set it (`SetMetadata('deviceRoute', true)`, or the decorator `Reflector.createDecorator()` made, used by its
 * name); null when they do, or when the key is not known.
 */
function optInUnmarked(ev: Evaluator, optIn: { ref: ValueRef; file: string }, marks: Primitive[]): string | null {
  const key = ev.eval(optIn.file, optIn.ref);
  if (key.t === 'lit' && typeof key.value === 'string') {
    return marks.some((p) => p.name === 'SetMetadata' && metadataKey(ev, p) === key.value) ? null : `'${key.value}' metadata`;
  }
  const name = optIn.ref.k === 'ref' || optIn.ref.k === 'import' ? (optIn.ref.k === 'import' ? optIn.ref.name : optIn.ref.name) : '';
  const made = key.t === 'extcall' && key.module === '@nestjs/core' && key.path.includes('createDecorator');
  if (!name || name === 'default' || name === '*' || !made) return null;
  return marks.some((p) => p.name === name) ? null : `@${name}()`;
}

interface GuardClass {
  roles: ChainRole[];
  why: string;
  metadataDriven: boolean;
  /** rejects requests without a user even when no role metadata is present */
  authOnItsOwn: boolean;
  /** whose route metadata its Reflector reads, when only the handler's or only the controller's (ClassFact.metadataTargets) */
  metadataTargets?: ('handler' | 'class')[];
  /**
   * its own test of the caller is only of the user another guard put on the request (`if (!user || !roles.includes(user.role))`),
   * no credential read or verified: a Reflector-driven roles guard that answers `true` first when the route names no roles
   */
  userOnly?: boolean;
  /** the metadata key its canActivate requires first, answering true without it (ClassFact.optInMetadata) */
  optIn?: { ref: ValueRef; file: string };
}

function guardRoles(ev: Evaluator, classifier: Classifier, av: AV, text: string, depth = 0): GuardClass {
  const none: GuardClass = { roles: [], why: '', metadataDriven: false, authOnItsOwn: false };
  if (depth > 4) return none;
  if (av.t === 'ext' || av.t === 'extcall') {
    const p = av.path.filter((x) => x !== '()').join('.');
    if (/^@nestjs\/passport$/.test(av.module) && /AuthGuard/.test(p)) return { roles: ['auth'], why: `@nestjs/passport ${text}`, metadataDriven: false, authOnItsOwn: true };
    if (/^@nestjs\/throttler$/.test(av.module)) return { roles: ['rate-limit'], why: '@nestjs/throttler', metadataDriven: true, authOnItsOwn: false };
    const c = classifier.classify(av, text);
    return { roles: c.roles, why: c.why, metadataDriven: false, authOnItsOwn: c.roles.includes('auth') };
  }
  if (av.t !== 'class') {
    const c = classifier.byName(text);
    return { roles: c.roles, why: c.why, metadataDriven: false, authOnItsOwn: c.roles.includes('auth') };
  }
  const fact = ev.files.get(av.file)?.classes?.find((k) => k.name === av.name);
  const roles = new Set<ChainRole>();
  const whys: string[] = [];
  let authOnItsOwn = false;
  let superAuth = false;
  let userOnly = false;
  if (fact?.superClass) {
    const sup = guardRoles(ev, classifier, ev.eval(av.file, fact.superClass), refText(fact.superClass), depth + 1);
    sup.roles.forEach((r) => roles.add(r));
    if (sup.why) whys.push(`extends ${sup.why}`);
    authOnItsOwn = sup.authOnItsOwn;
    superAuth = sup.authOnItsOwn;
  }
  // an AuthGuard whose `handleRequest` hands back whatever it got without refusing (`return user ?? null`):
  // Passport's failure no longer ends the request, and anonymous callers pass (an "optional JWT" guard)
  const handleRequest = av.methods.handleRequest;
  if (handleRequest !== undefined && roles.has('auth') && !roles.has('role')) {
    const hs = ev.summary(av.file, handleRequest);
    if (hs && !hs.rejects) {
      roles.delete('auth');
      authOnItsOwn = false;
      whys.push('handleRequest lets requests without a user through');
    }
  }
  const canActivate = av.methods.canActivate;
  if (canActivate !== undefined) {
    const fc = classifier.classifyFunction(av.file, canActivate);
    const s = ev.summary(av.file, canActivate);
    fc.roles.forEach((r) => roles.add(r));
    if (fc.why) whys.push(fc.why);
    // a guard returning false is a 403: reading a credential or verifying a token is enough
    if (s && (s.readsCredential.length || s.sessionGetters.length || s.sessionCheck)) {
      roles.add('auth');
      authOnItsOwn = true;
      whys.push(`canActivate reads ${s.readsCredential[0] ?? s.sessionGetters[0] ?? 'the session'}`);
      if (!s.readsCredential.length && !superAuth) userOnly = true;
    }
    if (s?.roleChecks.length) roles.add('role');
    // a guard answering a role test (`return user.isAdmin`, `return req.user.role === 'admin'`): false is a 403
    if (s?.returnsRole) roles.add('role');
  }
  const byName = classifier.byName(av.name);
  if (!roles.size) {
    byName.roles.forEach((r) => roles.add(r));
    if (byName.why) whys.push(byName.why);
    authOnItsOwn = byName.roles.includes('auth') && !byName.roles.includes('role');
  } else if (byName.roles.includes('role')) roles.add('role');
  if (roles.has('role')) roles.add('auth');
  return { roles: [...roles], why: whys.join('; ') || av.name, metadataDriven: !!fact?.readsMetadata, authOnItsOwn, ...(userOnly ? { userOnly } : {}), ...(fact?.metadataTargets ? { metadataTargets: fact.metadataTargets } : {}),
    ...(fact?.optInMetadata ? { optIn: { ref: fact.optInMetadata, file: av.file } } : {}) };
}

/** `consumer.apply(AuthMiddleware).exclude(...).forRoutes(...)`: middleware that runs before this route. */
function middlewareFor(ev: Evaluator, setup: Setup, route: { file: string; cls: string; path: string; method: string }): RawChainEntry[] {
  const out: RawChainEntry[] = [];
  const matches = (t: ValueRef, file: string): boolean => {
    const av = t.k === 'lit' || t.k === 'object' ? null : ev.eval(file, t);
    if (av && av.t === 'class') return av.file === route.file && av.name === route.cls;
    // `forRoutes(...authenticatedControllers)`: a list of controllers (or paths) kept in a variable
    if (av && av.t === 'array') return av.items.some((i) => (i.t === 'class' ? i.file === route.file && i.name === route.cls : i.t === 'lit' && typeof i.value === 'string' && matches({ k: 'lit', value: i.value }, file)));
    let p: string | undefined;
    let method = 'ALL';
    if (t.k === 'lit') p = stringArg(t);
    else if (t.k === 'object') {
      p = stringArg(t.props.path);
      const m = t.props.method;
      if (m && m.k === 'member') method = m.prop.toUpperCase();
    }
    if (p === undefined) return false;
    const target = joinPath('/', p);
    const path = joinPath('/', route.path);
    if (method !== 'ALL' && method !== route.method) return false;
    if (target === '/*' || target === '/(.*)' || target === '*') return true;
    const re = new RegExp('^' + target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\\\(\\\.\\\*\\\)|\*/g, '.*').replace(/:\w+/g, '[^/]+') + (method === 'ALL' ? '(?:/.*)?$' : '$'));
    return re.test(path) || re.test(path.replace(/:\w+/g, 'x'));
  };
  for (const mw of setup.middleware) {
    if (!mw.targets.some((t) => matches(t, mw.file)) || mw.exclude.some((t) => matches(t, mw.file))) continue;
    // `apply(...commonMiddleware)`: each middleware of the list
    const items = mw.items.flatMap((item): { text: string; av: AV }[] => {
      const av = ev.eval(mw.file, item);
      return item.k === 'spread' && av.t === 'array' ? av.items.map((i) => ({ text: i.t === 'class' ? i.name : refText(item), av: i })) : [{ text: refText(item), av }];
    });
    for (const { text, av: first } of items) {
      let av = first;
      // a NestMiddleware class: what its use() does
      if (av.t === 'class' && av.methods.use !== undefined) av = { t: 'fn', file: av.file, id: av.methods.use };
      out.push({ av, text, registeredAt: { file: mw.file, ...mw.pos }, file: mw.file });
    }
  }
  return out;
}
