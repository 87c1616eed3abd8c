/** The linked application model: what rules read. No ASTs, no framework syntax. */
import type { Loc, CorsFact, LogCallFact, EnvDefinitionFact, EnvReadFact, PrismaModelFact, SqlTableFact, SuppressionFact } from '../types';

/** Which adapter produced a route (the matrix's framework column). */
export type Framework = 'express' | 'restify' | 'polka' | 'tinyhttp' | 'hyper-express' | 'koa' | 'hono' | 'fastify' | 'nestjs' | 'trpc' | 'orpc' | 'nextjs' | 'nextjs-pages' | 'server-action' | 'remix' | 'sveltekit' | 'astro' | 'hapi' | 'nuxt' | 'nitro' | 'elysia' | 'adonis' | 'tanstack-start' | 'graphql' | 'supabase-edge' | 'routing-controllers' | 'tsoa';
/** Servers registering routes with Express's API (`app.get(path, ...handlers)`, `use(mw)`, `use('/x', sub)`), `(req, res, next)` handlers. */
export const EXPRESS_API: ReadonlySet<string> = new Set<Framework>(['express', 'restify', 'polka', 'tinyhttp', 'hyper-express']);
/** A procedure named by its dotted key path (tRPC, an oRPC procedure without an OpenAPI `route`): its name says what it does. */
/** the `why` of an Elysia request schema whose body is files only (`t.Object({ file: t.File() })`) */
export const FILES_ONLY_SCHEMA = 'Elysia request schema of files only';

export function isNamedProcedure(r: { framework: string; path: string }): boolean {
  return r.framework === 'trpc' || (r.framework === 'orpc' && !r.path.startsWith('/'));
}

export type ChainRole = 'auth' | 'role' | 'rate-limit' | 'validation' | 'cors' | 'other';

export interface ChainEntry {
  name: string; // what the user wrote: requireAuth, passport.authenticate('jwt'), cors(...)
  roles: ChainRole[];
  /** where this piece was registered (the use() call or the route argument) */
  registeredAt: Loc;
  /** where it is defined, when resolved */
  definedAt?: Loc;
  why?: string; // how we know it is auth/role (name, library, behaviour)
  roleNames?: string[]; // requireRole('admin') -> ['admin']
  /** file:line:column of the library call that made it (links cors() settings to routes) */
  site?: string;
}

export interface ResolvedQuery {
  orm: import('../types').Orm;
  model: string;
  op: string;
  kind: 'read' | 'write' | 'delete';
  many: boolean;
  loc: Loc;
  /** the model/table carries a tenant or owner key */
  tenantOwned: boolean;
  /** owned only by its author (`Post.authorId`): a change to it is scoped by the author, a read is not (see TenantInfo.writeOwnerKeys) */
  authorOwned?: true;
  tenantKeys: string[];
  /** where-terms driven by client input */
  clientDriven: { path: string; source: string }[];
  /** paths of where-terms keyed by a value the client sent, verified or not (the client picks the record) */
  clientKeyed?: string[];
  /** where-terms constrained by the caller's identity (session) or a verified id */
  sessionScoped: { path: string; source: string; /** the client's value the caller's falls back to (`req.auth?.orgId ?? req.query.orgId`) */ orClient?: string }[];
  hasFilter: boolean;
  /** the filter's column paths */
  filterPaths?: string[];
  /** filter paths whose value comes from a row read earlier (server-side) */
  dbDriven?: string[];
  ownershipChecked: boolean;
  sqlText?: string;
  /** the call chain from the handler (for evidence) */
  via: Loc[];
  /** writes back a row the function read (`doc.save()`): scoped by that read */
  ofRow?: boolean;
  /** the written values carry request data (false: only server values; absent: not known) */
  dataFromRequest?: boolean;
  /** the written values come from an uploaded file's contents (`file.buffer` parsed into rows): data like a body */
  fileContents?: boolean;
  /** the written values are read out of a body field (`body.file.text()` of an Elysia `t.File()`), not the field itself or its name, type or size */
  intoBodyField?: boolean;
  /** the client's data goes into the record wholesale (`*`) or into privileged fields (`role`, `isAdmin`) */
  massAssigned?: string[];
  /** the fields the write sets, when spelled out (`data: { role }`) */
  dataKeys?: string[];
  /** a read of published records only (`published: true`, `status: 'published'`): public content */
  /** only tested by an if that ends the request when a row exists (`if (taken) throw 409`) */
  existenceOnly?: boolean;
  /** runs only when the caller is signed in (`locals.user ? await db.select()... : []`): anonymous callers never reach it */
  signedInOnly?: boolean;
  /** rows read for their number only (`rows.length`): a count, judged as counts are */
  countedOnly?: boolean;
  /** a write that only bumps counters (a view or click tally) */
  countersOnly?: boolean;
  /** a write that only links the caller to the record or unlinks them through a reaction relation (favorite, like, follow) */
  callerReaction?: boolean;
  /** a read filtered to what is not published (`status: 'draft'`, `published: false`): private by its own filter */
  unpublishedOnly?: boolean;
  publishedOnly?: boolean;
  /** relations the read brings along with its rows (Prisma `include: { customer: true }`) */
  relations?: string[];
}

export interface RouteAuth {
  required: boolean;
  via: string[];
  evidence: { message: string; loc: Loc }[];
}

export interface Route {
  id: string;
  framework: Framework;
  method: string;
  path: string;
  /** declaration: the route registration / exported handler */
  loc: Loc;
  handlerLoc?: Loc;
  handlerName: string;
  chain: ChainEntry[];
  /** where routers were mounted on the way from the app to this route */
  mounts: Loc[];
  mountKnown: boolean;
  auth: RouteAuth;
  roles: string[];
  roleCheck: boolean;
  roleEvidence: string[];
  queries: ResolvedQuery[];
  writes: boolean;
  readsData: boolean;
  /** authenticated only by a server secret the caller holds (a cron job, an internal service): no user, no tenant */
  serviceCaller?: boolean;
  /** public by design (login, health, webhook...) with the reason */
  publicReason?: string;
  tenantScoping: 'scoped' | 'unscoped' | 'none' | 'unknown';
  rateLimited: boolean;
  validated: boolean;
  /** login, signup, password reset, OTP/MFA, invite, upload or export: abuse targets */
  sensitiveAction?: string;
  /** a webhook receiver: whether it verifies the sender's signature before acting */
  webhook?: { verified: boolean; unsafeCompare?: Loc; /** hands the payload to the app's code or a library (a job queue, a helper out of sight) */ actsOnPayload?: boolean };
  /** the handler reads the request body / form data / action arguments */
  readsBody: boolean;
  cors: string;
  logs: LogCallFact[];
  logsFile: string;
  /** where the middleware and error handlers that run for this route are defined (their logs see its requests) */
  runsWith?: Loc[];
  requestReads: string[];
}

export interface CorsPolicy extends CorsFact {
  file: string;
  /** routes this policy applies to (ids) */
  routeIds: string[];
}

export interface LogCall extends LogCallFact {
  file: string;
  routeIds: string[];
  redactedPaths: string[];
}

export interface EnvDefinition extends EnvDefinitionFact {
  file: string;
}
export interface EnvRead extends EnvReadFact {
  file: string;
  clientSide: boolean;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

type InFile<T> = T & { file: string };

export interface AppModel {
  cookies: InFile<import('../types').CookieFact>[];
  jwtUses: InFile<import('../types').JwtFact & { inFunction: number }>[];
  /** `routeIds`: the routes whose response it is (in the handler, a helper it calls, or an error handler that catches their errors) */
  errorLeaks: InFile<{ pos: import('../types').Pos; what: string; inFunction: number; routeIds: string[] }>[];
  storageWrites: InFile<{ pos: import('../types').Pos; storage: string; key: string; via?: string }>[];
  uploads: InFile<{ pos: import('../types').Pos; library: string; hasLimit: boolean; hasTypeCheck: boolean }>[];
  secretLiterals: InFile<{ pos: import('../types').Pos; name: string; format: string; redacted: string }>[];
  /** git facts, workspace audit only */
  git?: import('../git/gitFacts').GitFacts;
  /** files that run in the browser ('use client', client bundles) */
  clientFiles: string[];
  root: string;
  files: string[];
  routes: Route[];
  cors: CorsPolicy[];
  logs: LogCall[];
  envDefinitions: EnvDefinition[];
  envReads: EnvRead[];
  /** public env prefixes an app's Vite config adds (`envPrefix`), for the files under its folder ('' for the workspace root) */
  envPrefixes?: { dir: string; prefixes: string[] }[];
  prismaModels: PrismaModelFact[];
  sqlTables: SqlTableFact[];
  suppressions: (SuppressionFact & { file: string })[];
  skipped: SkippedFile[];
  config: import('../config/types').RouteguardConfig;
  /** tenant keys on the user model itself (`User.orgId`): each user belongs to one tenant */
  userTenantKeys?: string[];
  /** users hold their role in each tenant on a membership row: a role on the user row is the platform's */
  memberRoles?: boolean;
  /** the auth middleware most routes use (for quick fixes) */
  commonAuth?: { name: string; importFrom?: string };
}
