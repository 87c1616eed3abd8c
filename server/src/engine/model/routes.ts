/**
 * Route enrichment: classify the middleware chain, look into the handler (and the
 * helpers it calls, across files) for session checks, role checks and data access.
 */
import picomatch from 'picomatch';
import type { Loc, Taint, FunctionSummary, LogCallFact, CallFact, ValueRef, QueryFact } from '../types';
import type { Route, ChainEntry, ResolvedQuery } from './types';
import { isNamedProcedure, FILES_ONLY_SCHEMA } from './types';
import type { RawRoute } from './rawRoute';
import type { AV, Evaluator } from './values';
import type { Classifier } from './classify';
import { isSessionProviderWrapper, quoted, SIGNED_QUEUE, forMethod, branchCovers, intentKeys } from './classify';
import { pathPatternMatches } from '../facts/pathGate';
import type { TenantIndex } from './tenants';
import type { RouteguardConfig } from '../config/types';
import { publicReasonForPath, webhookLikePath, providerWebhookPath, isCredentialHeader } from '../facts/vocabulary';
import { extendTaints, classifyParamPath } from '../facts/extractCode';
import { HandlerCache, HandlerSide, withOwnReads } from './handlerCache';
import { TrackedFiles } from './routeMemo';
import { checkingSummary } from '../frameworks/routerOps';
import { isNuxtAuthHandler } from '../frameworks/nuxt';
import { type Binding, bindingKey, receiverBinding, withHeldModels } from './heldModels';

const CREATE_OPS = new Set(['create', 'createMany', 'createManyAndReturn', 'insert']);
const SENSITIVE_PATH = /(?:^|\/)(?:admin|internal|manage|account|accounts|billing|invoices?|users?|members?|orgs?|organi[sz]ations?|compan(?:y|ies)|teams?|workspaces?|tenants?|settings|profile|dashboard|me|export|exports|documents?|files?|uploads?|payments?|orders?|customers?|projects?|api-?keys?|tokens|secrets|audit|reports?|subscriptions?)(?:\/|$)/i;

export interface RouteContext {
  ev: Evaluator;
  classifier: Classifier;
  tenants: TenantIndex;
  config: RouteguardConfig;
  /** handlers' halves kept across links (language server; with a TrackedFiles evaluator) */
  handlers?: HandlerCache;
}

export function buildRoute(raw: RawRoute, ctx: RouteContext, index: number): Route {
  const { ev, classifier } = ctx;
  // what each authenticating entry of the chain is (its middleware, or the wrapper around the handler)
  const gateAvs: { av: AV; name: string; credential?: boolean }[] = [];
  const chain: ChainEntry[] = raw.chain.map((e) => {
    let c = e.roles ? { roles: e.roles, why: e.why ?? '', roleNames: e.roleNames ?? [], definedAt: undefined } : classifier.classify(e.av, e.text);
    // a middleware's role check for some paths only (`if (req.path.startsWith('/admin') && req.user.role !== 'admin')`)
    if (!c.roles.includes('role')) {
      const checks = pathRoleChecksFor(ev, e.av, raw.path);
      if (checks.length) c = { ...c, roles: [...c.roles, 'role'], roleNames: [...c.roleNames, ...checks.flatMap(quoted)] };
    }
    if (c.roles.includes('auth')) gateAvs.push({ av: e.av, name: e.text, credential: c.roleNames.includes('credential holder') });
    return {
      name: e.text, roles: c.roles, registeredAt: e.registeredAt, why: c.why, roleNames: c.roleNames,
      site: e.av.t === 'extcall' ? `${e.av.file}:${e.av.pos.line}:${e.av.pos.column}` : undefined,
      definedAt: c.definedAt ? { file: c.definedAt.file, line: c.definedAt.line, column: 1, endLine: c.definedAt.line, endColumn: 1 } : undefined,
    };
  });
  // `export const { GET, POST } = serve({ client, functions })`: method handlers a library made from options; what
  // the library checks (Inngest's signing key) is the route's
  // (`export const POST = REST_POST(config)`, Payload's generated routes: the handler is the library call's result)
  const made = raw.handler;
  // (not @sidebase/nuxt-auth's `NuxtAuthHandler({...})`: the Auth.js endpoints themselves, whose name is no gate)
  const madeByCall = made.t === 'extcall' && made.path.length > 0 && !isNuxtAuthHandler(made);
  if (madeByCall || (made.t === 'ext' && made.path.length >= 3 && made.path[made.path.length - 2] === '()' && /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(made.path[made.path.length - 1]))) {
    const factory: AV = { t: 'ext', module: made.module, path: madeByCall ? made.path : made.path.slice(0, -2) };
    const name = [made.module.split('/')[0], ...factory.path].join('.');
    const c = made.t === 'ext' && uploadRouterHandler(made) ? uploadRouterGate(ev, classifier, made) : classifier.classify(factory, name);
    if (c.roles.length) {
      if (c.roles.includes('auth')) gateAvs.push({ av: factory, name, credential: false });
      chain.push({ name: `${factory.path.join('.')}(...)`, roles: c.roles, registeredAt: raw.loc, why: c.why, roleNames: c.roleNames });
    }
  }
  // unwrap handler wrappers (withAuth(handler), asyncHandler(fn)); the wrapper joins the chain
  let handler: AV = raw.handler;
  // what the innermost wrapper hands the handler beside the request (`withAuth(handler)` calling `handler(req, res, session)`)
  let injected: (Taint[] | undefined)[] | undefined;
  for (let i = 0; i < 6 && handler.t === 'wrapped'; i++) {
    const w = handler.wrapper;
    injected = wrapperInjectedSession(ctx, w);
    const c = isSessionProviderWrapper(w) ? { roles: [] as ChainEntry['roles'], why: 'hands the session to the handler, which must check it', roleNames: [] as string[] } : classifier.classify(w, handler.text.replace(/\(.*$/s, ''));
    let roles = c.roles;
    let why = c.why;
    if (!roles.length && w.t === 'fn') {
      const fc = classifier.classifyFunction(w.file, w.id);
      roles = fc.roles;
      why = fc.why;
    }
    if (roles.includes('auth')) gateAvs.push({ av: w, name: handler.text.replace(/\(.*$/s, ''), credential: c.roleNames.includes('credential holder') });
    // the roles a wrapper is handed before the handler (`withRole(['superadmin'], handler)`, `withRoles('owner', 'admin', handler)`)
    const roleNames = roles.includes('role') && !c.roleNames.length ? wrapperRoleArgs(handler.text) : c.roleNames;
    chain.push({ name: handler.text.replace(/\(.*$/s, '') + '(...)', roles, registeredAt: raw.loc, why: why ? `wrapper: ${why}` : 'wrapper', roleNames });
    handler = handler.inner;
  }
  const handlerFn = handler.t === 'fn' ? handler : null;
  const whole = handlerFn ? ev.summary(handlerFn.file, handlerFn.id) : undefined;
  // (what the handler does for this route's method only: see forMethod)
  const summary = whole && forMethod(whole, raw.method);
  const summaryAll = summary;
  // `if (!hasCronSecret(request)) return 401`: the handler lets in whoever holds the server's secret (see answersSecretMatch)
  const secretAnswered = !!handlerFn && !!summary && summary.calls.some((c) => {
    if (!c.resultTestedByReject) return false;
    const callee = ev.eval(handlerFn.file, c.callee);
    return callee.t === 'fn' && classifier.answersSecretMatch(callee.file, callee.id);
  });
  // param loaders run first: the ids they look up scoped to the caller are verified for the handler
  const verified = chainVerified(ctx, raw);
  const loaded = [...paramLoaderQueries(ctx, raw, verified), ...middlewareQueries(ctx, raw, chain, verified)];
  if (handlerFn) markCheckedOnRequest(ev, handlerFn.file, handlerFn.id, loaded);
  const side = handlerFn ? handlerSideOf(ctx, handlerFn, raw, verified, injected) : undefined;
  // an action that branches on the form's intent (`switch (intent) { case 'delete': ... }`) runs one branch per request:
  // each intent judged with the checks on its own path (a `requireAdmin` in the delete branch does not guard the save branch)
  const intentViews = handlerFn && whole ? intentKeys([whole, ...(ev.files.get(handlerFn.file)?.functions ?? []).filter((o) => o.id !== handlerFn.id && o.id !== 0 && within(o, whole))], raw.method).map((key) => ({
    key, summary: forMethod(whole, key), side: handlerSideOf(ctx, handlerFn, { ...raw, method: key }, verified, injected),
  })) : [];
  // (the weakest intent decides whether the route authenticates and checks a role)
  const weakest = intentViews.find((v) => !v.side.classification.roles.includes('auth') && !v.summary.sessionCheck) ??
    intentViews.find((v) => !v.side.classification.roles.includes('role') && !v.summary.roleChecks.length);

  const auth = { required: false, via: [] as string[], evidence: [] as { message: string; loc: Loc }[] };
  for (const e of chain) {
    if (e.roles.includes('auth')) {
      auth.required = true;
      auth.via.push(e.name);
      auth.evidence.push({ message: `${e.name} authenticates (${e.why || 'auth middleware'})`, loc: e.registeredAt });
    }
  }
  let roleCheck = chain.some((e) => e.roles.includes('role'));
  const roles = chain.flatMap((e) => e.roleNames ?? []);
  const roleEvidence = chain.filter((e) => e.roles.includes('role')).map((e) => e.name);
  if (handlerFn && summary) {
    const hc = (weakest?.side ?? side!).classification;
    const summary = weakest?.summary ?? summaryAll!;
    // (behind an authenticating chain, a 403 after comparing a fetched row's owner with the caller is the ownership check, not a session check)
    const ownershipOnly = auth.required && !summary.sessionGetters.length && side!.queries.some((q) => q.ownershipChecked);
    // (a handler that checks a password and tests no session signs the caller in: it reads the session to write it,
    // `session = await getSession(cookie); session.set('userId', user.id)`, and its 401 answers a wrong password)
    // (also through a helper of the app's: `const user = await verifyLogin(email, password); if (!user) return 401`)
    const signsIn = (!!summary.checksPassword || side!.reach.some((x) => x.depth <= 1 && x.s.checksPassword)) && !summary.sessionCheck && !auth.required;
    if (hc.roles.includes('auth') && !signsIn && !(summary.name && hc.why.startsWith('by name')) && !(auth.required && summary.sessionCheckByLookup) && !ownershipOnly) {
      auth.required = true;
      const via = summary.sessionGetters[0] ? `session check (${summary.sessionGetters[0]})` : sharedSecretOnly(summary, side!.reach, secretAnswered) ? 'shared secret check in handler' : 'session check in handler';
      auth.via.push(via);
      auth.evidence.push({ message: `handler ${hc.why}`, loc: { file: handlerFn.file, ...(summary.sessionCheckPos ?? summary.pos) } });
    }
    const gate = !auth.required ? libraryGateCallback(ev, classifier, handlerFn.file, summary) : undefined;
    if (gate) {
      auth.required = true;
      auth.via.push(gate.name);
      auth.evidence.push({ message: `handler hands ${gate.name} a gate that ${gate.why}`, loc: { file: handlerFn.file, ...gate.pos } });
    }
    // (a handler's own name says nothing of what it checks: `ownerCheck(req, res)` answering every caller is no role check,
    // as `authenticate(req, res)` as a handler is no session check; what it tests, summary.roleChecks, is)
    if ((hc.roles.includes('role') && !(summary.name && hc.why.startsWith('by name'))) || summary.roleChecks.length) {
      roleCheck = true;
      roleEvidence.push(...summary.roleChecks.slice(0, 2));
      roles.push(...hc.roleNames);
    }
  }

  // (a query read in each intent's view: unscoped when it is so on the path of an intent that runs it)
  const handlerQueries = (side?.queries ?? []).map((q) => {
    if (!intentViews.length) return q;
    const at = (x: ResolvedQuery) => x.loc.file === q.loc.file && x.loc.line === q.loc.line && x.loc.column === q.loc.column;
    return intentViews.map((v) => v.side.queries.find(at)).find((x) => x && isUnscoped(x)) ?? q;
  });
  const queries = [...loaded, ...handlerQueries];
  const logs: LogCallFact[] = side?.logs ?? [];
  const writesByMethod = ['POST', 'PUT', 'PATCH', 'DELETE', 'ACTION', 'MUTATION'].includes(raw.method) || (raw.method === 'ALL' && !!summary && (summary.queries.some((q) => q.kind !== 'read')));
  // a POST that touches no data we can see and no private-sounding path (a public checkout, a contact form) is not a write
  // what the handler, its nested functions and its helpers do (computed once, used by several checks)
  const reach = side ? [...side.reach] : [];
  const storeWrites = reach.some((x) => x.s.writesStore);
  // (a server action's "path" is its file and name: the name says what it is about, `/dashboard/` in its folder does not)
  const sensitivePath = isServerFunction(raw) ? SENSITIVE_PATH.test('/' + (raw.path.split('#').pop() ?? '').replace(/([a-z0-9])([A-Z])/g, '$1/$2').toLowerCase()) : SENSITIVE_PATH.test(namePath(raw));
  // an action that only drops cached pages and redirects (`revalidatePath('/teams'); redirect('/')`) changes no data;
  // nor does one that only keeps a preference in the caller's own cookie (`(await cookies()).set('table-settings', JSON.stringify(s))`)
  // (also through the app's own helpers, `setLastTeamCookie(params)` -> `setCookie({ name, value, options })` -> `(await
  // cookies()).set(...)`: every function it reaches does only that)
  // (`jar.set(...)` with `const jar = await cookies()`: a method of what next/headers answered)
  const inertRef = (r: import('../types').ValueRef, depth = 0): boolean => (r.k === 'import' && /^(?:next\/(?:cache|navigation|headers)|date-fns|dayjs|luxon|ms)$/.test(r.source)) ||
    (r.k === 'member' && r.object.k === 'global' && /^(?:JSON|Math|Date|Number|String|Object|Array|Promise)$/.test(r.object.name)) ||
    (depth < 3 && r.k === 'member' && r.object.k === 'call' && inertRef(r.object.callee, depth + 1)) ||
    // (a string's own methods change nothing: `secure: process.env.BASE_URL?.startsWith('https://')`)
    (r.k === 'member' && /^(?:startsWith|endsWith|includes|toLowerCase|toUpperCase|trim|trimStart|trimEnd|split|slice|substring|padStart|padEnd|toString|toISOString|toFixed)$/.test(r.prop));
  const inertCall = (c: import('../types').CallFact) => inertRef(c.callee);
  const reachedFn = (file: string, c: import('../types').CallFact) => {
    const callee = invokedCallee(ctx.ev, file, c.callee);
    return callee.t === 'fn' && reach.some((r) => r.file === callee.file && r.s.id === callee.id && r.depth > 0);
  };
  const onlyRevalidates = isServerFunction(raw) && !!summary && summary.calls.length > 0 && !queries.length && !storeWrites &&
    (reach.length ? reach.every((x) => x.s.calls.every((c) => inertCall(c) || reachedFn(x.file, c))) : summary.calls.every(inertCall));
  // (a lookup by the Host the request was sent to, an app-wide custom-domain middleware's, is routing: it makes no POST a write)
  const hostLookup = (q: ResolvedQuery) => q.kind === 'read' && q.clientDriven.length > 0 && q.clientDriven.every((c) => addressedHost(c.source));
  // a handler whose whole body answers 405 (`return new NextResponse('Method Not Allowed', { status: 405 })`) changes nothing
  const refusesMethod = !!summary?.onlyRefusesMethod && !queries.length;
  // (a tally bumped on a public page, `statistics.upsert({ update: { views: { increment: 1 } } })`, changes no one's data)
  const writes = (writesByMethod && !onlyRevalidates && !refusesMethod && (queries.some((q) => !hostLookup(q) && !q.countersOnly) || storeWrites || !handlerFn || sensitivePath || raw.method === 'DELETE')) || queries.some((q) => q.kind !== 'read' && !q.countersOnly);
  // a filter on the caller's value with the client's as its fallback (`req.auth?.org_id ?? req.query.agency` behind
  // express-jwt's `credentialsRequired: false`) holds the client's value for an anonymous caller: on a route that does not
  // require a session it is the client's pick (also for what the route reads: a sum the anonymous caller narrows to the
  // team it names, `locals.user?.teamId ?? url.searchParams.get('team')`, tells about that team)
  if (!auth.required) {
    queries.forEach((q, i) => {
      const fallback = q.sessionScoped.filter((x) => x.orClient);
      if (!fallback.length) return;
      queries[i] = { ...q, sessionScoped: q.sessionScoped.filter((x) => !x.orClient), clientDriven: [...q.clientDriven, ...fallback.map((x) => ({ path: x.path, source: x.orClient! }))] };
    });
  }

  // a total over every tenant (`prisma.project.count()`, a landing page's "10,000 teams") shows no record;
  // a count the client narrows (`count({ where: { teamId: input.teamId } })`) still tells about one tenant
  // published records (`published: true`, `status: 'published'`) are public content whoever owns them
  // (nor does a lookup only tested for existence, `return !!anyUser` of a first-run setup page: one bit, no record)
  // (nor the caller's own sign-in looked up by its cookie: ownSignInLookup)
  // (a read made only for a signed-in caller, `locals.user ? await db.select()...where(eq(bookings.userId, locals.user.id)) : []`,
  // shows an anonymous caller nothing)
  // (a public page: the tenant found by its public slug, `workspaces where slug = params.slug`, to show what it published,
  // `boards where workspaceId = ws.id and isPublic`: the slug is the page's address, the rows are public content)
  const publicPage = queries.some((q) => q.publishedOnly && q.kind === 'read');
  const slugLookup = (q: ResolvedQuery) => publicPage && q.kind === 'read' && q.clientDriven.length > 0 && !q.sessionScoped.length &&
    q.clientDriven.every((c) => /(?:^|[_.])(?:slug|handle|subdomain)$|[a-z](?:Slug|Handle|Subdomain)$/.test(c.path));
  const readsData = queries.some((q) => !totalOnly(q) && !q.publishedOnly && !slugLookup(q) && !ownSignInLookup(q) && !q.existenceOnly && !q.countersOnly && !q.signedInOnly && (q.tenantOwned || ctx.tenants.isUserModel(q.model) || (q.orm === 'sql' && !ctx.tenants.knowsTable(q.model)))) ||
    // (a CORS preflight, `OPTIONS`, answers with headers: it reads nothing, whatever its path says)
    (!handlerFn && raw.method !== 'OPTIONS' && SENSITIVE_PATH.test(namePath(raw))) ||
    (!!summary && raw.method !== 'OPTIONS' && !queries.length && summary.calls.some((c) => c.args.some((a) => a.some((t) => t.startsWith('request:') || t.startsWith('param:'))) && c.callee.k !== 'global' &&
      // (answering, `json({ user: locals.user })`, or logging is no data access; nor is parsing the params with a schema,
      // `Params.parse(params)`, or building a path to redirect to, `organizationTeamPath({ slug })`)
      !/^(?:json|text|html|send|body|redirect|error|fail|log|info|debug|warn|parse|safeParse|parseAsync|safeParseAsync|stringify)$|\w(?:Path|Url|URL|Href)$/.test(calleeName(c.callee))) && SENSITIVE_PATH.test(namePath(raw)));

  // a handler that checks a webhook signature (or reads one) receives webhooks, whatever its path (`/api/stripe`, `/api/clerk/events`);
  // so does a route no user signs in to that acts on a provider's events (`event.type === 'invoice.paid'`)
  // or whose path names one (`/paypal/ipn`, `/stripe/events`, `/callbacks/payment`)
  // (also a middleware in front of it that does, `slack.post('/events', verifySlackSignature, handleEvent)`, unless it also
  // signs a user in: a provider's signed request acts for the provider, not for a user of the app)
  // (a factory's middleware, `validateWebhook({ secretKey, getSignatureFromHeader })`: the function it returns is in the
  // factory's own body, and its option callbacks are not the middleware)
  // (a body parser's `verify` hook, `express.json({ verify: assertSignature })`, runs before the route sees the body and
  // ends the request when it throws: a signature check there is in front of the route)
  const chainNear = raw.chain.map((e) => {
    const fns = e.av.t === 'fn' ? [e.av] : e.av.t === 'wrapped' ? [e.av.inner, e.av.wrapper].filter((x): x is Extract<typeof x, { t: 'fn' }> => x.t === 'fn') : [];
    const hook = bodyParserVerifyHook(ev, e.av);
    if (hook) return reachable(ev, hook.file, hook.id, 1).map((x) => (x.depth === 0 && x.s.throws ? { ...x, s: { ...x.s, rejects: true } } : x));
    return fns.flatMap((fn) => reachable(ev, fn.file, fn.id, 1));
  });
  const signedByChain = chainNear.some((near) => near.some((x) => x.s.verifiesSignature || (x.s.readsWebhookSignature && x.s.rejects)) && !near.some((x) => x.s.sessionGetters.length));
  // (verified in constant time by a middleware in front: a signature compared with `!==` there stays unverified)
  const verifiedByChain = chainNear.some((near) => near.some((x) => x.s.verifiesSignature) && near.some((x) => x.s.rejects) && !near.some((x) => x.s.sessionGetters.length));
  const signatureSeen = signedByChain || reach.some((x) => x.depth <= 1 && (x.s.verifiesSignature || x.s.callsSignatureHelper || x.s.readsWebhookSignature));
  // a signed-in user configuring outgoing webhooks (`webhook.createWebhook`, `DELETE /api/teams/:id/webhooks/:hookId`) is no receiver
  const managesWebhooks = !signatureSeen && managesWebhookConfig(ctx, raw, chain, auth.via, queries);
  // (a server function by its name: the folder of its file, `components/team/hooks/`, holds React hooks)
  const receivesWebhook = signatureSeen ||
    (!auth.required && !managesWebhooks && (reach.some((x) => x.depth <= 1 && x.s.dispatchesProviderEvents) || webhookLikePath(isServerFunction(raw) ? '/' + (raw.path.split('#').pop() ?? '') : namePath(raw))));
  // what the path says (login, webhook...) is more specific than a "public" marker
  const pathReason = isServerFunction(raw) ? actionPublicReason(raw.path) : publicReasonForPath(namePath(raw)) ?? undefined;
  let publicReason = raw.publicReason && !(pathReason && pathReason !== 'public/marketing content') ? raw.publicReason : pathReason ?? raw.publicReason;
  if (managesWebhooks && publicReason?.startsWith('webhook')) publicReason = raw.publicReason?.startsWith('webhook') ? undefined : raw.publicReason;
  // a handler that tells the app's own auth helper to skip its check (`parseRequest(request, schema, { skipAuth: true })`)
  // is public on purpose, as with a `@Public()` marker (what it then reads or writes by the client's ids is still judged)
  if (!publicReason && !auth.required && side?.classification.optedOut) publicReason = `marked public (${side.classification.optedOut})`;
  // REST registration: POST /users (or /api/v1/accounts) creates an account
  if (!publicReason && raw.method === 'POST' && /^\/(?:api\/)?(?:v\d+\/)?(?:users|accounts)$/i.test(namePath(raw))) publicReason = 'signup (POST creates an account)';
  // DELETE /api/session (or /auth/token): a logout that ends the caller's own session, touching no tenant data
  if (!publicReason && raw.method === 'DELETE' && /(?:^|\/)(?:sessions?|token|auth)(?:\/(?:current|me))?$/i.test(namePath(raw)) && !queries.some((q) => q.tenantOwned)) publicReason = 'logout (DELETE ends the caller\'s session)';
  // `GET /api/branding/logo/team/:teamId`, `/share/:slug/opengraph`: an image other sites and emails embed, served to anyone
  if (!publicReason && (raw.method === 'GET' || raw.method === 'HEAD') && /(?:^|\/)(?:logo|logos|avatar|avatars|opengraph|og-image|og|favicon|social-image|twitter-image)(?:\/|\.|$)/i.test(namePath(raw)) &&
    !queries.some((q) => q.kind !== 'read')) publicReason = 'public image (logo, avatar, preview card)';
  // a procedure named `contact.list` or `blog.posts` is not a marketing page
  if ((isNamedProcedure(raw) || raw.framework === 'graphql') && publicReason === 'public/marketing content') publicReason = undefined;
  // an anonymous procedure or action named for signing in or up (`onboarding.requestSignInLink`, `registerPractice`)
  // (GraphQL operations of NestJS resolvers too: `requestPasswordReset` is named for a step of the sign-in flow)
  if (!publicReason && !auth.required && (isNamedProcedure(raw) || raw.framework === 'graphql' || /^(?:QUERY|MUTATION|SUBSCRIPTION)$/.test(raw.method) || isServerFunction(raw) || raw.style === 'astro-action')) publicReason = verbPublicReason(raw.path.split(/[.#/]/).pop() ?? '');
  // (a payment provider's callback is no OAuth sign-in callback)
  if ((!publicReason || publicReason === 'OAuth/SSO callback') && receivesWebhook && !chain.some((e) => e.roles.includes('auth'))) publicReason = 'webhook (see unverified-webhook)';
  // `/api/docs/:id` reading the documents of a team is a resource named docs, not API documentation
  if (publicReason === 'public/marketing content' && /^\/(?:(?:api|rest)\/)?(?:v\d+\/)?docs(?:\/|$)/i.test(namePath(raw)) && (/\/docs\/:/i.test(namePath(raw)) || queries.some((q) => q.tenantOwned) || writesByMethod)) publicReason = undefined;
  // `/api/plans/:planId` reading a studio's training plan, `/api/contact/:id` in a CRM: words that name
  // marketing pages also name tenants' records; reading tenant-owned rows there is the app's data
  // (so is reading a clinic's waitlist or a publication's subscribers: the public form only writes to them; and so is
  // changing or deleting those rows, `PATCH /api/enquiries/:id` marking a venue's enquiry answered: the form only adds one)
  // (a read of published records before the form's insert, the listed venue an enquiry is about, is public content; so is
  // a public booking form's, `/book/:clinicSlug` adding a booking request for a clinic open to bookings)
  if (publicReason === 'public/marketing content' && /^\/(?:(?:api|rest)\/)?(?:v\d+\/)?(?:plans|contact|contact[-_]?(?:us|sales)|get[-_]?in[-_]?touch|enquiry|enquiries|inquiry|inquiries|waitlist|newsletter|subscribers|book|book[-_]?(?:online|now))(?:\/|$)/i.test(namePath(raw)) &&
    queries.some((q) => q.tenantOwned && (q.kind === 'read' ? !q.publishedOnly : !CREATE_OPS.has(q.op)))) publicReason = undefined;
  // `/api/assets/:id` of an IT-asset or media library app: static assets are files, not tenants' rows or writes
  if (publicReason === 'public/marketing content' && /^\/(?:(?:api|rest)\/)?(?:v\d+\/)?assets(?:\/|$)/i.test(namePath(raw)) && (queries.some((q) => q.tenantOwned) || writesByMethod)) publicReason = undefined;
  // (a handler that ends first thing in production, `if (process.env.NODE_ENV !== 'test') throw new NotFoundException()`, serves tests only)
  if (!publicReason && !auth.required && summary?.refusedInProduction) publicReason = 'not served in production (the handler ends unless NODE_ENV is development or test)';
  if (ctx.config.publicRoutes.length && picomatch(ctx.config.publicRoutes)(raw.path)) publicReason = 'configured publicRoutes';
  if (chain.some((e) => /passport\.authenticate\(\s*['"]local['"]/.test(e.name))) publicReason = publicReason ?? 'login (passport local strategy)';
  // a gate that turns signed-in callers away (`throwIfAuthenticated`, `redirectIfAuthenticated`, a `guest` middleware):
  // the route serves anonymous visitors' sign-in and sign-up flow
  if (!publicReason && !auth.required && raw.chain.some((e) => {
    const fn = e.av.t === 'fn' ? e.av : null;
    return GUEST_GATE.test(e.text.replace(/\(.*$/s, '')) || (!!fn && !!ev.summary(fn.file, fn.id)?.sessionCheckInverted);
  })) publicReason = 'guest-only (sign-in and sign-up flow)';
  // an anonymous route that redeems a record made to be redeemed by the secret it was sent with (`emailChangeRequest.deleteMany({
  // where: { token } })` of the "this wasn't me" link, an invitation or verification token) is that link's page: the secret is
  // the credential. (A document's share token grants a look, not changes: those records are the app's data.)
  if (!publicReason && !auth.required && queries.some((q) => q.clientDriven.length) &&
    queries.every((q) => !q.clientDriven.length || (TOKEN_RECORD.test(q.model) && q.clientDriven.every((c) => SECRET_KEY.test(c.path))))) {
    publicReason = 'token link (the client holds a secret it was sent)';
  }
  // an unsubscribe link (`GET /email/unsubscribe/:token`) turning a mail off on the row its secret names, `update({ unsubscribeToken },
  // { emailDigest: false })`: the recipient holds the secret the mail carried, and the write stores nothing of the request
  if (!publicReason && !auth.required && UNSUBSCRIBE_PATH.test(raw.path) && queries.some((q) => q.clientDriven.length) &&
    queries.every((q) => !q.clientDriven.length || (q.clientDriven.every((c) => SECRET_KEY.test(c.path)) && !q.dataFromRequest))) {
    publicReason = 'token link (the client holds a secret it was sent)';
  }
  // an anonymous route that hashes a password and inserts a user row (`POST /join`, an invitation accepted by a newcomer,
  // `POST /invite/:token`): it creates the account, a sign-up
  if (!publicReason && !auth.required && writesByMethod && reach.some((x) => x.depth <= 1 && x.s.hashesPassword) &&
    queries.some((q) => q.kind === 'write' && /^(?:insert|create|createMany|save|build)$/i.test(q.op) && /(?:^|[._])(?:users?|accounts?|members?|customers?)$/i.test(q.model))) {
    publicReason = 'signup (the handler creates an account with a password)';
  }
  // a short link, `GET /:slug` answering with a redirect to the target stored on the row its slug names (`c.redirect(link.url)`):
  // the link is made to be followed by anyone, and what it discloses is where it points; it reads by the slug or code only,
  // changes nothing (a click counted elsewhere, an analytics data point, is no write of the app's rows)
  if (!publicReason && !auth.required && (raw.method === 'GET' || raw.method === 'HEAD') && reach.some((x) => x.depth === 0 && x.s.redirectsToRow) &&
    queries.length > 0 && queries.every((q) => q.kind === 'read' && q.clientDriven.length > 0 && q.clientDriven.every((c) => SHORT_LINK_KEY.test(c.path.split('.').pop() ?? '')))) {
    publicReason = 'short-link redirect (the slug resolves to its target)';
  }
  // `POST /api/users/auth` whose handler checks the posted password (`user.matchPassword(password)`): a sign-in, whatever its path
  if (!publicReason && !auth.required && writesByMethod && reach.some((x) => x.depth <= 1 && x.s.checksPassword)) publicReason = 'login (the handler checks a password)';
  // `POST /kitchen/pair` that looks a device up by the posted pairing code, answers 401 when none matches and signs a token
  // for it (an API key, a one-time code exchanged alike): the handler turns a credential into a session, a sign-in
  if (!publicReason && !auth.required && writesByMethod && reach.some((x) => x.depth === 0 && x.s.issuesToken && x.s.rejects)) publicReason = 'login (the handler exchanges a credential for a token)';
  // a middleware or handler that loads the OpenID provider's interaction (`provider.interactionDetails(req, res)`, node
  // oidc-provider: it throws when the browser holds no interaction cookie): the route is a step of the provider's sign-in
  // flow, made by the visitor before anyone is signed in
  if (!publicReason && !auth.required && (raw.chain.some((e) => {
    const fn = e.av.t === 'fn' ? e.av : e.av.t === 'wrapped' && e.av.inner.t === 'fn' ? e.av.inner : null;
    return !!fn && loadsOidcInteraction(ev.summary(fn.file, fn.id));
  }) || reach.some((x) => x.depth <= 1 && loadsOidcInteraction(x.s)))) publicReason = 'sign-in flow (OpenID provider interaction)';
  // optional authentication (`credentialsRequired: false`, `auth.optional`) says the route is public on purpose
  if (!auth.required && chain.some((e) => /\(not a gate\)/.test(e.why ?? '') || /(?:^|\.)(?:optional|maybe|soft)(?:Auth|User|Session)?$|optionalAuth|authOptional/i.test(e.name))) {
    publicReason = publicReason ?? 'optional authentication: public by design';
  }

  // a gate whose only check of the caller is a JWT decode (`res.locals.partner = jwt.decode(req.get('x-partner-token'))`: no
  // verify and no lookup of a session record in it; insecure-jwt reports the decode) hands on claims the client wrote:
  // a tenant filter taken from them is the client's pick
  if (auth.required && gateAvs.length && gateAvs.every((g) => decodeOnlyGate(ev, g.av)) && !reach.some((x) => x.depth === 0 && x.s.sessionCheck)) {
    queries.forEach((q, i) => {
      // (a key read off a row the app fetched, `where: { id: member.id }`, is the app's: the fetch is judged on its own)
      const claims = q.sessionScoped.filter((x) => !/^db\./.test(x.source));
      if (!claims.length) return;
      queries[i] = { ...q, sessionScoped: q.sessionScoped.filter((x) => !claims.includes(x)), clientDriven: [...q.clientDriven, ...claims.map((x) => ({ path: x.path, source: `${x.source.replace(/\s*\([^)]*\)$/, '')}, unverified token claims` }))] };
    });
  }

  // a value of the request's context store (nestjs-cls `this.cls.get('orgId')`, an injected service's getter over it) is
  // what a guard put there for a signed-in caller; on a route no authentication runs for, it holds only what the
  // store's middleware took from the request (`setup: (cls, req) => cls.set('orgId', req.headers['x-org-id'])`) or nothing
  if (!auth.required) {
    queries.forEach((q, i) => {
      const ambient = q.sessionScoped.filter((x) => /^(?:cls|injected)\./.test(x.source));
      if (!ambient.length) return;
      // (a client id "verified" by a lookup scoped by that value is verified by nothing either)
      const vouched = q.sessionScoped.filter((x) => / \(membership verified\)$/.test(x.source));
      queries[i] = { ...q, sessionScoped: q.sessionScoped.filter((x) => !ambient.includes(x) && !vouched.includes(x)), clientDriven: [...q.clientDriven,
        ...ambient.map((x) => ({ path: x.path, source: `${x.source} (request context; no sign-in on this route)` })),
        ...vouched.map((x) => ({ path: x.path, source: x.source.replace(/ \(membership verified\)$/, '') }))] };
    });
  }

  // ...and on a route a guard runs for, a key of that store that no guard or interceptor of the route sets, only the
  // store's middleware from the request (`setup: (cls, req) => cls.set('activeOrgId', req.headers['x-active-org'])`),
  // is the client's pick
  else {
    const picked = contextKeysFromRequest(ev, raw);
    if (picked.size) queries.forEach((q, i) => {
      const fromClient = q.sessionScoped.filter((x) => picked.has(x.source.replace(/^cls\./, '')) && x.source.startsWith('cls.'));
      if (!fromClient.length) return;
      queries[i] = { ...q, sessionScoped: q.sessionScoped.filter((x) => !fromClient.includes(x)), clientDriven: [...q.clientDriven,
        ...fromClient.map((x) => ({ path: x.path, source: `${x.source} (set from ${picked.get(x.source.slice(4))} by the CLS middleware; no guard sets it)` }))] };
    });
  }

  // a Next.js middleware that verified the session and handed a claim on in a request header it set
  // (`headers.set('x-portal-client-id', String(payload.clientId)); return NextResponse.next({ request: { headers } })`):
  // on the paths it covers, whatever the browser sent under that name is replaced, and the handler's
  // `(await headers()).get('x-portal-client-id')` is the caller's
  const forwarded = raw.framework.startsWith('nextjs') ? forwardedSessionHeaders(ev, raw) : null;
  if (forwarded?.size) {
    queries.forEach((q, i) => {
      const fromMiddleware = q.clientDriven.filter((c) => {
        const m = /^headers\.([\w-]+)$/.exec(c.source);
        return !!m && forwarded.has(m[1].toLowerCase());
      });
      if (!fromMiddleware.length) return;
      queries[i] = { ...q, clientDriven: q.clientDriven.filter((c) => !fromMiddleware.includes(c)), sessionScoped: [...q.sessionScoped, ...fromMiddleware.map((c) => ({ path: c.path, source: `${c.source} (set by the middleware from the session)` }))] };
    });
  }

  const tenantQueries = queries.filter((q) => q.tenantOwned);
  const tenantScoping: Route['tenantScoping'] = !handlerFn
    ? 'unknown'
    : tenantQueries.length === 0
      ? queries.length ? 'none' : 'none'
      : tenantQueries.some((q) => isUnscoped(q)) ? 'unscoped' : 'scoped';

  // (the handler's reach also gets its middleware, below)
  raw.chain.forEach((e, i) => {
    const fn = e.av.t === 'fn' ? e.av : e.av.t === 'wrapped' && e.av.inner.t === 'fn' ? e.av.inner : null;
    // middleware is not the handler: depth 1 keeps "the handler itself reads the body" true to its word
    // (an auth middleware's own credential check, a key secret compared with its hash, is marked: it is no sign-in form)
    const gate = chain[i]?.roles.includes('auth') || undefined;
    if (fn) reach.push(...reachable(ev, fn.file, fn.id, 1).map((x) => ({ ...x, depth: x.depth + 1, ...(gate ? { gate } : {}) })));
  });
  // an Auth.js / next-auth handler signs in through its Credentials providers' `authorize`: the password check is there
  if (!handlerFn) for (const a of credentialAuthorizers(ev, raw.handler)) reach.push(...reachable(ev, a.file, a.id, 2).map((x) => ({ ...x, depth: x.depth + 1 })));
  const rateLimitedInCode = reach.some((x) => x.s.limitsRate && limitedOn(x.s, raw.path));
  // (a server function's path is its file: a `hooks/` folder there holds React hooks and their actions, no `/hooks` URL)
  const webhookPath = !managesWebhooks && ((isServerFunction(raw) ? /webhook/i : /webhook|\/hooks?(?:[/.]|$)/i).test(namePath(raw)) || (publicReason ?? '').startsWith('webhook') || receivesWebhook);
  const unsafe = reach.find((x) => x.s.unsafeSignatureCompare);
  // (a token the provider shares with the app, compared with the server's copy, proves the sender too: Slack's verification token)
  // (so does a secret in the hook's URL that must match a record's, `/api/deploy/:refreshToken` finding the application
  // `where refreshToken = req.query.refreshToken`: a deploy hook's per-record secret)
  // (a yes/no check whose answer nothing tests, `const valid = verifyShopifyWebhook(...)` only logged, verifies nothing)
  const webhook = webhookPath ? { verified: verifiedByChain || reach.some((x) => !x.discarded && (x.s.verifiesSignature || (x.depth <= 1 && (x.s.sharedSecretCheck || x.s.callsSignatureHelper || x.s.queries.some(lookupBySecret))))), unsafeCompare: unsafe ? { file: unsafe.file, ...unsafe.s.unsafeSignatureCompare! } : undefined, ...(reach.some((x) => x.depth === 0 && handsOnPayload(x.s)) ? { actsOnPayload: true } : {}) } : undefined;
  // server actions: form data or an input object, not just an id (`closeJob(jobId)`); what the writes
  // store decides when it is known: `archive(formData)` that only sets `archived: true` by the id it was
  // given stores nothing of the client's, `saveNotes(id, notes)` stores the client's text
  // (a TanStack Start server function's `data` is the same: whatever the client sent)
  const isAction = (raw.method === 'ACTION' && !raw.noClientInput) || raw.style === 'astro-action' || (raw.framework === 'tanstack-start' && isServerFunction(raw));
  const actionWrites = isAction ? queries.filter((q) => q.kind === 'write') : [];
  const readsBody = reach.some((x) => x.depth === 0 && x.s.requestReads.includes('body')) || !!side?.delegatesBody ||
    // an uploaded file's rows written as they come (a CSV import) are the request's data too
    queries.some((q) => q.kind === 'write' && q.fileContents) ||
    actionWrites.some((q) => q.dataFromRequest === true) ||
    // a GraphQL resolver's args are the request's body (judged only where the schema leaves an argument unchecked)
    (raw.style === 'graphql' && queries.some((q) => q.kind === 'write' && q.dataFromRequest === true)) ||
    (isAction && !!summary && !(actionWrites.length && actionWrites.every((q) => q.dataFromRequest === false)) &&
      summary.params.some((p) => p === '{}' || /^(?:form|formData|data|input|values|payload|body|fields|update|patch|changes|dto|args|state|prevState)$/i.test(p)));
  // (a server action that only keeps something in the caller's own cookie, `cookieStore.set('verification-email', email)`,
  // checks nothing and sends nothing: no one guesses at it, whatever its folder or name says)
  // (nor is a handler that ends first thing in production, a test-session or seeding endpoint, a target for anyone)
  // a job runner's gate (`withCron(handler)` verifying the scheduler's signature): what the path names, the scheduler does
  const jobRunner = gateAvs.length > 0 && !summary?.sessionGetters.length && gateAvs.every((g) => signedCallerGate(ev, g.av, `${g.name} ${raw.path}`, g.credential));
  const sensitiveAction = onlyRevalidates || summary?.refusedInProduction ? undefined : sensitiveActionOf(raw, namePath(raw), chain, reach, chain.some((e) => e.roles.includes('auth')) || !!summary?.sessionGetters.length, publicReason, auth.required, jobRunner);
  // (the handler's own reach is judged once per handler; its middleware's, added above, here)
  // (an Elysia body schema of files only checks that the files came, not the rows the handler reads out of them)
  const filesOnly = (e: ChainEntry) => e.why === FILES_ONLY_SCHEMA && queries.some((q) => q.kind === 'write' && q.intoBodyField && q.dataFromRequest !== false);
  const validated = chain.some((e) => e.roles.includes('validation') && !filesOnly(e)) || !!side?.validatesItself || reachParses(reach.slice(side?.reach.length ?? 0));
  return {
    id: `r${index}`,
    framework: raw.framework,
    method: raw.method,
    path: raw.path,
    loc: raw.loc,
    handlerLoc: handlerFn && summary ? { file: handlerFn.file, ...summary.pos } : undefined,
    handlerName: summary?.name || raw.handlerText,
    chain,
    mounts: raw.mounts,
    mountKnown: raw.mountKnown,
    auth,
    roles: [...new Set(roles)],
    roleCheck,
    roleEvidence,
    queries,
    writes,
    readsData,
    serviceCaller: (!!summary && sharedSecretOnly(summary, side?.reach ?? [], secretAnswered) && !chain.some((e) => e.roles.includes('auth'))) ||
      // a job runner's gate (`withCron(handler)` verifying the queue's signature or the scheduler's secret): no user calls it
      jobRunner || undefined,
    publicReason,
    tenantScoping,
    rateLimited: chain.some((e) => e.roles.includes('rate-limit')) || rateLimitedInCode,
    validated,
    sensitiveAction,
    webhook,
    readsBody,
    cors: 'none',
    logs,
    logsFile: handlerFn?.file ?? raw.handlerFile,
    ...runsWithOf(ev, raw),
    requestReads: summary?.requestReads ?? [],
  };
}

const AUTH_HANDLER_LIB = /^(?:next-auth|@auth\/[\w-]+)$/;
const CREDENTIALS_PROVIDER = /^(?:next-auth|@auth\/core)\/providers\/credentials$/;

/**
 * The `authorize` functions of the Credentials providers an Auth.js / next-auth handler is made
 * with: `NextAuth(authOptions)`, `const { handlers } = NextAuth({ providers: [Credentials({ authorize })] })`.
 */
function credentialAuthorizers(ev: Evaluator, handler: AV): { file: string; id: number }[] {
  // `export const { GET, POST } = handlers` of `const { handlers } = NextAuth({...})`: the call's options
  // (@sidebase/nuxt-auth: `export default NuxtAuthHandler({ providers: [CredentialsProvider.default({ authorize })] })`
  // imported from its `#auth` alias, next-auth v4 underneath)
  const sidebase = isNuxtAuthHandler(handler);
  const call = handler.t === 'extcall' ? (handler.path.length && !sidebase ? null : { args: handler.args, file: handler.file })
    : handler.t === 'ext' && handler.path[0] === '()' && handler.path[1] === 'handlers' ? handler.from ?? null : null;
  if (!call || (handler.t !== 'extcall' && handler.t !== 'ext') || !(sidebase || AUTH_HANDLER_LIB.test(handler.module)) || !call.args[0]) return [];
  const options = ev.eval(call.file, call.args[0]);
  if (options.t !== 'object' || !options.props.providers) return [];
  const providers = ev.eval(options.file, options.props.providers);
  const items = providers.t === 'array' ? providers.items : [];
  const out: { file: string; id: number }[] = [];
  for (const p of items) {
    if (p.t !== 'extcall' || !CREDENTIALS_PROVIDER.test(p.module) || !p.args[0]) continue;
    const config = ev.eval(p.file, p.args[0]);
    const authorize = config.t === 'object' && config.props.authorize ? ev.eval(config.file, config.props.authorize) : null;
    if (authorize?.t === 'fn') out.push({ file: authorize.file, id: authorize.id });
  }
  return out;
}

/** The functions of the route's middleware, param loaders and error handlers, by where they are defined. */
function runsWithOf(ev: Evaluator, raw: RawRoute): { runsWith?: Loc[] } {
  const out: Loc[] = [];
  for (const e of [...raw.chain, ...(raw.paramLoaders ?? []), ...(raw.errorHandlers ?? [])]) {
    const fn = e.av.t === 'fn' ? e.av : e.av.t === 'wrapped' && e.av.inner.t === 'fn' ? e.av.inner : null;
    const s = fn ? ev.summary(fn.file, fn.id) : undefined;
    if (fn && s && !out.some((l) => l.file === fn.file && l.line === s.pos.line && l.column === s.pos.column)) out.push({ file: fn.file, ...s.pos });
  }
  return out.length ? { runsWith: out } : {};
}

export type Reached = { file: string; s: FunctionSummary; depth: number; /** reached from an auth middleware of the chain */ gate?: true; /** reached through a signature check whose answer nothing tests */ discarded?: true };

/**
 * What the handler function does on its own: its classification, the queries it reaches (given
 * the request ids its chain verified) and the functions it reaches. The language server keeps it
 * across links (handlerCache.ts), keyed by everything of the route it depends on.
 */
function handlerSideOf(ctx: RouteContext, fn: { file: string; id: number }, raw: RawRoute, verified: Set<string>, injected?: (Taint[] | undefined)[]): HandlerSide {
  const compute = (): HandlerSide => {
    const reach = reachable(ctx.ev, fn.file, fn.id, 3, raw.method);
    return {
      classification: ctx.classifier.classifyFunction(fn.file, fn.id, 0, raw.method),
      queries: resolveQueries(ctx, fn.file, fn.id, raw, verified, undefined, injected),
      reach,
      validatesItself: handlerValidates(ctx.ev, fn, reach, raw.method),
      delegatesBody: delegatesBody(ctx.ev, fn, raw.method),
      logs: collectLogs(ctx.ev, fn.file, fn.id),
    };
  };
  const files = ctx.ev.files;
  if (!ctx.handlers || !(files instanceof TrackedFiles)) return compute();
  const key = `${fn.file}#${fn.id} ${raw.style} ${raw.method} ${[...verified].sort().join(' ')}${injected ? ' ' + JSON.stringify(injected) : ''}`;
  const hit = ctx.handlers.get(key, files);
  if (hit) return hit;
  const { value, reads } = withOwnReads(files, compute);
  // what per-link memos answered without a read: the functions reached and the queries' files
  reads.add(fn.file);
  for (const r of value.reach) reads.add(r.file);
  for (const q of value.queries) reads.add(q.loc.file);
  if (files.tracker) for (const r of reads) files.tracker.add(r);
  ctx.handlers.set(key, value, reads, files);
  return value;
}

/** Does the handler validate the request itself: a schema parse in it or in a helper it hands the input to? */
/** Conform's form parsers, `parseWithZod(formData, { schema })` (also Valibot's and Yup's): the submission is the schema's output. */
const CONFORM_PARSE = /^parseWith(?:Zod|Valibot|Yup)$/;

function handlerValidates(ev: Evaluator, fn: { file: string; id: number }, reach: Reached[], method: string): boolean {
  const whole = ev.summary(fn.file, fn.id);
  // a `pages/api` handler's schema check in another method's branch does not check this method's body
  const summary = whole && forMethod(whole, method);
  const inBranch = !summary?.validationBranches || summary.validationBranches.some((b) => branchCovers(b || undefined, method));
  // (a verdict that decides nothing, `const check = Schema.safeParse(body)` only logged, checks nothing)
  const ignored = (c: CallFact) => !!summary?.ignoredVerdicts?.some((p) => p.line === c.pos.line && p.column === c.pos.column);
  return (!!summary?.parsesInput && inBranch) || (!!summary && ((!!summary.validatesInline && inBranch) || summary.calls.some((c) => (/(?:parse|safeParse|parseAsync|validate|validateSync|validateAsync|assert)$/.test(calleeName(c.callee)) || CONFORM_PARSE.test(calleeName(c.callee))) && !notSchemaParse(c.callee) && !ignored(c)))) ||
    (!!summary && parsesWithPassedSchema(ev, fn.file, summary)) || reachParses(reach);
}

/**
 * The handler hands its whole request to a function that reads the body without checking it:
 * `if (req.method === 'POST') return createDeal(req, res)`, `handlers[req.method](req, res)` (a helper
 * that parses what it reads, `schema.parse(req.body)`, checks it).
 */
function delegatesBody(ev: Evaluator, fn: { file: string; id: number }, method: string): boolean {
  const s = ev.summary(fn.file, fn.id);
  if (!s) return false;
  return forMethod(s, method).calls.some((c) => {
    if (!c.args.some((a) => a.length === 1 && a[0] === 'param:0:')) return false;
    const callee = ev.eval(fn.file, c.callee);
    if (callee.t !== 'fn') return false;
    const cs = ev.summary(callee.file, callee.id);
    return !!cs?.requestReads.includes('body') && !handlerValidates(ev, callee, reachable(ev, callee.file, callee.id), 'ALL');
  });
}

/**
 * A service the handler hands the input to parses it first (`create(orgId, input) { const data = Schema.parse(input); ... }`),
 * or a middleware does. (A schema the helper is handed, `schema.safeParse(body)`, checks only when the handler passes one:
 * parsesWithPassedSchema.)
 */
function reachParses(reach: Reached[]): boolean {
  return reach.some((x) => x.depth >= 1 && !x.gate && x.s.calls.some((c) => /(?:parse|safeParse|parseAsync|validate|validateSync|validateAsync)$/.test(calleeName(c.callee)) && !notSchemaParse(c.callee) &&
    !(c.callee.k === 'member' && c.callee.object.k === 'param') && !!c.args[0]?.some((t) => /^arg:\d+:/.test(t))));
}

/** The function, the functions nested in it, and the workspace helpers they call (a few levels). */
/**
 * The function a call runs. A wrapper made and invoked in place, `withAuth(getSettings)(req, res)` (a `pages/api`
 * handler picking a wrapper per method), runs the handler it wraps with the request: that handler is followed.
 */
function invokedCallee(ev: Evaluator, file: string, ref: import('../types').ValueRef): AV {
  let callee = ev.eval(file, ref);
  if (ref.k !== 'call') return callee;
  for (let i = 0; i < 4 && callee.t === 'wrapped'; i++) callee = callee.inner;
  return callee;
}

function reachable(ev: Evaluator, file: string, id: number, maxDepth = 3, method?: string): Reached[] {
  const out: Reached[] = [];
  const seen = new Set<string>();
  const visit = (f: string, fid: number, depth: number, discarded?: true) => {
    const key = `${f}#${fid}`;
    if (seen.has(key) || depth > maxDepth) return;
    seen.add(key);
    const facts = ev.files.get(f);
    const s = facts?.functions[fid];
    if (!s) return;
    const group = [s, ...nestedIn(facts!.functions, s)].map((g) => (depth === 0 && method ? forMethod(g, method) : g));
    for (const g of group) {
      out.push({ file: f, s: g, depth, ...(discarded ? { discarded } : {}) });
      for (const c of g.calls) {
        const callee = invokedCallee(ev, f, c.callee);
        if (callee.t === 'fn') visit(callee.file, callee.id, depth + 1, discarded || c.discardedCheck);
      }
    }
  };
  visit(file, id, 0);
  return out;
}

const ACTIONS: [RegExp, string][] = [
  // (also a sign-in named for what it signs into or with: `/session-login` exchanging an identity provider's token for a
  // session cookie, `/staff-login`, `/email_signin`)
  [/(?:^|\/)(?:login|signin|sign-in|sign_in|logon|authenticate|session|sessions|token|oauth\/token)(?:\/|$)|(?:^|\/)[a-z]+[-_](?:login|signin)(?:\/|$)/i, 'login'],
  [/(?:^|\/)(?:signup|sign-up|sign_up|register|registration)(?:\/|$)/i, 'signup'],
  [/(?:forgot|reset|recover|change)[-_]?password|password[-_/]?(?:reset|forgot|recover)|(?:^|\/)(?:reset|forgot)(?:\/|$)|magic[-_]?link|(?:^|\/)magic(?:\/|$)/i, 'password reset'],
  [/(?:^|\/)(?:otp|mfa|2fa|totp|verify-otp|verify-code|one-time|two[-/]factor)(?:\/|$)|verify[-_]?(?:otp|code|mfa|2fa)/i, 'OTP/MFA verification'],
  // (also a segment that starts with the word: `/invite-friend`, `/upload-avatar`, `/export-roster`)
  // (or ends with it: `/auth/accept-invite`, `/resend_invitation`)
  [/(?:^|\/)(?:[a-z]+[-_])?invit(?:e|es|ation|ations)(?:[-_][\w-]*)?(?:\/|$)/i, 'invite'],
  [/(?:^|\/)(?:upload|uploads)(?:[-_][\w-]*)?(?:\/|$)/i, 'upload'],
  // (also one that ends with it, as the invite pattern reads: `/deals-export`, `/audit_export`)
  [/(?:^|\/)(?:[a-z]+[-_])?(?:export|exports)(?:[-_][\w-]*)?(?:\/|$)|(?:^|\/)(?:download-all|bulk-export)(?:\/|$)|\.(?:csv|xlsx)$/i, 'export'],
];

/** Routes worth rate limiting: by path, by what the handler does (checks a password, issues a token), by upload middleware. */
function sensitiveActionOf(raw: RawRoute, path: string, chain: ChainEntry[], reach: Reached[], signedIn: boolean, publicReason?: string, authenticated = signedIn, jobRunner = false): string | undefined {
  const writesMethod = !['GET', 'HEAD', 'OPTIONS', 'QUERY'].includes(raw.method);
  const postOrPut = ['POST', 'PUT', 'ALL', 'ACTION', 'MUTATION'].includes(raw.method);
  // procedure and action names are camelCase words (`team.exportAll`, `uploadAvatar`, `inviteMember`): read them as path segments
  // (a SvelteKit form action's name too: `/members?/inviteMember`)
  const named = isNamedProcedure(raw) || raw.framework === 'graphql' ? path : isServerFunction(raw) ? '/' + (raw.path.split('#').pop() ?? '') : raw.framework === 'sveltekit' && raw.path.includes('?/') ? '/' + raw.path.split('?/').pop() :
    raw.style === 'astro-action' ? path.replace(/^\/_actions/, '') : null;
  // (two-word names read both ways: `exportAll` is `/export/all`, `signIn` is `/sign-in`)
  const wordPath = named ? named.replace(/([a-z0-9])([A-Z])/g, '$1/$2').toLowerCase() : null;
  const dashPath = named ? named.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() : null;
  // (the function's own name and its first word: `beginAuthMfaEnrollment` -> `begin`)
  const fnName = named ? named.split(/[/.#]/).pop() ?? null : null;
  const leadVerb = fnName ? fnName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_-]+/)[0].toLowerCase() : null;
  // `/invites/webhook`, `/webhooks/signup`: a provider posts events there; the path names the event, not an action
  const webhook = /(?:^|\/)(?:webhooks?|hooks?)(?:[/.]|$)/i.test(path);
  // (a handler reading the request itself: an action's or a procedure's input comes as its arguments)
  const readsNothing = (raw.style === 'express' || raw.style === 'next-app' || raw.style === 'next-pages') && raw.method !== 'ACTION' && !isNamedProcedure(raw) && !isServerFunction(raw) &&
    !reach.some((x) => x.depth <= 1 && (x.s.requestReads.length || x.s.readsCredential.length || x.s.checksPassword));
  // ...and a scheduler's or a queue's call, proved by a signature or under `/cron/` (`POST /api/cron/cleanup/declined-invites`
  // verifies QStash's signature): a machine calls it on schedule, nobody can make it send or guess at will
  const machine = webhook || jobRunner || /(?:^|\/)crons?(?:\/|$)/i.test(path) || reach.some((x) => x.depth <= 2 && x.s.verifiesSignature);
  for (const [re, what] of machine ? [] : ACTIONS) {
    if (!re.test(path) && !(wordPath && re.test(wordPath)) && !(dashPath && re.test(dashPath))) continue;
    // DELETE /session is a logout: nothing to guess; neither is `/session/refresh` (a signed refresh
    // token is exchanged, no password) nor `/session/logout`
    if (what === 'login' && (raw.method === 'DELETE' || [path, wordPath, dashPath].some((p) => !!p && /(?:^|\/)(?:refresh|refresh[-_]token|logout|log-out|signout|sign-out)(?:[/-]|$)/i.test(p)))) continue;
    // `POST /auth/token` that exchanges the refresh token it reads (a cookie, `body.refreshToken`) and checks no password
    if (what === 'login' && !reach.some((x) => x.s.checksPassword) && reach.some((x) => x.depth <= 1 && [...x.s.readsCredential, ...x.s.requestReads].some((r) => /refresh/i.test(r)))) continue;
    // `hasPendingSession()`, `clearSession()`, `getSessionInfo`: a function named for asking about or ending the caller's own
    // session enters no credential (only the word `session` in its name made it look like a sign-in)
    if (what === 'login' && leadVerb && /^(?:has|is|get|read|load|fetch|clear|delete|remove|destroy|end|list|revoke)$/.test(leadVerb) && !re.test(path) &&
      !/(?:^|\/)(?:login|signin|sign\/in|log\/in|logon|authenticate|token)(?:\/|$)/.test(wordPath ?? '') && !reach.some((x) => x.s.checksPassword)) continue;
    // `/embed/token`, `/collab/token` behind a session: a signed-in user asks for a scoped token; nothing to guess
    if (what === 'login' && signedIn && !/(?:^|\/)(?:login|signin|sign-in|sign_in|logon|authenticate|oauth\/token)(?:\/|$)/i.test(path)) continue;
    // `signFieldWithToken`, `completeDocumentByToken`: an action done with a token the link carries, not a sign-in
    if (what === 'login' && wordPath && !re.test(path) && /\/(?:with|by|from|using)\/(?:token|session)(?:\/|$)/.test(wordPath)) continue;
    // `POST /websites/:websiteId/reset`: one record is reset (its data, its counters), no password
    if (what === 'password reset' && /\/:[^/]+\/(?:reset|forgot)(?:\/|$)/.test(path) && !/password|magic/i.test(path)) continue;
    // `resetLinkClicks`, `team.resetFilters`: a name that resets something other than a credential
    if (what === 'password reset' && wordPath && !re.test(path) && /(?:^|\/)reset\/(?!password|pass|pw|credentials?|pin|secret|2fa|mfa|otp|token|code)[a-z]/.test(wordPath) && !/password|magic/.test(wordPath)) continue;
    // `/webauthn/registration`, `/devices/register` behind an auth middleware: a signed-in user registers a
    // credential or a device; accounts are not created there
    // (also a handler that itself answers 401 without a session, `POST /api/passkeys/register`: nobody signs up signed in)
    // (a signup's own `if (session?.user) return 400` turns signed-in callers away: it is no session check, see invertedSessionCheck)
    if (what === 'signup' && (authenticated || chain.some((e) => e.roles.includes('auth')))) continue;
    // `team.deleteInvite`, `DELETE /invites/:id`, `declineInvite`: managing invitations sends nothing and guesses nothing
    if (what === 'invite' && (raw.method === 'DELETE' || /(?:^|\/)(?:delete|decline|revoke|cancel|remove|list|get)(?:[-_]invit\w*)?(?:\/|$)/.test(wordPath ?? path.toLowerCase()))) continue;
    // a signed-in user accepting an invitation whose link carries a signed token (`jwt.verify(params.token, key)`):
    // like a refresh token, a signature cannot be guessed at (a random token looked up in the database can, and an
    // anonymous accept that creates the account is a signup)
    if (what === 'invite' && signedIn && /(?:^|\/)(?:accept|join|redeem)(?:[-_]invit\w*)?(?:\/|$)/.test(wordPath ?? path.toLowerCase()) &&
      reach.some((x) => x.depth <= 2 && x.s.sessionGetters.some((g) => /(?:^|\.)(?:verify|jwtVerify)$/.test(g))) &&
      !reach.some((x) => x.s.queries.some((q) => q.kind === 'read' && (q.where ?? []).some((w) => /token|code/i.test(w.path) && w.taint.some((t) => /^(?:request|param):/.test(t)))))) continue;
    // `unenrollMfaAction`: a signed-in user removing a factor enters no code (nor one starting its setup, `totpSetup`,
    // which hands out a new secret, or asking its status)
    if (what === 'OTP/MFA verification' && signedIn && /(?:^|\/)(?:unenroll|remove|delete|list|setup|status)(?:\/|$)/.test(wordPath ?? path.toLowerCase())) continue;
    // (nor one named for beginning an enrollment, `beginMfaEnrollment`, `mfa.startEnrollment`, signed in or mid sign-in:
    // it hands out a new factor's secret and checks no code; the step that verifies the first code is the one to limit)
    if (what === 'OTP/MFA verification' && leadVerb && /^(?:begin|start|init|initiate|create|setup)$/.test(leadVerb) && /enrol/i.test(fnName ?? '') &&
      !/(?:^|\/)(?:verify|complete|confirm|challenge|code)(?:\/|$)/.test(wordPath ?? '')) continue;
    // a signed-in caller's `POST /auth/verify` that reads nothing of the request (no code, no token: it answers who the session is)
    // enters nothing to guess
    if ((what === 'password reset' || what === 'OTP/MFA verification') && authenticated && readsNothing) continue;
    // `/profile/mfa/mfa-skipped`, `/account/2fa/status`, `/mfa/trusted-device`: a signed-in user's factor preferences, no code entered
    if (what === 'OTP/MFA verification' && signedIn && /(?:^|\/)(?:mfa|2fa|two-factor)\/[\w-]*(?:skip|suggest|trusted|status|settings|preferences|methods)[\w-]*(?:\/|$)/i.test(path)) continue;
    // `POST /settings/sessions` that only deletes sessions ("sign out everywhere"): no credential to guess
    if (what === 'login' && !/(?:^|\/)(?:login|signin|sign-in|sign_in|logon|authenticate|oauth\/token)(?:\/|$)/i.test(path) && reach.some((x) => x.s.queries.some((q) => q.kind === 'delete')) &&
      !reach.some((x) => x.s.checksPassword || x.s.issuesToken || x.s.queries.some((q) => q.kind === 'write'))) continue;
    if (what === 'export' || (what === 'upload' ? postOrPut : writesMethod)) return what;
    // a link opened with GET that signs its holder in (`GET /auth/magic-link/verify?token=...` redeeming a token looked up
    // in the database, then issuing a session): a sign-in, guessed at like the POST that sends it
    if (!writesMethod && !signedIn && (what === 'password reset' || what === 'OTP/MFA verification') && reach.some((x) => x.depth <= 3 && x.s.issuesToken)) return what;
  }
  // a handler answering a spreadsheet of rows it read (`text/csv`, a `.csv` attachment): an export, whatever the path says
  if (!webhook && reach.some((x) => x.depth <= 1 && x.s.servesSpreadsheet) && reach.some((x) => x.depth <= 2 && x.s.queries.some((q) => q.kind === 'read'))) return 'export';
  // `POST /orgs/:id/members` that creates an invitation row (and mails its link): an invite, whatever the path says
  if (postOrPut && !webhook && reach.some((x) => x.depth <= 2 && x.s.queries.some((q) => q.kind === 'write' && /^(?:create|insert|insertMany|createMany|upsert|save|values|insertInto)$/.test(q.op) && /invit/i.test(q.model)))) return 'invite';
  // procedure and action names say it in camelCase (`auth.requestReset`, `signUpAction`): what the name made public
  // (not a machine's call: `POST /api/v1/github/verify` receiving a provider's signed report, its signature verified)
  if (writesMethod && publicReason && !signedIn && !machine) {
    if (publicReason.startsWith('signup')) return 'signup';
    if (publicReason.startsWith('password reset') && !(authenticated && readsNothing)) return 'password reset';
    // `signInAction(formData)` handing the form to Auth.js `signIn('credentials', ...)`: the password is checked there
    if (publicReason.startsWith('login') && wordPath && /(?:^|\/)(?:sign\/in|log\/in|login|signin|authenticate|(?:verify|check|submit|enter)(?:\/(?:link|page|share|dashboard))?\/password)(?:\/|$)/.test(wordPath) &&
      !/(?:^|\/)(?:out|logout|signout|refresh|with|by)(?:\/|$)/.test(wordPath)) return 'login';
  }
  // attachments, avatars, photos, imports: uploads when the handler takes files
  if (postOrPut && reach.some((x) => x.depth <= 1 && x.s.handlesUpload)) return 'upload';
  // UploadThing's `export const { GET, POST } = createRouteHandler({ router })`: its POST starts every upload of the file router
  if (postOrPut && raw.handler.t === 'ext' && uploadRouterHandler(raw.handler)) return 'upload';
  // (a signed-in user confirming a password to change it or delete the account is already signed in)
  if (writesMethod && !signedIn && reach.some((x) => x.s.checksPassword && !x.gate)) return 'login';
  // (a signed-in caller handed a token without giving a password, an admin's impersonation, a scoped embed token,
  // guesses nothing: like `/embed/token` above)
  if (writesMethod && reach.some((x) => x.depth === 0 && x.s.issuesToken) && !/refresh|logout/i.test(path) &&
    (!(signedIn || authenticated) || reach.some((x) => x.s.checksPassword))) return 'login';
  // multer's `upload.single('file')` is the entry itself, not a `.array()` inside a schema argument (`guard({ response: x.array() })`)
  // (hapi: a route whose `payload` settings take multipart files; Elysia: a body schema with `t.File()`)
  if (chain.some((e) => /^[\w$.]+\.(?:single|array|fields|any)\(|multer|^upload\.|File(?:s|Fields)?Interceptor|AnyFilesInterceptor|^payload \(multipart|\(t\.File upload\)/i.test(e.name))) return 'upload';
  // koa-body named in the route itself with `multipart: true` (app-wide, it only parses whatever comes: the routes that
  // take files say so by reading them)
  if (chain.some((e) => /\bmultipart\s*:\s*true\b/.test(e.name) && e.registeredAt.file === raw.loc.file && e.registeredAt.line >= raw.loc.line)) return 'upload';
  return undefined;
}

/** A path that names private data (users, invoices, exports, admin...). */
/**
 * A gate that only decodes the caller's JWT: a `decode` in its function (not one read for the expiry, of a token the
 * identity provider issued, or in browser code) with no `verify` and no query (a session row looked up by the token's
 * id is the credential then, not the claims).
 */
function decodeOnlyGate(ev: Evaluator, av: AV): boolean {
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
  if (!fn) return false;
  const uses = (ev.files.get(fn.file)?.jwtUses ?? []).filter((j) => j.inFunction === fn.id);
  const s = ev.summary(fn.file, fn.id);
  return !!s && !s.queries.length && uses.some((j) => j.op === 'decode' && !j.providerToken && !j.inComponent && !j.expiryOnly && !j.ownToken) && !uses.some((j) => j.op === 'verify');
}

export function namesPrivateData(path: string): boolean {
  return SENSITIVE_PATH.test(path);
}

/**
 * An RPC function the client calls by reference, named by its file and binding
 * (`app/rooms/actions.ts#deleteRoom`): a Next.js server action, a TanStack Start server function.
 */
function isServerFunction(raw: RawRoute): boolean {
  return raw.framework === 'server-action' || (raw.framework === 'tanstack-start' && raw.path.includes('#'));
}

/** tRPC procedure paths (`admin.deleteUser`) read like URL paths for name-based checks. */
function namePath(raw: RawRoute): string {
  // (a server function is named by its file: the monorepo folders that hold the app, `web/apps/dashboard/`, name the
  // app, not what the function touches)
  if (isServerFunction(raw)) return raw.path.replace(/^(?:[^#]*?\/)?(?:apps|packages)\/[^/#]+\//, '');
  // (an Astro action's nested name, `/_actions/admin.deleteUser`, too)
  return isNamedProcedure(raw) || raw.framework === 'graphql' ? '/' + raw.path.replace(/\./g, '/') : raw.style === 'astro-action' ? raw.path.replace(/\./g, '/') : raw.path;
}

// (also the flag named for what is public, `isPublicTender`, `is_public_listing`, `isPublishedEvent`: `is` spelled out, so
// `liveMode` or `publicKey` name no publication)
// (and the flag that opens a record to the public's bookings, `bookingOpen`, `onlineBookingEnabled`, `acceptsBookings`: what the
// public booking page lists)
const BOOLEAN_PUBLICATION = /^(?:(?:is_?)?(?:published|public|listed|live)|is_?(?:published|public|listed)_?[a-z]+|(?:is_?)?(?:online_?)?bookings?_?(?:open|enabled)|accepts?_?(?:online_?)?bookings)$/i;
const STATE_FIELD = /^(?:status|state|visibility|publication_?status|publish_?status)$/i;
/** the flag that keeps a record out of public view, `hidden: false` / `isPrivate: false` keeping the visible ones (a moderated review, an unlisted page) */
const BOOLEAN_CONCEALMENT = /^(?:is_?)?(?:hidden|private|unlisted)$/i;

/** A filter that keeps published records only: `published: true`, `eq(posts.isPublic, true)`, `status: 'published'`, `visibility: 'public'`. */
/** `status: 'draft'`, `published: false`, `visibility: 'private'`: a filter to what is NOT published (the records' private state) */
function unpublishedTerm(t: import('../types').WhereTerm): boolean {
  const field = t.path.split('.').pop() ?? '';
  if (t.literal === false) return BOOLEAN_PUBLICATION.test(field);
  if (t.literal === true) return BOOLEAN_CONCEALMENT.test(field);
  return typeof t.literal === 'string' && STATE_FIELD.test(field) && /^(?:draft|drafts|private|unpublished|hidden|internal)$/i.test(t.literal);
}

/** when a record was published or listed publicly (`publishedAt`, `listed_at`, `addedToMarketplaceAt`): set on published records only */
const PUBLICATION_TIME = /(?:[Pp]ublish|[Ll]isted|[Pp]ublic|[Rr]elease|[Mm]arketplace|[Gg]o_?[Ll]ive|[Ww]ent_?[Ll]ive)\w*(?:At|_at|On|_on|Date|_date)$/;

function publishedTerm(t: import('../types').WhereTerm): boolean {
  if (t.notNull) return PUBLICATION_TIME.test(t.path.split('.').filter((x) => !FILTER_OPERATOR.test(x) && x !== '$ne').pop() ?? '');
  const field = t.path.split('.').pop() ?? '';
  if (t.literal === true) return BOOLEAN_PUBLICATION.test(field);
  if (t.literal === false) return BOOLEAN_CONCEALMENT.test(field);
  return typeof t.literal === 'string' && STATE_FIELD.test(field) && /^(?:public|published|live|listed)$/i.test(t.literal);
}

/** Prisma / Mongo / Sequelize filter operators that wrap a field's value in a where path. */
const FILTER_OPERATOR = /^(?:equals|in|notIn|contains|startsWith|endsWith|mode|not|gt|gte|lt|lte|\$eq|\$in|\$regex|\$options|eq|ne|iLike|like)$/;

/** whether a write's values carry request data, and whether they are an uploaded file's contents (multer's or Nest's `file.buffer`) */
function dataOrigin(taints: string[], verified?: Set<string>): { dataFromRequest: boolean; fileContents?: true; intoBodyField?: true } {
  const fileContents = taints.some((t) => /^request:files?\.(?:\d+\.)?buffer(?:\.|$)/.test(t));
  // (behind a body schema of files only, what is read out of a file: its text, its bytes)
  const intoBodyField = taints.some((t) => /^request:body\.[\w$]+\.(?!(?:name|type|size|lastModified)(?:\.|$))[\w$]+/.test(t));
  // (an id the client sent that a lookup within the caller's tenant found first, `projectId` of the form after
  // `project.findFirst({ where: { id: projectId, teamId } })` answered 404 when missing, names that record: no request data, as a path parameter;
  // so does a server action's plain argument found so, `mergePosts(sourceId, targetId)`: `request:arg1`)
  return { dataFromRequest: taints.some((t) => t.startsWith('request:') && !/^request:params?\./.test(t) && !(verified?.has(t) && /(?:[._]id|[a-z]Id|^request:arg\d+)$/.test(t))), ...(fileContents ? { fileContents } : {}), ...(intoBodyField ? { intoBodyField } : {}) };
}

/** a count or a Prisma `aggregate` (`_count`, `_sum`, `_min`): numbers, no record (Mongoose's `aggregate` pipeline returns documents) */
function countsOnly(q: ResolvedQuery): boolean {
  return q.kind === 'read' && (!!q.countedOnly || /^(?:count|countDocuments|estimatedDocumentCount)$/.test(q.op) || (q.op === 'aggregate' && q.orm === 'prisma'));
}

/**
 * A total over every tenant: a count or aggregate that nothing the client sends narrows to one record or tenant
 * (`order.aggregate({ _count: true, where: { currency: params.currency } })` still counts everyone's orders;
 * `count({ where: { teamId: input.teamId } })` tells about one team).
 */
export function totalOnly(q: ResolvedQuery): boolean {
  if (!countsOnly(q)) return false;
  const keys = new Set(q.tenantKeys.map((k) => k.toLowerCase()));
  const narrows = (path: string) => path.split('.').filter((p) => !FILTER_OPERATOR.test(p)).some((seg) => /^id$|Id$|_id$|ids$|Ids$/.test(seg) || keys.has(seg.toLowerCase()));
  return !q.clientDriven.some((c) => c.path === '*' || narrows(c.path));
}

/** A column naming another row (`collectionID`, `parentId`, `project_id`), not the row's own `id`. */
const FOREIGN_KEY_COLUMN = /[a-z0-9](?:Id|ID|_id)$/;

export function isUnscoped(q: ResolvedQuery): boolean {
  // a row written back (`doc.save()`) is scoped by the read that fetched it, which is judged itself;
  // a read of published records only is public content, whichever tenant published them
  if (!q.tenantOwned || CREATE_OPS.has(q.op) || q.ownershipChecked || q.sessionScoped.length || q.ofRow || q.publishedOnly || q.existenceOnly) return false;
  // (favoriting, liking or following a record by its id links the caller to it: the owner's data is not changed)
  if (q.callerReaction) return false;
  // (a count over every tenant's rows, `Team.count()` to tell a fresh install, returns a number, no records)
  // (nor does one filtered by nothing the client sends: `Team.count({ transaction })`)
  const counts = countsOnly(q);
  if (!q.hasFilter || totalOnly(q)) return !counts;
  // a filter on the tenant key with a server-side value (`practiceId: null`, a row read earlier) constrains the tenant
  const keysLower = q.tenantKeys.map((k) => k.toLowerCase());
  const clientPaths = new Set(q.clientDriven.map((c) => c.path.split('.')[0].toLowerCase()));
  if ((q.filterPaths ?? []).some((p) => keysLower.includes(p.split('.')[0].toLowerCase()) && !clientPaths.has(p.split('.')[0].toLowerCase())) && keysLower.some((k) => k !== 'id')) {
    if (!q.clientDriven.some((c) => keysLower.includes(c.path.split('.')[0].toLowerCase()))) return false;
  }
  // a lookup by an unguessable secret (share token, reset token hash, invite code) is a capability, not an IDOR
  // (an email or username lookup finds an account, e.g. to check an invitee exists; it is not a tenant record by id)
  // (a lookup by the session cookie or a credential header is the caller's own sign-in: `session.findUnique({ where: { id: cookies.sid } })`)
  // (one by the Host the request was sent to finds the custom domain or tenant that host serves: `domain.find({ address: req.headers.host })`)
  // (the field a filter operator applies to: `email: { equals: x, mode: 'insensitive' }` filters by email)
  const field = (path: string) => path.split('.').filter((p) => !FILTER_OPERATOR.test(p)).pop() ?? '';
  // (so is the value the client sends as a token matched on a JSON path, sql`${server.metricsConfig} ->> 'token' = ${input.token}`,
  // or on the id of a token record, `eq(invitation.id, input.token)`; a board's id the client calls a token is still its id)
  // (a list read by email or username, `User.find({ email: new RegExp(`^${q}`) })`, is a search of every tenant's accounts, not one account found)
  // (so is one matching a pattern, Drizzle's `ilike(users.email, `%${q}%`)`, Prisma's `email: { contains: q }`, whatever the call)
  const searchesAccounts = q.kind === 'read' && q.clientDriven.some((c) => /(?:^|\.)(?:email|username|login)\.(?:like|iLike|contains|startsWith|endsWith|\$regex)$/.test(c.path));
  const accountKey = (q.many && q.kind === 'read' && /^(?:find|findMany|findAll)$/.test(q.op)) || searchesAccounts ? /token|hash|secret|nonce|otp|code$|signature/i : /token|hash|secret|nonce|otp|code$|signature|^email$|^username$|^login$/i;
  const byId = q.clientDriven.filter((c) => !accountKey.test(field(c.path)) &&
    !(/^(?:input|params|param|query|body|args)\.(?:\w+\.)?\w*token$/i.test(c.source) && (!/^_?id$/i.test(field(c.path)) || TOKEN_RECORD.test(q.model))) &&
    // (a field of what a helper found by the client's token, `link = await findLink(params.token)`, then
    // `eq(assets.id, link.assetId)`: the record the capability opened, not an id the client picked)
    !/^(?:input|params|param|query|body|args)\.(?:\w+\.)?\w*token\.\w+$/i.test(c.source) &&
    !/^(?:cookies|signedCookies)(?:\.|$)/.test(c.source) && !(/^headers\./.test(c.source) && isCredentialHeader(c.source.slice(8))) && !addressedHost(c.source));
  if (q.clientDriven.length > 0 && byId.length === 0) return false;
  // an id and the secret that goes with it (`{ id: params.itemId, envelope: { recipients: { some: { token } } } }`): the secret scopes it
  if (q.clientDriven.some((c) => /token|secret|hash|nonce|signature/i.test(field(c.path)))) return false;
  if (q.clientDriven.length > 0) return true;
  // a list keyed by a row the code already holds (`count({ where: { sessionId: session.id } })`): that row's query is the one to scope
  if (q.many && (q.dbDriven ?? []).length > 0) return false;
  // a list filtered on its tenant key by a server-side value (a row read earlier) is not a cross-tenant read
  const keys = q.tenantKeys.map((k) => k.toLowerCase());
  // (a bulk write keyed by server-side values, `updateMany({ where: { sessionId } })`, lists nothing)
  // (nor does one of rows the server names by id, `findMany({ where: { id: { in: env.DEFAULT_PROJECT_IDS } } })`: nothing
  // the client sends picks them, and it lists no tenant's rows wholesale)
  return q.many && q.kind === 'read' && !(q.filterPaths ?? []).some((p) => keys.includes(p.split('.')[0].toLowerCase()) || /^(?:id|_id)$/.test(p.split('.')[0]));
}

/**
 * A procedure or action name read as words (`requestSignInLink` -> request sign in link): signing up
 * (`registerPractice`, `signUpWithEmail`, `createAccount`), asking for a sign-in link or a password
 * reset, or signing in.
 */
/**
 * A handler that hands the posted payload to code of the app or a library (`await fulfillOrder(event.data.object)`,
 * `queue.add('build', req.body)`) acts on it, even where the writes that follow are out of sight; parsing it,
 * logging it or echoing it in the response does not.
 */
function handsOnPayload(s: FunctionSummary): boolean {
  const inert = (c: FunctionSummary['calls'][number]): boolean => {
    const ch: string[] = [];
    let r = c.callee;
    for (let i = 0; i < 8 && r.k === 'member'; i++) { ch.unshift(r.prop); r = r.object; }
    if (r.k === 'global' && /^(?:JSON|console|Object|Array|String|Number|Boolean|Promise|Math|Date|Buffer|parseInt|parseFloat|encodeURIComponent|decodeURIComponent|structuredClone)$/.test(r.name)) return true;
    if (r.k === 'param') return true; // res.json(...), c.json(...), reply.send(...), ctx.throw(...)
    if (r.k === 'import' && /^(?:next\/server|next\/navigation|hono(?:\/.*)?|express|koa|fastify|zod|crypto|node:crypto)$/.test(r.source)) return true;
    const last = ch[ch.length - 1] ?? (r.k === 'ref' || r.k === 'global' ? r.name : '');
    if (/^(?:log|info|warn|error|debug|trace|json|send|status|sendStatus|end|write|parse|safeParse|stringify|text|toString|get|has|includes)$/.test(last)) return true;
    return false;
  };
  return s.calls.some((c) => !inert(c) && c.args.some((a) => a.some((t) => /^request:(?:body|input|payload|form|json)/.test(t))));
}

/** Models that hold webhook configuration (`Webhook`, `WebhookEndpoint`, `TeamWebhook`), not received events or deliveries. */
const WEBHOOK_CONFIG_MODEL = /hook/i;
const WEBHOOK_TRAFFIC_MODEL = /event|deliver|log|attempt|receipt|message|call|payload|request|notification|inbox|queue|job/i;
/** A procedure or action named for managing webhooks: `getTeamWebhooks`, `createWebhook`, `testWebhook`, `rotateWebhookSecret`. */
const WEBHOOK_MANAGEMENT_VERB = /^(?:get|list|find|fetch|load|read|create|add|new|register|subscribe|unsubscribe|update|edit|save|set|upsert|delete|remove|destroy|toggle|enable|disable|test|ping|trigger|send|rotate|regenerate|reveal|resend|retry|replay)[A-Za-z0-9]*(?:web)?hooks?/i;

/**
 * A route that manages webhook configuration rather than receiving events from a third party:
 * it needs a signed-in user (auth middleware or a session check that is not a shared secret),
 * or it is a procedure named for managing webhooks, or it edits or deletes one webhook by id
 * (`PATCH`/`PUT`/`DELETE /webhooks/:id`), or every query it makes is on a webhook configuration model.
 */
function managesWebhookConfig(ctx: RouteContext, raw: RawRoute, chain: ChainEntry[], authVia: string[], queries: ResolvedQuery[]): boolean {
  const path = namePath(raw);
  if (!/webhook|\/hooks?(?:[/.]|$)/i.test(path)) return false;
  // `POST /api/webhooks/stripe` is Stripe's, whatever middleware the app put in front of it
  if (raw.method === 'POST' && !isNamedProcedure(raw) && raw.framework !== 'graphql' && !isServerFunction(raw) && providerWebhookPath(path)) return false;
  // a shared-secret or API-key gate is how services call in; a user's session is not
  const serviceGate = /api.?key|secret|signature|signed|hmac|webhook|hook|shared|basic|internal|service|cron/i;
  const chainUser = chain.some((e, i) => {
    if (!e.roles.includes('auth') || serviceGate.test(e.name) || serviceGate.test(e.why ?? '')) return false;
    const av = raw.chain[i]?.av;
    const fn = av?.t === 'fn' ? av : av?.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
    const s = fn ? ctx.ev.summary(fn.file, fn.id) : undefined;
    return !(s && s.sharedSecretCheck && !s.sessionGetters.length);
  });
  const handlerUser = authVia.some((v) => v.startsWith('session check'));
  if (chainUser || handlerUser) return true;
  const name = raw.path.split(/[.#/]/).pop() ?? '';
  if ((isNamedProcedure(raw) || raw.framework === 'graphql' || isServerFunction(raw)) && WEBHOOK_MANAGEMENT_VERB.test(name)) return true;
  if (/^(?:DELETE|PATCH|PUT)$/.test(raw.method) && /(?:web)?hooks?\/:[^/]+$/i.test(path)) return true;
  return queries.length > 0 && queries.every((q) => WEBHOOK_CONFIG_MODEL.test(q.model) && !WEBHOOK_TRAFFIC_MODEL.test(q.model));
}

/** node oidc-provider's `provider.interactionDetails(req, res)` (`interactionResult`, `interactionFinished`): the sign-in interaction in progress */
function loadsOidcInteraction(s: FunctionSummary | undefined): boolean {
  return !!s && s.calls.some((c) => c.callee.k === 'member' && /^interaction(?:Details|Result|Finished)$/.test(c.callee.prop));
}

const GUEST_GATE = /^(?:throw|redirect|reject|deny|block)If(?:Authenticated|LoggedIn|SignedIn|Authed)$|^(?:guest|guests|guestOnly|onlyGuests?|requireGuest|ensureGuest|ensureLoggedOut|ensureNotAuthenticated|notAuthenticated|unauthenticatedOnly|requireAnonymous)$/i;

/** Records that exist to be redeemed by a secret sent out with them: change requests, invitations, verification and reset tokens. */
const TOKEN_RECORD = /(?:token|request|invite|invitation|verification|confirmation|reset|unsubscribe|otp|magiclink)s?$/i;

/** A path that names opting out of mail: `/unsubscribe/:token`, `/email/opt-out`, `/mailing/optout` */
const UNSUBSCRIBE_PATH = /(?:^|\/)(?:unsubscribe|opt-?out)(?:\/|$)/i;

/** A where path that names a secret the client holds: `token`, `resetToken`, `inviteToken`, `secret`, `otp`, `nonce`. */
/** the public key of a short link: `/:slug`, `/r/:code`, `/go/:alias` */
const SHORT_LINK_KEY = /^(?:slug|code|shortCode|short_code|alias|shortId|short_id|key)$/i;
const SECRET_KEY = /(?:^|\.)(?:\w*[tT]oken|secret|\w*Secret|otp|nonce)$/;

function verbPublicReason(name: string): string | undefined {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).filter(Boolean);
  const joined = words.join('');
  if (!words.length) return undefined;
  if (words[0] === 'register' || joined.startsWith('signup') || joined.startsWith('createaccount') || joined.startsWith('selfregister')) return 'signup endpoint';
  if (/magiclink|signinlink|loginlink|(?:forgot|reset|lost)password|password(?:reset|forgot)|requestreset|verifyemail|resendverification|verifyotp|sendotp|requestotp/.test(joined)) return 'password reset / verification endpoint';
  if (/^(?:signin|login|logon|authenticate)/.test(joined)) return 'login/logout endpoint';
  // `verifyPassword(formData)` of a password-protected page or link: the visitor proves the password there
  if (/^(?:verify|check|submit|enter)(?:link|page|share|dashboard)?password$/.test(joined)) return 'login/logout endpoint';
  return undefined;
}

/** Server actions named like `signIn`, `signUp`, `forgotPassword` are public by design. */
function actionPublicReason(path: string): string | undefined {
  const name = path.split('#').pop() ?? '';
  const r = publicReasonForPath('/' + name.replace(/Action$/, ''));
  if (r && r !== 'public/marketing content' && r !== 'health/status endpoint') return r;
  // an action kept beside the sign-in, sign-up or reset page (`app/(auth)/login/actions.ts`) serves that page's form
  const parts = path.slice(0, path.lastIndexOf('#')).split('/');
  const app = parts.lastIndexOf('app');
  if (app < 0) return undefined;
  // (route groups, parallel slots and dynamic segments, `[locale]`, say nothing of what the page is)
  const url = '/' + parts.slice(app + 1, -1).filter((x) => !/^\(.*\)$/.test(x) && !x.startsWith('@') && !/^\[.*\]$/.test(x)).join('/');
  const byFolder = url.length > 1 ? publicReasonForPath(url) : null;
  if (byFolder && /^(?:login|signup|password reset)/.test(byFolder)) return byFolder;
  // an action file in the app's `auth` folder (`app/auth/actions.ts` beside `app/auth/sign-in/page.tsx`) serves the sign-in
  // pages below it, as an `/auth/...` route does; not one whose name says it acts for a signed-in user (`deleteAccount`)
  // (what its name says comes first: `signInViaEmail` is the login, `signUpViaEmail` the sign-up, for missing-rate-limit)
  if (byFolder === 'auth endpoint') return publicReasonForPath(url + '/' + name.replace(/Action$/, '')) === 'auth endpoint' ? verbPublicReason(name.replace(/Action$/, '')) ?? byFolder : undefined;
  return undefined;
}

/** `JSON.parse(body)`, `qs.parse(query)`, `cookie.parse(header)`: parsing text, not checking it against a schema */
/** Whether a function's limiter runs for this path (one it runs only for some paths, `if (pathname.startsWith('/api/auth'))`). */
export function limitedOn(s: import('../types').FunctionSummary, path: string): boolean {
  return !!s.limitsRate && (!s.rateLimitPaths?.length || s.rateLimitPaths.some((g) => g.patterns.some((p) => pathPatternMatches(p, path)) !== g.negated));
}

/** The role checks a middleware makes for this path only (see `FunctionSummary.pathRoleChecks`). */
function pathRoleChecksFor(ev: Evaluator, av: AV, path: string): string[] {
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
  // (also those of the one helper a middleware that checks nothing itself hands the request to: Supabase's `updateSession(request)`)
  const checks = fn ? checkingSummary(ev, fn.file, fn.id)?.pathRoleChecks : undefined;
  return (checks ?? []).filter((c) => c.patterns.some((p) => pathPatternMatches(p, path)) !== c.negated).map((c) => c.role);
}

function notSchemaParse(v: import('../types').ValueRef): boolean {
  // a data format's parser imported by name (`import { parse } from 'csv-parse/sync'`, `yaml`, `papaparse`) reads text, checks nothing
  if (v.k === 'import') return /^(?:qs|querystring|node:querystring|cookie|url|node:url|path|node:path|devalue|superjson|yaml|toml|csv-parse(?:\/sync)?|papaparse|csv-parse\/browser\/esm(?:\/sync)?|fast-xml-parser|xml2js|ini|json5|smol-toml|@iarna\/toml)$/.test(v.source);
  if (v.k !== 'member') return false;
  const o = v.object;
  if (o.k === 'global' || o.k === 'ref') return /^(?:JSON|Date|URL|Number|Math|qs|querystring|cookie|path|url|devalue|superjson)$/.test(o.name);
  return o.k === 'import' && /^(?:qs|querystring|node:querystring|cookie|url|node:url|path|node:path|devalue|superjson|yaml|toml|csv-parse(?:\/sync)?|papaparse|json5|ini)$/.test(o.source);
}

function calleeName(v: import('../types').ValueRef): string {
  if (v.k === 'member') return v.prop;
  if (v.k === 'ref' || v.k === 'global') return v.name;
  if (v.k === 'import') return v.name;
  return '';
}

/** Request ids verified by middleware in the chain (a membership check in `requireOrgMember`). */
function chainVerified(ctx: RouteContext, raw: RawRoute): Set<string> {
  const out = new Set<string>();
  for (const e of raw.chain) {
    let av = e.av;
    // (a library's wrapper, Hono's `createMiddleware(async (c, next) => ...)`, runs the function it wraps)
    if (av.t === 'wrapped') av = av.wrapper.t === 'fn' ? av.wrapper : av.inner;
    // a NestJS guard: its canActivate() runs before the handler
    const fn = av.t === 'fn' ? av : av.t === 'class' && av.methods.canActivate !== undefined ? { file: av.file, id: av.methods.canActivate } : null;
    if (!fn) continue;
    const s = ctx.ev.summary(fn.file, fn.id);
    if (!s) continue;
    // (with the functions nested in it: a tRPC middleware doing its checks inside
    // `runWithRequestScope(sessionId, async () => { ...; return next() })`)
    const facts = ctx.ev.files.get(fn.file);
    const group = [s, ...nestedIn((facts?.functions ?? []), s)];
    for (const g of group) {
      g.verifiedKeys.forEach((k) => out.add(k));
      for (const b of g.branchVerifiedKeys ?? []) if (branchCovers(b.branch, raw.method)) out.add(b.key);
      // membership helpers it calls with request ids (`await this.members.assertMember(user.id, req.params.teamId)`)
      for (const c of g.calls) {
        const callee = ctx.ev.eval(fn.file, c.callee);
        if (callee.t !== 'fn' && (callee.t === 'ext' || callee.t === 'extcall' || !c.resultTestedByReject)) continue;
        if (callee.t === 'fn') {
          // (the caller's user a session getter answered, `clause.userId = (await userFromSession(req)).id`, is the session's)
          const args = mappedArgs(c, (a) => a).map((a) => asCallerArg(ctx, fn.file, a));
          for (const i of verifiedParams(ctx, callee.file, callee.id, args, c.resultTestedByReject)) {
            for (const t of c.args[i] ?? []) if (t.startsWith('request:')) out.add(t);
            for (const t of lookupKeys(c.args[i] ?? [], g.calls, (a) => a)) out.add(t);
          }
        }
        // a permission predicate asked about the caller and an id the client sent, refused when it says no (also one a
        // workspace wrapper made, `getProjectAccess = memoized('access', async (...) => ...)`):
        // `if (!(await getProjectAccess({ userId: ctx.session.userId, projectId: rawInput.projectId }))) throw forbidden()`
        const asked = callee.t === 'fn' ? ctx.ev.summary(callee.file, callee.id) : undefined;
        if ((c.resultTestedByReject || (asked?.rejects && c.caught !== 'swallowed')) && (PERMISSION_PREDICATE.test(asked?.name ?? '') || PERMISSION_PREDICATE.test(calleeName(c.callee)))) {
          const withSession = c.args.map((a) => sessionFromGetters(ctx, fn.file, a));
          if (withSession.some((a) => a.some((t) => t.startsWith('session:')))) for (const a of withSession) for (const t of a) if (t.startsWith('request:')) out.add(t);
        }
      }
      for (const q of g.queries) {
        const terms = q.where ?? [];
        if (terms.some((t) => t.taint.some((x) => x.startsWith('session:')))) for (const t of terms) for (const x of t.taint) if (x.startsWith('request:')) out.add(x);
      }
    }
  }
  return out;
}

/** The taints of each property of an object literal handed to a helper, kept beside its flattened taints. */
const ARG_PROPS = new WeakMap<Taint[], Record<string, Taint[]>>();

/** A call's arguments as the callee sees them: flattened taints, with an object literal's properties apart. */
function mappedArgs(c: CallFact, map: (a: Taint[]) => Taint[]): Taint[][] {
  return c.args.map((a, i) => {
    const out = map(a);
    const props = c.argProps?.[i];
    if (props) ARG_PROPS.set(out, Object.fromEntries(Object.entries(props).map(([k, v]) => [k, map(v)])));
    return out;
  });
}

/** taints all of the caller's own identity (`session:user.id`), none the client's */
function callerOnly(ts: Taint[]): boolean {
  // (`param:0:auth.user.id` only says where in the handler's parameters the value was read)
  const origins = ts.filter((t) => /^(?:session|request|arg|call|db):/.test(t));
  return origins.length > 0 && origins.every((t) => t.startsWith('session:') && !t.startsWith('session:db.'));
}

/**
 * The request headers a Next.js middleware in the route's chain (it covers the route's path, and authenticates) sets from
 * the session it verified and hands on with `NextResponse.next({ request: { headers } })`: lower-cased names.
 */
/**
 * nestjs-cls keys the context store's middleware fills from the request (`setup: (cls, req) => cls.set('activeOrgId',
 * req.headers['x-active-org'])`, in a file that registered one of the route's chain entries) that none of the route's
 * guards or interceptors sets (`this.cls.set('orgId', claims.org)`): each with the request value it is taken from.
 */
function contextKeysFromRequest(ev: Evaluator, raw: RawRoute): Map<string, string> {
  const out = new Map<string, string>();
  const key = (c: FunctionSummary['calls'][number]) => c.callee.k === 'member' && c.callee.prop === 'set' && c.argRefs?.[0]?.k === 'lit' && typeof c.argRefs[0].value === 'string' ? c.argRefs[0].value : null;
  const files = new Set(raw.chain.map((e) => e.registeredAt.file));
  // (a key also set from something else there, the interceptor's `setup: (cls, ctx) => cls.set('orgId', ctx.switchToHttp().getRequest().user.orgId)`, is not judged)
  const otherwise = new Set<string>();
  for (const f of files) {
    const facts = ev.files.get(f);
    if (!facts || !Object.values(facts.imports).some((i) => i.source === 'nestjs-cls')) continue;
    for (const s of facts.functions) for (const c of s?.calls ?? []) {
      const k = key(c);
      if (!k || c.callee.k !== 'member' || c.callee.object.k !== 'param' || c.callee.object.index !== 0) continue;
      const v = c.args[1] ?? [];
      const req = v.find((t) => /^request:(?:headers|query|params|body|cookies)\b/.test(t));
      if (req && !v.some((t) => t.startsWith('session:'))) out.set(k, req.slice(8));
      else otherwise.add(k);
    }
  }
  for (const k of otherwise) out.delete(k);
  if (!out.size) return out;
  for (const e of raw.chain) {
    let fn: AV = e.av;
    for (let i = 0; i < 6 && fn.t === 'wrapped'; i++) fn = fn.inner;
    // (a guard class: what its canActivate does)
    const at = fn.t === 'fn' ? { file: fn.file, id: fn.id } : fn.t === 'class' && fn.methods.canActivate !== undefined ? { file: fn.file, id: fn.methods.canActivate } : null;
    if (!at) continue;
    const facts = ev.files.get(at.file);
    const s = facts?.functions[at.id];
    if (!s) continue;
    for (const c of [s, ...nestedIn(facts!.functions, s)].flatMap((g) => g.calls)) {
      const k = key(c);
      if (k && c.callee.k === 'member' && c.callee.object.k === 'new' && c.callee.object.callee.k === 'import' && c.callee.object.callee.source === 'nestjs-cls') out.delete(k);
    }
  }
  return out;
}

function forwardedSessionHeaders(ev: Evaluator, raw: RawRoute): Set<string> {
  const out = new Set<string>();
  for (const e of raw.chain) {
    if (!e.roles?.includes('auth') || !/(?:^|\/)(?:middleware|proxy)\.[cm]?[jt]s$/.test(e.file)) continue;
    let fn: AV = e.av;
    for (let i = 0; i < 6 && fn.t === 'wrapped'; i++) fn = fn.inner;
    if (fn.t !== 'fn') continue;
    const facts = ev.files.get(fn.file);
    const s = facts?.functions[fn.id];
    if (!s) continue;
    const calls = [s, ...nestedIn(facts!.functions, s)].flatMap((g) => g.calls);
    // the `new Headers(...)` objects handed on as the request's headers, by where they are made
    const handedOn = new Set<string>();
    for (const c of calls) {
      if (c.callee.k !== 'member' || c.callee.prop !== 'next') continue;
      const req = c.argRefs?.[0]?.k === 'object' ? c.argRefs[0].props.request : undefined;
      const h = req?.k === 'object' ? req.props.headers : undefined;
      if (h?.k === 'new') handedOn.add(`${h.pos.line}:${h.pos.column}`);
    }
    for (const c of calls) {
      if (c.callee.k !== 'member' || c.callee.prop !== 'set' || c.callee.object.k !== 'new') continue;
      const obj = c.callee.object;
      if (obj.callee.k !== 'global' || obj.callee.name !== 'Headers' || !handedOn.has(`${obj.pos.line}:${obj.pos.column}`)) continue;
      const name = c.argRefs?.[0]?.k === 'lit' ? c.argRefs[0].value : null;
      if (typeof name === 'string' && (c.args[1] ?? []).some((t) => t.startsWith('session:')) && !(c.args[1] ?? []).some((t) => t.startsWith('request:'))) out.add(name.toLowerCase());
    }
  }
  return out;
}

function mapTaints(ts: Taint[], argMap: (Taint[] | undefined)[] | null, style: RawRoute['style'] | null): Taint[] {
  const out: Taint[] = [];
  // a resolver's `args.userId` was also read as if `args` were a request object (`req.userId`, the caller's):
  // GraphQL args are only the client's
  if (style === 'graphql') {
    const argPaths = ts.filter((t) => /^(?:arg|param):1:./.test(t)).map((t) => t.replace(/^(?:arg|param):1:/, ''));
    if (argPaths.length) ts = ts.filter((t) => !/^(?:session|request):/.test(t) || !argPaths.some((p) => t.endsWith(':' + p) || t.endsWith('.' + p)));
  }
  // a helper's destructured object parameter (`async function getLinkOrThrow({ linkId, userId })`) is read as
  // `param:0:userId`, beside what the name alone suggests (`session:userId`): when the caller handed it an object
  // literal (`getLinkOrThrow({ linkId, userId: body.ownerId })`), that property's taints are what the helper reads
  if (argMap && ts.some((t) => t.startsWith('param:'))) {
    const guessed = new Set<Taint>();
    const byParam = new Map<Taint, Taint[]>();
    for (const t of ts) {
      const m = /^param:(\d+):(.+)$/.exec(t);
      const base = m ? argMap[Number(m[1])] : undefined;
      const props = base ? ARG_PROPS.get(base) : undefined;
      if (!m || !props) continue;
      const path = m[2].split('.');
      if (!Object.prototype.hasOwnProperty.call(props, path[0])) continue;
      const c = classifyParamPath(path);
      if (c) guessed.add(c);
      const nested = path.length >= 2 ? props[`${path[0]}.${path[1]}`] : undefined;
      byParam.set(t, nested ? extendTaints(nested, path.slice(2)) : extendTaints(props[path[0]], path.slice(1)));
    }
    // (what a property maps to may read the same as the helper's own taint, `param:0:ctx` handed on by a handler whose
    // first parameter is also `{ ctx }`: it is the caller's value, kept)
    if (byParam.size) return mapTaints(ts.flatMap((t) => byParam.get(t) ?? (guessed.has(t) ? [] : [t])), null, style);
  }
  for (let t of ts) {
    // a function exported from a 'use server' file reads its parameters as the client's (`request:arg0.user.id`: it is an
    // action of its own); called by another action or route, it reads what that caller passed
    if (argMap && t.startsWith('request:arg')) {
      const a = /^request:arg(\d+)(?:\.(.*))?$/.exec(t);
      if (a && argMap[Number(a[1])]) t = `arg:${a[1]}:${a[2] ?? ''}`;
    }
    if (t.startsWith('arg:') && argMap) {
      const m = /^arg:(\d+):(.*)$/.exec(t);
      if (m) {
        const base = argMap[Number(m[1])];
        const path = m[2] ? m[2].split('.') : [];
        // `notify({ fromUserId: user.id, tableId })` read as `arg:0:fromUserId`: that property's taints only
        const props = base && path.length ? ARG_PROPS.get(base) : undefined;
        // (`where.slug` of `findLink({ where: { slug } })`: that filter key's own taints)
        const nested = path.length >= 2 ? props?.[`${path[0]}.${path[1]}`] : undefined;
        const prop = props?.[path[0]];
        if (nested) out.push(...extendTaints(nested, path.slice(2)));
        else if (prop) out.push(...extendTaints(prop, path.slice(1)));
        // (a property the caller's object literal does not have is undefined: `{ partnerId }` read as `.invoiceId`)
        else if (base && !(props && !Object.prototype.hasOwnProperty.call(props, path[0]))) out.push(...extendTaints(base, path));
        continue;
      }
    }
    // an Astro action's `handler(input, context)`: the input is the client's (a context read classifies itself)
    if (style === 'astro-action' && /^(?:arg|param):0:/.test(t)) {
      const rest = t.replace(/^(?:arg|param):0:/, '');
      out.push('request:input' + (rest ? '.' + rest : ''));
      continue;
    }
    // a GraphQL resolver's `(parent, args, context, info)`: the args are the client's (the context classifies itself)
    if (style === 'graphql' && /^(?:arg|param):1(?::|$)/.test(t)) {
      const rest = t.replace(/^(?:arg|param):1:?/, '');
      out.push('request:args' + (rest ? '.' + rest : ''));
      continue;
    }
    if (style === 'action' && (t.startsWith('arg:') || t.startsWith('param:'))) {
      // an action's argument (`param:0:parsedInput.id` -> `arg0.parsedInput.id`, as action arguments read elsewhere)
      const m = /^param:(\d+):(.*)$/.exec(t);
      // ...but an action client's `ctx` is what its middleware put there (`({ ctx, parsedInput })` of next-safe-action:
      // `ctx.space` loaded and checked by a `.use()` middleware), not the client's
      if (m && m[1] === '0' && /^ctx(?:\.|$)/.test(m[2])) {
        out.push(`session:${m[2]}`);
        continue;
      }
      out.push('request:' + (m ? `arg${m[1]}${m[2] ? '.' + m[2] : ''}` : t));
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * The queries of the route's `router.param()` loaders, their value parameter read as the path
 * parameter. The ids a loader vouches for (looked up scoped to the caller, or checked) join `verified`.
 */
function paramLoaderQueries(ctx: RouteContext, raw: RawRoute, verified: Set<string>): ResolvedQuery[] {
  const out: ResolvedQuery[] = [];
  for (const l of raw.paramLoaders ?? []) {
    let fn = l.av;
    for (let i = 0; i < 4 && fn.t === 'wrapped'; i++) fn = fn.inner;
    if (fn.t !== 'fn') continue;
    const argMap: (Taint[] | undefined)[] = [];
    argMap[l.valueIndex] = [`request:params.${l.param}`];
    const vouched = new Set<string>();
    const qs = resolveQueries(ctx, fn.file, fn.id, raw, verified, { argMap, via: [l.registeredAt], vouched });
    out.push(...qs);
    vouched.forEach((k) => verified.add(k));
    // (Express `(req, res, next, id)`: the request first; @koa/router `(id, ctx, next)`: after the value)
    hungScopedRows(ctx, fn.file, fn.id, l.valueIndex === 0 ? 1 : 0, qs).forEach((k) => verified.add(k));
  }
  return out;
}

/** `course._id` of `req.course._id`: under a path a loader hung a scoped row on (`onrequest:course`). */
function hungOnRequest(verified: Set<string>, path: string): boolean {
  for (const k of verified) if (k.startsWith('onrequest:') && (path === k.slice(10) || path.startsWith(k.slice(10) + '.'))) return true;
  return false;
}

/** Does the function (or one nested in it) hang a row it read on the request? */
/**
 * A middleware that reads the caller's session credential (a session cookie, the Authorization header, an API key)
 * and rejects nothing, itself or in the functions nested in it: it loads the session for what runs after.
 */
function loadsSessionOnly(ctx: RouteContext, file: string, id: number): boolean {
  const facts = ctx.ev.files.get(file);
  const s = facts?.functions[id];
  if (!s) return false;
  const group = [s, ...nestedIn(facts!.functions, s)];
  if (group.some((g) => g.rejects || g.sessionCheck || g.roleChecks.length || g.calls.some((c) => c.resultTestedByReject || c.caught === 'rejects'))) return false;
  return group.some((g) => g.sessionGetters.length > 0 || g.readsCredential.some((x) => /session|token|auth|jwt|\bsid\b|api_?key|bearer/i.test(x)));
}

function hangsRows(ctx: RouteContext, file: string, id: number): boolean {
  const facts = ctx.ev.files.get(file);
  const s = facts?.functions[id];
  return !!s && [s, ...nestedIn(facts!.functions, s)].some((g) => g.hangsOnRequest?.length);
}

/**
 * What a loader hangs on the request from a row it read within the caller's tenant (or checked):
 * `req.course = await Course.findOne({ _id, school: req.user.school })` makes `req.course` the caller's,
 * and rows the handler reads by it (`Assignment.find({ course: req.course._id })`) hang off an allowed
 * record. Returned as `onrequest:<path>` keys for the route's verified set.
 */
function hungScopedRows(ctx: RouteContext, file: string, id: number, reqIndex: number, loaded: ResolvedQuery[]): string[] {
  const facts = ctx.ev.files.get(file);
  const s = facts?.functions[id];
  if (!s) return [];
  const scoped = new Set(loaded.filter((q) => q.kind === 'read' && !q.many && (q.sessionScoped.length > 0 || q.ownershipChecked)).map((q) => q.model));
  if (!scoped.size) return [];
  const group = [s, ...nestedIn(facts!.functions, s)];
  return group.flatMap((g) => (g.hangsOnRequest ?? []).filter((h) => h.index === reqIndex && h.models.every((m) => scoped.has(m))).map((h) => `onrequest:${h.path}`));
}

/**
 * Route middleware that loads what the route works on (`router.get('/:id', loadInvoice, show)`
 * with `req.invoice = await Invoice.findByPk(req.params.id)`): its queries are the route's, judged
 * like the handler's. Authentication middleware is left out: its user lookup is the session, not
 * data the route serves. Ids it scopes to the caller are verified for the handler.
 */
function middlewareQueries(ctx: RouteContext, raw: RawRoute, chain: ChainEntry[], verified: Set<string>): ResolvedQuery[] {
  const out: ResolvedQuery[] = [];
  raw.chain.forEach((e, i) => {
    if (e.servesNoData) return;
    let fn = e.av;
    for (let k = 0; k < 4 && fn.t === 'wrapped'; k++) fn = fn.inner;
    if (fn.t !== 'fn') return;
    if (chain[i]?.roles.includes('auth')) {
      // (a loader that checks the row it read against the caller and answers 403/404 reads as authentication:
      // its query is no data the route serves, but the row it hangs on the request is the caller's)
      if (hangsRows(ctx, fn.file, fn.id)) {
        const qs = resolveQueries(ctx, fn.file, fn.id, raw, verified, { argMap: null, via: [e.registeredAt], vouched: new Set() });
        hungScopedRows(ctx, fn.file, fn.id, 0, qs).forEach((k) => verified.add(k));
      }
      // (and the claims it hangs there under a name of the app's, `req.patient = { id: claims.sub }`, are the caller)
      for (const h of ctx.ev.files.get(fn.file)?.functions[fn.id]?.hangsClaims ?? []) if (h.index === 0) verified.add(`onrequest:${h.path}`);
      return;
    }
    // (nor a hook that loads the session and lets anonymous callers through, `req.session = await validateSessionToken(
    // req.cookies.session)` or an empty session: what it looks up, and the expired sessions it deletes, are the session)
    if (loadsSessionOnly(ctx, fn.file, fn.id)) return;
    const vouched = new Set<string>();
    const qs = resolveQueries(ctx, fn.file, fn.id, raw, verified, { argMap: null, via: [e.registeredAt], vouched });
    // (a hook that only looks up the caller's own user row by the verified token's subject and lets anonymous callers
    // through, Elysia's `.resolve(async ({ jwt, bearer }) => ({ user: await db.user.findUnique({ where: { id: payload.sub } }) }))`:
    // that row is the session, not data the route serves)
    if (qs.length && qs.every((q) => q.kind === 'read' && !q.many && !q.clientDriven.length && q.sessionScoped.length > 0 && ctx.tenants.isUserModel(q.model))) return;
    out.push(...qs);
    vouched.forEach((k) => verified.add(k));
    hungScopedRows(ctx, fn.file, fn.id, 0, qs).forEach((k) => verified.add(k));
    // (what it returns, handed to the handler by the framework: hapi's `request.pre.client` of a prerequisite
    // `{ method: loadClient, assign: 'client' }` that read the row within the caller's tenant)
    const returned = e.assigns ? ctx.ev.summary(fn.file, fn.id)?.returnsRead : undefined;
    if (returned?.length) {
      const scoped = new Set(qs.filter((q) => q.kind === 'read' && !q.many && (q.sessionScoped.length > 0 || q.ownershipChecked)).map((q) => q.model));
      if (returned.every((m) => scoped.has(m))) verified.add(`onrequest:${e.assigns}`);
    }
  });
  return out;
}

/**
 * A handler that compares the tenant key of a record hung on the request with the caller's
 * (`if (req.invoice.orgId !== req.user.orgId) return 404`) checks what a loader fetched.
 */
function markCheckedOnRequest(ev: Evaluator, file: string, id: number, loaded: ResolvedQuery[]): void {
  if (!loaded.length) return;
  const facts = ev.files.get(file);
  const s = facts?.functions[id];
  if (!s) return;
  const group = [s, ...nestedIn(facts!.functions, s)];
  const fields = new Set(group.flatMap((g) => g.ownershipChecks).filter((o) => o.onRequest).map((o) => o.field.toLowerCase()));
  for (const q of loaded) if (q.tenantKeys.some((k) => fields.has(k.toLowerCase()))) q.ownershipChecked = true;
}

/** Where a query walk starts when it is not the handler: a loader called with these arguments. */
interface QueryEntry {
  /** null: the function is called by the framework with the request (a middleware) */
  argMap: (Taint[] | undefined)[] | null;
  via: Loc[];
  /** receives the request ids the entry function verified */
  vouched: Set<string>;
}

/** The literal roles a wrapper call names before the handler: `withRole(['admin', 'owner'], async (req, res) => ...)`. */
function wrapperRoleArgs(text: string): string[] {
  const lit = '(?:\\[\\s*(?:[\'"`][\\w:.-]+[\'"`]\\s*,?\\s*)*\\]|[\'"`][\\w:.-]+[\'"`])';
  const m = new RegExp(`^[\\w.$]+\\(\\s*(${lit}(?:\\s*,\\s*${lit})*)\\s*,`, 's').exec(text);
  return m ? [...m[1].matchAll(/['"`]([\w:.-]+)['"`]/g)].map((x) => x[1]) : [];
}

/**
 * A handler wrapper's function (`withAuth(handler)` returning `async (req, res) => { const session = await
 * getServerSession(...); ...; return handler(req, res, session) }`): the arguments it hands the handler that are the
 * caller's session, by position (the others undefined). A check the handler makes against such a parameter
 * (`if (plan.practice.toString() !== session.user.practiceId) return 404`) compares with the caller.
 */
function wrapperInjectedSession(ctx: RouteContext, w: AV): (Taint[] | undefined)[] | undefined {
  if (w.t !== 'fn') return undefined;
  const facts = ctx.ev.files.get(w.file);
  const s = facts?.functions[w.id];
  if (!facts || !s) return undefined;
  // (the wrapper is the factory, `withAuth`, or the function it returns, which calls the factory's parameter)
  const owners = new Set([w.id, ...facts.functions.filter((o) => o.id !== 0 && o.id !== w.id && within(s, o)).map((o) => o.id)]);
  for (const g of [s, ...facts.functions.filter((o) => o.id !== w.id && o.id !== 0 && within(o, s))]) {
    for (const c of g.calls) {
      if (c.callee.k !== 'param' || !owners.has(c.callee.fn) || c.callee.path.length) continue;
      const out = c.args.map((a) => {
        const t = sessionFromGetters(ctx, w.file, a);
        return t.some((x) => x.startsWith('session:')) ? t.filter((x) => x.startsWith('session:')) : undefined;
      });
      if (out.some(Boolean)) return out;
    }
  }
  return undefined;
}

function resolveQueries(ctx: RouteContext, file: string, id: number, raw: RawRoute, verified: Set<string>, entry?: QueryEntry, injected?: (Taint[] | undefined)[]): ResolvedQuery[] {
  const out: ResolvedQuery[] = [];
  const seen = new Set<string>();
  // rows tested for being published before the route goes on (`if (report.shareLevel !== 'public') return 401`): the
  // request ids they were fetched by and their models, whose rows (and what hangs off them) are public content
  const publicKeys = new Set<string>();
  const publicModels = new Set<string>();
  // returns the request ids the function verified (a helper's scoped lookup vouches for them to the calls after it)
  // (`held`: the fields of the instance a method was called on, `invoiceRepo.findById(id)` of a generic repository: see heldModels.ts)
  const visit = (f: string, fid: number, argMap: (Taint[] | undefined)[] | null, depth: number, via: Loc[], ownershipFromCaller: boolean, inherited: Set<string>, held?: Binding): Set<string> | undefined => {
    const key = `${f}#${fid}${held ? `@${bindingKey(ctx.ev, held)}` : ''}`;
    if (seen.has(key) || depth > 4) return;
    seen.add(key);
    const facts = ctx.ev.files.get(f);
    const s = facts?.functions[fid];
    if (!s) return;
    // nested functions (callbacks, transactions, inline helpers) belong to their parent; the handler's calls
    // made for another method (`if (req.method === 'DELETE') return remove(req, res)`) are not this route's
    const group: FunctionSummary[] = [s, ...nestedIn(facts!.functions, s)].map((g) => withHeldModels(ctx.ev, depth === 0 ? forMethod(g, raw.method) : g, held));
    const style = depth === 0 ? raw.style : null;
    // ids verified by the caller (a membership check before calling a helper) stay verified
    const localVerified = new Set(inherited);
    for (const g of group) g.verifiedKeys.forEach((k) => localVerified.add(k));
    // (a check made in another method's branch of a pages/api handler does not run for this route)
    for (const g of group) for (const b of g.branchVerifiedKeys ?? []) if (depth > 0 || branchCovers(b.branch, raw.method)) localVerified.add(b.key);
    // helpers that check membership of an id they are given (`await requireMember(body.workspaceId)`)
    const memberChecked: { models: string[]; pos: FunctionSummary['calls'][number]['pos'] }[] = [];
    const predicateCalls = new Set<string>();
    for (const g of group) {
      for (const c of g.calls) {
        const callee = ctx.ev.eval(f, c.callee);
        if (callee.t !== 'fn') {
          // a library's permission check made with the caller's own credentials and an id the client sent, refused
          // when it says no: better-auth's `const { success } = await auth.api.hasPermission({ headers, body:
          // { organizationId, permissions } }); if (!success) return 403` answers for the signed-in caller in that organization
          if (c.resultTestedByReject && PERMISSION_PREDICATE.test(calleeName(c.callee))) {
            const asked = c.args.map((a) => mapTaints(a, argMap, style));
            if (asked.some((a) => a.some((t) => t === 'request:headers' || /^sensitive:(?:request headers|authorization header|cookie)/.test(t)))) {
              for (const a of asked) for (const t of a) if (t.startsWith('request:') && !/^request:(?:headers|cookies)(?:\.|$)/.test(t)) localVerified.add(t);
            }
            // ...or a workspace predicate we cannot read into (made by a wrapper, `cacheable('access', async (...) => ...)`)
            // asked about the caller: `if (!(await getProjectAccess({ userId: ctx.session.userId, projectId }))) throw`
            else if (callee.t !== 'ext' && callee.t !== 'extcall') {
              const mapped = mappedArgs(c, (a) => mapTaints(a, argMap, style));
              const withSession = mapped.map((a) => sessionFromGetters(ctx, f, a));
              if (withSession.some((a) => a.some((t) => t.startsWith('session:')))) {
                for (const a of withSession) for (const t of a) if (t.startsWith('request:')) localVerified.add(t);
                for (const t of lookupKeys(withSession.flat(), g.calls, (a) => mapTaints(a, argMap, style))) localVerified.add(t);
                const models = recordTenantModels(mapped);
                if (models.length) memberChecked.push({ models, pos: c.pos });
              }
            }
          }
          continue;
        }
        // (an object handed to the helper keeps its properties apart: `getLinkOrThrow({ linkId, userId: session.user.id })`)
        const mapped = mappedArgs(c, (a) => mapTaints(a, argMap, style));
        // (the caller's id from a workspace session getter, `const userId = await requireUserId(request)`, is the session's)
        const asCaller = mapped.map((a) => asCallerArg(ctx, f, a));
        for (const i of verifiedParams(ctx, callee.file, callee.id, asCaller, c.resultTestedByReject)) {
          for (const t of mapped[i] ?? []) if (t.startsWith('request:')) localVerified.add(t);
          for (const t of lookupKeys(mapped[i] ?? [], g.calls, (a) => mapTaints(a, argMap, style))) localVerified.add(t);
          // ...or a record's tenant key (`await assertMember(ctx, folder.org_id)`): the record is checked
          const models = (mapped[i] ?? []).filter((t) => t.startsWith('db:')).map((t) => t.slice(3));
          if (models.length) memberChecked.push({ models: uniqStrings(models), pos: c.pos });
        }
        // a permission predicate asked about the caller and an id, refused when it says no:
        // `if (!(await canViewWebsite(auth, websiteId))) return unauthorized()`
        // ...or an assertion that throws unless the caller may act in the tenant a record belongs to:
        // `organizationId = await getOrganizationIdFromLanguageId(input.languageId)`, then
        // `await checkAuthorization({ userId: ctx.user.id, organizationId, access })`
        const asked = ctx.ev.summary(callee.file, callee.id);
        if ((c.resultTestedByReject || (asked?.rejects && c.caught !== 'swallowed')) && (PERMISSION_PREDICATE.test(asked?.name ?? '') || PERMISSION_PREDICATE.test(calleeName(c.callee)))) {
          const withSession = mapped.map((a) => sessionFromGetters(ctx, f, a));
          if (withSession.some((a) => a.some((t) => t.startsWith('session:')))) {
            // (what a predicate that answers, refused by its caller, looks up to answer, `client = findFirst({ where:
            // { id: clientId } })` before asking about its project, is the check itself)
            if (c.resultTestedByReject && !asked?.rejects) predicateCalls.add(`${c.pos.line}:${c.pos.column}`);
            // (an argument object holds both: `{ userId: ctx.user.id, organizationId }`)
            for (const a of withSession) for (const t of a) if (t.startsWith('request:')) localVerified.add(t);
            for (const t of lookupKeys(withSession.flat(), g.calls, (a) => mapTaints(a, argMap, style))) localVerified.add(t);
            // ...or a record's tenant key beside the caller (`{ projectId: dashboard.projectId, userId }`): the record is checked
            const models = recordTenantModels(mapped);
            if (models.length) memberChecked.push({ models, pos: c.pos });
          }
        }
      }
    }
    // two values a rejecting test required equal: when one is verified, so is the other
    // (`if ((await workspaceIdOf(languageId)) !== input.workspaceId) throw`, then a check of input.workspaceId)
    const bound = group.flatMap((g) => (g.boundPairs ?? []).map(([l, r]) => [l, r].map((side) => {
      const ts = mapTaints(side, argMap, style);
      return [...ts.filter((t) => t.startsWith('request:')), ...lookupKeys(ts, g.calls, (a) => mapTaints(a, argMap, style))];
    })));
    // ...and when one is the caller's own (`if (Number(request.params.practiceId) !== caller(request).practiceId) throw
    // Boom.forbidden()`, also in a route's pre method or middleware), the client's value on the other side is verified
    for (const g of group) for (const pair of g.boundPairs ?? []) {
      const sides = pair.map((side) => mapTaints(side, argMap, style));
      const caller = sides.map((ts) => sessionFromGetters(ctx, f, ts).some((t) => t.startsWith('session:') && !t.startsWith('session:db.')));
      for (let i = 0; i < 2; i++) if (caller[i] && !caller[1 - i]) for (const t of sides[1 - i]) if (t.startsWith('request:')) localVerified.add(t);
    }
    for (let round = 0; round < 2; round++) {
      for (const [l, r] of bound) {
        if (l.some((t) => localVerified.has(t))) r.forEach((t) => localVerified.add(t));
        if (r.some((t) => localVerified.has(t))) l.forEach((t) => localVerified.add(t));
      }
    }
    // pages/api handlers branch on req.method: each method route keeps its own branch
    // (a Remix / React Router action answers every method but GET: its `request.method === 'PATCH'` branch is its own)
    const inBranch = (b?: string) => depth > 0 || branchCovers(b, raw.method) ||
      (raw.framework === 'remix' && raw.method === 'POST' && !!b && !b.startsWith('!') && !['GET', 'HEAD', 'OPTIONS'].includes(b));
    // a check against a parameter counts when the caller passes the session; against a call's result, when it is a session getter;
    // against an id the client sent, when that id was verified for the caller (a guard, a membership check before)
    const againstCaller = (against: Taint[]) => {
      // (at the handler itself, a parameter its wrapper fills with the session: `handler(req, res, session)`)
      const mapped = !argMap && depth === 0 && injected && against.some((t) => /^arg:\d+:/.test(t) && injected[Number(/^arg:(\d+):/.exec(t)![1])])
        ? mapTaints(against, injected, style) : mapTaints(against, argMap, style);
      return sessionFromGetters(ctx, f, mapped).some((t) => t.startsWith('session:')) || (mapped.length > 0 && mapped.every((t) => t.startsWith('request:') && localVerified.has(t))) ||
        // (a claim of the caller's session a hook in the chain hung on the request: `request.organizerId`)
        (depth === 0 && against.length > 0 && against.every((t) => t.startsWith('param:0:') && hungOnRequest(localVerified, t.slice(8))));
    };
    const ownership = group.flatMap((g) => g.ownershipChecks).filter((o) => !o.param && inBranch(o.methodBranch) && (!o.against || againstCaller(o.against)));
    for (const m of memberChecked) ownership.push({ variable: '', field: '*', models: m.models, pos: m.pos });
    // helpers that assert the caller may act on a record it passes them (`await documentRestorer(ctx, { document })`)
    for (const g of group) {
      for (const c of g.calls) {
        let callee = ctx.ev.eval(f, c.callee);
        // `export default traceFunction(opts)(documentRestorer)`: the wrapped helper
        for (let i = 0; i < 4 && callee.t === 'wrapped'; i++) callee = callee.inner;
        if (callee.t !== 'fn') continue;
        for (const o of ctx.ev.summary(callee.file, callee.id)?.ownershipChecks ?? []) {
          const m = o.param ? /^(?:arg|param):(\d+):(.*)$/.exec(o.param) : null;
          if (!m) continue;
          // compared with another parameter (`assertSameSalon(ctx.orgId, row)`): the caller must hand its own tenant there
          if (o.against?.length && !againstCaller(o.against.flatMap((t) => {
            const a = /^arg:(\d+):(.*)$/.exec(t);
            return a ? extendTaints(c.args[Number(a[1])] ?? [], a[2] ? a[2].split('.') : []) : [];
          }))) continue;
          const passed = extendTaints(mapTaints(c.args[Number(m[1])] ?? [], argMap, style), m[2] ? m[2].split('.') : []);
          const models = passed.filter((t) => t.startsWith('db:')).map((t) => t.slice(3));
          if (models.length) ownership.push({ variable: '', field: '*', models, pos: c.pos });
        }
        // a predicate comparing a record with the caller, its result tested before a rejection:
        // `if (!sameClinic(patient, req.user)) return res.sendStatus(404)`
        // (or searching a list the record holds for the caller: `isWriteForbidden(workspace, user)` finding `user.id` among
        // `workspace.members`, `getUserRoleIn(user.id, workspace.members)` whose answer is refused when it says "guest")
        if (c.resultTestedByReject || c.resultTruthyRejects) {
          const summary = ctx.ev.summary(callee.file, callee.id);
          // (a lookup of the caller in the record's list, whatever the helper answers with, decides a rejection either way)
          const pairs = [...(c.resultTestedByReject ? [...(summary?.comparesParams ?? []), ...(summary?.searchesParams ?? [])] : summary?.forbidsParams ?? []), ...(summary?.looksUpParams ?? [])];
          for (const pair of pairs) {
            const [rec, who] = pair.map((i) => sessionFromGetters(ctx, f, mapTaints(c.args[i] ?? [], argMap, style)));
            const models = rec.filter((t) => t.startsWith('db:')).map((t) => t.slice(3));
            if (models.length && who.some((t) => t.startsWith('session:') && !t.startsWith('session:db.'))) ownership.push({ variable: '', field: '*', models, pos: c.pos });
          }
        }
      }
    }
    // (`customerRepository.update(id, data)` named like a model's method is a call to the app's own
    // repository when it resolves to one: its queries are followed through the call, not read off its name)
    // (a model class's own static method, `Collection.findByPk` overridden to add scoping, is still that model's query)
    const appCall = (g: FunctionSummary, q: FunctionSummary['queries'][number]) => g.calls.some((c) =>
      c.callee.k === 'member' && !modelClassReceiver(c.callee.object) && c.pos.line === q.pos.line && c.pos.column === q.pos.column && c.pos.endLine === q.pos.endLine && c.pos.endColumn === q.pos.endColumn &&
      ctx.ev.eval(f, c.callee).t === 'fn');
    const allQueries = group.flatMap((g) => g.queries.filter((q) => !(MODEL_METHOD_ORMS.has(q.orm) && appCall(g, q)))).filter((q) => inBranch(q.methodBranch) && !(argMap && leftOut(q.argGuards, argMap))).sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column)
      .map((q) => withModifierColumns(ctx, q));
    // a checked record looked up through another row (`Document.findByPk(revision.documentId)`) checks that row too
    for (let round = 0; round < 2; round++) {
      for (const q of allQueries) {
        if (!ownership.some((o) => (q.resultVar && o.variable === q.resultVar) || o.models.includes(q.model))) continue;
        const via = (q.where ?? []).flatMap((t) => t.taint.filter((x) => x.startsWith('db:') && x !== 'db:' + q.model).map((x) => x.slice(3)));
        const fresh = via.filter((m) => !ownership.some((o) => o.models.includes(m)));
        if (fresh.length) ownership.push({ variable: '', field: '*', models: uniqStrings(fresh), pos: q.pos });
      }
    }
    // an ownership check of the row a query returns, or of a record of its model; for an update or a delete only a
    // check made before it counts (`const inv = await update({ where: { id } }); if (inv.orgId !== mine) return 404`
    // has already changed another tenant's row)
    const checks = (o: (typeof ownership)[number], q: (typeof allQueries)[number]): boolean => {
      if (!((q.resultVar && o.variable === q.resultVar) || o.models.includes(q.model))) return false;
      if (q.kind === 'read' || q.ofRow || !o.pos) return true;
      return o.pos.line < q.pos.line || (o.pos.line === q.pos.line && o.pos.column < q.pos.column);
    };
    // a record fetched by a client id and then checked vouches for that id: `Collection.findByPk(id)`,
    // `authorize(user, 'update', collection)`, then `GroupMembership.findOne({ where: { collectionId: id } })`
    for (const q of allQueries) {
      if (!ownership.some((o) => checks(o, q))) continue;
      for (const t of q.where ?? []) for (const x of mapTaints(t.taint, argMap, style)) if (x.startsWith('request:')) localVerified.add(x);
    }
    // ...also when a helper fetched it: `member = await getMember(input.memberId)`, then
    // `if (ability.cannot('delete', subject('SpaceMember', member))) throw`: what the helper was handed is checked
    for (const g of group) {
      for (const c of g.calls) {
        const v = c.resultVar?.split(',')[0];
        if (!v || !ownership.some((o) => o.variable === v) || g.queries.some((q) => q.resultVar === v)) continue;
        if (ctx.ev.eval(f, c.callee).t !== 'fn') continue;
        for (const a of c.args) for (const x of mapTaints(a, argMap, style)) if (x.startsWith('request:')) localVerified.add(x);
      }
    }
    const published = group.flatMap((g) => g.publicationChecks ?? []).filter((p) => inBranch(p.methodBranch));
    const publicVars = new Set(published.map((p) => p.variable));
    for (const p of published) p.models.forEach((m) => publicModels.add(m));
    for (const q of allQueries) {
      if (q.kind !== 'read' || !q.resultVar || !publicVars.has(q.resultVar)) continue;
      publicModels.add(q.model);
      for (const t of q.where ?? []) for (const x of mapTaints(t.taint, argMap, style)) if (x.startsWith('request:')) publicKeys.add(x);
    }
    // (a helper fetched it: `report = await getReportByUid(uid)`, what it was handed names a public row)
    for (const g of group) for (const c of g.calls) {
      const v = c.resultVar?.split(',')[0];
      if (v && publicVars.has(v)) for (const a of c.args) for (const x of mapTaints(a, argMap, style)) if (x.startsWith('request:')) publicKeys.add(x);
    }
    const publicKey = (x: string) => publicKeys.size > 0 && (publicKeys.has(x) || [...publicKeys].some((k) => x.startsWith(k + '.')));
    // models of single rows read within the caller's tenant here (their ids are the caller's)
    const scopedRows = new Set<string>();
    for (const q of allQueries) {
      const terms = (q.where ?? []).flatMap((t) => prismaArgsTerms(q, t, argMap)).flatMap((t) => [t, ...filterHelperTerms(ctx, f, group, t), ...modifierHelperTerms(ctx, f, t)]).map((t) => ({
        ...t, taint: sessionFromGetters(ctx, f, mapTaints(t.taint, argMap, style)),
        ...(t.overridableBy && mapTaints(t.overridableBy, argMap, style).some((x) => /^request:(?:query|body)$/.test(x)) ? { overridable: true } : {}),
      }));
      const sessionScoped: { path: string; source: string; orClient?: string }[] = [];
      const clientDriven: { path: string; source: string }[] = [];
      // (also a foreign key set to what the server holds but did not read here: a row a guard hung on the request, a helper's
      // answer, `collectionID: { in: await this.getCollectionIds(req.mockServer) }`: the children of a row the route has, not
      // every tenant's rows; a literal, `status: 'open'`, or nothing known keys no parent)
      const serverHeld = (t: (typeof terms)[number]) => FOREIGN_KEY_COLUMN.test(t.path.split('.').filter((p) => !FILTER_OPERATOR.test(p)).pop() ?? '') &&
        t.taint.length > 0 && t.taint.every((x) => /^(?:param:0:\w|call:|db:)/.test(x));
      const dbDriven = terms.filter((t) => (t.taint.some((x) => x.startsWith('db:')) && !t.taint.some((x) => x.startsWith('request:'))) || serverHeld(t)).map((t) => t.path);
      // a Supabase client with the user's session on a table with row-level security is scoped by the database
      // (also a helper's client parameter handed the request's own client: `albumService.get(req.supabase, id)`)
      const userClient = q.client === 'user' || (q.client === 'unknown' && !!q.clientTaint?.length &&
        mapTaints(q.clientTaint, argMap, style).some((t) => /^param:\d+:(?:(?:locals|context|var|state)\.)?(?:supabase|sb|supabaseClient)$/i.test(t)));
      if (q.orm === 'supabase' && userClient && ctx.tenants.hasRls(q.model)) sessionScoped.push({ path: '*', source: 'row-level security (user session client)' });
      for (const t of terms) {
        const sess = t.overridable ? undefined : t.taint.find((x) => x.startsWith('session:'));
        const req = t.taint.filter((x) => x.startsWith('request:'));
        // (also a field of the row a verified id fetched: `glossary = await access.load(id)` checked in the
        // helper, then `update({ where: { id: glossary.id } })`, `params.id.id`)
        // (or a whole object a helper read a field of, its path lost on the way, `validate(input)` reading `input.projectId`
        // into a `projectId` filter: the verified field of that name, `input.projectId`)
        const col = t.path.split('.').filter((p) => !/^(?:equals|in|some|every|is)$/.test(p)).pop() ?? '';
        const ver = req.find((x) => localVerified.has(x) || [...localVerified].some((v) => (/^request:\w+\.[^.]+/.test(v) && x.startsWith(v + '.')) ||
          (!!col && /^request:(?:input|body|args|arg\d+)$/.test(x) && v === `${x}.${col}`)));
        // keyed by a record the caller was checked against (`authorize(user, 'read', doc)`, then
        // `Relationship.findAll({ where: { documentId: doc.id, type } })`): the rows hang off an allowed record
        // (or by a row looked up within the caller's tenant: `namespace = findFirst({ workspaceId: ctx.workspace.id, id })`,
        // then `overrides.findFirst({ namespaceId: namespace.id, identifier: input.identifier })`)
        const checkedRow = !req.length && (t.taint.find((x) => x.startsWith('db:') && x.slice(3) !== q.model && (ownership.some((o) => o.models.includes(x.slice(3))) || scopedRows.has(x.slice(3)))) ||
          // (or by a row a loader read within the caller's tenant and hung on the request: `req.course._id`)
          (!t.overridable && t.taint.find((x) => x.startsWith('param:0:') && hungOnRequest(localVerified, x.slice(8)))));
        // (`if (user.role !== 'ADMIN') where.organizationId = user.organizationId`: the tenant's own admins, where each user
        // belongs to one tenant, read every tenant's rows; a platform role skipping it is cross-tenant by design)
        if (sess && t.skippedForRoles && tenantRolesSkip(ctx, t.skippedForRoles)) continue;
        // (`req.auth?.org_id ?? req.query.agency`: the caller's value, the client's when there is no caller: see orClient)
        if (sess) sessionScoped.push({ path: t.path, source: sess.slice(8), ...(t.or ? { or: t.or } : {}), ...(req.length ? { orClient: req[0].slice(8) } : {}) });
        else if (ver) sessionScoped.push({ path: t.path, source: `${ver.slice(8)} (membership verified)`, ...(t.or ? { or: t.or } : {}) });
        else if (checkedRow) sessionScoped.push({ path: t.path, source: `${checkedRow.replace(/^(?:db|param:0):/, '')} (checked record)`, ...(t.or ? { or: t.or } : {}) });
        // (`headers.get('Authorization')` read through a helper's parameter arrives as `headers.get.Authorization`)
        else if (req.length) clientDriven.push({ path: t.path, source: req[0].slice(8).replace(/^(headers|cookies)\.(?:get|header)\./, '$1.') });
      }
      // a scoping term in one branch of an OR scopes nothing unless every branch of that OR has one
      // (`{ id, OR: [{ workspaceId: mine }, { privileged: false }] }` returns any firm's unprivileged case)
      for (let i = sessionScoped.length - 1; i >= 0; i--) {
        const or = (sessionScoped[i] as { or?: string }).or;
        if (!or) continue;
        const group = or.slice(0, or.indexOf('#'));
        const branches = new Set(terms.filter((t) => t.or?.startsWith(group + '#')).map((t) => t.or));
        const scoped = new Set(sessionScoped.map((x) => (x as { or?: string }).or).filter((o) => o?.startsWith(group + '#')));
        if ([...branches].some((b) => !scoped.has(b))) sessionScoped.splice(i, 1);
      }
      for (const x of sessionScoped) delete (x as { or?: string }).or;
      // a single-record lookup scoped to the caller vouches for the client ids it was keyed by;
      // an existence test or a count (`if (await exists(...)) return 409`) does not
      // (only when the handler goes on after a row was found: a lookup whose result nobody tests vouches for nothing;
      // a helper's lookup hands its row back, and its caller's test is not followed here)
      const rowRequired = depth > 0 || q.throwsIfMissing || q.endsIfMissing || q.allRowsRequired || /(?:OrThrow|OrFail|OrReject)$|^(?:findOrFail|orFail)$/.test(q.op);
      // (a list of rows asked for by their ids, every one required: `if (posts.length !== ids.length) throw`)
      // (or a bulk change of the caller's rows keyed by the client's id whose count decides what follows: `const { count } =
      // await vote.deleteMany({ where: { postId, userId: me } }); if (count) ...` found a row of the caller's under that id)
      const affectedRequired = !!q.affectedTested && q.kind !== 'read' && sessionScoped.some((x) => !/\((?:checked record|membership verified)\)$/.test(x.source));
      if (sessionScoped.length && ((q.kind === 'read' && (!q.many || q.allRowsRequired) && !/^(?:exists|count|countDocuments|aggregate)$/.test(q.op) && rowRequired) || affectedRequired)) {
        for (const t of terms) for (const x of t.taint) if (x.startsWith('request:')) localVerified.add(x);
        if (sessionScoped.some((x) => !/\(checked record\)$/.test(x.source))) scopedRows.add(q.model);
      }
      const keyed = uniqStrings(terms.filter((t) => t.taint.some((x) => x.startsWith('request:'))).map((t) => t.path));
      const tenancy = ctx.tenants.info(q.orm, q.model);
      // a change or delete of a row only its author may touch (`Post.authorId`) is scoped by that author
      const info = !tenancy.tenantOwned && tenancy.writeOwnerKeys && q.kind !== 'read' ? { tenantOwned: true, keys: tenancy.writeOwnerKeys } : tenancy;
      // by the variable the query read into, or by a check on a record of the same model (before a delete by the same id)
      const ownershipChecked = ownershipFromCaller || ownership.some((o) => checks(o, q));
      // a row then tested for being published, or one keyed by such a row or by the ids that fetched it
      const clientKeys = terms.flatMap((t) => t.taint.filter((x) => x.startsWith('request:')));
      const ofPublicRow = q.kind === 'read' && (publicVars.size > 0 || publicKeys.size > 0 || publicModels.size > 0) && ((!!q.resultVar && publicVars.has(q.resultVar)) ||
        ((clientKeys.some(publicKey) || terms.some((t) => t.taint.some((x) => x.startsWith('db:') && x !== 'db:' + q.model && publicModels.has(x.slice(3))))) && clientKeys.every(publicKey)));
      out.push({
        orm: q.orm, model: q.model, op: q.op, kind: q.kind, many: q.many, loc: { file: f, ...q.pos },
        tenantOwned: info.tenantOwned, tenantKeys: info.keys, clientDriven, sessionScoped, ...(info !== tenancy ? { authorOwned: true as const } : {}),
        hasFilter: q.where !== null, filterPaths: orSafePaths((q.where ?? []).filter((t) => !t.overridable && !(t.skippedForRoles && tenantRolesSkip(ctx, t.skippedForRoles)) && !(t.overridableBy && terms.some((x) => x.overridable && x.path === t.path && x.pos.line === t.pos.line && x.pos.column === t.pos.column)))), dbDriven, ownershipChecked, sqlText: q.sqlText, via,
        ...(q.ofRow ? { ofRow: true } : {}),
        // (a path parameter, or a row a helper looked up by one, `invoice.id`, names a record: it is no request data written)
        ...(q.dataTaint ? dataOrigin(mapTaints(q.dataTaint, argMap, style), localVerified) : {}),
        ...(q.massAssigned ? { massAssigned: q.massAssigned } : {}),
        ...(q.dataKeys ? { dataKeys: q.dataKeys } : {}),
        ...(q.kind === 'read' && (terms.some(publishedTerm) || ofPublicRow) ? { publishedOnly: true } : {}),
        ...(q.kind === 'read' && !terms.some(publishedTerm) && !ofPublicRow && terms.some(unpublishedTerm) ? { unpublishedOnly: true } : {}),
        ...(q.existenceOnly ? { existenceOnly: true } : {}),
        ...(q.signedInOnly ? { signedInOnly: true } : {}),
        ...(q.countedOnly ? { countedOnly: true } : {}),
        ...(q.countersOnly ? { countersOnly: true } : {}),
        ...(q.reactionTaint && callerOnly(mapTaints(q.reactionTaint, argMap, style)) ? { callerReaction: true } : {}),
        ...(keyed.length ? { clientKeyed: keyed } : {}),
        ...(q.relations ? { relations: q.relations } : {}),
      });
    }
    if (depth === 0 && entry) localVerified.forEach((k) => entry.vouched.add(k));
    for (const g of group) {
      for (const c of g.calls) {
        const bound = receiverBinding(ctx.ev, f, c.callee, held);
        const callee = bound?.callee ?? invokedCallee(ctx.ev, f, c.callee);
        if (callee.t !== 'fn') continue;
        if (callee.file === f && group.some((x) => x.id === callee.id)) continue;
        // (a value from a session getter called here, `call:verifyLinkToken`, is named in this file: resolve it here)
        const mapped = mappedArgs(c, (a) => sessionFromGetters(ctx, f, mapTaints(a, argMap, style)));
        const owned = ownership.some((o) => c.resultVar && o.variable === c.resultVar.split(',')[0]) || predicateCalls.has(`${c.pos.line}:${c.pos.column}`);
        // `segment = await getWebsiteSegment(websiteId, segmentId)` looked the segment up within a verified website:
        // `updateSegment(segmentId)` after it acts on a verified id
        const got = visit(callee.file, callee.id, mapped, depth + 1, [...via, { file: f, ...c.pos }], owned, localVerified, bound?.binding);
        for (const k of got ?? []) if (k.startsWith('request:')) localVerified.add(k);
      }
    }
    return localVerified;
  };
  visit(file, id, entry?.argMap ?? null, 0, entry?.via ?? [], false, verified);
  return out;
}

/**
 * Did the caller leave out an argument a query is run only with (`getTags({ userId, query })` of a helper that reads by
 * `collectionId` only inside `if (collectionId)`)? Only an argument not passed at all, or a key absent from the object
 * literal it was handed whole (a spread or a variable may hold any key).
 */
function leftOut(guards: string[] | undefined, argMap: (Taint[] | undefined)[]): boolean {
  return (guards ?? []).some((g) => {
    const m = /^(?:arg|param):(\d+):([^.]*)/.exec(g);
    if (!m) return false;
    const i = Number(m[1]);
    if (i >= argMap.length) return true;
    const props = m[2] && argMap[i] ? ARG_PROPS.get(argMap[i]!) : undefined;
    return !!props && !Object.prototype.hasOwnProperty.call(props, m[2]);
  });
}

/**
 * `staff.clinicId` where `staff = await getStaff(req, res)`: a value returned by a workspace
 * session getter is the caller's identity, not client input (its `req` argument is not the source).
 */
/**
 * Objection.js `Listing.query().modify('forAgency', agencyOf(req))`: the extractor kept the values handed to a named
 * modifier (`modifier:forAgency#1`); the model's `static modifiers` say which columns they filter. A modifier the model
 * does not define (or one filtering by nothing it was handed) filters by nothing known.
 */
function withModifierColumns(ctx: RouteContext, q: QueryFact): QueryFact {
  if (!q.where?.some((t) => t.path.startsWith('modifier:'))) return q;
  const where = q.where.flatMap((t) => {
    const m = /^modifier:(.+)#(\d+)$/.exec(t.path);
    if (!m) return [t];
    return (ctx.tenants.modifierColumns(q.model, m[1]) ?? []).filter((c) => c.param === Number(m[2])).map((c) => ({ ...t, path: c.column }));
  });
  return { ...q, where: where.length ? where : null };
}

/** Roles a filter's tenant term is skipped for, that are a tenant's own: users each belong to one tenant and hold no per-tenant membership roles, and no role names the platform. */
function tenantRolesSkip(ctx: RouteContext, roles: string[]): boolean {
  if (roles.some((r) => /super|platform|staff|support|internal|root|sysadmin|operator|backoffice/i.test(r))) return false;
  return ctx.tenants.userTenantKeys().length > 0 && !ctx.tenants.memberRoles();
}

function sessionFromGetters(ctx: RouteContext, file: string, taints: Taint[]): Taint[] {
  if (taints.some((t) => t.startsWith('getter:'))) taints = injectedGetters(ctx, file, taints);
  // (the request's part of what a helper that also checks the session answers, `const { auth, body } = await
  // parseRequest(request, schema)`, then `body.websiteId`: the client's value, parsed, not the caller's)
  if (!taints.some((t) => t.startsWith('session:')) && taints.some((t) => REQUEST_PART.test(t))) return createdRows(ctx, file, taints);
  const getter = taints.find((t) => {
    if (!t.startsWith('call:')) return false;
    const callee = ctx.ev.eval(file, { k: 'ref', name: t.slice(5) });
    // (or a helper answering a value of the caller's session, `activeOrgId(c)` reading `c.get('session')?.activeOrganizationId`)
    if (callee.t === 'fn') return ctx.classifier.isSessionGetter(callee.file, callee.id) || !!ctx.ev.summary(callee.file, callee.id)?.returnsCaller;
    // a method of an injected service (`this.authService.readInviteToken(body.invite)`) that verifies the token it is handed
    return methodSessionGetter(ctx, file, t.slice(5));
  });
  if (!getter) return createdRows(ctx, file, taints);
  // (a helper answering a value of the request's context store, `currentOrgId()` over nestjs-cls, is named as one)
  const callee = ctx.ev.eval(file, { k: 'ref', name: getter.slice(5) });
  const context = callee.t === 'fn' && !!ctx.ev.summary(callee.file, callee.id)?.returnsContext;
  return [(context ? 'session:cls.' : 'session:') + getter.slice(5), ...taints.filter((t) => !t.startsWith('request:') && !t.startsWith('param:'))];
}

/**
 * `this.tenant.orgId` of an injected service (`getter:TenantContext.orgId@../common/tenant-context`): the caller's when
 * the class's getter answers a value of the caller's session (`get orgId() { return this.cls.get('orgId') }`), else nothing known.
 */
function injectedGetters(ctx: RouteContext, file: string, taints: Taint[]): Taint[] {
  return taints.flatMap((t) => {
    const m = /^getter:([\w$]+)\.([\w$]+)@(.+)$/.exec(t);
    if (!m) return [t];
    const ref: import('../types').ValueRef = { k: 'member', object: { k: 'new', callee: { k: 'import', source: m[3], name: m[1] }, args: [], pos: { line: 0, column: 0, endLine: 0, endColumn: 0 } }, prop: m[2] };
    const g = ctx.ev.eval(file, ref);
    return g.t === 'fn' && ctx.ev.summary(g.file, g.id)?.returnsCaller ? [`session:injected.${m[1]}.${m[2]}`] : [];
  });
}

/**
 * A Prisma query of a helper handed its whole arguments (`findLink(criteria)` -> `link.findUnique(criteria)`), called with
 * an object literal (`findLink({ where: { slug } })`): the filter's keys, as if written in the query.
 */
function prismaArgsTerms(q: import('../types').QueryFact, t: import('../types').WhereTerm, argMap: (Taint[] | undefined)[] | null): import('../types').WhereTerm[] {
  if (t.path !== '*' || q.orm !== 'prisma' || !argMap || t.taint.length !== 1) return [t];
  const m = /^arg:(\d+):$/.exec(t.taint[0]);
  const base = m ? argMap[Number(m[1])] : undefined;
  const props = base ? ARG_PROPS.get(base) : undefined;
  const keys = props ? Object.keys(props).filter((k) => k.startsWith('where.')) : [];
  if (keys.length) return keys.map((k) => ({ ...t, path: k.slice(6), taint: [`arg:${m![1]}:${k}`] }));
  // (or the filter itself, `findFirst({ where: accessWhereInput })` handed `{ id, userId: this.request.user.id }`: a Prisma
  // `WhereInput` parameter, its caller's properties the terms; an arguments object names `select`, `orderBy`, `where`...)
  const own = props ? Object.keys(props) : [];
  if (!own.length || own.some((k) => PRISMA_ARGS_KEY.test(k.split('.')[0]))) return [t];
  return own.map((k) => ({ ...t, path: k, taint: [`arg:${m![1]}:${k}`] }));
}

/** The keys of a Prisma call's arguments object, which a filter object does not have. */
const PRISMA_ARGS_KEY = /^(?:where|select|include|omit|orderBy|cursor|take|skip|distinct|data|create|update|by|_count|_sum|_avg|_min|_max)$/;

/**
 * The request's data among what a helper answers, by the name it is kept under: `data`, `values`, `fields`, `parsed`,
 * `validated`. (Not `body`, `query` or `params`: those are also what is handed to a helper as `req.params.id`, `inOrg(req,
 * { id: req.params.folderId })`, whose answer is scoped; nor `input`, `payload` or form data, also names of what a
 * token check is handed.)
 */
const REQUEST_PART = /^request:(?:data|values|fields|parsed|validated)(?:\.|$)/;

/**
 * An argument as the helper sees the caller's values: session getters' answers are the session's. An object literal
 * is mapped property by property (`{ id: parseInt(id), user_id: (await userFromSession(req)).id }` keeps the client's
 * id beside the caller's user), its flattened taints being what its properties hold.
 */
function asCallerArg(ctx: RouteContext, file: string, a: Taint[]): Taint[] {
  const props = ARG_PROPS.get(a);
  if (!props) return sessionFromGetters(ctx, file, a);
  const mapped = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sessionFromGetters(ctx, file, v)]));
  const whole = uniqStrings(Object.values(mapped).flat());
  ARG_PROPS.set(whole, mapped);
  return whole;
}

/**
 * `newBackup.backupId` where `newBackup = await createBackup(input)` and the helper returns the row it inserted: the
 * database chose that id, not the client (the input it was handed went into the row's other columns).
 */
function createdRows(ctx: RouteContext, file: string, taints: Taint[]): Taint[] {
  for (const t of taints) {
    if (!t.startsWith('call:')) continue;
    const callee = ctx.ev.eval(file, { k: 'ref', name: t.slice(5) });
    const created = callee.t === 'fn' ? ctx.ev.summary(callee.file, callee.id)?.returnsCreated : undefined;
    if (created?.length) return [...created.map((m) => 'db:' + m), ...taints.filter((x) => !x.startsWith('request:') && !x.startsWith('param:'))];
  }
  return taints;
}

/**
 * A filter built by a helper (`Patient.findOne(clinicFilter(req, { _id: id }))` with
 * `clinicFilter = (req, filter = {}) => ({ ...filter, clinic: req.user.clinic })`): the properties of
 * the object the helper returns, as where terms with the taints of what the call passed it
 * (`req` -> `req.user.clinic`, the caller's tenant). The call's own term stays as it was.
 */
/** The filter's paths, leaving out a path that only some branches of an OR filter on (it narrows none of the others). */
function orSafePaths(where: import('../types').WhereTerm[]): string[] {
  return where.filter((t) => {
    if (!t.or) return true;
    const group = t.or.slice(0, t.or.indexOf('#') + 1);
    const branches = new Set(where.filter((x) => x.or?.startsWith(group)).map((x) => x.or));
    const head = t.path.split('.')[0];
    return [...branches].every((b) => where.some((x) => x.or === b && x.path.split('.')[0] === head));
  }).map((t) => t.path);
}

/**
 * Knex's `.modify(inBranch, ctx.state.user.branch_id)` with a modifier of another module: the filters its own `where`
 * calls add, each compared with the value handed to `modify` in its parameter's place.
 */
function modifierHelperTerms(ctx: RouteContext, file: string, term: import('../types').WhereTerm): import('../types').WhereTerm[] {
  if (!term.modifier) return [];
  const callee = ctx.ev.eval(file, term.modifier.ref);
  if (callee.t !== 'fn') return [];
  const mod = ctx.ev.summary(callee.file, callee.id)?.knexModifier;
  if (!mod) return [];
  // (a value of the modifier's own, `qb.where('archived', false)`, filters by no caller's value)
  return mod.map((m) => ({ path: m.path, taint: m.param >= 1 ? term.modifier!.args[m.param - 1] ?? [] : [], pos: term.pos }));
}

function filterHelperTerms(ctx: RouteContext, file: string, group: FunctionSummary[], term: import('../types').WhereTerm): import('../types').WhereTerm[] {
  if (!term.taint.some((t) => t.startsWith('call:'))) return [];
  const calls = group.flatMap((g) => g.calls);
  // (the filter built first and handed over by name: `const filter = scoped(req, { lastName })`, then `find(filter)`:
  // the nearest call before the query of the helper the term's value came from, kept in a variable)
  const named = new Set(term.taint.filter((t) => t.startsWith('call:')).map((t) => t.slice(5)));
  const lastName = (v: import('../types').ValueRef): string | undefined => v.k === 'member' ? v.prop : v.k === 'ref' || v.k === 'import' ? v.name : undefined;
  const before = (c: (typeof calls)[number]) => c.pos.line < term.pos.line || (c.pos.line === term.pos.line && c.pos.column < term.pos.column);
  const call = calls.find((c) => c.pos.line === term.pos.line && c.pos.column === term.pos.column) ??
    calls.filter((c) => c.resultVar && !c.resultVar.includes(',') && named.has(lastName(c.callee) ?? '') && before(c)).pop();
  if (!call) return [];
  const callee = ctx.ev.eval(file, call.callee);
  if (callee.t !== 'fn') return [];
  const s = ctx.ev.summary(callee.file, callee.id);
  if (!s) return [];
  const out: import('../types').WhereTerm[] = [];
  const taintOf = (v: import('../types').ValueRef, path: string[] = [], depth = 0): Taint[] => {
    if (depth > 6) return [];
    if (v.k === 'member') return taintOf(v.object, [v.prop, ...path], depth + 1);
    if (v.k === 'param' && v.fn === callee.id) return extendTaints(call.args[v.index] ?? [], [...v.path, ...path]);
    // a value converted on its way into the filter carries what it was made from, as the extractor reads it in place:
    // `orgId: new Types.ObjectId(req.user.orgId)`, `String(req.user.orgId)`
    if (!path.length && v.k === 'new') return uniqStrings(v.args.flatMap((a) => taintOf(a, [], depth + 1)));
    if (!path.length && v.k === 'call' && v.args.length === 1 && v.callee.k === 'global' && /^(?:String|Number|BigInt)$/.test(v.callee.name)) return taintOf(v.args[0], [], depth + 1);
    return [];
  };
  // (a value the helper asks a session getter of its own for: `eq(customers.accountId, accountOf(req))`)
  const valueTaint = (v: import('../types').ValueRef): Taint[] => {
    if (v.k === 'call' && (v.callee.k === 'ref' || v.callee.k === 'import' || v.callee.k === 'fn')) {
      const g = v.callee.k === 'fn' ? { t: 'fn' as const, file: callee.file, id: v.callee.id } : ctx.ev.eval(callee.file, v.callee);
      if (g.t === 'fn' && (ctx.classifier.isSessionGetter(g.file, g.id) || !!ctx.ev.summary(g.file, g.id)?.returnsCaller)) return ['session:' + (v.callee.name ?? 'helper')];
    }
    return taintOf(v);
  };
  // a Drizzle condition the helper returns: `and(eq(customers.id, id), eq(customers.accountId, accountOf(req)))`
  // (only what every row must match: an `or(...)` narrows nothing for sure, so it gives no term)
  const drizzleTerms = (v: import('../types').ValueRef, depth = 0): void => {
    if (depth > 6 || v.k !== 'call' || v.callee.k !== 'import' || v.callee.source !== 'drizzle-orm') return;
    if (v.callee.name === 'and') for (const a of v.args) drizzleTerms(a, depth + 1);
    else if (/^(?:eq|inArray)$/.test(v.callee.name) && v.args[0]?.k === 'member') {
      const taint = valueTaint(v.args[1] ?? { k: 'unknown', text: '' });
      if (taint.length) out.push({ path: v.args[0].prop, taint, pos: term.pos });
    }
  };
  for (const r of s.returns) {
    if (r.k === 'call') drizzleTerms(r);
    if (r.k !== 'object') continue;
    for (const [k, v] of Object.entries(r.props)) {
      if (k.startsWith('...')) continue;
      const taint = taintOf(v);
      if (taint.length) out.push({ path: k === '_id' ? 'id' : k, taint, pos: term.pos });
    }
  }
  return out;
}

/**
 * Parameters a helper verifies: it rejects/throws and looks them up scoped to the session, or to
 * another parameter the caller fills with the session (`assertMember(user.id, params.teamId)`).
 */
/**
 * The handler hands a helper the schema the helper checks the request with:
 * `parseRequest(request, schema)` where `parseRequest` calls `schema.safeParse(body)`.
 */
function parsesWithPassedSchema(ev: Evaluator, file: string, summary: FunctionSummary): boolean {
  for (const c of summary.calls) {
    if (!c.argRefs.length) continue;
    const callee = ev.eval(file, c.callee);
    if (callee.t !== 'fn') continue;
    const s = ev.summary(callee.file, callee.id);
    if (!s) continue;
    for (const cc of s.calls) {
      const v = cc.callee;
      if (v.k !== 'member' || !/^(?:parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|validateAsync)$/.test(v.prop)) continue;
      const o = v.object;
      if (o.k === 'param' && o.fn === callee.id && o.path.length === 0 && c.argRefs[o.index] && !(c.argRefs[o.index].k === 'global' && (c.argRefs[o.index] as { name: string }).name === 'undefined')) return true;
    }
  }
  return false;
}

/**
 * Names of functions that answer whether a caller may act on something (`canUpdateBoard`, `hasProjectAccess`, `isTeamMember`),
 * also a lookup of the caller's access that answers nothing when there is none (`getProjectAccess`, `fetchWorkspaceAccess`).
 */
const PERMISSION_PREDICATE = /^(?:can|may|has|is|check|verify|assert|ensure|authori[sz]e|allowed|require)(?:[A-Z_]|$)|^(?:get|fetch|load|find|lookup|resolve)[A-Z]\w*Access$/;

/**
 * The models whose rows' tenant keys a call hands over beside the caller: `{ projectId: dashboard.projectId, userId }`
 * (an object literal's properties apart, so the caller's own row does not count).
 */
function recordTenantModels(mapped: Taint[][]): string[] {
  const out: string[] = [];
  for (const a of mapped) {
    const props = ARG_PROPS.get(a);
    const parts = props ? Object.values(props) : [a];
    for (const p of parts) if (!p.some((t) => t.startsWith('session:'))) out.push(...p.filter((t) => t.startsWith('db:')).map((t) => t.slice(3)));
  }
  return uniqStrings(out);
}

/** `Collection` in `Collection.findByPk(id)`: a class (by its capitalised name), not an instance such as `customerRepository`. */
function modelClassReceiver(v: import('../types').ValueRef): boolean {
  const name = v.k === 'import' ? (v.name === 'default' ? '' : v.name) : v.k === 'ref' ? v.name : '';
  return /^[A-Z][A-Za-z0-9]*$/.test(name) && !/(?:Repository|Repo|Service|Store|Dao|DAO)$/.test(name);
}

/** Queries read off a receiver's name and a model method's name (`customerRepository.update`, `Invoice.findById`). */
const MODEL_METHOD_ORMS = new Set(['orm', 'mongoose', 'sequelize', 'typeorm', 'mikro-orm']);

function verifiedParams(ctx: RouteContext, file: string, id: number, callerArgs?: Taint[][], callerRejects = false, depth = 0): number[] {
  const s = ctx.ev.summary(file, id);
  // the helper rejects, or its caller does when it finds nothing (`if (!(await getTeamMember(teamId, user.uid))) throw`),
  // or its scoped lookup throws when it finds nothing (`if (!patient) throw new TRPCError({ code: 'NOT_FOUND' })`)
  const rejectsAll = !!s && (s.rejects || s.sessionCheck || callerRejects);
  if (!s || !(rejectsAll || s.queries.some((q) => q.throwsIfMissing))) return [];
  const out = new Set<number>();
  // a helper that hands its parameter to a lookup of its own and rejects on the answer
  // (`assertMember(ctx, orgId)` calling `findMembership(orgId, ctx.state.user.sub)`)
  if (depth < 2) {
    for (const c of s.calls) {
      if (!c.args.some((a) => a.some((x) => /^arg:\d+:/.test(x)))) continue;
      const callee = ctx.ev.eval(file, c.callee);
      if (callee.t !== 'fn') continue;
      const args = c.args.map((a) => a.flatMap((x) => {
        const m = /^arg:(\d+):/.exec(x);
        return m && callerArgs?.[Number(m[1])]?.some((t) => t.startsWith('session:')) ? [x, 'session:arg'] : [x];
      }));
      for (const j of verifiedParams(ctx, callee.file, callee.id, args, c.resultTestedByReject || s.rejects, depth + 1)) {
        for (const x of c.args[j] ?? []) {
          const m = /^arg:(\d+):/.exec(x);
          if (m && !callerArgs?.[Number(m[1])]?.some((t) => t.startsWith('session:'))) out.add(Number(m[1]));
        }
      }
    }
  }
  const fromSession = (x: Taint) => {
    if (x.startsWith('session:')) return true;
    const m = /^arg:(\d+):(.*)$/.exec(x);
    if (!m) return false;
    // one property of an object the caller handed in (`{ linkId, userId: session.user.id }` read as `arg:0:userId`)
    const base = callerArgs?.[Number(m[1])];
    const prop = base && m[2] ? ARG_PROPS.get(base)?.[m[2].split('.')[0]] : undefined;
    return !!(prop ?? base)?.some((t) => t.startsWith('session:'));
  };
  // a predicate answering whether the caller's memberships hold an id, its answer refused when it says no
  // (`if (!isProjectMember(session.user, projectId)) throw forbidden()`)
  if (callerRejects) for (const [i, j] of s.searchesParams ?? []) if (fromSession(`arg:${i}:`) && !fromSession(`arg:${j}:`)) out.add(j);
  // a record it fetches by a parameter and compares with the caller's tenant before rejecting
  // (`getForOrg(orgId, id)`: `c = await repo.findById(id); if (c.orgId !== orgId) throw notFound()`)
  // (an ownership check is recorded only where the test rejects or throws: `if (bounty.programId !== programId) throw notFound()`)
  {
    for (const o of s.ownershipChecks) {
      // (with no `against`, the record was compared with the session itself: `assertSameOrg(this.user, glossary)`)
      if (!o.variable || (o.against ? !o.against.some(fromSession) : !!o.param || !!o.onRequest)) continue;
      const keyed = [...s.queries.filter((q) => q.resultVar === o.variable).flatMap((q) => (q.where ?? []).flatMap((t) => t.taint)),
        ...s.calls.filter((c) => c.resultVar?.split(',')[0] === o.variable).flatMap((c) => c.args.flat())];
      for (const x of keyed) {
        // the whole argument (`getForOrg(orgId, id)`), or one property of the object handed in (`{ bountyId, programId }`)
        const m = /^arg:(\d+):(\w*)/.exec(x);
        if (!m) continue;
        const base = callerArgs?.[Number(m[1])];
        const ofObject = !!m[2] && !!base && !!ARG_PROPS.get(base)?.[m[2]];
        if ((x === `arg:${m[1]}:` || ofObject) && !fromSession(x)) out.add(Number(m[1]));
      }
    }
  }
  for (const q of s.queries) {
    // (an injected service's getter over the caller's context, `this.tenant.orgId`, is the caller's)
    const terms = (q.where ?? []).map((t) => ({ ...t, taint: destructuredAsArgs(t.taint.some((x) => x.startsWith('getter:')) ? injectedGetters(ctx, file, t.taint) : t.taint, callerArgs) }));
    if (!rejectsAll && !q.throwsIfMissing) continue;
    if (!terms.some((t) => t.taint.some(fromSession))) continue;
    for (const t of terms) for (const x of t.taint) {
      const m = /^arg:(\d+):/.exec(x);
      if (m && !fromSession(x)) out.add(Number(m[1]));
      // the whole where handed in by the caller: `access({ id, userId: this.request.user.id })` scopes its ids itself
      else if (m && x === `arg:${m[1]}:` && callerArgs?.[Number(m[1])]?.some((a) => a.startsWith('request:'))) out.add(Number(m[1]));
    }
  }
  return [...out];
}

/**
 * A helper's destructured object parameter read as `param:0:userId` (and `session:userId`, for its name) where the
 * caller handed an object literal: the caller's argument it is, `arg:0:userId`.
 */
function destructuredAsArgs(ts: Taint[], callerArgs?: Taint[][]): Taint[] {
  if (!callerArgs || !ts.some((t) => t.startsWith('param:'))) return ts;
  const guessed = new Set<Taint>();
  const byParam = new Map<Taint, Taint>();
  for (const t of ts) {
    const m = /^param:(\d+):(.+)$/.exec(t);
    const base = m ? callerArgs[Number(m[1])] : undefined;
    const props = base ? ARG_PROPS.get(base) : undefined;
    if (!m || !props || !Object.prototype.hasOwnProperty.call(props, m[2].split('.')[0])) continue;
    const c = classifyParamPath(m[2].split('.'));
    if (c) guessed.add(c);
    byParam.set(t, `arg:${m[1]}:${m[2]}`);
  }
  return byParam.size ? ts.flatMap((t) => byParam.has(t) ? [byParam.get(t)!] : guessed.has(t) ? [] : [t]) : ts;
}

/**
 * Library calls that run an option of theirs before serving the request: Vercel Blob's client uploads,
 * `handleUpload({ body, request, onBeforeGenerateToken: async () => { const session = await auth(); if (!session) throw ... } })`,
 * call the gate before they issue an upload token, and verify Vercel's signature on the completion callback.
 * The gate's session check is the handler's.
 */
const GATE_OPTIONS: { source: RegExp; name: string; option: string }[] = [
  { source: /^@vercel\/blob\/client$/, name: 'handleUpload', option: 'onBeforeGenerateToken' },
];

/** The `verify` option of a body parser (`express.json({ verify })`, `bodyParser.raw({ verify })`): called with (req, res, buf). */
function bodyParserVerifyHook(ev: Evaluator, av: AV): { file: string; id: number } | undefined {
  if (av.t !== 'extcall' || !/^(?:express|body-parser)$/.test(av.module) || !/^(?:json|raw|text|urlencoded)$/.test(av.path[av.path.length - 1] ?? '') || !av.args[0]) return undefined;
  const opts = ev.eval(av.file, av.args[0]);
  const ref = opts.t === 'object' ? opts.props.verify : undefined;
  const fn = ref && opts.t === 'object' ? ev.eval(opts.file, ref) : undefined;
  return fn?.t === 'fn' ? { file: fn.file, id: fn.id } : undefined;
}

function libraryGateCallback(ev: Evaluator, classifier: Classifier, file: string, summary: FunctionSummary): { name: string; why: string; pos: import('../types').Pos } | undefined {
  for (const c of summary.calls) {
    const callee = c.callee.k === 'ref' ? ev.files.get(file)?.bindings[c.callee.name] ?? c.callee : c.callee;
    if (callee.k !== 'import') continue;
    const known = GATE_OPTIONS.find((g) => g.source.test(callee.source) && g.name === callee.name);
    const opts = known && c.argRefs[0] ? ev.eval(file, c.argRefs[0]) : undefined;
    const gateRef = opts?.t === 'object' ? opts.props[known!.option] : undefined;
    const gate = gateRef && opts?.t === 'object' ? ev.eval(opts.file, gateRef) : undefined;
    if (gate?.t !== 'fn') continue;
    const g = classifier.classifyFunction(gate.file, gate.id);
    if (g.roles.includes('auth')) return { name: `${known!.name} ${known!.option}`, why: g.why, pos: c.pos };
  }
  return undefined;
}

/** UploadThing's `createRouteHandler({ router })`: the endpoint the library makes for an app's file router. */
function uploadRouterHandler(made: Extract<AV, { t: 'ext' }>): boolean {
  return /^uploadthing(?:\/[\w-]+)?$/.test(made.module) && made.path[0] === 'createRouteHandler' && !!made.from;
}

/**
 * Who may upload through an UploadThing file router: each file route's `.middleware(fn)` runs before its
 * upload (`f({ image: {...} }).middleware(async () => { const session = await auth(); if (!session) throw ... })`).
 * The endpoint is authenticated when every file route's middleware checks the caller; one without is an
 * anonymous upload (its route stays unauthenticated).
 */
function uploadRouterGate(ev: Evaluator, classifier: Classifier, made: Extract<AV, { t: 'ext' }>): { roles: ChainEntry['roles']; why: string; roleNames: string[] } {
  const none = { roles: [] as ChainEntry['roles'], why: '', roleNames: [] as string[] };
  const opts = made.from!.args[0] ? ev.eval(made.from!.file, made.from!.args[0]) : undefined;
  const router = opts?.t === 'object' && opts.props.router ? ev.eval(opts.file, opts.props.router) : undefined;
  if (router?.t !== 'object') return none;
  const fileRoutes = Object.values(router.props);
  if (!fileRoutes.length) return none;
  const guarded = fileRoutes.every((ref) => {
    // down the builder chain: f(...).middleware(fn).onUploadComplete(fn)
    for (let r: ValueRef = ref, i = 0; r.k === 'call' && r.callee.k === 'member' && i < 8; r = r.callee.object, i++) {
      if (r.callee.prop !== 'middleware' || !r.args[0]) continue;
      const fn = ev.eval(router.file, r.args[0]);
      return fn.t === 'fn' && classifier.classifyFunction(fn.file, fn.id).roles.includes('auth');
    }
    return false;
  });
  return guarded ? { roles: ['auth'], why: 'every UploadThing file route checks the session in its middleware', roleNames: [] } : none;
}

/**
 * The handler's only credential check is a server secret, its own or in a helper it calls
 * (`verifySlackToken(body.token)`), and it reads no session.
 */
/**
 * A gate that lets in a machine, not a user: it verifies a request signature (a queue's or scheduler's,
 * `receiver.verify({ signature, body })`) or compares a credential with a server secret, and reads no session,
 * itself or in what it calls.
 */
function signedCallerGate(ev: Evaluator, av: AV, named: string, credential = false): boolean {
  if (SIGNED_QUEUE(av)) return true;
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.wrapper.t === 'fn' ? av.wrapper : null;
  if (!fn) return false;
  const reach = reachable(ev, fn.file, fn.id, 3);
  // (one API key for an area, `x-api-key` against an env value, may be a partner's or an operator's: only a gate
  // named for jobs, on a jobs path, or handing a library the scheduler's secret (`bearerAuth({ token: process.env.CRON_SECRET })`)
  // says the secret is the scheduler's)
  const JOBS = /cron|job|queue|task|worker|schedul|internal/i;
  // (or comparing what the caller sent with it, `authorization !== env().CRON_SECRET`)
  const jobs = JOBS.test(named) || reach.some((x) => x.s.calls.some((c) => c.args.some((a) => a.some((t) => t.startsWith('env:') && JOBS.test(t.slice(4))))) ||
    (x.s.sharedSecretEnv ?? []).some((e) => JOBS.test(e)));
  if (credential && jobs) return true;
  return reach.some((x) => x.s.verifiesSignature || (jobs && x.s.sharedSecretCheck)) &&
    // (the signature check itself reads like a token check: `receiver.verify(...)` is its getter)
    !reach.some((x) => !x.s.verifiesSignature && (x.s.sessionGetters.length || (x.s.sessionCheck && !x.s.sharedSecretCheck)));
}

function sharedSecretOnly(summary: FunctionSummary, reach: Reached[], secretAnswered = false): boolean {
  if (summary.sessionGetters.length) return false;
  if (summary.sharedSecretCheck || secretAnswered) return true;
  const helpers = reach.filter((x) => x.depth === 1);
  return helpers.some((x) => x.s.sharedSecretCheck) && !helpers.some((x) => x.s.sessionGetters.length || (x.s.sessionCheck && !x.s.sharedSecretCheck));
}

/**
 * `team = await getTeamOfRequest(args.requestID)` then a membership check of `team.id` against the caller: the
 * check vouches for the id the record was looked up by. Returns those ids (request taints of the lookup call whose
 * result the verified argument was read off).
 */
function lookupKeys(verifiedArg: Taint[], calls: FunctionSummary['calls'], map: (a: Taint[]) => Taint[]): Taint[] {
  const via = new Set<string>();
  for (const t of verifiedArg) if (t.startsWith('call:')) via.add(t.slice(5));
  if (!via.size) return [];
  const out: Taint[] = [];
  // (the ids whose fields were verified: `x` with some verified `x.field`; made once, not searched per id)
  let fieldsOf: Set<string> | undefined;
  for (const c of calls) {
    const v = c.callee;
    const name = v.k === 'member' ? v.prop : v.k === 'import' || v.k === 'ref' ? v.name : '';
    if (!via.has(name)) continue;
    fieldsOf ??= dottedPrefixes(verifiedArg);
    for (const a of c.args) for (const x of map(a)) if (x.startsWith('request:') && fieldsOf.has(x)) out.push(x);
  }
  return out;
}

/** Every `a.b` of `a.b.c` and `a` of `a.b`: the prefixes a taint continues with a field. */
function dottedPrefixes(ts: Taint[]): Set<string> {
  const out = new Set<string>();
  for (const t of ts) for (let i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) out.add(t.slice(0, i));
  return out;
}

const nestedMemo = new WeakMap<FunctionSummary[], Map<number, FunctionSummary[]>>();

/**
 * The functions written inside `s` (callbacks, transactions, inline helpers), once per file's summaries:
 * every route that reaches a shared helper asks again (737 routes of one app through one wrapper).
 */
function nestedIn(functions: FunctionSummary[], s: FunctionSummary): FunctionSummary[] {
  let byId = nestedMemo.get(functions);
  if (!byId) nestedMemo.set(functions, (byId = new Map()));
  let out = byId.get(s.id);
  if (!out) byId.set(s.id, (out = functions.filter((o) => o.id !== s.id && o.id !== 0 && within(o, s))));
  return out;
}

function within(inner: FunctionSummary, outer: FunctionSummary): boolean {
  const a = inner.pos;
  const b = outer.pos;
  const startAfter = a.line > b.line || (a.line === b.line && a.column > b.column);
  const endBefore = a.endLine < b.endLine || (a.endLine === b.endLine && a.endColumn <= b.endColumn);
  return startAfter && endBefore;
}

function collectLogs(ev: Evaluator, file: string, id: number): LogCallFact[] {
  const facts = ev.files.get(file);
  const s = facts?.functions[id];
  if (!s) return [];
  return [s, ...nestedIn(facts!.functions, s)].flatMap((g) => g.logs);
}

function uniqStrings(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** A read keyed by a secret the client sends for a secret column (`where: eq(apps.refreshToken, req.query.refreshToken)`). */
function lookupBySecret(q: QueryFact): boolean {
  return q.kind === 'read' && (q.where ?? []).some((w) => !w.or && /(?:^|\.)(?:token|secret|[a-z]+(?:Token|Secret))$/.test(w.path) && !/(?:^|\.)(?:csrfToken|pushToken|fcmToken|deviceToken)$/.test(w.path) &&
    w.taint.some((t) => t.startsWith('request:')));
}

/** The Host the request was sent to (`headers.host`, Express's `hostname`): what a custom-domain or tenant-by-host lookup is keyed by. */
/**
 * A read keyed only by the caller's own cookie or credential header (an app-wide middleware loading the session,
 * `session.findUnique({ where: { id: cookies.sid } })`) finds the caller's own sign-in, nobody else's records; one keyed by the
 * Host the request was sent to (`domain.find({ address: req.headers.host })`) finds the custom domain that host serves, public routing.
 */
export function ownSignInLookup(q: Pick<ResolvedQuery, 'kind' | 'clientDriven'>): boolean {
  // (the cookie's own value, `sessions where id = cookies.sid`; not a field read out of it, the claim of a token only
  // decoded, `decode(getCookie(c, 'kiosk_token')).payload.practiceId`: that is whatever the client wrote into it)
  return q.kind === 'read' && q.clientDriven.length > 0 &&
    q.clientDriven.every((c) => /^(?:cookies|signedCookies)(?:\.[^.]+)?$/.test(c.source) || (/^headers\./.test(c.source) && isCredentialHeader(c.source.slice(8))) || addressedHost(c.source));
}

export function addressedHost(source: string): boolean {
  return /^(?:headers\.(?:host|x-forwarded-host)|hostname|host)$/i.test(source);
}

const methodGetterMemo = new WeakMap<RouteContext, Map<string, boolean>>();

/**
 * `invite.orgId` where `invite = this.authService.readInviteToken(body.invite)` and that method returns what a token verifier
 * answers (`return jwt.verify(token, secret)`, itself or a helper down): the claims were signed by the server. Found by the method's
 * name among the member calls this file makes; every call of that name must resolve to such a getter.
 */
function methodSessionGetter(ctx: RouteContext, file: string, name: string): boolean {
  let memo = methodGetterMemo.get(ctx);
  if (!memo) methodGetterMemo.set(ctx, (memo = new Map()));
  const key = `${file}\0${name}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  memo.set(key, false);
  let found = false;
  let other = false;
  for (const s of ctx.ev.files.get(file)?.functions ?? []) {
    for (const c of s?.calls ?? []) {
      if (c.callee.k !== 'member' || c.callee.prop !== name) continue;
      const callee = invokedCallee(ctx.ev, file, c.callee);
      if (callee.t === 'fn' && ctx.classifier.isSessionGetter(callee.file, callee.id)) found = true;
      else other = true;
    }
  }
  const out = found && !other;
  memo.set(key, out);
  return out;
}
