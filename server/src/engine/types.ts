/**
 * Shared types of the pipeline. Facts are plain JSON (cacheable by content hash);
 * the model is built from facts only, never from ASTs.
 */

export interface Loc {
  file: string; // workspace-relative, forward slashes
  line: number; // 1-based
  column: number; // 1-based
  endLine: number;
  endColumn: number;
}

/** A position inside the file being extracted (file is implied). */
export interface Pos {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// ---------------------------------------------------------------------------
// Values: a serialisable description of what an expression evaluates to,
// resolved across files by the linker.

export type ValueRef =
  | { k: 'ref'; name: string } // module-scope binding of this file
  | { k: 'import'; source: string; name: string } // 'default' | '*' | named
  | { k: 'global'; name: string }
  | { k: 'member'; object: ValueRef; prop: string }
  | { k: 'call'; callee: ValueRef; args: ValueRef[]; pos: Pos; text: string }
  /** (`self`: `this` in an instance method, the instance the class makes, not a `new` written in the code) */
  /** (`thisField`: `this.repo` read through its declared type or default, `constructor(protected repo: BaseRepository<T>)`: the field's name) */
  | { k: 'new'; callee: ValueRef; args: ValueRef[]; pos: Pos; self?: true; thisField?: string }
  | { k: 'fn'; id: number; name?: string }
  | { k: 'param'; fn: number; index: number; path: string[]; name?: string }
  | { k: 'array'; items: ValueRef[] }
  | { k: 'spread'; arg: ValueRef }
  | { k: 'object'; props: Record<string, ValueRef>; pos: Pos }
  /** (`superArgs`: what its constructor hands the base class, `super(prisma.invoice)`) */
  | { k: 'class'; name: string; methods: Record<string, number>; pos: Pos; extends?: ValueRef; fields?: Record<string, ValueRef>; superArgs?: ValueRef[] }
  | { k: 'lit'; value: string | number | boolean | null; regex?: string }
  /** a string built of parts not all known in its file (`/${page}`, `'/' + name`): lit parts and values */
  | { k: 'concat'; parts: ValueRef[]; text: string }
  | { k: 'unknown'; text: string };

// ---------------------------------------------------------------------------
// Taint: where a value comes from. Strings so they are cheap to union and cache.
//   request:<path>   client-controlled (params, query, body, headers, cookies, action args)
//   session:<path>   the caller's identity/tenant (req.user, session.user, auth())
//   param:<i>:<path> a parameter of the enclosing function (mapped by the linker)
//   call:<name>      the result of a call the extractor could not classify
//   sensitive:<why>  a credential (token, password, secret, auth header...)
//   env:<NAME>       a process.env / import.meta.env read
//   db:<n>           the result of query n of the enclosing function
export type Taint = string;

export interface WhereTerm {
  path: string; // e.g. "id", "orgId", "org.members.some.userId"
  taint: Taint[];
  pos: Pos;
  /** the filter compares with a constant: `published: true`, `eq(posts.status, 'published')` */
  literal?: string | boolean;
  /** the filter keeps rows where the field is set: Prisma `{ not: null }`, Mongo `{ $ne: null }`, Drizzle `isNotNull(col)` */
  notNull?: true;
  /** the term is in one branch of an OR (`OR: [{ workspaceId }, { privileged: false }]`, TypeORM's `where: [a, b]`):
   * `group#branch`; it constrains the query only when every branch of its group does */
  or?: string;
  /** a raw request object spread after it in the same filter (`{ organizationId, ...req.query }`) can replace its value */
  overridable?: boolean;
  /** a whole parameter spread after it (`{ clinicId, ...filters }`): overridable when the caller hands in the request's query or body */
  overridableBy?: Taint[];
  /** written into the filter object only when the caller does not hold these roles (`if (user.role !== 'ADMIN') where.organizationId = ...`) */
  skippedForRoles?: string[];
  /** Knex's `.modify(inBranch, branchId)` with a modifier imported from another module: the modifier and the values handed
   * to it after the builder; the linker reads the modifier's own `where` calls (`knexModifier` of its summary) */
  modifier?: { ref: ValueRef; args: Taint[][] };
}

/** Which data-access library a query goes through ('orm': a model method we could not attribute). */
export type Orm = 'prisma' | 'sql' | 'drizzle' | 'knex' | 'kysely' | 'supabase' | 'typeorm' | 'mikro-orm' | 'sequelize' | 'mongoose' | 'mongodb' | 'firestore' | 'lucid' | 'orm';

export interface QueryFact {
  orm: Orm;
  model: string; // prisma delegate name (camelCase) or SQL table
  /** a generic repository's `this.model.findUnique(...)`: the field holding the model (bound by the linker where the class is constructed; `model` is empty) */
  heldBy?: string;
  op: string; // findUnique, findMany, select, update, delete, insert...
  kind: 'read' | 'write' | 'delete';
  many: boolean; // list / bulk operation
  pos: Pos;
  where: WhereTerm[] | null; // null: no filter at all
  sqlText?: string;
  resultVar?: string; // local name the result is bound to
  /** `if (!row) throw ...` follows: a helper making it ends its caller's request when the row is not found */
  throwsIfMissing?: boolean;
  /** an if tests the row (`if (!project) return notFound()`, `if (project) { ... }`): what follows depends on it being found */
  endsIfMissing?: boolean;
  /** a list read by ids whose rows must all be found: `if (posts.length !== 2) throw` after `findMany({ where: { id: { in: [a, b] }, orgId } })` */
  allRowsRequired?: boolean;
  /** a bulk update or delete whose count of affected rows an if tests (`if (count) ...`, `if (!res.deletedCount) return 404`) */
  affectedTested?: boolean;
  /** rows read for their number only (`return { available: rows.length === 0 }`): a count, judged as counts are */
  countedOnly?: boolean;
  /** its result is only tested, by an if that ends the request when a row exists (`if (taken) throw 409`): one bit, no record */
  existenceOnly?: boolean;
  /** run only when the function is handed these arguments (`arg:0:collectionId` of `if (collectionId) { ... }`): see argGuardsOf */
  argGuards?: string[];
  /** a write that only bumps counters (`data: { views: { increment: 1 } }`, `{ $inc: { clicks: 1 } }`): a page view or click tally */
  countersOnly?: boolean;
  /**
   * a write that only links or unlinks one person to the record through a reaction relation (Prisma `data: { favoritedBy:
   * { connect: { id } } }`, likes, stars, followers, bookmarks): the taints of who is linked (the caller's own reaction)
   */
  reactionTaint?: Taint[];
  /** runs only when the caller is signed in (`locals.user ? await db.select()... : []`, inside `if (req.user) { ... }`) */
  signedInOnly?: boolean;
  /** inside `if (req.method === 'GET')`: the only method this query runs for */
  methodBranch?: string;
  /** Supabase: the client's key (the service role bypasses row-level security) */
  client?: 'service-role' | 'user' | 'unknown';
  /** Supabase: an unknown client that is a parameter of a helper (`arg:0:`): the caller's argument tells which key */
  clientTaint?: Taint[];
  callerArgsKey?: string; // for helpers: informational
  /** writes back a row this function read into this variable (`doc.save()`): scoped by that read */
  ofRow?: string;
  /**
   * where the written values come from (request, parameter and helper-argument taints of the data,
   * not of the filter); absent when not read (builder chains other than Drizzle/Kysely, SQL, rows written back)
   */
  dataTaint?: Taint[];
  /** the fields a write sets, when they are spelled out (`data: { role }`, `.set({ role })`) */
  dataKeys?: string[];
  /** request data put into the record wholesale (`*`: `Object.assign(user, req.body)`) or into privileged fields (`role`) */
  massAssigned?: string[];
  /** relations a read brings along with its rows (Prisma `include: { customer: true }`, `select: { customer: { select } }`) */
  relations?: string[];
  /**
   * included relations filtered on the caller (Prisma `include: { users: { where: { userId: session.user.id } } }`): the
   * rows the handler then tests for absence (`if (team.users.length === 0) return 403`) are the caller's memberships
   */
  scopedRelations?: string[];
}

export interface OwnershipCheck {
  /** the variable whose tenant field is compared (the fetched record) */
  variable: string;
  field: string;
  /** models/tables the checked value was read from (db taints) */
  models: string[];
  /** compared with a helper's parameter (`user.orgId`): counts when the caller passes the session */
  against?: Taint[];
  /** the checked record is this parameter of the helper (`arg:1:document`): the caller's value is checked */
  param?: Taint;
  pos: Pos;
  methodBranch?: string;
  /** the checked record hangs on the request (`req.invoice.orgId`), put there by a loader or middleware */
  onRequest?: boolean;
}

export interface PublicationCheck {
  /** the variable holding the tested row */
  variable: string;
  /** models/tables it was read from (db taints) */
  models: string[];
  pos: Pos;
  methodBranch?: string;
}

export interface LogArgFact {
  sensitive: string[]; // reasons, e.g. "authorization header", "password"
  keyPaths: string[]; // object key paths of the sensitive parts ("headers.authorization")
  text: string; // source excerpt (never includes literal secrets: it is code)
  /**
   * where each whole session logged came from: the getter's callee when it is the answer of a call of the app's own
   * function (`const session = await getSession()`), else null; the linker drops the session when every getter answers
   * only a verified token's claims
   */
  sessionFrom?: (ValueRef | null)[];
}

export interface LogCallFact {
  callee: ValueRef; // the logger object (for pino redact lookup)
  calleeText: string;
  method: string;
  pos: Pos;
  args: LogArgFact[];
  /** the receiver is imported from the app's own module under a name that does not say log: a log only if that module's export is made by a logger library */
  viaImport?: true;
  /** made only outside production (`if (process.env.NODE_ENV !== 'production')`, `if (!isProduction)`) */
  devOnly?: true;
}

export interface CorsFact {
  source: 'cors-lib' | 'header' | 'config-headers';
  library?: string;
  origin: 'wildcard' | 'reflect' | 'null' | 'substring' | 'unanchored-regex' | 'allowlist' | 'unknown';
  credentials: boolean | 'unknown';
  evidence: string;
  pos: Pos; // the offending value's position
  callPos: Pos;
  /** the cors() call value, so the linker can find it in middleware chains */
  inFunction?: number;
  /**
   * next.config / vercel.json headers: the `source` path patterns the header rule applies to (`/api/public/:path*`);
   * several when one headers array is shared by rules (`{ source: '/script.js', headers: trackerHeaders }`)
   */
  sourcePatterns?: string[];
  /** set up only outside production (`if (!isProduction) app.enableCors({ origin: true, credentials: true })`) */
  devOnly?: true;
}

export interface CallFact {
  callee: ValueRef;
  args: Taint[][];
  argRefs: ValueRef[];
  /** the taints of each property of an object literal argument (`update({ id: params.id, orgId: user.orgId })`), by argument */
  argProps?: (Record<string, Taint[]> | null)[];
  resultVar?: string;
  pos: Pos;
  awaited: boolean;
  /** true when the call result is tested by an if-that-rejects */
  resultTestedByReject: boolean;
  /** a predicate called in a test that rejects when it answers yes (`if (isForbidden(doc, user)) throw`) */
  resultTruthyRejects?: boolean;
  /** its result variable is tested by some if of the function, rejecting or not (`if (!auth) error = () => unauthorized()`) */
  resultTested?: boolean;
  /** inside a try block: its catch rejects the request (401/403) or ignores the failure and goes on */
  caught?: 'rejects' | 'swallowed';
  /** made only for one HTTP method: in `if (req.method === 'GET')`, a `case 'GET':`, or a method's entry of a dispatch table */
  methodBranch?: string;
  /** a yes/no signature check whose answer nothing tests (kept in a variable only logged): what it reaches verifies nothing */
  discardedCheck?: true;
  /** it checks a provider's signature over the payload (`verifyKey(raw, signature, ts, publicKey)`): no sign-in, whatever its name */
  signatureCheck?: true;
  /** made only when an option its function was handed says so (`if (!options?.skipAuth) auth = await checkAuth(req)`):
   * the parameter's index, the option, and whether the call runs when the option is truthy or when it is falsy */
  optionGate?: OptionGate;
}

export interface OptionGate {
  index: number;
  prop: string;
  runsWhen: boolean;
  /** the option's default (`{ skipAuth = false }`): what a caller that leaves it out hands over (else falsy) */
  omitted?: boolean;
}

export interface PathPattern {
  kind: 'exact' | 'prefix' | 'regex';
  value: string;
}

export interface FunctionSummary {
  id: number;
  name: string; // declared or inferred name ('' if anonymous)
  pos: Pos;
  params: string[];
  isAsync: boolean;
  /** 'use server' directive in the body */
  useServer: boolean;
  /** reads a credential: auth header, cookie, session, token verification */
  readsCredential: string[];
  /** ends the request with 401/403, throws an auth error or redirects to login */
  rejects: boolean;
  /** every rejection answers a "not yourself" test (`if (req.params.id === req.user?.id) return 403`): none is for anonymous callers */
  rejectsOnlyNotYourself?: boolean;
  /** an if whose test is on a session/credential value and whose branch rejects */
  sessionCheck: boolean;
  /** the only session checks are not-found tests of rows looked up by a client id and the caller's tenant (`if (!job) throw 404`) */
  sessionCheckByLookup?: boolean;
  sessionCheckPos?: Pos;
  /** parameters whose absence it rejects with 401/403 or a redirect (`if (!user) error(401)` in `assertRole(user, ...roles)`) */
  rejectsWithoutParam?: number[];
  /** hands an anonymous caller on as it is before any check (`if (!ctx.user) return next()`): its later session
   * checks turn away only callers who have a session; it authenticates nobody */
  passesAnonymous?: boolean;
  /** an if on the session's presence ends the request when the caller IS signed in (`if (req.user) return res.redirect('/')`) */
  sessionCheckInverted?: boolean;
  /** returns a row it has just inserted (`const [row] = await db.insert(backups).values(input).returning(); return row`):
   * its models. The row's id is the database's, whatever the caller handed in */
  returnsCreated?: string[];
  /** returns a row it has read (`const client = await Client.findOne(...); ...; return client`): its models */
  returnsRead?: string[];
  /** ends the request with 429 when a test fails (`if (!res.allowed) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' })`): a rate limiter */
  refusesForRate?: boolean;
  /** a helper that answers `null` when there is no session and the user otherwise (`if (!sid) return null; ... return row`): its caller decides */
  nullWithoutSession?: boolean;
  /** calls a known session getter (getServerSession, auth(), ...) */
  sessionGetters: string[];
  /** rows read from the database that it hangs on the request it was handed (`req.course = course`: index 0, path `course`) */
  hangsOnRequest?: { index: number; path: string; models: string[] }[];
  /** the claims of a token it read that it hangs on the request it was handed (`req.patient = { id: claims.sub }`) */
  hangsClaims?: { index: number; path: string }[];
  /** role/permission checks (if on user.role that rejects, or role helper calls) */
  roleChecks: string[];
  /** role predicates asked only for a signed-in caller and kept in a variable (`const admin = ctx.user ? await isAdmin(...) : false`):
   * role checks only once a rejecting test reads the variable (then in `roleChecks`) */
  pendingRoleFlags?: { variable: string; text: string }[];
  /** the method or intent branch each role check of `roleChecks` is made in ('' for every request) */
  roleCheckBranches?: { role: string; branch: string }[];
  /** the role checks run only when the caller hands over these parameters (`if (roles && !roles.includes(m.role))`);
   * `roleCheckAlways` when one of them runs whatever it is handed */
  roleCheckArgs?: number[];
  roleCheckAlways?: boolean;
  /** two values a rejecting test requires equal (`if (await workspaceOf(languageId) !== input.workspaceId) throw`): their taints */
  boundPairs?: [Taint[], Taint[]][];
  /** a predicate that answers with a role test of what it is given (`canDeleteUser = ({ user }) => user?.isAdmin ?? false`) */
  returnsRole?: string;
  /** a predicate that answers whether there is a caller (`isAuthenticated = (_, __, ctx) => ctx.user !== null`) */
  returnsSession?: boolean;
  /** answers a value of the caller's session and nothing the client sent (`activeOrgId = (c) => c.get('session')?.activeOrganizationId`) */
  returnsCaller?: boolean;
  /** ...read from the request's context store (`return ClsServiceManager.getClsService().get('orgId')`): the caller's only where a guard ran */
  returnsContext?: boolean;
  /** a predicate that answers whether the request carries a server secret (`return secureCompare(authHeader, `Bearer ${env.CRON_SECRET}`)`) */
  returnsSecretMatch?: boolean;
  /** a Knex modifier (`function inBranch(qb, branchId) { qb.where('branch_id', branchId) }`): the columns its `where` calls on
   * its first parameter filter by, each with the index of the parameter compared (-1: a value of its own, `taint`) */
  knexModifier?: { path: string; param: number; taint: Taint[] }[];
  /** calls to other functions (for transitive classification and helper inlining) */
  calls: CallFact[];
  /** value(s) returned; used for factories, wrappers, session getters */
  returns: ValueRef[];
  /** parameter indices that the function (or a function it returns) calls */
  callsParam: number[];
  /** options' functions it calls: `options.handler(args)` (a factory handed `{ handler }` wraps it) */
  callsParamProp?: { index: number; prop: string }[];
  queries: QueryFact[];
  /** a generic repository's queries on the model a field holds (`this.model.findUnique(...)`, QueryFact.heldBy): seen only where the linker binds that field to a model */
  heldQueries?: QueryFact[];
  ownershipChecks: OwnershipCheck[];
  /**
   * rows tested for being published before the function goes on (`if (report.shareLevel !== 'public') return 401`,
   * `if (!post || !post.isPublic) notFound()`): past the test they are public content
   */
  publicationChecks?: PublicationCheck[];
  /** request-derived values constrained by a session-scoped query (membership checks) */
  verifiedKeys: string[];
  /** verified inside a `req.method === 'X'` branch of a pages/api handler: for that method's route only */
  branchVerifiedKeys?: { key: string; branch: string }[];
  logs: LogCallFact[];
  /** calls next() / passes control on (Express-style middleware) */
  callsNext: boolean;
  /** calls its own `next` parameter with no argument: hands the request on (not next(err)) */
  passesOn?: boolean;
  /** returns/sends a response (res.json, NextResponse.json, return new Response) */
  responds: boolean;
  /** answers with a redirect to a value read from the database (`c.redirect(link.url)`, `res.redirect(301, row.target)`) */
  redirectsToRow?: boolean;
  /** methods this handler branches on (pages/api `req.method === 'POST'`) */
  methodChecks: string[];
  /**
   * the method checks leave no other method through: a negated check (`if (req.method !== 'POST') return`),
   * a 405 answer, a switch's `default:` or a dispatch table. Without it, `if (req.method === 'POST') {...}`
   * followed by more code serves the other methods (a pages/api GET) with that code.
   */
  otherMethodsRejected?: boolean;
  /** the method branch of each session check (`''` outside any): a check made for POST only does not guard GET */
  sessionCheckBranches?: string[];
  /** session getters and credential reads made in one method's branch (the rest of the lists are made outside any) */
  branchedReads?: { branch: string; getter?: string; credential?: string }[];
  /** request input reads: "params.id", "body", ... (for validation / matrix) */
  requestReads: string[];
  /**
   * paths the function lets through without its checks (`if (req.path.startsWith('/public')) return next()`);
   * negated: only the listed paths are checked (`if (!req.path.startsWith('/admin')) return next()`)
   */
  /**
   * paths the function lets through unchecked; `within`: its checks sit inside an `if` on these paths
   * (`if (path.startsWith('/admin')) { if (!user) redirect(...) }`): a path any such block covers is checked
   */
  /** (`handsTo`: the paths are handed to another function with the request, `return donorAuth(request)`: a dispatch, which
   * lets them through unchecked only when that function checks nothing) */
  pathBypass?: { patterns: PathPattern[]; negated: boolean; within?: boolean; handsTo?: ValueRef; handsToArgs?: ValueRef[] }[];
  /**
   * role checks made for some paths only (`if (path.startsWith('/admin') && user.role !== 'admin') error(403)`,
   * or inside `if (path.startsWith('/admin')) {...}`); negated: for every path but those. Not in `roleChecks`.
   */
  pathRoleChecks?: { patterns: PathPattern[]; negated: boolean; role: string }[];
  /**
   * Fastify route config the function lets through without its checks: `if (request.routeOptions.config.public) return`
   * (`when: 'truthy'`: routes whose `config.public` is set skip it), `if (!request.routeConfig.auth) return` (`'falsy'`)
   */
  configBypass?: { key: string; when: 'truthy' | 'falsy' }[];
  /**
   * HTTP methods the function hands on without its checks: `if (req.method === 'GET') return next()`,
   * `if (c.req.method !== 'GET') { return auth(c, next) } else { await next() }`; for a tRPC middleware the procedure
   * types (QUERY, MUTATION, SUBSCRIPTION) its leading `if (type !== 'mutation') return next()` hands on
   */
  methodBypass?: string[];
  /** verifies a webhook signature (constructEvent, svix verify, timingSafeEqual...) */
  verifiesSignature?: boolean;
  /** it has a `throw` statement of its own (a body parser's `verify` hook refuses a request that way) */
  throws?: true;
  /** calls a helper named for checking a signature (`validateTellerSignature(...)`): believed where the route calls it */
  callsSignatureHelper?: boolean;
  /** compares a signature with === (timing-unsafe) */
  unsafeSignatureCompare?: Pos;
  /**
   * pairs of parameters whose fields the returned value compares (`return String(doc.clinic) === String(user.clinic)`):
   * a predicate that tells whether two records share a key (a caller testing it with the session checks ownership)
   */
  comparesParams?: [number, number][];
  /**
   * pairs [i, j]: the returned value says whether the list parameter i holds has parameter j in it
   * (`return user.projects.some((p) => p.id === projectId)`): a membership predicate, handed the caller's user
   */
  searchesParams?: [number, number][];
  /**
   * pairs [i, j] (compared or searched as above) whose answer is true when the two do NOT match
   * (`return !workspace.members.some((m) => m.userId === user.id)`, `isForbidden`): refused when it says yes
   */
  forbidsParams?: [number, number][];
  /**
   * pairs [i, j] searched anywhere in the body, the answer whatever the function makes of it (`const role =
   * members.find((m) => m.userId === userId)?.role; if (!role) return 'guest'`): the caller's standing in a record
   */
  looksUpParams?: [number, number][];
  /** calls a rate limiter (limiter.consume, ratelimit.limit) */
  limitsRate?: boolean;
  /** its limiter runs only on these paths (`if (pathname.startsWith('/api/auth')) { ...ratelimit.limit(ip)... }`); absent: every path */
  rateLimitPaths?: { patterns: PathPattern[]; negated: boolean }[];
  /** writes to a key-value store, cache, bucket or file (KV.put, redis.set, s3 putObject, fs.writeFile) */
  writesStore?: boolean;
  /** answers with a spreadsheet (a `text/csv` content type, a `.csv` / `.xlsx` attachment): an export */
  servesSpreadsheet?: boolean;
  /** reads uploaded files (request.file(), req.files, formData files) */
  handlesUpload?: boolean;
  /** reads a webhook signature header (`stripe-signature`, `x-hub-signature-256`, `svix-signature`) */
  readsWebhookSignature?: boolean;
  /** branches on a webhook provider's event names (`event.type === 'invoice.paid'`, `case 'user.created':`) */
  dispatchesProviderEvents?: boolean;
  /** the function's whole body answers 405 Method Not Allowed: it refuses the method and does nothing else */
  onlyRefusesMethod?: boolean;
  /** its first statement ends it in production (`if (process.env.NODE_ENV !== 'test') throw new NotFoundException()`): it serves development or tests only */
  refusedInProduction?: boolean;
  /** rejects unless the request carries a server secret (`authorization !== `Bearer ${process.env.CRON_SECRET}``) */
  sharedSecretCheck?: boolean;
  /** the env variables that secret is compared with (`CRON_SECRET`) */
  sharedSecretEnv?: string[];
  /** validates data against a schema built inline (`z.object({...}).parse(x)`), which is no call to a named value */
  validatesInline?: boolean;
  /** `const check = Schema.safeParse(body)` whose verdict decides nothing (no `.data` read, no rejecting `if (!check.success)`): where those calls start */
  ignoredVerdicts?: Pos[];
  /** parses request data with a schema method (`Schema.partial().parse(ctx.request.body)`, `schema.validate(req.body)`) */
  parsesInput?: boolean;
  /** the method branches (`PUT`, `!GET`; '' for none) of the checks that set `parsesInput` / `validatesInline` */
  validationBranches?: string[];
  /** compares a password (bcrypt.compare, argon2.verify) */
  checksPassword?: boolean;
  /** hashes a password to store it (bcrypt.hash, argon2.hash) */
  hashesPassword?: boolean;
  /** issues a token (jwt.sign) */
  issuesToken?: boolean;
  /** tests the size or the type of an uploaded file it is handed (`assertImage(file)`: `file.size > MAX`, `ACCEPTED.includes(file.type)`) */
  checksFile?: { limit?: true; type?: true };
  /** text prefilter of what the function mentions (for name-based heuristics) */
  mentions: string[];
  /**
   * functions written inline as arguments of calls in this body (`new Promise((resolve, reject) => ...)`,
   * `jwt.verify(token, key, (err, claims) => ...)`): they run as part of this function
   */
  callbacks?: number[];
  /**
   * a constructor function's instance members: `this.getByUserId = function () {}` in its body,
   * `X.prototype.remove = function () {}` (what `new X(db)` carries); also a class constructor's
   */
  instanceProps?: Record<string, ValueRef>;
  /** parameters whose default value means something (`role = 'admin'`, not `roles = []`) */
  meaningfulDefaults?: number[];
}

export interface RouterCallFact {
  receiver: ValueRef;
  method: string; // use, get, post, ..., route
  args: ValueRef[];
  pos: Pos;
  order: number;
  inFunction: number; // -1 = module scope
  /** registered only outside production (`if (process.env.NODE_ENV !== 'production') app.use('/dev', dev)`) */
  devOnly?: true;
  /**
   * (method `#each`) a registration in a loop over a list another module exports (`for (const r of routes) router[r.method](...)`):
   * the method read off each element; `#each` in a member chain stands for the element's index
   */
  eachMethod?: ValueRef;
}

export interface EnvReadFact {
  name: string;
  pos: Pos;
  via: 'process.env' | 'import.meta.env' | '$env/static/public' | '$env/dynamic/public' | 'useRuntimeConfig().public';
}

export interface EnvDefinitionFact {
  name: string;
  /** never printed; used only to classify. Kept in memory, not in the cache. */
  value: string;
  pos: Pos;
  source: 'dotenv' | 'next.config' | 'vite.define' | 'nuxt.config';
}

export interface SuppressionFact {
  rules: string[];
  reason: string;
  line: number; // the line it silences (0 = whole file)
  commentLine: number;
  fileWide: boolean;
}

export interface AnnotationFact {
  kind: 'expect' | 'ok';
  rules: string[];
  targetLine: number;
}

export interface PrismaModelFact {
  name: string; // model name as written (Invoice)
  delegate: string; // camelCase client delegate (invoice)
  fields: { name: string; type: string; relationFields?: string[]; isId?: boolean }[];
  line: number;
}

export interface SqlTableFact {
  name: string;
  columns: string[];
  line: number;
  /** row-level security enabled or a policy defined on the table (migrations) */
  rls?: boolean;
}

/** A model or table defined in code: Drizzle pgTable, Sequelize define/init, Mongoose Schema, TypeORM @Entity, Knex createTable. */
export interface OrmModelFact {
  orm: Orm;
  /** names a query may use for it: variable, model, table */
  names: string[];
  fields: string[];
  /** Mongoose: a field holding one reference, and the model it names (`clinic: { type: ObjectId, ref: 'Clinic' }`) */
  refs?: Record<string, string>;
  /** Objection.js named modifiers (`static modifiers = { forAgency(query, agencyId) { query.where('agencyId', agencyId) } }`):
   * the columns each one filters by, and the position of the `modify(name, ...args)` argument each is compared with */
  modifiers?: Record<string, { column: string; param: number }[]>;
  line: number;
}

export interface DecoratorFact {
  name: string; // UseGuards, Get, Roles, Public...
  ref: ValueRef; // the decorator function, to resolve composed decorators
  args: ValueRef[];
  text: string;
  pos: Pos;
}

export interface ClassFact {
  name: string;
  pos: Pos;
  decorators: DecoratorFact[];
  superClass?: ValueRef;
  methods: { name: string; fn: number; pos: Pos; decorators: DecoratorFact[]; params: DecoratorFact[][]; /** a @Body() typed any / inline / untyped: no ValidationPipe checks it */ bodyUntyped?: boolean; /** the name a @Body() is typed with, when it is not a class of this file (`CreateNoteDto` imported): an interface there is no class either */ bodyType?: string; /** a @Body() typed any, unknown, object or not at all: no type says what it holds (tsoa) */ bodyAny?: boolean }[];
  /** `this.<field>` -> entity/model name (`@InjectRepository(Invoice)`) */
  injectedModels: Record<string, string>;
  /** reads route metadata through the Reflector (guards honouring @Public()/@Roles()) */
  readsMetadata: boolean;
  /**
   * whose metadata it reads, when only one of them: the handler's (`reflector.get(KEY, context.getHandler())`) or the
   * controller's (`context.getClass()`); absent: both (`getAllAndOverride(KEY, [getHandler(), getClass()])`)
   */
  metadataTargets?: ('handler' | 'class')[];
  /**
   * the metadata key its `canActivate` requires before doing anything else (`if (!this.reflector.get(KEY, ...)) return true`):
   * it acts only on routes that carry that key (an opt-in guard)
   */
  optInMetadata?: ValueRef;
}

/** NestJS application setup: global guards/pipes/prefix (main.ts, APP_GUARD providers). */
export interface NestSetupFact {
  /** middleware: args = [array of middleware, array of forRoutes targets, array of exclude targets] */
  kind: 'guard' | 'pipe' | 'prefix' | 'versioning' | 'middleware' | 'interceptor';
  args: ValueRef[];
  pos: Pos;
}

/** A cookie set with an auth-like name (or a session library's cookie), with its flags. */
export interface CookieFact {
  api: string; // res.cookie, cookies().set, setCookie, express-session...
  name: string;
  pos: Pos;
  hasOptions: boolean;
  /** true / false / 'cond' (computed, e.g. from NODE_ENV) / undefined (not set) */
  httpOnly?: boolean | 'cond';
  secure?: boolean | 'cond';
  sameSite?: boolean | 'cond';
}

export interface JwtFact {
  op: 'decode' | 'sign' | 'verify' | 'config';
  pos: Pos;
  library: string;
  secret?: 'literal' | 'env' | 'other';
  secretLength?: number;
  /** the literal is a fallback for an unset environment variable (`process.env.JWT_SECRET || 'dev-secret'`) */
  fallback?: boolean;
  /** the literal is a constant's whole value, passed to sign/verify (`const JWT_SECRET = 'dev-key'`): reported where declared */
  declared?: boolean;
  asymmetric?: boolean;
  hasAlgorithms?: boolean;
  algorithmsNone?: boolean;
  ignoreExpiration?: boolean;
  /** decode inside a React component (a capitalised function that renders JSX): it runs in the browser, to show the claims */
  inComponent?: boolean;
  /** a decode read for the token's expiry only (`jwt.decode(t).exp` to decide a refresh): no trust in its claims */
  expiryOnly?: boolean;
  /** decode of a token the identity provider just issued to us (`id_token`, an access token from the token endpoint) */
  providerToken?: boolean;
  /** decode of a token this code just signed itself (`const token = jwt.sign(...); jwt.decode(token).exp`): its own claims */
  ownToken?: boolean;
  /** sign/verify: the secret is read from a config object or constant (`config.jwtSecret`), resolved across files when linking */
  secretRef?: ValueRef;
}

export interface FileFacts {
  file: string;
  hash: string;
  kind: 'code' | 'env' | 'prisma' | 'sql' | 'json' | 'other';
  /** secretlint has looked at this content (its hits are in secretLiterals) */
  secretlintScanned?: boolean;
  /** the text prefilter found nothing linking scans for (facts/inert.ts): the rest is extracted when read */
  inert?: boolean;
  parseError?: string;
  skipped?: string;
  useServer: boolean;
  useClient: boolean;
  imports: Record<string, { source: string; name: string }>;
  exports: Record<string, ValueRef>;
  /** where each export is declared (the `export ...` statement) */
  exportPos: Record<string, Pos>;
  exportAll: string[];
  bindings: Record<string, ValueRef>;
  functions: FunctionSummary[];
  /**
   * a digest of what the extractor found, comments and the content hash aside: a change that
   * leaves it equal (a comment, blank lines at the end) cannot change a route (see routeMemo.ts)
   */
  digest?: string;
  /** ids of the functions with logs, queries, 'use server' (facts/functionIndex.ts) */
  functionIndex?: import('./facts/functionIndex').FunctionIndex;
  routerCalls: RouterCallFact[];
  /** calls at module scope or in functions, with identifier arguments (for param binding) */
  moduleCalls: CallFact[];
  /** `new App([new PostsController()])` of a class the file imports or declares, with its arguments (binds constructor parameters) */
  constructions?: { callee: ValueRef; args: ValueRef[]; pos: Pos }[];
  envReads: EnvReadFact[];
  envDefinitions: EnvDefinitionFact[];
  /** a Vite config's `envPrefix` (`'APP_'`, `['VITE_', 'APP_']`): variables so named are shipped to the browser too */
  envPrefixes?: string[];
  cors: CorsFact[];
  /** pino/winston logger creations with their redact paths, keyed by binding name */
  loggerRedactions: Record<string, string[]>;
  /** the keys of `loggerRedactions` that are a framework's own logger (`Fastify({ logger: { redact } })`), which `request.log` writes through */
  frameworkLoggers?: string[];
  suppressions: SuppressionFact[];
  annotations: AnnotationFact[];
  prismaModels: PrismaModelFact[];
  sqlTables: SqlTableFact[];
  ormModels?: OrmModelFact[];
  /** Next.js middleware `config.matcher` values, if this file exports a config */
  matcher?: string[];
  /** `const isPublicRoute = createRouteMatcher(['/sign-in(.*)'])` (Clerk) */
  routeMatchers?: { variable: string; patterns: string[] }[];
  cookieSets?: CookieFact[];
  jwtUses?: (JwtFact & { inFunction: number })[];
  errorLeaks?: { pos: Pos; what: string; inFunction: number }[];
  /** `via`: how the write is made when it is not `setItem` (`useLocalStorage("token")`, a persisted zustand store) */
  storageWrites?: { pos: Pos; storage: string; key: string; via?: string }[];
  /** (`optionsRef`: options the file cannot see, `multer(uploadOptions)` with `uploadOptions` imported; judged when linked) */
  uploads?: { pos: Pos; library: string; hasLimit: boolean; hasTypeCheck: boolean; optionsRef?: ValueRef; inFunction?: number }[];
  /** credential literals, already redacted (the value itself is never kept) */
  secretLiterals?: { pos: Pos; name: string; format: string; redacted: string }[];
  /** session / cookie-signing secrets held elsewhere (`session({ secret: config.sessionSecret })`): linking looks for their literal fallback */
  sessionSecretRefs?: { ref: ValueRef; what: string }[];
  /**
   * secret-like values that fall back to a literal when the environment lacks them, by where they are
   * held: `const JWT_SECRET = process.env.JWT_SECRET || 'dev'` (['JWT_SECRET']), `module.exports = { jwt:
   * { secret: process.env.JWT_SECRET || 'dev' } }` (['module.exports', 'jwt', 'secret']), `export const config = {...}`;
   * `literal`: the value is a literal outright (`export const jwtConstants = { secret: 'secretKey' }`)
   */
  secretFallbacks?: { path: string[]; pos: Pos; length: number; literal?: true }[];
  /** classes with decorators (NestJS) */
  classes?: ClassFact[];
  nestSetup?: NestSetupFact[];
  /** packages listed in a package.json (kind json) */
  packageDeps?: string[];
  /** tsoa.json: the base path its generated routes are served under (`routes.basePath`, else `spec.basePath`) */
  tsoaBasePath?: string;
}
