/**
 * Decorator-routed controllers on Express / Koa that are not NestJS:
 * - routing-controllers: `@JsonController('/invoices')` / `@Controller()` classes with `@Get('/:id')`...
 *   methods; `@Authorized()` (the server's `authorizationChecker`; roles as its arguments),
 *   `@CurrentUser({ required: true })` (rejects without a user), `@UseBefore(...)` middleware on the
 *   class or the method, global `@Middleware({ type: 'before' })` classes named in `middlewares`, the
 *   `routePrefix` option, and class-validator on class-typed `@Body()` parameters (on unless
 *   `validation: false`).
 * - tsoa: `@Route('invoices')` classes with `@Get('{id}')`... methods; `@Security('jwt', ['admin'])`
 *   (the app's `expressAuthentication`; scopes are roles), `@NoSecurity()`, `@Middlewares(...)`; the
 *   generated routes validate typed parameters and bodies against their TypeScript types.
 */
import type { ClassFact, DecoratorFact, FileFacts, Loc, ValueRef } from '../types';
import type { AV, Evaluator } from '../model/values';
import { refText } from '../model/values';
import type { RawChainEntry, RawRoute } from '../model/rawRoute';
import { joinPath } from './routerOps';
import { isUnread } from '../facts/inert';
import { importsFrom } from './importScan';
import { erasedImport } from './nestjs';
import { lookupTable } from '../lookupTable';

const ROUTING_CONTROLLERS = /^routing-controllers$/;
const TSOA = /^tsoa$|^@tsoa\/runtime$/;
const VERBS: Record<string, string> = lookupTable({ Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD', All: 'ALL', Options: 'OPTIONS' });

interface Setup {
  prefix: string;
  validation: boolean;
  /** global `before` middleware classes, in the order they are named */
  before: RawChainEntry[];
}

/** Does this decorator come from the library (its local name imported from it)? */
function fromLib(f: FileFacts, d: DecoratorFact, lib: RegExp): boolean {
  const root = d.ref.k === 'member' ? d.ref.object : d.ref;
  if (root.k === 'import') return lib.test(root.source);
  const name = root.k === 'ref' ? root.name : d.name;
  const imp = f.imports[name];
  return !!imp && lib.test(imp.source);
}

function literal(v: ValueRef | undefined): string | undefined {
  return v?.k === 'lit' && typeof v.value === 'string' ? v.value : undefined;
}

function strings(args: ValueRef[]): string[] {
  return args.flatMap((a) => (a.k === 'array' ? a.items : [a])).map((a) => literal(a) ?? refText(a));
}

export function decoratorControllerRoutes(ev: Evaluator): RawRoute[] {
  const out: RawRoute[] = [];
  let setup: Setup | undefined;
  for (const [file, f] of ev.files) {
    // an inert file has no decorator (facts/inert.ts)
    if (f.kind !== 'code' || isUnread(f)) continue;
    const rc = importsFrom(f, ROUTING_CONTROLLERS);
    const tsoa = !rc && importsFrom(f, TSOA);
    if (!rc && !tsoa) continue;
    for (const c of f.classes ?? []) {
      if (rc) {
        const ctrl = c.decorators.find((d) => (d.name === 'JsonController' || d.name === 'Controller') && fromLib(f, d, ROUTING_CONTROLLERS));
        if (ctrl) out.push(...routingControllerRoutes(ev, file, f, c, ctrl, (setup ??= readSetup(ev))));
      } else {
        const route = c.decorators.find((d) => d.name === 'Route' && fromLib(f, d, TSOA));
        if (route) out.push(...tsoaRoutes(ev, file, f, c, route));
      }
    }
  }
  return out;
}

function routingControllerRoutes(ev: Evaluator, file: string, f: FileFacts, c: ClassFact, ctrl: DecoratorFact, setup: Setup): RawRoute[] {
  const out: RawRoute[] = [];
  const base = literal(ctrl.args[0]) ?? '';
  const classChain = decoratorChain(ev, file, f, c.decorators, ROUTING_CONTROLLERS);
  for (const m of c.methods) {
    const verb = m.decorators.find((d) => VERBS[d.name] && fromLib(f, d, ROUTING_CONTROLLERS));
    const generic = m.decorators.find((d) => d.name === 'Method' && fromLib(f, d, ROUTING_CONTROLLERS));
    const method = verb ? VERBS[verb.name] : literal(generic?.args[0])?.toUpperCase();
    const at = verb ?? generic;
    if (!method || !at) continue;
    const sub = literal(at.args[verb ? 0 : 1]) ?? '';
    const loc: Loc = { file, ...at.pos };
    const chain: RawChainEntry[] = [...setup.before, ...classChain, ...decoratorChain(ev, file, f, m.decorators, ROUTING_CONTROLLERS)];
    // `@CurrentUser({ required: true }) user: User`: the currentUserChecker's answer, or 401 without one
    m.params.forEach((ds) => {
      const cu = ds.find((d) => d.name === 'CurrentUser' && fromLib(f, d, ROUTING_CONTROLLERS));
      const opts = cu?.args[0];
      if (cu && opts?.k === 'object' && opts.props.required?.k === 'lit' && opts.props.required.value === true) {
        chain.push({ av: { t: 'unknown', text: 'CurrentUser' }, text: cu.text || '@CurrentUser({ required: true })', registeredAt: { file, ...cu.pos }, file, roles: ['auth'], why: 'routing-controllers @CurrentUser({ required: true }) rejects requests without a user' });
      }
    });
    // class-validator checks a class-typed @Body() unless validation is off (or the parameter opts out)
    const body = m.params.flatMap((ds) => ds.filter((d) => d.name === 'Body' && fromLib(f, d, ROUTING_CONTROLLERS)));
    const optedOut = body.some((d) => d.args[0]?.k === 'object' && d.args[0].props.validate?.k === 'lit' && d.args[0].props.validate.value === false);
    const optedIn = body.some((d) => d.args[0]?.k === 'object' && !!d.args[0].props.validate && !(d.args[0].props.validate.k === 'lit' && d.args[0].props.validate.value === false));
    // (an interface or type is erased at run time: class-validator sees a plain object)
    const erased = !!m.bodyUntyped || (!!m.bodyType && erasedImport(ev, file, m.bodyType));
    if (body.length && !erased && !optedOut && (setup.validation || optedIn)) {
      chain.push({ av: { t: 'unknown', text: 'class-validator' }, text: 'class-validator (@Body)', registeredAt: loc, file, roles: ['validation'], why: 'routing-controllers validates a class-typed @Body() with class-validator' });
    }
    out.push({
      framework: 'routing-controllers', method, path: joinPath('/', joinPath(setup.prefix, joinPath(base, sub))), loc,
      handler: { t: 'fn', file, id: m.fn }, handlerText: `${c.name}.${m.name}`, handlerFile: file, chain, mounts: [], mountKnown: true, style: 'express',
    });
  }
  return out;
}

/** `@Authorized(...)`, `@UseBefore(...)` (routing-controllers) and `@Security(...)`, `@Middlewares(...)` (tsoa), in order. */
function decoratorChain(ev: Evaluator, file: string, f: FileFacts, ds: DecoratorFact[], lib: RegExp): RawChainEntry[] {
  const out: RawChainEntry[] = [];
  const useFn = (av: AV): AV => (av.t === 'class' && av.methods.use !== undefined ? { t: 'fn', file: av.file, id: av.methods.use } : av);
  for (const d of ds) {
    if (!fromLib(f, d, lib)) continue;
    const at: Loc = { file, ...d.pos };
    if (d.name === 'Authorized') {
      const roleNames = strings(d.args);
      out.push({ av: { t: 'unknown', text: 'Authorized' }, text: d.text || '@Authorized()', registeredAt: at, file, roles: roleNames.length ? ['auth', 'role'] : ['auth'], roleNames, why: 'routing-controllers @Authorized (the authorizationChecker)' });
    } else if (d.name === 'Security') {
      // `@Security('jwt', ['admin'])`, `@Security({ jwt: ['admin'], api_key: [] })`: scopes are what the authentication function checks
      const first = d.args[0];
      const scopes = first?.k === 'object' ? Object.values(first.props).flatMap((v) => strings([v])) : strings(d.args.slice(1));
      out.push({ av: { t: 'unknown', text: 'Security' }, text: d.text || '@Security()', registeredAt: at, file, roles: scopes.length ? ['auth', 'role'] : ['auth'], roleNames: scopes, why: 'tsoa @Security (the app\'s authentication function)' });
    } else if (d.name === 'UseBefore' || d.name === 'Middlewares') {
      for (const a of d.args.flatMap((x) => (x.k === 'array' ? x.items : [x]))) out.push({ av: useFn(ev.eval(file, a)), text: refText(a), registeredAt: at, file });
    }
  }
  return out;
}

/** The `basePath` of the tsoa.json nearest above the controller (tsoa serves its routes under it). */
function tsoaBasePath(ev: Evaluator, file: string): string {
  let best: { dir: string; base: string } | undefined;
  for (const [rel, f] of ev.files) {
    if (f.kind !== 'json' || !/(?:^|\/)tsoa\.json$/.test(rel)) continue;
    const dir = rel.slice(0, rel.lastIndexOf('/') + 1);
    if (file.startsWith(dir) && (!best || dir.length > best.dir.length)) best = { dir, base: ev.files.get(rel)?.tsoaBasePath ?? '' };
  }
  return best?.base ?? '';
}

function tsoaRoutes(ev: Evaluator, file: string, f: FileFacts, c: ClassFact, route: DecoratorFact): RawRoute[] {
  const out: RawRoute[] = [];
  const base = joinPath(tsoaBasePath(ev, file), literal(route.args[0]) ?? '');
  const classChain = decoratorChain(ev, file, f, c.decorators, TSOA);
  for (const m of c.methods) {
    const verb = m.decorators.find((d) => VERBS[d.name] && fromLib(f, d, TSOA));
    if (!verb) continue;
    const sub = literal(verb.args[0]) ?? '';
    const loc: Loc = { file, ...verb.pos };
    const noSecurity = m.decorators.find((d) => d.name === 'NoSecurity' && fromLib(f, d, TSOA));
    const own = decoratorChain(ev, file, f, m.decorators, TSOA);
    // a method's @Security replaces the class's; @NoSecurity() drops it
    const security = (e: RawChainEntry) => e.text.startsWith('@Security') || e.av.t === 'unknown' && e.av.text === 'Security';
    const chain = [...classChain.filter((e) => !security(e) || (!noSecurity && !own.some(security))), ...own];
    // the generated routes check typed parameters and the body against their types before the method runs
    const body = m.params.some((ds) => ds.some((d) => (d.name === 'Body' || d.name === 'BodyProp') && fromLib(f, d, TSOA)));
    if (body && !m.bodyAny) chain.push({ av: { t: 'unknown', text: 'tsoa validation' }, text: 'tsoa validation (typed @Body)', registeredAt: loc, file, roles: ['validation'], why: 'tsoa validates the body against its TypeScript type' });
    const path = joinPath('/', joinPath(base, sub)).replace(/\{([A-Za-z_$][\w$]*)\}/g, ':$1');
    out.push({
      framework: 'tsoa', method: VERBS[verb.name], path, loc, handler: { t: 'fn', file, id: m.fn }, handlerText: `${c.name}.${m.name}`, handlerFile: file,
      chain, mounts: [], mountKnown: true, style: 'express', ...(noSecurity ? { publicReason: 'marked public (@NoSecurity())' } : {}),
    });
  }
  return out;
}

/** `createExpressServer({ routePrefix, validation, middlewares })` / `useExpressServer(app, {...})` (or the Koa ones). */
function readSetup(ev: Evaluator): Setup {
  const setup: Setup = { prefix: '', validation: true, before: [] };
  for (const [file, f] of ev.files) {
    if (f.kind !== 'code' || isUnread(f) || !importsFrom(f, ROUTING_CONTROLLERS)) continue;
    for (const fn of f.functions) for (const call of fn.calls) {
      const callee = call.callee;
      if (callee.k !== 'import' || !ROUTING_CONTROLLERS.test(callee.source) || !/^(?:create|use)(?:Express|Koa)Server$/.test(callee.name)) continue;
      // the options come last: `createExpressServer(options)`, `useExpressServer(app, options)`
      let opts: ValueRef | undefined = call.argRefs[call.argRefs.length - 1];
      if (opts?.k === 'ref') opts = f.bindings[opts.name];
      if (opts?.k !== 'object') continue;
      const prefix = literal(opts.props.routePrefix);
      if (prefix !== undefined) setup.prefix = prefix;
      const v = opts.props.validation;
      if (v?.k === 'lit' && v.value === false) setup.validation = false;
      const mws = opts.props.middlewares;
      for (const item of mws?.k === 'array' ? mws.items : []) {
        const av = ev.eval(file, item);
        if (av.t !== 'class' || av.methods.use === undefined) continue;
        // only `@Middleware({ type: 'before' })` runs ahead of the controllers
        const cls = ev.files.get(av.file)?.classes?.find((k) => k.name === av.name);
        const deco = cls?.decorators.find((d) => d.name === 'Middleware');
        const type = deco?.args[0]?.k === 'object' ? literal(deco.args[0].props.type) : undefined;
        if (type !== 'before') continue;
        setup.before.push({ av: { t: 'fn', file: av.file, id: av.methods.use }, text: `${refText(item)} (global middleware)`, registeredAt: { file, ...call.pos }, file });
      }
    }
  }
  return setup;
}
