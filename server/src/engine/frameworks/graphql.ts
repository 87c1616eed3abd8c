/**
 * GraphQL servers built from a resolver map: Apollo Server (`new ApolloServer({ typeDefs, resolvers })`),
 * GraphQL Yoga (`createYoga({ schema: createSchema({ typeDefs, resolvers }) })`), graphql-tools
 * (`makeExecutableSchema`) and Mercurius (`app.register(mercurius, { schema, resolvers })`).
 *
 * Each field of `Query`, `Mutation` and `Subscription` is an operation any client can call through
 * the one GraphQL endpoint: a route `QUERY ticket`, `MUTATION closeTicket` (NestJS's code-first
 * resolvers are named the same way). A resolver is `(parent, args, context, info)`: `args` is the
 * client's input (typed and checked against the schema), `context` carries the caller's identity.
 * The chain is the middleware the endpoint is mounted behind (`app.use('/graphql', auth,
 * expressMiddleware(server, { context }))`) and the `context` function: it authenticates when it
 * rejects anonymous requests, otherwise each resolver checks `context.user` itself.
 */
import type { ValueRef, Loc, FileFacts } from '../types';
import type { Evaluator } from '../model/values';
import { refText } from '../model/values';
import { isUnread } from '../facts/inert';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { defOf, type At } from './trpc';
import { importsFrom } from './importScan';
import * as path from 'path';
import picomatch from 'picomatch';
import { lookupTable } from '../lookupTable';

const GRAPHQL_MODULE = /^(?:@apollo\/server|apollo-server(?:-[\w-]+)?|graphql-yoga|@graphql-yoga\/[\w-]+|@graphql-tools\/schema|graphql-tools|mercurius|graphql-http|express-graphql|graphql-shield)(?:\/|$)/;
const OPERATIONS: Record<string, string> = lookupTable({ Query: 'QUERY', Mutation: 'MUTATION', Subscription: 'SUBSCRIPTION' });
/** what builds a schema or server from `{ typeDefs, resolvers }` */
const SCHEMA_BUILDERS = /^(?:ApolloServer|createSchema|makeExecutableSchema|createYoga|ApolloServerExpress|GraphQLServer)$/;
/** what mounts a server on an HTTP framework, with the request's context */
const MOUNTS = /^(?:expressMiddleware|startStandaloneServer|koaMiddleware|fastifyApolloHandler|startServerAndCreateNextHandler|createHandler|graphqlHTTP)$/;

interface Schema {
  resolvers: At;
  context: At | null;
  chain: RawChainEntry[];
}

export function graphqlRoutes(ev: Evaluator): RawRoute[] {
  const files = [...ev.files].filter(([, f]) => f.kind === 'code' && !isUnread(f) && importsFrom(f, GRAPHQL_MODULE));
  if (!files.length) return [];
  const schemas = new Map<string, Schema>();
  const contexts: { server: string; context: At | null; chain: RawChainEntry[] }[] = [];
  const seen = new Set<ValueRef>();
  /** a server built on a schema made elsewhere (`new ApolloServer({ schema })`): server -> schema */
  const aliases = new Map<string, string>();
  const visit = (file: string, v: ValueRef | undefined, depth: number, chain: RawChainEntry[]) => {
    if (!v || depth > 6 || seen.has(v)) return;
    seen.add(v);
    if (v.k === 'call' || v.k === 'new') {
      const callee = ev.eval(file, v.callee);
      const name = callee.t === 'ext' ? callee.path.filter((x) => x !== '()').pop() ?? '' : '';
      if (callee.t === 'ext' && GRAPHQL_MODULE.test(callee.module)) {
        const opts = v.args[0] ? defOf(ev, { file, v: v.args[0] }) : null;
        const props = opts?.v.k === 'object' ? opts.v.props : null;
        if (SCHEMA_BUILDERS.test(name) && props) {
          const key = 'pos' in v ? `${file}:${v.pos.line}:${v.pos.column}` : `${file}:${refText(v)}`;
          const own = props.context ? { file: opts!.file, v: props.context } : null;
          if (props.resolvers) schemas.set(key, { resolvers: { file: opts!.file, v: props.resolvers }, context: own, chain });
          // `createYoga({ schema: createSchema({ typeDefs, resolvers }), context })`: the schema's server is this one
          if (props.schema) {
            // (through wrappers: `applyMiddleware(makeExecutableSchema({...}), permissions)`)
            let sch = defOf(ev, { file: opts!.file, v: props.schema });
            for (let i = 0; i < 3 && sch.v.k === 'call' && !isBuilder(ev, sch) && sch.v.args[0]; i++) sch = defOf(ev, { file: sch.file, v: sch.v.args[0] });
            visit(sch.file, sch.v, depth + 1, chain);
            const inner = sch.v.k === 'call' || sch.v.k === 'new' ? `${sch.file}:${sch.v.pos.line}:${sch.v.pos.column}` : '';
            if (inner) {
              contexts.push({ server: inner, context: own, chain });
              aliases.set(key, inner);
            }
          }
        } else if (MOUNTS.test(name) && v.args[0]) {
          // `expressMiddleware(server, { context })`: the context of that server's requests
          const server = defOf(ev, { file, v: v.args[0] });
          const o = v.args[1] ? defOf(ev, { file, v: v.args[1] }) : null;
          const ctx = o?.v.k === 'object' && o.v.props.context ? { file: o.file, v: o.v.props.context } : null;
          if (server.v.k === 'call' || server.v.k === 'new') {
            contexts.push({ server: `${server.file}:${server.v.pos.line}:${server.v.pos.column}`, context: ctx, chain });
            visit(server.file, server.v, depth + 1, []);
          }
        }
      }
      for (const a of v.args) visit(file, a, depth + 1, chain);
      return;
    }
    if (v.k === 'ref') {
      const b = ev.files.get(file)?.bindings[v.name];
      if (b) visit(file, b, depth + 1, chain);
    }
    // `const { url } = await startStandaloneServer(server, { context })`
    if (v.k === 'member') visit(file, v.object, depth + 1, chain);
  };
  for (const [file, f] of files) {
    for (const b of Object.values(f.bindings)) visit(file, b, 0, []);
    // `await startStandaloneServer(server, { context })` as a statement
    for (const c of f.functions[0]?.calls ?? []) if (c.argRefs.length && c.callee.k === 'import') visit(file, { k: 'call', callee: c.callee, args: c.argRefs, pos: c.pos, text: '' }, 0, []);
    for (const rc of f.routerCalls) {
      // `app.use('/graphql', cors(), requireAuth, expressMiddleware(server, { context }))`: what runs before it
      // `app.register(mercurius, { schema, resolvers, context })`
      if (rc.method === 'register' && rc.args[0] && rc.args[1]) {
        const plugin = ev.eval(file, rc.args[0]);
        const opts = defOf(ev, { file, v: rc.args[1] });
        if (plugin.t === 'ext' && /^mercurius(?:\/|$)/.test(plugin.module) && opts.v.k === 'object' && opts.v.props.resolvers) {
          const ctx = opts.v.props.context ? { file: opts.file, v: opts.v.props.context } : null;
          schemas.set(`${file}:${rc.pos.line}:${rc.pos.column}`, { resolvers: { file: opts.file, v: opts.v.props.resolvers }, context: ctx, chain: [] });
        }
        continue;
      }
      const before: RawChainEntry[] = [];
      for (const a of rc.args) {
        if (a.k === 'lit' || a.k === 'concat') continue;
        if (a.k === 'call') {
          const c = ev.eval(file, a.callee);
          if (c.t === 'ext' && GRAPHQL_MODULE.test(c.module)) {
            visit(file, a, 1, [...before]);
            break;
          }
        }
        before.push({ av: ev.eval(file, a), text: refText(a), registeredAt: { file, ...rc.pos }, file });
      }
    }
  }
  const shields = findShields(ev, files);
  const freeForm = jsonArgumentFields(ev);
  const out: RawRoute[] = [];
  for (const [key, s] of schemas) {
    const mounted = contexts.filter((c) => c.server === key || aliases.get(c.server) === key);
    const context = s.context ?? mounted.find((c) => c.context)?.context ?? null;
    const chain = [...s.chain, ...(mounted.find((c) => c.chain.length)?.chain ?? [])];
    const ctxEntry: RawChainEntry[] = [];
    if (context) {
      const d = defOf(ev, context);
      const av = ev.eval(d.file, d.v);
      const pos = av.t === 'fn' ? ev.summary(av.file, av.id)?.pos : undefined;
      // (a context function is no middleware: it authenticates only when it throws for anonymous requests)
      const rejects = contextRejects(ev, av);
      ctxEntry.push({
        av, text: 'context', servesNoData: true, registeredAt: { file: d.file, ...(pos ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }) }, file: d.file,
        roles: rejects ? ['auth'] : [], why: rejects ? 'the GraphQL context rejects requests without a user' : 'the GraphQL context loads the caller; resolvers must check it',
      });
    }
    for (const map of resolverMaps(ev, s.resolvers, 0)) {
      for (const [type, method] of Object.entries(OPERATIONS)) {
        const fields = map.v.k === 'object' ? map.v.props[type] : undefined;
        if (!fields) continue;
        for (const [name, fv] of fieldsOf(ev, { file: map.file, v: fields }, 0)) {
          const h = defOf(ev, fv);
          // `{ subscribe, resolve }` for subscriptions; a field given as an object with `resolve`
          const fnRef = h.v.k === 'object' ? h.v.props.resolve ?? h.v.props.subscribe : h.v;
          if (!fnRef) continue;
          const handler = ev.eval(h.file, fnRef);
          const inner = handler.t === 'wrapped' ? handler.inner : handler;
          const pos = inner.t === 'fn' ? ev.summary(inner.file, inner.id)?.pos : undefined;
          if (!pos || inner.t !== 'fn') continue;
          const loc: Loc = { file: inner.file, ...pos };
          // graphql-shield: the rule the permissions tree gives this field (one shield per app, as applyMiddleware takes it)
          const shieldEntries: RawChainEntry[] = shields.length === 1 ? shieldFor(ev, shields[0], type, name, loc) : [];
          out.push({
            framework: 'graphql', method, path: name, loc, handler, handlerText: `${type}.${name}`, handlerFile: inner.file,
            chain: [...chain, ...ctxEntry, ...shieldEntries, freeForm.has(`${type}.${name}`)
              ? { av: { t: 'unknown', text: 'schema' }, text: 'GraphQL schema types (JSON argument)', registeredAt: loc, file: inner.file, roles: [], why: 'an argument of a JSON scalar type is not checked by the schema' }
              : { av: { t: 'unknown', text: 'schema' }, text: 'GraphQL schema types', registeredAt: loc, file: inner.file, roles: ['validation'], why: 'arguments typed by the GraphQL schema' }],
            mounts: [], mountKnown: true, style: 'graphql',
          });
        }
      }
    }
  }
  return out;
}

/**
 * `Type.field` of the schema's operations that take an argument of a free-form JSON scalar
 * (`scalar JSON`, `JSONObject`: `updateSettings(settings: JSON!)`): the schema checks nothing of it,
 * so it must be validated in the resolver. Read from the SDL strings of the project (`gql` templates too).
 */
function jsonArgumentFields(ev: Evaluator): Set<string> {
  const out = new Set<string>();
  for (const [, f] of ev.files) {
    if (f.kind !== 'code' || isUnread(f)) continue;
    for (const v of Object.values(f.bindings)) {
      if (v.k !== 'lit' || typeof v.value !== 'string' || !/\btype\s+(?:Query|Mutation)\b/.test(v.value)) continue;
      const sdl = v.value.replace(/"""[\s\S]*?"""/g, '').replace(/#[^\n]*/g, '');
      const scalars = new Set([...sdl.matchAll(/\bscalar\s+(\w+)/g)].map((m) => m[1]).filter((n) => /json|^any$|^object$|^map$/i.test(n)));
      if (!scalars.size) scalars.add('JSON').add('JSONObject');
      for (const block of sdl.matchAll(/\b(?:extend\s+)?type\s+(Query|Mutation)\s*(?:@\w+\s*)*\{([^}]*)\}/g)) {
        for (const field of block[2].matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
          const types = [...field[2].matchAll(/:\s*\[?\s*(\w+)/g)].map((m) => m[1]);
          if (types.some((t) => scalars.has(t))) out.add(`${block[1]}.${field[1]}`);
        }
      }
    }
  }
  return out;
}

interface Shield {
  rules: At;
  fallback: At | null;
}

/** `shield({ Query: {...}, Mutation: {...} }, { fallbackRule })` calls of graphql-shield */
function findShields(ev: Evaluator, files: [string, FileFacts][]): Shield[] {
  const out: Shield[] = [];
  for (const [file, f] of files) {
    if (!Object.values(f.imports).some((i) => i.source === 'graphql-shield')) continue;
    for (const v of Object.values(f.bindings)) {
      if (v.k !== 'call' || !v.args[0]) continue;
      const c = ev.eval(file, v.callee);
      if (c.t !== 'ext' || c.module !== 'graphql-shield' || c.path.filter((x) => x !== '()').pop() !== 'shield') continue;
      const opts = v.args[1] ? defOf(ev, { file, v: v.args[1] }) : null;
      const fb = opts?.v.k === 'object' ? opts.v.props.fallbackRule : undefined;
      out.push({ rules: { file, v: v.args[0] }, fallback: fb ? { file: opts!.file, v: fb } : null });
    }
  }
  return out;
}

/** The chain entry of the shield rule for `Type.field` (the field's rule, the type's `'*'`, a rule for the whole type, the fallback). */
function shieldFor(ev: Evaluator, s: Shield, type: string, field: string, loc: Loc): RawChainEntry[] {
  const tree = defOf(ev, s.rules);
  const t = tree.v.k === 'object' && tree.v.props[type] ? defOf(ev, { file: tree.file, v: tree.v.props[type] }) : null;
  let rule: At | null = null;
  if (t && t.v.k === 'object') {
    const r = t.v.props[field] ?? t.v.props['*'];
    if (r) rule = { file: t.file, v: r };
  } else if (t) rule = t;
  rule = rule ?? s.fallback;
  if (!rule) return [];
  const verdict = ruleVerdict(ev, rule, 0);
  const text = refText(rule.v);
  return [{ av: { t: 'unknown', text }, text: `shield ${text}`, registeredAt: loc, file: loc.file, roles: verdict.roles, roleNames: verdict.roleNames, why: 'graphql-shield rule' }];
}

type Verdict = { roles: ('auth' | 'role')[]; roleNames: string[] };

/** What a shield rule asks of the caller: `allow` nothing, `deny` everything, `rule()(fn)` what fn tests, `and`/`or`/`chain` combined. */
function ruleVerdict(ev: Evaluator, at: At, depth: number): Verdict {
  const none: Verdict = { roles: [], roleNames: [] };
  if (depth > 6) return none;
  const d = defOf(ev, at);
  const v = d.v;
  const ext = (x: ValueRef) => {
    const e = ev.eval(d.file, x);
    return e.t === 'ext' && e.module === 'graphql-shield' ? e.path.filter((p) => p !== '()').pop() ?? '' : '';
  };
  if (v.k === 'import' || v.k === 'ref' || v.k === 'member') {
    const name = ext(v);
    if (name === 'deny') return { roles: ['auth'], roleNames: [] };
    return none;
  }
  if (v.k !== 'call') return none;
  const combinator = ext(v.callee);
  if (combinator === 'and' || combinator === 'chain') {
    const parts = v.args.map((a) => ruleVerdict(ev, { file: d.file, v: a }, depth + 1));
    return { roles: [...new Set(parts.flatMap((p) => p.roles))], roleNames: parts.flatMap((p) => p.roleNames) };
  }
  if (combinator === 'or' || combinator === 'race') {
    const parts = v.args.map((a) => ruleVerdict(ev, { file: d.file, v: a }, depth + 1));
    if (!parts.length) return none;
    const roles = (['auth', 'role'] as const).filter((r) => parts.every((p) => p.roles.includes(r)));
    return { roles: [...roles], roleNames: roles.includes('role') ? parts.flatMap((p) => p.roleNames) : [] };
  }
  if (combinator === 'not') return none;
  // `rule({ cache })(fn)`, `rule()(fn)`: a call of the call `rule(...)`
  if (v.callee.k === 'call' && ext(v.callee.callee) === 'rule' && v.args[0]) {
    const fn = defOf(ev, { file: d.file, v: v.args[0] });
    const av = ev.eval(fn.file, fn.v);
    const s = av.t === 'fn' ? ev.summary(av.file, av.id) : undefined;
    if (s?.returnsRole) return { roles: ['auth', 'role'], roleNames: [s.returnsRole] };
    if (s?.returnsSession || s?.sessionCheck) return { roles: ['auth'], roleNames: [] };
  }
  return none;
}

/** Does the context function (or a helper it calls) throw, so that no anonymous request reaches a resolver? */
function contextRejects(ev: Evaluator, av: import('../model/values').AV): boolean {
  const fn = av.t === 'wrapped' ? av.inner : av;
  if (fn.t !== 'fn') return false;
  const s = ev.summary(fn.file, fn.id);
  if (!s) return false;
  if (s.rejects && (s.sessionCheck || s.readsCredential.length > 0 || s.sessionGetters.length > 0)) return true;
  return s.calls.some((c) => {
    const cv = ev.eval(fn.file, c.callee);
    const cs = cv.t === 'fn' ? ev.summary(cv.file, cv.id) : undefined;
    return !!cs && cs.rejects && !c.caught && (cs.sessionCheck || cs.readsCredential.length > 0);
  });
}

/** `makeExecutableSchema(...)`, `createSchema(...)`, `new ApolloServer(...)`: a call that builds a schema from resolvers */
function isBuilder(ev: Evaluator, at: At): boolean {
  if (at.v.k !== 'call' && at.v.k !== 'new') return false;
  const c = ev.eval(at.file, at.v.callee);
  return c.t === 'ext' && GRAPHQL_MODULE.test(c.module) && SCHEMA_BUILDERS.test(c.path.filter((x) => x !== '()').pop() ?? '');
}

/** `[a, b]`, `merge(a, b)`, `mergeResolvers([a, b])`, `{ ...a, Query }`: the resolver maps a value holds. */
function resolverMaps(ev: Evaluator, at: At, depth: number): At[] {
  if (depth > 5) return [];
  const d = defOf(ev, at);
  if (d.v.k === 'array') return d.v.items.flatMap((i) => resolverMaps(ev, { file: d.file, v: i.k === 'spread' ? i.arg : i }, depth + 1));
  if (d.v.k === 'call') {
    // `loadFilesSync(path.join(__dirname, './**/*.resolvers.*'))`, merge-graphql-schemas' `fileLoader(...)`: the files a glob names
    const loaded = globLoaded(ev, d);
    if (loaded) return loaded.flatMap((x) => resolverMaps(ev, x, depth + 1));
    return d.v.args.flatMap((a) => resolverMaps(ev, { file: d.file, v: a }, depth + 1));
  }
  if (d.v.k === 'object') {
    const spreads = Object.entries(d.v.props).filter(([k, v]) => k.startsWith('...') && v.k === 'spread').flatMap(([, v]) => resolverMaps(ev, { file: d.file, v: (v as { arg: ValueRef }).arg }, depth + 1));
    return [d, ...spreads];
  }
  return [];
}

/** The default export (or `module.exports`, or `resolvers`) of each file a loader's glob names, relative to the calling file's folder. */
function globLoaded(ev: Evaluator, at: At): At[] | null {
  const v = at.v;
  if (v.k !== 'call') return null;
  const callee = ev.eval(at.file, v.callee);
  const name = callee.t === 'ext' ? callee.path.filter((x) => x !== '()').pop() ?? '' : '';
  if (callee.t !== 'ext' || !/^(?:loadFilesSync|loadFiles|fileLoader)$/.test(name) || !v.args[0]) return null;
  // `path.join(__dirname, '/gql/**/*.ts')` or a literal
  const a = v.args[0];
  const parts = a.k === 'call' ? a.args : [a];
  const lits = parts.filter((p): p is { k: 'lit'; value: string } => p.k === 'lit' && typeof p.value === 'string').map((p) => p.value);
  if (!lits.length || !lits.some((l) => /[*?{]/.test(l))) return null;
  const dir = path.posix.dirname(at.file);
  const pattern = path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, ...lits)).replace(/^\.\//, '');
  const isMatch = picomatch(pattern, { dot: false });
  const out: At[] = [];
  for (const [file, f] of ev.files) {
    if (f.kind !== 'code' || !isMatch(file)) continue;
    const e = f.exports.default ?? f.exports['module.exports'] ?? f.exports.resolvers;
    if (e) out.push({ file, v: e });
  }
  return out;
}

/** The fields of `Query: { ...ticketQueries, me: () => ... }` */
function fieldsOf(ev: Evaluator, at: At, depth: number): [string, At][] {
  const d = defOf(ev, at);
  if (d.v.k !== 'object' || depth > 4) return [];
  const out: [string, At][] = [];
  for (const [k, v] of Object.entries(d.v.props)) {
    if (k.startsWith('...')) {
      if (v.k === 'spread') out.push(...fieldsOf(ev, { file: d.file, v: v.arg }, depth + 1));
      continue;
    }
    out.push([k, { file: d.file, v }]);
  }
  return out;
}

