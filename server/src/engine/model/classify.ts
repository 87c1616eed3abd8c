/**
 * What a middleware, guard or wrapper does: authenticate, check a role, rate
 * limit, validate, set CORS. Known libraries first, then the definition's
 * behaviour (resolved across files), then its name, then configuration.
 */
import type { AV, Evaluator } from './values';
import type { ChainRole } from './types';
import type { RouteguardConfig } from '../config/types';
import type { ValueRef, FunctionSummary, OptionGate } from '../types';
import { authLikeName, roleLikeName, SESSION_GETTER, REJECTING_GETTER } from '../facts/vocabulary';

export interface Classification {
  roles: ChainRole[];
  why: string;
  roleNames: string[];
  definedAt?: { file: string; line: number };
  /** its only authentication is a call made under an option its caller hands it (`if (!options?.skipAuth) checkAuth(req)`) */
  authGate?: OptionGate;
  /** it calls such a helper with the option that skips the check (`parseRequest(request, schema, { skipAuth: true })`) */
  optedOut?: string;
}

/** The caller's argument turns a gated check off: `{ skipAuth: true }` for a check made while `skipAuth` is falsy. */
export function gateSkipped(arg: ValueRef | undefined, gate: OptionGate): boolean {
  const omitted = !!gate.omitted !== gate.runsWhen;
  if (!arg || (arg.k === 'global' && arg.name === 'undefined')) return omitted;
  if (arg.k !== 'object') return false;
  const v = arg.props[gate.prop];
  if (!v) return omitted;
  return v.k === 'lit' && !!v.value !== gate.runsWhen;
}

interface LibRule {
  module: RegExp;
  path?: RegExp; // joined path, e.g. "authenticate" or "" for the default export
  roles: ChainRole[];
  why: string;
  unless?: (args: string[]) => boolean;
  /** the rule applies only to calls whose arguments say so (else the next rule for the module is tried) */
  when?: (args: string[]) => boolean;
  /** what the matrix shows as the role (never the literal arguments: they may be a password) */
  roleNames?: string[];
}

// one token or password for the whole area (`bearerAuth({ token })`, `basicAuth({ users: { admin: pw } })`):
// whoever passes holds the operators' credential, not a user account, so the gate is the role check too
const STATIC_CREDENTIAL = (a: string[]): boolean => /^\{?\s*(?:token|username|users|name|pass|password)\s*:/.test(a.join(',').trim()) && !/verifyToken|verifyUser|authorizer|hashFunction/.test(a.join(','));

/** SuperTokens' framework adapters (`supertokens-node/recipe/session/framework/express`, `.../fastify`, `.../koa` ...) */
const SUPERTOKENS_FRAMEWORK = /^supertokens-node\/recipe\/session\/framework\/[\w-]+$/;
/** a SuperTokens claim validator on the user's roles or permissions (`UserRoles.UserRoleClaim.validators.includes('admin')`) */
const SUPERTOKENS_ROLE_CLAIM = /\b(?:UserRoleClaim|PermissionClaim)\.validators\.(?:includes|includesAll|includesAny)\s*\(/;

const LIBRARIES: LibRule[] = [
  { module: /^passport$/, path: /^authenticate$/, roles: ['auth'], why: 'passport.authenticate', unless: (a) => /^["']local["']$/.test(a[0] ?? '') },
  { module: /^express-jwt$/, roles: ['auth'], why: 'express-jwt', unless: (a) => /credentialsRequired\s*:\s*false/.test(a.join(',')) },
  { module: /^express-oauth2-jwt-bearer$/, path: /^(?:auth|)$/, roles: ['auth'], why: 'express-oauth2-jwt-bearer' },
  { module: /^express-oauth2-jwt-bearer$/, path: /^(?:requiredScopes|claimCheck|claimEquals|claimIncludes)$/, roles: ['auth', 'role'], why: 'express-oauth2-jwt-bearer scopes' },
  { module: /^express-openid-connect$/, path: /^requiresAuth$/, roles: ['auth'], why: 'express-openid-connect requiresAuth' },
  { module: /^express-openid-connect$/, path: /^auth$/, roles: ['auth'], why: 'express-openid-connect auth (authRequired defaults to true)', unless: (a) => /authRequired\s*:\s*false/.test(a.join(',')) },
  { module: /^@clerk\/(?:express|clerk-sdk-node)$/, path: /^(?:requireAuth|ClerkExpressRequireAuth)$/, roles: ['auth'], why: 'Clerk requireAuth' },
  // SuperTokens `verifySession()` answers 401 without a valid session; `verifySession({ sessionRequired: false })` lets
  // every request through (the handler reads `req.session` when there is one); claim validators it is handed that test
  // the user's roles or permissions (`overrideGlobalClaimValidators: (gv) => [...gv, UserRoles.UserRoleClaim.validators
  // .includes('admin')]`) answer 403 to the rest: a role check too
  { module: SUPERTOKENS_FRAMEWORK, path: /^verifySession$/, roles: [], why: 'SuperTokens verifySession (session optional)', when: (a) => /\bsessionRequired\s*:\s*false\b/.test(a.join(',')) },
  { module: SUPERTOKENS_FRAMEWORK, path: /^verifySession$/, roles: ['auth', 'role'], why: 'SuperTokens verifySession with a role claim validator', when: (a) => SUPERTOKENS_ROLE_CLAIM.test(a.join(',')) },
  { module: SUPERTOKENS_FRAMEWORK, path: /^verifySession$/, roles: ['auth'], why: 'SuperTokens verifySession' },
  { module: /^connect-ensure-login$/, path: /^ensureLoggedIn$|^ensureAuthenticated$/, roles: ['auth'], why: 'connect-ensure-login' },
  { module: /^koa-jwt$/, roles: ['auth'], why: 'koa-jwt', unless: (a) => /passthrough\s*:\s*true/.test(a.join(',')) },
  // restify-jwt-community: express-jwt's API for restify (`rjwt({ secret }).unless({ path: [...] })`)
  { module: /^restify-jwt(?:-community)?$/, roles: ['auth'], why: 'restify-jwt', unless: (a) => /credentialsRequired\s*:\s*false/.test(a.join(',')) },
  // restify's bundled throttle (token bucket per IP, user or X-Forwarded-For)
  { module: /^restify$/, path: /^(?:default\.)?plugins\.throttle$/, roles: ['rate-limit'], why: 'restify throttle' },
  { module: /^koa-passport$/, path: /^authenticate$/, roles: ['auth'], why: 'koa-passport authenticate', unless: (a) => /^["']local["']$/.test(a[0] ?? '') },
  { module: /^hono\/(?:bearer-auth|basic-auth)$/, path: /^(?:bearerAuth|basicAuth|)$/, roles: ['auth', 'role'], why: 'one static credential for the area (operators only)', when: STATIC_CREDENTIAL, roleNames: ['credential holder'] },
  { module: /^express-basic-auth$|^koa-basic-auth$/, roles: ['auth', 'role'], why: 'one static credential for the area (operators only)', when: STATIC_CREDENTIAL, roleNames: ['credential holder'] },
  { module: /^hono\/(?:jwt|bearer-auth|basic-auth|jwk)$/, path: /^(?:jwt|bearerAuth|basicAuth|jwk|)$/, roles: ['auth'], why: 'hono auth middleware' },
  { module: /^@hono\/clerk-auth$/, path: /^clerkMiddleware$/, roles: [], why: 'Clerk (reads the session; routes must check getAuth)' },
  { module: /^express-basic-auth$/, roles: ['auth'], why: 'express-basic-auth' },
  { module: /^jwks-rsa$/, roles: [], why: '' },
  { module: /^next-auth\/middleware$/, roles: ['auth'], why: 'next-auth middleware' },
  { module: /^@kinde-oss\/kinde-auth-nextjs(?:\/middleware|\/server)?$/, path: /^(?:withAuth|authMiddleware)$/, roles: ['auth'], why: 'Kinde withAuth middleware' },
  { module: /^@auth0\/nextjs-auth0/, path: /^(?:withApiAuthRequired|withPageAuthRequired|withMiddlewareAuthRequired)$/, roles: ['auth'], why: 'Auth0 withApiAuthRequired' },
  // QStash's signed deliveries: Upstash Workflow's `serve(fn)` and `verifySignatureAppRouter(handler)` refuse requests the
  // queue did not sign (the caller is the queue, not a user: see SIGNED_QUEUE)
  { module: /^@upstash\/workflow(?:\/[\w-]+)?$/, path: /^serve$/, roles: ['auth'], why: 'Upstash Workflow serve (verifies QStash request signatures)' },
  { module: /^@upstash\/qstash\/(?:nextjs|dist\/nextjs|h3|nuxt|svelte|solidjs|cloudflare)$/, path: /^verifySignature(?:AppRouter|Edge)?$/, roles: ['auth'], why: 'QStash request signature check' },
  // background-job and notification platforms whose endpoint is called by the platform only, every request signed with the
  // app's signing key and refused otherwise: Inngest `serve({ client, functions })`, Novu Framework `serve({ workflows })`,
  // Trigger.dev v2 `createAppRoute(client)` / `createMiddleware(client)`
  { module: /^inngest(?:\/[\w-]+)?$/, path: /^serve$/, roles: ['auth'], why: 'Inngest serve (verifies the signing key)' },
  { module: /^@novu\/framework(?:\/[\w-]+)?$/, path: /^serve$/, roles: ['auth'], why: 'Novu Framework serve (verifies the HMAC signature)' },
  { module: /^@trigger\.dev\/(?:nextjs|express|remix|sveltekit|astro|hono)$/, path: /^(?:createAppRoute|createPagesRoute|createMiddleware)$/, roles: ['auth'], why: 'Trigger.dev endpoint (verifies the API key)' },
  // Payload's generated Next.js routes (`export const POST = REST_POST(config)`): every operation goes through the
  // collection's access control, which lets in signed-in users only unless the collection's `access` opens it
  { module: /^@payloadcms\/next\/routes$/, path: /^(?:REST|GRAPHQL)_[A-Z]+$/, roles: ['auth'], why: 'Payload access control (signed-in users unless a collection opens an operation)' },
  { module: /^express-rate-limit$|^rate-limiter-flexible$|^express-slow-down$|^@upstash\/ratelimit$|^koa-ratelimit$|^koa2-ratelimit$|^hono-rate-limiter$|^sveltekit-rate-limiter(?:\/server)?$|^elysia-rate-limit$/, roles: ['rate-limit'], why: 'rate limiter' },
  { module: /^cors$|^@koa\/cors$|^hono\/cors$|^@elysiajs\/cors$/, roles: ['cors'], why: 'cors' },
  // Elysia plugins that put a verifier or the bearer token on the context: the routes (or a hook) must check it
  { module: /^@elysiajs\/(?:jwt|bearer|cookie)$/, roles: [], why: 'adds a token helper to the context, checks nothing' },
  // celebrate checks the segments it is given: one of only `Segments.PARAMS` (headers, cookies) checks no data the route
  // writes, as a Fastify schema of only `params` (`celebrate({ [Segments.PARAMS]: Joi.object({ id }) })` before a PATCH)
  { module: /^celebrate$/, path: /^celebrate$/, roles: ['validation'], why: 'validation middleware', unless: (a) => {
    const segs = [...a.join(',').matchAll(/\[\s*Segments\.([A-Z_]+)\s*\]/g)].map((m) => m[1]);
    return segs.length > 0 && segs.every((s) => /^(?:PARAMS|HEADERS|COOKIES|SIGNEDCOOKIES)$/.test(s));
  } },
  { module: /^express-validator$|^celebrate$|^express-joi-validation$|^zod-express-middleware$|^express-zod-api$|^@hono\/zod-validator$|^@hono\/valibot-validator$|^hono\/validator$|^koa-joi-router$/, roles: ['validation'], why: 'validation middleware' },
];

/** Library wrappers that let in the queue's signed requests only: a machine caller, no user (no tenant of its own). */
export const SIGNED_QUEUE = (av: AV): boolean => (av.t === 'ext' || av.t === 'extcall') &&
  ((/^(?:@upstash\/workflow|inngest|@novu\/framework)(?:\/[\w-]+)?$/.test(av.module) && av.path[0] === 'serve') || (/^@upstash\/qstash\//.test(av.module) && /^verifySignature/.test(av.path[0] ?? '')) ||
    (/^@trigger\.dev\//.test(av.module) && /^(?:createAppRoute|createPagesRoute|createMiddleware)$/.test(av.path[0] ?? '')));

/** Auth.js `auth(handler)`, iron-session `withIronSessionApiRoute(handler)`: they add the session, the handler checks it. */
export function isSessionProviderWrapper(w: AV): boolean {
  const wm = w.t === 'extcall' || w.t === 'ext' ? w : null;
  return !!wm && /^next-auth$|^@auth\/|^iron-session/.test(wm.module) && /(?:^|\.)(?:auth|withIronSession\w*)$/.test(wm.path.filter((x) => x !== '()').join('.'));
}


/** Database clients and ORMs: nothing they are called for checks who the caller is. */
const LOGGER_MODULE = /^(?:pino|winston|bunyan|log4js|consola|signale|loglevel|roarr|tslog|debug)$/;
const DATABASE_MODULE = /^(?:sequelize|sequelize-typescript|typeorm|mongoose|mongodb|knex|pg|pg-promise|mysql2?(?:\/promise)?|better-sqlite3|sqlite3?|@prisma\/client|@mikro-orm\/[\w-]+|objection|kysely|drizzle-orm(?:\/[\w-]+)?|redis|ioredis)$/;
export class Classifier {
  private readonly fnMemo = new Map<string, Classification>();
  /**
   * Fastify decorations (`fastify.decorate('authenticate', fn)`), set by the Fastify adapter: a hook that
   * calls `fastify.authenticate(request, reply)` on the instance it was handed runs that function
   */
  decorations?: Map<string, { file: string; ref: import('../types').ValueRef }>;

  constructor(private readonly ev: Evaluator, private readonly config: RouteguardConfig) {}

  classify(av: AV, text: string): Classification {
    // a middleware registered once is in the chain of every route behind it (one AV object for all)
    let byText = this.avMemo.get(av);
    if (!byText) this.avMemo.set(av, (byText = new Map()));
    let out = byText.get(text);
    if (!out) byText.set(text, (out = this.classifyFresh(av, text)));
    return out;
  }

  private readonly avMemo = new WeakMap<AV, Map<string, Classification>>();

  /** A function that reads the session (a getter call) and rejects nothing, itself or through what it calls. */
  private onlyLoadsSession(file: string, id: number): boolean {
    const s = this.ev.summary(file, id);
    if (!s || !s.sessionGetters.length || s.rejects || s.sessionCheck || s.roleChecks.length) return false;
    // a middleware: it hands the request on (`next()`, `next({ context })`)
    const passesOn = s.calls.some((c) => c.callee.k === 'param' && (c.callee.path.length ? c.callee.path[c.callee.path.length - 1] : c.callee.name) === 'next') ||
      // the handler a wrapper made (`withSession(handler)` answering `async (req, res) => { req.session = await
      // getIronSession(...); return handler(req, res) }`): it runs the wrapped handler, a parameter of the wrapper
      s.calls.some((c) => c.callee.k === 'param' && c.callee.fn !== id && !c.callee.path.length);
    return passesOn && !s.calls.some((c) => c.resultTestedByReject);
  }

  /**
   * A workspace middleware that hands the request on (`next()`) and rejects nothing, in its body or in the functions
   * it runs, and whose calls are all to functions we can read (the workspace's, already classified as gating nothing)
   * or its own parameters: what it does is all there, so its name is no evidence.
   */
  private visiblyPassesOn(file: string, id: number): boolean {
    const s = this.ev.summary(file, id);
    if (!s || !s.passesOn) return false;
    const facts = this.ev.files.get(file);
    const group = [s, ...(facts?.functions ?? []).filter((o) => o.id !== s.id && o.id !== 0 && o.pos && s.pos &&
      (o.pos.line > s.pos.line || (o.pos.line === s.pos.line && o.pos.column > s.pos.column)) &&
      (o.pos.endLine < s.pos.endLine || (o.pos.endLine === s.pos.endLine && o.pos.endColumn <= s.pos.endColumn)))];
    for (const g of group) {
      if (g.rejects || g.sessionCheck || g.roleChecks.length || g.sessionGetters.length) return false;
      for (const c of g.calls) {
        if (c.resultTestedByReject || c.caught === 'rejects') return false;
        if (c.callee.k === 'param') continue;
        // (the framework's own context setters and request readers: `c.set('ctx', ctx)`, `res.setHeader(...)`, also on a
        // member of a parameter, `c.req.header('Authorization')` read for a debug line: reading a header turns nobody away)
        if (c.callee.k === 'member' && paramRooted(c.callee.object) && /^(?:set|get|header|setHeader|append|vary|query|param|cookie)$/.test(c.callee.prop)) continue;
        // (a log line rejects nobody: `logger.debug({ authorization }, 'incoming')` of a pino/winston logger, `console.log`)
        if (c.callee.k === 'member' && c.callee.object.k === 'global' && c.callee.object.name === 'console') continue;
        const callee = this.ev.eval(file, c.callee);
        if ((callee.t === 'ext' || callee.t === 'extcall') && LOGGER_MODULE.test(callee.module) && !c.resultVar) continue;
        if (callee.t !== 'fn') return false;
      }
    }
    return true;
  }

  /**
   * A workspace middleware that hands the request on and whose tests look at nothing of the caller: no credential,
   * session or request value read, no call handed one, only its response answered (`isMultiUserSetup` refusing
   * while a system setting is off). Whatever its name says, it cannot tell one caller from another.
   */
  private ignoresCaller(file: string, id: number): boolean {
    const s = this.ev.summary(file, id);
    if (!s || !s.passesOn || s.readsCredential.length || s.sessionGetters.length || s.sessionCheck || s.roleChecks.length || s.requestReads.length) return false;
    const facts = this.ev.files.get(file);
    if ((facts?.functions ?? []).some((o) => o.id !== s.id && o.id !== 0 && o.pos && s.pos && o.pos.line > s.pos.line && o.pos.endLine < s.pos.endLine)) return false;
    const RESPONSE = /^(?:status|json|send|sendStatus|end|redirect|set|header|setHeader|type)$/;
    if (s.callsParamProp?.some((p) => p.index !== 1 || !RESPONSE.test(p.prop))) return false;
    return s.calls.every((c) => c.args.every((a) => !a.some((t) => /^(?:param|request|session|arg):/.test(t))) &&
      (c.callee.k !== 'param' || c.callee.index >= 1) && (c.callee.k !== 'member' || c.callee.object.k !== 'param' || (c.callee.object.index === 1 && RESPONSE.test(c.callee.prop))));
  }

  private classifyFresh(av: AV, text: string): Classification {
    // (a copy: classifyInner may answer with a function's memoized classification, shared by every call site)
    const out = { ...this.classifyInner(av, text, 0) };
    // configuration wins over guesses
    const bare = text.replace(/\(.*$/s, '').trim();
    if (this.config.authMiddleware.some((n) => n === bare || n === text)) out.roles = uniqRoles([...out.roles, 'auth']), (out.why ||= 'configured authMiddleware');
    if (this.config.roleCheckers.some((n) => n === bare)) out.roles = uniqRoles([...out.roles, 'role']), (out.why ||= 'configured roleCheckers');
    if (this.config.rateLimiters.some((n) => n === bare)) out.roles = uniqRoles([...out.roles, 'rate-limit']);
    if (this.config.validators.some((n) => n === bare)) out.roles = uniqRoles([...out.roles, 'validation']);
    if (out.roles.includes('role')) out.roleNames = out.roleNames.length ? out.roleNames : literalArgs(text);
    return out;
  }

  private classifyInner(av: AV, text: string, depth: number): Classification {
    const none: Classification = { roles: [], why: '', roleNames: [] };
    if (depth > 6) return none;
    switch (av.t) {
      case 'fn': {
        const c = this.classifyFunction(av.file, av.id, depth);
        // `auth()` of `auth = (...requiredRights) => ...`: no rights asked for, so only authentication
        if (c.roles.includes('role') && av.boundArgs?.length === 0 && av.factory && this.takesRoleArgs(av.factory.file, av.factory.id)) {
          return { ...c, roles: c.roles.filter((r) => r !== 'role'), roleNames: [] };
        }
        // `auth({ optional: true })` of a factory that checks `options.role`: options that ask for no role
        if (c.roles.includes('role') && av.boundArgs?.length && av.factory && av.boundArgs.every((a) => a.t === 'object')) {
          const props = av.boundArgs.flatMap((a) => (a.t === 'object' ? Object.entries(a.props) : []));
          const asked = props.filter(([k]) => ROLE_OPTION.test(k));
          if (!asked.length) return { ...c, roles: c.roles.filter((r) => r !== 'role'), roleNames: [] };
          const names = asked.flatMap(([, v]) => optionNames(v));
          if (names.length) return { ...c, roleNames: names };
        }
        if (c.roles.includes('role') && av.boundArgs) {
          const names = av.boundArgs.flatMap((a) => (a.t === 'lit' && typeof a.value === 'string' ? [a.value] : a.t === 'array' ? a.items.flatMap((i) => (i.t === 'lit' && typeof i.value === 'string' ? [i.value] : [])) : []));
          if (names.length) return { ...c, roleNames: names };
        }
        // (not a function seen to read the session and pass every request on: `withSession` that only puts
        // the session on the context loads it, whatever its name says)
        // (nor one whose whole body is visible and hands every request on, rejecting nothing, itself or in what it runs:
        // `sessionScopeMiddleware` that only runs `next()` inside a request-scoped store)
        if (!c.roles.length && (authLikeName(lastSegment(text)) || roleLikeName(lastSegment(text))) && !this.onlyLoadsSession(av.file, av.id) && !this.visiblyPassesOn(av.file, av.id) && !this.ignoresCaller(av.file, av.id)) return this.byName(text);
        // `validate(authValidation.register)`: the factory's name says what its returned middleware does
        // when its body (a schema library behind helpers) does not show it
        if (!c.roles.includes('validation') && text && this.byName(text).roles.includes('validation')) return { ...c, roles: uniqRoles([...c.roles, 'validation']) };
        // a factory answering a pass-through when a setting turns the feature off and a library's middleware otherwise
        // (`if (!env.ENABLE_RATE_LIMIT) return (req, res, next) => next(); return expressRateLimit({...})`): what it is in production
        if (!c.roles.length && av.factory && this.visiblyPassesOn(av.file, av.id)) {
          const f = this.ev.summary(av.factory.file, av.factory.id);
          for (const r of f?.returns.slice(1, 4) ?? []) {
            const lib = this.ev.eval(av.factory.file, r);
            if (lib.t !== 'extcall') continue;
            const lc = this.classifyInner(lib, text, depth + 1);
            if (lc.roles.length) return lc;
          }
        }
        return c;
      }
      case 'extcall':
      case 'ext': {
        // iron-session's `withIronSessionApiRoute(handler, options)` (and Auth.js `auth(handler)`) only hand the session on
        if (isSessionProviderWrapper(av)) return { roles: [], why: '', roleNames: [] };
        const argsText = av.t === 'extcall' ? [av.text.replace(/^[^(]*\(/, '').replace(/\)$/, ''), ...literalOptions(av.args)] : [];
        const p = av.path.filter((x) => x !== '()').join('.');
        // hono/combine: `every(auth, isAdmin)` runs them all (what any one does), `some(a, b)` passes when one passes
        // (only what every alternative does)
        if (av.t === 'extcall' && av.module === 'hono/combine' && (p === 'every' || p === 'some') && av.args.length) {
          const parts = av.args.map((a) => this.classifyInner(this.ev.eval(av.file, a), '', depth + 1));
          const roles = p === 'every' ? uniqRoles(parts.flatMap((x) => x.roles)) : uniqRoles(parts[0].roles.filter((r) => parts.every((x) => x.roles.includes(r))));
          return { roles, why: `hono/combine ${p}(${parts.map((x) => x.why || '?').join(', ')})`, roleNames: roles.includes('role') ? parts.flatMap((x) => x.roleNames) : [] };
        }
        // koa-compose `compose([requireRole('admin'), audit])` (compose-middleware's `compose(...)` alike): one middleware
        // running every one of its list in order, doing what any of them does
        if (av.t === 'extcall' && /^(?:koa-compose|compose-middleware)$/.test(av.module) && /^(?:|default|compose)$/.test(p) && av.args.length) {
          const first = this.ev.eval(av.file, av.args[0]);
          const items = first.t === 'array' ? first.items : av.args.map((a) => this.ev.eval(av.file, a));
          const parts = items.map((x) => this.classifyInner(x, '', depth + 1));
          const roles = uniqRoles(parts.flatMap((x) => x.roles));
          return { roles, why: `compose(${parts.map((x) => x.why || '?').join(', ')})`, roleNames: roles.includes('role') ? parts.flatMap((x) => x.roleNames) : [] };
        }
        // WorkOS AuthKit's middleware redirects signed-out requests only with `middlewareAuth: { enabled: true }`; without it,
        // it only keeps the session fresh and the routes must call `withAuth({ ensureSignedIn: true })` themselves
        if (av.module === '@workos-inc/authkit-nextjs' && p === 'authkitMiddleware') {
          return authkitEnforces(this.ev, av) ? { roles: ['auth'], why: 'WorkOS AuthKit middleware (middlewareAuth enabled)', roleNames: [] } : { roles: [], why: '', roleNames: [] };
        }
        // ...and its `withAuth({ ensureSignedIn: true })` (before v1 `getUser({ ensureSignedIn: true })`) redirects a signed-out caller
        if (av.t === 'extcall' && av.module === '@workos-inc/authkit-nextjs' && /^(?:withAuth|getUser)$/.test(p) && ensuresSignedIn(av.args[0])) {
          return { roles: ['auth'], why: 'WorkOS AuthKit ensureSignedIn (redirects, rejects signed-out callers)', roleNames: [] };
        }
        for (const lib of LIBRARIES) {
          if (!lib.module.test(av.module)) continue;
          if (lib.path && !lib.path.test(p)) continue;
          if (lib.when && !lib.when(argsText)) continue;
          if (lib.unless && lib.unless(argsText.join(',').split(',').map((s) => s.trim()))) return { roles: [], why: `${lib.why} (not a gate)`, roleNames: [] };
          return { roles: [...lib.roles], why: lib.why, roleNames: [...(lib.roleNames ?? [])] };
        }
        // a database client's methods authenticate the app to its database, not a caller (Sequelize's
        // `sequelize.authenticate()` tests the connection)
        if (DATABASE_MODULE.test(av.module)) return { roles: [], why: '', roleNames: [] };
        return this.byName(p ? lastSegment(p) : text);
      }
      case 'wrapped': {
        // Auth.js `auth((req) => ...)` and iron-session `withIronSessionApiRoute(handler)` hand the session to the
        // handler (`req.auth`, `req.session`) and reject nothing themselves: what the handler does decides
        if (isSessionProviderWrapper(av.wrapper) && (av.inner.t === 'fn' || av.inner.t === 'wrapped')) {
          return this.classifyInner(av.inner, av.text, depth + 1);
        }
        const w = this.classifyInner(av.wrapper, av.text, depth + 1);
        if (w.roles.length) return w;
        // a neutral library wrapper (`createMiddleware(fn)`, `asyncHandler(fn)`): what the function does
        return av.inner.t === 'fn' || av.inner.t === 'wrapped' ? this.classifyInner(av.inner, av.text, depth + 1) : w;
      }
      case 'array': {
        const parts = av.items.map((i) => this.classifyInner(i, text, depth + 1));
        return { roles: uniqRoles(parts.flatMap((p) => p.roles)), why: parts.map((p) => p.why).filter(Boolean).join(', '), roleNames: parts.flatMap((p) => p.roleNames) };
      }
      default:
        return this.byName(text);
    }
  }

  byName(text: string): Classification {
    const name = lastSegment(text);
    const roles: ChainRole[] = [];
    if (roleLikeName(name)) roles.push('auth', 'role');
    else if (authLikeName(name)) roles.push('auth');
    if (/rate_?limit|limiter|throttl|slow_?down/i.test(name)) roles.push('rate-limit');
    if (/^(?:validate|validator|validation|celebrate|checkSchema|validateBody|validateRequest|zValidator|validateInput)/i.test(name) || /(?:Validator|Validation|Schema)$/.test(name)) roles.push('validation');
    if (/^cors$/i.test(name)) roles.push('cors');
    return { roles, why: roles.length ? `by name (${name})` : '', roleNames: roles.includes('role') ? literalArgs(text) : [] };
  }

  /** A factory whose parameters carry the roles to require, with no default that asks for one. */
  private takesRoleArgs(file: string, id: number): boolean {
    const s = this.ev.summary(file, id);
    return !!s && s.params.length > 0 && !(s.meaningfulDefaults?.length);
  }

  /** A workspace helper that returns the session (calls a session getter, directly or one level down). */
  isSessionGetter(file: string, id: number, depth = 0): boolean {
    const s = this.ev.summary(file, id);
    if (!s || depth > 2) return false;
    if (s.sessionGetters.length) return true;
    return s.calls.some((c) => {
      const callee = this.ev.eval(file, c.callee);
      return callee.t === 'fn' && this.isSessionGetter(callee.file, callee.id, depth + 1);
    });
  }

  /** A workspace helper that reads a credential (a header, cookie or session), itself or one level down. */
  private readsCredentialDeep(file: string, id: number, depth = 0): boolean {
    const s = this.ev.summary(file, id);
    if (!s || depth > 1) return false;
    if (s.readsCredential.length || s.sessionGetters.length) return true;
    return s.calls.some((c) => {
      const callee = this.ev.eval(file, c.callee);
      return callee.t === 'fn' && this.readsCredentialDeep(callee.file, callee.id, depth + 1);
    });
  }

  /**
   * A predicate answering whether the request carries a server secret: it returns the comparison itself, or what a
   * helper that does answers (`return isValidCronSecret(req)`, `const valid = isValidCronSecret(req); ...; return valid`).
   */
  answersSecretMatch(file: string, id: number, depth = 0): boolean {
    const s = this.ev.summary(file, id);
    if (!s || depth > 3) return false;
    if (s.returnsSecretMatch) return true;
    return s.calls.some((c) => {
      const returned = s.returns.some((r) => (r.k === 'call' && r.pos.line === c.pos.line && r.pos.column === c.pos.column) || (!!c.resultVar && r.k === 'ref' && r.name === c.resultVar));
      if (!returned) return false;
      const callee = this.ev.eval(file, c.callee);
      return callee.t === 'fn' && this.answersSecretMatch(callee.file, callee.id, depth + 1);
    });
  }

  /** What the functions a factory returns do (null when it returns none). */
  private classifyReturned(file: string, id: number, depth: number): Classification | null {
    const s = this.ev.summary(file, id);
    if (!s || depth > 5) return null;
    const fns = s.returns.map((r) => this.ev.eval(file, r)).filter((v): v is Extract<AV, { t: 'fn' }> => v.t === 'fn');
    if (!fns.length) return null;
    const parts = fns.map((f) => this.classifyFunction(f.file, f.id, depth + 1));
    return { roles: uniqRoles(parts.flatMap((p) => p.roles)), why: parts.map((p) => p.why).find(Boolean) ?? '', roleNames: parts.flatMap((p) => p.roleNames) };
  }

  /**
   * The first helper called whose own test of a role ends the request (see classifyFunction), its role added to `roles`.
   * (Not a helper only named for roles or calling `can(...)`: `defineAbilityFor(user)` builds abilities and checks none.)
   */
  private roleThroughHelpers(file: string, s: FunctionSummary, roles: ChainRole[], roleNames: string[]) {
    for (const c of s.calls) {
      // (a predicate's answer, `if (!(await canUpdateSite(auth, id))) return 401`, is judged where it is tested: its
      // `if (user.isAdmin) return true` lets admins in, it turns no one away)
      if (c.caught === 'swallowed' || c.resultTestedByReject || c.resultTested || c.resultTruthyRejects) continue;
      const callee = this.ev.eval(file, c.callee);
      if (callee.t !== 'fn') continue;
      const cs = this.ev.summary(callee.file, callee.id);
      if (cs?.returns.some((r) => r.k === 'lit' && typeof r.value === 'boolean')) continue;
      const tested = (cs?.roleCheckBranches ?? []).map((b) => b.role);
      if (!cs || !tested.length) continue;
      // (`requireMembership(orgId, roles?)` tests a role only when handed `roles`)
      if (cs.roleCheckArgs?.length && !cs.roleCheckAlways && cs.roleCheckArgs.every((i) => { const a = c.argRefs[i]; return !a || (a.k === 'global' && a.name === 'undefined'); })) continue;
      roles.push('role');
      roleNames.push(...tested.flatMap(roleNamesIn).filter((n) => !roleNames.includes(n)));
      return;
    }
  }

  /** Does a workspace function authenticate / check roles? Memoised, transitive through calls. */
  classifyFunction(file: string, id: number, depth = 0, method?: string): Classification {
    const whole = this.ev.summary(file, id);
    // a route's handler judged for its method: the calls it makes for other methods do not run
    const s = whole && method ? forMethod(whole, method) : whole;
    const key = s !== whole ? `${file}#${id}@${method}` : `${file}#${id}`;
    const hit = this.fnMemo.get(key);
    if (hit) return hit;
    this.fnMemo.set(key, { roles: [], why: '', roleNames: [] }); // cycle guard
    const roles: ChainRole[] = [];
    let why = '';
    const roleNames: string[] = [];
    let authGate: OptionGate | undefined;
    let optedOut: string | undefined;
    if (s) {
      if (s.sessionCheck) (roles.push('auth'), (why = 'rejects requests without a session'));
      // (not when the only test of that session sends a signed-in caller away: `if (session) return redirect('/')`)
      else if ((s.readsCredential.length || s.sessionGetters.length) && s.rejects && !s.sessionCheckInverted && !s.rejectsOnlyNotYourself && !s.passesAnonymous) (roles.push('auth'), (why = `reads ${s.readsCredential[0] ?? s.sessionGetters[0]} and rejects with 401/403`));
      if (s.roleChecks.length) (roles.push('role'), roleNames.push(...s.roleChecks.flatMap(roleNamesIn)));
      // what runs inside: `new Promise((resolve, reject) => passport.authenticate(...)(req, res, next))`
      if (depth < 4) {
        for (const cb of s.callbacks ?? []) {
          // (a callback run by a call whose failure is swallowed, `try { req.session = await withScope(sid, () =>
          // validateSession(token)) } catch { req.session = EMPTY }`, turns nobody away)
          if (s.calls.some((c) => c.caught === 'swallowed' && c.argRefs.some((a) => a.k === 'fn' && a.id === cb))) continue;
          const sub = this.classifyFunction(file, cb, depth + 1);
          if (sub.roles.includes('auth') && !roles.includes('auth')) (roles.push('auth'), (why = why || sub.why));
          if (sub.roles.includes('role') && !roles.includes('role')) (roles.push('role'), roleNames.push(...sub.roleNames));
          if (sub.roles.includes('rate-limit')) roles.push('rate-limit');
        }
      }
      // (a handler that checks the session itself still checks a role through a helper it calls:
      // `deleteUserById(userId, isServerAdmin, queryId)` refusing unless `isServerAdmin` or the caller's own account)
      if (roles.includes('auth') && !roles.includes('role') && depth < 4) this.roleThroughHelpers(file, s, roles, roleNames);
      // the calls that authenticate, each made under an option of the caller's (`if (!options?.skipAuth)`) or not
      const gates: OptionGate[] = [];
      let ungated = roles.includes('auth');
      const authCount = () => roles.filter((r) => r === 'auth').length;
      if (!roles.includes('auth') && depth < 4) {
        for (const c of s.calls) {
          const authBefore = authCount();
          let gatedHere = false;
          let callee = this.ev.eval(file, c.callee);
          const decorated = c.callee.k === 'member' && (callee.t === 'unknown' || callee.t === 'param') ? this.decorations?.get(c.callee.prop) : undefined;
          if (decorated) callee = this.ev.eval(decorated.file, decorated.ref);
          let sub: Classification | null = null;
          if (callee.t === 'fn') {
            sub = this.classifyFunction(callee.file, callee.id, depth + 1);
            // a factory called here makes the callback that does the checking
            // (`passport.authenticate('jwt', opts, verifyCallback(req, resolve, reject, requiredRights))`)
            if (!sub.roles.length) sub = this.classifyReturned(callee.file, callee.id, depth + 1) ?? sub;
            // a middleware handed the request asks a helper about something else when it hands it nothing of the caller
            // (`if (!(await SystemSettings.isMultiUserMode())) return res.status(403)`): the helper's name is no evidence
            if (sub.why.startsWith('by name') && s.passesOn && c.args.every((a) => !a.some((t) => /^(?:param|request|session|arg):/.test(t)))) sub = { ...sub, roles: sub.roles.filter((r) => r !== 'auth' && r !== 'role') };
          } else if (callee.t === 'extcall') sub = this.classifyInner(callee, '', depth + 1);
          else if (callee.t === 'ext') {
            // `bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next)` inside a wrapper: the library call with its options
            const keys = c.argRefs.flatMap((a) => (a.k === 'object' ? [`{ ${Object.keys(a.props).map((k) => `${k}: _`).join(', ')} }`] : []));
            sub = this.classifyInner({ t: 'extcall', module: callee.module, path: callee.path, args: c.argRefs, file, pos: c.pos, text: `${callee.path.join('.')}(${keys.join(', ')})` }, '', depth + 1);
          }
          // `const admin = ctx.user ? await isTeamAdmin(teamId, ctx.user.id) : false`: a yes/no predicate known only by its
          // name (`is*`, `has*`, `can*`) whose answer no rejection tests decides what is shown, not who may call
          if (sub?.why.startsWith('by name') && callee.t === 'fn' && !c.resultTestedByReject && !c.resultTruthyRejects &&
            /^(?:is|has|can|may|should)[A-Z]/.test(this.ev.summary(callee.file, callee.id)?.name ?? '')) sub = { ...sub, roles: sub.roles.filter((r) => r !== 'auth' && r !== 'role') };
          // `try { await loadSession(sid) } catch { req.session = ANONYMOUS }`: a failed check is ignored, the
          // request goes on without a session (what runs after decides)
          if (c.caught === 'swallowed' && sub?.roles.includes('auth')) sub = { ...sub, roles: sub.roles.filter((r) => r !== 'auth' && r !== 'role') };
          // `try { req.client = await resolveClient(req.headers) } catch { return reply.status(401).send() }`: a helper
          // that reads the caller's credential and throws when it is wrong, its failure answered with 401/403
          if (!sub?.roles.includes('auth') && c.caught === 'rejects' && callee.t === 'fn' && this.readsCredentialDeep(callee.file, callee.id)) {
            roles.push('auth');
            why = why || `rejects when ${this.ev.summary(callee.file, callee.id)?.name || 'a credential check'}() fails`;
          }
          // `const staff = await getStaff(req); if (!staff) return 401` with a workspace session getter
          if (!sub?.roles.includes('auth') && c.resultTestedByReject && callee.t === 'fn' && this.isSessionGetter(callee.file, callee.id)) {
            roles.push('auth');
            why = why || `rejects when ${this.ev.summary(callee.file, callee.id)?.name || 'a session getter'}() returns no session`;
          }
          // `if (!hasCronSecret(request)) return 401` with `hasCronSecret` answering whether the request's credential
          // is the server's secret (`secureCompare(authHeader, `Bearer ${env.CRON_SECRET}`)`), itself or a helper down
          if (!sub?.roles.includes('auth') && !roles.includes('auth') && c.resultTestedByReject && callee.t === 'fn' && this.answersSecretMatch(callee.file, callee.id)) {
            roles.push('auth');
            why = why || `rejects unless ${this.ev.summary(callee.file, callee.id)?.name || 'a secret check'}() finds the server secret`;
          }
          // `assertRole(locals.user, 'admin')` whose body rejects when its first parameter is missing: handed the session, it checks it
          const calleeSummary = callee.t === 'fn' ? this.ev.summary(callee.file, callee.id) : undefined;
          if (!sub?.roles.includes('auth') && !roles.includes('auth') && calleeSummary?.rejectsWithoutParam?.some((i) => (c.args[i] ?? []).some((t) => t.startsWith('session:') && !t.startsWith('session:db.')))) {
            roles.push('auth');
            why = why || `calls ${calleeSummary.name || 'a helper'}(), which rejects when the session is missing`;
          }
          // (`const user = await currentUser(c)` kept but never tested: a helper answering null without a session rejects nothing)
          const untestedAnswer = (callee.t === 'fn' && !!c.resultVar && !c.resultTestedByReject && !c.resultTested && !!this.ev.summary(callee.file, callee.id)?.nullWithoutSession) ||
            // (nor a workspace getter judged only by its name, `getServerAuthSession = () => getServerSession(authOptions)`, its
            // answer put on a context: `{ user: session?.user ?? null }`)
            (callee.t === 'fn' && !!c.resultVar && !c.resultTestedByReject && !!sub?.why.startsWith('by name') && libraryGetterOnly([this.ev.summary(callee.file, callee.id)?.name ?? ''])) ||
            // (a library's session getter known only by its name, `getAuth(c)` of @hono/clerk-auth, reads the session and
            // rejects nothing: `getAuth(c)?.userId ?? null`, or a 401 built and dropped, `if (!auth?.userId) { c.json(e, 401) }`)
            ((callee.t === 'ext' || callee.t === 'extcall') && !c.resultTestedByReject && !!sub?.why.startsWith('by name') && libraryGetterOnly(callee.path) &&
              !(callee.module === '@workos-inc/authkit-nextjs' && ensuresSignedIn(c.argRefs[0]))) ||
            // (remix-auth v3's `authenticator.isAuthenticated(request)` answers the user or null: only with a `failureRedirect`
            // option, `isAuthenticated(request, { failureRedirect: '/login' })`, does it send anonymous callers away)
            ((callee.t === 'ext' || callee.t === 'extcall') && /^remix-auth(?:\/|$)/.test(callee.module) && !c.resultTestedByReject &&
              callee.path.filter((x) => x !== '()').pop() === 'isAuthenticated' && !redirectsOnFailure(c.argRefs[1])) ||
            // (WorkOS AuthKit's `withAuth()` (before v1 `getUser()`) answers `{ user: null }` to a signed-out caller: only
            // `withAuth({ ensureSignedIn: true })` redirects them to sign in)
            ((callee.t === 'ext' || callee.t === 'extcall') && callee.module === '@workos-inc/authkit-nextjs' && !c.resultTestedByReject &&
              /^(?:withAuth|getUser)$/.test(callee.path.filter((x) => x !== '()').pop() ?? '') && !ensuresSignedIn(c.argRefs[0])) ||
            // (its `authenticator.authenticate('form', request)` runs a strategy: it signs the caller in, it checks no session)
            ((callee.t === 'ext' || callee.t === 'extcall') && /^remix-auth(?:\/|$)/.test(callee.module) && callee.path.filter((x) => x !== '()').pop() === 'authenticate');
          // (a provider's signature check signs nobody in, whatever its name says: discord-interactions' `verifyKey`)
          // (`parseRequest(request, schema, { skipAuth: true })` of a helper that checks the session unless told to skip it)
          if (sub?.authGate && callee.t === 'fn' && gateSkipped(c.argRefs[sub.authGate.index], sub.authGate)) {
            optedOut ??= `${this.ev.summary(callee.file, callee.id)?.name || 'a helper'}(…, { ${sub.authGate.prop}: ${!sub.authGate.runsWhen} })`;
            sub = { ...sub, roles: sub.roles.filter((r) => r !== 'auth' && r !== 'role') };
          }
          // (and so does one that hands the request to such a handler: `/q/:slug` calling the public collector's `POST(req)`)
          else if (sub?.optedOut && !sub.roles.includes('auth')) optedOut ??= sub.optedOut;
          if (sub?.roles.includes('auth') && !untestedAnswer && !c.signatureCheck && (c.resultTestedByReject || sub.why.includes('rejects') || sub.why.includes('passport') || sub.why.includes('by name') || !c.resultVar)) {
            gatedHere = !!c.optionGate;
            roles.push('auth');
            why = why || `calls ${sub.why ? `an auth check (${sub.why})` : 'an auth check'}`;
          }
          // `await requireMembership(orgId)` of `requireMembership(orgId, roles?)`, whose role test runs only when handed `roles`
          const roleArgMissing = !!calleeSummary?.roleCheckArgs?.length && !calleeSummary.roleCheckAlways &&
            calleeSummary.roleCheckArgs.every((i) => { const a = c.argRefs[i]; return !a || (a.k === 'global' && a.name === 'undefined'); });
          if (sub?.roles.includes('role') && !roleArgMissing) {
            if (!roles.includes('role')) roles.push('role');
            // (`requireSuperadmin(request)` is a role check by its name too: the names come from its body)
            roleNames.push(...sub.roleNames.filter((n) => !roleNames.includes(n)));
          }
          if (sub?.roles.includes('rate-limit')) roles.push('rate-limit');
          if (authCount() > authBefore) {
            if (gatedHere) gates.push(c.optionGate!);
            else ungated = true;
          }
        }
      }
      if (!ungated && gates.length && gates.every((g) => g.index === gates[0].index && g.prop === gates[0].prop && g.runsWhen === gates[0].runsWhen)) authGate = gates[0];
      // `if (!isAdmin({ email })) throw` with `isAdmin = ({ email }) => env.ADMINS?.includes(email)`: the deployment's
      // list of operators, no tenant's role
      for (const c of s.calls) {
        if (!c.resultTestedByReject) continue;
        const callee = this.ev.eval(file, c.callee);
        const asked = callee.t === 'fn' ? this.ev.summary(callee.file, callee.id)?.returnsRole : undefined;
        if (!asked || !/(?:^|[^\w.])(?:process\.)?env\.\w*ADMIN/i.test(asked)) continue;
        if (!roles.includes('role')) roles.push('role');
        if (!roleNames.includes('operator (env list)')) roleNames.push('operator (env list)');
        break;
      }
      // `if (!(await canDeleteUser(auth))) return unauthorized()` with `canDeleteUser = ({ user }) => user?.isAdmin`
      if (!roles.includes('role')) {
        for (const c of s.calls) {
          if (!c.resultTestedByReject) continue;
          const callee = this.ev.eval(file, c.callee);
          const asked = callee.t === 'fn' ? this.ev.summary(callee.file, callee.id)?.returnsRole : undefined;
          if (!asked) continue;
          roles.push('role');
          roleNames.push(...roleNamesIn(asked).filter((n) => !roleNames.includes(n)));
          break;
        }
      }
      // a bare `guard` that reads no credential and rejects nothing guards something else (`ctx.guard = parse(input)`)
      const bareWord = /^(?:guard|gate|protect)$/i.test(s.name) && !s.readsCredential.length && !s.sessionGetters.length && !s.rejects && !s.sessionCheck;
      // (nor a middleware whose whole body is visible and hands every request on: `sessionScopeMiddleware`)
      const visible = (authLikeName(s.name) || roleLikeName(s.name)) && !roles.length && (this.visiblyPassesOn(file, id) || this.ignoresCaller(file, id));
      if (!roles.includes('auth') && authLikeName(s.name) && !bareWord && !visible && !this.onlyLoadsSession(file, id)) (roles.push('auth'), (why = why || `by name (${s.name})`));
      if (!roles.includes('role') && roleLikeName(s.name) && !visible) (roles.push('auth', 'role'), (why = why || `by name (${s.name})`));
      if (/rate_?limit|limiter|throttl/i.test(s.name) || s.refusesForRate) roles.push('rate-limit');
      // a wrapper or middleware that parses its input with a schema (`validatedAction(schema, fn)`, `validateBody(schema)`)
      if (/^(?:validate|validated|withValidation|withSchema|parseBody|validateBody|validateRequest)/i.test(s.name) ||
        s.calls.some((c) => /^(?:parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|validateAsync|validateOrReject)$/.test(c.callee.k === 'member' ? c.callee.prop : '') &&
          // what it parses is the request's data (not a token's claims)
          c.args.some((a) => a.some((t) => /^(?:request:(?:body|input|query|params|arg)|param:\d+:(?:body|request\.body|input))|^arg:/.test(t))))) roles.push('validation');
    }
    // a CSRF check (`verifyCSRFTokenMiddleware`) refuses a request its pages did not send, whoever sent it: even when it reads
    // the session cookie to tell whether the check applies, it authenticates nobody
    if (s && /csrf|xsrf/i.test(s.name) && roles.includes('auth')) {
      for (let i = roles.length - 1; i >= 0; i--) if (roles[i] === 'auth' || roles[i] === 'role') roles.splice(i, 1);
      why = '';
    }
    const out: Classification = { roles: uniqRoles(roles), why, roleNames, definedAt: s ? { file, line: s.pos.line } : undefined, ...(authGate ? { authGate } : {}), ...(optedOut ? { optedOut } : {}) };
    this.fnMemo.set(key, out);
    return out;
  }
}

/** A parameter or a member of one (`c`, `c.req`, `ctx.request`): the framework's request or context object. */
function paramRooted(v: ValueRef): boolean {
  return v.k === 'param' || (v.k === 'member' && paramRooted(v.object));
}

function uniqRoles(r: ChainRole[]): ChainRole[] {
  return [...new Set(r)];
}

function lastSegment(text: string): string {
  // drop call arguments, innermost first: `new SessionHandler(db).isLoggedIn` -> `new SessionHandler.isLoggedIn`
  let t = text.trim();
  for (let i = 0; i < 5 && /\([^()]*\)/.test(t); i++) t = t.replace(/\([^()]*\)/g, '');
  t = t.replace(/\(.*$/s, '');
  const parts = t.split('.');
  return parts[parts.length - 1] || t;
}

function literalArgs(text: string): string[] {
  const m = /\((.*)\)/s.exec(text);
  if (!m) return [];
  return [...m[1].matchAll(/['"`]([A-Za-z_:.-]+)['"`]/g)].map((x) => x[1]);
}

/** The flag a role check tests when it names no role: `!req.user?.staff` -> staff, `user.isSuperuser` -> isSuperuser. */
function flagName(text: string): string[] {
  const m = /\.(\w+)\s*\)?\s*$/.exec(text.trim());
  return m && /staff|super|admin|root|operator|internal/i.test(m[1]) ? [m[1]] : [];
}

/** The roles a role test names: its quoted names, else an admin flag it reads (`user?.isAdmin`, `is_superadmin`), else the flag (`!req.user?.staff`). */
export function roleNamesIn(text: string): string[] {
  const names = quoted(text);
  if (names.length) return names;
  // (the caller compared with an identity the deployment configures, `user.id === Number(process.env.ADMIN_USER_ID)`: its operator)
  if (/\benv\.\w*(?:ADMIN|OPERATOR|SUPER_?USER|ROOT_USER|OWNER)/i.test(text)) return ['operator'];
  const flag = /\bis_?(super_?admin|admin|staff|owner)\b/i.exec(text);
  return flag ? [flag[1].replace('_', '').toLowerCase()] : flagName(text);
}

export function quoted(text: string): string[] {
  // (not the key of a getter: `c.get('user').role !== 'admin'` names the role admin, not user)
  return [...text.replace(/\b(?:get|header|param|cookie|var)\(\s*['"`][^'"`]*['"`]\s*\)/g, '').matchAll(/['"`]([A-Za-z_:.-]+)['"`]/g)].map((x) => x[1]).filter((x) => x.length < 40);
}

/** `{ passthrough: true, credentialsRequired: false }` as "key: value" strings (the call text may be cut short). */
/** `authkitMiddleware({ middlewareAuth: { enabled: true, ... } })`: does the AuthKit middleware itself turn signed-out requests away? */
function authkitEnforces(ev: Evaluator, av: AV): boolean {
  if (av.t !== 'extcall' || !av.args[0]) return false;
  const opts = ev.eval(av.file, av.args[0]);
  const ma = opts.t === 'object' && opts.props.middlewareAuth ? ev.eval(opts.file, opts.props.middlewareAuth) : null;
  const enabled = ma?.t === 'object' && ma.props.enabled ? ev.eval(ma.file, ma.props.enabled) : null;
  return enabled?.t === 'lit' && enabled.value === true;
}

function literalOptions(args: import('../types').ValueRef[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a.k !== 'object') continue;
    for (const [k, v] of Object.entries(a.props)) if (v.k === 'lit') out.push(`${k}: ${String(v.value)}`);
  }
  return out;
}

/** Option keys that ask a middleware factory for a role or permission (`auth({ role: UserRole.Admin })`). */
const ROLE_OPTION = /role|permission|scope|right|abilit|polic|admin|privilege/i;

/** `'admin'`, `['admin', 'owner']`, `UserRole.Admin` -> role names. */
function optionNames(v: ValueRef): string[] {
  if (v.k === 'lit' && typeof v.value === 'string') return [v.value];
  if (v.k === 'array') return v.items.flatMap(optionNames);
  if (v.k === 'member') return [v.prop];
  return [];
}

/**
 * Does code in a method branch run for a route of this method? A branch is a method (`if (req.method ===
 * 'GET')`), or `!POST,PUT` for code after branches that took those methods and returned; none: every method.
 */
export function branchCovers(branch: string | undefined, method: string): boolean {
  if (!branch || method === 'ALL') return true;
  // `POST@delete`: the route's method, judged for one form intent (`intentKeys`); `@delete` / `@!save,publish`: an intent's branch
  const at = method.indexOf('@');
  if (branch.startsWith('@')) {
    if (at < 0) return true;
    const intent = method.slice(at + 1);
    const b = branch.slice(1);
    return b.startsWith('!') ? !b.slice(1).split(',').includes(intent) : b === intent;
  }
  const m = at < 0 ? method : method.slice(0, at);
  if (m === 'ALL') return true;
  if (branch.startsWith('!')) return !branch.slice(1).split(',').includes(m);
  return branch === m;
}

/**
 * The form intents a handler branches on (`@delete` branches of its calls, queries and session checks, its nested
 * functions' too), as route keys for `forMethod`: `POST@delete`, `POST@save`. Empty when it has none.
 */
const OTHER_INTENT = '(other)';
export function intentKeys(group: FunctionSummary[], method: string): string[] {
  const out = new Set<string>();
  // (code after branches that took some intents and ended, `@!remove`, runs for every other intent: one view stands for
  // them, `POST@(other)`, so a check made only in the `remove` branch does not guard the role change after it)
  // (made only when data is touched there: a closing `return json({ error: 'unknown intent' }, { status: 400 })` is no path of its own)
  const add = (b: string | undefined, touchesData = false) => {
    if (b && b.startsWith('@!')) {
      if (touchesData) out.add(OTHER_INTENT);
    } else if (b && b.startsWith('@')) out.add(b.slice(1));
  };
  for (const s of group) {
    s.calls.forEach((c) => add(c.methodBranch));
    s.queries.forEach((q) => add(q.methodBranch, true));
    (s.sessionCheckBranches ?? []).forEach((b) => add(b));
  }
  return [...out].sort().map((i) => `${method}@${i}`);
}

/**
 * A handler's summary for one method's route: without the calls, session checks and session getters it
 * makes in another method's branch (`if (req.method === 'GET') return list(req, res)`,
 * `handlers[req.method](req, res)`). The same object when it has none; made once per summary and method
 * (a route's build asks for it from several places).
 */
const perMethod = new WeakMap<FunctionSummary, Map<string, FunctionSummary>>();
export function forMethod(s: FunctionSummary, method: string): FunctionSummary {
  if (method === 'ALL') return s;
  let known = perMethod.get(s);
  const hit = known?.get(method);
  if (hit) return hit;
  const out = summaryForMethod(s, method);
  if (!known) perMethod.set(s, (known = new Map()));
  known.set(method, out);
  return out;
}

function summaryForMethod(s: FunctionSummary, method: string): FunctionSummary {
  const otherCalls = s.calls.some((c) => !branchCovers(c.methodBranch, method));
  const otherChecks = !!s.sessionCheck && !!s.sessionCheckBranches?.length && s.sessionCheckBranches.every((b) => !branchCovers(b, method));
  const otherReads = (s.branchedReads ?? []).filter((r) => !branchCovers(r.branch, method));
  // role checks made only in other methods' branches (`if (req.method === 'DELETE') { if (role !== 'OWNER') return 403 }`)
  const otherRoles = new Set(s.roleChecks.filter((r) => {
    const at = (s.roleCheckBranches ?? []).filter((b) => b.role === r);
    return at.length > 0 && at.every((b) => !branchCovers(b.branch, method));
  }));
  if (!otherCalls && !otherChecks && !otherReads.length && !otherRoles.size) return s;
  const out: FunctionSummary = { ...s, calls: otherCalls ? s.calls.filter((c) => branchCovers(c.methodBranch, method)) : s.calls };
  if (otherRoles.size) out.roleChecks = s.roleChecks.filter((r) => !otherRoles.has(r));
  if (otherChecks) {
    out.sessionCheck = false;
    delete out.sessionCheckPos;
    delete out.sessionCheckByLookup;
  }
  if (otherReads.length) {
    const drop = (list: string[], values: string[]) => {
      const left = [...list];
      for (const v of values) {
        const i = left.indexOf(v);
        if (i >= 0) left.splice(i, 1);
      }
      return left;
    };
    out.sessionGetters = drop(s.sessionGetters, otherReads.flatMap((r) => (r.getter ? [r.getter] : [])));
    out.readsCredential = drop(s.readsCredential, otherReads.flatMap((r) => (r.credential ? [r.credential] : [])));
  }
  return out;
}

/** a library function named for reading the session (`getAuth`, `getSession`, `currentUser`), not for requiring it */
/** remix-auth's options `{ failureRedirect: '/login' }` (an options object not written in the call may hold it) */
/** AuthKit `withAuth({ ensureSignedIn: true })` (an options object not written in place is taken to ask it) */
function ensuresSignedIn(opts: ValueRef | undefined): boolean {
  if (!opts || (opts.k === 'global' && opts.name === 'undefined')) return false;
  if (opts.k !== 'object') return true;
  const v = opts.props.ensureSignedIn;
  return !!v && !(v.k === 'lit' && !v.value);
}

function redirectsOnFailure(opts: ValueRef | undefined): boolean {
  if (!opts || (opts.k === 'global' && opts.name === 'undefined')) return false;
  return opts.k !== 'object' || 'failureRedirect' in opts.props;
}

function libraryGetterOnly(p: string[]): boolean {
  const name = p[p.length - 1] ?? '';
  return SESSION_GETTER.test(name) && !REJECTING_GETTER.test(name);
}
