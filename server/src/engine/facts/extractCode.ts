/**
 * Extract the facts of one JS/TS file: module shape (imports, exports, bindings),
 * router registrations, per-function summaries (auth checks, queries, logs...),
 * env reads and CORS settings. Looks at this file only.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Variable, ScopeManager } from '@typescript-eslint/scope-manager';
import { parseCode } from './parse';
import {
  Node, posOf, childrenOf, isFunctionNode, unwrap, propName, staticString, memberChain, calleeText, words, lastName, textOf, walk, onlyLiterals,
} from './ast';
import type { FileFacts, FunctionSummary, ValueRef, Taint, Pos, CallFact, QueryFact, PathPattern, JwtFact, OptionGate } from '../types';
import { CREDENTIAL_FIELD, CREDENTIAL_CARRIER, spreadStripsCredentials, recordSessionId, REQUEST_PAYLOAD, SESSION_GETTER, REJECTING_GETTER, TOKEN_VERIFIER, REQUEST_KEYS, isCredentialHeader, SESSION_KEYS, sensitiveName, secretEnvName, REDACTOR_NAME, RECORD_FIELD, roleLikeName, authLikeName, ASSERTION_NAME, WEBHOOK_HEADER, EVENT_KIND, providerEventName, ADONIS_ROUTER_MODULE, LOG_METHODS, isLoggerReceiver } from './vocabulary';
import { assignedKeys, detectQuery, resultVarOf } from './queries';
import { builderChain, knexModifierOf } from './ormQueries';
import { detectSessionSecretCall, detectSessionSecretObject, detectKoaKeys, type SecretLiteralFact } from './sessionSecrets';
import { detectLogCall } from './logs';
import { pathTestPatterns, methodTestMethods, onlyHandsOn } from './pathGate';
import { objectOf, detectCookie, ironSessionOptions, setCookieString, detectJwt, fallbackSecret, constSecretLiteral, detectErrorLeak, detectErrorLeakNew, detectGraphqlErrorConfig, detectAdonisDebugHandler, detectErrorLeakValue, readsDriverErrorField, detectFormDataUpload, formDataFileChecks, detectStorageWrite, detectStorageLibrary, detectStorageAssignment, detectUpload, detectSecretLiteral, detectHapiUpload } from './checklist';
import { extractClasses, thisFieldValue, isInjectedRequest, thisGetterReturn, paramDecoratorTaint, jsonScalarArg, isRequestDecorator, injectedModelOfThis } from './classes';
import { detectOrmModel, classOrmModel } from './ormModels';
import { detectCorsCall, detectCorsHeaderCall, detectCorsHeaderObject, detectCorsHeaderAssignment, detectHapiCorsObject, detectAdonisCorsObject } from './cors';
import { lookupTable } from '../lookupTable';

/** A key-value store's reads, on a receiver named for one (`redis`, `ioRedis`, `redisClient`, `cache`, `kv`, `env.SESSIONS_KV`, `upstash`). */
const KV_READ = /^(?:get|getdel|getex|getBuffer|hget|hgetall|hmget|mget)$/;
const KV_STORE = /redis|valkey|upstash|memcache|keyv|(?:^|\.)(?:\w*cache|\w*kv)$/i;

/** Env names of the deployment's address or mode (`DEFAULT_DOMAIN`, `APP_URL`, `NODE_ENV`, `PORT`): compared with the request, no secret. */
const ADDRESS_ENV = /^(?!.*(?:SECRET|TOKEN|KEY|PASS|AUTH|CRED))(?:.*_)?(?:DOMAIN|DOMAINS|HOST|HOSTNAME|URL|URI|ORIGIN|ORIGINS|PORT|ENV|MODE|REGION|BASE_?PATH)$/i;

/** Names under which a value is a signing secret (`jwtSecret`, `session.secret`, `SIGNING_KEY`). */
const SECRET_HOLDER = /secret|jwt|signing|private_?key|token_?key/i;
/** relations that record a person's reaction to a record (favorites, likes, stars, follows, bookmarks, votes): no access */
const REACTION_RELATION = /^(?:favou?rit(?:ed|e|es)?By|favou?rites|liked?By|likes|likers|starredBy|stars|stargazers|bookmarkedBy|bookmarks|followedBy|followers|upvotedBy|upvoters|upvotes|downvotedBy|downvotes|votedBy|voters|watchedBy|watchers|savedBy|claps|hearts|reactions)$/;

/**
 * h3's request utilities (auto-imported in Nuxt and Nitro): what part of the request each returns; `named`: the
 * second argument names the field (`getRouterParam(event, 'id')`, `getHeader(event, 'x-api-key')`).
 */
const H3_READERS: Record<string, { path: string[]; named?: boolean }> = lookupTable({
  getRouterParam: { path: ['params'], named: true }, getRouterParams: { path: ['params'] }, getValidatedRouterParams: { path: ['params'] },
  getQuery: { path: ['query'] }, getValidatedQuery: { path: ['query'] },
  readBody: { path: ['body'] }, readValidatedBody: { path: ['body'] }, readRawBody: { path: ['body'] }, readFormData: { path: ['body'] },
  readMultipartFormData: { path: ['files'] }, useBody: { path: ['body'] },
  getHeader: { path: ['headers'], named: true }, getRequestHeader: { path: ['headers'], named: true }, getHeaders: { path: ['headers'] }, getRequestHeaders: { path: ['headers'] },
  getCookie: { path: ['cookies'], named: true }, parseCookies: { path: ['cookies'] },
  getRequestURL: { path: ['url'] }, getRequestIP: { path: ['ip'] }, getRequestHost: { path: ['hostname'] },
});
/** h3's own utilities, auto-imported: what they do is read where they are called (not followed as helpers). */
const H3_UTILS = /^(?:define\w*(?:Handler|Middleware|Config|Plugin)|\w*[eE]ventHandler|createError|sendError|sendRedirect|sendNoContent|sendStream|send|setResponseStatus|setResponseHeaders?|appendResponseHeaders?|setHeaders?|appendHeaders?|setCookie|deleteCookie|handleCors|appendCorsHeaders|appendCorsPreflightHeaders|isPreflightRequest|isMethod|assertMethod|proxyRequest|sendProxy|useRuntimeConfig|useStorage|useAppConfig|useNitroApp|getRouterParams?|getValidatedRouterParams|getQuery|getValidatedQuery|readBody|readValidatedBody|readRawBody|readFormData|readMultipartFormData|getHeaders?|getRequestHeaders?|getCookie|parseCookies|getRequestURL|getRequestIP|getRequestHost|getRequestProtocol|getMethod|setUserSession|replaceUserSession|clearUserSession|getUserSession|requireUserSession|getServerSession|getToken)$/;
const REQUEST_PARAM = /^(?:req|request|ctx|context|c|event|evt|res|response|reply|h|r|opts|options|args|props|locals|_req|_request|_res)$/;

/**
 * What a framework hands a handler that destructures its context (`({ params, request })`, `({ ctx, input })`,
 * `({ parsedInput, ctx })`, `({ locals, url, cookies })`, `({ request, response, auth, bouncer })`): a destructured
 * first parameter naming none of these (`async function getLinkOrThrow({ linkId, workspaceId })`) is a helper's
 * options object, filled by its caller.
 */
/** Context keys only a framework hands a handler: a generic word among them (`source`, `type`, `data`, `status`) is as
 * likely a helper's own option. */
const STRONG_CONTEXT_KEYS = new Set([
  'req', 'request', 'params', 'query', 'body', 'headers', 'cookies', 'cookie', 'ctx', 'context', 'event', 'locals', 'parsedInput',
  'clientInput', 'bindArgsParsedInputs', 'rawInput', 'getRawInput', 'platform', 'searchParams', 'nextUrl', 'formData',
  'signedCookies', 'reply', 'res', 'next', 'set', 'input', 'args', 'bouncer', 'inertia', 'getClientAddress', 'isDataRequest',
  'isSubRequest', 'setHeaders', 'waitUntil', 'passThroughOnException', 'url', 'rawBody', 'files', 'file', 'queries', 'param',
  'header', 'valid', 'originalUrl', 'hostname', 'ip', 'resolve', 'parent', 'serverContext',
]);
const HANDLER_CONTEXT_KEYS = new Set([
  ...REQUEST_KEYS, ...SESSION_KEYS, 'ctx', 'context', 'event', 'locals', 'platform', 'parent', 'next', 'resolve', 'parsedInput',
  'clientInput', 'bindArgsParsedInputs', 'rawInput', 'getRawInput', 'meta', 'type', 'signal', 'response', 'res', 'reply', 'bouncer',
  'view', 'logger', 'inertia', 'i18n', 'set', 'store', 'cookie', 'redirect', 'error', 'status', 'route', 'fetch', 'setHeaders',
  'getClientAddress', 'isDataRequest', 'isSubRequest', 'server', 'env', 'waitUntil', 'passThroughOnException', 'app', 'state',
  'data', 'serverContext', 'method', 'pathname', 'matches', 'info', 'root', 'source', 'obj', 'parentValue', 'db', 'prisma',
  'loaders', 'dataSources', 'models', 'services', 'container', 'pubsub',
]);

type FnNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A one-parameter callback that receives an error: `.catch(fn)`, or the last argument of a call (Node style, `err` only; not `list.map`). */
function isErrorCallback(fn: Node, name: string): boolean {
  const call = (fn as { parent?: Node }).parent;
  if (call?.type !== 'CallExpression' || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const callee = unwrap(call.callee);
  const method = callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : callee.type === 'Identifier' ? callee.name : '';
  if (method === 'catch') return true;
  // an emitter's error event, `bb.on('error', (err) => ...)`, `stream.once('error', ...)`: what it is handed is an error
  if (/^(?:on|once|addListener|prependListener)$/.test(method) && call.arguments.length === 2 && call.arguments[1] === fn && staticString(call.arguments[0] as Node) === 'error') return true;
  return name === 'err' && call.arguments[call.arguments.length - 1] === fn && !/^(?:map|forEach|filter|find|some|every|reduce|flatMap|then|on|once|addListener)$/.test(method);
}

/** `user.matchPassword(pw)`, `comparePassword`, `isPasswordCorrect`, `validPassword`: a model method checking a password (Mongoose, Sequelize, TypeORM entities) */
const PASSWORD_CHECK_NAME = /^(?:(?:verify|compare|check|validate|match|matches|test)Passwords?|(?:isValid|isCorrect|correct|valid|isMatching)Password|password(?:Matches|Match|IsValid|IsCorrect)|isPassword(?:Valid|Correct|Match|Matching)|comparePasswords|verifyHash)$/;

/** Calls that put a file somewhere and answer with where: `putObject`, `uploadFile`, `storeBuffer`, `s3.upload`, `bucket.put`. */
const CSRF_NAME = /csrf|xsrf/i;
// what holds a `token` that is no credential: a discount code the customer types, a lexer's piece of text
const PUBLIC_CODE_HOLDER = /^(?:coupons?|promos?|promotions?|promoCodes?|discounts?|discountCodes?|vouchers?|giftCards?|referrals?|lexer|tokenizer|parser|scanner)$/i;
const STORAGE_PUT = /^(?:put|upload|store|save|write|persist)(?:[A-Z]\w*)?$/;
/** An uploaded file's contents (multer's and Nest's `file.buffer`, also a helper's `file.buffer` of its parameter). */
/** the app's own helper that stores an uploaded file and answers where it went (`putFile`, `storeFile`, `uploadToS3`, `saveUpload`) */
const STORAGE_HELPER = /^(?:put|store|upload|save|persist)(?:[A-Z][a-z]+)?(?:File|Object|Blob|Upload|Image|Attachment|Asset|Media|Photo|Avatar|Cover|Logo)s?(?:To[A-Z]\w*)?$|^uploadTo[A-Z]\w*$/;
/** the taint of a sveltekit-superforms form (`superValidate(request, adapter)`): its `data` is the request body */
const SUPERFORM = 'superform:';
const FILE_CONTENTS = /^(?:request:files?\.(?:\d+\.)?|(?:arg|param):\d+:(?:[\w$]+\.)*)buffer(?:\.|$)/;

export const ROUTER_METHODS = new Set([
  'use', 'get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'route',
  'on', 'register', 'addHook', 'decorate', 'decorateRequest', 'prefix',
  // @hono/zod-openapi: app.openapi(createRoute({ method, path, middleware }), handler)
  'openapi',
  // Hono: app.onError((err, c) => ...) catches what every route throws
  'onError',
  // Fastify: fastify.setErrorHandler((error, request, reply) => ...) catches what its context's routes throw
  'setErrorHandler',
  // hapi: server.ext('onPreAuth', fn) lifecycle extensions
  'ext',
  // restify: server.pre(mw) runs before routing; restify-router's `router.applyRoutes(server, prefix)` mounts the router
  'pre', 'applyRoutes',
]);

/**
 * Elysia's instance methods that shape the chain of the routes after them: `.group('/x', app => ...)`,
 * `.guard({ beforeHandle }, app => ...)`, `.derive(fn)`, `.resolve(fn)`, `.onBeforeHandle(fn)`, `.macro({...})`.
 * Recorded only in files that mention Elysia (`resolve`, `guard` and `group` are common method names elsewhere).
 */
export const ELYSIA_METHODS = new Set(['group', 'guard', 'derive', 'resolve', 'onBeforeHandle', 'onRequest', 'onTransform', 'macro', 'as']);

/** Elysia instance methods that return the instance (links of a registration chain) */
const ELYSIA_CHAIN_LINKS = new Set([...ELYSIA_METHODS, 'state', 'model', 'onError', 'listen', 'mount', 'onAfterHandle', 'onAfterResponse', 'onParse', 'mapResponse', 'ws', 'onStart', 'onStop', 'trace', 'headers', 'wrap']);

/**
 * AdonisJS route building on the router / server services (`router.group(fn).prefix('/api').use(...)`,
 * `router.resource('invoices', C).apiOnly()`, v5 `Route.get(...).middleware('auth')`,
 * `Server.middleware.registerNamed({...})`): recorded only on a chain rooted at a name imported from them.
 */
const ADONIS_ROUTE_METHODS = new Set(['group', 'resource', 'shallowResource', 'any', 'only', 'except', 'apiOnly', 'middleware', 'named', 'registerNamed', 'as', 'where', 'domain', 'namespace', 'on', 'route']);

/** What the AdonisJS request's readers return: `request.input('title')` is the body's (or query string's) field */
const ADONIS_REQUEST_READS: Record<string, string[]> = lookupTable({
  input: ['input'], only: ['body'], except: ['body'], all: ['body'], body: ['body'], qs: ['query'], param: ['params'], params: ['params'],
});

/** hapi `server.auth.strategy(...)`, `server.auth.default(...)`, `server.auth.scheme(...)`: recorded on `server` as `auth.<name>` */
const HAPI_AUTH_METHODS = new Set(['strategy', 'default', 'scheme']);

/**
 * `router.param('invoiceId', loadInvoice)` (Express, @koa/router): a loader that runs before every
 * route of that router with `:invoiceId` in its path. A literal name and a function, so that
 * `req.param('id', fallback)` and Hono's `c.req.param('id')` are not taken for one.
 */
function isParamLoader(n: TSESTree.CallExpression, name: string): boolean {
  if (name !== 'param' || n.arguments.length !== 2) return false;
  const loader = unwrap(n.arguments[1] as Node);
  return staticString(n.arguments[0] as Node) !== null && /^(?:ArrowFunctionExpression|FunctionExpression|Identifier|MemberExpression|CallExpression)$/.test(loader.type);
}

const NEST_SETUP: Record<string, 'guard' | 'pipe' | 'prefix' | 'versioning' | 'interceptor'> = lookupTable({
  useGlobalGuards: 'guard', useGlobalPipes: 'pipe', setGlobalPrefix: 'prefix', enableVersioning: 'versioning', useGlobalInterceptors: 'interceptor',
});

const NOT_A_CALL_TARGET = new Set(['console', 'JSON', 'Math', 'Object', 'Array', 'Promise', 'String', 'Number', 'Boolean', 'Date', 'Symbol', 'Reflect', 'Buffer', 'parseInt', 'parseFloat', 'setTimeout', 'setImmediate', 'clearTimeout', 'encodeURIComponent', 'decodeURIComponent', 'isNaN', 'Error', 'RegExp', 'Map', 'Set', 'URL', 'URLSearchParams', 'fetch', 'require']);

/**
 * The names of NOT_A_CALL_TARGET that the ES standard library declares. Scope analysis used to
 * declare those globals, which made a call on them count as a call on a declared name (kept):
 * the scope analysis no longer declares them (cost), so they are kept by name instead.
 */
const ES_LIB_CALL_HEADS = new Set(['JSON', 'Math', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'Reflect', 'Error', 'RegExp', 'Map', 'Set']);

interface IfRecord {
  fn: number;
  test: Node;
  cons: Node;
  alt: Node | null;
  pos: Pos;
}

/** calls whose result still contains their arguments' text */
/** The app's own verifiers of a request credential by name: `verifyAuthHeaderAndReturnScope`, `authenticateApiKey`, `validateBearerToken` */
const CREDENTIAL_VERIFIER = /^(?:verify|authenticate|authori[sz]e|validate|check|resolve|require)_?\w*?(?:auth|api_?key|key|token|credentials?|bearer|header|request|req\b|caller)/i;
/** ...handed the whole request: `authenticateRequest(req)`, `authorizePromptRequestOrThrow(req)`, `requireApiKey(request)` */
const REQUEST_AUTHENTICATOR = /^(?:authenticate|authori[sz]e|verify|require)_?\w*?(?:request|req\b|auth|api_?key|token|caller|client)|^(?:authenticate|authori[sz]e)$/i;
const PASS_THROUGH = /^(?:stringify|inspect|format|formatWithOptions|join|concat|assign|from|fromEntries|entries|of|encode|btoa|toJSON|String)$/;

/** slice(-4), slice(0, 6), substring(0, 8): at most 8 characters survive */
function keepsFewChars(method: string, args: Node[]): boolean {
  const num = (a: Node | undefined): number | null => {
    if (!a) return null;
    if (a.type === 'Literal' && typeof a.value === 'number') return a.value;
    if (a.type === 'UnaryExpression' && a.operator === '-' && a.argument.type === 'Literal' && typeof a.argument.value === 'number') return -a.argument.value;
    return null;
  };
  const a = num(args[0]);
  const b = num(args[1]);
  if (a === null) return false;
  if (args.length === 1) return method === 'slice' && a < 0 && a >= -8;
  if (b === null) return false;
  return method === 'substr' ? b <= 8 : (b >= 0 ? b - a : -b) <= 8 && b >= 0;
}

/** `router.route('/x')`, `router.route('/x').get(h)`: the receiver of a chained verb */
function isRouteChain(n: Node): boolean {
  let cur = unwrap(n);
  for (let i = 0; i < 12 && cur.type === 'CallExpression'; i++) {
    const c = unwrap(cur.callee);
    if (c.type !== 'MemberExpression') return false;
    if (c.property.type === 'Identifier' && c.property.name === 'route') return true;
    cur = unwrap(c.object);
  }
  return false;
}

/** Names of identifiers that are not secrets, whatever they were cut from: `clientId`, `keyId`, `accountId` */
/** A variable named for several tokens (`tokens`, `authTokens`) that a call produced, not a tokenizer or a counter. */
function issuedTokensVar(name: TSESTree.Node, init: TSESTree.Expression | null): boolean {
  if (name.type !== 'Identifier' || !init) return false;
  const ws = words(name.name);
  if (ws[ws.length - 1] !== 'tokens' || !ws.slice(0, -1).every((w) => /^(?:auth|access|refresh|session|jwt|bearer|oauth|user|new|issued|signed)$/.test(w))) return false;
  const call = unwrap(init);
  if (call.type !== 'CallExpression') return false;
  const callee = words(calleeText(call));
  return !callee.some((w) => /^(?:encode|encoding|tokenize|tokenizer|tokenizers|count|estimate|usage|split|lex|lexer|parse|tiktoken)$/.test(w)) ||
    callee.some((w) => /^(?:auth|login|signin|issue|refresh|jwt|session|oauth|credentials)$/.test(w));
}

/** A bare `key` (or its plain / raw / new form) and a value drawn from a random source: a generated API key, not a map or cache key */
const GENERATED_KEY_NAME = /^(?:key|(?:raw|plain|plaintext|new|full|generated)_?[Kk]ey)$/;
const RANDOM_SOURCE = /^call:(?:randomBytes|randomUUID|getRandomValues|nanoid|createId|cuid2?|ulid|generateRandomString|randomString)$/;

const PUBLIC_ID_NAME = /^(?:client|key|app|application|account|user|tenant|org|organization|project|team|workspace|customer|partner)_?(?:id|ID|Id)$/;

/** a property of an injected service that names the caller or their tenant (`this.tenant.orgId`, `this.ctx.userId`) */
const INJECTED_GETTER = /^(?:(?:org|organization|tenant|workspace|team|account|company|user|owner|member|actor|current(?:User|Org)?)(?:Id|ID)?|[a-z]\w*(?:Id|ID))$/;

/** Helpers that only throw: `throwErr(code)`, `throwError(...)`, `raise(...)`, `fail(...)` */
const THROW_HELPER = /^(?:throw[A-Z_]\w*|raise|fail|abort|bail|panic)$/;

/** a helper that hands back the signed-in caller (`call:requireViewer`, `call:getCurrentUser`, `call:requireUser`) */
const CALLER_GETTER = /^call:(?:require|get|ensure|assert|current|load|fetch)(?:Current|SignedIn|Authed|Authenticated)?(?:Viewer|User|Caller|Actor|Principal|Member)$/;

/**
 * A value read only for its truthiness or handed on as it is (`if (!row.role)`, `return row?.role ?? null`,
 * `const role = member.role`): nothing compares it to a privileged value here.
 */
function truthinessOnly(n: Node): boolean {
  let cur: Node = n;
  for (let i = 0; i < 8; i++) {
    const par = (cur as { parent?: Node }).parent;
    if (!par) return true;
    // (the walk visits a member's property name too: `role` of `row.role` is read as the member is)
    if (/^(?:TSAsExpression|TSNonNullExpression|TSTypeAssertion|TSSatisfiesExpression|ChainExpression|LogicalExpression|AwaitExpression)$/.test(par.type) ||
      (par.type === 'UnaryExpression' && par.operator === '!') || (par.type === 'MemberExpression' && par.property === cur && !par.computed)) {
      cur = par;
      continue;
    }
    if (par.type === 'ConditionalExpression') return par.test === cur;
    return /^(?:IfStatement|ReturnStatement|VariableDeclarator|ArrowFunctionExpression|ExpressionStatement|Property)$/.test(par.type);
  }
  return false;
}

/** `ROLES.includes(x)`, `VALID_ROLES.has(x)`, `Object.values(Role).includes(x)`: membership in the list of all roles */
/** what a session object answers about its caller (SuperTokens' `SessionContainer`): `getUserId()` -> `userId` */
const SESSION_OBJECT_GETTER = /^get(UserId|TenantId|RecipeUserId|AccessTokenPayload|SessionDataFromDatabase|ClaimValue)$/;

function isEveryRoleList(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee as Node);
  if (callee.type !== 'MemberExpression' || !/^(?:includes|has|indexOf)$/.test(propName(callee) ?? '')) return false;
  const list = unwrap(callee.object as Node);
  if (list.type === 'Identifier') return /^(?:all|valid|assignable|known|available|supported)?_?roles$/i.test(list.name);
  return list.type === 'CallExpression' && /^Object\.(?:values|keys)$/.test(memberChain(list.callee as Node)?.join('.') ?? '') &&
    /role/i.test(memberChain(list.arguments[0] as Node)?.join('.') ?? '');
}

export class CodeExtractor {
  readonly facts: FileFacts;
  /** a sibling argument of the call the function is handed to is Hono's `bodyLimit({ maxSize })`, inline or a constant of this file */
  private bodyLimitBeside(fnNode: Node): boolean {
    const parent = (fnNode as { parent?: Node }).parent;
    if (parent?.type !== 'CallExpression') return false;
    return parent.arguments.some((a) => {
      if (a === fnNode) return false;
      const t = this.src.slice(a.range[0], a.range[1]);
      if (/^bodyLimit\s*\(\s*\{[^]*\bmaxSize\b/.test(t)) return true;
      return a.type === 'Identifier' && new RegExp(String.raw`\b(?:const|let|var)\s+${a.name}\s*=\s*bodyLimit\s*\(\s*\{[^]*?\bmaxSize\b`).test(this.src);
    });
  }

  private readonly refMap = new Map<Node, Variable | null>();
  private readonly fnIds = new Map<Node, number>();
  private readonly fnNodes: (FnNode | null)[] = [null];
  private readonly taintMemo = new Map<Variable, Taint[]>();
  private readonly inProgress = new Set<Variable>();
  private readonly ifs: IfRecord[] = [];
  private readonly rejectRanges: { fn: number; start: number; end: number }[] = [];
  /** `error(404, ...)` calls: rejections when made because of who the caller is */
  private readonly hideCalls: { fn: number; node: Node }[] = [];
  /** calls made inside a try block whose catch may reject: settled once every rejection is known */
  private readonly triedCalls: { fn: number; fact: CallFact; handler: Node }[] = [];
  /** return/throw statements: an early exit after a session test is a session check */
  private readonly exitRanges: { fn: number; start: number; end: number }[] = [];
  /** `throw` statements and throw helpers (`throwNotFound()`): exits that end the caller's request too */
  private readonly throwRanges: { fn: number; start: number; end: number }[] = [];
  private order = 0;
  /** how deep `analyzeTest` is in comparisons kept in variables */
  private heldTestDepth = 0;
  /** registration order of the links of a chain (`new Hono().use(auth).get(...)`), given when its outermost call is met */
  private readonly chainOrders = new Map<Node, number>();

  /**
   * `app.use(auth).get('/a', h).post('/b', h2)` is one expression whose outermost call (`.post`) is
   * visited first; the links run innermost first, so they get their order in source order.
   */
  private chainLinkOrder(n: TSESTree.CallExpression): number | undefined {
    const known = this.chainOrders.get(n);
    if (known !== undefined) return known;
    const links: Node[] = [];
    let cur: Node = n;
    for (let i = 0; i < 200 && cur.type === 'CallExpression'; i++) {
      const c = unwrap(cur.callee);
      if (c.type !== 'MemberExpression') break;
      const m = propName(c);
      if (!m || !(ROUTER_METHODS.has(m) || ELYSIA_METHODS.has(m))) break;
      links.push(cur);
      cur = unwrap(c.object);
    }
    if (links.length < 2) return undefined;
    links.reverse().forEach((l, i) => this.chainOrders.set(l, this.order + i));
    this.order += links.length;
    return this.chainOrders.get(n);
  }
  /** while recording a registration inside a loop over an array literal: the loop variable -> this element */
  private loopBindings = new Map<Node, ValueRef>();
  private scopeManager!: ScopeManager;

  /** the file injects the request into a provider (`@Inject(REQUEST)`): only then is `this.x` looked up as one (member reads are a hot path) */
  private readonly injectsRequest: boolean;

  private fastify?: boolean;
  /** the file's text names Fastify (asked at every return statement: the text is searched once) */
  private mentionsFastify(): boolean {
    return (this.fastify ??= /\bfastify\b/.test(this.src));
  }

  private elysia?: boolean;
  /** the file's text names Elysia (an import, a type): its `.group()` / `.guard()` / `.resolve()` calls may be Elysia's */
  private mentionsElysia(): boolean {
    return (this.elysia ??= /elysia/i.test(this.src));
  }

  /** the file imports nestjs-cls: `this.cls.get('orgId')` reads the request's continuation-local store (see clsKey) */
  private readonly usesCls: boolean;

  constructor(readonly src: string, readonly file: string, hash: string) {
    this.injectsRequest = /@Inject\(\s*(?:REQUEST|CONTEXT)\s*\)/.test(src);
    this.usesCls = /from\s+['"]nestjs-cls['"]/.test(src);
    this.facts = {
      file, hash, kind: 'code', useServer: false, useClient: false, imports: {}, exports: {}, exportPos: {}, exportAll: [], bindings: {},
      functions: [], routerCalls: [], moduleCalls: [], envReads: [], envDefinitions: [], cors: [], loggerRedactions: {},
      suppressions: [], annotations: [], prismaModels: [], sqlTables: [],
    };
  }

  run(): FileFacts {
    const { ast, scopeManager } = parseCode(this.src, this.file);
    this.scopeManager = scopeManager;
    for (const scope of scopeManager.scopes) for (const ref of scope.references) this.refMap.set(ref.identifier as Node, ref.resolved);
    this.readDirectives(ast);
    this.facts.functions.push(emptySummary(0, '<module>', posOf(ast), []));
    this.assignFunctionIds(ast);
    this.readModuleShape(ast);
    this.walkBodies(ast);
    this.finishIfs();
    for (const x of this.rateLimitedEverywhere) delete x.rateLimitPaths;
    this.noteFileChecks();
    this.orderByMethodCalls();
    if (/@\w/.test(this.src)) {
      const classes = extractClasses(this, ast).filter((c) => c.decorators.length || c.superClass || c.methods.some((m) => m.decorators.length) || Object.keys(c.injectedModels).length);
      if (classes.length) this.facts.classes = classes;
    }
    return this.facts;
  }

  /**
   * A class whose constructor calls its own methods (`this.initializeMiddlewares(); this.initializeControllers(cs);
   * this.initializeErrorHandling()`) registers in the order the calls run, not the order the methods are
   * written in: the registrations are renumbered by walking each function's body in source order, a
   * `this.m()` call (and a callback written in the body) standing for the registrations of the method it
   * runs. Nothing changes in a file where no such method registers anything.
   */
  private orderByMethodCalls() {
    const rcs = this.facts.routerCalls;
    if (rcs.length < 2) return;
    const fns = this.facts.functions;
    type Ev = { line: number; column: number; order: number; rc?: (typeof rcs)[number]; fn?: number };
    const events = new Map<number, Ev[]>();
    const add = (fn: number, e: Ev) => {
      const l = events.get(fn);
      if (l) l.push(e);
      else events.set(fn, [e]);
    };
    const called = new Set<number>();
    for (const f of fns) {
      for (const c of f?.calls ?? []) {
        const cal = c.callee;
        if (cal.k !== 'member' || cal.object.k !== 'new' || cal.object.callee.k !== 'class') continue;
        const methods = cal.object.callee.methods;
        const target = Object.prototype.hasOwnProperty.call(methods, cal.prop) ? methods[cal.prop] : undefined;
        if (target === undefined || target === f.id || !fns[target]) continue;
        called.add(target);
        add(f.id, { line: c.pos.line, column: c.pos.column, order: -1, fn: target });
      }
    }
    if (!called.size) return;
    // the function each function is written in (the module for top-level ones and class members)
    const parentOf = (id: number): number => {
      let n = (this.fnNodes[id] as { parent?: Node } | null)?.parent;
      while (n) {
        const known = isFunctionNode(n) ? this.fnIds.get(n) : undefined;
        if (known !== undefined) return known;
        n = (n as { parent?: Node }).parent;
      }
      return 0;
    };
    const parents = new Map<number, number>();
    for (let id = 1; id < fns.length; id++) if (fns[id]) parents.set(id, parentOf(id));
    // only when a method called so registers something (itself or in a callback it writes)
    const underCalled = (fn: number): boolean => {
      for (let cur: number | undefined = fn, i = 0; cur !== undefined && cur > 0 && i < 50; cur = parents.get(cur), i++) if (called.has(cur)) return true;
      return false;
    };
    if (!rcs.some((rc) => rc.inFunction > 0 && underCalled(rc.inFunction))) return;
    for (const rc of rcs) add(rc.inFunction > 0 ? rc.inFunction : 0, { line: rc.pos.line, column: rc.pos.column, order: rc.order, rc });
    // a method called with `this.m()` runs where it is called, not where it is written
    for (const [id, parent] of parents) if (!called.has(id)) add(parent, { line: fns[id]!.pos.line, column: fns[id]!.pos.column, order: -1, fn: id });
    for (const l of events.values()) l.sort((a, b) => a.line - b.line || a.column - b.column || a.order - b.order);
    const sequence: (typeof rcs)[number][] = [];
    const seen = new Set<number>();
    const emitted = new Set<(typeof rcs)[number]>();
    const walk = (fn: number, depth: number) => {
      if (seen.has(fn) || depth > 40) return;
      seen.add(fn);
      for (const e of events.get(fn) ?? []) {
        if (e.rc) {
          if (!emitted.has(e.rc)) {
            emitted.add(e.rc);
            sequence.push(e.rc);
          }
        } else if (e.fn !== undefined) walk(e.fn, depth + 1);
      }
    };
    walk(0, 0);
    // (anything not reached keeps its place after)
    for (const rc of [...rcs].sort((a, b) => a.order - b.order)) if (!emitted.has(rc)) sequence.push(rc);
    const orders = rcs.map((rc) => rc.order).sort((a, b) => a - b);
    sequence.forEach((rc, i) => (rc.order = orders[i]));
  }

  // ---------------------------------------------------------------- structure

  private readDirectives(ast: TSESTree.Program) {
    for (const st of ast.body) {
      if (st.type !== 'ExpressionStatement' || st.expression.type !== 'Literal' || typeof st.expression.value !== 'string') break;
      if (st.expression.value === 'use server') this.facts.useServer = true;
      if (st.expression.value === 'use client') this.facts.useClient = true;
    }
  }

  private assignFunctionIds(ast: Node) {
    const stack: Node[] = [ast];
    const found: FnNode[] = [];
    while (stack.length) {
      const n = stack.pop()!;
      if (isFunctionNode(n)) found.push(n);
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) {
        (kids[i] as { parent?: Node }).parent = n;
        stack.push(kids[i]);
      }
    }
    found.sort((a, b) => a.range[0] - b.range[0]);
    for (const f of found) {
      const id = this.fnNodes.length;
      this.fnNodes.push(f);
      this.fnIds.set(f, id);
      const name = this.inferFnName(f);
      const params = f.params.map((p) => paramName(p));
      const s = emptySummary(id, name, posOf(f), params);
      s.isAsync = !!f.async;
      // `requireRole(role = 'admin')` still means admin when called with no arguments
      const defaults = f.params.flatMap((p, i) => (p.type === 'AssignmentPattern' && !/^(?:\[\s*\]|''|""|null|undefined|\{\s*\})$/.test(textOf(this.src, p.right as Node, 40)) ? [i] : []));
      if (defaults.length) s.meaningfulDefaults = defaults;
      if (f.body && f.body.type === 'BlockStatement') {
        for (const st of f.body.body) {
          if (st.type === 'ExpressionStatement' && st.expression.type === 'Literal' && st.expression.value === 'use server') s.useServer = true;
          else break;
        }
      }
      // `export async function DELETE() { return new NextResponse('Method Not Allowed', { status: 405 }) }`: all it does is refuse
      const only = f.body?.type === 'BlockStatement' ? (f.body.body.length === 1 && f.body.body[0].type === 'ReturnStatement' ? f.body.body[0].argument : null) : f.body;
      if (only && /\b405\b|Method Not Allowed|METHOD_NOT_ALLOWED/i.test(textOf(this.src, only as Node, 400)) && !/\bawait\b/.test(textOf(this.src, only as Node, 400))) s.onlyRefusesMethod = true;
      // `if (process.env.NODE_ENV !== 'test') throw new NotFoundException()` first: a seeding or test-session endpoint that
      // answers nothing in production
      const first = f.body?.type === 'BlockStatement' ? f.body.body[0] : undefined;
      if (first?.type === 'IfStatement' && !first.alternate && this.endsHere(first.consequent as Node) && this.trueInProduction(first.test as Node)) s.refusedInProduction = true;
      this.facts.functions.push(s);
    }
  }

  private inferFnName(f: FnNode): string {
    if (f.id) return f.id.name;
    const p = (f as { parent?: Node }).parent;
    if (!p) return '';
    if (p.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
    if ((p.type === 'Property' || p.type === 'MethodDefinition' || p.type === 'PropertyDefinition') && !p.computed && p.key.type === 'Identifier') return p.key.name;
    if (p.type === 'CallExpression') {
      // withAuth(async (req) => ...) assigned to a name
      const gp = (p as { parent?: Node }).parent;
      if (gp && gp.type === 'VariableDeclarator' && gp.id.type === 'Identifier') return gp.id.name;
    }
    if (p.type === 'ExportDefaultDeclaration') return 'default';
    return '';
  }

  fnIdOf(n: Node): number {
    return this.fnIds.get(n) ?? 0;
  }

  /**
   * A value the function reads from a binding made outside it (a parameter of the factory that made it, a module
   * constant), carrying nothing of the request or a session: the server's configuration.
   */
  private closedOverConfig(n: Node, t: Taint[]): boolean {
    if (t.some((x) => x.startsWith('request:') || x.startsWith('session:'))) return false;
    let root: Node = unwrap(n);
    while (root.type === 'MemberExpression' || root.type === 'ChainExpression') root = unwrap(root.type === 'ChainExpression' ? root.expression as Node : root.object as Node);
    if (root.type !== 'Identifier') return false;
    const def = this.variableOf(root)?.defs[0];
    if (!def || (def.type !== 'Parameter' && def.type !== 'Variable')) return false;
    let fnOfUse: Node | undefined = (n as { parent?: Node }).parent;
    while (fnOfUse && !isFunctionNode(fnOfUse)) fnOfUse = (fnOfUse as { parent?: Node }).parent;
    if (!fnOfUse) return false;
    // (the binding lies outside the function that reads it)
    const at = (def.name as Node).range[0];
    return at < fnOfUse.range[0] || at > fnOfUse.range[1];
  }

  private enclosingFn(n: Node): number {
    let cur = (n as { parent?: Node }).parent;
    while (cur) {
      if (isFunctionNode(cur)) return this.fnIdOf(cur);
      cur = (cur as { parent?: Node }).parent;
    }
    return 0;
  }

  private readModuleShape(ast: TSESTree.Program) {
    const f = this.facts;
    for (const st of ast.body) {
      const before = new Set(Object.keys(f.exports));
      this.readStatement(st);
      for (const k of Object.keys(f.exports)) if (!before.has(k)) f.exportPos[k] = posOf(st);
    }
  }

  private readStatement(st: TSESTree.ProgramStatement) {
    const f = this.facts;
    {
      switch (st.type) {
        case 'ImportDeclaration': {
          const source = String(st.source.value);
          for (const sp of st.specifiers) {
            if (sp.type === 'ImportDefaultSpecifier') f.imports[sp.local.name] = { source, name: 'default' };
            else if (sp.type === 'ImportNamespaceSpecifier') f.imports[sp.local.name] = { source, name: '*' };
            else f.imports[sp.local.name] = { source, name: sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value) };
            // SvelteKit: `import { PUBLIC_STRIPE_KEY } from '$env/static/public'` is a public env read
            if (source === '$env/static/public' && sp.type === 'ImportSpecifier') f.envReads.push({ name: f.imports[sp.local.name].name, pos: posOf(sp), via: '$env/static/public' });
          }
          break;
        }
        case 'ExportNamedDeclaration': {
          if (st.declaration) {
            this.readDeclaration(st.declaration, true);
          } else if (st.source) {
            const source = String(st.source.value);
            for (const sp of st.specifiers) {
              const local = sp.local.type === 'Identifier' ? sp.local.name : String(sp.local.value);
              const exported = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
              f.exports[exported] = { k: 'import', source, name: local };
            }
          } else {
            for (const sp of st.specifiers) {
              const exported = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
              if (sp.local.type === 'Identifier') f.exports[exported] = this.valueOf(sp.local);
            }
          }
          break;
        }
        case 'ExportDefaultDeclaration': {
          const d = st.declaration as Node;
          if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) {
            this.readDeclaration(d, false);
            f.exports.default = { k: 'ref', name: d.id.name };
          } else f.exports.default = this.valueOf(d);
          break;
        }
        case 'ExportAllDeclaration':
          if (st.exported) f.exports[st.exported.type === 'Identifier' ? st.exported.name : String((st.exported as unknown as TSESTree.StringLiteral).value)] = { k: 'import', source: String(st.source.value), name: '*' };
          else f.exportAll.push(String(st.source.value));
          break;
        case 'TSExportAssignment':
          f.exports['module.exports'] = this.valueOf(st.expression);
          break;
        case 'VariableDeclaration':
        case 'FunctionDeclaration':
        case 'ClassDeclaration':
          this.readDeclaration(st, false);
          break;
        case 'ExpressionStatement':
          this.readCommonJsExport(st.expression);
          break;
        default:
          break;
      }
    }
  }

  private readDeclaration(d: Node, exported: boolean) {
    const f = this.facts;
    if (d.type === 'VariableDeclaration') {
      for (const decl of d.declarations) {
        if (decl.id.type === 'Identifier') {
          f.bindings[decl.id.name] = decl.init ? this.valueOf(decl.init) : { k: 'unknown', text: '' };
          if (exported) f.exports[decl.id.name] = { k: 'ref', name: decl.id.name };
        } else if (decl.init) {
          // const { a, b } = require('./x') / = something
          for (const [name, path] of patternNames(decl.id)) {
            let v: ValueRef = this.valueOf(decl.init);
            for (const seg of path) v = memberRef(v, seg);
            f.bindings[name] = v;
            if (exported) f.exports[name] = { k: 'ref', name };
          }
          this.readEnvDestructuring(decl);
        }
      }
    } else if (d.type === 'FunctionDeclaration' && d.id) {
      f.bindings[d.id.name] = { k: 'fn', id: this.fnIdOf(d), name: d.id.name };
      if (exported) f.exports[d.id.name] = { k: 'ref', name: d.id.name };
    } else if (d.type === 'ClassDeclaration' && d.id) {
      f.bindings[d.id.name] = this.classValue(d);
      if (exported) f.exports[d.id.name] = { k: 'ref', name: d.id.name };
    } else if (d.type === 'TSEnumDeclaration' || d.type === 'TSInterfaceDeclaration' || d.type === 'TSTypeAliasDeclaration' || d.type === 'TSModuleDeclaration') {
      /* types only */
    }
  }

  /**
   * Old-style constructor functions: `this.getByUserId = function (userId, cb) {...}` in the body of
   * `function AllocationsDAO(db)`, and `AllocationsDAO.prototype.remove = function () {...}` (or
   * `X.prototype = { ... }`): what `new AllocationsDAO(db)` objects carry, on the constructor's summary.
   */
  private recordInstanceMember(n: TSESTree.AssignmentExpression) {
    if (n.operator !== '=') return;
    const left = unwrap(n.left as Node);
    if (left.type !== 'MemberExpression') return;
    const prop = propName(left);
    const obj = unwrap(left.object);
    let ctor: Node | null = null;
    let props: Record<string, ValueRef> | null = null;
    if (obj.type === 'ThisExpression' && prop) {
      // the function `this` belongs to: arrows see their parent's
      let cur = (n as { parent?: Node }).parent;
      while (cur && (!isFunctionNode(cur) || cur.type === 'ArrowFunctionExpression')) cur = (cur as { parent?: Node }).parent;
      if (!cur || (cur.type !== 'FunctionDeclaration' && cur.type !== 'FunctionExpression')) return;
      ctor = cur;
      props = { [prop]: this.valueOf(n.right as Node) };
    } else if (obj.type === 'MemberExpression' && propName(obj) === 'prototype' && prop && unwrap(obj.object).type === 'Identifier') {
      ctor = this.localFunction(unwrap(obj.object) as TSESTree.Identifier);
      props = { [prop]: this.valueOf(n.right as Node) };
    } else if (prop === 'prototype' && obj.type === 'Identifier') {
      ctor = this.localFunction(obj);
      const v = this.valueOf(n.right as Node);
      props = v.k === 'object' ? v.props : null;
    }
    if (!ctor || !props) return;
    const summary = this.facts.functions[this.fnIdOf(ctor)];
    if (summary) summary.instanceProps = { ...(summary.instanceProps ?? {}), ...props };
  }

  /** The function an identifier of this file names (`function X() {}`, `const X = function () {}`). */
  private localFunction(id: TSESTree.Identifier): Node | null {
    const def = (this.refMap.get(id) ?? this.declaredVariable(id))?.defs[0];
    if (def?.type === 'FunctionName') return def.node as Node;
    const init = def?.type === 'Variable' ? ((def.node as TSESTree.VariableDeclarator).init as Node | null) : null;
    const u = init ? unwrap(init) : null;
    return u && (u.type === 'FunctionExpression' || u.type === 'FunctionDeclaration') ? u : null;
  }

  private readCommonJsExport(e: TSESTree.Expression) {
    this.readListGrowth(e);
    if (e.type !== 'AssignmentExpression' || e.operator !== '=') return;
    const ch = memberChain(e.left);
    if (!ch) return;
    const f = this.facts;
    if (ch.length === 2 && ch[0] === 'module' && ch[1] === 'exports') {
      const v = this.valueOf(e.right);
      f.exports['module.exports'] = v;
      if (v.k === 'object') for (const [k, pv] of Object.entries(v.props)) f.exports[k] = pv;
    } else if (ch.length === 3 && ch[0] === 'module' && ch[1] === 'exports') f.exports[ch[2]] = this.valueOf(e.right);
    else if (ch.length === 2 && ch[0] === 'exports') f.exports[ch[1]] = this.valueOf(e.right);
  }

  /**
   * A module-level list grown after its declaration (route tables: `routes = routes.concat(require('./users'))`,
   * `routes.push(...adminRoutes)`): the binding becomes the list with what was added.
   */
  private readListGrowth(e: TSESTree.Expression) {
    const f = this.facts;
    let name: string | null = null;
    let added: Node[] = [];
    if (e.type === 'AssignmentExpression' && e.operator === '=' && e.left.type === 'Identifier') {
      const r = unwrap(e.right as Node);
      if (r.type === 'CallExpression' && unwrap(r.callee).type === 'MemberExpression') {
        const c = unwrap(r.callee) as TSESTree.MemberExpression;
        if (propName(c) === 'concat' && unwrap(c.object).type === 'Identifier' && (unwrap(c.object) as TSESTree.Identifier).name === e.left.name) {
          name = e.left.name;
          added = r.arguments.map((a) => ({ type: 'SpreadElement', argument: a }) as unknown as Node);
        }
      }
    } else if (e.type === 'CallExpression' && unwrap(e.callee).type === 'MemberExpression') {
      const c = unwrap(e.callee) as TSESTree.MemberExpression;
      if (propName(c) === 'push' && unwrap(c.object).type === 'Identifier') {
        name = (unwrap(c.object) as TSESTree.Identifier).name;
        added = e.arguments as Node[];
      }
    }
    if (!name) return;
    const prev = f.bindings[name];
    if (!prev || prev.k !== 'array') return;
    const items = added.map((a) => (a.type === 'SpreadElement' ? ({ k: 'spread', arg: this.valueOf(a.argument as Node) } as ValueRef) : this.valueOf(a)));
    f.bindings[name] = { k: 'array', items: [...prev.items, ...items] };
  }

  /** classes whose value is being made: a class named in its own super call, `super(svc, { key: Equity.name })`, is itself */
  private classesInProgress = new Set<Node>();

  private classValue(d: TSESTree.ClassDeclaration | TSESTree.ClassExpression): ValueRef {
    if (this.classesInProgress.has(d as Node)) return { k: 'class', name: d.id?.name ?? '', methods: {}, pos: posOf(d) };
    this.classesInProgress.add(d as Node);
    try {
      return this.classValueOf(d);
    } finally {
      this.classesInProgress.delete(d as Node);
    }
  }

  private classValueOf(d: TSESTree.ClassDeclaration | TSESTree.ClassExpression): ValueRef {
    const methods: Record<string, number> = {};
    let fields: Record<string, ValueRef> | undefined;
    for (const m of d.body.body) {
      if ((m.type === 'MethodDefinition' || m.type === 'PropertyDefinition') && m.value && isFunctionNode(m.value as Node)) {
        const name = propName(m);
        if (name) methods[name] = this.fnIdOf(m.value as Node);
        if (m.type === 'MethodDefinition' && m.kind === 'constructor') this.parameterProperties(m.value as TSESTree.FunctionExpression);
      } else if (m.type === 'PropertyDefinition' && !m.static && m.value && unwrap(m.value as Node).type === 'CallExpression') {
        // `show = asyncHandler(async (req, res) => ...)`: a handler wrapped where the field is declared
        const name = propName(m);
        if (name) (fields ??= {})[name] = this.valueOf(m.value as Node);
      } else if (m.type === 'PropertyDefinition' && !m.static && m.value) {
        // `public path = '/posts'`: a controller's mount path, read where its router is mounted (`app.use(c.path, c.router)`)
        const v = unwrap(m.value as Node);
        const name = propName(m);
        if (name && v.type === 'Literal' && typeof v.value === 'string' && v.value.startsWith('/')) (fields ??= {})[name] = { k: 'lit', value: v.value };
      }
    }
    // `class ApiRouter extends Router {}`: instances are what the base class makes
    const base = d.superClass && (d.superClass.type === 'Identifier' || d.superClass.type === 'MemberExpression') ? this.valueOf(d.superClass as Node) : undefined;
    // `constructor() { super(prisma.invoice) }`: what a generic base class is handed (its `this.model`)
    let superArgs: ValueRef[] | undefined;
    const ctor = base ? d.body.body.find((m): m is TSESTree.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'constructor') : undefined;
    for (const st of ctor?.value.body?.body ?? []) {
      const e = st.type === 'ExpressionStatement' ? unwrap(st.expression as Node) : null;
      if (e?.type === 'CallExpression' && e.callee.type === 'Super') {
        superArgs = e.arguments.map((a) => (a.type === 'SpreadElement' ? ({ k: 'spread', arg: this.valueOf(a.argument as Node) } as ValueRef) : this.valueOf(a as Node)));
        break;
      }
    }
    return { k: 'class', name: d.id?.name ?? '', methods, pos: posOf(d), ...(base ? { extends: base } : {}), ...(fields ? { fields } : {}), ...(superArgs ? { superArgs } : {}) };
  }

  /**
   * `constructor(protected readonly router: Router) {}`: each parameter property is what
   * `this.router = router` would make it, a member of the instances (read in the class's methods).
   */
  private parameterProperties(ctor: TSESTree.FunctionExpression): void {
    const summary = this.facts.functions[this.fnIdOf(ctor as Node)];
    if (!summary) return;
    for (const p of ctor.params) {
      if (p.type !== 'TSParameterProperty') continue;
      const id = p.parameter.type === 'AssignmentPattern' ? p.parameter.left : p.parameter;
      if (id.type !== 'Identifier') continue;
      summary.instanceProps = { ...(summary.instanceProps ?? {}), [id.name]: this.valueOf(id as Node) };
    }
  }

  // ---------------------------------------------------------------- values

  /** The package an identifier was imported or required from (`const multer = require('multer')`). */
  /**
   * `argon2.verify(hash, password)`, `verify(hash, password)` from `@node-rs/argon2`, `Bun.password.verify(password, hash)`: a password check
   * (the caller is signing in), not the verification of a session token.
   */
  private isPasswordHashCall(n: TSESTree.CallExpression): boolean {
    // Bun's built-in `Bun.password.verify(password, hash)`
    if (/^Bun\.password\./.test(memberChain(unwrap(n.callee))?.join('.') ?? '')) return true;
    let head: Node = unwrap(n.callee);
    while (head.type === 'MemberExpression') head = unwrap(head.object);
    if (head.type !== 'Identifier') return false;
    if (/^(?:bcrypt|bcryptjs|argon2|argon|scrypt)$/i.test(head.name)) return true;
    return /(?:^|\/)(?:argon2|bcrypt|bcryptjs|scrypt|scrypt-kdf|@node-rs\/argon2|@node-rs\/bcrypt)$/.test(this.importSourceOf(head) ?? '');
  }

  importSourceOf(id: Node): string | null {
    let v = this.valueOf(id);
    if (v.k === 'ref') v = this.facts.bindings[v.name] ?? v;
    if (v.k === 'member') {
      let o = v.object;
      if (o.k === 'ref') o = this.facts.bindings[o.name] ?? o;
      return o.k === 'import' ? o.source : null;
    }
    return v.k === 'import' ? v.source : null;
  }

  /**
   * The package a plugin argument comes from: an imported or required binding (`cors`), or the
   * module written in place (`register(require('@fastify/cors'), ...)`,
   * `register(import('@fastify/multipart'))`, `require('x').default`).
   */
  pluginSourceOf(arg: Node | undefined): string | null {
    if (!arg) return null;
    let p = unwrap(arg);
    if (p.type === 'AwaitExpression') p = unwrap(p.argument as Node);
    if (p.type === 'MemberExpression' && propName(p) === 'default') p = unwrap(p.object);
    if (p.type === 'AwaitExpression') p = unwrap(p.argument as Node);
    if (p.type === 'Identifier') return this.importSourceOf(p);
    if (p.type === 'CallExpression' || p.type === 'ImportExpression') {
      const v = this.valueOf(p);
      return v.k === 'import' ? v.source : null;
    }
    return null;
  }

  injectedModelOf(member: TSESTree.MemberExpression): string | null {
    return injectedModelOfThis(this, member);
  }

  variableOf(id: Node): Variable | null | undefined {
    return this.refMap.get(id);
  }

  /**
   * `this` in a method: an instance of its class (`this.get(orgId, id)` in `class InvoiceService`; the class
   * itself in a static method), or the object literal bound to a name whose method it is
   * (`export const customerService = { async update() { await this.getForOrg(...) } }`). Arrows see their parent's.
   */
  private thisValue(n: Node): ValueRef | null {
    let cur: Node | undefined = (n as { parent?: Node }).parent;
    while (cur && (!isFunctionNode(cur) || cur.type === 'ArrowFunctionExpression')) cur = (cur as { parent?: Node }).parent;
    const holder = cur ? (cur as { parent?: Node }).parent : undefined;
    if (!holder) return null;
    if (holder.type === 'MethodDefinition' && holder.parent?.type === 'ClassBody') {
      const cls = holder.parent.parent;
      if (!cls || (cls.type !== 'ClassDeclaration' && cls.type !== 'ClassExpression') || !cls.id) return null;
      const ref = this.valueOf(cls.id);
      return holder.static ? ref : { k: 'new', callee: ref, args: [], pos: posOf(cls.id), self: true };
    }
    if (holder.type === 'Property' && holder.parent?.type === 'ObjectExpression') {
      const decl = holder.parent.parent;
      if (decl?.type === 'VariableDeclarator' && decl.id.type === 'Identifier') return this.valueOf(decl.id);
    }
    return null;
  }

  /** What an expression evaluates to, as a serialisable ValueRef. */
  /**
   * The branches of a returned conditional, after the conditional itself (which stays first, as
   * factories read it): a decorator returning `test ? target : function wrapperFn() {...}` hands
   * back its parameter in one branch.
   */
  /**
   * The taints of each property of an object literal (`{ fromUserId: user.id, tableId: params.tableId }`), so a
   * helper reading one property is not handed its siblings' taints; null when a spread or computed key hides some.
   */
  private objectPropTaints(node: Node): Record<string, Taint[]> | null {
    let o = unwrap(node);
    const assigned = o.type === 'Identifier' ? assignedKeys(this, o) : [];
    // a local object the call is handed by name, keys written into it afterwards included (`Memory.get(clause)`)
    if (o.type === 'Identifier' && assigned.length) {
      const def = this.variableOf(o)?.defs[0];
      const init = def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier' ? (def.node as TSESTree.VariableDeclarator).init : null;
      if (init) o = unwrap(init as Node);
    }
    if (o.type !== 'ObjectExpression' || o.properties.length > 40) return null;
    const out: Record<string, Taint[]> = {};
    for (const p of o.properties) {
      if (p.type !== 'Property' || p.computed) return null;
      const k = propName(p);
      if (!k) return null;
      out[k] = this.taintOf(p.value as Node);
      // a Prisma-style argument handed to the app's own query helper, `findLink({ where: { slug } })`: each filter key apart
      // (the helper's `link.findUnique(criteria)` reads `criteria` whole)
      const v = unwrap(p.value as Node);
      // (so does any object written in place, `deleteMember({ ctx, input: { userId: input.id } })` read as `input.userId`)
      if (v.type === 'ObjectExpression' && v.properties.length <= 20) {
        for (const q of v.properties) {
          const k2 = q.type === 'Property' && !q.computed ? propName(q) : null;
          if (k2 && q.type === 'Property') out[`${k}.${k2}`] = this.taintOf(q.value as Node);
        }
      }
    }
    for (const a of assigned) out[a.key] = [...new Set([...(out[a.key] ?? []), ...this.taintOf(a.value)])];
    return out;
  }

  /** `return user?.isAdmin ?? false`, `return member.role === 'owner'`: the function answers a role question. */
  private recordReturnedRole(node: Node, fn: number): void {
    let n = unwrap(node);
    // `const isValid = secureCompare(apiKey, env.INTERNAL_API_KEY); if (!isValid) log(...); return isValid`: the answer is
    // the test a const of this function holds
    if (n.type === 'Identifier') {
      const v = this.refMap.get(n);
      const def = v?.defs.length === 1 ? v.defs[0] : undefined;
      const decl = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : undefined;
      const init = decl?.init && (def!.parent as TSESTree.VariableDeclaration | undefined)?.kind === 'const' ? unwrap(decl.init as Node) : undefined;
      const awaited = init?.type === 'AwaitExpression' ? unwrap(init.argument as Node) : init;
      if (!awaited || decl!.id.type !== 'Identifier' || (awaited.type !== 'CallExpression' && awaited.type !== 'BinaryExpression') || this.enclosingFn(awaited) !== fn) return;
      // (only for the secret question: a row kept in a const, `const member = await findMember(...)`, answers no role)
      const s = this.facts.functions[fn];
      if (s && !s.returnsSecretMatch) this.returnedTests.push({ node: awaited, fn, secretOnly: true });
      return;
    }
    // `if (ctx.user) { return true } return false`: the answer is the test of the if it returns true under
    if (n.type === 'Literal' && n.value === true) {
      // only in a yes/no function with one way to say yes (`if (user.isAdmin) return true` ahead of other
      // checks is a shortcut for admins, not what the function asks)
      let f = (n as { parent?: Node }).parent;
      while (f && !isFunctionNode(f)) f = (f as { parent?: Node }).parent;
      const answers = f ? returnedValues(f as FnNode).map(unwrap) : [];
      if (!answers.every((r) => r.type === 'Literal' && typeof r.value === 'boolean') || answers.filter((r) => r.type === 'Literal' && r.value === true).length !== 1) return;
      let p = (n as { parent?: Node }).parent;
      if (p?.type === 'ReturnStatement') p = (p as { parent?: Node }).parent;
      if (p?.type === 'BlockStatement' && (p as TSESTree.BlockStatement).body.length === 1) p = (p as { parent?: Node }).parent;
      if (p?.type !== 'IfStatement') return;
      n = unwrap((p as TSESTree.IfStatement).test as Node);
    }
    if (!['LogicalExpression', 'BinaryExpression', 'UnaryExpression', 'MemberExpression', 'ChainExpression', 'CallExpression'].includes(n.type)) return;
    const s = this.facts.functions[fn];
    if (!s || s.returnsRole) return;
    // (read once the walk is done, as if-tests are: taints read mid-walk would be cached half-known)
    this.returnedTests.push({ node: n, fn });
  }

  private readonly returnedTests: { node: Node; fn: number; secretOnly?: true }[] = [];
  /** functions with a limiter call on every path (their `rateLimitPaths`, if any, are dropped) */
  private readonly rateLimitedEverywhere = new Set<FunctionSummary>();

  private branchValues(node: Node, depth = 0): ValueRef[] {
    const n = unwrap(node);
    if (n.type !== 'ConditionalExpression' || depth > 3) return [];
    return [n.consequent, n.alternate].flatMap((b) => [this.valueOf(b as Node), ...this.branchValues(b as Node, depth + 1)]);
  }

  valueOf(node: Node, depth = 0): ValueRef {
    if (depth > 12) return { k: 'unknown', text: textOf(this.src, node, 60) };
    const n = unwrap(node);
    switch (n.type) {
      case 'Identifier':
        return this.identValue(n, depth);
      case 'MemberExpression': {
        // `handlers[name]` with `name` a constant or the key of the loop being unrolled
        const p = propName(n) ?? (n.computed ? this.constString(n.property as Node, 0) : null);
        if (p === null) return { k: 'unknown', text: textOf(this.src, n, 60) };
        if (unwrap(n.object).type === 'ThisExpression') {
          // `this.invoices` in a class: the injected service (constructor parameter type)
          const injected = thisFieldValue(this, n);
          if (injected) return injected.k === 'new' ? { ...injected, thisField: p } : injected;
        }
        return memberRef(this.valueOf(n.object, depth + 1), p);
      }
      case 'CallExpression': {
        const c = unwrap(n.callee);
        if (c.type === 'Identifier' && c.name === 'require' && !this.refMap.get(c) && n.arguments.length === 1) {
          const s = staticString(n.arguments[0] as Node);
          if (s !== null) return { k: 'import', source: s, name: '*' };
        }
        // a link of a registration chain (`new Elysia().use(a).get(...).post(...)`, twenty calls long) costs no depth:
        // the instance at its start is what the whole chain evaluates to
        const link = c.type === 'MemberExpression' && /^(?:CallExpression|NewExpression)$/.test(unwrap(c.object).type) ? propName(c) : null;
        const callee = c.type === 'MemberExpression' && link !== null && (ROUTER_METHODS.has(link) || ELYSIA_CHAIN_LINKS.has(link)) ? memberRef(this.valueOf(c.object, depth), link) : this.valueOf(n.callee, depth + 1);
        return {
          k: 'call', callee, args: n.arguments.map((a) => this.valueOf(a as Node, depth + 1)),
          pos: posOf(n), text: textOf(this.src, n, 300),
        };
      }
      case 'ImportExpression': {
        const s = staticString(n.source as Node);
        return s !== null ? { k: 'import', source: s, name: '*' } : { k: 'unknown', text: 'import()' };
      }
      case 'NewExpression':
        return { k: 'new', callee: this.valueOf(n.callee, depth + 1), args: n.arguments.map((a) => this.valueOf(a as Node, depth + 1)), pos: posOf(n) };
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'FunctionDeclaration':
        return { k: 'fn', id: this.fnIdOf(n) };
      case 'ClassExpression':
      case 'ClassDeclaration':
        return this.classValue(n);
      case 'ArrayExpression':
        return { k: 'array', items: n.elements.filter(Boolean).map((e) => this.valueOf(e as Node, depth + 1)) };
      case 'SpreadElement':
        return { k: 'spread', arg: this.valueOf(n.argument, depth + 1) };
      case 'ObjectExpression': {
        const props: Record<string, ValueRef> = {};
        for (const p of n.properties) {
          if (p.type === 'Property') {
            const k = propName(p);
            if (k !== null) props[k] = this.valueOf(p.value as Node, depth + 1);
          } else if (p.type === 'SpreadElement') {
            const sv = this.valueOf(p.argument, depth + 1);
            if (sv.k === 'object') Object.assign(props, sv.props);
            else props['...' + Object.keys(props).length] = { k: 'spread', arg: sv };
          }
        }
        return { k: 'object', props, pos: posOf(n) };
      }
      case 'Literal':
        if ('regex' in n && n.regex) return { k: 'lit', value: null, regex: n.regex.pattern };
        // a bigint (10n) kept as its digits: facts are JSON (cache, digest) and no rule needs its value
        if (typeof n.value === 'bigint') return { k: 'lit', value: String(n.value) };
        return { k: 'lit', value: n.value as string | number | boolean | null };
      case 'TaggedTemplateExpression': {
        // gql`type Query { ... }`: a GraphQL schema's text (interpolated fragments left out)
        const tag = unwrap(n.tag);
        if (tag.type === 'Identifier' && /^(?:gql|graphql)$/.test(tag.name)) return { k: 'lit', value: n.quasi.quasis.map((q) => q.value.cooked ?? q.value.raw).join('\n') };
        return { k: 'unknown', text: textOf(this.src, n, 60) };
      }
      case 'TemplateLiteral': {
        // `${API_PREFIX}/invoices`: constants of this file folded in (route paths are often built so)
        const s = staticString(n) ?? this.constString(n, 0);
        return s !== null ? { k: 'lit', value: s } : this.concatValue(n, depth) ?? { k: 'unknown', text: textOf(this.src, n, 60) };
      }
      case 'BinaryExpression': {
        const s = n.operator === '+' ? this.constString(n, 0) : null;
        return s !== null ? { k: 'lit', value: s } : (n.operator === '+' && this.concatValue(n, depth)) || { k: 'unknown', text: textOf(this.src, n, 60) };
      }
      case 'ThisExpression':
        return this.thisValue(n) ?? { k: 'global', name: 'this' };
      case 'LogicalExpression':
        // `process.env.X || 'default'`, `a ?? b`: take the left side (the usual value)
        return this.valueOf(n.left, depth + 1);
      default:
        return { k: 'unknown', text: textOf(this.src, n, 60) };
    }
  }

  /**
   * A string this file fixes: literals, templates and `+` of them, and `const` names bound to
   * those (never a `let`, a parameter or an import: their value is not known here).
   */
  private constString(node: Node, depth: number): string | null {
    if (depth > 8) return null;
    const n = unwrap(node);
    switch (n.type) {
      case 'Literal':
        return typeof n.value === 'string' || typeof n.value === 'number' ? String(n.value) : null;
      case 'TemplateLiteral': {
        let out = n.quasis[0].value.cooked ?? n.quasis[0].value.raw;
        for (let i = 0; i < n.expressions.length; i++) {
          const part = this.constString(n.expressions[i] as Node, depth + 1);
          if (part === null) return null;
          out += part + (n.quasis[i + 1].value.cooked ?? n.quasis[i + 1].value.raw);
        }
        return out;
      }
      case 'BinaryExpression': {
        if (n.operator !== '+') return null;
        const l = this.constString(n.left as Node, depth + 1);
        const r = l === null ? null : this.constString(n.right as Node, depth + 1);
        return l !== null && r !== null ? l + r : null;
      }
      case 'MemberExpression': {
        // `${route.path}` with `route` bound to an element of the loop being unrolled
        const o = unwrap(n.object);
        const p = propName(n);
        if (o.type !== 'Identifier' || p === null) return null;
        const bound = this.boundValue(o);
        const prop = bound?.k === 'object' ? bound.props[p] : undefined;
        return prop?.k === 'lit' && (typeof prop.value === 'string' || typeof prop.value === 'number') ? String(prop.value) : null;
      }
      case 'Identifier': {
        const bound = this.boundValue(n);
        if (bound) return bound.k === 'lit' && (typeof bound.value === 'string' || typeof bound.value === 'number') ? String(bound.value) : null;
        const v = this.refMap.get(n);
        const def = v && v.defs.length === 1 ? v.defs[0] : undefined;
        if (!def || def.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration | null)?.kind !== 'const') return null;
        const init = (def.node as TSESTree.VariableDeclarator).init;
        return init && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier' ? this.constString(init as Node, depth + 1) : null;
      }
      default:
        return null;
    }
  }

  /** The element a loop variable stands for while a registration inside the loop is recorded. */
  private boundValue(n: TSESTree.Identifier): ValueRef | undefined {
    if (!this.loopBindings.size) return undefined;
    const def = (this.refMap.get(n) ?? this.declaredVariable(n))?.defs[0];
    return def ? this.loopBindings.get(def.name as Node) : undefined;
  }

  /**
   * A template or `+` whose parts are not all fixed by this file: `/${page}`, `'/' + name`, kept as
   * its parts so the linker can fold constants of other files or, for a route path, put a `:name`
   * placeholder where a part stays unknown. Null when it is no string building worth keeping.
   */
  private concatValue(n: Node, depth: number): ValueRef | null {
    const parts: ValueRef[] = [];
    const add = (x: Node) => {
      const u = unwrap(x);
      if (u.type === 'BinaryExpression' && u.operator === '+') {
        add(u.left as Node);
        add(u.right as Node);
        return;
      }
      if (u.type === 'TemplateLiteral') {
        for (let i = 0; i < u.quasis.length; i++) {
          const q = u.quasis[i].value.cooked ?? u.quasis[i].value.raw;
          if (q) parts.push({ k: 'lit', value: q });
          if (i < u.expressions.length) add(u.expressions[i] as Node);
        }
        return;
      }
      const s = this.constString(u, 0);
      parts.push(s !== null ? { k: 'lit', value: s } : this.valueOf(u, depth + 1));
    };
    add(n);
    // only string building: a literal part somewhere (a template is one anyway: `${accountApiPrefix}`), and few parts
    if (parts.length > 8 || (!parts.some((p) => p.k === 'lit' && typeof p.value === 'string') && unwrap(n).type !== 'TemplateLiteral')) return null;
    const merged: ValueRef[] = [];
    for (const p of parts) {
      const last = merged[merged.length - 1];
      if (p.k === 'lit' && last?.k === 'lit') merged[merged.length - 1] = { k: 'lit', value: String(last.value) + String(p.value) };
      else merged.push(p);
    }
    return { k: 'concat', parts: merged, text: textOf(this.src, n, 60) };
  }

  private identValue(n: TSESTree.Identifier, depth: number): ValueRef {
    const v = this.refMap.get(n);
    // a reference that resolves nowhere is a global; only a name in declaration position has no reference
    if (v === null) return { k: 'global', name: n.name };
    if (!v) {
      const ownDef = this.declaredVariable(n);
      if (!ownDef) return { k: 'global', name: n.name };
      return this.variableValue(ownDef, n.name, depth);
    }
    return this.variableValue(v, n.name, depth);
  }

  /** Identifiers in declaration position have no reference: find their variable. */
  private declaredVariable(n: TSESTree.Identifier): Variable | null {
    for (const scope of this.scopeManager.scopes) {
      const v = scope.set.get(n.name);
      if (v && v.identifiers.includes(n)) return v;
    }
    return null;
  }

  private variableValue(v: Variable, name: string, depth: number): ValueRef {
    const def = v.defs[0];
    if (!def) return { k: 'global', name };
    const bound = this.loopBindings.get(def.name as Node);
    if (bound) return bound;
    switch (def.type) {
      case 'ImportBinding': {
        const sp = def.node as Node;
        const decl = def.parent as TSESTree.ImportDeclaration;
        const source = String(decl.source.value);
        if (sp.type === 'ImportDefaultSpecifier') return { k: 'import', source, name: 'default' };
        if (sp.type === 'ImportNamespaceSpecifier') return { k: 'import', source, name: '*' };
        if (sp.type === 'ImportSpecifier') return { k: 'import', source, name: sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value) };
        if (sp.type === 'TSImportEqualsDeclaration') {
          const ref = sp.moduleReference;
          if (ref.type === 'TSExternalModuleReference') return { k: 'import', source: String((ref.expression as TSESTree.StringLiteral).value), name: '*' };
        }
        return { k: 'unknown', text: name };
      }
      case 'FunctionName':
        return { k: 'fn', id: this.fnIdOf(def.node as Node), name };
      case 'ClassName':
        return this.classValue(def.node as TSESTree.ClassDeclaration);
      case 'Parameter': {
        const fn = def.node as FnNode;
        const { index, path } = paramPosition(fn, def.name as Node);
        const top = fn.params[index] ? paramName(fn.params[index] as Node) : name;
        return { k: 'param', fn: this.fnIdOf(fn), index, path, name: top && top !== '{}' ? top : undefined };
      }
      case 'Variable': {
        const decl = def.node as TSESTree.VariableDeclarator;
        const isModule = v.scope.type === 'module' || v.scope.type === 'global';
        if (isModule && decl.id.type === 'Identifier') return { k: 'ref', name };
        if (!decl.init) {
          // `for (const c of controllers)` over a parameter: an element of what the caller passes (`[]` in the path)
          const loop = (decl as { parent?: Node }).parent;
          const stmt = (loop as { parent?: Node } | undefined)?.parent;
          if (stmt?.type === 'ForOfStatement' && stmt.left === loop && unwrap(stmt.right as Node).type === 'Identifier') {
            const list = this.valueOf(stmt.right as Node, depth + 1);
            if (list.k === 'param') return { ...list, path: [...list.path, '[]', ...(patternPath(decl.id, def.name as Node) ?? [])] };
          }
          return { k: 'unknown', text: name };
        }
        let val = this.valueOf(decl.init, depth + 1);
        const path = patternPath(decl.id, def.name as Node);
        for (const seg of path ?? []) val = memberRef(val, seg);
        return val;
      }
      default:
        return { k: 'unknown', text: name };
    }
  }

  /**
   * `routes.forEach((r) => router.use(r.path, r.route))`, `for (const { path, router } of routes)`:
   * a registration inside a loop over an array literal is one registration per element, with the
   * loop variable bound to that element. Anything else runs once, unbound.
   */
  private loopElements(call: Node): Map<Node, ValueRef>[] {
    const once = [new Map<Node, ValueRef>()];
    let cur: Node | undefined = (call as { parent?: Node }).parent;
    for (let i = 0; cur && i < 12; i++, cur = (cur as { parent?: Node }).parent) {
      if (cur.type === 'ForOfStatement') {
        const pattern = cur.left.type === 'VariableDeclaration' ? (cur.left.declarations[0]?.id as Node | undefined) : undefined;
        const elements = this.arrayElements(cur.right as Node);
        return pattern && elements ? elements.map((el) => this.bindPattern(pattern, el)) : once;
      }
      if (isFunctionNode(cur)) {
        const p = (cur as { parent?: Node }).parent;
        if (p?.type !== 'CallExpression' || p.arguments[0] !== cur || p.callee.type !== 'MemberExpression' || !['forEach', 'map'].includes(propName(p.callee) ?? '')) return once;
        const param = cur.params[0] as Node | undefined;
        const elements = this.arrayElements(p.callee.object as Node);
        return param && elements ? elements.map((el) => this.bindPattern(param, el)) : once;
      }
    }
    return once;
  }

  /**
   * The loop around `call` iterates a list another module exports (`for (const { method, path } of routes)`,
   * `routes.forEach((r) => ...)`, `api.routes.forEach(...)` with `api` a namespace import): its variable and the list.
   * (Its elements are only known when linking, so the extractor cannot unroll it.)
   */
  private loopOverImport(call: Node): { pattern: Node; list: ValueRef } | null {
    let cur: Node | undefined = (call as { parent?: Node }).parent;
    for (let i = 0; cur && i < 12; i++, cur = (cur as { parent?: Node }).parent) {
      let pattern: Node | undefined;
      let list: Node | undefined;
      if (cur.type === 'ForOfStatement') {
        pattern = cur.left.type === 'VariableDeclaration' ? (cur.left.declarations[0]?.id as Node | undefined) : undefined;
        list = cur.right as Node;
      } else if (isFunctionNode(cur)) {
        const p = (cur as { parent?: Node }).parent;
        if (p?.type !== 'CallExpression' || p.arguments[0] !== cur || p.callee.type !== 'MemberExpression' || propName(p.callee) !== 'forEach') return null;
        pattern = cur.params[0] as Node | undefined;
        list = p.callee.object as Node;
      } else continue;
      if (!pattern || !list || !/^(?:Identifier|MemberExpression)$/.test(unwrap(list).type)) return null;
      const ref = this.valueOf(unwrap(list));
      let root: ValueRef = ref;
      while (root.k === 'member' && root.prop !== '#each') root = root.object;
      return root.k === 'import' ? { pattern, list: ref } : null;
    }
    return null;
  }

  /** The element nodes of the array literal a loop around `call` iterates (`for (const r of routes)`, `routes.forEach(...)`), else null. */
  private loopElementNodes(call: Node): Node[] | null {
    let cur: Node | undefined = (call as { parent?: Node }).parent;
    let list: Node | null = null;
    for (let i = 0; cur && i < 12 && !list; i++, cur = (cur as { parent?: Node }).parent) {
      if (cur.type === 'ForOfStatement') list = cur.right as Node;
      else if (isFunctionNode(cur)) {
        const p = (cur as { parent?: Node }).parent;
        if (p?.type !== 'CallExpression' || p.arguments[0] !== cur || p.callee.type !== 'MemberExpression') return null;
        list = p.callee.object as Node;
      }
    }
    const arr = list ? this.localInit(unwrap(list)) : null;
    if (arr?.type !== 'ArrayExpression' || arr.elements.some((e) => !e || e.type === 'SpreadElement')) return null;
    return arr.elements as Node[];
  }

  /**
   * The elements of an array literal, written inline or bound to a variable in this file, as values;
   * also `Object.keys(o)` / `Object.values(o)` / `Object.entries(o)` of an object literal of this
   * file (an entry is the array `[key, value]`).
   */
  private arrayElements(node: Node): ValueRef[] | null {
    let n = this.localInit(unwrap(node));
    if (!n) return null;
    if (n.type === 'CallExpression' && unwrap(n.callee).type === 'MemberExpression') {
      const c = unwrap(n.callee) as TSESTree.MemberExpression;
      const which = propName(c);
      if (unwrap(c.object).type !== 'Identifier' || (unwrap(c.object) as TSESTree.Identifier).name !== 'Object' || !['keys', 'values', 'entries'].includes(which ?? '') || !n.arguments[0]) return null;
      const obj = this.localInit(unwrap(n.arguments[0] as Node));
      if (obj?.type !== 'ObjectExpression' || obj.properties.length > 100) return null;
      const out: ValueRef[] = [];
      for (const prop of obj.properties) {
        if (prop.type !== 'Property') return null; // a spread: the keys are not all known
        const key = propName(prop);
        if (key === null) return null;
        const value = this.valueOf(prop.value as Node);
        out.push(which === 'keys' ? { k: 'lit', value: key } : which === 'values' ? value : { k: 'array', items: [{ k: 'lit', value: key }, value] });
      }
      return out.length ? out : null;
    }
    // `for (const router of createRouters(tenant))`: a local function that returns an array literal
    if (n.type === 'CallExpression' && unwrap(n.callee).type === 'Identifier') {
      const def = (this.refMap.get(unwrap(n.callee) as TSESTree.Identifier) ?? this.declaredVariable(unwrap(n.callee) as TSESTree.Identifier))?.defs[0];
      const fn = def?.type === 'FunctionName' ? (def.node as Node) : def?.type === 'Variable' ? ((def.node as TSESTree.VariableDeclarator).init as Node | null) : null;
      const ret = fn ? returnedArray(fn) : null;
      if (!ret) return null;
      n = ret;
    }
    if (n.type !== 'ArrayExpression' || n.elements.length > 100) return null;
    const out = n.elements.filter((e): e is TSESTree.Expression => !!e && e.type !== 'SpreadElement') as Node[];
    return out.length ? out.map((e) => this.valueOf(e)) : null;
  }

  /** An identifier's initialiser when it is a variable of this file, else the node itself (null: no initialiser). */
  /** server functions whose FormData upload was recorded (one per function) */
  private readonly serverFnUploads = new Set<number>();

  /** The variable a query's rows are bound to (`const rows = await db.select()...`) is read only for its `length`. */
  private onlyCounted(n: Node, name: string): boolean {
    let prev: Node = n;
    let holder: Node | undefined = (n as { parent?: Node }).parent;
    for (let i = 0; holder && i < 8 && holder.type !== 'VariableDeclarator'; i++) {
      // (through `await`, type assertions and the query's own executor, `.get()`: not into a call it is handed to)
      const through = /^(?:AwaitExpression|TSAsExpression|TSNonNullExpression|ChainExpression)$/.test(holder.type) ||
        (holder.type === 'MemberExpression' && holder.object === prev) || (holder.type === 'CallExpression' && holder.callee === prev);
      if (!through) return false;
      prev = holder;
      holder = (holder as { parent?: Node }).parent;
    }
    if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier' || holder.id.name !== name) return false;
    const reads = this.variableOf(holder.id)?.references.filter((r) => r.isRead()) ?? [];
    return reads.length > 0 && reads.every((r) => {
      const par = (r.identifier as { parent?: Node }).parent;
      return par?.type === 'MemberExpression' && par.object === r.identifier && !par.computed && propName(par) === 'length';
    });
  }

  /** The initializer of the local constant a name refers to (for the query readers). */
  localInitOf(n: Node): Node | null {
    return this.localInit(n);
  }

  private localInit(n: Node): Node | null {
    if (n.type !== 'Identifier') return n;
    const def = (this.refMap.get(n) ?? this.declaredVariable(n))?.defs[0];
    const init = def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier' ? (def.node as TSESTree.VariableDeclarator).init : null;
    return init ? unwrap(init as Node) : null;
  }

  private bindPattern(pattern: Node, value: ValueRef): Map<Node, ValueRef> {
    const out = new Map<Node, ValueRef>();
    if (pattern.type === 'Identifier') out.set(pattern, value);
    else if (pattern.type === 'ObjectPattern') {
      for (const prop of pattern.properties) {
        if (prop.type !== 'Property') continue;
        const key = propName(prop);
        const target = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
        if (key && target.type === 'Identifier') out.set(target as Node, value.k === 'object' && value.props[key] ? value.props[key] : { k: 'member', object: value, prop: key });
      }
    } else if (pattern.type === 'ArrayPattern') {
      // `for (const [name, handler] of Object.entries(handlers))`
      pattern.elements.forEach((el, i) => {
        const target = el?.type === 'AssignmentPattern' ? el.left : el;
        if (target?.type === 'Identifier') out.set(target as Node, value.k === 'array' && value.items[i] ? value.items[i] : { k: 'member', object: value, prop: String(i) });
      });
    }
    return out;
  }

  // ---------------------------------------------------------------- taint

  /** Where a value comes from (request, session, parameters, credentials...). */
  taintOf(node: Node | null | undefined, depth = 0): Taint[] {
    if (!node || depth > 20) return [];
    const n = unwrap(node);
    switch (n.type) {
      case 'Identifier': {
        const r = this.refMap.get(n);
        // null: a reference that resolves nowhere (a global); undefined: a name in declaration position
        const v = r === null ? null : r ?? this.declaredVariable(n);
        if (!v) return [];
        return this.allowlisted(n, this.variableTaint(v));
      }
      case 'MemberExpression':
        return this.allowlisted(n, this.memberTaint(n, depth));
      case 'CallExpression': {
        const t = this.callTaint(n, depth);
        // what a storage upload answers (a key, a URL: `await putObject(key, file.buffer)`) is not the file's contents
        return STORAGE_PUT.test(lastName(n)) && t.some((x) => FILE_CONTENTS.test(x)) ? t.filter((x) => !FILE_CONTENTS.test(x)) : t;
      }
      case 'NewExpression':
        return uniq(n.arguments.flatMap((a) => this.taintOf(a as Node, depth + 1)));
      case 'TemplateLiteral':
        return uniq(n.expressions.flatMap((e) => this.taintOf(e, depth + 1)));
      case 'TaggedTemplateExpression':
        return uniq(n.quasi.expressions.flatMap((e) => this.taintOf(e, depth + 1)));
      case 'BinaryExpression':
        if (n.operator === '+') return uniq([...this.taintOf(n.left as Node, depth + 1), ...this.taintOf(n.right, depth + 1)]);
        return [];
      case 'LogicalExpression': {
        const left = this.taintOf(n.left, depth + 1);
        const right = this.taintOf(n.right, depth + 1);
        // `searchParams.get('firmId') ?? session.user.firmId`: whenever the client sends one, its value is used;
        // the caller's own is only the fallback, so the value is the client's to pick
        // (also a helper's answer there, `ctx.query.companyId ?? companyIdOf(ctx)`: the caller's tenant it reads is the fallback)
        if ((n.operator === '??' || n.operator === '||') && left.some((t) => t.startsWith('request:')) && right.some((t) => t.startsWith('session:') || t.startsWith('call:'))) {
          return uniq([...left, ...right.filter((t) => !t.startsWith('session:') && !t.startsWith('call:'))]);
        }
        return uniq([...left, ...right]);
      }
      case 'ConditionalExpression': {
        // `ROLES.indexOf(req.body.role) !== -1 ? req.body.role : 'student'`: the value passed an allowlist of literals
        const allowed = this.allowlistedBranch(n);
        const branch = (b: Node) => (b === allowed ? this.taintOf(b, depth + 1).filter((t) => !t.startsWith('request:')) : this.taintOf(b, depth + 1));
        return uniq([...branch(n.consequent as Node), ...branch(n.alternate as Node)]);
      }
      case 'ObjectExpression': {
        const out: Taint[] = [];
        n.properties.forEach((p, i) => {
          // (`{ ...dto, password: undefined }`: the copy without the credential the spread brought in)
          if (p.type === 'SpreadElement') out.push(...this.taintOf(p.argument, depth + 1).filter((t) => !CREDENTIAL_CARRIER.test(t) || !spreadStripsCredentials(n, i)));
          else if (p.type === 'Property') {
            const vt = this.taintOf(p.value as Node, depth + 1);
            out.push(...vt);
            const k = propName(p);
            const sv = unwrap(p.value as Node);
            const named = k ? sensitiveName(k) : null;
            // (a `sessionId` that is a record's id, `sessionId: checkoutSession.id`, is no cookie: see recordSessionId)
            if (named && !onlyLiterals(sv) && !vt.some((t) => t.startsWith('redacted')) && !(named === 'session identifier' && recordSessionId(vt))) out.push('sensitive:' + named);
          }
        });
        return uniq(out);
      }
      case 'ArrayExpression':
        return uniq(n.elements.flatMap((e) => (e ? this.taintOf(e as Node, depth + 1) : [])));
      case 'SpreadElement':
        return this.taintOf(n.argument, depth + 1);
      case 'AssignmentExpression':
        return this.taintOf(n.right, depth + 1);
      case 'SequenceExpression':
        return this.taintOf(n.expressions[n.expressions.length - 1], depth + 1);
      default:
        return [];
    }
  }

  /**
   * The branch of `LIST.includes(x) ? x : fallback` (`LIST.indexOf(x) !== -1`, `!LIST.includes(x) ? fallback : x`) that
   * holds `x` only once it is one of the literal values listed: a list written in place or a constant of literals.
   */
  private allowlistedBranch(n: TSESTree.ConditionalExpression): Node | null {
    const t = this.allowlistTest(n.test as Node);
    if (!t) return null;
    const target = (t.whenTrue ? n.consequent : n.alternate) as Node;
    return textOf(this.src, target, 200) === t.value ? target : null;
  }

  /**
   * The call runs only when the caller is signed in: in the branch of `locals.user ? ... : []`, after `req.user && ...`, or
   * inside `if (session) { ... }`, with the test reading nothing but the session (within the enclosing function).
   */
  /**
   * `else if (collectionId) { rows = await prisma.tag.findMany(...) }` in `getTags({ userId, collectionId })`: a query run only
   * when the helper is handed that argument (a parameter, or a key of a destructured one, without a default value); a caller
   * that leaves it out never runs it (see resolveQueries).
   */
  private argGuardsOf(n: Node): { argGuards?: string[] } {
    const guards: string[] = [];
    let child: Node = n;
    for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
      if (cur.type !== 'IfStatement' || cur.consequent !== child) continue;
      let t = unwrap(cur.test as Node);
      // (`collectionId !== undefined`, `collectionId != null`)
      if (t.type === 'BinaryExpression' && /^!==?$/.test(t.operator)) {
        const other = unwrap(t.right as Node);
        if ((other.type === 'Identifier' && other.name === 'undefined') || (other.type === 'Literal' && other.value === null)) t = unwrap(t.left as Node);
      }
      if (t.type !== 'Identifier') continue;
      const def = this.variableOf(t)?.defs[0];
      if (def?.type !== 'Parameter') continue;
      // (a default value, `{ collectionId = defaultId }`, is there when the caller leaves the key out)
      const idParent = (def.name as { parent?: Node }).parent;
      if (idParent?.type === 'AssignmentPattern' && idParent.left === def.name) continue;
      // (a destructured options object reads as `param:0:collectionId` or `arg:0:collectionId`)
      const arg = this.taintOf(t).filter((x) => /^(?:arg|param):\d+:/.test(x));
      if (arg.length === 1) guards.push(arg[0]);
    }
    return guards.length ? { argGuards: uniq(guards) } : {};
  }

  private onlyWhenSignedIn(n: Node): boolean {
    const signedIn = (test: Node): boolean => {
      const u = unwrap(test);
      if (u.type !== 'Identifier' && u.type !== 'MemberExpression') return false;
      const t = this.taintOf(u);
      // (`locals.user` of a destructured handler context is both the parameter's path and the session)
      // (or a session getter's whole answer: `const token = await getToken({ req }); if (token) { ... }`; or its user's id,
      // `session?.user?.id ? await prisma.enrollment.findFirst(...) : null`)
      return t.length > 0 && t.every((x) => x.startsWith('session:') || x.startsWith('sensitive:') || /^param:\d+:/.test(x)) && t.some((x) => /^session:(?:[\w$]+\.)*(?:user|session|currentUser|viewer|auth)(?:\.(?:id|userId|sub))?$|^session:[\w$]+$/.test(x));
    };
    let child: Node = n;
    let p = (n as { parent?: Node }).parent;
    while (p && !isFunctionNode(p)) {
      if (p.type === 'ConditionalExpression' && p.consequent === child && signedIn(p.test as Node)) return true;
      if (p.type === 'LogicalExpression' && p.operator === '&&' && p.right === child && signedIn(p.left as Node)) return true;
      if (p.type === 'IfStatement' && p.consequent === child && signedIn(p.test as Node)) return true;
      child = p;
      p = (p as { parent?: Node }).parent;
    }
    return false;
  }

  /** a property's value (`{ role: req.body.role }`, `{ role }`) the function let through an allowlist first: no longer the client's own text */
  private allowlisted(n: Node, t: Taint[]): Taint[] {
    const par = (n as { parent?: Node }).parent;
    if (par?.type !== 'Property' || par.value !== n || !t.some((x) => x.startsWith('request:'))) return t;
    return this.guardedByAllowlist(n) ? t.filter((x) => !x.startsWith('request:')) : t;
  }

  /**
   * `if (!ROLES.includes(req.body.role)) return res.status(400)...` (also `=== -1`, `!ALLOWED.has(x)`) earlier in the
   * value's function: past that statement the value is one of the literals listed, as in the branch of a ternary.
   */
  private guardedByAllowlist(v: Node): boolean {
    const value = textOf(this.src, unwrap(v), 200);
    let child: Node = v;
    let p = (v as { parent?: Node }).parent;
    while (p && !isFunctionNode(p)) {
      if (p.type === 'BlockStatement' || p.type === 'Program') {
        const body = (p as TSESTree.BlockStatement).body as Node[];
        for (const st of body) {
          if (st === child) break;
          if (st.type !== 'IfStatement' || st.alternate) continue;
          const t = this.allowlistTest(st.test as Node);
          if (!t || t.whenTrue || t.value !== value) continue;
          const c = st.consequent.type === 'BlockStatement' ? st.consequent.body[st.consequent.body.length - 1] : st.consequent;
          if (c && (c.type === 'ReturnStatement' || c.type === 'ThrowStatement')) return true;
        }
      }
      child = p;
      p = (p as { parent?: Node }).parent;
    }
    return false;
  }

  /** `LIST.includes(x)` / `LIST.indexOf(x) !== -1` / `!LIST.has(x)` over a list of literals: the value tested, and whether the test is true when it is listed */
  private allowlistTest(testNode: Node): { value: string; whenTrue: boolean } | null {
    let test = unwrap(testNode);
    let whenTrue = true;
    // `role !== 'member' && role !== 'admin'` (true when not listed), `kind === 'a' || kind === 'b'` (true when listed):
    // the same list written out as comparisons with literals
    const literalChain = this.literalComparisonChain(test);
    if (literalChain) return literalChain;
    if (test.type === 'UnaryExpression' && test.operator === '!') (test = unwrap(test.argument as Node)), (whenTrue = false);
    let call: Node = test;
    if (test.type === 'BinaryExpression') {
      const rhs = unwrap(test.right as Node);
      const minusOne = rhs.type === 'UnaryExpression' && rhs.operator === '-' && unwrap(rhs.argument as Node).type === 'Literal' && (unwrap(rhs.argument as Node) as TSESTree.Literal).value === 1;
      const zero = rhs.type === 'Literal' && rhs.value === 0;
      // `!== -1`, `> -1`, `>= 0`: found; `=== -1`: not found
      const found = (minusOne && (/^!==?$/.test(test.operator) || test.operator === '>')) || (zero && test.operator === '>=');
      if (minusOne && /^===?$/.test(test.operator)) whenTrue = !whenTrue;
      else if (!found) return null;
      call = unwrap(test.left as Node);
    }
    if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.arguments.length !== 1) return null;
    const method = propName(call.callee);
    if (!(method === 'includes' || method === 'has' || (method === 'indexOf' && test.type === 'BinaryExpression'))) return null;
    let list = unwrap(call.callee.object as Node);
    if (list.type === 'Identifier') {
      const init = this.localInit(list);
      list = init ? unwrap(init) : list;
      if (list.type === 'NewExpression' && list.callee.type === 'Identifier' && list.callee.name === 'Set' && list.arguments[0]) list = unwrap(list.arguments[0] as Node);
    }
    // (a constant list another module of the app exports, `import { ROLES } from '../models/User.js'`, or an enum's values,
    // `Object.values(Role)`: the literals are out of sight, but the name says they are a fixed set)
    const importedConstant = list.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(list.name) && /^[.@~#]/.test(this.importSourceOf(list) ?? '');
    const enumValues = list.type === 'CallExpression' && calleeText(list) === 'Object.values' && list.arguments.length === 1 && unwrap(list.arguments[0] as Node).type === 'Identifier';
    if (!importedConstant && !enumValues && (list.type !== 'ArrayExpression' || !list.elements.length || !list.elements.every((e) => e && staticString(e as Node) !== null))) return null;
    return { value: textOf(this.src, call.arguments[0] as Node, 200), whenTrue };
  }

  /** `x !== 'a' && x !== 'b'` / `x === 'a' || x === 'b'`: one value compared with string literals only */
  private literalComparisonChain(test: Node): { value: string; whenTrue: boolean } | null {
    const t = unwrap(test);
    const op = t.type === 'LogicalExpression' ? t.operator : null;
    if (op !== '&&' && op !== '||' && t.type !== 'BinaryExpression') return null;
    const parts: Node[] = [];
    const flatten = (n: Node) => {
      const u = unwrap(n);
      if (u.type === 'LogicalExpression' && u.operator === op) { flatten(u.left as Node); flatten(u.right as Node); } else parts.push(u);
    };
    flatten(t);
    // `&&` of `!==`: true when the value is none of them; `||` of `===`: true when it is one of them
    const want = op === '||' ? /^===?$/ : /^!==?$/;
    let value: string | null = null;
    for (const p of parts) {
      if (p.type !== 'BinaryExpression' || !want.test(p.operator)) return null;
      const lSide = staticString(p.left as Node) !== null;
      const rSide = staticString(p.right as Node) !== null;
      if (lSide === rSide) return null;
      const v = textOf(this.src, unwrap((lSide ? p.right : p.left) as Node), 200);
      if (value !== null && v !== value) return null;
      value = v;
    }
    if (value === null) return null;
    return { value, whenTrue: op === '||' };
  }

  private variableTaint(v: Variable): Taint[] {
    const memo = this.taintMemo.get(v);
    if (memo) return memo;
    if (this.inProgress.has(v)) return [];
    this.inProgress.add(v);
    let out: Taint[] = [];
    const def = v.defs[0];
    if (def?.type === 'Parameter') {
      const fn = def.node as FnNode;
      const { index, path } = paramPosition(fn, def.name as Node);
      out = this.paramTaint(fn, index, path, (def.name as TSESTree.Identifier).name);
      // a parameter named `password` or `resetToken` holds one, whoever passes it
      const pname = def.name.type === 'Identifier' ? def.name.name : '';
      const psens = pname ? sensitiveName(pname) : null;
      if (psens) out = uniq([...out, 'sensitive:' + psens]);
      // the link an auth library hands its email callback carries a one-time token: Better Auth's
      // `sendResetPassword({ user, url, token })`, `sendVerificationEmail`, `sendMagicLink`, Auth.js's `sendVerificationRequest({ identifier, url })`
      else if (index === 0 && path.length === 1 && /^(?:url|link|token)$/.test(path[0]) && authEmailCallback(fn)) out = uniq([...out, 'sensitive:' + (path[0] === 'token' ? 'token' : 'sign-in or reset link')]);
      // `dto: LoginDto`, `input: CredentialsInput`: an object that carries a password
      const ann = (def.name as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
      if (path.length === 0 && ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' &&
        /^(?:Login|SignIn|Signin|SignUp|Signup|Register|Registration|Credentials?|ChangePassword|ResetPassword|SetPassword|UpdatePassword|NewPassword)\w*$/.test(ann.typeName.name)) {
        out = uniq([...out, 'sensitive:credentials']);
      }
    } else if (def?.type === 'Variable') {
      const decl = def.node as TSESTree.VariableDeclarator;
      const path = patternPath(decl.id, def.name as Node) ?? [];
      // (`const { data } = schema.safeParse(input)`: the input, parsed)
      const parsed = decl.init && (path[0] === 'data' || path[0] === 'output') && this.isSafeParseResult(decl.init as Node);
      if (decl.init) {
        const foreign = !parsed && path.length ? this.foreignOptionTaints(decl.init as Node, path[0]) : null;
        out = extendTaints(this.withoutForeignOptions(this.taintOf(decl.init), foreign, decl.init as Node), parsed ? path.slice(1) : path);
      }
      // `const { password, ...rest } = dto`: what is left once the credential fields are pulled out of the object
      const restOf = (def.name as { parent?: Node }).parent;
      const restPattern = restOf?.type === 'RestElement' ? (restOf as { parent?: Node }).parent : undefined;
      if (restPattern?.type === 'ObjectPattern' && restPattern.properties.some((q) => q.type === 'Property' && CREDENTIAL_FIELD.test(propName(q) ?? ''))) {
        out = out.filter((t) => !CREDENTIAL_CARRIER.test(t));
      }
      // `const { CRON_SECRET } = env(c)` (hono/adapter), `= getEnv()`: an env read
      if (decl.init && path.length === 1 && ENV_NAME.test(path[0]) && isEnvAccessorCall(decl.init as Node)) out = envTaint(path[0]);
      // `const { data, error } = await supabase.from('t').insert(row)`: the client library's error
      if (decl.init && path[0] === 'error' && /^(?:AwaitExpression|CallExpression)$/.test(unwrap(decl.init).type)) out = [...out, 'error'];
      for (const ref of v.references) {
        if (ref.writeExpr && ref.writeExpr !== decl.init) out = out.concat(extendTaints(this.taintOf(ref.writeExpr as Node), path));
      }
      // a collection built empty and filled afterwards (`const ids = new Set<number>(); for (const r of rows) ids.add(r.pageId)`,
      // `const ids = []; ... ids.push(row.id)`): it holds what was added
      if (decl.init && path.length === 0 && isEmptyCollection(decl.init as Node)) out = out.concat(this.addedToCollection(v));
      // catch (e) variables etc. have no init: nothing known
      // a variable the developer named `resetToken` or `password` holds one, whatever produced it
      // (not a CSRF token read under a name of its own: `const cookie = ctx.cookies.get('csrfToken')`)
      const csrfInit = !!decl.init && CSRF_NAME.test(textOf(this.src, decl.init as Node, 200));
      const sens = csrfInit ? null : decl.id.type === 'Identifier' ? sensitiveName(decl.id.name) : def.name.type === 'Identifier' ? sensitiveName(def.name.name) : null;
      if (sens && !out.includes('redacted')) out.push('sensitive:' + sens);
      // `const tokens = await authService.login(email, password)`: a pair of issued tokens; not a
      // tokenizer's output or a count (`encode(text)`, `countTokens(prompt)`, `usage.total_tokens`)
      else if (!sens && issuedTokensVar(def.name, decl.init) && !out.includes('redacted')) out.push('sensitive:token');
      // `const key = \`fbk_${randomBytes(24).toString('hex')}\``: a key the server just generated for a client is an API key
      else if (!sens && def.name.type === 'Identifier' && GENERATED_KEY_NAME.test(def.name.name) && out.some((t) => RANDOM_SOURCE.test(t)) && !out.includes('redacted')) out.push('sensitive:api key');
      // `const clientId = decoded.slice(0, colon)`: the public half of a `clientId:clientSecret` credential
      else if (!sens && def.name.type === 'Identifier' && PUBLIC_ID_NAME.test(def.name.name)) out = out.filter((t) => !t.startsWith('sensitive:'));
      // a credential record's id, owner or provider pulled out of it (`const { organization, provider } = credential`), as read by member
      else if (!sens && decl.id.type !== 'Identifier' && path.length && RECORD_FIELD.test(path[path.length - 1])) out = out.filter((t) => !t.startsWith('sensitive:'));
      out = uniq(out);
    } else if (def?.type === 'CatchClause') {
      out = ['error'];
    } else if (def?.type === 'ImportBinding' && def.node.type === 'ImportSpecifier') {
      // SvelteKit's environment modules: `import { CRON_SECRET } from '$env/static/private'` reads the
      // environment as `process.env.CRON_SECRET` does
      const source = String((def.parent as TSESTree.ImportDeclaration).source.value);
      const imported = def.node.imported.type === 'Identifier' ? def.node.imported.name : String(def.node.imported.value);
      if (/^\$env\/static\/(?:private|public)$/.test(source)) out = envTaint(imported);
    }
    this.inProgress.delete(v);
    this.taintMemo.set(v, out);
    return out;
  }

  /** The taints of what `.push(...)` / `.unshift(...)` / `.add(...)` / `.set(k, v)` put into a collection variable. */
  private addedToCollection(v: Variable): Taint[] {
    const out: Taint[] = [];
    for (const ref of v.references) {
      const id = ref.identifier as Node;
      const member = (id as { parent?: Node }).parent;
      const call = member && (member as { parent?: Node }).parent;
      if (member?.type !== 'MemberExpression' || member.object !== id || call?.type !== 'CallExpression' || call.callee !== member) continue;
      const m = propName(member);
      const args = m === 'push' || m === 'unshift' || m === 'add' ? call.arguments : m === 'set' ? call.arguments.slice(1, 2) : [];
      for (const a of args) out.push(...this.taintOf((a.type === 'SpreadElement' ? a.argument : a) as Node));
    }
    return out;
  }

  private paramTaint(fn: FnNode, index: number, path: string[], name: string): Taint[] {
    const id = this.fnIdOf(fn);
    const summary = this.facts.functions[id];
    const inAction = summary?.useServer || (this.facts.useServer && this.isModuleLevelFunction(fn));
    if (inAction) return [`request:arg${index}${path.length ? '.' + path.join('.') : ''}`];
    // an Astro action's `handler(input, context)`: the input is what the client sent (the context classifies itself)
    if (index === 0 && this.isAstroActionHandler(fn)) {
      if (summary && !summary.requestReads.includes('body')) summary.requestReads.push('body');
      return [`request:input${path.length ? '.' + path.join('.') : ''}`];
    }
    // a Node-style callback of a query, `Course.findOne(filter, function (err, course) {...})`: its result is the row read
    const holder = (fn as { parent?: Node }).parent;
    if (index === 1 && holder?.type === 'CallExpression' && holder.arguments[holder.arguments.length - 1] === fn && fn.params.length >= 2 &&
      /^(?:err|error|e)$/.test(fn.params[0] ? paramName(fn.params[0] as Node) : '')) {
      const rows = this.queryResultTaint(holder);
      if (rows) return extendTaints(rows, path);
    }
    // `Invoice.findById(id).then((invoice) => ...)`: the promise's value is the row read
    if (index === 0 && holder?.type === 'CallExpression' && holder.arguments[0] === fn && holder.callee.type === 'MemberExpression' &&
      propName(holder.callee) === 'then' && unwrap(holder.callee.object as Node).type === 'CallExpression') {
      const rows = this.queryResultTaint(unwrap(holder.callee.object as Node) as TSESTree.CallExpression);
      if (rows) return extendTaints(rows, path);
    }
    const top = fn.params[index] ? paramName(fn.params[index] as Node) : name;
    // error handlers: `(err, req, res, next)`, `setErrorHandler((error, request, reply) => ...)`, `catch(exception, host)`
    if (index === 0 && path.length === 0 && /^(?:err|error|exception)$/.test(top) && fn.params.length >= 2) return ['error'];
    // `promise.catch((err) => ...)`, `upload(req, res, (err) => ...)`: a rejection or a Node-style callback's error
    if (index === 0 && path.length === 0 && fn.params.length === 1 && /^(?:err|error|e)$/.test(top) && isErrorCallback(fn, top)) return ['error'];
    // Elysia `.onError(({ code, error }) => ...)`: the error sits on the context (so it does on SvelteKit's `handleError({ error, event })`)
    if (index === 0 && path[0] === 'error' && (isElysiaErrorHook(fn) || isKitHandleError(fn, this.file))) return path.length === 1 ? ['error'] : extendTaints(['error'], path.slice(1));
    // NestJS parameter decorators say what the parameter is: @Param('id'), @Body(), @CurrentUser()
    const paramNode = fn.params[index] as (Node & { decorators?: TSESTree.Decorator[]; parameter?: Node }) | undefined;
    const decorators = paramNode?.decorators?.length ? paramNode.decorators : (paramNode?.parameter as { decorators?: TSESTree.Decorator[] } | undefined)?.decorators;
    const byDecorator = paramDecoratorTaint(decorators, path, top);
    if (byDecorator) {
      if (byDecorator.some((t) => t.startsWith('request:body')) || jsonScalarArg(decorators)) {
        const owner = this.facts.functions[this.fnIdOf(fn)];
        if (owner && !owner.requestReads.includes('body')) owner.requestReads.push('body');
      }
      return byDecorator;
    }
    // `rows.map(([name, email]) => repo.create({ name, email }))`: an array method's callback is handed the
    // array's elements (not the enclosing function's arguments): what the array holds, at the same path
    if (index === 0 && holder?.type === 'CallExpression' && holder.arguments[0] === fn && holder.callee.type === 'MemberExpression' &&
      /^(?:map|flatMap|forEach|filter|find|findLast|some|every)$/.test(propName(holder.callee) ?? '')) {
      const elems = this.taintOf(holder.callee.object as Node).filter((t) => /^(?:db|request|session|arg):/.test(t));
      if (elems.length) return uniq(extendTaints(elems, path));
    }
    const requestLike = REQUEST_PARAM.test(top) || (top === '{}' && (index > 0 || fn.params.length > 1 || this.destructuresHandlerContext(fn.params[index] as Node, path))) || isRequestDecorator(decorators);
    if (!requestLike) {
      // a helper's parameter: the linker maps it to the caller's argument
      const base = `arg:${index}:${path.join('.')}`;
      const isCallback = (fn as { parent?: Node }).parent?.type === 'CallExpression';
      if (isCallback && index > 0 && SESSION_KEYS.has(top)) return [`session:${[top, ...path].join('.')}`, base];
      return [base];
    }
    const base = `param:${index}:${path.join('.')}`;
    const c = classifyParamPath(path);
    if (c && /^request:(?:body|input)/.test(c)) {
      const owner = this.facts.functions[this.fnIdOf(fn)];
      if (owner && !owner.requestReads.includes('body')) owner.requestReads.push('body');
    }
    if (c) return [c, base];
    return [base];
  }

  /**
   * A function's only parameter, destructured, holds a framework's handler context when one of its keys is what
   * frameworks hand a handler (else it is a helper's options). (A resolver's `(_, args, { db, user })` and a route's
   * `(req, { params })` are handlers' by their position.)
   */
  private destructuresHandlerContext(p: Node | undefined, path: string[]): boolean {
    let u = p;
    if (u?.type === 'AssignmentPattern') u = u.left;
    if (u?.type !== 'ObjectPattern') return true;
    const keys = u.properties.map((x) => (x.type === 'Property' ? propName(x) : null));
    // (a rest element or a computed key: nothing to judge by)
    if (keys.some((k) => !k)) return true;
    if (!path.length) return true;
    // (`({ customerExternalId, amount, workspace, source = 'tracked' })`: a helper's own options beside a generic word a
    // framework also uses; its `workspace` is whatever its caller passed)
    const ownOption = keys.some((k) => !HANDLER_CONTEXT_KEYS.has(k!));
    if (keys.some((k) => HANDLER_CONTEXT_KEYS.has(k!) && !SESSION_KEYS.has(k!) && (!ownOption || STRONG_CONTEXT_KEYS.has(k!)))) return true;
    // only identity names (`({ user })`, an Elysia derive's context) are a handler's; beside names of a helper's own
    // (`({ folderId, workspaceId })`) they are the helper's options, filled by its caller
    return keys.every((k) => SESSION_KEYS.has(k!));
  }

  /** `defineAction({ input, handler: async (input, context) => ... })` from astro:actions */
  private isAstroActionHandler(fn: FnNode): boolean {
    const prop = (fn as { parent?: Node }).parent;
    if (prop?.type !== 'Property' || propName(prop) !== 'handler' || prop.value !== fn) return false;
    const call = (prop as { parent?: Node }).parent && ((prop as { parent?: Node }).parent as { parent?: Node }).parent;
    if (call?.type !== 'CallExpression') return false;
    const callee = unwrap(call.callee);
    return callee.type === 'Identifier' && callee.name === 'defineAction' && this.importSourceOf(callee) === 'astro:actions';
  }

  /** The enclosing function reads the request body (for missing-input-validation). */
  private noteBodyRead(n: Node) {
    const s = this.facts.functions[this.enclosingFn(n)];
    if (s && !s.requestReads.includes('body')) s.requestReads.push('body');
  }

  private isModuleLevelFunction(fn: FnNode): boolean {
    let p = (fn as { parent?: Node }).parent;
    while (p && (p.type === 'ExportNamedDeclaration' || p.type === 'VariableDeclarator' || p.type === 'VariableDeclaration' || p.type === 'ExportDefaultDeclaration')) p = (p as { parent?: Node }).parent;
    return !p || p.type === 'Program';
  }

  /**
   * `this.cls.get('orgId')` (also `get<string>('orgId')`) on nestjs-cls's injected `ClsService`, or on
   * `ClsServiceManager.getClsService()`: the key read from the request's continuation-local store. Null otherwise.
   */
  clsKey(n: TSESTree.CallExpression): string | null {
    if (!this.usesCls || n.arguments.length !== 1) return null;
    const callee = unwrap(n.callee as Node);
    if (callee.type !== 'MemberExpression' || callee.computed || propName(callee) !== 'get') return null;
    const key = staticString(n.arguments[0] as Node);
    if (!key || !/^[\w$.-]+$/.test(key)) return null;
    const recv = unwrap(callee.object as Node);
    const isCls = (v: ValueRef | null): boolean => !!v && ((v.k === 'new' && v.callee.k === 'import' && v.callee.source === 'nestjs-cls' && v.callee.name === 'ClsService') ||
      (v.k === 'call' && v.callee.k === 'member' && v.callee.prop === 'getClsService' && v.callee.object.k === 'import' && v.callee.object.source === 'nestjs-cls'));
    if (recv.type === 'MemberExpression' && unwrap(recv.object as Node).type === 'ThisExpression') return isCls(thisFieldValue(this, recv)) ? key : null;
    if (recv.type === 'Identifier' || recv.type === 'CallExpression') return isCls(this.valueOf(recv)) ? key : null;
    return null;
  }

  private memberTaint(n: TSESTree.MemberExpression, depth: number): Taint[] {
    // `this.request` injected with @Inject(REQUEST): the request, as `getRequest()` returns it
    if (this.injectsRequest && unwrap(n.object as Node).type === 'ThisExpression' && isInjectedRequest(n)) return ['param:-1:req'];
    // (`this.user` of a getter returning `this.request.user`: what the getter returns)
    if ((this.injectsRequest || this.usesCls) && unwrap(n.object as Node).type === 'ThisExpression' && depth < 8) {
      const ret = thisGetterReturn(n);
      if (ret) return this.taintOf(ret, depth + 1);
    }
    // `this.tenant.orgId` of an injected service of the workspace (`constructor(private tenant: TenantContext)`): what
    // its getter answers, known where the linker reads that class (`getter:TenantContext.orgId@../common/tenant-context`)
    const held = unwrap(n.object as Node);
    // (not the request itself injected under its own type, `@Inject(REQUEST) private readonly request: RequestWithUser`)
    if (!n.computed && held.type === 'MemberExpression' && !held.computed && unwrap(held.object as Node).type === 'ThisExpression' && INJECTED_GETTER.test(propName(n) ?? '') &&
      !(this.injectsRequest && isInjectedRequest(held))) {
      const v = thisFieldValue(this, held);
      if (v?.k === 'new' && v.callee.k === 'import' && /^[.@~#]/.test(v.callee.source) && v.callee.name && !/[@.]/.test(v.callee.name)) return [`getter:${v.callee.name}.${propName(n)}@${v.callee.source}`];
    }
    const ch = memberChain(n);
    if (ch && ch[0] === 'process' && ch[1] === 'env' && ch.length >= 3) return envTaint(ch[2]);
    if (ch && ch[0] === 'import.meta' && ch[1] === 'env' && ch.length >= 3) return envTaint(ch[2]);
    // the app's typed environment object: `env.SLACK_VERIFICATION_TOKEN`, `config.JWT_SECRET`
    if (ch && ch.length === 2 && /^(?:env|environment|config|cfg|settings|secrets)$/i.test(ch[0]) && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(ch[1])) return envTaint(ch[1]);
    const p = propName(n);
    // ... or a function answering it: `env().CRON_SECRET` (a zod-parsed `process.env` made on each call), Hono's `env(c).CRON_SECRET`
    if (p !== null && !n.computed && ENV_NAME.test(p) && isEnvAccessorCall(n.object as Node)) return envTaint(p);
    // `options.enableAutoPipelining` of `const options = { enableAutoPipelining: flag, redisOptions: { password } }`:
    // the property's own value, not everything the object holds
    // (the reference scan of filledLater runs only for objects that are literals: member reads are a hot path)
    const literal = p !== null && !n.computed ? this.localInit(n.object as Node) : null;
    if (literal?.type === 'ObjectExpression' && !this.filledLater(unwrap(n.object as Node))) {
      const own = literal.properties.find((q): q is TSESTree.Property => q.type === 'Property' && !q.computed && propName(q) === p);
      if (own) return this.taintOf(own.value as Node, depth + 1);
    }
    const base = this.taintOf(n.object, depth + 1);
    if (p === null) {
      // one header named by a constant (`request.headers[SEGMENT_ID_HEADER]`) is that header, not all of them: a
      // credential only when the constant's name says so (`headers[AUTH_HEADER]`)
      const key = n.computed ? unwrap(n.property as Node) : null;
      // (a constant's name, `SEGMENT_ID_HEADER`, `Headers.WorkspaceId`; not a loop's variable walking every header)
      const keyName = key?.type === 'Identifier' && /^[A-Z][A-Z0-9_]+$/.test(key.name) ? key.name : key?.type === 'MemberExpression' && !key.computed ? propName(key) ?? '' : '';
      if (keyName && base.includes('sensitive:request headers') && !/auth|token|key|secret|cookie|session|sign|credential|bearer|jwt/i.test(keyName)) return base.filter((t) => t !== 'sensitive:request headers');
      return base;
    }
    // a superforms form: its `data` is the posted body (parsed); `valid`, `errors`, `id` are the library's verdict
    if (base.includes(SUPERFORM)) {
      const rest = base.filter((t) => t !== SUPERFORM);
      if (p !== 'data') return rest;
      this.noteBodyRead(n);
      return uniq([...rest, 'request:body']);
    }
    // a schema's verdict, `schema.safeParse(input)`: its `data` is the input, parsed (zod; valibot's `output`)
    if ((p === 'data' || p === 'output') && this.isSafeParseResult(n.object as Node)) return base;
    // (an uploaded file's size, `buffer.length`, is a number, not its contents: `sizeBytes: buffer.length`)
    if (p === 'length' || (p === 'byteLength' && base.some((t) => /\.buffer$/.test(t)))) return base.filter((t) => !t.startsWith('sensitive:') && !/^request:files?\.(?:\d+\.)?buffer$/.test(t));
    // a form entry's `size` (`form.get('file')`: a string has none) is an uploaded File's byte count, a number as
    // `buffer.length` is (its `type` and `name` are the client's words, written as data)
    if (p === 'size' && base.length && base.every((t) => /^request:body\.get\.[^.]+$|^param:\d+:.*\.get\.[^.]+$/.test(t))) return [];
    // (so is the `size` of a parsed body's entry the handler has tested for a File, Hono's `const photo = body['photo'];
    // if (!(photo instanceof File)) return 400`, or cast to one: a JSON body's `size` stays the client's)
    if (p === 'size' && base.length && base.every((t) => /^request:body\.[^.]+$|^param:\d+:.*\.body\.[^.]+$/.test(t)) && this.isFileEntry(n.object as Node)) return [];
    // an uploaded part's contents under their library's name: h3's `part.data` of `readMultipartFormData(event)`,
    // express-fileupload's `file.data`; read as multer's `file.buffer` (stored as they came they are the upload,
    // split into rows they are data)
    const contents = p === 'data' && base.some((t) => /^request:files?(?:\.|$)/.test(t) && !/\.buffer(?:\.|$)/.test(t));
    // (a field of what an app helper answers, handed an options object: see foreignOptionTaints)
    const foreign = unwrap(n.object as Node).type === 'Identifier' ? this.foreignOptionTaints(n.object as Node, p) : null;
    let out = extendTaints(this.withoutForeignOptions(base, foreign, n.object as Node), [contents ? 'buffer' : p]);
    // a field of a helper's parameter (`values.shelfId`, `opts.filter.teamId`): the linker maps it to that field of the
    // caller's argument (what a call made with the parameter answers, `(await rpc(arg)).data`, stays the whole argument)
    if (out.some((t) => t.startsWith('arg:')) && this.rootIsParameter(n)) out = out.map((t) => (t.startsWith('arg:') ? `${t}${t.endsWith(':') ? '' : '.'}${p}` : t));
    const sens = sensitiveName(p);
    // a row that holds a password hash is sensitive as a whole; its `id` or `email` is not
    if (!sens && base.some((t) => t.startsWith('db:'))) out = out.filter((t) => !t.startsWith('sensitive:'));
    // a token or session record's id, owner or dates are not the secret (`apiToken.user.id`, `session.expiresAt`)
    else if (!sens && RECORD_FIELD.test(p)) out = out.filter((t) => !t.startsWith('sensitive:'));
    // an object made with `new` from options that hold a credential (`new RepoLoader({ repo, accessToken })`): its
    // `author` or `branch` is not the credential (the whole object, logged, still carries it)
    // (an error's `message` is the text it was made with: `new Error(`bad token ${token}`)`)
    else if (!sens && literal?.type === 'NewExpression' && !/(?:Error|Exception)$/.test(lastName(literal))) out = out.filter((t) => !t.startsWith('sensitive:'));
    // (a `sessionId` the client names in the payload, `input.sessionId`, is a record's id: see recordSessionId)
    if (sens === 'session identifier' && base.some((t) => REQUEST_PAYLOAD.test(t)) && recordSessionId(base)) { /* a record's id */ }
    // a coupon's or a lexer's `token` is a code a customer types or a piece of source text, not a credential
    else if (sens === 'token' && ch && ch.length >= 2 && PUBLIC_CODE_HOLDER.test(ch[ch.length - 2])) out = out.filter((t) => t !== 'sensitive:token');
    else if (sens && base.length) out.push('sensitive:' + sens);
    else if (sens && ch && ch.length >= 2) out.push('sensitive:' + sens);
    // (Koa's `ctx.header` / `ctx.request.header` are the headers too; `c.req.header(...)` called is one of them)
    const par = (n as { parent?: Node }).parent;
    const called = par?.type === 'CallExpression' && par.callee === n;
    if ((p === 'headers' || (p === 'header' && !called)) && base.some((t) => t.startsWith('param:') || t.startsWith('request:'))) out.push('sensitive:request headers');
    // (Koa's `ctx.body = ...` sets the response; it reads nothing)
    const assigned = par?.type === 'AssignmentExpression' && par.left === n;
    if (!assigned && out.some((t) => t.startsWith('request:body') || t.startsWith('request:input'))) this.noteBodyRead(n);
    if ((p === 'file' || p === 'files') && base.some((t) => t.startsWith('param:0') || t.startsWith('request:'))) {
      const owner = this.facts.functions[this.enclosingFn(n)];
      if (owner) owner.handlesUpload = true;
    }
    if ((p === 'cookies' || p === 'signedCookies') && base.some((t) => t.startsWith('param:') || t.startsWith('request:'))) out.push('sensitive:cookie');
    return uniq(out);
  }

  /**
   * `github.verify(rawBody, signature)` of a webhooks library's instance (`new Webhooks({ secret })` of `@octokit/webhooks`,
   * svix's `new Webhook(secret)`, standardwebhooks): the provider's signature is checked, nobody signs in.
   */
  private isWebhookLibraryVerify(n: TSESTree.CallExpression): boolean {
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return false;
    let head = unwrap(callee.object as Node);
    while (head.type === 'MemberExpression') head = unwrap(head.object as Node);
    if (head.type !== 'Identifier') return false;
    let v = this.valueOf(head);
    for (let i = 0; i < 3 && v.k === 'ref'; i++) {
      const def = this.variableOf(head)?.defs[0];
      const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
      if (!init) break;
      v = this.valueOf(init as Node);
    }
    if (v.k !== 'new') return false;
    const c = v.callee;
    return c.k === 'import' && /(?:^|\/)(?:webhooks?|svix|standardwebhooks)$/i.test(c.source);
  }

  /** a variable the enclosing function tests with `x instanceof File` or declares `as File`: an uploaded form entry */
  private isFileEntry(obj: Node): boolean {
    const u = unwrap(obj);
    if (u.type !== 'Identifier') return false;
    const fnNode = this.fnNodes[this.enclosingFn(u)];
    if (!fnNode) return false;
    const text = this.src.slice(fnNode.range[0], fnNode.range[1]);
    const name = u.name.replace(/\$/g, '\\$');
    return new RegExp(`\\b${name}\\s+instanceof\\s+File\\b|\\b${name}\\s*=[^;\\n]*\\bas\\s+File\\b`).test(text);
  }

  /** superValidate's first argument is the request (`request`, `event.request`, or the whole event) when posted data is read */
  private isSuperformsRequest(a: Node): boolean {
    const u = unwrap(a);
    const text = textOf(this.src, u, 80);
    return /^(?:[\w$]+\.)?request$/.test(text) || (u.type === 'Identifier' && /^(?:event|e|evt)$/.test(u.name));
  }

  /** `schema.safeParse(x)` (awaited, or kept in a variable): an object whose `data` is the parsed value */
  private isSafeParseResult(n: Node): boolean {
    let u: Node | null = unwrap(n);
    if (u.type === 'Identifier') u = this.localInit(u);
    if (u?.type === 'AwaitExpression') u = unwrap(u.argument as Node);
    return u?.type === 'CallExpression' && /^(?:safeParse|safeParseAsync|spa)$/.test(lastName(u));
  }

  /** an argument that holds an uploaded file or its bytes: `file` of `form.get('file')`, `req.file.buffer`, `await file.arrayBuffer()` */
  private isUploadedFileArg(a: Node, depth: number): boolean {
    let u = unwrap(a);
    if (u.type === 'AwaitExpression') u = unwrap(u.argument as Node);
    const text = textOf(this.src, u, 120);
    if (!/file|blob|upload|image|photo|avatar|cover|buffer|attachment|waiver/i.test(text)) return false;
    return this.taintOf(u, depth + 1).some((t) => /^request:(?:files?|body)(?:\.|$)/.test(t));
  }

  /** a token verifier handed the caller's own credential: the Authorization header or a cookie (`headers.authorization?.slice(7)`) */
  private verifiesCallerCredential(n: TSESTree.CallExpression, depth: number): boolean {
    const a0 = n.arguments[0];
    if (!a0 || a0.type === 'SpreadElement') return false;
    return this.taintOf(a0 as Node, depth + 1).some((t) => /^request:(?:headers?\.(?:authorization|cookie)|cookies?)(?:\.|$)/i.test(t));
  }

  private isStorageUpload(callee: Node, name: string): boolean {
    if (callee.type === 'Identifier') {
      const source = this.importSourceOf(callee) ?? '';
      if (/^(?:put|upload|uploadFiles|uploadFilesFromUrl)$/.test(name) && /^@vercel\/blob$|^uploadthing(?:\/|$)|^@uploadthing\//.test(source)) return true;
      // the app's own storage helper (`putFile(key, file)`, `uploadToS3(file)`, `storeAttachment(...)` from `@/lib/s3`):
      // what it answers is the stored object's key or URL
      return /^(?:\.|@\/|~\/|#)/.test(source) && /^(?:put|upload|store)(?:File|Files|Object|Blob|Image|Avatar|Asset|Attachment|Document|Media)?(?:To(?:S3|Storage|Bucket|Blob|R2|Gcs|Cloud(?:inary)?))?$/.test(name) && name.length > 5;
    }
    if (callee.type !== 'MemberExpression' || !/^(?:upload|uploadFiles|putObject|upload_stream|uploadStream)$/.test(name)) return false;
    return /storage|uploader|s3|bucket|blob|cloudinary|utapi|minio|gcs|r2/i.test(textOf(this.src, callee.object as Node, 120));
  }

  /**
   * `const { share, document } = await loadPublishedShare({ id })`, `user.id` of `const user = await createUser(ctx, { name })`:
   * a field of what an app helper answers is not one of the options it was handed unless it bears that option's name (the
   * helper looked a record up, or made one, with them). The client's taints that reached the call only through the other
   * keys of the object literals it was given (not through its other arguments, a spread, or the option of that name), to leave
   * out of the field's; null when the value is no such call's answer.
   */
  private foreignOptionTaints(node: Node, key: string): Set<Taint> | null {
    let call = unwrap(node);
    if (call.type === 'Identifier') call = this.localInit(call) ?? call;
    if (call.type !== 'CallExpression' || !call.arguments.some((a) => unwrap(a as Node).type === 'ObjectExpression')) return null;
    const name = lastName(call);
    if (!this.taintOf(call).includes(`call:${name}`)) return null;
    const own = new Set<Taint>();
    const foreign: Taint[] = [];
    for (const a of call.arguments) {
      const o = unwrap(a as Node);
      if (o.type !== 'ObjectExpression') {
        this.taintOf(a as Node).forEach((t) => own.add(t));
        continue;
      }
      for (const q of o.properties) {
        const vt = this.taintOf((q.type === 'SpreadElement' ? q.argument : q.value) as Node);
        if (q.type === 'SpreadElement' || q.computed || propName(q) === key) vt.forEach((t) => own.add(t));
        else foreign.push(...vt);
      }
    }
    // (only the client's values: what the caller's session put in, `createdById: user.id`, is read as before)
    const out = new Set(foreign.filter((t) => !own.has(t) && /^(?:request|param):/.test(t)));
    return out.size ? out : null;
  }

  /** the taints of a field of a helper's answer, without what foreignOptionTaints leaves out (then a row's: `db:` + the helper) */
  private withoutForeignOptions(t: Taint[], foreign: Set<Taint> | null, node: Node): Taint[] {
    if (!foreign) return t;
    const kept = t.filter((x) => !foreign.has(x));
    let call = unwrap(node);
    if (call.type === 'Identifier') call = this.localInit(call) ?? call;
    // (an awaited helper answers records it read or made: a list keyed by one of their fields is keyed by a row held)
    const awaited = call.type === 'CallExpression' && (call as { parent?: Node }).parent?.type === 'AwaitExpression';
    // (one handed the caller too, `getAccess({ userId: session.userId, orgId })`, answers about the caller: read as before)
    return awaited && !kept.some((x) => x.startsWith('db:') || x.startsWith('session:')) ? [...kept, `db:${lastName(call as TSESTree.CallExpression)}`] : kept;
  }

  private callTaint(n: TSESTree.CallExpression, depth: number): Taint[] {
    const callee = unwrap(n.callee);
    const name = lastName(n);
    const argTaints = () => uniq(n.arguments.flatMap((a) => this.taintOf(a as Node, depth + 1)));
    // sveltekit-superforms: `const form = await superValidate(request, zod(schema))` holds the posted form, checked
    // against the schema; its `data` is the request's body, parsed (see memberTaint)
    if (name === 'superValidate' && callee.type === 'Identifier' && n.arguments.length >= 2 && this.isSuperformsRequest(n.arguments[0] as Node)) return [SUPERFORM];
    // an uploaded file read back from where the upload parser stored it (koa-body's / formidable's `file.filepath`, multer's
    // disk storage `req.file.path`, express-fileupload's `tempFilePath`): `await fs.readFile(file.filepath, 'utf8')` is the
    // file's contents, as multer's `file.buffer` is
    if (/^(?:readFile|readFileSync)$/.test(name) && n.arguments.length && n.arguments[0].type !== 'SpreadElement' &&
      this.taintOf(n.arguments[0] as Node, depth + 1).some((t) => /^request:files?(?:\.[\w$]+)*\.(?:path|filepath|tempFilePath)$/.test(t))) return ['request:files.buffer'];
    // SvelteKit `await parent()` in a load: the parent layouts' data (`const { user } = await parent()`: see classifyParamPath)
    if (name === 'parent' && !n.arguments.length) {
      const own = this.taintOf(callee, depth + 1).filter((t) => /^param:\d+:parent$/.test(t));
      if (own.length) return own;
    }
    // tRPC v11 middleware: `const rawInput = await getRawInput()` (also `opts.getRawInput()`) is the procedure's input
    // before its parser ran, the client's as `input` is
    if (name === 'getRawInput' && !n.arguments.length) {
      const own = this.taintOf(callee, depth + 1).filter((t) => /^param:\d+:(?:.*\.)?getRawInput$/.test(t));
      if (own.length) return uniq([...own.map((t) => t.replace(/getRawInput$/, 'input')), 'request:input']);
    }
    // headers().get('authorization'), req.get('Authorization'), searchParams.get('id'), c.req.param('id')
    if (callee.type === 'MemberExpression') {
      // a query builder run by its executor, Drizzle's `db.select().from(t).where(...).get()` (`.all()`, `.run()`,
      // `.execute()`): the query's rows, not a `get` read off what its filter was keyed by
      if (/^(?:get|all|run|execute|values)$/.test(name) && !n.arguments.length && unwrap(callee.object as Node).type === 'CallExpression') {
        const rows = this.queryResultTaint(n);
        if (rows) return rows;
      }
      // nestjs-cls: `this.cls.get('orgId')` is what the app's guard or interceptor stored for this request
      const cls = this.clsKey(n);
      if (cls) return ['session:cls.' + cls];
      const objT = this.taintOf(callee.object, depth + 1);
      // a session object's own getters (SuperTokens `req.session!.getUserId()`, `session.getAccessTokenPayload()`,
      // `await session.getClaimValue(UserRoles.UserRoleClaim)`): the caller's identity and claims
      const sessionField = SESSION_OBJECT_GETTER.exec(name);
      if (sessionField) {
        const own = objT.filter((t) => (t.startsWith('session:') && !t.startsWith('session:db.')) || /^param:-?\d+:(?:[\w$]+\.)?session$/.test(t));
        if (own.length) return uniq(extendTaints(own, [sessionField[1] === 'ClaimValue' ? 'claims' : sessionField[1][0].toLowerCase() + sessionField[1].slice(1)]));
      }
      // a Firestore document snapshot's fields, `const booking = snap.data()` (and one of them, `snap.get('tutorId')`): the row read
      if ((name === 'data' && !n.arguments.length) || (name === 'get' && n.arguments.length === 1 && staticString(n.arguments[0] as Node) !== null)) {
        const rows = objT.filter((t) => t.startsWith('db:') || t.startsWith('session:db.'));
        if (rows.length && rows.length === objT.length) return rows;
      }
      // AdonisJS: `auth.getUserOrFail()`, `await auth.authenticate()` return the signed-in user
      if (/^(?:getUserOrFail|authenticate|authenticateUsing)$/.test(name) && objT.some((t) => /^session:(?:ctx\.)?auth$|^session:auth\b/.test(t) || /^param:-?\d+:(?:ctx\.)?auth$/.test(t))) return ['session:auth.user'];
      // AdonisJS's request: `request.input('x')`, `request.only([...])`, `request.all()`, `request.qs()`, `request.param('id')`
      if (objT.some((t) => /^param:-?\d+:(?:ctx\.)?request$/.test(t)) && ADONIS_REQUEST_READS[name]) {
        const path = ADONIS_REQUEST_READS[name];
        const a0 = staticString(n.arguments[0] as Node);
        const full = path.length === 1 && a0 && /^(?:input|params|query)$/.test(path[0]) ? [path[0], a0] : path;
        if (path[0] === 'body' || path[0] === 'input') this.noteBodyRead(n);
        // `request.only(['hours', 'notes'])`: those fields of the body, not the whole of it
        const picked = name === 'only' && n.arguments[0] && unwrap(n.arguments[0] as Node).type === 'ArrayExpression' ? (unwrap(n.arguments[0] as Node) as TSESTree.ArrayExpression).elements.map((e) => (e ? staticString(e as Node) : null)) : [];
        if (picked.length && picked.every((x) => x !== null)) return uniq(picked.flatMap((k) => [...extendTaints(objT, ['body', k!]), `request:body.${k}`]));
        return uniq([...extendTaints(objT, full), `request:${full.join('.')}`]);
      }
      let arg0 = staticString(n.arguments[0] as Node);
      // React Router's `context.get(userContext)` (a context made by `createContext()`): the key's name says what it holds
      const key = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
      if (arg0 === null && name === 'get' && key?.type === 'Identifier' && /^\w+Context$/.test(key.name) && SESSION_KEYS.has(key.name.replace(/Context$/, ''))) arg0 = key.name.replace(/Context$/, '');
      // Hono's `c.req.valid('json')` / `valid('form')`: the body a validator middleware checked
      if (name === 'valid' && (arg0 === 'json' || arg0 === 'form') && objT.some((t) => t.startsWith('param:') || t.startsWith('request:'))) {
        this.noteBodyRead(n);
        return uniq([...extendTaints(objT.filter((t) => t.startsWith('param:')), ['body']), 'request:body']);
      }
      if (['get', 'header', 'param', 'query', 'getAll', 'cookie', 'valid'].includes(name)) {
        const ext = extendTaints(objT, arg0 ? [name, arg0] : [name]);
        // (a CSRF token, `ctx.cookies.get('csrfToken')`, proves where the request came from: no sign-in credential)
        const csrf = !!arg0 && CSRF_NAME.test(arg0);
        const sens = arg0 && !csrf ? sensitiveName(arg0) : null;
        // only on request-like objects: `pool.query(sql)` is not `c.req.query('id')`
        const requestLike = objT.some((t) => /^(?:request|param|session|sensitive):/.test(t));
        if (sens && requestLike) ext.push('sensitive:' + sens);
        // `cookies().getAll()`: every cookie, the session's included; `cookies().get('session')`: the session cookie
        if (objT.includes('sensitive:cookie') && !csrf && (name === 'getAll' || (arg0 && /sess|token|auth|jwt|sid\b|^sid|refresh|access/i.test(arg0)))) ext.push(name === 'getAll' ? 'sensitive:cookie' : 'sensitive:session identifier');
        // Hono's `c.req.header()` with no name: every header, Authorization and Cookie included
        if (name === 'header' && !n.arguments.length && requestLike) ext.push('sensitive:request headers');
        if (requestLike) return uniq(ext);
      }
      // formidable's `const [fields, files] = await form.parse(req)`: the multipart form the whole request carried
      if (name === 'parse' && (n.arguments.length === 1 || n.arguments.length === 2) && n.arguments[0].type !== 'SpreadElement') {
        const whole = this.taintOf(n.arguments[0] as Node).filter((t) => /^param:\d+:(?:req|request)?$/.test(t));
        if (whole.length) {
          this.noteBodyRead(n);
          return uniq([...extendTaints(whole, ['body']), 'request:body']);
        }
      }
      // `request.clone()` (read the form before remix-auth's `authenticate(request)` consumes the body): the same request
      if (name === 'clone' && !n.arguments.length && objT.some((t) => t.startsWith('param:') || t.startsWith('request:'))) return objT;
      if (['json', 'formData', 'text', 'parseBody', 'arrayBuffer', 'blob'].includes(name) && objT.some((t) => t.startsWith('param:') || t.startsWith('request:'))) {
        this.noteBodyRead(n);
        return uniq([...extendTaints(objT.filter((t) => t.startsWith('param:')), ['body']), 'request:body']);
      }
      // @fastify/multipart's `await request.file()` (`files()`, `parts()`, `saveRequestFiles()`): the uploaded file, as
      // multer's `req.file` is (its bytes, `await data.toBuffer()`, are the client's)
      if (/^(?:file|files|parts|saveRequestFiles)$/.test(name) && !n.arguments.length && objT.some((t) => t.startsWith('param:'))) {
        return uniq([...extendTaints(objT.filter((t) => t.startsWith('param:')), ['file']), 'request:file']);
      }
      // (its `await data.toBuffer()`: the file's contents, as multer's `file.buffer`)
      if (name === 'toBuffer' && !n.arguments.length && objT.some((t) => /^(?:param:\d+|request):(?:.*\.)?files?$/.test(t))) return uniq(extendTaints(objT, ['buffer']));
      if (['slice', 'substring', 'substr'].includes(name) && !keepsFewChars(name, n.arguments as Node[])) {
        // `header.slice(7)` strips "Bearer " and keeps the whole token
        return uniq([...objT, ...argTaints()]);
      }
      if (['slice', 'substring', 'substr', 'padStart', 'padEnd', 'at'].includes(name) || REDACTOR_NAME.test(name)) {
        return uniq([...objT, ...argTaints()].filter((t) => !t.startsWith('sensitive:'))).concat('redacted');
      }
      // `documents.map((d) => d.id)`, `req.body.items.filter(...)`: the same rows' values (a map picks fields, so no
      // sensitivity carries over)
      // (also a helper's parameter: `csv.split('\n').filter(Boolean).map(toRow)` in a service handed the upload's text)
      if (/^(?:map|flatMap|filter|find|findLast|sort|toSorted|toReversed|reverse)$/.test(name) && objT.some((t) => /^(?:db|request|session):|^(?:param|arg):\d+:/.test(t))) {
        return uniq(name === 'map' || name === 'flatMap' ? objT.filter((t) => !t.startsWith('sensitive:')) : objT);
      }
      if (['toString', 'trim', 'toLowerCase', 'toUpperCase', 'normalize', 'replace', 'split', 'valueOf', 'concat'].includes(name)) return uniq([...objT, ...argTaints()]);
      // `await db.query.namespaces.findFirst(...).catch(() => { throw ... })`: the promise's value when it settles
      if ((name === 'catch' || name === 'finally') && n.arguments.length <= 1 && unwrap(callee.object as Node).type === 'CallExpression') {
        const settled = this.queryResultTaint(unwrap(callee.object as Node) as TSESTree.CallExpression);
        if (settled) return settled;
      }
      // tRPC middleware: `await opts.getRawInput()` is the procedure's input before its parser ran, the client's
      if (name === 'getRawInput' && !n.arguments.length) {
        const whole = objT.filter((t) => /^param:\d+:$/.test(t));
        if (whole.length) return uniq([...extendTaints(whole, ['input']), 'request:input']);
      }
      if (['parse', 'safeParse', 'parseAsync', 'validate', 'validateSync', 'cast', 'assert'].includes(name)) return argTaints();
      // (a token read off the caller's own request, `jwt.verify(headers.authorization)`, is their sign-in: its claims are the
      // caller's, not a link's capability; named apart so a route that never tests the answer, @elysiajs/jwt's `false` for a
      // bad token, is not taken for a capability link)
      if (TOKEN_VERIFIER.test(name) && !this.isPasswordHashCall(n) && !this.isWebhookLibraryVerify(n) && !this.isPayloadSignatureVerify(n, name)) return ['session:' + name + (this.verifiesCallerCredential(n, depth) ? 'Credential' : '')];
      // NestJS guards and interceptors: `context.switchToHttp().getRequest()` is the request
      // (`.params.id` client input, `.user` the session); GraphQL's `getArgs()` are the operation's arguments
      if (name === 'getRequest' && n.arguments.length === 0) return ['param:-1:req'];
      if (name === 'getContext' && n.arguments.length === 0 && /gql|graphql/i.test(textOf(this.src, callee.object as Node, 120))) return ['param:-1:'];
      if (name === 'getArgs' && n.arguments.length === 0) return ['request:args'];
    }
    // h3 / Nitro / Nuxt request utilities take the event first: `getRouterParam(event, 'id')`, `await readBody(event)`
    const h3 = callee.type === 'Identifier' ? H3_READERS[name] : undefined;
    if (h3 && n.arguments[0]) {
      const evT = this.taintOf(n.arguments[0] as Node, depth + 1).filter((t) => t.startsWith('param:') || t.startsWith('request:'));
      if (evT.length) {
        const arg1 = h3.named ? staticString(n.arguments[1] as Node) : null;
        const path = arg1 ? [...h3.path, arg1] : h3.path;
        const out = [...extendTaints(evT.filter((t) => t.startsWith('param:')), path), `request:${path.join('.')}`];
        if (h3.path[0] === 'body') this.noteBodyRead(n);
        if (h3.path[0] === 'cookies') out.push(arg1 && /sess|token|auth|jwt|sid\b|^sid|refresh|access/i.test(arg1) ? 'sensitive:session identifier' : 'sensitive:cookie');
        if (h3.path[0] === 'headers' && (!arg1 || isCredentialHeader(arg1))) out.push(arg1 ? 'sensitive:' + (sensitiveName(arg1) ?? 'request headers') : 'sensitive:request headers');
        return uniq(out);
      }
    }
    // TanStack Start's (and vinxi's) forms with the request implied: `getRequestHeader('origin')`, `getCookie('sid')`
    if (h3 && callee.type === 'Identifier' && (h3.path[0] === 'headers' || h3.path[0] === 'cookies') && /^@tanstack\/(?:(?:react|solid|vue)-)?start(?:\/|$)|^vinxi\/http$/.test(this.importSourceOf(callee) ?? '')) {
      const arg0 = n.arguments[0] ? staticString(n.arguments[0] as Node) : null;
      if (n.arguments.length === 0 || arg0 !== null) {
        const path = h3.named && arg0 ? [...h3.path, arg0] : h3.path;
        const out = [`request:${path.join('.')}`];
        if (h3.path[0] === 'cookies') out.push(arg0 && /sess|token|auth|jwt|sid\b|^sid|refresh|access/i.test(arg0) ? 'sensitive:session identifier' : 'sensitive:cookie');
        if (h3.path[0] === 'headers' && (!arg0 || isCredentialHeader(arg0))) out.push(arg0 ? 'sensitive:' + (sensitiveName(arg0) ?? 'request headers') : 'sensitive:request headers');
        return out;
      }
    }
    // (destructured: `async ({ ctx, next, getRawInput }) => { const raw = await getRawInput() }`)
    if (name === 'getRawInput' && callee.type === 'Identifier' && !n.arguments.length) {
      const own = this.taintOf(callee, depth + 1).filter((t) => /^param:\d+:getRawInput$/.test(t));
      if (own.length) return uniq([...own.map((t) => t.replace(/getRawInput$/, 'input')), 'request:input']);
    }
    // express-validator's matchedData(req), validated payload helpers: still the client's data
    if (/^(?:matchedData|validatedData|getValidatedData)$/.test(name)) return ['request:body'];
    if (REDACTOR_NAME.test(name)) return uniq(argTaints().filter((t) => !t.startsWith('sensitive:'))).concat('redacted');
    if (name === 'cookies' || name === 'headers') return name === 'cookies' ? ['request:cookies', 'sensitive:cookie'] : ['request:headers', 'sensitive:request headers'];
    // Deno's (and Supabase Edge Functions') `Deno.env.get('CRON_SECRET')`, Netlify's `Netlify.env.get(...)`: an env read
    if (name === 'get' && callee.type === 'MemberExpression' && /^(?:Deno|Netlify)\.env$/.test((memberChain(callee.object as Node) ?? []).join('.'))) {
      const envName = n.arguments[0] ? staticString(n.arguments[0] as Node) : null;
      if (envName) return envTaint(envName);
    }
    // a JWT library's verify handed the client's token (`await jwtVerify(params.token, key)` of jose): the claims it
    // returns were signed by the server, whoever sent the token
    if (callee.type === 'Identifier' && TOKEN_VERIFIER.test(name) && /^(?:jose|jsonwebtoken|fast-jwt)$/.test(this.facts.imports[callee.name]?.source ?? '')) return ['session:' + name];
    // ...and its decode (`jwt.decode(token)`, `jwtService.decode(t)`, jose's `decodeJwt(t)`) answers the claims the token
    // carries, whoever signed it: the client's data still, but no longer the credential itself
    if (/^(?:decode|decodeJwt)$/.test(name) && n.arguments.length >= 1 && this.isJwtLibraryCall(callee)) return argTaints().filter((t) => !t.startsWith('sensitive:'));
    // Kinde's `await getAccessTokenRaw()` / `getIdTokenRaw()` answer the encoded JWT itself (`getAccessToken()` its decoded claims)
    if (/^get(?:Access|Id)TokenRaw$/.test(name)) return ['session:' + name, 'sensitive:token'];
    if (SESSION_GETTER.test(name) || (TOKEN_VERIFIER.test(name) && !this.isPasswordHashCall(n) && !this.isWebhookLibraryVerify(n) && !this.isPayloadSignatureVerify(n, name))) {
      const at = argTaints();
      // `await getToken()` (Clerk, next-auth) returns the token itself
      if (!at.some((t) => /^request:(?:params|query|body|arg)/.test(t))) return /^get_?(?:raw_?)?token$/i.test(name) ? ['session:' + name, 'sensitive:token'] : ['session:' + name];
    }
    // a query's result
    const q = this.queryResultTaint(n);
    if (q) return q;
    // a one-expression helper of this file that picks from what it is given:
    // `const creds = (request) => request.auth.credentials as Credentials`, then `creds(request).labId`
    if (callee.type === 'Identifier') {
      const picked = this.pickerTaint(callee, n, depth);
      if (picked) return picked;
    }
    if (['Number', 'String', 'parseInt', 'parseFloat', 'BigInt', 'decodeURIComponent', 'encodeURIComponent', 'Boolean'].includes(name)) {
      return name === 'Boolean' ? [] : argTaints();
    }
    // `Array.from(ids)`, `Array.of(a, b)`: the same values in an array
    if ((name === 'from' || name === 'of') && callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'Array' && !this.refMap.get(unwrap(callee.object))) {
      return uniq((name === 'from' ? n.arguments.slice(0, 1) : n.arguments).flatMap((a) => this.taintOf(a as Node, depth + 1)));
    }
    // a storage upload (`put(key, file)` of @vercel/blob, `supabase.storage.from(b).upload(...)`, `cloudinary.uploader.upload(...)`,
    // `s3.upload(...)`): what it returns, the stored object's URL, key or ETag, is the storage's, not the client's
    if (this.isStorageUpload(callee, name)) return [`call:${name}`];
    // the app's own storage helper handed the uploaded file (`const url = await putFile(key, file)`, `storeFile(path, file)`,
    // `uploadToS3(buffer)`): it answers where the bytes went, the storage's URL or key, as the libraries' calls above do
    if (STORAGE_HELPER.test(name) && n.arguments.some((a) => this.isUploadedFileArg(a as Node, depth))) return [`call:${name}`];
    // the app's own verifier handed the request's credential and nothing else the client sends
    // (`await apiAuth.verifyAuthHeaderAndReturnScope(req.headers.authorization)`, `authenticateApiKey(c.req.header('x-api-key'))`):
    // what it answers, the key's project or organization, is the caller's identity, not a value the client picked
    // (also one handed the whole request, named for authenticating it: `const authCheck = await authorizePromptRequestOrThrow(req)`)
    if (CREDENTIAL_VERIFIER.test(name) && n.arguments.length && !/webhook|signature|hmac|captcha|turnstile/i.test(name)) {
      const at = argTaints();
      const carried = at.some((t) => /^sensitive:(?:authorization header|API key|token|bearer|JWT|session identifier|cookie)$/.test(t));
      const wholeRequest = REQUEST_AUTHENTICATOR.test(name) && at.some((t) => /^param:\d+:(?:req|request)?$/.test(t));
      const picked = at.some((t) => /^request:(?:params|query|body|input|arg\d|searchParams|nextUrl|url|path|files?)\b/.test(t));
      if ((carried || wholeRequest) && !picked) return ['session:' + name];
    }
    // a key-value store's read (`await redis.get(`invite:${body.code}`)`, `cache.hget(...)`, `env.SESSIONS_KV.get(key)`): what comes
    // back is what the server stored under that key, not the client's value (the client only picked the key)
    if (callee.type === 'MemberExpression' && KV_READ.test(name) && n.arguments.length >= 1 && KV_STORE.test((memberChain(callee.object as Node) ?? []).join('.'))) return ['db:kv', `call:${name}`];
    // a token the server signs or issues (`jwt.sign(claims, secret)`, the app's `signSession(user)`, `issueAccessToken(user)`):
    // a working credential for whoever reads it, wherever it is put (a magic link, a log line)
    if ((name === 'sign' && callee.type === 'MemberExpression' && this.isJwtLibraryCall(callee)) || ISSUED_TOKEN_CALL.test(name)) {
      return uniq([...argTaints().filter((t) => !t.startsWith('sensitive:') && !t.startsWith('env:')), `call:${name}`, 'sensitive:token']);
    }
    if (callee.type === 'Identifier' || callee.type === 'MemberExpression') {
      let at = argTaints();
      // a function of a secret (a hash, a verified event, an HMAC) is not the secret; keep
      // request and session origin (ids survive conversions) and pass-through formatters
      if (!PASS_THROUGH.test(name)) at = at.filter((t) => !t.startsWith('sensitive:') && !t.startsWith('env:'));
      return uniq([...at, `call:${name}`]);
    }
    return argTaints();
  }

  /**
   * The taint of a call to a function of this file whose body is one expression (or one `return`) over its
   * parameters, with the parameters mapped to the call's arguments. Only when that says the value comes
   * from the session or the request; null otherwise (the caller's usual reading applies).
   */
  private pickerTaint(callee: TSESTree.Identifier, n: TSESTree.CallExpression, depth: number): Taint[] | null {
    const r = this.refMap.get(callee);
    const def = r?.defs[0];
    let fn: Node | null | undefined = null;
    if (def?.type === 'FunctionName') fn = def.node as Node;
    else if (def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier') fn = (def.node as TSESTree.VariableDeclarator).init;
    if (!fn) return null;
    fn = unwrap(fn);
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return null;
    if (fn.async || fn.params.length === 0 || fn.params.some((p) => p.type !== 'Identifier')) return null;
    let ret: Node | null = null;
    if (fn.body.type !== 'BlockStatement') ret = fn.body as Node;
    else if (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement') ret = fn.body.body[0].argument as Node | null;
    if (!ret) return null;
    const inner = this.taintOf(ret, depth + 1);
    const out: Taint[] = [];
    for (const t of inner) {
      const m = /^(?:param|arg):(\d+):(.*)$/.exec(t);
      if (!m) {
        if (t.startsWith('session:')) out.push(t);
        continue;
      }
      const arg = n.arguments[Number(m[1])];
      if (!arg) continue;
      out.push(...extendTaints(this.taintOf(arg as Node, depth + 1), m[2] ? m[2].split('.') : []));
    }
    if (!out.some((t) => t.startsWith('session:') || t.startsWith('request:'))) return null;
    return uniq([...out, `call:${callee.name}`]);
  }

  private queryResultTaint(n: TSESTree.CallExpression): Taint[] | null {
    let q = detectQuery(this, n);
    // a builder handed to a plain helper whose result is run, `forTenant(db.selectFrom('tickets').where('id', '=', id), tenantId)
    // .executeTakeFirst()`: the rows are the inner query's (with the helper's terms beside it)
    const callee = unwrap(n.callee);
    if (!q && callee.type === 'MemberExpression') {
      const helper = unwrap(callee.object as Node);
      if (helper.type === 'CallExpression' && unwrap(helper.callee).type === 'Identifier' && helper.arguments.length >= 2 && unwrap(helper.arguments[0] as Node).type === 'CallExpression') {
        q = detectQuery(this, unwrap(helper.arguments[0] as Node) as TSESTree.CallExpression);
      }
    }
    // (a generic repository's model is not known here: see QueryFact.heldBy)
    if (!q || q.heldBy) return null;
    const scoped = (q.where ?? []).some((t) => t.taint.some((x) => x.startsWith('session:')));
    return scoped ? [`session:db.${q.model}`, `db:${q.model}`] : [`db:${q.model}`];
  }

  // ---------------------------------------------------------------- bodies

  private walkBodies(ast: TSESTree.Program) {
    const stack: Node[] = [ast];
    while (stack.length) {
      const n = stack.pop()!;
      this.visit(n);
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }

  /**
   * `req.invoice = invoice`, `ctx.state.project = await Project.findOne(...)`: a loader hangs a row it read on the
   * request it was handed (a parameter), for the handlers after it (`param:0:invoice` there)
   */
  private noteHungOnRequest(left: TSESTree.MemberExpression, n: TSESTree.AssignmentExpression) {
    const leftTaint = this.taintOf(left);
    const m = leftTaint.map((t) => /^param:(\d+):(.+)$/.exec(t)).find(Boolean);
    if (!m) return;
    const right = this.taintOf(n.right as Node);
    const models = uniq(right.filter((t) => t.startsWith('db:')).map((t) => t.slice(3)));
    // (Koa's `ctx.body = project` answers the request)
    if (/^(?:body|response\.body)$/.test(m[2])) return;
    const s = this.facts.functions[this.enclosingFn(n)];
    // `req.patient = { id: claims.sub, clinicId: claims.clinicId }` of the token's claims: the caller, under a name of the app's
    // (`req.user = claims` is the session by its name already)
    // (a value read off the request's own session store, `request.session.get('organizerId')` of @fastify/secure-session,
    // is that session's under both names: `param:0:session.get.organizerId` beside `session:session.get.organizerId`)
    const claim = (t: string) => t.startsWith('session:') || t.startsWith('sensitive:') || (/^param:\d+:/.test(t) && right.includes('session:' + t.replace(/^param:\d+:/, '')));
    if (!models.length && right.length && !leftTaint.some((t) => t.startsWith('session:')) && (right.every((t) => t.startsWith('session:') || t.startsWith('sensitive:')) || (right.some((t) => t.startsWith('session:')) && right.every(claim)))) {
      (s.hangsClaims ??= []).push({ index: Number(m[1]), path: m[2] });
      return;
    }
    if (!models.length) return;
    (s.hangsOnRequest ??= []).push({ index: Number(m[1]), path: m[2], models });
  }

  /**
   * A response served as a spreadsheet: `'Content-Type': 'text/csv'`, `res.setHeader('Content-Disposition',
   * `attachment; filename="${name}.csv"`)`, `c.text(csv, 200, { 'Content-Type': 'text/csv' })`: the handler is an export.
   */
  private noteSpreadsheetResponse(n: Node) {
    const text = n.type === 'Literal' ? (typeof n.value === 'string' ? n.value : '') : n.type === 'TemplateLiteral' ? n.quasis.map((q) => q.value.cooked ?? '').join('*') : '';
    if (!text || !/^\s*(?:text\/csv|application\/vnd\.openxmlformats-officedocument\.spreadsheetml|attachment\s*;\s*filename\*?=.*\.(?:csv|xlsx)\b)/i.test(text)) return;
    const parent = (n as { parent?: Node }).parent;
    const headerName = (x: Node | undefined) => /^content-(?:type|disposition)$/i.test(x ? staticString(x) ?? (x.type === 'Identifier' ? x.name : '') : '');
    const asHeader = (parent?.type === 'Property' && parent.value === n && headerName(parent.key as Node)) ||
      (parent?.type === 'CallExpression' && parent.arguments[1] === n && headerName(parent.arguments[0] as Node)) ||
      // h3 / Nuxt / Nitro `setResponseHeader(event, 'Content-Type', 'text/csv')`: the event first
      (parent?.type === 'CallExpression' && parent.arguments[2] === n && headerName(parent.arguments[1] as Node) && /^set(?:Response)?Header$/.test(lastName(parent) ?? '')) ||
      // `res.type('text/csv')`, `res.attachment('roster.csv')`, `reply.type('text/csv')`
      (parent?.type === 'CallExpression' && parent.arguments[0] === n && /^(?:type|contentType)$/.test(lastName(parent) ?? ''));
    if (!asHeader) return;
    const fnId = this.enclosingFn(n);
    if (fnId > 0) this.facts.functions[fnId].servesSpreadsheet = true;
  }

  private visit(n: Node) {
    switch (n.type) {
      case 'CallExpression':
        this.visitCall(n);
        break;
      case 'Literal':
      case 'TemplateLiteral':
        this.noteSpreadsheetResponse(n);
        break;
      case 'NewExpression':
        this.visitNew(n);
        break;
      case 'TaggedTemplateExpression': {
        const fn = this.enclosingFn(n);
        const q = detectQuery(this, n);
        if (q) this.facts.functions[fn].queries.push(q);
        break;
      }
      case 'MemberExpression':
        this.visitMember(n);
        break;
      case 'IfStatement':
        this.ifs.push({ fn: this.enclosingFn(n), test: n.test, cons: n.consequent, alt: n.alternate ?? null, pos: posOf(n) });
        break;
      case 'ConditionalExpression':
        // `return !session ? unauthorized() : ...`
        this.ifs.push({ fn: this.enclosingFn(n), test: n.test, cons: n.consequent, alt: n.alternate, pos: posOf(n) });
        break;
      case 'SwitchStatement':
        this.visitSwitch(n);
        break;
      case 'BinaryExpression':
        // `if (signature !== expected)`: a timing-unsafe signature comparison
        if (/^[!=]==?$/.test(n.operator) && [n.left, n.right].some((x) => /signature|\bsig\b|hmac|digest|expectedSig/i.test(textOf(this.src, x as Node, 80))) &&
          ![n.left, n.right].some((x) => unwrap(x as Node).type === 'Literal' || /\.length$|typeof|undefined|null/.test(textOf(this.src, x as Node, 80)))) {
          const s = this.facts.functions[this.enclosingFn(n)];
          s.unsafeSignatureCompare ??= posOf(n);
        }
        if (/^[!=]==?$/.test(n.operator)) this.noteProviderEvent(n, n.left as Node, [n.right]);
        break;
      case 'VariableDeclarator':
        if (n.id.type === 'Identifier' && n.init) this.recordSecretLiteral(n.id.name, n.init);
        // `export const sessionOptions: SessionOptions = { cookieName, password, cookieOptions }` (iron-session), imported by its users
        if (n.id.type === 'Identifier' && n.init && unwrap(n.init as Node).type === 'ObjectExpression' && n.id.typeAnnotation?.typeAnnotation.type === 'TSTypeReference' &&
          /^(?:SessionOptions|IronSessionOptions)$/.test(textOf(this.src, n.id.typeAnnotation.typeAnnotation.typeName as Node, 40)) && /iron-session/.test(this.src)) {
          const cookie = ironSessionOptions(this, unwrap(n.init as Node) as TSESTree.ObjectExpression);
          if (cookie && !(this.facts.cookieSets ?? []).some((c) => c.api === cookie.api && c.pos.line === cookie.pos.line && c.pos.column === cookie.pos.column)) (this.facts.cookieSets ??= []).push(cookie);
        }
        if (n.id.type === 'Identifier' && n.init && staticString(n.init as Node) !== null) this.recordSecretConstant(n.init as Node);
        // `const { 'stripe-signature': signature } = req.headers`
        if (n.id.type === 'ObjectPattern' && n.init && memberChain(unwrap(n.init as Node))?.slice(-1)[0] === 'headers' &&
          n.id.properties.some((pr) => pr.type === 'Property' && WEBHOOK_HEADER.test(staticString(pr.key as Node) ?? (pr.key.type === 'Identifier' ? pr.key.name : '')))) {
          this.facts.functions[this.enclosingFn(n)].readsWebhookSignature = true;
        }
        // `const { STRIPE_KEY } = process.env` inside a function (module scope is read elsewhere)
        if (n.id.type === 'ObjectPattern' && n.init && !this.isModuleScopeDecl(n)) this.readEnvDestructuring(n);
        // `const { url } = await c.req.json()`: the body is read even when its values only reach a SET or VALUES list
        if (n.init && !this.isModuleScopeDecl(n)) {
          let init = unwrap(n.init as Node);
          if (init.type === 'AwaitExpression') init = unwrap(init.argument as Node);
          if (init.type === 'CallExpression' && /^(?:json|formData|parseBody)$/.test(lastName(init))) this.taintOf(init);
        }
        break;
      case 'LogicalExpression': {
        this.recordSecretFallback(n);
        // a statement `user.role === Role.Admin || ctx.throw(403)` is `if (!(...)) ctx.throw(403)`;
        // `!user.isAdmin && ctx.throw(403)` is `if (!user.isAdmin) ctx.throw(403)`
        const parent = (n as { parent?: Node }).parent;
        if (parent?.type === 'ExpressionStatement' && (n.operator === '||' || n.operator === '&&')) {
          const right = unwrap(n.right as Node);
          const act = right.type === 'AwaitExpression' ? unwrap(right.argument as Node) : right;
          if (act.type === 'CallExpression') {
            if (n.operator === '||') this.ifs.push({ fn: this.enclosingFn(n), test: n.left as Node, cons: n.left as Node, alt: n.right as Node, pos: posOf(n) });
            else this.ifs.push({ fn: this.enclosingFn(n), test: n.left as Node, cons: n.right as Node, alt: null, pos: posOf(n) });
          }
        }
        break;
      }
      case 'AssignmentExpression': {
        // `mismatch |= a[i] ^ b[i]` over the bytes of an HMAC the function computed (Web Crypto's `subtle.sign('HMAC', ...)`
        // where `timingSafeEqual` is missing): a constant-time signature comparison
        if (n.operator === '|=' && unwrap(n.right as Node).type === 'BinaryExpression' && (unwrap(n.right as Node) as TSESTree.BinaryExpression).operator === '^') {
          const id = this.enclosingFn(n);
          const fnNode = this.fnNodes[id];
          if (fnNode && /\bsubtle\.sign\(|createHmac\(|['"]HMAC['"]/.test(this.src.slice(fnNode.range[0], fnNode.range[1]))) this.facts.functions[id].verifiesSignature = true;
        }
        for (const hit of detectKoaKeys(this, n)) this.pushSecretLiteral(hit);
        const corsAssign = detectCorsHeaderAssignment(this, n);
        if (corsAssign) this.facts.cors.push({ ...corsAssign, inFunction: this.enclosingFn(n) });
        // `note.title = req.body.title` (then `note.save()`): a body value written into a record
        const assigned = unwrap(n.left as Node);
        if (assigned.type === 'MemberExpression' && this.taintOf(n.right as Node).some((x) => /^request:(?:body|input)/.test(x))) this.noteBodyFilled(assigned.object as Node, n, propName(assigned) ?? undefined);
        if (assigned.type === 'MemberExpression') this.noteRowField(assigned.object as Node, n);
        if (assigned.type === 'MemberExpression' && n.operator === '=') this.noteHungOnRequest(assigned, n);
        this.recordInstanceMember(n);
        {
          const store = detectStorageAssignment(this, n);
          if (store) (this.facts.storageWrites ??= []).push(store);
        }
        // Koa: `ctx.body = { error: err.message }` sends the error
        const left = memberChain(n.left as Node);
        if (left && left.length === 2 && left[1] === 'body' && /^(?:ctx|context)$/.test(left[0]) && (!koaClientStatusBeside(n, left[0]) || readsDriverErrorField(this, n.right as Node))) {
          const leak = detectErrorLeakValue(this, n.right as Node, (x) => this.guardedByEnv(x));
          if (leak) (this.facts.errorLeaks ??= []).push({ pos: posOf(n), what: leak, inFunction: this.enclosingFn(n) });
        }
        // Koa `ctx.status = 401`, Node `res.statusCode = 403`: the response is a rejection
        if (left && left.length === 2 && /^(?:status|statusCode)$/.test(left[1]) && n.operator === '=' && (isAuthStatus(n.right as Node) || /^(?:Unauthorized|Forbidden)$/.test(staticString(n.right as Node) ?? ''))) this.markReject(this.enclosingFn(n), n);
        break;
      }
      case 'Property':
        if (!n.computed && (n.key.type === 'Identifier' || n.key.type === 'Literal')) this.recordSecretLiteral(String(n.key.type === 'Identifier' ? n.key.name : n.key.value), n.value as Node);
        if (!n.computed && staticString(n.value as Node) !== null) this.recordSecretConstant(n.value as Node);
        // `ignoreExpiration: true` in jwt.verify options or a passport-jwt strategy
        // (not a stored token or grant looked up by id, oidc-provider's `RefreshToken.find(value, { ignoreExpiration: true })`:
        // the model is read whatever its age, and the caller tests `isExpired` itself; no signature is verified there)
        if (!n.computed && n.key.type === 'Identifier' && n.key.name === 'ignoreExpiration' && unwrap(n.value as Node).type === 'Literal' && (unwrap(n.value as Node) as TSESTree.Literal).value === true && !isModelFindOption(n)) {
          (this.facts.jwtUses ??= []).push({ op: 'verify', pos: posOf(n), library: 'jwt', ignoreExpiration: true, hasAlgorithms: true, inFunction: this.enclosingFn(n) });
        }
        // `new Response(body, { headers: { 'Set-Cookie': `session=${id}; Path=/` } })`
        if (!n.computed && /^set-cookie$/i.test(n.key.type === 'Literal' ? String(n.key.value) : '')) {
          const sc = setCookieString(n.value as Node, n);
          if (sc) (this.facts.cookieSets ??= []).push(sc);
        }
        // passport-jwt `new Strategy({ secretOrKey: 'dev-secret' })` (also `super({...})` of a NestJS PassportStrategy)
        if (!n.computed && n.key.type === 'Identifier' && n.key.name === 'secretOrKey') this.recordStrategySecret(n.value as Node);
        break;
      case 'ReturnStatement':
        this.exitRanges.push({ fn: this.enclosingFn(n), start: n.range[0], end: n.range[1] });
        if (n.argument) {
          const fn = this.enclosingFn(n);
          const mapped = this.keyMappedParam(n.argument as Node);
          if (mapped) this.facts.functions[fn].returns.push(mapped);
          else this.facts.functions[fn].returns.push(this.valueOf(n.argument), ...this.branchValues(n.argument as Node));
          this.recordReturnedCreated(n.argument as Node, fn);
          this.recordReturnedRole(n.argument as Node, fn);
          this.recordReturnedCaller(n.argument as Node, fn);
          this.checkResponseReject(n.argument, fn, n);
          this.checkPropsReject(n.argument, fn, n);
          this.recordParamComparison(n.argument, fn);
          // a server action's return value is sent to the browser: `catch (e) { return { error: e.message } }`
          const fnNode = this.fnNodes[fn];
          // (so is a TanStack Start server function's: `createServerFn().handler(async () => ...)`)
          // (and a Fastify route handler's: `fastify.delete('/x', async (request) => { ... return { error: err.message } })`)
          // (and SvelteKit's `handleError` hook's: what it returns is the `$page.error` the browser gets)
          // (and an h3 / Nitro / Nuxt event handler's: `defineEventHandler(async (event) => { ... return { error: e.message } })`)
          if (fn > 0 && fnNode && (this.facts.functions[fn].useServer || (this.facts.useServer && this.isModuleLevelFunction(fnNode)) || isServerFnHandler(fnNode) || isKitHandleError(fnNode, this.file) ||
            (this.mentionsFastify() && isFastifyRouteHandler(fnNode)) || isH3Handler(fnNode))) {
            const leak = detectErrorLeakValue(this, n.argument, (x) => this.guardedByEnv(x));
            if (leak) (this.facts.errorLeaks ??= []).push({ pos: posOf(n), what: leak, inFunction: fn });
          }
        }
        break;
      case 'ArrowFunctionExpression':
        if (n.body.type !== 'BlockStatement') {
          const id = this.fnIdOf(n);
          this.facts.functions[id].returns.push(this.valueOf(n.body), ...this.branchValues(n.body as Node));
          this.recordReturnedRole(n.body as Node, id);
          this.recordReturnedCaller(n.body as Node, id);
          this.checkResponseReject(n.body, id, n.body);
          this.recordParamComparison(n.body, id);
        }
        break;
      case 'ThrowStatement': {
        const fn = this.enclosingFn(n);
        this.exitRanges.push({ fn, start: n.range[0], end: n.range[1] });
        this.throwRanges.push({ fn, start: n.range[0], end: n.range[1] });
        this.facts.functions[fn].throws = true;
        if (isAuthError(n.argument as Node) || /unauthori[sz]ed|forbidden|not (?:authenticated|authori[sz]ed|signed in|logged in)|authori[sz]ation ?error|access ?denied|login required|authenticat|no session|permission/i.test(textOf(this.src, n.argument as Node, 200))) this.markReject(fn, n);
        break;
      }
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const model = classOrmModel(n);
        if (model) (this.facts.ormModels ??= []).push(model);
        const debugLeak = detectAdonisDebugHandler(this, n);
        if (debugLeak) (this.facts.errorLeaks ??= []).push({ ...debugLeak, inFunction: this.enclosingFn(n) });
        break;
      }
      case 'ObjectExpression': {
        this.readNestProvider(n);
        for (const hit of detectSessionSecretObject(this, n)) this.pushSecretLiteral(hit);
        const c = detectCorsHeaderObject(this, n) ?? detectHapiCorsObject(this, n) ?? detectAdonisCorsObject(this, n);
        if (c) this.facts.cors.push(c);
        const up = detectHapiUpload(this, n);
        if (up) (this.facts.uploads ??= []).push(up);
        this.readConfigEnv(n);
        break;
      }
      case 'ExportNamedDeclaration':
        this.readMatcher(n);
        break;
      default:
        break;
    }
  }

  /** next.config `env` / `publicRuntimeConfig` and Vite `define`: values inlined into the browser bundle. */
  private readConfigEnv(o: TSESTree.ObjectExpression) {
    const base = this.file.slice(this.file.lastIndexOf('/') + 1);
    const isNext = /^next\.config\.[cm]?[jt]s$/.test(base);
    const isVite = /^vite\.config\.[cm]?[jt]s$/.test(base) || /^(?:astro|nuxt|svelte)\.config\.[cm]?[jt]s$/.test(base);
    if (!isNext && !isVite) return;
    if (isVite) this.readEnvPrefix(o);
    const p = (o as { parent?: Node }).parent;
    if (!p || p.type !== 'Property') return;
    const key = propName(p);
    // Nuxt `runtimeConfig: { public: { ... } }`: sent to the browser with every page
    const holder = (p as { parent?: Node }).parent;
    const holderProp = holder?.type === 'ObjectExpression' ? (holder as { parent?: Node }).parent : undefined;
    const nuxtPublic = /^nuxt\.config\.[cm]?[jt]s$/.test(base) && key === 'public' && holderProp?.type === 'Property' && propName(holderProp) === 'runtimeConfig';
    if (!((isNext && (key === 'env' || key === 'publicRuntimeConfig')) || (isVite && key === 'define') || nuxtPublic)) return;
    for (const q of o.properties) {
      if (q.type !== 'Property') continue;
      const k = propName(q);
      if (!k) continue;
      const name = k.replace(/^(?:process\.env\.|import\.meta\.env\.)/, '');
      const v = unwrap(q.value as Node);
      const lit = staticString(v);
      const ch = memberChain(v);
      // the value itself is a secret literal, or the secret env var it copies
      const value = lit ?? (ch && ch[0] === 'process' && ch[1] === 'env' ? `$env:${ch[2]}` : '');
      this.facts.envDefinitions.push({ name, value, pos: posOf(q), source: isNext ? 'next.config' : nuxtPublic ? 'nuxt.config' : 'vite.define' });
    }
  }

  /** Vite's `envPrefix: 'APP_'` / `['VITE_', 'APP_']` (also Astro's `vite: { envPrefix }`): more names the browser bundle gets. */
  private readEnvPrefix(o: TSESTree.ObjectExpression) {
    for (const q of o.properties) {
      if (q.type !== 'Property' || propName(q) !== 'envPrefix') continue;
      const v = unwrap(q.value as Node);
      const items = v.type === 'ArrayExpression' ? v.elements.map((e) => (e && e.type !== 'SpreadElement' ? staticString(unwrap(e as Node)) : null)) : [staticString(v)];
      // (an empty prefix would expose everything: Vite refuses it)
      const prefixes = items.filter((x): x is string => !!x && x.length > 0);
      if (prefixes.length) (this.facts.envPrefixes ??= []).push(...prefixes);
    }
  }

  private isModuleScopeDecl(n: Node): boolean {
    const p = (n as { parent?: Node }).parent;
    const gp = p && (p as { parent?: Node }).parent;
    return !!gp && (gp.type === 'Program' || (gp.type === 'ExportNamedDeclaration' && (gp as { parent?: Node }).parent?.type === 'Program'));
  }

  private visitMember(n: TSESTree.MemberExpression) {
    const p = (n as { parent?: Node }).parent;
    if (!(p && p.type === 'MemberExpression' && p.object === n)) {
      const ch = memberChain(n);
      if (ch && ch.length >= 2) {
        const text = ch.join('.');
        // (a write, `req.session.memberId = member.id` after a password check, signs the caller in: it reads nothing)
        const written = p?.type === 'AssignmentExpression' && p.left === n;
        // (`ctx.cookies.get('csrfToken')`: a CSRF token read, see below)
        const csrfRead = p?.type === 'CallExpression' && p.callee === n && !!p.arguments[0] && CSRF_NAME.test(staticString(p.arguments[0] as Node) ?? '');
        if (!written && !csrfRead && /^(?:req|request|ctx|context|c|event)\.(?:headers\.(?:authorization|cookie|x-api-key|x-auth-token)|cookies|signedCookies|session|user|auth|isAuthenticated|isUnauthenticated)|\.headers\.authorization$|^(?:ctx|context)\.state\.user/i.test(text) &&
          !/\.cookies\.(?:set|delete|clear|remove)$/.test(text)) {
          this.facts.functions[this.enclosingFn(n)].readsCredential.push(text);
        } else if (ch.length >= 2 && ch[ch.length - 2] === 'headers' && isCredentialHeader(ch[ch.length - 1])) {
          // `headers['x-acme-key-secret']` on the request's headers handed to a helper
          this.facts.functions[this.enclosingFn(n)].readsCredential.push(text);
        }
        // `req.headers['stripe-signature']`, `request.headers['x-hub-signature-256']`
        if (ch.length >= 3 && ch[ch.length - 2] === 'headers' && WEBHOOK_HEADER.test(ch[ch.length - 1])) this.facts.functions[this.enclosingFn(n)].readsWebhookSignature = true;
        // a body value read wherever it goes (a query builder's `.update({ title: ctx.request.body.title })` is
        // never asked for its taint): the function reads the request body (memberTaint notes it)
        if (ch.includes('body') && /^(?:req|request|ctx|context)$/.test(ch[0])) this.taintOf(n);
      }
    }
    const obj = unwrap(n.object);
    if (obj.type === 'Identifier' && this.facts.imports[obj.name]?.source === '$env/dynamic/public' && !n.computed) {
      const name = propName(n);
      if (name) this.facts.envReads.push({ name, pos: posOf(n), via: '$env/dynamic/public' });
      return;
    }
    if (obj.type !== 'MemberExpression') return;
    // Nuxt `useRuntimeConfig().public.x` (or `config.public.x` after `const config = useRuntimeConfig()`): what
    // NUXT_PUBLIC_X sets, shipped to the browser with every page
    if (!obj.computed && !n.computed && propName(obj) === 'public' && this.isRuntimeConfig(unwrap(obj.object as Node))) {
      const name = propName(n);
      if (name) this.facts.envReads.push({ name, pos: posOf(n), via: 'useRuntimeConfig().public' });
      return;
    }
    const ch = memberChain(obj);
    if (!ch || ch.length !== 2) return;
    const isProcessEnv = ch[0] === 'process' && ch[1] === 'env';
    const isMetaEnv = ch[0] === 'import.meta' && ch[1] === 'env';
    if (!isProcessEnv && !isMetaEnv) return;
    const name = propName(n);
    if (!name) return;
    this.facts.envReads.push({ name, pos: posOf(n), via: isProcessEnv ? 'process.env' : 'import.meta.env' });
  }

  /** `const { apiKey } = useRuntimeConfig().public`, `const { public: { apiKey } } = useRuntimeConfig()`: Nuxt public keys read. */
  private readRuntimeConfigDestructuring(pattern: TSESTree.ObjectPattern, init: Node) {
    let keys: TSESTree.ObjectPattern | null = null;
    if (init.type === 'MemberExpression' && !init.computed && propName(init) === 'public' && this.isRuntimeConfig(unwrap(init.object as Node))) keys = pattern;
    else if (this.isRuntimeConfig(init)) {
      const pub = pattern.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'public');
      if (pub && pub.value.type === 'ObjectPattern') keys = pub.value;
    }
    for (const p of keys?.properties ?? []) {
      const k = p.type === 'Property' ? propName(p) : null;
      if (k) this.facts.envReads.push({ name: k, pos: posOf(p), via: 'useRuntimeConfig().public' });
    }
  }

  /** `useRuntimeConfig()` / `useRuntimeConfig(event)`, or a local name holding its result. */
  private isRuntimeConfig(x: Node): boolean {
    const isCall = (c: Node) => c.type === 'CallExpression' && c.callee.type === 'Identifier' && c.callee.name === 'useRuntimeConfig';
    if (isCall(x)) return true;
    if (x.type !== 'Identifier') return false;
    const def = (this.refMap.get(x) ?? this.declaredVariable(x))?.defs[0];
    const init = def?.type === 'Variable' ? ((def.node as TSESTree.VariableDeclarator).init as Node | null) : null;
    return !!init && isCall(unwrap(init));
  }

  private readEnvDestructuring(decl: TSESTree.VariableDeclarator) {
    if (!decl.init || decl.id.type !== 'ObjectPattern') return;
    this.readRuntimeConfigDestructuring(decl.id, unwrap(decl.init as Node));
    const ch = memberChain(decl.init);
    if (!ch || ch.length !== 2) return;
    const isProcessEnv = ch[0] === 'process' && ch[1] === 'env';
    const isMetaEnv = ch[0] === 'import.meta' && ch[1] === 'env';
    if (!isProcessEnv && !isMetaEnv) return;
    for (const p of decl.id.properties) {
      if (p.type !== 'Property') continue;
      const k = propName(p);
      if (k) this.facts.envReads.push({ name: k, pos: posOf(p), via: isProcessEnv ? 'process.env' : 'import.meta.env' });
    }
  }

  /**
   * `event.type === 'checkout.session.completed'`, `switch (payload.type) { case 'user.created': }`:
   * the function acts on a webhook provider's events.
   */
  private noteProviderEvent(at: Node, kind: Node, tests: (Node | null | undefined)[]) {
    const a = unwrap(kind);
    const kindText = textOf(this.src, a, 80);
    const names = tests.map((t) => (t ? staticString(unwrap(t)) : null));
    // either side may hold the literal
    const literalFirst = a.type === 'Literal' && tests.length === 1 && tests[0];
    const subject = literalFirst ? unwrap(tests[0]!) : a;
    const subjectText = literalFirst ? textOf(this.src, subject, 80) : kindText;
    const literals = literalFirst ? [staticString(a)] : names;
    const underscores = /event|alert_name/i.test(subjectText);
    if (!literals.some((x) => x !== null && providerEventName(x, underscores))) return;
    // (taints last: computing them notes what the function reads)
    if (EVENT_KIND.test(subjectText) || this.taintOf(subject).some((t) => t.startsWith('request:'))) this.facts.functions[this.enclosingFn(at)].dispatchesProviderEvents = true;
  }

  private visitSwitch(n: TSESTree.SwitchStatement) {
    this.noteProviderEvent(n, n.discriminant as Node, n.cases.map((c) => c.test as Node | null));
    const ch = memberChain(n.discriminant);
    if (!ch || ch[ch.length - 1] !== 'method') return;
    const fn = this.enclosingFn(n);
    for (const c of n.cases) {
      const s = staticString(c.test as Node);
      if (s && /^[A-Za-z]+$/.test(s)) this.facts.functions[fn].methodChecks.push(s.toUpperCase());
    }
    // (a `default:` takes every other method: whatever it does, no method falls through past the switch)
    if (n.cases.some((c) => !c.test) || this.answers405(n)) this.facts.functions[fn].otherMethodsRejected = true;
  }

  /** Facts for the launch-checklist rules (cookies, JWT, error leaks, storage, uploads, webhooks, limiters). */
  private visitChecklist(n: TSESTree.CallExpression, fnId: number, summary: FunctionSummary, name: string, chain: string[] | null) {
    const f = this.facts;
    for (const hit of detectSessionSecretCall(this, n)) this.pushSecretLiteral(hit);
    const cookie = detectCookie(this, n);
    // (one options object handed to several calls, or also declared as `SessionOptions`, is one cookie)
    if (cookie && !(f.cookieSets ?? []).some((c) => c.api === cookie.api && c.pos.line === cookie.pos.line && c.pos.column === cookie.pos.column)) (f.cookieSets ??= []).push(cookie);
    // Lucia's `lucia.createSession(user.id, {})` (and other session stores' `createSession(userId)`): a session issued to the caller
    if (name === 'createSession' && n.arguments.length >= 1 && n.callee.type === 'MemberExpression') summary.issuesToken = true;
    const jwtf = detectJwt(this, n);
    if (jwtf) {
      const use: JwtFact & { inFunction: number } = { ...jwtf, inFunction: fnId };
      (f.jwtUses ??= []).push(use);
      if (jwtf.op === 'sign') summary.issuesToken = true;
      // `const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret'` passed to sign/verify: reported where the fallback is written, once
      let secretArg = (jwtf.op === 'sign' || jwtf.op === 'verify') && jwtf.secret !== 'literal' ? n.arguments[1] as Node | undefined : undefined;
      // (`jwtService.signAsync(payload, { secret: JWT_SECRET })`: the key in the options)
      const so = secretArg ? unwrap(secretArg) : null;
      if (so?.type === 'ObjectExpression') secretArg = so.properties.find((p): p is TSESTree.Property => p.type === 'Property' && /^(?:secret|privateKey|publicKey|key)$/.test(propName(p) ?? ''))?.value as Node | undefined;
      // `JwtModule.register({ secret: jwtConstants.secret })`, `expressjwt({ secret: config.jwt.secret })`: the options' secret
      // (`fastify.register(fastifyJwt, { secret: config.jwtSecret })`: the plugin's options follow the plugin)
      const cfgArg = jwtf.op === 'config' ? n.arguments[jwtf.library === '@fastify/jwt' && name === 'register' ? 1 : 0] as Node | undefined : undefined;
      if (jwtf.op === 'config' && jwtf.secret !== 'literal' && cfgArg && unwrap(cfgArg).type === 'ObjectExpression') {
        secretArg = (unwrap(cfgArg) as TSESTree.ObjectExpression).properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'secret')?.value as Node | undefined;
      }
      const fb = secretArg ? fallbackSecret(this, secretArg) : null;
      if (fb && fb.at === 'declaration' && !(f.jwtUses ?? []).some((j) => j.fallback && j.pos.line === fb.pos.line && j.pos.column === fb.pos.column)) {
        f.jwtUses!.push({ op: 'config', pos: fb.pos, library: jwtf.library, secret: 'literal', secretLength: fb.length, fallback: true, inFunction: 0 });
      }
      // `const JWT_SECRET = 'dev-key'` passed to sign/verify: the literal is the secret in every deployment; reported once, where written
      const pure = secretArg && !fb ? constSecretLiteral(this, secretArg) : null;
      if (pure && !(f.jwtUses ?? []).some((j) => j.op === 'config' && j.pos.line === pure.pos.line && j.pos.column === pure.pos.column)) {
        f.jwtUses!.push({ op: 'config', pos: pure.pos, library: jwtf.library, secret: 'literal', secretLength: pure.length, declared: true, inFunction: 0 });
      }
      // `jwt.verify(token, config.jwtSecret)`: a value held elsewhere, whose fallback linking looks up
      if (secretArg && !fb && !pure) {
        const ref = this.valueOf(secretArg);
        if (ref.k === 'member' || ref.k === 'import') use.secretRef = ref;
      }
    }
    const leak = detectErrorLeak(this, n, (x) => this.guardedByEnv(x)) ?? detectGraphqlErrorConfig(this, n);
    if (leak) (f.errorLeaks ??= []).push({ ...leak, inFunction: fnId });
    const store = detectStorageWrite(this, n) ?? detectStorageLibrary(this, n);
    if (store) (f.storageWrites ??= []).push(store);
    const up = detectUpload(this, n);
    if (up) {
      const { conditional, ...upload } = up;
      (f.uploads ??= []).push(upload);
      // a route that builds an upload handler takes files (Remix/React Router upload handlers; busboy({ headers: req.headers }),
      // formidable() made inside a handler); a multipart switch its caller sets (a guard factory's option) does not say so
      if (!conditional && (/UploadHandler$|^parseFormData$/.test(up.library) || (fnId > 0 && !/multer|^Elysia /i.test(up.library)))) summary.handlesUpload = true;
    }
    // h3 `readValidatedBody(event, Schema.parse)`, `getValidatedQuery(event, (q) => schema.safeParse(q))`: read through a schema
    if (/^(?:readValidatedBody|getValidatedQuery|getValidatedRouterParams)$/.test(name) && n.arguments.length >= 2) this.noteParses(summary, n, 'parsesInput');
    if ((name === 'formData' || name === 'readFormData' || name === 'readMultipartFormData' || name === 'parseBody') && fnId > 0) {
      const fnNode = this.fnNodes[fnId];
      const fd = fnNode ? detectFormDataUpload(this, n, this.src.slice(fnNode.range[0], fnNode.range[1])) : null;
      // Hono's `bodyLimit({ maxSize })` named beside the handler (`app.post('/docs', bodyLimit({ maxSize: 2 * MB }), async (c) => ...)`,
      // also through a constant of this file, `const pdfLimit = bodyLimit({...})`) caps the request, files included
      if (fd && !fd.hasLimit && fnNode && this.bodyLimitBeside(fnNode)) fd.hasLimit = true;
      if (fd) {
        (f.uploads ??= []).push(fd.hasLimit && fd.hasTypeCheck ? fd : { ...fd, inFunction: fnId });
        summary.handlesUpload = true;
      }
    }
    // a TanStack Start server function handed FormData: `const file = data.get('logo') as File` (the upload is accepted there);
    // a Next.js server action alike (`'use server'` in the function or at the top of its module: `uploadAvatar(formData: FormData)`
    // posted by `<form action={uploadAvatar}>`)
    if (name === 'get' && fnId > 0 && n.arguments.length === 1 && !this.serverFnUploads.has(fnId)) {
      const fnNode = this.fnNodes[fnId];
      const parent = (n as { parent?: Node }).parent;
      const asFile = parent?.type === 'TSAsExpression' && /\bFile\b/.test(textOf(this.src, parent.typeAnnotation as Node, 60));
      const fnText = fnNode ? this.src.slice(fnNode.range[0], fnNode.range[1]) : '';
      const serverFn = fnNode ? isServerFnHandler(fnNode) : false;
      const action = !!fnNode && !serverFn && (summary.useServer || (this.facts.useServer && this.isModuleLevelFunction(fnNode)));
      if (fnNode && (serverFn || action) && (asFile || /\binstanceof\s+File\b/.test(fnText)) && /arrayBuffer\(|\.stream\(|\bupload\(|putObject|PutObjectCommand|writeFile|\.put\(/.test(fnText)) {
        this.serverFnUploads.add(fnId);
        const checks = formDataFileChecks(fnText);
        (f.uploads ??= []).push({ pos: posOf(n), library: action ? 'FormData handed to a server action' : 'FormData handed to a server function', ...checks, ...(action && !(checks.hasLimit && checks.hasTypeCheck) ? { inFunction: fnId } : {}) });
        summary.handlesUpload = true;
      }
    }
    // jose: `const key = new TextEncoder().encode('hardcoded')` used as an HS256 secret
    const enc = unwrap(n.callee);
    if (name === 'encode' && enc.type === 'MemberExpression' && unwrap(enc.object).type === 'NewExpression' && lastName(unwrap(enc.object) as TSESTree.NewExpression) === 'TextEncoder') {
      const lit = staticString(n.arguments[0] as Node);
      const fb = lit === null && n.arguments[0] ? fallbackSecret(this, n.arguments[0] as Node) : null;
      const holder = (n as { parent?: Node }).parent;
      const holderName = holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name : '';
      if (lit !== null && /secret|key|jwt|signing/i.test(holderName)) (f.jwtUses ??= []).push({ op: 'config', pos: posOf(n), library: 'jose', secret: 'literal', secretLength: lit.length, inFunction: fnId });
      else if (fb && /secret|key|jwt|signing/i.test(holderName + ' ' + textOf(this.src, n.arguments[0] as Node, 80))) {
        const pos = fb.at === 'inline' ? posOf(n) : fb.pos;
        if (!(f.jwtUses ?? []).some((j) => j.fallback && j.pos.line === pos.line && j.pos.column === pos.column)) (f.jwtUses ??= []).push({ op: 'config', pos, library: 'jose', secret: 'literal', secretLength: fb.length, fallback: true, inFunction: fnId });
      }
    }
    const text = chain ? chain.join('.') : name;
    if ((/^(?:put|set|hset|hmset|setex|lpush|rpush|sadd|zadd|del|delete|putObject|upload|uploadFile)$/.test(name) && chain && chain.length >= 2 && /kv|redis|cache|store|bucket|s3|storage|blob|r2|upstash/i.test(chain.slice(0, -1).join('.')) &&
      // (`cookieStore.set(name, value)` on what next/headers' `cookies()` answered: the caller's own cookie, no store)
      !/cookie/i.test(chain.slice(0, -1).join('.'))) ||
      /^(?:writeFile|appendFile|writeFileSync|appendFileSync)$/.test(name)) summary.writesStore = true;
    if (/^(?:file|files|saveRequestFiles|parts)$/.test(name) && chain && /^(?:request|req)$/.test(chain[0])) summary.handlesUpload = true;
    // `req.headers.get('stripe-signature')`, `headers().get('svix-signature')`, `req.header('X-Hub-Signature-256')`
    if (/^(?:get|header|getHeader)$/.test(name) && WEBHOOK_HEADER.test(staticString(n.arguments[0] as Node) ?? '')) summary.readsWebhookSignature = true;
    // `z.object({ alt: z.string() }).parse(input)`, `yup.object().shape({...}).validate(body)`: a schema built in place
    const vc = unwrap(n.callee);
    if (/^(?:parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|validateAsync)$/.test(name) && vc.type === 'MemberExpression' && unwrap(vc.object).type === 'CallExpression' && n.arguments.length >= 1) this.noteParses(summary, n, 'validatesInline');
    const calleeId = unwrap(n.callee);
    // a helper named for checking a provider's signature: `validateTellerSignature(...)`, `verifyGithubWebhook(req)`,
    // `isValidSlackSignature` (trusted by name where the route calls it, not from deep in other code: `model/routes.ts`)
    // (a check whose yes/no answer nothing tests, `const valid = verifyShopifyWebhook(raw, hmac)` only logged, verifies nothing)
    // (so does one whose failure the catch papers over with the unverified payload: `catch { event = JSON.parse(body) }`)
    const discardedCheck = this.isDiscardedSignatureCheck(n, name) || this.failsOpen(n) || this.onlyWhenSigned(n);
    if (/^(?:verify|validate|check|isValid)[A-Z]\w*(?:Signature|Webhook|Hmac)$/.test(name) && !discardedCheck) summary.callsSignatureHelper = true;
    // (a key compared with the server's copy in constant time, `timingSafeEqual(token, env secret)`, is a shared-secret check:
    // a webhook whose URL carries the provider's token, `?token=`, is verified by it)
    if (name === 'timingSafeEqual' && !discardedCheck && this.comparesKeyWithEnv(n)) summary.sharedSecretCheck = true;
    if (!discardedCheck && this.isSignatureVerifyCall(n, name)) summary.verifiesSignature = true;
    // (`limiter.isLimited(event)`: sveltekit-rate-limiter; AdonisJS `limiter.use({ requests, duration }).attempt(key, fn)`)
    if ((/^(?:consume|limit|check|hit|increment|penalty|penalize|attempt|block|isLimited|isRateLimited|checkRateLimit|rateLimit|throttle)$/.test(name) && !!chain && /limit|throttl/i.test(chain.slice(0, -1).join('.'))) || /^(?:rateLimit|checkRateLimit|enforceRateLimit|applyRateLimit|throttle)\w*$/.test(name)) {
      summary.limitsRate = true;
      // `if (pathname.startsWith('/api/auth')) { const { success } = await ratelimit.limit(ip); ... }` in a middleware: those paths only
      const scope = this.pathScopeOf({ test: n } as IfRecord);
      if (!scope) this.rateLimitedEverywhere.add(summary);
      else (summary.rateLimitPaths ??= []).push(scope);
    }
    if ((/^(?:compare|compareSync|verify|verifySync)$/.test(name) && (/^(?:bcrypt|bcryptjs|argon2|argon|scrypt)\b/i.test(text) || this.isPasswordHashCall(n))) || PASSWORD_CHECK_NAME.test(name)) summary.checksPassword = true;
    // (Passport's local strategy checks the posted password: `passport.authenticate('local', cb)(req, res, next)` signs the caller in)
    const firstArg = n.arguments[0] ? unwrap(n.arguments[0] as Node) : undefined;
    if (name === 'authenticate' && /passport/i.test(text) && firstArg?.type === 'Literal' && typeof firstArg.value === 'string' && /^local(?:[-_]|$)/i.test(firstArg.value)) summary.checksPassword = true;
    // (so does remix-auth's `authenticator.authenticate('user-pass', request)` with a form strategy: it answers the user whose posted
    // password matched, or throws, and a login action's 401 answers a wrong password, not a missing session)
    if (name === 'authenticate' && /^authenticator\b/i.test(text) && firstArg?.type === 'Literal' && typeof firstArg.value === 'string' &&
      /^(?:form|local|credentials?|(?:user|email|staff|admin|member)?[-_]?(?:pass|password|form|credentials?|login)|password)$/i.test(firstArg.value)) summary.checksPassword = true;
    if (/^(?:hash|hashSync)$/.test(name) && /^(?:bcrypt|bcryptjs|argon2|argon)\b/i.test(text)) summary.hashesPassword = true;
    // node:crypto used to hash a password (weakly or not): `crypto.createHash('sha256').update(password)`,
    // `scryptSync(password, salt, 64)`, `pbkdf2(password, ...)`: the row it goes into holds a credential all the same
    const hashCallee = unwrap(n.callee as Node);
    if (((name === 'update' && hashCallee.type === 'MemberExpression' && /\bcreateHash\s*\(/.test(textOf(this.src, hashCallee.object as Node, 120))) ||
      (/^(?:scrypt|scryptSync|pbkdf2|pbkdf2Sync)$/.test(name) && n.arguments.length >= 2)) &&
      n.arguments[0] && /passw(?:or)?d|\bpass\b|passphrase/i.test(textOf(this.src, n.arguments[0] as Node, 80))) summary.hashesPassword = true;
  }

  /**
   * `if (req.method === 'GET') { ... }` / `case 'GET':` around a node: the HTTP method it runs for; else the form
   * intent it runs for (`@delete`, `@!save,publish` after branches that took those and ended): see `intentBranchOf`.
   */
  /**
   * The function checks request data against a schema (`parsesInput`, `validatesInline`); in a `pages/api` handler's
   * method branch (`if (req.method === 'PUT') { Schema.parse(req.body) }`) it does so for that method only: the
   * branch is kept in `validationBranches` ('' when the check runs for every method).
   */
  /**
   * `const check = Schema.safeParse(body)` whose answer decides nothing: no `check.data` read and no `if (!check.success)`
   * that ends the request (only logged, `if (!check.success) console.warn(...)`), the raw body written after it. A
   * throwing `parse` checks by failing; a verdict kept anywhere else (returned, handed on, destructured) is trusted.
   */
  private verdictIgnored(n: TSESTree.CallExpression, name: string): boolean {
    if (!/^(?:safeParse|safeParseAsync|spa)$/.test(name)) return false;
    let at: Node = n;
    let parent = (at as { parent?: Node }).parent;
    if (parent?.type === 'AwaitExpression') (at = parent), (parent = (at as { parent?: Node }).parent);
    if (parent?.type !== 'VariableDeclarator' || parent.init !== at || parent.id.type !== 'Identifier') return false;
    const v = this.variableOf(parent.id as Node);
    if (!v) return false;
    const ends = (st: Node | null | undefined) => !!st && /\b(?:return|throw)\b|\b(?:redirect|notFound|error|fail|forbidden|unauthorized)\s*\(/.test(textOf(this.src, st, 2000));
    for (const r of v.references) {
      if (r.identifier === parent.id) continue;
      const up = (r.identifier as { parent?: Node }).parent;
      if (up?.type !== 'MemberExpression' || up.object !== r.identifier) return false;
      const prop = propName(up);
      if (prop === 'data' || prop === 'output') return false;
      if (prop !== 'success') continue;
      // the test the verdict is read in: `if (!check.success) return 400`
      let cur: Node | undefined = up;
      for (let i = 0; i < 4 && cur && cur.type !== 'IfStatement' && cur.type !== 'ConditionalExpression'; i++) cur = (cur as { parent?: Node }).parent;
      if (!cur || cur.type !== 'IfStatement') return false;
      const test = cur as TSESTree.IfStatement;
      if (ends(test.consequent as Node) || ends(test.alternate as Node | null)) return false;
    }
    return true;
  }

  private noteParses(summary: FunctionSummary, n: Node, kind: 'parsesInput' | 'validatesInline'): void {
    summary[kind] = true;
    const branch = this.methodBranchOf(n) ?? '';
    (summary.validationBranches ??= []).push(branch);
    // a check made for each item, `records.forEach((record) => { const { error, value } = rowSchema.validate(record) ... })`:
    // the function that iterates checks them (the callback runs inside it)
    let fn = this.fnNodes[this.enclosingFn(n)];
    for (let i = 0; i < 3 && fn; i++) {
      const call = (fn as { parent?: Node }).parent;
      if (call?.type !== 'CallExpression' || !call.arguments.includes(fn as TSESTree.CallExpressionArgument) || unwrap(call.callee).type !== 'MemberExpression' ||
        !/^(?:forEach|map|flatMap|filter|reduce|some|every|find)$/.test(propName(unwrap(call.callee) as TSESTree.MemberExpression) ?? '')) break;
      const outerId = this.enclosingFn(call);
      const outer = this.facts.functions[outerId];
      if (!outerId || !outer) break;
      outer[kind] = true;
      (outer.validationBranches ??= []).push(branch);
      fn = this.fnNodes[outerId];
    }
  }

  private methodBranchOf(n: Node): string | undefined {
    return this.httpMethodBranchOf(n) ?? this.intentBranchOf(n);
  }

  private mentionsIntent?: boolean;

  /**
   * A Remix / React Router action that branches on the submitted intent (`const intent = form.get('intent')`,
   * `switch (intent) { case 'delete': ... }`, `if (input._action === 'archive')`): `@delete` inside a branch, or
   * `@!a,b` after branches that took those intents and ended. The same route runs them all; a check made in one
   * intent's branch does not run for another's (`classify.branchCovers`).
   */
  private intentBranchOf(n: Node): string | undefined {
    if (this.mentionsIntent === undefined) this.mentionsIntent = INTENT_WORD.test(this.src);
    if (!this.mentionsIntent) return undefined;
    const taken: string[] = [];
    let child: Node = n;
    let cur = (n as { parent?: Node }).parent;
    for (let i = 0; cur && i < 40 && !(isFunctionNode(cur) && !isInlineCallback(cur)); i++) {
      if (cur.type === 'IfStatement' && cur.consequent === child) {
        const v = this.intentTested(cur.test);
        if (v) return '@' + v;
      }
      if (cur.type === 'SwitchCase' && cur.test && INTENT_WORD.test(textOf(this.src, ((cur as { parent?: Node }).parent as TSESTree.SwitchStatement).discriminant, 80))) {
        const lit = staticString(cur.test);
        if (lit) return '@' + lit;
      }
      if (cur.type === 'BlockStatement' && !taken.length) {
        for (const st of cur.body) {
          if (st === child) break;
          if (st.type !== 'IfStatement' || st.alternate || !alwaysExits(st.consequent as Node)) continue;
          const v = this.intentTested(st.test);
          if (v) taken.push(v);
        }
      }
      child = cur;
      cur = (cur as { parent?: Node }).parent;
    }
    return taken.length ? '@!' + [...new Set(taken)].join(',') : undefined;
  }

  /** `intent === 'delete'`, `'delete' === form.get('intent')`: the intent value tested (one equality, nothing combined). */
  private intentTested(test: Node): string | undefined {
    const t = unwrap(test);
    if (t.type !== 'BinaryExpression' || (t.operator !== '===' && t.operator !== '==')) return undefined;
    for (const [a, b] of [[t.left, t.right], [t.right, t.left]] as [Node, Node][]) {
      const lit = staticString(b);
      if (lit !== null && INTENT_WORD.test(textOf(this.src, a, 80))) return lit;
    }
    return undefined;
  }

  /** `if (req.method === 'GET') { ... }` / `case 'GET':` around a node: the HTTP method it runs for. */
  private httpMethodBranchOf(n: Node): string | undefined {
    // (asked for every call and query: most files never test a request's method)
    if (this.mentionsMethod === undefined) this.mentionsMethod = /\.method\b/.test(this.src);
    if (!this.mentionsMethod) return undefined;
    let child: Node = n;
    let cur = (n as { parent?: Node }).parent;
    for (let i = 0; cur && i < 40 && !(isFunctionNode(cur) && !isInlineCallback(cur)); i++) {
      if (cur.type === 'IfStatement' && cur.consequent === child) {
        const m = /\.method\s*===?\s*['"`]([A-Za-z]+)['"`]|['"`]([A-Za-z]+)['"`]\s*===?\s*\w+\.method/.exec(textOf(this.src, cur.test, 120));
        if (m) return (m[1] ?? m[2]).toUpperCase();
      }
      if (cur.type === 'SwitchCase' && cur.test && /\.method\b/.test(textOf(this.src, ((cur as { parent?: Node }).parent as TSESTree.SwitchStatement).discriminant, 60))) {
        const lit = staticString(cur.test);
        if (lit) return lit.toUpperCase();
      }
      child = cur;
      cur = (cur as { parent?: Node }).parent;
    }
    return this.methodsLeftBehind(n);
  }

  private mentionsMethod?: boolean;

  /**
   * A function the caller handed in an options object, called here: `options.handler(args)`,
   * `function f({ handler }) { handler(args) }`, `const { handler } = options; handler(args)`.
   */
  private calledOption(callee: Node): { fn: FnNode; index: number; prop: string } | null {
    const paramOf = (id: Node): { fn: FnNode; index: number; path: string[] } | null => {
      const def = id.type === 'Identifier' ? this.refMap.get(id)?.defs[0] : undefined;
      if (def?.type !== 'Parameter') return null;
      const { index, path } = paramPosition(def.node as FnNode, def.name as Node);
      return index < 0 ? null : { fn: def.node as FnNode, index, path };
    };
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const p = paramOf(unwrap(callee.object as Node));
      return p && p.path.length === 0 ? { fn: p.fn, index: p.index, prop: callee.property.name } : null;
    }
    if (callee.type !== 'Identifier') return null;
    const p = paramOf(callee);
    if (p) return p.path.length === 1 ? { fn: p.fn, index: p.index, prop: p.path[0] } : null;
    const def = this.refMap.get(callee)?.defs[0];
    if (def?.type !== 'Variable' || (def.node as Node).type !== 'VariableDeclarator') return null;
    const decl = def.node as TSESTree.VariableDeclarator;
    const from = decl.init ? paramOf(unwrap(decl.init as Node)) : null;
    const path = from && from.path.length === 0 ? patternPath(decl.id as Node, def.name as Node) : null;
    return from && path?.length === 1 ? { fn: from.fn, index: from.index, prop: path[0] } : null;
  }

  /**
   * Code after `if (req.method === 'POST') { ...; return }` runs for the other methods: `!POST` (the
   * methods, comma-separated, the branches before it took and ended). Undefined when none did.
   */
  private methodsLeftBehind(n: Node): string | undefined {
    // (asked for every call and query: most files never test a request's method)
    if (this.mentionsMethod === undefined) this.mentionsMethod = /\.method\b/.test(this.src);
    if (!this.mentionsMethod) return undefined;
    const taken: string[] = [];
    let child: Node = n;
    let cur = (n as { parent?: Node }).parent;
    for (let i = 0; cur && i < 40 && !(isFunctionNode(cur) && !isInlineCallback(cur)); i++) {
      if (cur.type === 'BlockStatement') {
        for (const st of cur.body) {
          if (st === child) break;
          if (st.type !== 'IfStatement' || st.alternate || !alwaysExits(st.consequent as Node)) continue;
          const test = this.src.slice(st.test.range[0], st.test.range[1]);
          // (a negated or combined test leaves no method behind for sure)
          if (/!|&&/.test(test)) continue;
          const methods = [...test.matchAll(/\.method\s*===?\s*['"`]([A-Za-z]+)['"`]/g)].map((m) => m[1].toUpperCase());
          taken.push(...methods);
        }
      }
      child = cur;
      cur = (cur as { parent?: Node }).parent;
    }
    return taken.length ? '!' + [...new Set(taken)].join(',') : undefined;
  }

  /** Inside `if (process.env.NODE_ENV !== 'production')`, `isDev ? ... : ...` and the like. */
  private guardedByEnv(n: Node): boolean {
    let child = n;
    let cur = (n as { parent?: Node }).parent;
    for (let i = 0; cur && i < 20; i++) {
      if (cur.type === 'IfStatement' || cur.type === 'ConditionalExpression' || cur.type === 'LogicalExpression') {
        const test = cur.type === 'LogicalExpression' ? cur.left : cur.test;
        // the condition itself is not gated by itself (`err.message || fallback`)
        if (test === child) {
          child = cur;
          cur = (cur as { parent?: Node }).parent;
          continue;
        }
        const t = textOf(this.src, test as Node, 200);
        // (Koa's `ctx.app.env` and Express's `app.get('env')` are NODE_ENV; so is any value compared with 'production')
        if (/NODE_ENV|isDev|isProd|isProduction|isDevelopment|DEBUG|development|exposeErrors|showStack|\benv\.(?:DEV|PROD|MODE)\b|import\.meta\.dev\b|\.validation\b|ValidationError|ZodError|isJoi/i.test(t) ||
          /\bapp\.env\b|\bapp\.get\(\s*['"]env['"]\s*\)|[!=]==?\s*['"`]production['"`]|['"`]production['"`]\s*[!=]==?/.test(t)) return true;
        // errors meant for clients: `err instanceof HttpError`, `err.expose`, `err.isOperational`, `err.status < 500`
        const inst = /instanceof\s+([\w.]+)/.exec(t);
        const cls = inst ? inst[1].split('.').pop()! : '';
        if ((cls && /Http|Api|App|Client|User|Public|Business|Domain|Validation|BadRequest|NotFound|Forbidden|Unauthori[sz]ed|Auth|Permission|Access|Conflict|Operational|Expected|Safe/.test(cls) && !/Prisma|Sequelize|Mongo|QueryFailed|Database|Sql|Stripe|Axios|Fetch/.test(inst![1])) ||
          /\.expose\b|isOperational|status(?:Code)?\s*<\s*500/.test(t) || this.narrowsToOwnError(test as Node)) return true;
        // `else if (err.errorCode) res.status(err.errorCode).json(err.message)`: an error the app gave a status (its own HttpException)
        const thenBranch = cur.type === 'LogicalExpression' ? cur.operator === '&&' && cur.right === child : cur.consequent === child;
        if (thenBranch && /^\s*(?:\w+\s*&&\s*)?\w+\.(?:errorCode|statusCode|status|httpStatus|httpCode)\s*$/.test(t)) return true;
      }
      if (isFunctionNode(cur)) break;
      child = cur;
      cur = (cur as { parent?: Node }).parent;
    }
    return false;
  }

  /**
   * Where the values a model-method write stores come from, leaving its filter out: Prisma `data` /
   * `create` / `update`, TypeORM `update(criteria, values)`, Mongoose `updateOne(filter, update)`,
   * Sequelize `update(values, { where })`, `create(values)`, `save(entity)`. Only request, parameter
   * and helper-argument origins are kept, with the written keys when spelled out. Drizzle/Kysely builders:
   * their `.set()`/`.values()`. undefined for other builder chains and SQL (not read).
   */
  /** `const user = {}; if (firstName) user.firstName = firstName;`: an object literal filled in after its declaration */
  private filledLater(id: Node): boolean {
    if (id.type !== 'Identifier') return false;
    const v = this.refMap.get(id) ?? this.declaredVariable(id);
    if (!v) return false;
    return v.references.some((r) => {
      const up = (r.identifier as { parent?: Node }).parent;
      if (up?.type === 'MemberExpression' && up.object === r.identifier) {
        const top = (up as { parent?: Node }).parent;
        return top?.type === 'AssignmentExpression' && top.left === up;
      }
      // `Object.assign(user, req.body)`
      return up?.type === 'CallExpression' && up.arguments[0] === r.identifier && /^Object\.assign$/.test(calleeText(up));
    });
  }

  /**
   * An object made empty and filled key by key from a parameter's own keys (`const out = {}; Object.keys(controller)
   * .forEach((key) => { out[key] = asyncHandler(controller[key]) }); return out`): a controller module's functions each
   * wrapped, under the same names. What the caller reads from it is that parameter's member (its wrapper adds no check).
   */
  private keyMappedParam(arg: Node): ValueRef | null {
    const id = unwrap(arg);
    if (id.type !== 'Identifier') return null;
    const init = this.localInit(id);
    if (init?.type !== 'ObjectExpression' || init.properties.length) return null;
    const v = this.refMap.get(id);
    for (const r of v?.references ?? []) {
      const m = (r.identifier as { parent?: Node }).parent;
      const a = (m as { parent?: Node } | undefined)?.parent;
      if (m?.type !== 'MemberExpression' || !m.computed || m.object !== r.identifier || a?.type !== 'AssignmentExpression' || a.left !== m) continue;
      // the value read by the same computed key from a parameter: `controller[key]`
      let found: ValueRef | null = null;
      walk(a.right as Node, (x) => {
        if (found || x.type !== 'MemberExpression' || !x.computed || unwrap(x.object as Node).type !== 'Identifier') return;
        const base = this.valueOf(x.object as Node);
        if (base.k === 'param' && !base.path.length) found = base;
      });
      if (found) return found;
    }
    return null;
  }

  /**
   * A write whose every written value is a counter bump or a constant: Prisma `data: { views: { increment: 1 } }` (an
   * upsert's `create` may also name the keys it was found by: `{ views: 1, resumeId }`), MongoDB `{ $inc: { clicks: 1 } }`.
   */
  /**
   * A Prisma update that only links one person to the record, or unlinks them, through a reaction relation
   * (`data: { favoritedBy: { connect: { id: userId } } }`, `likedBy`, `followers`, `bookmarks`...): the taints of who.
   * (a membership relation, `members: { connect: { id } }`, grants access: not a reaction)
   */
  private reactionLinkTaint(n: TSESTree.CallExpression, q: QueryFact): Taint[] | null {
    if (q.orm !== 'prisma' || q.op !== 'update') return null;
    const arg = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
    if (arg?.type !== 'ObjectExpression') return null;
    const data = arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'data');
    const dv = data ? unwrap(data.value as Node) : null;
    if (dv?.type !== 'ObjectExpression' || !dv.properties.length) return null;
    const taints: Taint[] = [];
    for (const p of dv.properties) {
      if (p.type !== 'Property' || p.computed || !REACTION_RELATION.test(propName(p) ?? '')) return null;
      const link = unwrap(p.value as Node);
      if (link.type !== 'ObjectExpression' || link.properties.length !== 1) return null;
      const op = link.properties[0];
      if (op.type !== 'Property' || !/^(?:connect|disconnect)$/.test(propName(op) ?? '')) return null;
      const who = unwrap(op.value as Node);
      if (who.type !== 'ObjectExpression' || who.properties.length !== 1 || who.properties[0].type !== 'Property') return null;
      const value = unwrap(who.properties[0].value as Node);
      if (value.type === 'Literal') return null;
      taints.push(...this.taintOf(value));
    }
    return taints.length ? uniq(taints) : null;
  }

  private bumpsCountersOnly(n: TSESTree.CallExpression, q: QueryFact): boolean {
    const obj = (a: Node | undefined): TSESTree.ObjectExpression | null => {
      const u = a ? unwrap(a) : null;
      const init = u?.type === 'Identifier' && !this.filledLater(u) ? this.localInit(u) : u;
      return init?.type === 'ObjectExpression' ? init : null;
    };
    const props = (o: TSESTree.ObjectExpression): TSESTree.Property[] | null =>
      o.properties.every((p) => p.type === 'Property' && !p.computed) ? (o.properties as TSESTree.Property[]) : null;
    const constant = (v: Node): boolean => {
      const u = unwrap(v);
      return (u.type === 'Literal' && u.value !== null && typeof u.value !== 'object') || (u.type === 'NewExpression' && lastName(u) === 'Date' && !u.arguments.length);
    };
    const bump = (v: Node): boolean => {
      const o = obj(v);
      const ps = o && props(o);
      return !!ps && ps.length === 1 && /^(?:increment|decrement)$/.test(propName(ps[0]) ?? '') && unwrap(ps[0].value as Node).type === 'Literal';
    };
    if (q.orm === 'prisma' && /^(?:update|updateMany|upsert)$/.test(q.op)) {
      const ps = props(obj(n.arguments[0] as Node) ?? ({ properties: [] } as unknown as TSESTree.ObjectExpression)) ?? [];
      const get = (k: string) => ps.find((p) => propName(p) === k)?.value as Node | undefined;
      const written = obj(get(q.op === 'upsert' ? 'update' : 'data'));
      const wps = written && props(written);
      if (!wps?.length || !wps.some((p) => bump(p.value as Node)) || !wps.every((p) => bump(p.value as Node) || constant(p.value as Node))) return false;
      if (q.op !== 'upsert') return true;
      const keys = new Set((q.where ?? []).map((t) => t.path.split('.').pop()));
      const created = obj(get('create'));
      const cps = created && props(created);
      return !!cps && cps.every((p) => constant(p.value as Node) || (unwrap(p.value as Node).type === 'Identifier' && keys.has(propName(p) ?? '')));
    }
    // Knex `db('articles').where({ id }).increment('helpful_count', 1)` (also `{ views: 1 }`), with nothing else written
    if (q.orm === 'knex' && q.op === 'update') {
      const names: string[] = [];
      let bumpCall: TSESTree.CallExpression | null = null;
      for (let cur: Node = n; cur.type === 'CallExpression'; ) {
        const callee = unwrap(cur.callee as Node);
        if (callee.type !== 'MemberExpression') break;
        const nm = propName(callee) ?? '';
        names.push(nm);
        if (/^(?:increment|decrement)$/.test(nm)) bumpCall = cur;
        cur = unwrap(callee.object as Node);
      }
      if (!bumpCall || names.includes('update')) return false;
      const [col, amount] = bumpCall.arguments as Node[];
      if (col && staticString(col) !== null) return !amount || constant(amount);
      const o = col ? obj(col) : null;
      const ps = o && props(o);
      return !!ps?.length && ps.every((p) => constant(p.value as Node));
    }
    if ((q.orm === 'mongoose' || q.orm === 'mongodb') && /^(?:updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate)$/.test(q.op)) {
      const update = obj(n.arguments[1] as Node);
      const ps = update && props(update);
      if (!ps?.length || !ps.some((p) => propName(p) === '$inc')) return false;
      return ps.every((p) => {
        const inner = obj(p.value as Node);
        const ips = inner && props(inner);
        return !!ips && ips.every((x) => constant(x.value as Node)) && /^\$(?:inc|set|currentDate)$/.test(propName(p) ?? '');
      });
    }
    return false;
  }

  /**
   * A write that only stamps when a record was last used (`.set({ lastUsedAt: new Date() })`, `data: { lastSeenAt: new Date() }`,
   * `{ $set: { lastLoginAt: Date.now() } }`): the bookkeeping of a sign-in or an API key's use, no one's data. A soft delete
   * or a state change stamped with a time (`deletedAt`, `archivedAt`) is a write.
   */
  private touchesOnly(n: TSESTree.CallExpression): boolean {
    const TOUCH = /^last[A-Z_]\w*?(?:At|On|Time|Date|_at|_on)?$|^(?:seen|used|accessed|active)(?:At|_at)$/;
    const NOW = /^(?:new Date\(\)(?:\.toISOString\(\))?|Date\.now\(\)|sql`\s*(?:now\(\)|CURRENT_TIMESTAMP)\s*`|[\w.]*fn\.now\(\)|Math\.floor\(Date\.now\(\) \/ 1000\))$/i;
    const stamps = (o: TSESTree.ObjectExpression): boolean =>
      o.properties.length > 0 && o.properties.every((p) => p.type === 'Property' && !p.computed && TOUCH.test(propName(p) ?? '') && NOW.test(textOf(this.src, unwrap(p.value as Node), 80)));
    // (the written part of an update's options: Prisma's `data`, Mongo's `$set`, beside its filter)
    const touch = (o: TSESTree.ObjectExpression): boolean => {
      if (stamps(o)) return true;
      const props = o.properties.filter((p): p is TSESTree.Property => p.type === 'Property' && !p.computed);
      if (props.length !== o.properties.length) return false;
      const written = props.filter((p) => /^(?:data|\$set|\$currentDate)$/.test(propName(p) ?? ''));
      return written.length > 0 && props.every((p) => written.includes(p) || /^(?:where|select|include|returning)$/.test(propName(p) ?? '')) &&
        written.every((p) => { const v = unwrap(p.value as Node); return v.type === 'ObjectExpression' && stamps(v); });
    };
    let cur: Node = n;
    for (let i = 0; i < 6 && cur.type === 'CallExpression'; i++) {
      const call = cur as TSESTree.CallExpression;
      for (const a of call.arguments) {
        const u = unwrap(a as Node);
        if (u.type === 'ObjectExpression' && touch(u)) return true;
      }
      const callee = unwrap(call.callee as Node);
      if (callee.type !== 'MemberExpression') break;
      cur = unwrap(callee.object as Node);
    }
    return false;
  }

  private writtenDataTaint(n: TSESTree.CallExpression, q: QueryFact): { taint: Taint[]; keys?: string[] } | undefined {
    // an uploaded file's bytes stored as they came (`data: file.buffer`) are the upload itself, judged by
    // unrestricted-upload; its contents read into rows (`file.buffer.toString().split('\n')`) are data
    // (also the bytes read first, `const content = await file.toBuffer()` of @fastify/multipart, then `{ scan: content }`)
    const bytes = (v: Node, depth = 0): boolean => {
      const u = unwrap(v);
      if (u.type === 'MemberExpression' && !u.computed) return propName(u) === 'buffer' || propName(u) === 'data';
      if (u.type === 'CallExpression') return u.callee.type === 'MemberExpression' && propName(u.callee) === 'toBuffer' && !u.arguments.length;
      if (u.type !== 'Identifier' || depth > 2) return false;
      const init = this.localInit(u);
      return !!init && init !== u && bytes(init, depth + 1);
    };
    const storedTaint = (t: Taint[], v: Node, depth = 0): Taint[] => {
      const u = unwrap(v);
      if (bytes(u)) return t.filter((x) => !/\.buffer$/.test(x));
      // (Prisma's nested `create: { ..., data: file.buffer }` of an upsert)
      if (u.type === 'ObjectExpression' && depth < 3) {
        return u.properties.flatMap((p) => (p.type === 'SpreadElement' ? this.taintOf(p.argument as Node) : storedTaint(this.taintOf(p.value as Node), p.value as Node, depth + 1)));
      }
      return t;
    };
    // Drizzle and Kysely builders: `db.update(t).set({...}).where(...)`, `db.insert(t).values({...})`
    // (Knex: `.update({ role: 'admin' })`, `.insert({...})`)
    // (Supabase: `supabase.from('profiles').update({...})`, `.insert(...)`, `.upsert(...)`)
    if (q.orm === 'drizzle' || q.orm === 'kysely' || q.orm === 'knex' || q.orm === 'supabase') {
      const link = builderChain(n).links.find((l) => (q.orm === 'knex' || q.orm === 'supabase' ? l.name === 'update' || l.name === 'insert' || (q.orm === 'supabase' && l.name === 'upsert') : l.name === 'set' || l.name === 'values'));
      const arg = link?.args.length === 1 ? unwrap(link.args[0]) : null;
      if (!arg) return undefined;
      const rows = arg.type === 'ArrayExpression' ? arg.elements.filter((e): e is TSESTree.Expression => !!e && e.type !== 'SpreadElement') as Node[] : [arg];
      const objs = rows.map((r) => {
        const u = unwrap(r);
        const init = u.type === 'Identifier' ? (this.filledLater(u) ? null : this.localInit(u)) : u;
        return init?.type === 'ObjectExpression' ? init : null;
      });
      const taint = rows.flatMap((r, i) => {
        const o = objs[i];
        if (!o) return this.taintOf(r);
        return o.properties.flatMap((p) => (p.type === 'SpreadElement' ? this.taintOf(p.argument as Node) : storedTaint(this.taintOf(p.value as Node), p.value as Node)));
      });
      const keys = objs.every((o) => !!o) ? uniq(objs.flatMap((o) => o!.properties.map((p) => (p.type === 'Property' ? propName(p) : null)).filter((k): k is string => !!k))) : undefined;
      return { taint: [...new Set(taint.filter((t) => /^(?:request|arg|param):/.test(t)))], ...(keys ? { keys } : {}) };
    }
    if (!['prisma', 'typeorm', 'mikro-orm', 'sequelize', 'mongoose', 'mongodb', 'firestore', 'lucid', 'orm'].includes(q.orm) || !n.arguments.length) return undefined;
    const FILTER_KEYS = /^(?:where|select|include|omit|orderBy|order|skip|take|cursor|distinct|relations|limit|offset|attributes|transaction|lock|returning|individualHooks|upsert|new|lean|session|arrayFilters|runValidators)$/;
    const objectOf = (a: Node): TSESTree.ObjectExpression | null => {
      const u = unwrap(a);
      if (u.type === 'ObjectExpression') return u;
      const init = u.type === 'Identifier' && !this.filledLater(u) ? this.localInit(u) : null;
      return init?.type === 'ObjectExpression' ? init : null;
    };
    // (an object filled in after its declaration holds what was assigned to it: not known here)
    let unknown = false;
    const taintOfValue = (a: Node): Taint[] => {
      const u = unwrap(a);
      if (u.type === 'Identifier' && this.filledLater(u)) unknown = true;
      return storedTaint(this.taintOf(a), a);
    };
    const valuesOf = (a: Node, keys?: RegExp): Taint[] => {
      const o = objectOf(a);
      if (!o) return taintOfValue(a);
      return o.properties.flatMap((p) => {
        if (p.type === 'SpreadElement') return taintOfValue(p.argument as Node);
        const k = propName(p);
        if (k && (keys ? !keys.test(k) : FILTER_KEYS.test(k))) return [];
        return taintOfValue(p.value as Node);
      });
    };
    let out: Taint[];
    let keys: string[] | undefined;
    if (q.orm === 'prisma') {
      out = valuesOf(n.arguments[0] as Node, /^(?:data|create|update)$/);
      // the fields written: `data: { role }`
      const opts = objectOf(n.arguments[0] as Node);
      const data = opts?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && /^(?:data|update)$/.test(propName(p) ?? ''));
      const obj = data ? objectOf(data.value as Node) : null;
      if (obj) keys = obj.properties.map((p) => (p.type === 'Property' ? propName(p) : null)).filter((k): k is string => !!k);
    }
    else {
      // an entity manager names the entity first: `em.nativeUpdate(Event, { id }, { status })`, `manager.update(Order, id, data)`
      const a0 = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
      const args = n.arguments.length >= 3 && a0?.type === 'Identifier' && a0.name === q.model ? n.arguments.slice(1) : n.arguments;
      const a1 = args[1] ? objectOf(args[1] as Node) : null;
      const sequelizeStyle = !!a1 && a1.properties.some((p) => p.type === 'Property' && propName(p) === 'where');
      // the first argument is the filter: TypeORM update/increment(criteria, ...), Mongoose updateOne(filter, update), MikroORM nativeUpdate(where, data)
      const criteriaFirst = args.length >= 2 && !sequelizeStyle && /^(?:update|updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate|replaceOne|findOneAndReplace|increment|decrement|upsert|nativeUpdate)$/.test(q.op);
      out = (criteriaFirst ? args.slice(1) : args).flatMap((a) => valuesOf(a as Node));
      // the fields written: `updateOne({ _id, clinicId }, { $set: { permissions } })`, Sequelize's `update({ role }, { where })`
      // (Firestore's `doc(id).update(data)`, `.set(data)`, `.add(data)`: the document's fields)
      const dataArg = criteriaFirst ? args[1] : sequelizeStyle || q.orm === 'firestore' ? args[0] : null;
      const dobj = dataArg ? objectOf(dataArg as Node) : null;
      if (dobj) {
        keys = dobj.properties.flatMap((p) => {
          if (p.type !== 'Property') return [];
          const k = propName(p);
          if (k && /^\$(?:set|setOnInsert|push|addToSet)$/.test(k)) {
            const inner = objectOf(p.value as Node);
            return inner ? inner.properties.map((x) => (x.type === 'Property' ? propName(x) : null)).filter((x): x is string => !!x) : [];
          }
          return k ? [k] : [];
        });
      }
    }
    if (unknown) return undefined;
    return { taint: [...new Set(out.filter((t) => /^(?:request|arg|param):/.test(t)))], ...(keys ? { keys } : {}) };
  }


  /**
   * `err instanceof QuotaError` where the class is the project's own (declared in this file or
   * imported from a relative or aliased path) and not named for a driver: its messages are written
   * by the app for its callers.
   */
  private narrowsToOwnError(test: Node): boolean {
    const stack: Node[] = [test];
    for (let i = 0; stack.length && i < 20; i++) {
      const n = unwrap(stack.pop()!);
      if (n.type === 'LogicalExpression') stack.push(n.left as Node, n.right as Node);
      if (n.type !== 'BinaryExpression' || n.operator !== 'instanceof') continue;
      const right = unwrap(n.right as Node);
      if (right.type !== 'Identifier' || /Prisma|Sequelize|Mongo|QueryFailed|Database|Sql|Stripe|Axios|Fetch|Driver|Knex|Pg|Redis/i.test(right.name)) continue;
      const src = this.importSourceOf(right);
      if (src ? /^(?:\.{1,2}\/|@\/|~\/|#)/.test(src) : this.valueOf(right).k === 'class') return true;
      // a framework's HTTP error the app throws with its own status and message: Hono's `HTTPException`,
      // NestJS's `HttpException`, http-errors' `HttpError` (`createError(404, 'No such invoice')`)
      if (src && /^(?:hono\/http-exception|hono|@nestjs\/common|http-errors)$/.test(src) && /^(?:HTTPException|HttpException|HttpError)$/.test(right.name)) return true;
    }
    return false;
  }

  private visitNew(n: TSESTree.NewExpression) {
    const fn = this.enclosingFn(n);
    this.noteCallbacks(n, fn);
    // a class of the workspace given values (`new App([new PostsController()])`): binds its constructor's parameters
    if (n.arguments.length && unwrap(n.callee).type === 'Identifier') {
      const callee = this.valueOf(n.callee);
      if ((callee.k === 'import' && /^[.@~#]/.test(callee.source)) || callee.k === 'ref') {
        (this.facts.constructions ??= []).push({ callee, args: n.arguments.map((a) => this.valueOf(a as Node)), pos: posOf(n) });
      }
    }
    const up = detectUpload(this, n);
    if (up) (this.facts.uploads ??= []).push(up);
    const leak = detectErrorLeakNew(this, n, (x) => this.guardedByEnv(x)) ?? detectGraphqlErrorConfig(this, n);
    if (leak) (this.facts.errorLeaks ??= []).push({ ...leak, inFunction: fn });
    for (const a of n.arguments) {
      // (also a literal fallback: `new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_...')`)
      const w = unwrap(a as Node);
      const u = w.type === 'LogicalExpression' && (w.operator === '||' || w.operator === '??') ? unwrap(w.right as Node) : w;
      if (u.type === 'Literal' && typeof u.value === 'string' && u.value.length >= 16) this.recordSecretLiteral(calleeText(n), u, true);
    }
    const model = detectOrmModel(this, n);
    if (model) (this.facts.ormModels ??= []).push(model);
    // `new Elysia({ cookie: { secrets: '...' } })` signs the app's cookies
    for (const hit of detectSessionSecretCall(this, n)) this.pushSecretLiteral(hit);
    const name = lastName(n);
    // new Response(..., { status: 401 }) / new NextResponse(...)
    if (/Response$/.test(name)) this.checkResponseReject(n, fn, n);
    if (/^(?:Unauthori[sz]ed|Forbidden|Authentication|NotAuthenticated|Auth)(?:Error|Exception)$/.test(name)) this.markReject(fn, n);
    // an application error class carrying 401/403: `new ApiError(401, ...)`, `new RequestError({ status: 401 })`
    if (/(?:Exception|Error)$|^createError$/.test(name) && n.arguments.some((a) => isAuthStatus(a as Node))) this.markReject(fn, n);
  }

  /** Function expressions passed directly as arguments run as part of the enclosing function. */
  private noteCallbacks(n: TSESTree.CallExpression | TSESTree.NewExpression, fnId: number) {
    for (const a of n.arguments) {
      const u = unwrap(a as Node);
      if (u.type !== 'ArrowFunctionExpression' && u.type !== 'FunctionExpression') continue;
      const s = this.facts.functions[fnId];
      if (s) (s.callbacks ??= []).push(this.fnIdOf(u));
    }
  }

  /**
   * Is this receiver a next-connect router (`const router = createRouter()`, `nc()`, or a chain on one)? Its
   * method registrations take the handler alone: `router.get(handler)` answers GET on the file's path.
   */
  private onNextConnect(n: Node): boolean {
    let cur = unwrap(n);
    for (let i = 0; i < 16; i++) {
      if (cur.type === 'CallExpression' && unwrap(cur.callee).type === 'MemberExpression') cur = unwrap((unwrap(cur.callee) as TSESTree.MemberExpression).object);
      else break;
    }
    if (cur.type === 'Identifier') {
      const def = this.variableOf(cur)?.defs[0];
      const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
      if (!init) return false;
      cur = unwrap(init as Node);
    }
    if (cur.type !== 'CallExpression') return false;
    const callee = unwrap(cur.callee);
    return callee.type === 'Identifier' && this.importSourceOf(callee) === 'next-connect';
  }

  /** Is this receiver a chain (`router.group(...).prefix(...)`, `Server.middleware`) on the AdonisJS router or server service? */
  private onAdonisRouter(n: Node): boolean {
    let cur = unwrap(n);
    for (let i = 0; i < 16; i++) {
      if (cur.type === 'CallExpression') cur = unwrap(cur.callee);
      else if (cur.type === 'MemberExpression') cur = unwrap(cur.object);
      else break;
    }
    if (cur.type !== 'Identifier') return false;
    const imp = this.facts.imports[cur.name];
    return !!imp && ADONIS_ROUTER_MODULE.test(imp.source);
  }

  private visitCall(n: TSESTree.CallExpression) {
    const fnId = this.enclosingFn(n);
    const summary = this.facts.functions[fnId];
    this.noteCallbacks(n, fnId);
    const callee = unwrap(n.callee);
    const name = lastName(n);
    // a parameter's list searched for another parameter anywhere in a helper (`const role = members.find((m) => m.userId === userId)?.role`)
    if (fnId && callee.type === 'MemberExpression' && /^(?:some|find|findIndex|includes|has)$/.test(name)) {
      for (const [i, j] of this.paramSearch(n)) if (!(summary.looksUpParams ??= []).some(([x, y]) => x === i && y === j)) summary.looksUpParams.push([i, j]);
    }
    const chain = memberChain(n.callee);
    // `if (!member) throwErr(NOT_MEMBER)`: a helper named for throwing ends the path as a `throw` does
    // (SvelteKit 2's `error(404, 'Not found')` and `redirect(303, '/login')` throw themselves: no `throw` is written)
    if (callee.type === 'Identifier' && (THROW_HELPER.test(name) || ((name === 'error' || name === 'redirect') && this.facts.imports[callee.name]?.source === '@sveltejs/kit')) &&
      (n as { parent?: Node }).parent?.type === 'ExpressionStatement') {
      this.exitRanges.push({ fn: fnId, start: n.range[0], end: n.range[1] });
      this.throwRanges.push({ fn: fnId, start: n.range[0], end: n.range[1] });
    }

    // hapi: server.auth.default('session'), server.auth.strategy('session', 'cookie', {...})
    if (callee.type === 'MemberExpression' && HAPI_AUTH_METHODS.has(name) && n.arguments.length >= 1) {
      const obj = unwrap(callee.object);
      if (obj.type === 'MemberExpression' && propName(obj) === 'auth') {
        this.facts.routerCalls.push({ receiver: this.valueOf(obj.object), method: `auth.${name}`, args: n.arguments.map((a) => this.valueOf(a as Node)), pos: posOf(n), order: this.order++, inFunction: fnId });
      }
    }
    // Elysia `.onError(({ error }) => ({ message: error.message, stack: error.stack }))`: what it returns is the response
    if (name === 'onError' && callee.type === 'MemberExpression' && this.mentionsElysia()) {
      const hook = n.arguments.length ? unwrap(n.arguments[n.arguments.length - 1] as Node) : null;
      if (hook && isFunctionNode(hook)) {
        for (const value of returnedValues(hook)) {
          const leak = detectErrorLeakValue(this, value, (x) => this.guardedByEnv(x));
          if (leak) (this.facts.errorLeaks ??= []).push({ pos: posOf(value), what: leak, inFunction: this.fnIdOf(hook) });
        }
      }
    }
    // router registrations: app.get('/x', ...), router.use(mw), router.route('/x').get(h)
    const adonis = callee.type === 'MemberExpression' && ADONIS_ROUTE_METHODS.has(name) && !ROUTER_METHODS.has(name) && this.onAdonisRouter(callee.object);
    // `for (const r of routes) router[r.method](r.path, ...r.middlewares, r.handler)`: a route table registered in a loop,
    // the method read off each element (one registration per element whose method is a known router method)
    if (callee.type === 'MemberExpression' && callee.computed && propName(callee) === null && n.arguments.length >= 2) {
      const nodes = this.loopElementNodes(n);
      // (over a list another module exports: one registration standing for each element, expanded when linking)
      const foreign = this.loopOverImport(n);
      if (foreign) {
        this.loopBindings = this.bindPattern(foreign.pattern, { k: 'member', object: foreign.list, prop: '#each' });
        const eachMethod = this.valueOf(caseFolded(callee.property as Node));
        this.facts.routerCalls.push({
          receiver: this.valueOf(callee.object), method: '#each', args: n.arguments.map((a) => this.valueOf(a as Node)), eachMethod,
          pos: posOf(n), order: this.order++, inFunction: fnId, ...(this.outsideProductionOnly(n) ? { devOnly: true as const } : {}),
        });
        this.loopBindings = new Map();
      }
      if (!foreign) this.loopElements(n).forEach((bindings, i) => {
        if (!bindings.size) return;
        this.loopBindings = bindings;
        let m = this.valueOf(caseFolded(callee.property as Node));
        if (m.k === 'member' && m.object.k === 'object') m = m.object.props[m.prop] ?? m;
        const method = m.k === 'lit' && typeof m.value === 'string' ? m.value.toLowerCase() : '';
        if (/^(?:get|post|put|patch|delete|del|all|options|head)$/.test(method)) {
          // (at the table's entry for it, when the table is written here: each route is its own line)
          const pos = posOf(nodes?.[i] ?? n);
          this.facts.routerCalls.push({
            receiver: this.valueOf(callee.object), method, args: n.arguments.map((a) => this.valueOf(a as Node)),
            pos, order: this.order++, inFunction: fnId, ...(this.outsideProductionOnly(n) ? { devOnly: true as const } : {}),
          });
        }
        this.loopBindings = new Map();
      });
    }
    if (adonis) {
      this.facts.routerCalls.push({ receiver: this.valueOf(callee.object), method: name, args: n.arguments.map((a) => this.valueOf(a as Node)), pos: posOf(n), order: this.order++, inFunction: fnId });
    } else if (callee.type === 'MemberExpression' && (ROUTER_METHODS.has(name) || isParamLoader(n, name) || (ELYSIA_METHODS.has(name) && this.mentionsElysia()))) {
      const minArgs = ELYSIA_METHODS.has(name) || name === 'use' || name === 'pre' || name === 'applyRoutes' || name === 'route' || name === 'register' || name === 'prefix' || name === 'onError' || name === 'setErrorHandler' || name === 'ext' || isRouteChain(callee.object) || this.onNextConnect(callee.object) ||
        // `router.use(auth).get(async (req, res) => ...)` on a router another module's factory made (`const router = apiRouter()`):
        // a method handed only a function is a next-connect registration (the pages/api adapter decides whether the router is one)
        (/^(?:get|post|put|patch|delete)$/.test(name) && n.arguments.length === 1 && isFunctionNode(unwrap(n.arguments[0] as Node))) ? 1 : 2;
      const unrolled = n.arguments.length >= minArgs ? this.loopElements(n) : [];
      const chained = unrolled.length === 1 ? this.chainLinkOrder(n) : undefined;
      for (const bindings of unrolled) {
        this.loopBindings = bindings;
        this.facts.routerCalls.push({
          receiver: this.valueOf(callee.object), method: name, args: n.arguments.map((a) => this.valueOf(a as Node)),
          pos: posOf(n), order: chained ?? this.order++, inFunction: fnId, ...(this.outsideProductionOnly(n) ? { devOnly: true as const } : {}),
        });
        this.loopBindings = new Map();
        // for chained `.route(p).get(h)`, report the line of `.get(`
        const last = this.facts.routerCalls[this.facts.routerCalls.length - 1];
        if (callee.property.loc) last.pos = { ...last.pos, line: callee.property.loc.start.line, column: callee.property.loc.start.column + 1 };
        // (`new Hono()\n  .get(...)`: the line of `.get(` too)
        if (!/^(?:CallExpression|NewExpression)$/.test(unwrap(callee.object).type) && !(ELYSIA_METHODS.has(name) || this.mentionsElysia())) last.pos = posOf(n);
      }
    }

    // NestJS setup: app.useGlobalGuards(...), app.setGlobalPrefix('api'), app.useGlobalPipes(new ValidationPipe())
    const nestKind = Object.hasOwn(NEST_SETUP, name) ? NEST_SETUP[name] : undefined;
    if (nestKind && callee.type === 'MemberExpression') (this.facts.nestSetup ??= []).push({ kind: nestKind, args: n.arguments.map((a) => this.valueOf(a as Node)), pos: posOf(n) });
    // consumer.apply(AuthMiddleware).exclude(...).forRoutes(...) in a module's configure()
    if (name === 'forRoutes' && callee.type === 'MemberExpression') {
      const parts: Record<string, ValueRef[]> = { apply: [], forRoutes: n.arguments.map((a) => this.valueOf(a as Node)), exclude: [] };
      let cur: Node = unwrap(callee.object);
      for (let i = 0; i < 8 && cur.type === 'CallExpression' && unwrap(cur.callee).type === 'MemberExpression'; i++) {
        const nm = lastName(cur);
        if (nm === 'apply' || nm === 'exclude') parts[nm] = cur.arguments.map((a) => this.valueOf(a as Node));
        cur = unwrap((unwrap(cur.callee) as TSESTree.MemberExpression).object);
      }
      if (parts.apply.length) (this.facts.nestSetup ??= []).push({ kind: 'middleware', args: [{ k: 'array', items: parts.apply }, { k: 'array', items: parts.forRoutes }, { k: 'array', items: parts.exclude }], pos: posOf(n) });
    }

    if (name === 'createRouteMatcher' && n.parent?.type === 'VariableDeclarator' && n.parent.id.type === 'Identifier') {
      const arg = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
      const patterns = arg?.type === 'ArrayExpression' ? arg.elements.map((e) => (e ? staticString(e as Node) : null)).filter((x): x is string => !!x) : [];
      (this.facts.routeMatchers ??= []).push({ variable: n.parent.id.name, patterns });
    }
    // sveltekit-superforms `superValidate(request, zod(schema))`: the posted form checked against the schema's adapter
    if (name === 'superValidate' && callee.type === 'Identifier' && n.arguments.length >= 2 && this.isSuperformsRequest(n.arguments[0] as Node)) this.noteParses(summary, n, 'parsesInput');
    // AdonisJS `await request.validateUsing(createInvoiceValidator)` (VineJS): the request's data through a schema
    if (name === 'validateUsing' && callee.type === 'MemberExpression' && n.arguments.length >= 1) this.noteParses(summary, n, 'parsesInput');
    // `ItemBody.partial().parse(ctx.request.body)`: a schema built in place parses the request's data
    // (also the rows of an uploaded file, `importRowSchema.validate(record)` for each record parsed from `req.file.buffer`)
    if (/^(?:parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|validateAsync)$/.test(name) && callee.type === 'MemberExpression' && !/^JSON\./.test(calleeText(n)) &&
      n.arguments.some((a) => this.taintOf(a as Node).some((t) => /^request:(?:body|input|query|params?|files?)/.test(t)))) {
      if (this.verdictIgnored(n, name)) (summary.ignoredVerdicts ??= []).push(posOf(n));
      else this.noteParses(summary, n, 'parsesInput');
    }
    // an uploaded file's rows kept only when a predicate checks their fields (`.filter(([name, email]) => name.length <= 80 &&
    // EMAIL_RE.test(email))`): the import checks its rows by hand
    if (name === 'filter' && callee.type === 'MemberExpression' && n.arguments.length === 1 && isFunctionNode(unwrap(n.arguments[0] as Node)) &&
      /\.test\(|\.length\s*<=?|\.includes\(/.test(textOf(this.src, unwrap(n.arguments[0] as Node), 600)) &&
      this.taintOf(callee.object as Node).some((t) => /^request:files?\.(?:\d+\.)?buffer(?:\.|$)/.test(t))) this.noteParses(summary, n, 'parsesInput');
    this.noteMergeIntoRecord(n, name);
    this.notePushIntoRecord(n, name);
    const direct = detectQuery(this, n);
    const q = direct ?? this.rowWrite(n, summary, name) ?? this.identityProviderWrite(n, name);
    if (q) {
      const branch = this.methodBranchOf(n);
      // a row read here and handed back to its repository (`repo.save(user)`) after only server values
      // were assigned into it (`user.refreshTokenHash = ...`) writes nothing of the client's
      // (a builder that read its values from its own link, Objection's `.patch(data).where(...)`, keeps them)
      const data = direct && q.kind === 'write' && !q.ofRow ? (q.dataTaint ? { taint: uniq(q.dataTaint.filter((t) => /^(?:request|arg|param):/.test(t))) } : this.writtenDataTaint(n, q))
        : direct && q.ofRow && !this.bodyFilledRows.has(`${fnId}:${q.ofRow}`) && this.rowFieldsServerOnly.get(`${fnId}:${q.ofRow}`) ? { taint: [] as Taint[], keys: [] as string[] } : undefined;
      // rows read nowhere but for how many there are (`const rows = await ...; return rows.length === 0`, a slug's availability): a count,
      // reported as counts are when the client picks the record or tenant counted (`where(eq(checkIns.organizationId, query.orgId))`)
      const counted = q.kind === 'read' && q.resultVar && this.onlyCounted(n, q.resultVar) ? { countedOnly: true } : {};
      const counters = q.kind === 'write' && direct && (this.bumpsCountersOnly(n, q) || this.touchesOnly(n)) ? { countersOnly: true } : {};
      const reaction = q.kind === 'write' && direct ? this.reactionLinkTaint(n, q) : null;
      (q.heldBy ? (summary.heldQueries ??= []) : summary.queries).push({ ...q, ...counted, ...counters, ...(branch ? { methodBranch: branch } : {}), ...(data ? { dataTaint: data.taint } : {}), ...(data?.keys?.length ? { dataKeys: data.keys } : {}), ...(q.kind === 'read' && q.resultVar && this.readAsBooleanOnly(n) ? { existenceOnly: true } : {}), ...(q.kind === 'read' && this.onlyWhenSignedIn(n) ? { signedInOnly: true } : {}), ...(reaction ? { reactionTaint: reaction } : {}), ...this.argGuardsOf(n) });
    } else {
      const branch = this.methodBranchOf(n);
      for (const w of this.unitOfWork(n, summary, name, fnId)) summary.queries.push({ ...w, ...(branch ? { methodBranch: branch } : {}) });
    }
    this.visitChecklist(n, fnId, summary, name, chain);
    this.collectAssertedOwnership(n, summary, name);
    this.collectAssertion(n, fnId, name);
    for (const a of n.arguments) {
      // (also a literal fallback: `new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_...')`)
      const w = unwrap(a as Node);
      const u = w.type === 'LogicalExpression' && (w.operator === '||' || w.operator === '??') ? unwrap(w.right as Node) : w;
      if (u.type === 'Literal' && typeof u.value === 'string' && u.value.length >= 16) this.recordSecretLiteral(calleeText(n), u, true);
    }
    const model = detectOrmModel(this, n);
    if (model) (this.facts.ormModels ??= []).push(model);
    const log = detectLogCall(this, n);
    // (a log made only outside production, `if (!isProduction) console.log(`Login link: ${url}`)`, writes no production log)
    if (log) summary.logs.push(this.outsideProductionOnly(n) ? { ...log, devOnly: true } : log);
    const cors = detectCorsCall(this, n) ?? detectCorsHeaderCall(this, n);
    if (cors) {
      cors.inFunction = fnId;
      // (the development branch of `if (isProduction) { allowlist } else { origin: true }`: no deployment allows it)
      if (this.outsideProductionOnly(n)) cors.devOnly = true;
      this.facts.cors.push(cors);
    }

    const option = this.calledOption(callee as Node);
    if (option) {
      const owner = this.facts.functions[this.fnIdOf(option.fn)];
      if (owner && !(owner.callsParamProp ??= []).some((c) => c.index === option.index && c.prop === option.prop)) owner.callsParamProp!.push({ index: option.index, prop: option.prop });
    }
    // Express-style control flow
    if (callee.type === 'Identifier') {
      const v = this.refMap.get(callee);
      const def = v?.defs[0];
      if (def?.type === 'Parameter') {
        const fn = def.node as FnNode;
        const { index } = paramPosition(fn, def.name as Node);
        const ownerId = this.fnIdOf(fn);
        const owner = this.facts.functions[ownerId];
        if (!owner.callsParam.includes(index)) owner.callsParam.push(index);
        if (/^(?:next|done|cb|callback)$/.test(callee.name) || index === 2) {
          summary.callsNext = true;
          if (!n.arguments.length) owner.passesOn = true;
          if (n.arguments.length && (isAuthError(n.arguments[0] as Node) || isAuthStatus(n.arguments[0] as Node))) this.markReject(fnId, n);
        }
      }
      // (not Remix / React Router's `redirect('/login', { headers: { 'Set-Cookie': await destroySession(session) } })`:
      // a redirect that sets the session cookie ends a sign-in or sign-out, it turns nobody away)
      if ((callee.name === 'redirect' || callee.name === 'permanentRedirect') && !setsCookieOption(n.arguments[1] as Node | undefined)) {
        // (SvelteKit's `redirect(303, '/app')` puts the status first: the target is the next argument)
        const first = unwrap(n.arguments[0] as Node);
        const statusFirst = first?.type === 'Literal' && typeof first.value === 'number' && n.arguments.length >= 2;
        const targetNode = unwrap(n.arguments[statusFirst ? 1 : 0] as Node);
        const target = staticString(targetNode) ?? '';
        // (a computed target under a known path, `/kiosk/${brewery}`, is that page: only a login one turns the caller away)
        const templated = targetNode?.type === 'TemplateLiteral' && targetNode.expressions.length > 0 ? targetNode.quasis.map((q) => q.value.cooked).join('') : null;
        if (templated !== null && templated.startsWith('/') && templated.length > 1) {
          if (/login|signin|sign-in|auth/i.test(templated)) this.markReject(fnId, n);
        } else if (/login|signin|sign-in|auth|\/$/i.test(target) || target === '') this.markReject(fnId, n);
      }
      if (callee.name === 'unauthorized' || callee.name === 'forbidden' || callee.name === 'notFound') this.markReject(fnId, n);
      // Clerk `const { redirectToSignIn } = auth(); return redirectToSignIn()`
      if (callee.name === 'redirectToSignIn') this.markReject(fnId, n);
      // SvelteKit `error(401, 'Sign in first')`, h3/Nuxt and http-errors `createError({ statusCode: 403 })`
      // (Elysia's context `status(401, 'Unauthorized')`, `error(403)`)
      if ((callee.name === 'error' || callee.name === 'createError' || callee.name === 'httpError' || callee.name === 'status') && n.arguments.some((a) => isAuthStatus(a as Node))) this.markReject(fnId, n);
      else if ((callee.name === 'status' || callee.name === 'error') && /^(?:Unauthorized|Forbidden)$/.test(staticString(n.arguments[0] as Node) ?? '')) this.markReject(fnId, n);
      // h3 `setResponseStatus(event, 401); return { error: 'Unauthorized' }`
      else if (callee.name === 'setResponseStatus' && n.arguments.length >= 2 && isAuthStatus(n.arguments[1] as Node)) this.markReject(fnId, n);
      // `error(404)`: a rejection when the test before it looks at the caller (see finishIfs)
      else if (callee.name === 'error' && n.arguments[0] && unwrap(n.arguments[0] as Node).type === 'Literal' && (unwrap(n.arguments[0] as Node) as TSESTree.Literal).value === 404) this.hideCalls.push({ fn: fnId, node: n });
      // nuxt-authorization `await authorize(event, editPost, post)` (auto-imported): resolves the caller from the
      // session and throws unless the ability allows them (guests are refused unless the ability lets them in)
      if (callee.name === 'authorize' && !this.refMap.get(callee) && n.arguments.length >= 2 && this.taintOf(n.arguments[0] as Node).some((t) => /^(?:param|request):/.test(t))) {
        summary.sessionGetters.push('authorize');
        summary.readsCredential.push('authorize()');
        this.noteBranchedRead(summary, n, 'authorize', 'authorize()');
        this.markReject(fnId, n);
      }
    }
    if (chain) {
      const last = chain[chain.length - 1];
      // res.status(401), res.sendStatus(403), reply.code(401), ctx.throw(401), c.json(x, 401), NextResponse.json(x, { status: 401 })
      if (['status', 'sendStatus', 'code', 'throw', 'writeHead', 'setStatus'].includes(last) && n.arguments.some((a) => isAuthStatus(a as Node))) this.markReject(fnId, n);
      if (['json', 'text', 'send', 'redirect', 'rewrite', 'body', 'html', 'end'].includes(last)) {
        summary.responds = true;
        this.checkResponseReject(n, fnId, n);
      }
      // (a short link's target: `c.redirect(link.url, 302)`, `res.redirect(301, row.target)`)
      if (last === 'redirect' && n.arguments.some((a) => this.taintOf(a as Node).some((t) => t.startsWith('db:')))) summary.redirectsToRow = true;
      if (last === 'redirect' && n.arguments.length && !setsCookieOption(n.arguments[1] as Node | undefined)) {
        const target = staticString(n.arguments[n.arguments.length - 1] as Node) ?? textOf(this.src, n.arguments[0] as Node);
        if (/login|signin|sign-in|auth/i.test(target)) this.markReject(fnId, n);
      }
      if (last === 'protect' && chain.length >= 2) this.markReject(fnId, n); // Clerk auth.protect() / auth().protect()
      if (last === 'redirectToSignIn') this.markReject(fnId, n); // Clerk auth().redirectToSignIn()
      // @fastify/sensible: reply.unauthorized(), reply.forbidden(), fastify.httpErrors.unauthorized()
      if ((last === 'unauthorized' || last === 'forbidden') && chain.length >= 2) this.markReject(fnId, n);
      // Koa `ctx.throw(404)` ends the request like a throw statement
      if (last === 'throw' && chain.length >= 2) this.exitRanges.push({ fn: fnId, start: n.range[0], end: n.range[1] });
    }

    // session getters and token verification
    if (SESSION_GETTER.test(name) || (TOKEN_VERIFIER.test(name) && !this.isPasswordHashCall(n) && !this.isWebhookLibraryVerify(n) && !this.isPayloadSignatureVerify(n, name)) || (chain && chain.includes('auth') && ['getUser', 'getSession', 'getClaims', 'check'].includes(name))) {
      const argT = uniq(n.arguments.flatMap((a) => this.taintOf(a as Node)));
      if (!argT.some((t) => /^request:(?:params|query|body)/.test(t))) {
        const getter = chain ? chain.filter((x) => x !== '()').join('.') : name;
        summary.sessionGetters.push(getter);
        this.noteBranchedRead(summary, n, getter);
        // (`try { await requireSession(c, async () => {}) } catch {}`: an optional session, a failed check ignored)
        // (a token library's verify outside any try, `req.user = jwt.verify(token, secret)`, throws for a missing or bad token:
        // the request fails, closed)
        if ((REJECTING_GETTER.test(name) && !this.ignoresFailure(n)) || this.verifiesFailingClosed(n, name) || this.supertokensRequiredSession(n, name)) {
          summary.readsCredential.push(name + '()');
          this.noteBranchedRead(summary, n, undefined, name + '()');
          this.markReject(fnId, n);
        }
      }
    }
    // AdonisJS `await auth.authenticate()`, `ctx.auth.authenticateUsing(guards)`, `auth.use('api').authenticate()`,
    // `auth.getUserOrFail()`: they throw E_UNAUTHORIZED_ACCESS (401) when the caller is not signed in
    if (/^(?:authenticate|authenticateUsing|getUserOrFail)$/.test(name) && callee.type === 'MemberExpression' && chain?.includes('auth') && !summary.sessionGetters.length) {
      summary.sessionGetters.push(chain.filter((x) => x !== '()').join('.'));
      summary.readsCredential.push(chain.join('.') + '()');
      this.noteBranchedRead(summary, n, chain.filter((x) => x !== '()').join('.'), chain.join('.') + '()');
      this.markReject(fnId, n);
    }
    // @fastify/jwt `await request.jwtVerify()` throws a 401 when the token is missing or bad: uncaught, or
    // caught by a handler that sends, returns or rethrows the error (`catch (err) { reply.send(err) }`), it rejects
    if (name === 'jwtVerify' && callee.type === 'MemberExpression' && chain && chain.length === 2 && !this.swallowedByCatch(n)) {
      summary.readsCredential.push(chain.join('.') + '()');
      this.markReject(fnId, n);
    }
    // a cookie or credential header read with a function handed the request (Hono's `getCookie(c, 'sid')`, h3's
    // `getCookie(event, 'session')` / `getHeader(event, 'authorization')`; `getSignedCookie(c, secret, 'sid')`)
    if (callee.type === 'Identifier' && /^(?:getCookie|getSignedCookie|getHeader|getRequestHeader)$/.test(name) && n.arguments.length >= 2) {
      const key = staticString(n.arguments[name === 'getSignedCookie' ? 2 : 1] as Node) ?? '';
      const credential = /Cookie$/.test(name) ? /sess|token|auth|jwt|sid\b|^sid|refresh|access/i.test(key) : /authorization|api[-_]?key|token/i.test(key) || isCredentialHeader(key);
      if (key && credential && this.taintOf(n.arguments[0] as Node).some((t) => t.startsWith('param:') || t.startsWith('request:'))) summary.readsCredential.push(`${name}('${key}')`);
    }
    // (writing a cookie, `cookies().set('session', token)` after a password check, reads no credential)
    if (chain && chain.length >= 2 && !/^(?:set|delete|append|clear|remove|setAll)$/.test(name)) {
      const text = chain.join('.');
      // (writing a cookie, `ctx.cookies.set('token', t)` / `cookies().delete('session')`, reads none)
      if (/headers\.(?:\(\)\.)?(?:get|authorization)|\.header$|(?:^|\.)(?:req|request|ctx)\.get$|cookies|\.session|getToken|isAuthenticated|isUnauthenticated|\.user$/.test(text) &&
        !/cookies\.(?:\(\)\.)?(?:set|delete|clear|remove)$/.test(text)) {
        const arg0 = staticString(n.arguments[0] as Node) ?? '';
        // (a CSRF token, `ctx.cookies.get('csrfToken')` / `ctx.get('x-csrf-token')`, proves where the request came from, not who sent it)
        if (!CSRF_NAME.test(arg0) && (/authorization|cookie|token|session|api[-_]?key|x-user/i.test(arg0) || (arg0 && isCredentialHeader(arg0)) || /isAuthenticated|isUnauthenticated|getToken|cookies/.test(text))) summary.readsCredential.push(calleeText(n) + (arg0 ? `('${arg0}')` : '()'));
      }
    }
    // role helpers: requireRole('admin'), ability.can('delete', x), hasPermission(...)
    // Clerk: `auth().has({ role: 'org:admin' })`, `has({ permission: 'org:jobs:manage' })`
    const clerkHas = name === 'has' && n.arguments[0] && unwrap(n.arguments[0] as Node).type === 'ObjectExpression' && /\b(?:role|permission)\s*:/.test(textOf(this.src, n.arguments[0] as Node, 120));
    // Kinde: `const perm = await getPermission('refund:donations'); if (!perm?.isGranted) return 403` (the answer's
    // `isGranted` tested by a rejecting if: a check; asked and only shown, not one)
    if (name === 'getPermission' && n.arguments[0] && staticString(n.arguments[0] as Node) !== null) {
      let cur: Node = n;
      let par = (cur as { parent?: Node }).parent;
      while (par && (par.type === 'AwaitExpression' || par.type === 'TSAsExpression' || par.type === 'TSNonNullExpression' || par.type === 'ChainExpression' ||
        (par.type === 'MemberExpression' && par.object === cur && propName(par) === 'isGranted'))) {
        cur = par;
        par = (cur as { parent?: Node }).parent;
      }
      if (par?.type === 'VariableDeclarator' && par.init === cur && par.id.type === 'Identifier') (summary.pendingRoleFlags ??= []).push({ variable: par.id.name, text: textOf(this.src, n, 80) });
      else if (par?.type === 'UnaryExpression' || par?.type === 'IfStatement' || par?.type === 'LogicalExpression') summary.roleChecks.push(textOf(this.src, n, 80));
    }
    if (clerkHas || roleLikeName(name) || (chain && chain.length >= 2 && ['can', 'cannot'].includes(name) && /abilit|casl|perm|acl|policy/i.test(chain[0]))) {
      // (a predicate's answer only stored for later, `res.locals.isAdmin = isAdmin(user)`, `req.user = { ...user, admin: isAdmin(user) }`,
      // gates nothing here: what tests the stored flag is the check)
      const par = (n as { parent?: Node }).parent;
      const storedOnly = /^(?:is|has)[A-Z]/.test(name) && !!par && ((par.type === 'AssignmentExpression' && par.right === n && par.left.type === 'MemberExpression') ||
        (par.type === 'Property' && par.value === n && (par as { parent?: Node }).parent?.type === 'ObjectExpression'));
      // (`const admin = ctx.user ? await hasAdminAccess(id, ctx.user.id) : false`: a flag asked only for signed-in callers,
      // kept for what the handler shows; a role check only where a rejecting test reads the flag)
      const flag = !storedOnly ? this.sessionConditionalFlag(n) : null;
      if (flag) (summary.pendingRoleFlags ??= []).push({ variable: flag, text: textOf(this.src, n, 80) });
      else if (!(callee.type === 'MemberExpression' && ROUTER_METHODS.has(name)) && !storedOnly) summary.roleChecks.push(textOf(this.src, n, 80));
    }
    this.recordCall(n, fnId, name);
  }

  /**
   * A signature check that answers yes or no, kept in a variable that nothing tests: `const valid =
   * verifyShopifyWebhook(raw, hmac)` read only by log calls (or never read). Checks that throw on a bad
   * signature (`constructEvent`, svix `verify`) guard what follows whatever is done with their result, so
   * only the answering kinds count: `timingSafeEqual`, Twilio's `validateRequest`, Web Crypto's `subtle.verify`,
   * `isValid...` helpers, and the app's `verify...Signature/Webhook/Hmac` helpers when the variable is named
   * for an answer (`valid`, `isValid`, `ok`, `verified`, `matches`).
   */
  /** A call that checks a provider's signature over the payload (see unverified-webhook's "Good" list). */
  private isSignatureVerifyCall(n: TSESTree.CallExpression, name: string): boolean {
    const chain = memberChain(n.callee as Node);
    const text = chain ? chain.join('.') : name;
    const vc = unwrap(n.callee);
    const calleeId = vc;
    return (/^(?:constructEvent|constructEventAsync|parseThinEvent|parseEventNotification|verifySignature|verifyWebhook|validateWebhook|verifyWebhookSignature|verifyRequestSignature|verifyHeader|isValidSignature|checkSignature|validateSignature|verifyHmac)$/.test(name) ||
      // Twilio's `twilio.validateRequest(authToken, signature, url, params)` (and `validateRequestWithBody`): handed the signature
      // and what it signs; Lucia's documented session helper `validateRequest()` (no arguments, the cookie read inside) is a sign-in check
      (/^validateRequest(?:WithBody)?$/.test(name) && n.arguments.length >= 3) ||
      // Apple's App Store Server Library: `new SignedDataVerifier(...).verifyAndDecodeNotification(signedPayload)` checks the JWS chain
      /^verifyAndDecode(?:Notification|Transaction|RenewalInfo)$/.test(name) ||
      // `timingSafeEqual(expected, received)` of a signature; not of an API key against the server's copy
      // (`timingSafeEqual(Buffer.from(req.headers.get('x-api-key')), Buffer.from(process.env.EXPORT_KEY))`: a shared-secret check)
      (name === 'timingSafeEqual' && !this.comparesKeyWithEnv(n)) ||
      // a webhooks SDK's check: Polar's `validateEvent(rawBody, headers, secret)` from `@polar-sh/sdk/webhooks`, standardwebhooks, Svix
      // (a package's, not the app's own module: `constructWebhookPartner` from `./construct-webhook-partner` builds a payload)
      (calleeId.type === 'Identifier' && /^(?:validate|verify|unwrap|constructEvent)\w*$/.test(name) && /^(?!\.|@\/|~|#)(?:@[\w.-]+\/)?[\w.-]*(?:\/[\w.-]+)*$/.test(this.importSourceOf(calleeId) ?? '.') && /(?:^|\/|@)(?:standard)?webhooks?(?:$|\/)|^svix$/i.test(this.importSourceOf(calleeId) ?? '')) ||
      (name === 'verify' && /webhook|svix|wh\b|Webhook/i.test(text + ' ' + textOf(this.src, unwrap(n.callee), 80))) ||
      // Web Crypto: `crypto.subtle.verify('HMAC', key, signature, body)`
      (name === 'verify' && !!chain && chain[chain.length - 2] === 'subtle' && /HMAC|ECDSA|Ed25519|RSASSA|RSA-PSS/i.test(textOf(this.src, n.arguments[0] as Node ?? n, 80))) ||
      // Polar's and Standard Webhooks' `validateEvent(rawBody, headers, secret)` (also imported under a name of the app's,
      // `validateBillingEvent`): the payload, its signature headers and the secret
      (/^(?:validate|verify)\w*Event$/.test(name) && n.arguments.length >= 3) ||
      // QStash's `receiver.verify({ signature, body })`, `verifier.verify(rawBody, sig)`: a verify handed the signature
      (name === 'verify' && n.arguments.some((a) => /signature|\bsig\b/i.test(textOf(this.src, a as Node, 120)))) ||
      // a package's check handed the signature: discord-interactions' `verifyKey(rawBody, signature, timestamp, publicKey)`
      (calleeId.type === 'Identifier' && /^(?:verify|validate)[A-Z]\w*$/.test(name) && /^(?!\.|@\/|~|#)[@\w]/.test(this.importSourceOf(calleeId) ?? '.') &&
        n.arguments.some((a) => /signature|\bsig\b/i.test(textOf(this.src, a as Node, 120)))) ||
      // @octokit/webhooks' `webhooks.verifyAndReceive({ id, name, signature, payload })`: rejects a bad signature before any handler runs
      name === 'verifyAndReceive' ||
      // an SDK's webhooks helper handed the signature: Paddle's `paddle.webhooks.unmarshal(rawBody, secret, signature)`
      (vc.type === 'MemberExpression' && /(?:^|\.)webhooks?$/i.test((memberChain(unwrap(vc.object as Node)) ?? []).join('.')) && n.arguments.some((a) => /signature|\bsig\b/i.test(textOf(this.src, a as Node, 120)))));
  }

  /**
   * Web Crypto's `crypto.subtle.verify(alg, key, signature, data)` over the request's own payload (`await c.req.text()`):
   * a provider's signature on what was posted, not a caller's token.
   */
  private isPayloadSignatureVerify(n: TSESTree.CallExpression, name: string): boolean {
    if (name !== 'verify' || !this.isSignatureVerifyCall(n, name)) return false;
    const chain = memberChain(unwrap(n.callee));
    if (!chain || chain[chain.length - 2] !== 'subtle') return false;
    const data = n.arguments[3] as Node | undefined;
    return !!data && this.taintOf(data).some((t) => /^request:body(?:\.|$)/.test(t));
  }

  /**
   * A check made only when the request carries a header, `if (signature) { ...timingSafeEqual(...) }` or
   * `if (sig && !isValid(sig, body)) return 401`, with nothing refusing a request without it: leaving the
   * header out skips the check.
   */
  private onlyWhenSigned(n: Node): boolean {
    const headerRead = (x: Node): boolean => {
      let u = unwrap(x);
      if (u.type === 'Identifier') {
        const init = this.localInit(u);
        if (!init || init === u) return false;
        u = unwrap(init);
        while (u.type === 'AwaitExpression' || u.type === 'LogicalExpression') u = unwrap(u.type === 'AwaitExpression' ? u.argument as Node : u.left as Node);
      }
      if (u.type === 'CallExpression') return /^(?:get|header|getHeader)$/.test(lastName(u)) && /headers?\b|\.get$|\.header$/.test(calleeText(u)) && staticString(u.arguments[0] as Node) !== null;
      if (u.type === 'MemberExpression') return /\bheaders\b/.test(textOf(this.src, u.object as Node, 80));
      return false;
    };
    let child: Node = n;
    for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
      if (cur.type === 'IfStatement' && cur.consequent === child && !cur.alternate && headerRead(cur.test as Node)) return true;
      if (cur.type === 'LogicalExpression' && cur.operator === '&&' && cur.right === child && headerRead(cur.left as Node)) return true;
    }
    return false;
  }

  /**
   * A check in a try block whose catch hands the variable it fills a fallback, `try { event = constructEvent(...) }
   * catch { event = JSON.parse(body) }`: a failed check goes on with the unverified payload.
   */
  private failsOpen(n: TSESTree.CallExpression): boolean {
    let holder = (n as { parent?: Node }).parent;
    while (holder && /^(?:AwaitExpression|TSAsExpression|TSNonNullExpression|ChainExpression)$/.test(holder.type)) holder = (holder as { parent?: Node }).parent;
    const target = holder?.type === 'AssignmentExpression' && holder.left.type === 'Identifier' ? holder.left.name
      : holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name : null;
    const handler = target ? this.catchOf(n) : null;
    if (!handler) return false;
    let found = false;
    walk(handler, (x) => {
      if (found || isFunctionNode(x)) return false;
      if (x.type === 'AssignmentExpression' && x.left.type === 'Identifier' && x.left.name === target) found = true;
      return undefined;
    });
    return found;
  }

  private isDiscardedSignatureCheck(n: TSESTree.CallExpression, name: string): boolean {
    const answers = name === 'timingSafeEqual' || /^validateRequest(?:WithBody)?$/.test(name) || /^isValid\w*$/.test(name) ||
      (name === 'verify' && /\bsubtle\.verify$/.test(calleeText(n)));
    const helper = /^(?:verify|validate|check)[A-Z]\w*(?:Signature|Webhook|Hmac)$/.test(name);
    if (!answers && !helper) return false;
    let holder = (n as { parent?: Node }).parent;
    while (holder && /^(?:AwaitExpression|TSAsExpression|TSNonNullExpression|ChainExpression)$/.test(holder.type)) holder = (holder as { parent?: Node }).parent;
    // (an answer dropped on the floor, `twilio.validateRequest(token, sig, url, params);` as a statement, is no check either)
    if (answers && holder?.type === 'ExpressionStatement') return true;
    if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier') return false;
    if (!answers && !/^(?:is|has)?(?:valid|ok|okay|verified|authentic|matches|match|trusted|genuine)$|(?:Valid|Ok|Verified|Matches|Authentic)$/i.test(holder.id.name)) return false;
    const reads = this.variableOf(holder.id)?.references.filter((r) => r.isRead() && r.identifier !== holder!.id) ?? [];
    return reads.every((r) => this.onlyLogged(r.identifier as Node));
  }

  /** The value is an argument of a log call (`console.info('valid?', valid)`), not tested or handed on. */
  private onlyLogged(n: Node): boolean {
    let cur = (n as { parent?: Node }).parent;
    while (cur && !isFunctionNode(cur) && !/Statement$|Declaration$/.test(cur.type)) {
      if (cur.type === 'CallExpression' || cur.type === 'NewExpression') {
        const chain = memberChain(unwrap(cur.callee as Node));
        return !!chain && chain.length >= 2 && LOG_METHODS.has(chain[chain.length - 1]) && isLoggerReceiver(chain.slice(0, -1));
      }
      if (cur.type === 'ConditionalExpression' || cur.type === 'LogicalExpression' || cur.type === 'UnaryExpression') return false;
      cur = (cur as { parent?: Node }).parent;
    }
    return false;
  }

  /**
   * The option of its own function's parameter that a call is made under: `if (!options?.skipAuth && !error) { auth = await
   * checkAuth(request) }` runs when `skipAuth` (parameter 2) is falsy, `if (opts.requireUser)` when `requireUser` is truthy,
   * also of a destructured parameter (`{ skipAuth }`). A caller handing `{ skipAuth: true }` does not get that call.
   */
  private optionGateOf(n: Node): OptionGate | undefined {
    // (the option must be one of the call's own function's parameters: a function taking none has no option to test)
    const fn = enclosingFunction(n);
    if (!fn?.params.length) return undefined;
    let child: Node = n;
    let cur = (n as { parent?: Node }).parent;
    for (let i = 0; cur && i < 30; i++) {
      if (isFunctionNode(cur)) return undefined;
      // (after an early exit on the option: `if (anonymous) return { caller: null }`, then the check)
      if (cur.type === 'BlockStatement') {
        for (const st of cur.body) {
          if (st === child) break;
          if (st.type !== 'IfStatement' || st.alternate || !alwaysExits(st.consequent as Node)) continue;
          const parts = conjuncts(st.test as Node);
          const g = parts.length === 1 ? this.optionTest(parts[0], fn) : undefined;
          if (g) return { ...g, runsWhen: !g.runsWhen };
        }
      }
      if (cur.type === 'IfStatement' && (cur.consequent === child || cur.alternate === child)) {
        for (const part of conjuncts(cur.test as Node)) {
          const g = this.optionTest(part, fn);
          if (g) {
            if (cur.consequent === child) return g;
            // (an else branch runs when the whole test fails: only one test then)
            return conjuncts(cur.test as Node).length === 1 ? { ...g, runsWhen: !g.runsWhen } : undefined;
          }
        }
      }
      child = cur;
      cur = (cur as { parent?: Node }).parent;
    }
    return undefined;
  }

  /** `!options?.skipAuth` / `opts.requireAuth` / `!skipAuth` (destructured): an option of a parameter of `fn`, and the value the branch runs for. */
  private optionTest(test: Node, fn: TSESTree.FunctionLike): OptionGate | undefined {
    let t = unwrap(test);
    let runsWhen = true;
    while (t.type === 'UnaryExpression' && t.operator === '!') (runsWhen = !runsWhen), (t = unwrap(t.argument as Node));
    if (t.type === 'ChainExpression') t = unwrap(t.expression as Node);
    // (`{ skipAuth } = {}`: an empty default hands over no option either)
    const params = fn.params.map((p) => (p.type === 'AssignmentPattern' && p.right.type === 'ObjectExpression' && !p.right.properties.length ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p));
    if (t.type === 'MemberExpression' && !t.computed && t.property.type === 'Identifier') {
      const obj = unwrap(t.object as Node);
      if (obj.type !== 'Identifier') return undefined;
      const index = params.findIndex((p) => p.type === 'Identifier' && p.name === obj.name);
      // (a default for the options, `options = { requireAuth: true }`, is what an omitted argument means: not followed)
      if (index < 0) return undefined;
      return { index, prop: t.property.name, runsWhen };
    }
    if (t.type === 'Identifier') {
      for (let index = 0; index < params.length; index++) {
        const p = params[index];
        if (p.type !== 'ObjectPattern') continue;
        for (const prop of p.properties) {
          if (prop.type !== 'Property' || prop.key.type !== 'Identifier') continue;
          if (prop.value.type === 'Identifier' && prop.value.name === t.name) return { index, prop: prop.key.name, runsWhen };
          // (`{ skipAuth = false }`: a literal default is what a caller leaving it out hands over)
          const v = prop.value;
          if (v.type === 'AssignmentPattern' && v.left.type === 'Identifier' && v.left.name === t.name) {
            return v.right.type === 'Literal' ? { index, prop: prop.key.name, runsWhen, omitted: !!v.right.value } : undefined;
          }
        }
      }
    }
    return undefined;
  }

  private recordCall(n: TSESTree.CallExpression, fnId: number, name: string) {
    const callee = unwrap(n.callee);
    let head: Node = callee;
    while (head.type === 'MemberExpression') head = unwrap(head.object);
    if (head.type === 'Identifier' && NOT_A_CALL_TARGET.has(head.name) && !ES_LIB_CALL_HEADS.has(head.name) && !this.refMap.get(head)) return;
    const isRequireCall = head.type === 'CallExpression' && unwrap(head.callee).type === 'Identifier' && (unwrap(head.callee) as TSESTree.Identifier).name === 'require';
    // a wrapper made and invoked in place with the request, `withAuth(getSettings)(req, res)`: the wrapped handler runs
    const invokedWrapper = head === callee && head.type === 'CallExpression' && unwrap(head.callee).type === 'Identifier' &&
      n.arguments.some((a) => this.taintOf(a as Node).some((t) => /^(?:param|request):/.test(t)));
    // a method of an instance made in place, `await new ShipmentService(companyId).list()`: the class's method runs
    const onNewInstance = head !== callee && head.type === 'NewExpression' && unwrap(head.callee).type === 'Identifier';
    if (head.type !== 'Identifier' && head.type !== 'ThisExpression' && !isRequireCall && !invokedWrapper && !onNewInstance) return;
    const calleeRef = this.valueOf(n.callee);
    if (calleeRef.k === 'unknown' && this.recordDispatch(n, fnId)) return;
    if (calleeRef.k === 'unknown' || calleeRef.k === 'global') {
      // a free function handed the request, the session or a handler's parameter (`requireUser(event)`,
      // `limitLoginAttempts(event)`): a util Nuxt and Nitro import for the code (see frameworks/nuxt.ts)
      const handedRequest = calleeRef.k === 'global' && callee.type === 'Identifier' && !H3_UTILS.test(name) &&
        n.arguments.some((a) => this.taintOf(a as Node).some((t) => /^(?:param|request|session):/.test(t)));
      if (!(calleeRef.k === 'global' && (authLikeName(name) || roleLikeName(name) || handedRequest))) return;
    }
    const p = (n as { parent?: Node }).parent;
    let holder: Node | undefined = p;
    let awaited = false;
    while (holder && (holder.type === 'AwaitExpression' || holder.type === 'TSAsExpression' || holder.type === 'TSNonNullExpression' || holder.type === 'ChainExpression')) {
      if (holder.type === 'AwaitExpression') awaited = true;
      holder = (holder as { parent?: Node }).parent;
    }
    let resultVar: string | undefined;
    if (holder?.type === 'VariableDeclarator') {
      if (holder.id.type === 'Identifier') resultVar = holder.id.name;
      else if (holder.id.type === 'ObjectPattern') resultVar = patternNames(holder.id).map(([nm]) => nm).join(',');
    }
    const fact: CallFact = {
      callee: calleeRef, args: n.arguments.map((a) => this.taintOf(a as Node)), argRefs: n.arguments.map((a) => this.valueOf(a as Node)),
      resultVar, pos: posOf(n), awaited, resultTestedByReject: false,
    };
    if (this.isDiscardedSignatureCheck(n, name) || this.failsOpen(n) || this.onlyWhenSigned(n)) fact.discardedCheck = true;
    if (this.isSignatureVerifyCall(n, name)) fact.signatureCheck = true;
    const argProps = n.arguments.map((a) => this.objectPropTaints(a as Node));
    if (argProps.some(Boolean)) fact.argProps = argProps;
    // an object handed by name carries the keys written into it after it was made (`clause.userId = user.id`)
    n.arguments.forEach((a, i) => {
      if (unwrap(a as Node).type === 'Identifier' && argProps[i]) fact.args[i] = [...new Set([...fact.args[i], ...Object.values(argProps[i]!).flat()])];
    });
    const branch = this.methodBranchOf(n);
    if (branch) fact.methodBranch = branch;
    const gate = this.optionGateOf(n);
    if (gate) fact.optionGate = gate;
    const handler = this.catchOf(n);
    if (handler) {
      if (this.swallowedByCatch(n)) fact.caught = 'swallowed';
      else this.triedCalls.push({ fn: fnId, fact, handler });
    }
    this.facts.functions[fnId].calls.push(fact);
  }

  /**
   * A call through a dispatch table: `handlers[req.method](req, res)`, or `const h = routes[key]; return
   * h(req, res)`, where the table is an object literal of functions. Recorded as a call to each of them;
   * keyed by the request's method, each entry is a call made for its method only (and the function checks
   * those methods, as with `if (req.method === 'GET')`). Returns false when the callee is no such table.
   */
  private recordDispatch(n: TSESTree.CallExpression, fnId: number): boolean {
    let target = unwrap(n.callee);
    if (target.type === 'Identifier') {
      const init = this.localInit(target);
      if (!init) return false;
      target = init;
    }
    if (target.type !== 'MemberExpression' || !target.computed) return false;
    const table = this.localInit(unwrap(target.object as Node));
    if (table?.type !== 'ObjectExpression' || !table.properties.length) return false;
    const entries: [string, Node][] = [];
    for (const p of table.properties) {
      const key = p.type === 'Property' ? propName(p) ?? (p.key.type === 'Literal' ? String(p.key.value) : null) : null;
      if (p.type !== 'Property' || key === null) return false;
      const v = unwrap(p.value as Node);
      if (v.type !== 'Identifier' && v.type !== 'MemberExpression' && !isFunctionNode(v)) return false;
      entries.push([key, v]);
    }
    const byMethod = /\.method\b/.test(textOf(this.src, target.property as Node, 80)) && entries.every(([k]) => /^(?:get|post|put|patch|delete|head|options)$/i.test(k));
    const summary = this.facts.functions[fnId];
    const p = (n as { parent?: Node }).parent;
    const awaited = p?.type === 'AwaitExpression';
    for (const [key, v] of entries) {
      const fact: CallFact = {
        callee: this.valueOf(v), args: n.arguments.map((a) => this.taintOf(a as Node)), argRefs: n.arguments.map((a) => this.valueOf(a as Node)),
        pos: posOf(n), awaited, resultTestedByReject: false,
      };
      if (byMethod) {
        fact.methodBranch = key.toUpperCase();
        summary.methodChecks.push(key.toUpperCase());
        // (a method the table lacks has no handler to run)
        summary.otherMethodsRejected = true;
      } else {
        const branch = this.methodBranchOf(n);
        if (branch) fact.methodBranch = branch;
      }
      summary.calls.push(fact);
    }
    return true;
  }

  /**
   * A Fetch API response made and dropped (`if (!session) { NextResponse.json({ error }, { status: 401 }) }` without
   * `return`): unlike Express's `res.status(401).json()`, building a Response sends nothing, and the handler goes on.
   */
  private discardedResponse(u: TSESTree.CallExpression | TSESTree.NewExpression, at: Node): boolean {
    let up: Node | undefined = (at as { parent?: Node }).parent;
    while (up && (up.type === 'AwaitExpression' || up.type === 'TSAsExpression' || up.type === 'TSNonNullExpression')) up = (up as { parent?: Node }).parent;
    if (up?.type !== 'ExpressionStatement') return false;
    const callee = unwrap(u.callee);
    if (u.type === 'NewExpression') return callee.type === 'Identifier' && /^(?:Next)?Response$/.test(callee.name);
    // (SvelteKit's `json(x, { status: 401 })` and `text(...)`, Remix's `json()`: they build a Response, unlike SvelteKit's
    // `error()` and `redirect()`, which throw)
    if (callee.type === 'Identifier' && /^(?:json|text)$/.test(callee.name) &&
      /^(?:@sveltejs\/kit|@remix-run\/(?:node|cloudflare|deno|server-runtime)|react-router)$/.test(this.importSourceOf(callee) ?? '')) return true;
    const head = callee.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
    if (head?.type !== 'Identifier') return false;
    // (Hono's context builds responses too: `c.json(x, 401)` has to be returned)
    return /^(?:Next)?Response$/.test(head.name) || (head.name === 'c' && /from\s+['"]hono['"/]/.test(this.src));
  }

  /**
   * Next.js `getServerSideProps` turning the visitor away: `return { redirect: { destination: '/login', permanent: false } }`
   * (to a sign-in page, or home) or `return { notFound: true }`.
   */
  private checkPropsReject(n: Node, fn: number, at: Node) {
    const u = unwrap(n);
    if (u.type !== 'ObjectExpression') return;
    for (const p of u.properties) {
      if (p.type !== 'Property') continue;
      const key = propName(p);
      if (key === 'notFound' && unwrap(p.value as Node).type === 'Literal' && (unwrap(p.value as Node) as TSESTree.Literal).value === true) return this.markReject(fn, at);
      if (key !== 'redirect') continue;
      const r = unwrap(p.value as Node);
      const dest = r.type === 'ObjectExpression' ? r.properties.find((q): q is TSESTree.Property => q.type === 'Property' && propName(q) === 'destination') : undefined;
      const target = dest ? staticString(dest.value as Node) ?? textOf(this.src, dest.value as Node, 120) : '';
      if (/login|signin|sign-in|auth|^\/$/i.test(target)) return this.markReject(fn, at);
    }
  }

  /** NextResponse.json(x, { status: 401 }), new Response(null, { status: 403 }), c.json(x, 401) */
  private checkResponseReject(n: Node, fn: number, at: Node) {
    const u = unwrap(n);
    if (u.type !== 'CallExpression' && u.type !== 'NewExpression') return;
    if (this.discardedResponse(u, at)) return;
    for (const a of u.arguments) {
      const au = unwrap(a as Node);
      if (isAuthStatus(au)) return this.markReject(fn, at);
      if (au.type === 'ObjectExpression') {
        for (const p of au.properties) {
          if (p.type === 'Property' && propName(p) === 'status' && isAuthStatus(p.value as Node)) return this.markReject(fn, at);
        }
      }
    }
    if (u.type === 'CallExpression') {
      const callee = unwrap(u.callee);
      if (callee.type === 'MemberExpression') this.checkResponseReject(callee.object, fn, at);
    }
  }

  /**
   * `const note = await Note.findById(id); note.title = req.body.title; await note.save()`, Sequelize
   * `await task.update({ done })`: a row this function read is written back. Its scoping is the read's.
   */
  /** `${fn}:${variable}` of records a body value was assigned into (`note.title = req.body.title`) */
  private bodyFilledRows = new Set<string>();

  /**
   * Request data put into a record: `user.role = req.body.role`, `req.user.name = req.body.name`,
   * `Object.assign(user, req.body)`, `_.merge(doc, req.body)`. Every prefix of the record's chain
   * counts (`user.profile.name = ...` fills `user`).
   */
  private noteBodyFilled(record: Node, at: Node, field?: string) {
    const ch = memberChain(unwrap(record));
    if (!ch || ch.includes('()') || ch.includes('[]')) return;
    const fn = this.enclosingFn(at);
    for (let i = 1; i <= ch.length; i++) {
      const key = `${fn}:${ch.slice(0, i).join('.')}`;
      this.bodyFilledRows.add(key);
      if (field && (field === '*' || PRIVILEGED_FIELD.test(field))) {
        const fields = this.privilegedFills.get(key) ?? [];
        if (!fields.includes(field)) fields.push(field);
        this.privilegedFills.set(key, fields);
      }
    }
  }

  /**
   * `${fn}:${record}` -> whether every field this function assigned into the record holds a server value
   * (`user.refreshTokenHash = hash(randomToken)`): false once one assigned value may come from the request
   * or a caller (`row.name = dto.name`).
   */
  private rowFieldsServerOnly = new Map<string, boolean>();

  private noteRowField(record: Node, at: TSESTree.AssignmentExpression) {
    const u = unwrap(record);
    if (u.type !== 'Identifier') return;
    const key = `${this.enclosingFn(at)}:${u.name}`;
    const server = !this.taintOf(at.right as Node).some((x) => /^(?:request|arg|param):/.test(x));
    this.rowFieldsServerOnly.set(key, (this.rowFieldsServerOnly.get(key) ?? true) && server);
  }

  /** `${fn}:${record}` -> privileged fields set from the request (`role`, `isAdmin`), `*` for the whole body */
  private privilegedFills = new Map<string, string[]>();

  /** `*` when the whole request body is the argument (`Object.assign(user, req.body)`, `task.update({ ...req.body })`) */
  private wholeBody(a: Node): boolean {
    return this.taintOf(a).some((x) => /^request:(?:body|input)$/.test(x));
  }

  /**
   * `timingSafeEqual(a, b)` where one side is an environment secret itself and no HMAC is computed around it: the caller's
   * key compared with the server's copy, not a payload's signature.
   */
  private comparesKeyWithEnv(n: TSESTree.CallExpression): boolean {
    if (n.arguments.length !== 2 || n.arguments.some((a) => /signature|\bsig\b|hmac|digest/i.test(textOf(this.src, a as Node, 120)))) return false;
    const fnNode = this.fnNodes[this.enclosingFn(n)];
    if (fnNode && /\bsubtle\.sign\(|createHmac\(|['"]HMAC['"]|\.digest\(/.test(this.src.slice(fnNode.range[0], fnNode.range[1]))) return false;
    return n.arguments.some((a) => this.taintOf(a as Node).some((t) => t.startsWith('env:')));
  }

  /** `patient.notes.push({ body: req.body.body })`, Mongoose `doc.tags.addToSet(req.body.tag)`: request data into a record's array field */
  private notePushIntoRecord(n: TSESTree.CallExpression, name: string) {
    if (!/^(?:push|unshift|addToSet|splice)$/.test(name) || !n.arguments.length) return;
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return;
    const list = unwrap(callee.object);
    // a field of a record (`patient.notes`), not a local array (`errors.push(...)`)
    if (list.type !== 'MemberExpression' || unwrap(list.object).type !== 'Identifier') return;
    if (n.arguments.some((a) => this.taintOf(a as Node).some((x) => /^request:(?:body|input)/.test(x)))) this.noteBodyFilled(list, n, propName(list) ?? undefined);
  }

  /** `Object.assign(user, req.body)`, `_.merge(doc, req.body)`, `_.extend(item, req.body)` */
  private noteMergeIntoRecord(n: TSESTree.CallExpression, name: string) {
    // AdonisJS Lucid `invoice.merge(request.only([...]))`, `invoice.fill(data)`: the row's fields from the request
    const own = unwrap(n.callee);
    if (/^(?:merge|fill)$/.test(name) && n.arguments.length === 1 && own.type === 'MemberExpression' && unwrap(own.object).type === 'Identifier' &&
      !/^(?:Object|_|lodash|underscore|deepmerge|R)$/.test((unwrap(own.object) as TSESTree.Identifier).name) && this.taintOf(n.arguments[0] as Node).some((x) => /^request:(?:body|input)/.test(x))) {
      this.noteBodyFilled(unwrap(own.object), n, this.wholeBody(n.arguments[0] as Node) ? '*' : undefined);
      return;
    }
    // MikroORM `em.assign(event, dto)`, `wrap(event).assign(dto)`: the entity's fields from the data, written at the next flush
    if (name === 'assign' && own.type === 'MemberExpression') {
      const recv = unwrap(own.object);
      const wrapped = recv.type === 'CallExpression' && lastName(recv) === 'wrap' && recv.arguments.length >= 1;
      const viaEm = /(?:^|\.)(?:em|_em|entityManager)$/.test(textOf(this.src, recv, 80)) && n.arguments.length >= 2;
      if (wrapped || viaEm) {
        const target = unwrap((wrapped ? (recv as TSESTree.CallExpression).arguments[0] : n.arguments[0]) as Node);
        const data = (wrapped ? n.arguments[0] : n.arguments[1]) as Node | undefined;
        if (target.type === 'Identifier' && data) {
          const key = `${this.enclosingFn(n)}:${target.name}`;
          const server = !this.taintOf(data).some((x) => /^(?:request|arg|param):/.test(x));
          this.rowFieldsServerOnly.set(key, (this.rowFieldsServerOnly.get(key) ?? true) && server);
          if (this.taintOf(data).some((x) => /^request:(?:body|input)/.test(x))) this.noteBodyFilled(target, n, this.wholeBody(data) ? '*' : undefined);
        }
        return;
      }
    }
    if (!/^(?:assign|merge|extend|assignIn|mergeWith|defaults|defaultsDeep)$/.test(name) || n.arguments.length < 2) return;
    const callee = unwrap(n.callee);
    if (callee.type === 'MemberExpression' && !/^(?:Object|_|lodash|underscore)$/.test(textOf(this.src, unwrap(callee.object), 20))) return;
    const target = unwrap(n.arguments[0] as Node);
    if (target.type !== 'Identifier' && target.type !== 'MemberExpression') return;
    if (n.arguments.slice(1).some((a) => this.taintOf(a as Node).some((x) => /^request:(?:body|input)/.test(x)))) this.noteBodyFilled(target, n, n.arguments.slice(1).some((a) => this.wholeBody(a as Node)) ? '*' : undefined);
  }

  /**
   * A helper answering a value of the caller's session (`activeOrgId = (c) => c.get('session')?.activeOrganizationId`,
   * `currentOrgId = (req) => req.user.organizationId`) and nothing the client sent: what it returns is the caller's.
   */
  private recordReturnedCaller(arg: Node, fn: number) {
    if (fn <= 0) return;
    const s = this.facts.functions[fn];
    if (s.returnsCaller === false) return;
    // (a value read off something: `orgId`, `req.user.organizationId`, `c.get('session')?.activeOrganizationId`;
    // also converted to a number or a string on the way out, `Number(req.auth.org_id)`, `String(session.user.orgId)`)
    let u = unwrap(arg);
    while (u.type === 'CallExpression' && u.callee.type === 'Identifier' && /^(?:Number|String|parseInt|BigInt)$/.test(u.callee.name) &&
      u.arguments.length >= 1 && u.arguments.length <= 2 && u.arguments[0].type !== 'SpreadElement') u = unwrap(u.arguments[0] as Node);
    if (!['Identifier', 'MemberExpression', 'ChainExpression', 'LogicalExpression'].includes(u.type) && !(u.type === 'CallExpression' && this.clsKey(u))) {
      s.returnsCaller = false;
      delete s.returnsContext;
      return;
    }
    // (reading taints notes what the request is read for, in this function or one it is nested in: a return is not a read
    // of the body, so those notes are dropped)
    const owners: FunctionSummary[] = [];
    for (let id = fn, i = 0; id > 0 && i < 8; i++) {
      owners.push(this.facts.functions[id]);
      const node = this.fnNodes[id] as (Node & { parent?: Node }) | undefined;
      id = node?.parent ? this.enclosingFn(node.parent) : 0;
    }
    const reads = owners.map((o) => o.requestReads.length);
    const t = this.taintOf(arg);
    owners.forEach((o, i) => { o.requestReads.length = reads[i]; });
    const caller = t.some((x) => x.startsWith('session:')) && !t.some((x) => x.startsWith('request:') || x.startsWith('arg:') || x.startsWith('db:'));
    s.returnsCaller = caller;
    if (caller && t.every((x) => x.startsWith('session:cls.'))) s.returnsContext = true;
    else delete s.returnsContext;
  }

  /**
   * A record written back with request data in it:
   * - `const note = await Note.findById(id); note.title = req.body.title; await note.save()`, Sequelize
   *   `await task.update(req.body)`: a row this function read; its scoping is the read's;
   * - `User.findById(id, (err, user) => { user.email = req.body.email; user.save(cb) })`: the row a
   *   read hands to its callback;
   * - `const user = await usersDao.byId(id)` / `req.user` then fields from the body and `.save()`: a
   *   row read elsewhere (its read is checked where it is);
   * - `new Note(req.body).save()`, `const n = new Note(); n.title = req.body.title; await n.save()`: an insert.
   */
  /**
   * A user record changed through the identity provider's admin API: Clerk `clerkClient.users.updateUserMetadata(id,
   * { publicMetadata: { role } })`, Supabase `supabase.auth.admin.updateUserById(id, attrs)`, Firebase Admin
   * `setCustomUserClaims(uid, claims)`, better-auth's `auth.api.setRole({ body })`. A write like a row's: what it sets
   * may come from the client (a role), and the user it names may be anyone's.
   */
  private identityProviderWrite(n: TSESTree.CallExpression, name: string): QueryFact | null {
    // (every call that is no query comes here: the method's name decides first)
    if (!/^(?:updateUserMetadata|updateUser|updateUserById|setCustomUserClaims|setRole)$/.test(name) || !n.arguments.length) return null;
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return null;
    const ch = (memberChain(callee) ?? []).filter((x) => x !== '()');
    let provider = '';
    let idArg: Node | undefined = n.arguments[0] as Node;
    let dataArg: Node | undefined = n.arguments[1] as Node | undefined;
    if (/^(?:updateUserMetadata|updateUser)$/.test(name) && ch[ch.length - 2] === 'users' && /@clerk\//.test(this.src)) provider = 'clerk';
    else if (/^(?:updateUserById)$/.test(name) && ch.slice(-3, -1).join('.') === 'auth.admin') provider = 'supabase';
    else if (name === 'setCustomUserClaims' && /firebase-admin/.test(this.src)) provider = 'firebase';
    else if (/^(?:setRole|updateUser)$/.test(name) && ch[ch.length - 2] === 'api' && /better-auth/.test(this.src)) {
      // `auth.api.setRole({ body: { userId, role }, headers })`: the body names both
      provider = 'better-auth';
      const body = objectOf(this, unwrap(n.arguments[0] as Node));
      const b = body?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'body');
      dataArg = b ? (b.value as Node) : undefined;
      const bo = dataArg ? objectOf(this, unwrap(dataArg)) : null;
      const uid = bo?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && /^(?:userId|id)$/.test(propName(p) ?? ''));
      idArg = uid ? (uid.value as Node) : undefined;
    }
    if (!provider || !dataArg) return null;
    const keep = (t: Taint[]) => uniq(t.filter((x) => /^(?:request|arg|param|session):/.test(x)));
    const data = objectOf(this, unwrap(dataArg));
    const keys = data ? flattenKeys(data) : [];
    return {
      orm: 'orm', model: `${provider}.users`, op: name, kind: 'write', many: false, pos: posOf(n),
      where: idArg ? [{ path: 'id', taint: this.taintOf(idArg), pos: posOf(idArg) }] : null,
      dataTaint: keep(this.taintOf(dataArg)), ...(keys.length ? { dataKeys: keys } : {}), resultVar: resultVarOf(n),
    };
  }

  private rowWrite(n: TSESTree.CallExpression, summary: FunctionSummary, name: string): QueryFact | null {
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return null;
    // Objection.js: `await invoice.$query().patch(req.body)` (`patchAndFetch`, `update`, `updateAndFetch`) writes the values
    // into the row the instance is, as `task.update(req.body)` does in Sequelize
    const inst = unwrap(callee.object);
    const instCallee = inst.type === 'CallExpression' && inst.arguments.length === 0 ? unwrap(inst.callee) : null;
    const objection = !!instCallee && instCallee.type === 'MemberExpression' && propName(instCallee) === '$query' &&
      /^(?:patch|update)(?:AndFetch)?$/.test(name) && n.arguments.length >= 1;
    const isSave = (name === 'save' && n.arguments.length <= 1) || objection;
    if (!isSave && !(/^(?:update|set|setAttributes)$/.test(name) && n.arguments.length >= 1)) return null;
    const obj = objection ? unwrap((instCallee as TSESTree.MemberExpression).object) : inst;
    const fromBodyArgs = (args: TSESTree.CallExpressionArgument[]) => args.some((a) => this.taintOf(a as Node).some((x) => /^request:(?:body|input)/.test(x)));
    const fnId = this.enclosingFn(n);
    if (obj.type === 'NewExpression') {
      const model = isSave ? this.modelOfNew(obj) : null;
      if (!model || !fromBodyArgs(obj.arguments)) return null;
      const whole = obj.arguments.some((a) => this.wholeBody(a as Node));
      return { orm: 'orm', model, op: 'insert', kind: 'write', many: false, pos: posOf(n), where: null, resultVar: resultVarOf(n), ...(whole ? { massAssigned: ['*'] } : {}) };
    }
    const ch = memberChain(obj);
    if (!ch || ch.includes('()') || ch.includes('[]')) return null;
    const row = ch.join('.');
    // only what carries the client's data: `note.title = req.body.title` before, or `task.update(req.body)`
    // `const note = new Note(req.body); await note.save()`
    const init = isSave && obj.type === 'Identifier' ? this.localInit(obj) : null;
    const newWithBody = (init?.type === 'NewExpression' || (init?.type === 'CallExpression' && this.modelOfBuild(init) !== null)) && fromBodyArgs(init.arguments);
    const fromBody = objection ? fromBodyArgs(n.arguments.slice(0, 1)) : isSave ? this.bodyFilledRows.has(`${fnId}:${row}`) || newWithBody : fromBodyArgs(n.arguments.slice(0, 1));
    if (!fromBody) return null;
    const mass = [
      ...(isSave ? this.privilegedFills.get(`${fnId}:${row}`) ?? [] : []),
      ...(((!isSave || objection) && n.arguments[0] && this.wholeBody(n.arguments[0] as Node)) || (newWithBody && init.arguments.some((a) => this.wholeBody(a as Node))) ? ['*'] : []),
    ];
    const q = this.rowWriteOf(n, summary, obj, ch, row, isSave);
    return q && mass?.length ? { ...q, massAssigned: mass } : q;
  }

  private rowWriteOf(n: TSESTree.CallExpression, summary: FunctionSummary, obj: Node, ch: string[], row: string, isSave: boolean): QueryFact | null {
    const read = obj.type === 'Identifier' ? this.readRow(obj, summary) : undefined;
    if (read) return { orm: read.orm, model: read.model, op: 'save', kind: 'write', many: false, pos: posOf(n), where: null, resultVar: resultVarOf(n), ofRow: row };
    // the signed-in user's own record, as passport hands it to the handler (`await req.user.update(req.body)`)
    if (!isSave && /^(?:req|request)\.user$|^ctx\.state\.user$/.test(row)) return { orm: 'orm', model: 'User', op: 'save', kind: 'write', many: false, pos: posOf(n), where: null, resultVar: resultVarOf(n), ofRow: row };
    // `hmac.update(req.body)`, `params.set(k, v)`: only a save() says "a record"
    if (!isSave) return null;
    if (obj.type === 'Identifier') {
      const init = this.localInit(obj);
      if (init?.type === 'NewExpression' || init?.type === 'CallExpression') {
        // `const n = new Note()`, Sequelize `const m = Member.build()`
        const model = init.type === 'NewExpression' ? this.modelOfNew(init) : this.modelOfBuild(init);
        if (model) return { orm: init.type === 'CallExpression' ? 'sequelize' : 'orm', model, op: 'insert', kind: 'write', many: false, pos: posOf(n), where: null, resultVar: resultVarOf(n) };
        if (init.type === 'NewExpression') return null;
      }
    }
    const last = ch[ch.length - 1].replace(/^_+/, '');
    if (!/^[a-z]\w*$/i.test(last) || /^(?:this|req|request|ctx|c|res|reply|form|cache|session|store|state|config|settings|cookies?)$/i.test(last)) return null;
    return { orm: 'orm', model: last[0].toUpperCase() + last.slice(1), op: 'save', kind: 'write', many: false, pos: posOf(n), where: null, resultVar: resultVarOf(n), ofRow: row };
  }

  /**
   * The single-row read a local variable holds: the read bound to it (`const note = await Note.findById(id)`), the
   * read whose callback hands it (`User.findById(id, (err, user) => ...)`), or the read a helper was handed and hands
   * back (`const pet = assertSameClinic(req.user, await Pet.findByPk(id))`).
   */
  private readRow(id: TSESTree.Identifier, summary: FunctionSummary): QueryFact | undefined {
    const bound = [...summary.queries].reverse().find((x) => x.resultVar === id.name && x.kind === 'read' && !x.many && x.orm !== 'sql' && x.orm !== 'prisma');
    if (bound) return bound;
    const cb = this.callbackRead(id);
    if (cb) return cb;
    let init = this.localInit(id);
    if (init?.type === 'AwaitExpression') init = unwrap(init.argument as Node);
    if (init?.type !== 'CallExpression' || !init.arguments.length) return undefined;
    const within = (p: Pos, loc: TSESTree.SourceLocation) => (p.line > loc.start.line || (p.line === loc.start.line && p.column - 1 >= loc.start.column)) &&
      (p.line < loc.end.line || (p.line === loc.end.line && p.column - 1 <= loc.end.column));
    // (the read is one of the helper's arguments, not the helper's own receiver: `repo.findOne(...)` binds as above)
    return summary.queries.find((q) => q.kind === 'read' && !q.many && q.orm !== 'sql' && q.orm !== 'prisma' && init.arguments.some((a) => within(q.pos, (a as Node).loc)));
  }

  /** `${fn}:${row}` of rows a unit of work already wrote back (`em.persistAndFlush(order)`, then `em.flush()`) */
  private flushedRows = new Set<string>();

  /**
   * A unit of work (MikroORM; TypeORM's `remove`) writes the rows it tracks, not the call's arguments:
   * - `order.internalNote = note; await em.flush()`: every row read here with fields assigned is written back;
   * - `em.persist(order)`, `em.persistAndFlush(order)` of such a row: that row;
   * - `em.remove(member)`, `em.removeAndFlush(member)`, TypeORM `repo.remove(member)` / `softRemove`: the row read
   *   here is deleted, keyed as it was read (the read is what is judged for its scope).
   * A row filled only with server values (`ticket.checkedInAt = new Date()`) writes nothing of the client's.
   */
  private unitOfWork(n: TSESTree.CallExpression, summary: FunctionSummary, name: string, fnId: number): QueryFact[] {
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return [];
    const recv = unwrap(callee.object);
    const emLike = /(?:^|\.)(?:em|_em|entityManager|manager)$/i.test(textOf(this.src, recv, 80)) || (recv.type === 'CallExpression' && lastName(recv) === 'getEntityManager');
    const out: QueryFact[] = [];
    const rowsOf = (a: Node | undefined): TSESTree.Identifier[] => {
      const u = a ? unwrap(a) : null;
      if (u?.type === 'Identifier') return [u];
      if (u?.type === 'ArrayExpression') return u.elements.filter((e): e is TSESTree.Identifier => !!e && unwrap(e as Node).type === 'Identifier').map((e) => unwrap(e as Node) as TSESTree.Identifier);
      return [];
    };
    const written = (row: string, read: QueryFact): QueryFact | null => {
      const key = `${fnId}:${row}`;
      const filled = this.bodyFilledRows.has(key);
      if (!filled && !this.rowFieldsServerOnly.has(key)) return null; // nothing changed on it
      if (this.flushedRows.has(key)) return null;
      this.flushedRows.add(key);
      const server = !filled && this.rowFieldsServerOnly.get(key) === true;
      const mass = this.privilegedFills.get(key);
      return {
        orm: read.orm, model: read.model, op: 'save', kind: 'write', many: false, pos: posOf(n), where: null, resultVar: resultVarOf(n), ofRow: row,
        ...(server ? { dataTaint: [] } : {}), ...(mass?.length ? { massAssigned: mass } : {}),
      };
    };
    if (/^(?:remove|removeAndFlush|softRemove|nativeRemove)$/.test(name) && n.arguments.length === 1) {
      for (const id of rowsOf(n.arguments[0] as Node)) {
        const read = this.readRow(id, summary);
        if (read) out.push({ orm: read.orm, model: read.model, op: 'remove', kind: 'delete', many: false, pos: posOf(n), where: read.where, resultVar: resultVarOf(n), ofRow: id.name });
      }
      return out;
    }
    if (!emLike) return out;
    if (/^(?:persist|persistAndFlush|upsert)$/.test(name) && n.arguments.length >= 1) {
      for (const id of rowsOf(n.arguments[0] as Node)) {
        const read = this.readRow(id, summary);
        const w = read ? written(id.name, read) : null;
        if (w) out.push(w);
      }
      return out;
    }
    if (name === 'flush' && !n.arguments.length) {
      const prefix = `${fnId}:`;
      const rows = new Set([...this.bodyFilledRows, ...this.rowFieldsServerOnly.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.')).map((k) => k.slice(prefix.length)));
      for (const row of rows) {
        const read = [...summary.queries].reverse().find((x) => x.resultVar === row && x.kind === 'read' && !x.many && x.orm !== 'sql' && x.orm !== 'prisma');
        const w = read ? written(row, read) : null;
        if (w) out.push(w);
      }
    }
    return out;
  }

  /** `new Note(...)` of a model-like class (capitalised, not a builtin): its name */
  private modelOfNew(n: TSESTree.NewExpression): string | null {
    const c = unwrap(n.callee);
    const name = c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' ? propName(c) : null;
    return name && /^[A-Z][A-Za-z0-9]*$/.test(name) && !/^(?:Object|Array|Map|Set|Date|URL|Error|Promise|Response|Request|Headers|FormData|Blob|File|Buffer|RegExp|URLSearchParams|WeakMap|WeakSet|Intl)$/.test(name) && !/(?:Error|Exception|Client|Builder|Schema)$/.test(name) ? name : null;
  }

  /** Sequelize `Member.build(...)`: the model's name */
  private modelOfBuild(n: TSESTree.CallExpression): string | null {
    const c = unwrap(n.callee);
    if (c.type !== 'MemberExpression' || propName(c) !== 'build') return null;
    const o = unwrap(c.object);
    const name = o.type === 'Identifier' ? o.name : o.type === 'MemberExpression' ? propName(o) : null;
    return name && /^[A-Z][A-Za-z0-9]*$/.test(name) && !/^[A-Z0-9_]+$/.test(name) ? name : null;
  }

  /** `User.findById(id, (err, user) => ...)`: the read whose callback receives `user` */
  private callbackRead(id: TSESTree.Identifier): QueryFact | undefined {
    const def = (this.refMap.get(id) ?? this.declaredVariable(id))?.defs[0];
    if (def?.type !== 'Parameter') return undefined;
    const fn = def.node as Node;
    const call = (fn as { parent?: Node }).parent;
    if (call?.type !== 'CallExpression' || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
    // `Product.findOne({ where }).then((product) => ...)`: the read is what `.then` hangs on
    const c = unwrap(call.callee);
    const readCall = c.type === 'MemberExpression' && propName(c) === 'then' && unwrap(c.object).type === 'CallExpression' ? unwrap(c.object) : call;
    const at = posOf(readCall);
    return this.facts.functions[this.enclosingFn(call)]?.queries.find((q) => q.kind === 'read' && !q.many && q.pos.line === at.line && q.pos.column === at.column);
  }

  /** The catch clause of the innermost try block (in the same function) whose block holds n. */
  private catchOf(n: Node): Node | null {
    let child: Node = n;
    for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
      if (cur.type === 'TryStatement' && cur.block === child && cur.handler) return cur.handler as Node;
    }
    return null;
  }

  /** Inside a try block whose catch neither responds, returns nor throws: the failure is ignored. */
  /**
   * `if (!sid) return null` in a helper that hands back the user it found (`return row ?? null`): the "rejection" is an
   * answer, no session, that the caller must test.
   */
  private answersNullWhenMissing(rec: IfRecord): boolean {
    const only = (b: Node | null | undefined): TSESTree.ReturnStatement | null => {
      if (!b) return null;
      const st = b.type === 'BlockStatement' ? (b.body.length === 1 ? b.body[0] : null) : b;
      return st?.type === 'ReturnStatement' ? st : null;
    };
    const r = only(rec.cons);
    const arg = r?.argument ? unwrap(r.argument as Node) : null;
    const empty = !!arg && ((arg.type === 'Literal' && (arg.value === null || arg.value === false)) || (arg.type === 'Identifier' && arg.name === 'undefined'));
    if (!r || !empty) return false;
    const fnNode = this.fnNodes[rec.fn];
    if (!fnNode || fnNode.body.type !== 'BlockStatement') return false;
    // another return hands back a value (the user, the session)
    let found = false;
    walk(fnNode.body as Node, (x) => {
      if (found || (x !== fnNode.body && isFunctionNode(x))) return false;
      if (x.type === 'ReturnStatement' && x !== r && x.argument) {
        const v = unwrap(x.argument as Node);
        if (!(v.type === 'Literal' || (v.type === 'Identifier' && v.name === 'undefined'))) found = true;
      }
      return undefined;
    });
    return found;
  }

  /**
   * A call inside a try whose catch lets the request go on: swallowed (`catch {}`) and not answered with a
   * rejection of the frameworks that throw one (`catch { redirect(303, '/login') }`, `catch { error(401) }`,
   * `catch { return new Response(null, { status: 401 }) }`).
   */
  /**
   * A token library's verification that throws when the token is missing or wrong (jsonwebtoken's `verify`, jose's
   * `jwtVerify`, hono/jwt's `verify`, @fastify/jwt's `request.jwtVerify()`, firebase-admin's `verifyIdToken`), called
   * outside any try, any `if` and after no branch that hands the request on (`if (!token) return next()` makes it optional);
   * not with a callback, which takes the error instead of throwing.
   */
  private verifiesFailingClosed(n: TSESTree.CallExpression, name: string): boolean {
    if (!/^(?:verify|jwtVerify|verifyIdToken|verifySessionCookie|verifyToken)$/.test(name) || this.isPasswordHashCall(n)) return false;
    if (n.arguments.some((a) => isFunctionNode(unwrap(a as Node)))) return false;
    let head: Node = unwrap(n.callee);
    while (head.type === 'MemberExpression' || head.type === 'CallExpression') head = unwrap(head.type === 'MemberExpression' ? head.object : head.callee);
    const source = head.type === 'Identifier' ? this.importSourceOf(head) ?? '' : '';
    const library = /^(?:jsonwebtoken|jose|hono\/jwt|fast-jwt|firebase-admin(?:\/.*)?|@clerk\/backend|@fastify\/jwt)$/.test(source) ||
      (name === 'jwtVerify' && head.type === 'Identifier' && /^(?:req|request)$/.test(head.name));
    if (!library) return false;
    // (the caller's credential as it came, a header or a cookie: not a token from a link the client pastes, `verify(query.token)`)
    const token = n.arguments[0] ? this.taintOf(n.arguments[0] as Node) : [];
    if (n.arguments.length && !token.some((t) => /^request:(?:headers|header|cookies|signedCookies|get\.(?:authorization|cookie))/i.test(t))) return false;
    let child: Node = n;
    for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
      if (cur.type === 'TryStatement' || cur.type === 'IfStatement' || cur.type === 'ConditionalExpression' || cur.type === 'LogicalExpression') return false;
      if (cur.type === 'BlockStatement' || cur.type === 'Program') {
        const body = (cur as TSESTree.BlockStatement).body as Node[];
        const at = body.indexOf(child);
        for (const st of body.slice(0, at < 0 ? 0 : at)) if (st.type === 'IfStatement' && this.passesOn(st.consequent as Node)) return false;
      }
    }
    return true;
  }

  /**
   * SuperTokens `await Session.getSession(req, res)` throws UNAUTHORISED (the SDK's error handler answers 401) when the request
   * has no valid session; with `{ sessionRequired: false }` it answers undefined instead, and a caught failure is ignored.
   */
  private supertokensRequiredSession(n: TSESTree.CallExpression, name: string): boolean {
    if (name !== 'getSession' || n.arguments.length < 2) return false;
    let head: Node = unwrap(n.callee);
    while (head.type === 'MemberExpression' || head.type === 'CallExpression') head = unwrap(head.type === 'MemberExpression' ? head.object : head.callee);
    const source = head.type === 'Identifier' ? this.importSourceOf(head) ?? '' : '';
    if (!/^supertokens-node\/recipe\/session(?:\/index(?:\.js)?)?$/.test(source)) return false;
    const opts = n.arguments[2] as Node | undefined;
    if (opts && (unwrap(opts).type !== 'ObjectExpression' || /\bsessionRequired\s*:\s*(?!true\b)/.test(textOf(this.src, opts, 400)))) return false;
    return !this.ignoresFailure(n);
  }

  private ignoresFailure(n: Node): boolean {
    if (!this.swallowedByCatch(n)) return false;
    let cur: Node | undefined = (n as { parent?: Node }).parent;
    while (cur && !isFunctionNode(cur) && !(cur.type === 'TryStatement' && cur.handler)) cur = (cur as { parent?: Node }).parent;
    if (!cur || cur.type !== 'TryStatement' || !cur.handler) return true;
    let answers = false;
    walk(cur.handler.body as Node, (x) => {
      if (answers || isFunctionNode(x)) return false;
      if (x.type === 'CallExpression' && /^(?:redirect|error|notFound|forbidden|unauthorized|fail|permanentRedirect)$/.test(lastName(x))) answers = true;
      if (x.type === 'NewExpression' && /Response$|Exception$|Error$/.test(textOf(this.src, x.callee as Node, 60))) answers = true;
      return undefined;
    });
    return !answers;
  }

  private swallowedByCatch(n: Node): boolean {
    let child: Node = n;
    for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
      if (cur.type !== 'TryStatement' || cur.block !== child || !cur.handler) continue;
      const stack: Node[] = [cur.handler.body as Node];
      while (stack.length) {
        const x = stack.pop()!;
        if (x.type === 'ThrowStatement' || x.type === 'ReturnStatement') return false;
        if (x.type === 'CallExpression' && /^(?:send|code|status|sendStatus|throw|json|unauthorized|forbidden|next|done|reply)$/.test(lastName(x))) return false;
        for (const c of childrenOf(x)) if (!isFunctionNode(c)) stack.push(c);
      }
      return true;
    }
    return false;
  }

  private markReject(fn: number, n: Node) {
    this.facts.functions[fn].rejects = true;
    this.rejectRanges.push({ fn, start: n.range[0], end: n.range[1] });
  }

  private readMatcher(n: TSESTree.ExportNamedDeclaration) {
    const d = n.declaration;
    if (!d || d.type !== 'VariableDeclaration') return;
    for (const decl of d.declarations) {
      if (decl.id.type !== 'Identifier' || decl.id.name !== 'config' || !decl.init) continue;
      const obj = unwrap(decl.init);
      if (obj.type !== 'ObjectExpression') continue;
      for (const p of obj.properties) {
        if (p.type !== 'Property' || propName(p) !== 'matcher') continue;
        const v = unwrap(p.value as Node);
        const out: string[] = [];
        const take = (e: Node) => {
          const s = staticString(e);
          if (s !== null) out.push(s);
          const u = unwrap(e);
          if (u.type === 'ObjectExpression') {
            for (const q of u.properties) if (q.type === 'Property' && propName(q) === 'source') {
              const src = staticString(q.value as Node);
              if (src) out.push(src);
            }
          }
        };
        if (v.type === 'ArrayExpression') v.elements.forEach((e) => e && take(e as Node));
        else take(v);
        this.facts.matcher = out;
      }
    }
  }

  // ---------------------------------------------------------------- if-analysis

  private rejectsWithin(fn: number, node: Node | null): boolean {
    if (!node) return false;
    return this.rejectRanges.some((r) => r.fn === fn && r.start >= node.range[0] && r.end <= node.range[1]);
  }

  /**
   * `const exists = await prisma.typebot.count({ where: { publicId } }); return { isAvailable: !exists }`, `return !!anyUser`:
   * a lookup whose result is only ever read as a yes or no (`!x`, `!!x`, `x > 0`, `x === 0`, `Boolean(x)`, `isDefined(x)`) tells one bit.
   */
  private readAsBooleanOnly(call: Node): boolean {
    let holder = (call as { parent?: Node }).parent;
    while (holder && (holder.type === 'AwaitExpression' || holder.type === 'TSAsExpression' || holder.type === 'TSNonNullExpression')) holder = (holder as { parent?: Node }).parent;
    if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier') return false;
    const v = this.variableOf(holder.id);
    const reads = v?.references.filter((r) => r.isRead()) ?? [];
    if (!reads.length) return false;
    return reads.every((r) => {
      const id = r.identifier as Node;
      const p = (id as { parent?: Node }).parent;
      if (!p) return false;
      // (a test that decides what happens next, `if (!member) return 404`, is judged where it is made: collectExistenceTest)
      let c: Node = id;
      for (let up: Node | undefined = p; up; c = up, up = (up as { parent?: Node }).parent) {
        if ((up.type === 'IfStatement' || up.type === 'ConditionalExpression') && up.test === c) return false;
        if (/Statement$|Declaration$/.test(up.type)) break;
      }
      if (p.type === 'UnaryExpression' && p.operator === '!') return true;
      if (p.type === 'BinaryExpression' && /^(?:[!=]==?|[<>]=?)$/.test(p.operator)) {
        const other = unwrap((p.left === id ? p.right : p.left) as Node);
        return other.type === 'Literal' && (typeof other.value === 'number' || other.value === null);
      }
      if (p.type === 'CallExpression' && p.arguments.length === 1 && p.arguments[0] === id) {
        const c = unwrap(p.callee as Node);
        return c.type === 'Identifier' && /^(?:Boolean|isDefined|isNotDefined|isNil|isNull|isUndefined|exists)$/.test(c.name);
      }
      return false;
    });
  }

  /**
   * `const taken = await db.workspace.findFirst({ where: { slug } }); if (taken) throw conflict()`: a lookup whose row
   * is read nowhere but in this test, which ends the request when it exists, tells one bit and shows no record.
   */
  private collectExistenceTest(rec: { fn: number; test: Node }, s: FunctionSummary, consExits: boolean) {
    if (!consExits) return;
    let t = unwrap(rec.test);
    if (t.type === 'BinaryExpression' && /^!==?$/.test(t.operator) && [t.left, t.right].some((x) => { const u = unwrap(x as Node); return (u.type === 'Literal' && u.value === null) || (u.type === 'Identifier' && u.name === 'undefined'); })) {
      t = unwrap((unwrap(t.left as Node).type === 'Identifier' && (unwrap(t.left as Node) as TSESTree.Identifier).name !== 'undefined' ? t.left : t.right) as Node);
    }
    // the rows of a select, `const taken = await db.select().from(pages).where(eq(pages.slug, slug)); if (taken.length > 0) return 409`
    // (also `if (taken.length)`, `!== 0`): how many there are, read nowhere else, is the one bit told
    let byLength = false;
    if (t.type === 'BinaryExpression' && /^(?:>|!==?)$/.test(t.operator) && unwrap(t.right as Node).type === 'Literal' && (unwrap(t.right as Node) as TSESTree.Literal).value === 0) t = unwrap(t.left as Node);
    if (t.type === 'MemberExpression' && !t.computed && propName(t) === 'length') {
      t = unwrap(t.object as Node);
      byLength = true;
    }
    if (t.type !== 'Identifier') return;
    const q = s.queries.find((x) => x.resultVar === (t as TSESTree.Identifier).name && x.kind === 'read' && (!byLength || x.many !== false));
    if (!q) return;
    const v = this.variableOf(t);
    if (!v) return;
    const reads = v.references.filter((r) => r.isRead());
    // (by its length, the rows may be counted again after: `return c.json({ taken: rows.length })` shows no row either)
    const lengthOnly = (r: (typeof reads)[number]) => { const par = (r.identifier as { parent?: Node }).parent; return byLength && par?.type === 'MemberExpression' && par.object === r.identifier && propName(par) === 'length'; };
    if (reads.every((r) => (r.identifier.range[0] >= rec.test.range[0] && r.identifier.range[1] <= rec.test.range[1]) || lengthOnly(r))) q.existenceOnly = true;
  }

  /**
   * `const patient = await db.patient.findFirst({ where: { id, orgId } }); if (!patient) throw new TRPCError({ code: 'NOT_FOUND' })`:
   * the lookup throws when it finds nothing, so a helper doing it ends its caller's request for an id outside the filter
   * (a `return null` does not: the caller goes on).
   */
  private collectThrowIfMissing(rec: { fn: number; test: Node; cons: Node }, s: FunctionSummary) {
    const cons = rec.cons;
    const throws = cons && (cons.type === 'ThrowStatement' || cons.type === 'BlockStatement' || cons.type === 'ExpressionStatement') &&
      this.throwRanges.some((r) => r.fn === rec.fn && r.start >= cons.range[0] && r.end <= cons.range[1]);
    if (!throws) return;
    const missing = new Set<string>();
    const stack: Node[] = [unwrap(rec.test)];
    while (stack.length) {
      const t = unwrap(stack.pop()!);
      if (t.type === 'LogicalExpression' && t.operator === '||') stack.push(t.left as Node, t.right as Node);
      else if (t.type === 'UnaryExpression' && t.operator === '!' && unwrap(t.argument as Node).type === 'Identifier') missing.add((unwrap(t.argument as Node) as TSESTree.Identifier).name);
    }
    for (const q of s.queries) if (q.resultVar && missing.has(q.resultVar) && !q.many) q.throwsIfMissing = true;
  }

  /**
   * `if (posts.length !== 2) throw` (or `< ids.length`) after `posts = findMany({ where: { id: { in: [sourceId, targetId] }, orgId } })`:
   * every row asked for had to be found, as a single lookup's `if (!row)` asks of one.
   */
  private collectAllRowsRequired(test: Node, s: FunctionSummary) {
    const t = unwrap(test);
    if (t.type !== 'BinaryExpression' || !/^(?:!==?|<)$/.test(t.operator)) return;
    const left = unwrap(t.left as Node);
    const right = unwrap(t.right as Node);
    if (left.type !== 'MemberExpression' || propName(left) !== 'length' || unwrap(left.object as Node).type !== 'Identifier') return;
    const count = (right.type === 'Literal' && typeof right.value === 'number' && right.value > 0) || (right.type === 'MemberExpression' && propName(right) === 'length');
    if (!count) return;
    const name = (unwrap(left.object as Node) as TSESTree.Identifier).name;
    for (const q of s.queries) if (q.many && q.resultVar === name && (q.where ?? []).some((w) => /(?:^|\.)\$?in$/.test(w.path) || w.taint.some((t) => /^call:(?:In|inArray)$/.test(t)))) q.allRowsRequired = true;
  }

  /** An if whose test reads a lookup's row (`if (!project) ...`, `if (project) { ... }`): the handler acts on whether it was found. */
  private collectRowTested(test: Node, s: FunctionSummary) {
    const names = new Set<string>();
    const stack: Node[] = [test];
    for (let i = 0; stack.length && i < 200; i++) {
      const t = unwrap(stack.pop()!);
      if (t.type === 'Identifier') {
        names.add(t.name);
        // `const { data: project, error } = await supabase...single(); if (error) return 404`: a name destructured
        // beside the row answers for it
        const def = this.variableOf(t)?.defs[0];
        const decl = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : null;
        if (decl?.id.type === 'ObjectPattern') {
          for (const p of decl.id.properties) if (p.type === 'Property' && p.value.type === 'Identifier') names.add(p.value.name);
        }
      } else if (t.type === 'MemberExpression') {
        // (`if (!req.lead)`: the row a loader hung on the request, its query's result named `req.lead`; `ctx.state.lead` alike)
        if (!t.computed && t.property.type === 'Identifier' && unwrap(t.object as Node).type === 'Identifier') names.add(`${(unwrap(t.object as Node) as TSESTree.Identifier).name}.${t.property.name}`);
        else if (!t.computed && t.property.type === 'Identifier') {
          const holder = unwrap(t.object as Node);
          if (holder.type === 'MemberExpression' && !holder.computed && holder.property.type === 'Identifier' && /^(?:state|locals)$/.test(holder.property.name) && unwrap(holder.object as Node).type === 'Identifier') {
            names.add(`${(unwrap(holder.object as Node) as TSESTree.Identifier).name}.${holder.property.name}.${t.property.name}`);
          }
        }
        stack.push(t.object as Node);
      } else if (t.type === 'UnaryExpression' || t.type === 'AwaitExpression') stack.push(t.argument as Node);
      else if (t.type === 'LogicalExpression' || t.type === 'BinaryExpression') stack.push(t.left as Node, t.right as Node);
      else if (t.type === 'ChainExpression') stack.push(t.expression as Node);
    }
    for (const q of s.queries) if (q.resultVar && names.has(q.resultVar.split(',')[0]) && !q.many) q.endsIfMissing = true;
    // `const { count } = await prisma.vote.deleteMany({ where: { postId, userId } }); if (count) ...`: what follows depends on
    // rows of the caller's having been there
    for (const q of s.queries) if (q.resultVar && names.has(q.resultVar.split(',')[0]) && q.many && q.kind !== 'read') q.affectedTested = true;
  }

  /**
   * `if (!user) error(401, 'Sign in')` where `user` is a parameter: the function rejects callers that hand it
   * no session (`assertRole(locals.user, 'admin')`); the caller's argument decides whether that authenticates
   */
  private collectParamRequired(rec: { fn: number; test: Node }, s: FunctionSummary) {
    const stack: Node[] = [unwrap(rec.test)];
    while (stack.length) {
      const t = unwrap(stack.pop()!);
      let id: Node | null = null;
      if (t.type === 'LogicalExpression' && t.operator === '||') stack.push(t.left as Node, t.right as Node);
      else if (t.type === 'UnaryExpression' && t.operator === '!') id = unwrap(t.argument as Node);
      else if (t.type === 'BinaryExpression' && /^[=]==?$/.test(t.operator)) {
        const nil = (x: Node) => { const u = unwrap(x); return (u.type === 'Literal' && u.value === null) || (u.type === 'Identifier' && u.name === 'undefined'); };
        id = nil(t.right as Node) ? unwrap(t.left as Node) : nil(t.left as Node) ? unwrap(t.right as Node) : null;
      }
      if (id?.type !== 'Identifier') continue;
      for (const x of this.taintOf(id)) {
        const m = /^arg:(\d+):$/.exec(x);
        if (m && !(s.rejectsWithoutParam ??= []).includes(Number(m[1]))) s.rejectsWithoutParam.push(Number(m[1]));
      }
    }
  }

  /** A block that puts an identity on the request (`req.session = EMPTY_SESSION`, `request.user = null`) before it ends. */
  private setsAnonymousIdentity(node: Node | null): boolean {
    if (!node) return false;
    let found = false;
    walk(node, (x) => {
      if (found) return false;
      if (x.type === 'AssignmentExpression' && x.operator === '=' && x.left.type === 'MemberExpression') {
        const ch = memberChain(x.left as Node);
        if (ch && ch.length === 2 && REQUEST_PARAM.test(ch[0]) && SESSION_KEYS.has(ch[1])) found = true;
      }
      return undefined;
    });
    return found;
  }

  /** A branch that answers 429 (`TOO_MANY_REQUESTS`, `res.status(429)`, "rate limit exceeded"): a limiter's refusal. */
  private refusesForRate(node: Node | null): boolean {
    if (!node) return false;
    return /\bTOO_MANY_REQUESTS\b|\bTooManyRequests|\b429\b|rate[ _-]?limit(?:ed| exceeded)|too many requests/i.test(this.src.slice(node.range[0], Math.min(node.range[1], node.range[0] + 400)));
  }

  /** `return newBackup` where `newBackup` came from an insert of this function (`db.insert(backups)...returning()`, `prisma.x.create`). */
  private recordReturnedCreated(arg: Node, fn: number) {
    const s = this.facts.functions[fn];
    if (!s.queries.length) return;
    // (the row itself, `return row`, `return rows[0]`, or the insert's own result: not a response built from it, `res.json({ count })`)
    let u = unwrap(arg);
    if (u.type === 'AwaitExpression') u = unwrap(u.argument as Node);
    const isRow = u.type === 'Identifier' || (u.type === 'MemberExpression' && unwrap(u.object as Node).type === 'Identifier' && (u.computed || /^(?:\d+|at)$/.test(propName(u) ?? ''))) ||
      (u.type === 'CallExpression' && !!this.queryResultTaint(u));
    if (!isRow) return;
    const models = this.taintOf(u).filter((t) => t.startsWith('db:')).map((t) => t.slice(3));
    const created = models.filter((m) => s.queries.some((q) => q.model === m && q.kind === 'write' && /^(?:insert|create|createMany|insertOne|insertMany|save)$/.test(q.op)));
    if (created.length) s.returnsCreated = uniq([...(s.returnsCreated ?? []), ...created]);
    // (a row it read, `return client`: hapi's `pre: [{ method: loadClient, assign: 'client' }]` hands it to the handler as `request.pre.client`)
    const read = models.filter((m) => !created.includes(m) && s.queries.some((q) => q.model === m && q.kind === 'read'));
    if (read.length) s.returnsRead = uniq([...(s.returnsRead ?? []), ...read]);
  }

  /**
   * `if (key) { ...; return { userId: key.userId } }` in a helper: the branch taken when something was found answers it.
   * It ends the function early for the caller who has a credential, and turns nobody away (a test that is not negated,
   * a branch whose only exits return a value: no throw, no response, no call).
   */
  private answersWhatItFound(rec: IfRecord): boolean {
    // (a presence test only: `if (key)`, `if (header?.startsWith('Bearer '))`, `if (a && b)`; not a comparison or a negation)
    const presence = (x: Node, depth = 0): boolean => {
      const u = unwrap(x);
      if (u.type === 'Identifier' || u.type === 'MemberExpression') return true;
      if (u.type === 'CallExpression') return depth === 0 && u.callee.type === 'MemberExpression' && /^(?:startsWith|has)$/.test(propName(u.callee) ?? '');
      if (u.type === 'ChainExpression') return presence(u.expression as Node, depth);
      return u.type === 'LogicalExpression' && u.operator === '&&' && depth < 3 && presence(u.left as Node, depth + 1) && presence(u.right as Node, depth + 1);
    };
    if (rec.cons === rec.test || !presence(rec.test)) return false;
    // (what it answers is what it found, not a refusal: `return { error: 'not allowed' }`)
    const REFUSAL = /^(?:error|errors|message|ok|success|status|code|allowed|authorized|reason|redirect)$/;
    let returns = 0;
    const stack: Node[] = [rec.cons];
    for (let i = 0; stack.length && i < 400; i++) {
      const x = stack.pop()!;
      if (x.type === 'ThrowStatement') return false;
      if (x.type === 'ReturnStatement') {
        const a = x.argument ? unwrap(x.argument as Node) : null;
        if (!a || !/^(?:ObjectExpression|Identifier|MemberExpression|ArrayExpression)$/.test(a.type) || (a.type === 'Identifier' && a.name === 'undefined')) return false;
        if (a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && REFUSAL.test(propName(p) ?? ''))) return false;
        returns++;
      }
      for (const ch of childrenOf(x)) if (!isFunctionNode(ch)) stack.push(ch);
    }
    return returns > 0;
  }

  /**
   * `if (!isAdmin) { return view.map((p) => ({ ...p, email: null })) }`: the branch answers rows it read (a redacted view of
   * them), no refusal; whoever takes it gets data. Every return's value carries a row read from the database.
   */
  private answersRows(rec: IfRecord): boolean {
    if (rec.cons === rec.test) return false;
    const REFUSAL = /^(?:error|errors|message|ok|success|status|code|allowed|authorized|reason|redirect)$/;
    let returns = 0;
    const stack: Node[] = [rec.cons];
    for (let i = 0; stack.length && i < 400; i++) {
      const x = stack.pop()!;
      if (x.type === 'ThrowStatement') return false;
      if (x.type === 'ReturnStatement') {
        const a = x.argument ? unwrap(x.argument as Node) : null;
        if (!a || a.type === 'Literal' || (a.type === 'Identifier' && a.name === 'undefined')) return false;
        if (a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && REFUSAL.test(propName(p) ?? ''))) return false;
        if (!this.taintOf(a).some((t) => t.startsWith('db:'))) return false;
        returns++;
        continue;
      }
      for (const ch of childrenOf(x)) if (!isFunctionNode(ch)) stack.push(ch);
    }
    return returns > 0;
  }

  private exitsWithin(fn: number, node: Node | null): boolean {
    if (!node) return false;
    if (node.type !== 'BlockStatement' && node.type !== 'ReturnStatement' && node.type !== 'ThrowStatement' && node.type !== 'ExpressionStatement') return false;
    return this.exitRanges.some((r) => r.fn === fn && r.start >= node.range[0] && r.end <= node.range[1]);
  }

  /**
   * A helper that checks an uploaded file it is handed (`export function assertImage(file: File) { if (file.size > MAX)
   * throw ...; if (!ACCEPTED.includes(file.type)) throw ... }`): a handler that hands it the file checks what it checks.
   */
  private noteFileChecks() {
    if (!/\.size\b|\.type\b|mimetype/i.test(this.src)) return;
    this.fnNodes.forEach((fn, id) => {
      if (!fn || id === 0 || !(fn as FnNode).params?.length || fn.range[1] - fn.range[0] > 4000) return;
      const text = this.src.slice(fn.range[0], fn.range[1]);
      if (/formData\(|parseBody\(|readMultipartFormData\(/.test(text)) return;
      // (the file is a parameter it tests: `file.size`, `file.type`; not an event's `type` it dispatches on)
      const names = (fn as FnNode).params.map((x) => unwrap(x as Node)).flatMap((x) => (x.type === 'Identifier' ? [x.name] : x.type === 'AssignmentPattern' && x.left.type === 'Identifier' ? [x.left.name] : []));
      if (!names.some((nm) => new RegExp(String.raw`\b${nm.replace(/\$/g, '\\$')}\??\.(?:size|type|mimetype)\b`).test(text))) return;
      const c = formDataFileChecks(text);
      if (c.hasLimit || c.hasTypeCheck) this.facts.functions[id].checksFile = { ...(c.hasLimit ? { limit: true as const } : {}), ...(c.hasTypeCheck ? { type: true as const } : {}) };
    });
  }

  private finishIfs() {
    // `try { req.client = await checkKey(req.headers) } catch { return reply.status(401).send() }`:
    // a failure of the call ends the request with 401/403
    for (const t of this.triedCalls) if (this.rejectsWithin(t.fn, t.handler)) t.fact.caught = 'rejects';
    const pathSessionScopes = new Map<FunctionSummary, { patterns: PathPattern[]; negated: boolean; pos: Pos }[]>();
    const unscopedSession = new Set<FunctionSummary>();
    // `if (user?.role !== 'superadmin') error(404)`: hiding a page from whoever may not see it rejects them
    // (`if (!task) error(404)` does not: the test is about data, not the caller)
    for (const rec of this.ifs) {
      const hides = this.hideCalls.filter((h) => h.fn === rec.fn && h.node.range[0] >= rec.cons.range[0] && h.node.range[1] <= rec.cons.range[1]);
      if (!hides.length || this.rejectsWithin(rec.fn, rec.cons)) continue;
      const info = this.analyzeTest(rec.test, true);
      if (info.role || info.session) for (const h of hides) this.markReject(h.fn, h.node);
    }
    for (const { node, fn, secretOnly } of this.returnedTests) {
      const s = this.facts.functions[fn];
      if (s.returnsRole && !secretOnly) continue;
      // (reading taints notes what the request is read for: a return is not a test, so those notes are dropped)
      const reads = s.requestReads.length;
      const info = this.analyzeTest(node, false);
      s.requestReads.length = reads;
      if (secretOnly) {
        if (info.sharedSecret && !(node.type === 'BinaryExpression' && node.operator.startsWith('!'))) s.returnsSecretMatch = true;
        continue;
      }
      if (info.role) {
        // `if (req.nextUrl.pathname.startsWith('/admin')) return token?.role === 'admin'` (next-auth's `authorized` callback):
        // a role asked for those paths only
        const scope = this.pathScopeOf({ test: node } as IfRecord);
        if (scope) (s.pathRoleChecks ??= []).push({ ...scope, role: info.role });
        else s.returnsRole = info.role;
      }
      // (`return !ctx.user`, `ctx.user === null`: true for anonymous callers, the opposite question)
      else if (info.session && !answersAnonymous(node)) s.returnsSession = true;
      // (not `return header !== expected`: true for a caller without the secret)
      if (info.sharedSecret && !answersAnonymous(node) && !(node.type === 'BinaryExpression' && node.operator.startsWith('!'))) s.returnsSecretMatch = true;
    }
    const selfTests: { fn: number; start: number; end: number }[] = [];
    // `if (type !== 'mutation' || !ctx.user) return next()` at the top of a middleware, before anything rejects: an
    // anonymous caller is handed on as it is, so the checks after it (`if (!row) throw UNAUTHORIZED` on a lookup of the
    // signed-in user's row) only turn away callers who have a session. The function authenticates nobody.
    const anonPass = new Map<number, number>();
    for (const rec of this.ifs) {
      if (anonPass.has(rec.fn) || rec.cons === rec.test || !this.handsOnAsIs(rec.cons) || !this.trueWhenAnonymous(rec.test, 0)) continue;
      const stmt = (rec.test as { parent?: Node }).parent;
      const body = stmt && (stmt as { parent?: Node }).parent;
      const fnNode = body && (body as { parent?: Node }).parent;
      if (!stmt || body?.type !== 'BlockStatement' || !fnNode || !isFunctionNode(fnNode)) continue;
      if (this.rejectRanges.some((r) => r.fn === rec.fn && r.end <= stmt.range[0])) continue;
      anonPass.set(rec.fn, stmt.range[0]);
    }
    for (const rec of this.ifs) {
      const s = this.facts.functions[rec.fn];
      this.collectPathGate(rec, s);
      this.collectConfigGate(rec, s);
      this.collectMethodGate(rec, s);
      // (`if (!token) { req.session = EMPTY_SESSION; return }` in a Fastify hook: the request goes on, anonymous)
      // (`if (!result.allowed) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' })`: a limiter keyed by the caller's id
      // turns away callers over their quota, not callers without a session)
      // (`if (!token) return next()`: a branch handing the request on as it is, no error, lets it through)
      const consRejects = this.rejectsWithin(rec.fn, rec.cons) || (this.exitsWithin(rec.fn, rec.cons) && !this.setsAnonymousIdentity(rec.cons) && !this.refusesForRate(rec.cons) && !this.answersWhatItFound(rec) && !this.answersRows(rec) && !(this.handsOnAsIs(rec.cons) && !this.rejectsLater(rec)));
      const altRejects = this.rejectsWithin(rec.fn, rec.alt) || (this.exitsWithin(rec.fn, rec.alt) && !this.setsAnonymousIdentity(rec.alt) && !this.refusesForRate(rec.alt));
      if ((this.exitsWithin(rec.fn, rec.cons) && this.refusesForRate(rec.cons)) || (this.exitsWithin(rec.fn, rec.alt) && this.refusesForRate(rec.alt))) s.refusesForRate = true;
      // `if (!project) redirect('/projects')`, `if (project) { ...its tasks... }`: the row found decides what happens next
      this.collectRowTested(rec.test, s);
      if (s.calls.some((c) => c.resultVar)) {
        const names = new Set<string>();
        walk(rec.test, (x) => { if (x.type === 'Identifier') names.add(x.name); return undefined; });
        for (const c of s.calls) if (c.resultVar && c.resultVar.split(',').some((v) => names.has(v))) c.resultTested = true;
      }
      if (!consRejects && !altRejects) {
        this.collectMethodChecks(rec.test, s);
        continue;
      }
      this.collectMethodChecks(rec.test, s);
      this.collectPublicationChecks(rec, s, consRejects);
      this.collectThrowIfMissing(rec, s);
      if (this.rejectsWithin(rec.fn, rec.cons)) this.collectParamRequired(rec, s);
      this.collectExistenceTest(rec, s, consRejects || this.exitsWithin(rec.fn, rec.cons));
      if (consRejects || this.exitsWithin(rec.fn, rec.cons)) this.collectAllRowsRequired(rec.test, s);
      const info = this.analyzeTest(rec.test, consRejects);
      // `if (languageWorkspaceId !== input.workspaceId) throw`: past it the two are the same tenant
      const bt = unwrap(rec.test);
      // `if (req.params.id === req.user?.id) return res.status(403)` ("not yourself"): its rejection answers a signed-in
      // caller who names themselves; an anonymous caller's missing id equals nothing and passes
      if (bt.type === 'BinaryExpression' && /^===?$/.test(bt.operator) && consRejects && !altRejects) {
        const ts = [bt.left as Node, bt.right].map((x) => this.taintOf(stripConversion(unwrap(x))));
        const sess = (t: Taint[]) => t.some((x) => x.startsWith('session:') && !x.startsWith('session:db.'));
        const client = (t: Taint[]) => t.some((x) => x.startsWith('request:') || /^arg:\d+:/.test(x) || x.startsWith('param:'));
        if ((sess(ts[0]) && client(ts[1]) && !sess(ts[1])) || (sess(ts[1]) && client(ts[0]) && !sess(ts[0]))) selfTests.push({ fn: rec.fn, start: rec.cons.range[0], end: rec.cons.range[1] });
      }
      if (bt.type === 'BinaryExpression' && ((/^!==?$/.test(bt.operator) && consRejects) || (/^===?$/.test(bt.operator) && altRejects && !consRejects))) {
        const keep = (ts: Taint[]) => ts.filter((t) => /^(?:request|call|arg|param|session):/.test(t));
        const l = keep(this.taintOf(bt.left as Node));
        const r = keep(this.taintOf(bt.right as Node));
        if (l.length && r.length) (s.boundPairs ??= []).push([l, r]);
      }
      // (a secret or signature compared only when the request carries its header, `if (signature) { if (!timingSafeEqual(...)) return 401 }`,
      // refuses nobody who leaves the header out)
      if (info.sharedSecret && this.onlyWhenSigned(rec.test)) {
        info.sharedSecret = false;
        info.session = false;
      }
      // `if (ctx.path === '/device' && !ctx.cookies.get(key)) redirect`: a check for one path only
      // (the function checks those paths when it checks no other: see pathSessionScopes)
      if (info.session && this.pathScoped(rec.test)) {
        info.session = false;
        // (`if (session && path === '/login') redirect(303, '/app')` sends signed-in callers away from one path: it gates none)
        const scope = info.sharedSecret || !this.invertedSessionCheck(rec, consRejects, altRejects) ? this.pathScopeOf(rec) : null;
        if (scope) (pathSessionScopes.get(s) ?? pathSessionScopes.set(s, []).get(s)!).push({ ...scope, pos: rec.pos });
      }
      // `if (req.user) return res.redirect('/')` on a login page: it ends the request when the caller IS signed in
      if (info.session && !info.sharedSecret && this.invertedSessionCheck(rec, consRejects, altRejects)) {
        info.session = false;
        s.sessionCheckInverted = true;
      }
      const passFrom = anonPass.get(rec.fn);
      if (info.session && !info.sharedSecret && passFrom !== undefined && rec.test.range[0] >= passFrom) {
        info.session = false;
        s.passesAnonymous = true;
      }
      if (info.session && this.answersNullWhenMissing(rec)) s.nullWithoutSession = true;
      if (info.session) {
        // (a check made on every path, not inside `if (path.startsWith('/admin')) { ... }`)
        if (!this.pathScopeOf(rec)) unscopedSession.add(s);
        // (only not-found tests of rows looked up with the caller's tenant: the matrix does not call that a session check)
        if (!info.sessionByLookup) delete s.sessionCheckByLookup;
        else if (!s.sessionCheck) s.sessionCheckByLookup = true;
        s.sessionCheck = true;
        s.sessionCheckPos = s.sessionCheckPos ?? rec.pos;
        (s.sessionCheckBranches ??= []).push(this.methodBranchOf(rec.test) ?? '');
      }
      if (info.sharedSecret) s.sharedSecretCheck = true;
      if (info.sharedSecret && info.secretEnvs.length) s.sharedSecretEnv = uniq([...(s.sharedSecretEnv ?? []), ...info.secretEnvs]);
      if (info.role) {
        // `if (path.startsWith('/admin') && user.role !== 'admin') error(403)`: a role check for those paths only
        const scope = this.pathScopeOf(rec);
        if (scope) (s.pathRoleChecks ??= []).push({ ...scope, role: info.role });
        else {
          // `if (roles && !roles.includes(membership.role)) throw`: made only when the caller hands over `roles`
          const guard = this.paramGuardOf(rec.test, s);
          if (guard < 0) s.roleCheckAlways = true;
          else if (!(s.roleCheckArgs ??= []).includes(guard)) s.roleCheckArgs.push(guard);
          s.roleChecks.push(info.role);
          // (`if (req.method === 'DELETE') { if (user.role !== 'OWNER') return 403 }`: made for that method only)
          (s.roleCheckBranches ??= []).push({ role: info.role, branch: this.methodBranchOf(rec.test) ?? '' });
        }
      }
      const branch = this.methodBranchOf(rec.test);
      if (branch) for (const key of info.verified) (s.branchVerifiedKeys ??= []).push({ key, branch });
      else s.verifiedKeys.push(...info.verified);
      for (const raw of info.ownership) {
        const { peerRow, ...o } = raw;
        if (peerRow) {
          // the other row's lookup, the last one before the test: checked against what keyed it, any one of its terms (the row
          // found by a verified id and a client's collection id, `{ id: requestID, collectionID: srcCollID }`, is the verified row)
          const peer = s.queries.filter((q) => q.resultVar === peerRow && q.kind === 'read' && q.pos.line <= rec.pos.line).pop();
          const terms = (peer?.where ?? []).map((w) => uniq(w.taint.filter((t) => /^(?:request|session|arg|call|param):/.test(t)))).filter((ts) => ts.length > 0);
          const i = s.params.indexOf(o.variable);
          for (const against of terms) s.ownershipChecks.push({ ...o, against, pos: rec.pos, ...(branch ? { methodBranch: branch } : {}), ...(i >= 0 ? { param: `arg:${i}:` } : {}) });
          continue;
        }
        // in a helper (`function assertSameClinic(req, doc) { if (String(doc.clinic) !== String(req.session.user.clinic)) throw ... }`),
        // a record the caller hands in: its caller's argument is the record checked
        const i = o.models.length ? -1 : s.params.indexOf(o.variable);
        const param = i >= 0 && !REQUEST_PARAM.test(o.variable) ? `arg:${i}:` : undefined;
        s.ownershipChecks.push({ ...o, pos: rec.pos, ...(branch ? { methodBranch: branch } : {}), ...(param ? { param } : {}) });
      }
      // a membership lookup keyed by an earlier result (`member.findFirst({ userId, workspaceId: card.workspaceId })`)
      // that rejects when missing verifies that earlier result
      for (const model of info.scopedResults) {
        for (const q of s.queries) {
          // (`const [member] = await db.select().from(memberships).where(...)`: the first row, `memberships.0`)
          if (q.model !== model && !(model.startsWith(q.model + '.') && /^\d+$/.test(model.slice(q.model.length + 1)))) continue;
          // (the lookup whose row the test reads: a write of the same table after it, `trx('categories').whereIn('id', from)
          // .andWhere('account_id', mine).del()`, verifies nothing of what ran before it)
          // (a scoped write whose returned row is tested, `const row = await db.update(t).set(...).where(and(eq(t.id, id),
          // eq(t.workspaceId, mine))).returning().get(); if (!row) throw`, verifies its id like a lookup)
          if (q.pos.line > rec.pos.line || (q.kind !== 'read' && !q.resultVar)) continue;
          const models = (q.where ?? []).flatMap((w) => w.taint.filter((t) => t.startsWith('db:') && t !== 'db:' + model).map((t) => t.slice(3)));
          if (models.length) s.ownershipChecks.push({ variable: '', field: '*', models: uniq(models), pos: rec.pos });
          // ...and a request id it was keyed by is a verified membership
          if ((q.where ?? []).some((w) => w.taint.some((t) => t.startsWith('session:')))) {
            for (const w of q.where ?? []) for (const t of w.taint) if (t.startsWith('request:')) {
              if (branch) (s.branchVerifiedKeys ??= []).push({ key: t, branch });
              else s.verifiedKeys.push(t);
            }
          }
        }
      }
      // a lookup by a request id that brings along the caller's own related rows (`team.findUnique({ where: { id: teamId },
      // include: { users: { where: { userId } } } })`), rejected when those are missing, verifies that id like a membership lookup
      // (the latest lookup held by that name before the test: `agency` of another method's branch is another lookup)
      for (const rt of info.relationTests) {
        const q = s.queries.filter((x) => x.resultVar === rt.variable && x.pos.line <= rec.pos.line).pop();
        if (q && q.kind === 'read' && q.scopedRelations?.includes(rt.relation)) {
          for (const w of q.where ?? []) for (const t of w.taint) if (t.startsWith('request:')) {
            if (branch) (s.branchVerifiedKeys ??= []).push({ key: t, branch });
            else s.verifiedKeys.push(t);
          }
        }
      }
      for (const p of s.pendingRoleFlags ?? []) if (info.idents.has(p.variable) && !s.roleChecks.includes(p.text)) s.roleChecks.push(p.text);
      for (const c of s.calls) {
        const v = c.resultVar?.split(',')[0];
        // (`if (user) return res.redirect('/')` tests the result but lets a caller without one through)
        if (v && info.idents.has(v) && !this.invertedSessionCheck(rec, consRejects, altRejects, v)) c.resultTestedByReject = true;
        // a predicate called in the test itself: `if (!sameClinic(patient, req.user)) return res.sendStatus(404)`
        // (`if (await getUserId(request)) throw redirect('/home')` on a login page rejects when the result is there:
        // only a falsy result rejected counts, `if (!pred(...)) reject` or `if (pred(...)) {...} else reject`)
        else if (!c.resultVar && within(c.pos, rec.test.loc) && (negatedInTest(rec.test, c.pos) ? consRejects : altRejects)) c.resultTestedByReject = true;
        // (a "forbidden" predicate is refused when it says yes: `if (!ws || isWriteForbidden(ws, user)) throw notFound()`)
        else if (!c.resultVar && within(c.pos, rec.test.loc) && (negatedInTest(rec.test, c.pos) ? altRejects : consRejects)) c.resultTruthyRejects = true;
      }
    }
    // `if (path.startsWith('/dashboard') && !locals.user) redirect(303, '/login')` and no check for other paths:
    // the function checks the session on those paths and lets the others through
    for (const [s, scopes] of pathSessionScopes) {
      if (s.sessionCheck && (unscopedSession.has(s) || !s.pathBypass?.some((g) => g.within))) continue;
      if (s.sessionCheck) {
        // the other session checks sit in blocks for some paths (`if (path.startsWith('/admin')) { if (!user) redirect(...) }`):
        // a check written as `path.startsWith('/app') && !locals.user` adds its paths to theirs
        const only = scopes.filter((x) => !x.negated);
        if (only.length !== scopes.length) continue;
        for (const x of only) s.pathBypass!.push({ patterns: x.patterns, negated: true, within: true });
        continue;
      }
      // checks made for some paths only leave the others through; a check for every path but an allowlist
      // (`if (!isPublic && !user)`) leaves the allowlist through, less what another check covers (`/admin`)
      const only = scopes.filter((x) => !x.negated);
      const except = scopes.filter((x) => x.negated);
      const within = (p: PathPattern) => only.some((x) => x.patterns.some((q) => q.kind === 'prefix' && p.kind !== 'regex' && p.value.startsWith(q.value)));
      const gate = !except.length ? { patterns: only.flatMap((x) => x.patterns), negated: true }
        : except.length === 1 ? { patterns: except[0].patterns.filter((p) => !within(p)), negated: false } : null;
      if (!gate) continue;
      delete s.sessionCheckByLookup;
      s.sessionCheck = true;
      s.sessionCheckPos = s.sessionCheckPos ?? scopes[0].pos;
      (s.sessionCheckBranches ??= []).push('');
      (s.pathBypass ??= []).push(gate);
    }
    // a session checked on every path (`if (!locals.user) redirect(303, '/login')`) beside blocks for some paths
    // (`if (path.startsWith('/admin')) { if (user.role !== 'admin') error(403) }`): the blocks add checks, they do not
    // narrow the paths the function authenticates
    for (const s of unscopedSession) if (s.pathBypass?.some((g) => g.within)) s.pathBypass = s.pathBypass.filter((g) => !g.within);
    // a function whose every rejection answers a "not yourself" test rejects nobody for being anonymous
    for (const fn of new Set(selfTests.map((x) => x.fn))) {
      const mine = this.rejectRanges.filter((r) => r.fn === fn);
      if (mine.length && mine.every((r) => selfTests.some((x) => x.fn === fn && r.start >= x.start && r.end <= x.end))) this.facts.functions[fn].rejectsOnlyNotYourself = true;
    }
    // functions another module may hand to Knex's `modify()` as a modifier: the filters they add (read at link time)
    if (/\.(?:where|andWhere|whereIn)\s*\(/.test(this.src)) {
      for (let id = 1; id < this.fnNodes.length; id++) {
        const fnNode = this.fnNodes[id];
        const s = this.facts.functions[id];
        if (!fnNode || !s) continue;
        const mod = knexModifierOf(this, fnNode as Node);
        if (mod) s.knexModifier = mod;
      }
    }
    for (const s of this.facts.functions) {
      s.readsCredential = uniq(s.readsCredential);
      s.sessionGetters = uniq(s.sessionGetters);
      s.roleChecks = uniq(s.roleChecks);
      s.methodChecks = uniq(s.methodChecks);
    }
  }

  private recordSecretLiteral(name: string, value: Node, knownFormatOnly = false, secretByPlace = false) {
    let u = unwrap(value);
    // `process.env.KEY || 'sk_live_...'`: the fallback is in the source
    if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '??')) u = unwrap(u.right);
    if (u.type === 'ConditionalExpression') {
      this.recordSecretLiteral(name, u.consequent, knownFormatOnly, secretByPlace);
      u = unwrap(u.alternate);
    }
    // AdonisJS's `new Secret(env.get('APP_KEY', '...'))`: the wrapper keeps the value it is given
    if (u.type === 'NewExpression' && u.callee.type === 'Identifier' && u.callee.name === 'Secret' && u.arguments.length === 1) {
      this.recordSecretLiteral(name, u.arguments[0] as Node, knownFormatOnly, true);
      return;
    }
    // an env read with a default (`env.get('APP_KEY', '...')`, AdonisJS's Env): the default is in the source, named by the variable
    if (u.type === 'CallExpression' && u.arguments.length === 2 && u.callee.type === 'MemberExpression' && !u.callee.computed &&
      u.callee.property.type === 'Identifier' && u.callee.property.name === 'get' && u.callee.object.type === 'Identifier' && /^env$/i.test(u.callee.object.name)) {
      const key = unwrap(u.arguments[0] as Node);
      if (key.type === 'Literal' && typeof key.value === 'string') this.recordSecretLiteral(key.value, u.arguments[1] as Node, knownFormatOnly, secretByPlace);
      return;
    }
    if (u.type !== 'Literal' && u.type !== 'TemplateLiteral') return;
    const hit = detectSecretLiteral(knownFormatOnly ? '' : name, u, secretByPlace && !knownFormatOnly);
    if (hit && knownFormatOnly && hit.format === 'high-entropy') return;
    if (hit) this.pushSecretLiteral({ pos: posOf(u), name: knownFormatOnly ? `an argument of ${name}` : name, ...hit });
  }

  /** One credential literal per position: a session secret is also a property and maybe an argument. */
  private pushSecretLiteral(hit: SecretLiteralFact) {
    const list = (this.facts.secretLiterals ??= []);
    if (!list.some((x) => x.pos.line === hit.pos.line && x.pos.column === hit.pos.column)) list.push(hit);
  }

  /** `{ provide: APP_GUARD, useClass: JwtAuthGuard }` in a module's providers (also APP_PIPE, APP_INTERCEPTOR) */
  private readNestProvider(n: TSESTree.ObjectExpression) {
    let provide: string | null = null;
    let use: Node | null = null;
    for (const p of n.properties) {
      if (p.type !== 'Property') continue;
      const k = propName(p);
      const v = unwrap(p.value as Node);
      if (k === 'provide' && v.type === 'Identifier') provide = v.name;
      if (k === 'useClass' || k === 'useExisting' || k === 'useValue') use = v;
    }
    if (!use || (provide !== 'APP_GUARD' && provide !== 'APP_PIPE' && provide !== 'APP_INTERCEPTOR')) return;
    (this.facts.nestSetup ??= []).push({ kind: provide === 'APP_GUARD' ? 'guard' : provide === 'APP_PIPE' ? 'pipe' : 'interceptor', args: [this.valueOf(use)], pos: posOf(n) });
  }

  /** `if (req.path.startsWith('/public')) return next()`: paths this middleware does not check. */
  /**
   * `if (req.method === 'GET') return next()` / `if (method !== 'GET') { ...checks } else { next() }` as a
   * statement of the function's own body: the methods it lets through unchecked.
   */
  private collectMethodGate(rec: IfRecord, s: FunctionSummary) {
    const stmt = (rec.test as { parent?: Node }).parent;
    const body = stmt?.type === 'IfStatement' && stmt.test === rec.test ? (stmt as { parent?: Node }).parent : undefined;
    if (body?.type !== 'BlockStatement' || !isFunctionNode((body as { parent?: Node }).parent as Node)) return;
    // a tRPC middleware's `type` (`if (type !== 'mutation' || !ctx.user) return next()` first): queries and
    // subscriptions are handed on untouched, whatever the rest of the test says
    const procedureTypes = this.procedureTypesPassed(rec, stmt as TSESTree.IfStatement, body as TSESTree.BlockStatement);
    if (procedureTypes.length) s.methodBypass = [...new Set([...(s.methodBypass ?? []), ...procedureTypes])];
    const ms = methodTestMethods(rec.test, (name) => this.literalArray(name));
    if (!ms) return;
    const through = onlyHandsOn(rec.cons) ? ms.when : rec.alt && onlyHandsOn(rec.alt) ? ms.unless : [];
    if (through.length) s.methodBypass = [...new Set([...(s.methodBypass ?? []), ...through])];
  }

  /**
   * The tRPC procedure types (QUERY, MUTATION, SUBSCRIPTION) a middleware hands on untouched: `if (type !== 'mutation' ||
   * !ctx.user) return next()` (the test surely true for queries and subscriptions), `if (type === 'mutation') { ... }
   * else return next()` (surely false for them). The middleware takes its options destructured (`async ({ ctx, type,
   * next }) => ...`) or whole (`opts.type`, `return opts.next()`, or `const { type, next } = opts` first). Only the
   * body's leading test counts: a statement before it (a lookup, a check) runs for every procedure type.
   */
  private procedureTypesPassed(rec: IfRecord, stmt: TSESTree.IfStatement, body: TSESTree.BlockStatement): string[] {
    const fn = (body as { parent?: Node }).parent as FnNode;
    if (fn.params.length !== 1) return [];
    const p0 = unwrap(fn.params[0] as Node);
    const names = new Set<string>();
    const destructured = (pat: Node) => {
      if (pat.type === 'ObjectPattern') for (const p of pat.properties) if (p.type === 'Property' && p.value.type === 'Identifier' && propName(p as never) === p.value.name) names.add(p.value.name);
    };
    destructured(p0);
    const optsName = p0.type === 'Identifier' ? p0.name : null;
    // (before the test: only `const { type, next } = opts`, nothing that runs for the procedure types handed on)
    const at = body.body.indexOf(stmt);
    if (at < 0) return [];
    for (const x of body.body.slice(0, at)) {
      if (x.type !== 'VariableDeclaration' || !optsName) return [];
      for (const d of x.declarations) {
        const init = d.init ? unwrap(d.init as Node) : null;
        if (init?.type !== 'Identifier' || init.name !== optsName) return [];
        destructured(d.id as Node);
      }
    }
    const isOpt = (x: Node, key: string) => {
      const u = unwrap(x);
      if (u.type === 'Identifier') return names.has(key) && u.name === key;
      const ch = memberChain(u);
      return !!optsName && !!ch && ch.length === 2 && ch[0] === optsName && ch[1] === key;
    };
    // `return next()`, `return opts.next()`: the request goes on as it came
    const handsOn = (branch: Node | null | undefined) => {
      if (!branch) return false;
      const stmts = branch.type === 'BlockStatement' ? branch.body : [branch];
      return stmts.length > 0 && stmts.every((x) => {
        let e = x.type === 'ExpressionStatement' ? x.expression : x.type === 'ReturnStatement' ? x.argument : null;
        if (!e) return false;
        e = unwrap(e as Node) as TSESTree.Expression;
        if (e.type === 'AwaitExpression') e = unwrap(e.argument as Node) as TSESTree.Expression;
        return e.type === 'CallExpression' && !e.arguments.length && isOpt(e.callee as Node, 'next');
      });
    };
    const TYPES: Record<string, string> = { query: 'QUERY', mutation: 'MUTATION', subscription: 'SUBSCRIPTION' };
    const ALL = Object.values(TYPES);
    const both = (a: string[], b: string[]) => a.filter((t) => b.includes(t));
    // the procedure types for which the test surely evaluates to `truth`
    const sure = (x: Node, truth: boolean, depth: number): string[] => {
      const u = unwrap(x);
      if (depth > 6) return [];
      if (u.type === 'UnaryExpression' && u.operator === '!') return sure(u.argument as Node, !truth, depth + 1);
      if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '&&')) {
        const l = sure(u.left as Node, truth, depth + 1);
        const r = sure(u.right as Node, truth, depth + 1);
        // (`a || b` is true when either is, false only when both are; `&&` the other way round)
        return (u.operator === '||') === truth ? [...new Set([...l, ...r])] : both(l, r);
      }
      if (u.type !== 'BinaryExpression' || !/^[!=]==?$/.test(u.operator)) return [];
      const [a, b] = [u.left as Node, u.right as Node];
      const lit = isOpt(a, 'type') ? staticString(b) : isOpt(b, 'type') ? staticString(a) : null;
      if (!lit || !TYPES[lit]) return [];
      const equal = u.operator.startsWith('=') === truth;
      return equal ? [TYPES[lit]] : ALL.filter((t) => t !== TYPES[lit]);
    };
    if (handsOn(rec.cons)) return sure(rec.test, true, 0);
    if (handsOn(rec.alt)) return sure(rec.test, false, 0);
    return [];
  }

  /**
   * Fastify hooks that read the route's own config: `if (request.routeOptions.config.public) return`,
   * `if (!request.routeConfig?.requiresAuth) return done()`, or the check run only for some routes
   * (`if (!request.routeOptions.config.public) await request.jwtVerify()`).
   */
  private collectConfigGate(rec: IfRecord, s: FunctionSummary) {
    const gate = routeConfigTest(rec.test, (id) => {
      const def = (this.refMap.get(id) ?? this.declaredVariable(id))?.defs[0];
      const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
      return init ? (init as Node) : null;
    });
    if (!gate) return;
    const rejects = this.rejectsWithin(rec.fn, rec.cons);
    const passes = !rejects && (this.exitsWithin(rec.fn, rec.cons) || this.callsNextWithin(rec.cons));
    const flip = (w: 'truthy' | 'falsy'): 'truthy' | 'falsy' => (w === 'truthy' ? 'falsy' : 'truthy');
    let when: 'truthy' | 'falsy' | null = null;
    if (passes) when = gate.negated ? 'falsy' : 'truthy';
    // the checks sit inside the if: routes for which the test is false skip them
    else if (!rec.alt && (rejects || /\b(?:jwtVerify|verify|authenticate|auth)\w*\s*\(/.test(textOf(this.src, rec.cons, 400)))) when = flip(gate.negated ? 'falsy' : 'truthy');
    if (when && !(s.configBypass ??= []).some((b) => b.key === gate.key && b.when === when)) s.configBypass.push({ key: gate.key, when });
  }

  /**
   * The function a path branch hands the request to and returns what it answers (`if (pathname.startsWith('/portal'))
   * return donorMiddleware(request)`, `return kindeAuth(req, { publicPaths })`): a middleware dispatching by path.
   */
  private handedRequestTo(fn: number, cons: Node): { handsTo: ValueRef; handsToArgs: ValueRef[] } | undefined {
    let stmt: Node = cons;
    if (stmt.type === 'BlockStatement') {
      if (stmt.body.length !== 1) return undefined;
      stmt = stmt.body[0] as Node;
    }
    if (stmt.type !== 'ReturnStatement' || !stmt.argument) return undefined;
    let e = unwrap(stmt.argument as Node);
    if (e.type === 'AwaitExpression') e = unwrap(e.argument as Node);
    if (e.type !== 'CallExpression' || !e.arguments.length) return undefined;
    const a0 = unwrap(e.arguments[0] as Node);
    const params = (this.fnNodes[fn]?.params ?? []).map((p) => unwrap(p as Node));
    if (a0.type !== 'Identifier' || !params.some((p) => p.type === 'Identifier' && p.name === a0.name)) return undefined;
    // (`return NextResponse.next()`, `return next(req)` hand nothing on to be checked)
    if (/^(?:next|rewrite|redirect|json)$/.test(lastName(e) ?? '')) return undefined;
    return { handsTo: this.valueOf(e.callee as Node), handsToArgs: e.arguments.map((a) => this.valueOf(a as Node)) };
  }

  private collectPathGate(rec: IfRecord, s: FunctionSummary) {
    const gate = this.pathTest(rec.test);
    if (!gate) {
      // `if (!path.startsWith('/api/') || path.startsWith('/api/auth/')) return`: each path test lets its paths through
      const t = unwrap(rec.test);
      if (t.type !== 'LogicalExpression' || t.operator !== '||') return;
      const parts: Node[] = [];
      const stack: Node[] = [t];
      while (stack.length && parts.length < 12) {
        const x = unwrap(stack.pop()!);
        if (x.type === 'LogicalExpression' && x.operator === '||') stack.push(x.right as Node, x.left as Node);
        else parts.push(x);
      }
      const gates = parts.map((x) => this.pathTest(x));
      if (gates.some((g) => !g) || this.rejectsWithin(rec.fn, rec.cons) || !(this.exitsWithin(rec.fn, rec.cons) || this.callsNextWithin(rec.cons))) return;
      for (const g of gates) (s.pathBypass ??= []).push({ patterns: g!.patterns, negated: g!.negated });
      return;
    }
    const rejects = this.rejectsWithin(rec.fn, rec.cons);
    const passes = !rejects && (this.exitsWithin(rec.fn, rec.cons) || this.callsNextWithin(rec.cons));
    if (passes) {
      const handsTo = this.handedRequestTo(rec.fn, rec.cons);
      (s.pathBypass ??= []).push({ patterns: gate.patterns, negated: gate.negated, ...(handsTo ?? {}) });
    } else if (rejects && !this.rejectsAfter(rec)) (s.pathBypass ??= []).push({ patterns: gate.patterns, negated: !gate.negated, within: true });
  }

  /**
   * `if (!session) { if (path.startsWith('/api')) return new Response(401); redirect(303, '/login') }`: the path
   * test only picks how to reject (401 for the API, a redirect for pages); the statements after it reject too.
   */
  private rejectsAfter(rec: IfRecord): boolean {
    const stmt = (rec.test as { parent?: Node }).parent;
    const block = stmt ? (stmt as { parent?: Node }).parent : undefined;
    if (!stmt || stmt.type !== 'IfStatement' || block?.type !== 'BlockStatement') return false;
    const i = block.body.indexOf(stmt as TSESTree.Statement);
    // (a later check for another path, `if (path.startsWith('/admin') && !isOwner) error(403)`, rejects only there)
    const forOtherPath = (x: Node) => x.type === 'IfStatement' && (this.pathScoped(x.test) || !!this.pathTest(x.test));
    return i >= 0 && block.body.slice(i + 1).some((x) => !forOtherPath(x as Node) && this.rejectsWithin(rec.fn, x as Node));
  }

  /**
   * A conjunction one of whose terms tests the request path (`path === '/x' && ...`), or tests that the
   * path is not one of some (`!isPublic && !locals.user`, `isPublic` holding `PUBLIC.some((p) => path.startsWith(p))`).
   */
  private pathScoped(test: Node): boolean {
    const t = unwrap(test);
    if (t.type !== 'LogicalExpression' || t.operator !== '&&') return false;
    const terms: Node[] = [];
    const stack: Node[] = [t];
    while (stack.length) {
      const x = unwrap(stack.pop()!);
      if (x.type === 'LogicalExpression' && x.operator === '&&') stack.push(x.left as Node, x.right as Node);
      else terms.push(x);
    }
    return terms.some((x) => !!this.pathTest(x));
  }

  /** The paths an if-test picks when it tests only the request path (a local flag holding such a test too). */
  private pathTest(test: Node): { patterns: PathPattern[]; negated: boolean } | null {
    return pathTestPatterns(test, (name) => this.literalArray(name), new Set(), (n) => this.localInit(n));
  }

  /**
   * The paths a check applies to when it is made for some paths only: a term of its test
   * (`path.startsWith('/admin') && user.role !== 'admin'`) or an enclosing if's test
   * (`if (path.startsWith('/admin')) { if (user.role !== 'admin') error(403) }`); null: every path.
   */
  private pathScopeOf(rec: IfRecord): { patterns: PathPattern[]; negated: boolean } | null {
    const t = unwrap(rec.test);
    if (t.type === 'LogicalExpression' && t.operator === '&&') {
      const stack: Node[] = [t];
      while (stack.length) {
        const x = unwrap(stack.pop()!);
        if (x.type === 'LogicalExpression' && x.operator === '&&') stack.push(x.right as Node, x.left as Node);
        else {
          const g = this.pathTest(x);
          if (g) return g;
        }
      }
    }
    let child: Node | undefined = (rec.test as { parent?: Node }).parent;
    for (let cur = (child as { parent?: Node } | undefined)?.parent; child && cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
      if (cur.type !== 'IfStatement' || cur.test === child) continue;
      const g = this.pathTest(cur.test);
      if (g) return cur.consequent === child ? g : { patterns: g.patterns, negated: !g.negated };
    }
    return null;
  }

  private callsNextWithin(node: Node): boolean {
    let found = false;
    walk(node, (n) => {
      if (found) return false;
      if (n.type === 'CallExpression') {
        const c = unwrap(n.callee);
        if (c.type === 'Identifier' && /^(?:next|done)$/.test(c.name)) found = true;
        if (c.type === 'MemberExpression' && propName(c) === 'next' && unwrap(c.object).type === 'Identifier' && /Response$/.test((unwrap(c.object) as TSESTree.Identifier).name)) found = true;
      }
      return undefined;
    });
    return found;
  }

  /** A module-level constant array (or Set) of string literals, by name. */
  private literalArray(name: string): string[] | null {
    let v = this.facts.bindings[name];
    if (v && v.k === 'new' && v.args[0]) v = v.args[0];
    if (!v || v.k !== 'array') return null;
    const out = v.items.map((i) => (i.k === 'lit' && typeof i.value === 'string' ? i.value : null));
    return out.every((x): x is string => x !== null) ? out : null;
  }

  private collectMethodChecks(test: Node, s: FunctionSummary) {
    const stack: Node[] = [test];
    const before = s.methodChecks.length;
    while (stack.length) {
      const n = unwrap(stack.pop()!);
      if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator)) {
        const l = memberChain(n.left as Node);
        const r = staticString(n.right);
        if (l && l[l.length - 1] === 'method' && r && /^[A-Za-z]+$/.test(r)) {
          s.methodChecks.push(r.toUpperCase());
          if (n.operator.startsWith('!')) s.otherMethodsRejected = true;
        }
      }
      if (n.type === 'LogicalExpression' || n.type === 'UnaryExpression') stack.push(...childrenOf(n));
    }
    if (s.methodChecks.length > before && !s.otherMethodsRejected && this.answers405(test)) s.otherMethodsRejected = true;
  }

  /**
   * A local bound to the awaited result of a call to something that is not a session getter or token
   * verifier (`const doc = await loadDoc(id)`): a record the callee returned.
   */
  private helperResult(n: Node): boolean {
    const id = unwrap(n);
    if (id.type !== 'Identifier') return false;
    let init = this.localInit(id);
    if (init?.type === 'AwaitExpression') init = unwrap(init.argument as Node);
    if (init?.type !== 'CallExpression') return false;
    const callee = unwrap(init.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propName(callee) ?? '' : '';
    if (!name || SESSION_GETTER.test(name) || TOKEN_VERIFIER.test(name) || /^(?:Number|String|parseInt|BigInt|Boolean|toString|trim|toLowerCase)$/.test(name)) return false;
    // (also a method of a data-access object another module exports: `await reagentRepository.byId(id)`)
    let v = this.valueOf(init.callee);
    while (v.k === 'member') v = v.object;
    return v.k === 'import' || v.k === 'ref' || v.k === 'fn';
  }

  /** A session getter or credential read made in one method's branch (`if (req.method === 'POST') { await requireUser(...) }`). */
  private noteBranchedRead(s: FunctionSummary, n: Node, getter?: string, credential?: string) {
    const branch = this.methodBranchOf(n);
    if (branch) (s.branchedReads ??= []).push({ branch, ...(getter ? { getter } : {}), ...(credential ? { credential } : {}) });
  }

  /**
   * The parameter a test is made under (`roles && !roles.includes(m.role)`, or inside `if (roles) { ... }`): the index
   * of a parameter whose presence is tested before it, else -1.
   */
  private paramGuardOf(test: Node, s: FunctionSummary): number {
    const paramTest = (n: Node): number => {
      let u = unwrap(n);
      // `roles?.length`, `roles.length > 0`
      if (u.type === 'BinaryExpression' && /^(?:>|!==|!=)$/.test(u.operator) && unwrap(u.right as Node).type === 'Literal' && (unwrap(u.right as Node) as TSESTree.Literal).value === 0) u = unwrap(u.left as Node);
      if (u.type === 'MemberExpression' && propName(u) === 'length') u = unwrap(u.object as Node);
      return u.type === 'Identifier' ? s.params.indexOf(u.name) : -1;
    };
    const conjuncts = (n: Node): Node[] => {
      const u = unwrap(n);
      return u.type === 'LogicalExpression' && u.operator === '&&' ? [...conjuncts(u.left as Node), ...conjuncts(u.right as Node)] : [u];
    };
    const parts = conjuncts(test);
    for (const c of parts.slice(0, -1)) {
      const i = paramTest(c);
      if (i >= 0) return i;
    }
    let child: Node = test;
    let cur = (test as { parent?: Node }).parent;
    if (cur?.type === 'IfStatement') (child = cur), (cur = (cur as { parent?: Node }).parent);
    while (cur && !isFunctionNode(cur)) {
      if (cur.type === 'IfStatement' && cur.consequent === child) {
        const i = paramTest(cur.test as Node);
        if (i >= 0) return i;
      }
      child = cur;
      cur = (cur as { parent?: Node }).parent;
    }
    return -1;
  }

  /** Does the function around a node answer 405 somewhere (`res.status(405)`, `{ status: 405 }`)? */
  private answers405(n: Node): boolean {
    let cur: Node | undefined = n;
    while (cur && !isFunctionNode(cur)) cur = (cur as { parent?: Node }).parent;
    // (the raw source: nothing of it is shown, so no snippet is made and redacted)
    return !!cur && /\b405\b|MethodNotAllowed|METHOD_NOT_ALLOWED/.test(this.src.slice(cur.range[0], cur.range[1]));
  }

  /**
   * A local that holds the answer of a role/permission membership test:
   * `const allowed = requiredRights.every((r) => userRights.includes(r))`, `const ok = roles.some(...)`.
   * Role input taken from the request only (`ROLES.includes(req.body.role)`) validates input instead.
   */
  private isRolePredicate(id: TSESTree.Identifier): boolean {
    const def = this.refMap.get(id)?.defs[0];
    if (def?.type !== 'Variable') return false;
    const decl = def.node as TSESTree.VariableDeclarator;
    const init = decl.init ? unwrap(decl.init) : null;
    if (!init || decl.id.type !== 'Identifier') return false;
    const call = init.type === 'AwaitExpression' ? unwrap(init.argument) : init;
    if (call.type !== 'CallExpression') return false;
    if (!/^(?:every|some|includes|has|hasAny|hasAll|can|hasRole|hasRoles|hasPermission|hasPermissions|hasRights|isAllowed|contains|intersects)$/.test(lastName(call))) return false;
    const text = textOf(this.src, call, 240);
    if (!/role|permission|rights|privilege|scope|grant|abilit|entitlement|capabilit/i.test(`${decl.id.name} ${text}`)) return false;
    const t = this.taintOf(call);
    return !(t.some((x) => x.startsWith('request:')) && !t.some((x) => x.startsWith('session:')));
  }

  /**
   * A policy assertion made as a statement, which throws when the caller may not touch the record:
   * `authorize(user, 'update', document)`, `await assertCanAccess(session.user, project)`,
   * `ForbiddenError.from(ability).throwUnlessCan('read', post)`. Its value is unused, so it can
   * only matter by throwing; the records passed with the caller's identity are checked.
   */
  private collectAssertedOwnership(n: TSESTree.CallExpression, s: FunctionSummary, name: string) {
    if (!ASSERTION_NAME.test(name)) return;
    let up: Node | undefined = (n as { parent?: Node }).parent;
    if (up?.type === 'AwaitExpression') up = (up as { parent?: Node }).parent;
    // (`const membership = await requireMember(user.id, params.workspaceId)`: an assertion named as an order, require /
    // assert / ensure / enforce, throws as it does as a statement, whatever it hands back; `check*` / `verify*` may be
    // predicates whose answer the caller must test)
    const kept = up?.type === 'VariableDeclarator' && (up as TSESTree.VariableDeclarator).init === (n.parent?.type === 'AwaitExpression' ? n.parent : n) && /^(?:assert|ensure|require|enforce)/.test(name);
    if (up?.type !== 'ExpressionStatement' && !kept) return;
    const callee = unwrap(n.callee);
    const receiver = callee.type === 'MemberExpression' ? this.taintOf(callee.object) : [];
    const args = n.arguments.map((a) => unwrap(a as Node));
    const taints = args.map((a) => this.taintOf(a));
    // nuxt-authorization `await authorize(event, editPost, post)` (auto-imported): the event's session is the caller
    const byEvent = name === 'authorize' && callee.type === 'Identifier' && !this.refMap.get(callee) && !!taints[0]?.some((t) => /^param:\d+:$/.test(t));
    // AdonisJS Bouncer `await bouncer.authorize(editPost, post)`, `ctx.bouncer.with(PostPolicy).authorize('view', post)`:
    // the bouncer is made for the signed-in user
    const bouncer = callee.type === 'MemberExpression' && /^(?:ctx\.|context\.)?bouncer\b/.test(this.src.slice(callee.object.range[0], callee.object.range[1]));
    // (or the caller as a helper that gets it returns it: `const viewer = requireViewer(ctx)`, `await getCurrentUser(req)`)
    const caller = byEvent || bouncer || [...receiver, ...taints.flat()].some((t) => (t.startsWith('session:') && !t.startsWith('session:db.')) || CALLER_GETTER.test(t));
    // in a service handed the caller (`getContract(user, id)` building `defineAbilityFor(user)`, then
    // `ForbiddenError.from(ability).throwUnlessCan('read', subject('Contract', contract))`): the check holds for the
    // caller its callers pass, as with `if (ability.cannot(...))` (the identity is the receiver's, or an argument that is no record)
    const against = caller ? [] : uniq([...receiver, ...taints.filter((t) => !t.some((x) => x.startsWith('db:'))).flat()].filter((t) => /^arg:\d+:/.test(t)));
    if (!caller && !against.length) return;
    // `await assertTeamMember(user, params.teamId)`: the ids it is given are the caller's from here on
    const branch = this.methodBranchOf(n);
    if (caller) for (const t of taints.flat()) if (t.startsWith('request:')) {
      if (branch) (s.branchVerifiedKeys ??= []).push({ key: t, branch });
      else s.verifiedKeys.push(t);
    }
    args.forEach((a, i) => {
      if (byEvent && i === 0) return;
      const models = taints[i].filter((t) => t.startsWith('db:')).map((t) => t.slice(3));
      // the record itself, or the record wrapped for the policy library (`subject('Post', post)`)
      const id = a.type === 'Identifier' ? a : a.type === 'CallExpression' ? a.arguments.map((x) => unwrap(x as Node)).find((x): x is TSESTree.Identifier => x.type === 'Identifier') : undefined;
      if (!id) return;
      // in a helper (`documentRestorer(ctx, { document })`), a record the caller passes in
      const param = !models.length ? taints[i].find((t) => /^(?:arg|param):\d+:/.test(t)) : undefined;
      const vs = against.length ? { against } : {};
      if (models.length) s.ownershipChecks.push({ variable: id.name, field: '*', models: uniq(models), pos: posOf(n), ...vs });
      else if (param && !against.length) s.ownershipChecks.push({ variable: id.name, field: '*', models: [], param, pos: posOf(n) });
    });
  }

  /**
   * `assert(req.user)`, `assertThat(scopes.includes(Scope.All), new RequestError({ status: 403 }))`,
   * `invariant(session, 'signed in')`: throws unless the condition holds, like `if (!cond) throw`.
   */
  private collectAssertion(n: TSESTree.CallExpression, fnId: number, name: string) {
    if (!/^(?:assert|assertThat|invariant|ok)$/.test(name) || !n.arguments.length) return;
    if (name === 'ok' && lastName(n) === 'ok' && !/^assert\b/.test(calleeText(n))) return; // assert.ok only
    let stmt: Node | undefined = (n as { parent?: Node }).parent;
    if (stmt?.type === 'AwaitExpression') stmt = (stmt as { parent?: Node }).parent;
    if (stmt?.type !== 'ExpressionStatement') return;
    const cond = unwrap(n.arguments[0] as Node);
    this.exitRanges.push({ fn: fnId, start: n.range[0], end: n.range[1] });
    this.ifs.push({ fn: fnId, test: cond, cons: cond, alt: stmt, pos: posOf(n) });
  }

  /**
   * An if on the session's presence that ends the request when the caller IS signed in ("already signed
   * in, go home") and lets an anonymous caller through: `if (req.user) return res.redirect('/')`,
   * `if (session) redirect('/dashboard')`, `if (ctx.state.user) return ctx.redirect('/')`. Only a rejection
   * when the session is absent authenticates. The pass-through form of a guard
   * (`if (req.isAuthenticated()) return next(); res.redirect('/login')`) rejects after the if, and stays a check.
   */
  private invertedSessionCheck(rec: IfRecord, consEnds: boolean, altEnds: boolean, subject?: string): boolean {
    const pol = this.sessionPolarity(rec.test, 0, subject);
    if (!pol) return false;
    const endsWhenPresent = pol === 'present' ? consEnds : altEnds;
    const endsWhenAbsent = pol === 'present' ? altEnds : consEnds;
    if (!endsWhenPresent || endsWhenAbsent) return false;
    // (an assertion's "branches" are its condition and its statement)
    if (rec.cons === rec.test) return false;
    // a middleware that passes a signed-in caller on (`return next()`, `NextResponse.next()`) gates the rest
    const presentBranch = pol === 'present' ? rec.cons : rec.alt;
    if (presentBranch && this.passesOn(presentBranch)) return false;
    // a signed-in caller turned away with an error (`if (session?.user) return json({ error: 'already signed in' }, { status: 400 })`
    // on a sign-up route) is no later answer to the anonymous one: whatever rejects further down checks something of its own
    if (presentBranch && this.answersRefusal(presentBranch)) return true;
    return !this.rejectsLater(rec);
  }

  /**
   * `const admin = ctx.user ? await isPollAdmin(id, ctx.user.id) : false` (or `session && await canEdit(...)`): a predicate
   * asked only when there is a caller, its answer kept in a variable. Answers the variable's name.
   */
  private sessionConditionalFlag(call: Node): string | null {
    let cur: Node = call;
    let par = (cur as { parent?: Node }).parent;
    while (par && (par.type === 'AwaitExpression' || par.type === 'TSAsExpression' || par.type === 'TSNonNullExpression')) {
      cur = par;
      par = (cur as { parent?: Node }).parent;
    }
    let guarded = false;
    if (par?.type === 'ConditionalExpression' && par.test !== cur) {
      const other = unwrap((par.consequent === cur ? par.alternate : par.consequent) as Node);
      guarded = other.type === 'Literal' && this.sessionPolarity(par.test as Node, 0) !== undefined;
    } else if (par?.type === 'LogicalExpression' && par.operator === '&&' && par.right === cur) {
      guarded = this.sessionPolarity(par.left as Node, 0) === 'present';
    }
    if (!guarded || !par) return null;
    const decl = (par as { parent?: Node }).parent;
    return decl?.type === 'VariableDeclarator' && decl.init === par && decl.id.type === 'Identifier' ? decl.id.name : null;
  }

  /** Is an if-test true whenever the caller is anonymous: `!ctx.user`, `type !== 'mutation' || !ctx.user`? */
  private trueWhenAnonymous(test: Node, depth: number): boolean {
    if (depth > 6) return false;
    const t = unwrap(test);
    if (t.type === 'LogicalExpression' && t.operator === '||') return this.trueWhenAnonymous(t.left as Node, depth + 1) || this.trueWhenAnonymous(t.right as Node, depth + 1);
    return this.sessionPolarity(t, 0) === 'absent';
  }

  /** Does the function reject after this `if` (`if (ok) return next(); res.status(403)...`: the check is the fallthrough's)? */
  private rejectsLater(rec: IfRecord): boolean {
    const stmt = (rec.test as { parent?: Node }).parent;
    if (!stmt) return true;
    const end = stmt.range[1];
    return this.rejectRanges.some((r) => r.fn === rec.fn && r.start >= end);
  }

  /** Does a branch turn the request away: a throw, a 4xx status written in it, an error or redirect helper? */
  private answersRefusal(branch: Node): boolean {
    const stack: Node[] = [branch];
    for (let i = 0; stack.length && i < 300; i++) {
      const x = stack.pop()!;
      if (x.type === 'ThrowStatement') return true;
      if (x.type === 'Literal' && typeof (x as TSESTree.Literal).value === 'number' && Number((x as TSESTree.Literal).value) >= 400 && Number((x as TSESTree.Literal).value) < 500) return true;
      if (x.type === 'CallExpression' && /^(?:redirect|error|notFound|badRequest|conflict|forbidden|unauthorized|createError)$/.test(lastName(x))) return true;
      for (const c of childrenOf(x)) if (!isFunctionNode(c)) stack.push(c);
    }
    return false;
  }

  /** A branch that only hands the request on, with no error: `return next()`, `{ next(); return }` (not `next(err)`). */
  private handsOnAsIs(branch: Node | null): boolean {
    if (!branch) return false;
    const stmts = branch.type === 'BlockStatement' ? (branch.body as Node[]) : [branch];
    if (!stmts.length || stmts.length > 2) return false;
    const isNext = (x: Node | null | undefined): boolean => {
      const u = x ? unwrap(x) : null;
      const c = u?.type === 'AwaitExpression' ? unwrap(u.argument as Node) : u;
      return !!c && c.type === 'CallExpression' && !c.arguments.length && unwrap(c.callee as Node).type === 'Identifier' && /^(?:next|done)$/.test((unwrap(c.callee as Node) as TSESTree.Identifier).name);
    };
    const [a, b] = stmts;
    if (stmts.length === 1) return a.type === 'ReturnStatement' ? isNext(a.argument as Node) : false;
    return a.type === 'ExpressionStatement' && isNext(a.expression as Node) && b.type === 'ReturnStatement' && !b.argument;
  }

  /** Does a branch hand the request on: `next()`, `await next()`, `done()`, `NextResponse.next()`? */
  private passesOn(branch: Node): boolean {
    const stack: Node[] = [branch];
    for (let i = 0; stack.length && i < 200; i++) {
      const x = stack.pop()!;
      if (x.type === 'CallExpression') {
        const c = unwrap(x.callee);
        if (c.type === 'Identifier' && /^(?:next|done)$/.test(c.name)) return true;
        if (c.type === 'MemberExpression' && propName(c) === 'next' && /^(?:NextResponse|Response)$/.test(memberChain(c.object)?.join('.') ?? '')) return true;
      }
      for (const ch of childrenOf(x)) if (!isFunctionNode(ch)) stack.push(ch);
    }
    return false;
  }

  /**
   * Does an if-test being true say the caller is signed in ('present') or is not ('absent')? Only for
   * tests on the session's presence itself (`req.user`, `!session?.user`, `req.isAuthenticated()`,
   * `user == null`); a test on a session field (`req.user.disabled`, `session.user.role === 'x'`) says neither.
   */
  private sessionPolarity(test: Node, depth: number, subject?: string): 'present' | 'absent' | undefined {
    if (depth > 6) return undefined;
    const t = unwrap(test);
    const flip = (p: 'present' | 'absent' | undefined) => (p === 'present' ? 'absent' : p === 'absent' ? 'present' : undefined);
    if (t.type === 'UnaryExpression' && t.operator === '!') return flip(this.sessionPolarity(t.argument as Node, depth + 1, subject));
    if (t.type === 'LogicalExpression') {
      const ps = [this.sessionPolarity(t.left as Node, depth + 1, subject), this.sessionPolarity(t.right as Node, depth + 1, subject)];
      // `req.user && req.user.id` is true only when signed in; `!req.user || !req.user.id` only when not
      // (`user && episode && user.workspaceId !== episode.workspaceId` is true only when signed in too: an anonymous caller passes it)
      if (t.operator === '&&' && ps.some((p) => p === 'present') && !ps.some((p) => p === 'absent')) return 'present';
      if (t.operator === '||' && ps.every((p) => p === 'absent')) return 'absent';
      return undefined;
    }
    if (t.type === 'BinaryExpression' && /^[!=]==?$/.test(t.operator)) {
      const nullish = (x: Node) => {
        const u = unwrap(x);
        return (u.type === 'Literal' && (u as TSESTree.Literal).value === null) || (u.type === 'Identifier' && u.name === 'undefined');
      };
      const other = nullish(t.right as Node) ? t.left : nullish(t.left as Node) ? t.right : null;
      if (!other) return undefined;
      const p = this.sessionPolarity(other as Node, depth + 1, subject);
      return t.operator.startsWith('!') ? p : flip(p);
    }
    if (t.type === 'AwaitExpression') return this.sessionPolarity(t.argument as Node, depth + 1, subject);
    if (t.type === 'CallExpression') {
      const nm = lastName(t);
      if (/^isAuthenticated$/.test(nm)) return 'present';
      // AdonisJS `await ctx.auth.check()`, `await auth.use('web').check()`: true when signed in
      if (!subject && nm === 'check' && t.callee.type === 'MemberExpression' && (memberChain(t.callee) ?? []).includes('auth')) return 'present';
      if (/^isUnauthenticated$/.test(nm)) return 'absent';
      // Hono `c.get('user')`, `c.get('session')`; a Remix / React Router session's `session.has('userId')`
      if (!subject && (nm === 'get' || nm === 'has') && t.arguments.length === 1 && /^(?:user|session|userId|auth|currentUser|jwtPayload)$/.test(staticString(t.arguments[0] as Node) ?? '')) return 'present';
      if (t.callee.type === 'Identifier' && t.callee.name === 'Boolean' && t.arguments.length === 1) return this.sessionPolarity(t.arguments[0] as Node, depth + 1, subject);
      return undefined;
    }
    if (t.type !== 'Identifier' && t.type !== 'MemberExpression') return undefined;
    const ch = memberChain(t);
    if (!ch || ch.includes('()')) return undefined;
    const last = ch[ch.length - 1];
    if (t.type === 'MemberExpression' && !/^(?:user|session|sessionId|userId|user_id|uid|id|_id|email|sub|auth|token|accessToken|currentUser|account|identity|principal|claims|passport|isAuthenticated)$/.test(last)) return undefined;
    // (a named variable: the result of a workspace session getter, `const staff = await getStaff(req)`)
    if (subject) return ch[0] === subject ? 'present' : undefined;
    const taint = this.taintOf(t);
    // (or the caller's credential as sent, `const auth = req.headers.get('Authorization')`: `if (auth) { ...; return { user } }`
    // answers for a caller who sent one)
    const sessionLike = taint.some((x) => x.startsWith('session:') && !x.startsWith('session:db.')) ||
      (taint.some((x) => x.startsWith('request:')) && taint.some((x) => /^sensitive:(?:authorization header|.*token|.*cookie)/i.test(x))) ||
      /^(?:req|request|ctx|context)\.(?:user|session|auth|userId)/.test(ch.join('.')) || /^(?:ctx|context|c)\.state\.user/.test(ch.join('.'));
    return sessionLike ? 'present' : undefined;
  }

  /** What an if-test looks at: the session, a role, an ownership comparison. */
  /**
   * `process.env.JWT_SECRET || 'dev-secret'` held at module level under a secret-like name: a constant, a
   * property of a config object (exported or `module.exports`), so a sign/verify elsewhere can find it.
   */
  /** passport-jwt's `secretOrKey`: a literal (not a PEM public key), a literal fallback, or a constant of this file holding one. */
  private recordStrategySecret(v: Node): void {
    const uses = (this.facts.jwtUses ??= []);
    const push = (pos: Pos, length: number, extra: Partial<JwtFact>) => {
      if (!uses.some((j) => j.op === 'config' && j.secret === 'literal' && j.pos.line === pos.line && j.pos.column === pos.column)) {
        uses.push({ op: 'config', pos, library: 'passport-jwt', secret: 'literal', secretLength: length, inFunction: 0, ...extra });
      }
    };
    const s = staticString(v);
    if (s !== null) {
      if (s.trim() && !/-----BEGIN [A-Z ]*PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(s)) push(posOf(v), s.length, {});
      return;
    }
    const fb = fallbackSecret(this, v);
    if (fb) return push(fb.at === 'inline' ? posOf(v) : fb.pos, fb.length, { fallback: true });
    const pure = constSecretLiteral(this, v);
    if (pure) return push(pure.pos, pure.length, { declared: true });
    // `secretOrKey: jwtConstants.secret`: a value held elsewhere, looked up by linking
    const ref = this.valueOf(v);
    if (ref.k === 'member' || ref.k === 'import') uses.push({ op: 'config', pos: posOf(v), library: 'passport-jwt', secret: 'other', secretRef: ref, inFunction: 0 });
  }

  private recordSecretFallback(n: TSESTree.LogicalExpression): void {
    if (n.operator !== '||' && n.operator !== '??') return;
    const lit = staticString(n.right as Node);
    if (lit === null || lit === '') return;
    const left = memberChain(unwrap(n.left as Node)) ?? [];
    if (!(left[0] === 'process' || left.includes('env'))) return;
    const path = this.holderPath(n);
    if (!path) return;
    const names = [...path.slice(1), left[left.length - 1] ?? ''];
    if (!names.some((x) => SECRET_HOLDER.test(x))) return;
    (this.facts.secretFallbacks ??= []).push({ path, pos: posOf(n.right as Node), length: lit.length });
  }

  /**
   * `export const jwtConstants = { secret: 'secretKey' }`, `module.exports = { session: { secret: 'x' } }`: a literal
   * held under a secret-like name where other modules can read it (linking reports it where a JWT or session secret
   * reads it).
   */
  private recordSecretConstant(v: Node): void {
    const lit = staticString(v);
    if (lit === null || !lit.trim() || /-----BEGIN [A-Z ]*PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(lit)) return;
    const path = this.holderPath(v);
    if (!path || !path.some((x) => SECRET_HOLDER.test(x))) return;
    (this.facts.secretFallbacks ??= []).push({ path, pos: posOf(v), length: lit.length, literal: true });
  }

  /** Where a module-scope value is held: `['JWT_SECRET']`, `['module.exports', 'jwt', 'secret']`, `['default', 'secret']`. */
  private holderPath(n: Node): string[] | null {
    const path: string[] = [];
    let cur: Node = n;
    for (let i = 0; i < 12; i++) {
      const par: Node | undefined = (cur as { parent?: Node }).parent;
      if (!par) return null;
      if (par.type === 'TSAsExpression' || par.type === 'TSNonNullExpression' || par.type === 'TSSatisfiesExpression' || par.type === 'ObjectExpression') { cur = par; continue; }
      if (par.type === 'Property' && par.value === cur) {
        const k = propName(par);
        if (!k) return null;
        path.unshift(k);
        cur = par;
        continue;
      }
      if (par.type === 'VariableDeclarator' && par.init === cur && par.id.type === 'Identifier' && this.isModuleScopeDecl(par)) { path.unshift(par.id.name); return path; }
      if (par.type === 'AssignmentExpression' && par.right === cur) {
        const ch = memberChain(par.left as Node);
        if (!ch || !(ch[0] === 'module' || ch[0] === 'exports')) return null;
        path.unshift(...(ch[0] === 'exports' ? ['module.exports', ...ch.slice(1)] : ['module.exports', ...ch.slice(2)]));
        return path;
      }
      if (par.type === 'ExportDefaultDeclaration') { path.unshift('default'); return path; }
      // `export default defineNuxtConfig({ runtimeConfig: { jwtSecret: ... } })`: a config helper hands its object back
      if (par.type === 'CallExpression' && par.arguments[0] === cur && par.callee.type === 'Identifier' && /^define\w*Config$/.test(par.callee.name)) { cur = par; continue; }
      return null;
    }
    return null;
  }


  /**
   * Does this code run only outside production? Inside the branch of `if (process.env.NODE_ENV !== 'production')`,
   * `=== 'development'` / `'test'`, the `else` of `=== 'production'`, or of a constant holding such a test (`if (!isProd)`).
   */
  private outsideProductionOnly(n: Node): boolean {
    let child: Node = n;
    for (let up = (n as { parent?: Node }).parent; up && !isFunctionNode(up); child = up, up = (up as { parent?: Node }).parent) {
      if (up.type !== 'IfStatement' || up.test === child) continue;
      const prodWhen = this.productionTest(up.test as Node, 0);
      if (prodWhen !== null && (up.consequent === child ? !prodWhen : prodWhen)) return true;
    }
    return false;
  }

  /** A `throw` or `return` (alone or as a block's only statement): the function ends there. */
  private endsHere(st: Node): boolean {
    const x = st.type === 'BlockStatement' && st.body.length === 1 ? (st.body[0] as Node) : st;
    return x.type === 'ThrowStatement' || x.type === 'ReturnStatement';
  }

  /** Does this test hold whenever the app runs in production (`NODE_ENV !== 'test'`, `NODE_ENV === 'production'`, `isProd`)? */
  private trueInProduction(t: Node): boolean {
    const u = unwrap(t);
    if (u.type === 'LogicalExpression' && u.operator === '||') return this.trueInProduction(u.left as Node) || this.trueInProduction(u.right as Node);
    if (u.type === 'LogicalExpression' && u.operator === '&&') return this.trueInProduction(u.left as Node) && this.trueInProduction(u.right as Node);
    if (this.productionTest(u, 0) === true) return true;
    if (u.type !== 'BinaryExpression' || !/^!==?$/.test(u.operator)) return false;
    const sides = [unwrap(u.left as Node), unwrap(u.right as Node)];
    const env = sides.some((x) => /^(?:process\.env\.NODE_ENV|import\.meta\.env\.MODE|process\.env\.APP_ENV)$/.test(memberChain(x)?.join('.') ?? ''));
    return env && sides.some((x) => x.type === 'Literal' && typeof x.value === 'string' && /^(?:dev(?:elopment)?|test|local)$/.test(x.value));
  }

  /** For a test of the environment: is production the case when it is true (true) or false (false)? null: not such a test. */
  private productionTest(t: Node, depth: number): boolean | null {
    const u = unwrap(t);
    if (u.type === 'UnaryExpression' && u.operator === '!') {
      const inner = this.productionTest(u.argument as Node, depth);
      return inner === null ? null : !inner;
    }
    if (u.type === 'Identifier' && depth < 2) {
      const init = this.localInit(u);
      const byInit = init && init !== u ? this.productionTest(init, depth + 1) : null;
      if (byInit !== null) return byInit;
      // (a flag named for it, also one the app computes from a setting of its own, `const isProduction =
      // config.get('PRODUCTION') === 'true'`, says which by its name; a flag imported from the app's constants says which by its name: `isProduction`, `IS_DEV`)
      if (/^(?:is|in)_?prod(?:uction)?$/i.test(u.name)) return true;
      if (/^(?:is|in)_?(?:dev(?:elopment)?|local)$/i.test(u.name)) return false;
      return null;
    }
    if (u.type !== 'BinaryExpression' || !/^[!=]==?$/.test(u.operator)) return null;
    const sides = [unwrap(u.left as Node), unwrap(u.right as Node)];
    const env = sides.find((x) => /^(?:process\.env\.NODE_ENV|import\.meta\.env\.MODE|process\.env\.APP_ENV)$/.test(memberChain(x)?.join('.') ?? ''));
    const lit = sides.find((x): x is TSESTree.StringLiteral => x.type === 'Literal' && typeof x.value === 'string');
    if (!env || !lit) return null;
    const equal = u.operator.startsWith('=');
    if (/^prod(?:uction)?$/.test(lit.value)) return equal;
    if (/^(?:dev(?:elopment)?|test|local)$/.test(lit.value)) return equal ? false : null;
    return null;
  }

  /** `values.filter.teamId`: a member chain read off a parameter of the enclosing function itself. */
  private rootIsParameter(n: TSESTree.MemberExpression): boolean {
    let o = unwrap(n.object as Node);
    while (o.type === 'MemberExpression' && !o.computed) o = unwrap(o.object as Node);
    return o.type === 'Identifier' && this.variableOf(o)?.defs[0]?.type === 'Parameter';
  }

  /** The enclosing function's parameters a value comes from (`arg:i:` taints). */
  private paramsIn(x: Node): Set<number> {
    const out = new Set<number>();
    for (const t of this.taintOf(x)) {
      const m = /^arg:(\d+):/.exec(t);
      if (m) out.add(Number(m[1]));
    }
    return out;
  }

  /**
   * `members.find((m) => m.userId === userId)`, `project.memberIds.includes(user.id)`: pairs [i, j] where the list parameter i
   * holds (or a field of it) is searched for parameter j (or a field of it).
   */
  private paramSearch(n: TSESTree.CallExpression): [number, number][] {
    const argOf = (x: Node) => this.paramsIn(x);
    const cal = unwrap(n.callee);
    if (cal.type !== 'MemberExpression') return [];
    const lists = argOf(cal.object as Node);
    if (!lists.size) return [];
    const cb = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
    const sought = new Set<number>();
    if (cb && (cb.type === 'ArrowFunctionExpression' || cb.type === 'FunctionExpression')) {
      const inner: Node[] = [cb.body as Node];
      for (let k = 0; inner.length && k < 40; k++) {
        const x = unwrap(inner.pop()!);
        if (x.type === 'BinaryExpression' && /^===?$/.test(x.operator)) for (const side of [x.left as Node, x.right]) argOf(stripConversion(unwrap(side))).forEach((j) => sought.add(j));
        else if (x.type === 'BlockStatement' || x.type === 'ReturnStatement' || (x.type === 'LogicalExpression' && x.operator === '&&') || x.type === 'ExpressionStatement') inner.push(...childrenOf(x));
      }
    } else for (const a of n.arguments) argOf(a as Node).forEach((j) => sought.add(j));
    const out: [number, number][] = [];
    for (const i of lists) for (const j of sought) if (i !== j) out.push([i, j]);
    return out;
  }

  /** `return !!doc && String(doc.clinic) === String(user.clinic)`: the value compares fields of two parameters. */
  private recordParamComparison(expr: Node, fn: number): void {
    if (!fn || !this.facts.functions[fn]) return;
    const stack: Node[] = [expr];
    const argOf = (x: Node) => this.paramsIn(x);
    let followed = 0;
    // the answer is true when the pair does NOT match (an odd number of `!`, a `!==`): such pairs go to forbidsParams too
    const negated = new Set<Node>();
    const record = (key: 'comparesParams' | 'searchesParams', i: number, j: number, neg: boolean) => {
      const s = this.facts.functions[fn];
      const list = neg ? (s.forbidsParams ??= []) : (s[key] ??= []);
      if (!list.some(([x, y]) => x === i && y === j)) list.push([i, j]);
    };
    for (let steps = 0; stack.length && steps < 60; steps++) {
      const popped = stack.pop()!;
      const neg = negated.has(popped);
      let n = unwrap(popped);
      // (`const isMember = projects.some(...); return isMember`: the verdict kept in a variable)
      if (n.type === 'Identifier' && followed++ < 3) {
        let init = this.localInit(n);
        // (`const role = workspace.members.find((m) => m.userId === user.id)?.role; return !role`: the member found, or a field of it)
        for (let k = 0; init && k < 3 && (unwrap(init).type === 'MemberExpression' || unwrap(init).type === 'ChainExpression'); k++) {
          const u = unwrap(init);
          init = u.type === 'ChainExpression' ? (u.expression as Node) : (u as TSESTree.MemberExpression).object as Node;
        }
        if (init && init !== n && /^(?:CallExpression|LogicalExpression|BinaryExpression|UnaryExpression)$/.test(unwrap(init).type)) n = unwrap(init);
      }
      // `return user.projects.some((p) => p.id === projectId)`, `user.teamIds.includes(teamId)`: whether the list one
      // parameter holds (the caller's memberships, when the caller hands its session's user) has another parameter in it
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && /^(?:some|find|findIndex|includes|has)$/.test(propName(n.callee) ?? '')) {
        for (const [i, j] of this.paramSearch(n)) record('searchesParams', i, j, neg);
        continue;
      }
      const pair = n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) ? [n.left as Node, n.right as Node]
        : n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propName(n.callee) === 'equals' && n.arguments.length === 1 ? [n.callee.object as Node, n.arguments[0] as Node] : null;
      if (pair) {
        const [a, b] = pair.map((x) => stripConversion(unwrap(x)));
        if (a.type !== 'MemberExpression' || b.type !== 'MemberExpression') continue;
        const differs = n.type === 'BinaryExpression' && n.operator.startsWith('!');
        for (const i of argOf(a)) for (const j of argOf(b)) if (i !== j) record('comparesParams', i, j, neg !== differs);
        continue;
      }
      if (n.type === 'LogicalExpression' || n.type === 'UnaryExpression' || n.type === 'ChainExpression' || n.type === 'ConditionalExpression') {
        const flips = n.type === 'UnaryExpression' && n.operator === '!';
        for (const k of childrenOf(n)) {
          if (neg !== flips) negated.add(k);
          stack.push(k);
        }
      }
    }
  }

  /**
   * An ownership helper's verdict: `canAccess(user, doc)`, `isOwner(doc, session.user)`; in a service method,
   * `this.canView(doc, userUid)` with `userUid` a parameter counts where the caller passes the session (`against`).
   * The records passed are the ones checked.
   */
  /** AdonisJS Bouncer's verdict: `await bouncer.denies(viewInvoice, invoice)`, `bouncer.with(InvoicePolicy).allows('view', invoice)` */
  private isBouncerVerdict(call: TSESTree.CallExpression): boolean {
    const cal = unwrap(call.callee);
    return /^(?:allows|denies)$/.test(lastName(call)) && cal.type === 'MemberExpression' && /^(?:ctx\.|context\.)?bouncer\b/.test(this.src.slice(cal.object.range[0], cal.object.range[1]));
  }

  private ownershipHelperCall(call: TSESTree.CallExpression): { variable: string; field: string; models: string[]; against?: string[] }[] {
    const bouncer = this.isBouncerVerdict(call);
    if (!bouncer && !/own|access|member|belong|permit|allowed|authoriz|can/i.test(lastName(call))) return [];
    const argTaints = call.arguments.map((a) => this.taintOf(a as Node));
    // CASL `ability.cannot('read', subject('Document', doc))`: the ability was built for the caller
    // (AdonisJS Bouncer is made for the signed-in user too)
    const cal = unwrap(call.callee);
    const casl = /^(?:can|cannot)$/.test(lastName(call)) && cal.type === 'MemberExpression' && /abilit|casl|perm|acl|policy/i.test(memberChain(cal.object)?.join('.') ?? '');
    const receiver = casl ? this.taintOf((cal as TSESTree.MemberExpression).object) : [];
    const hasSession = bouncer || [...argTaints, receiver].some((t) => t.some((x) => x.startsWith('session:')));
    const against = hasSession ? [] : [...argTaints.flat(), ...receiver].filter((x) => /^arg:\d+:/.test(x));
    if (!hasSession && !against.length) return [];
    const out: { variable: string; field: string; models: string[]; against?: string[] }[] = [];
    for (let a of call.arguments.map((x) => unwrap(x as Node))) {
      // (the record wrapped for the policy library: `subject('Document', doc)`)
      if (casl && a.type === 'CallExpression') a = a.arguments.map((x) => unwrap(x as Node)).find((x) => x.type === 'Identifier') ?? a;
      // a list the record holds (`workspace?.members`): the record is the one checked
      if (a.type === 'ChainExpression') a = unwrap(a.expression as Node);
      if (a.type === 'MemberExpression') {
        let root: Node = a;
        while (root.type === 'MemberExpression') root = unwrap(root.object as Node);
        const rt = root.type === 'Identifier' ? this.taintOf(root) : [];
        if (!rt.some((x) => x.startsWith('db:')) || rt.some((x) => x.startsWith('session:'))) continue;
        a = root;
      }
      if (a.type !== 'Identifier') continue;
      const at = this.taintOf(a);
      if (against.length && at.some((x) => against.includes(x))) continue; // the caller's identity, not the record
      out.push({ variable: a.name, field: '*', models: at.filter((x) => x.startsWith('db:')).map((x) => x.slice(3)), ...(against.length ? { against } : {}) });
    }
    return out;
  }

  /** The client's ids a callback compares for equality (`(m) => m.projectId === projectId`). */
  /**
   * The caller's own memberships searched for a client id: `user.workspaceIds.includes(workspaceId)`,
   * `session.orgs.has(req.params.orgId)`, `memberships.some((m) => m.projectId === projectId)`,
   * `ctx.session.user.organizations.flatMap((o) => o.projects).find((p) => p.id === projectId)`.
   * Returns the client ids found among them (verified when a missing result ends the request).
   */
  private ownMembershipSearch(n: TSESTree.CallExpression): string[] {
    const nm = lastName(n);
    const cal = unwrap(n.callee);
    if (!/^(?:includes|has|some|find|findIndex|indexOf)$/.test(nm) || cal.type !== 'MemberExpression' || !this.taintOf(cal.object).some((x) => x.startsWith('session:'))) return [];
    const out: string[] = [];
    for (const a of n.arguments) for (const t of this.taintOf(a as Node)) if (t.startsWith('request:')) out.push(t);
    const cb = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
    if (cb && (cb.type === 'ArrowFunctionExpression' || cb.type === 'FunctionExpression') && /^(?:some|find|findIndex)$/.test(nm)) out.push(...this.comparedRequestIds(cb.body as Node));
    return out;
  }

  private comparedRequestIds(body: Node): string[] {
    const out: string[] = [];
    const stack: Node[] = [body];
    for (let steps = 0; stack.length && steps < 200; steps++) {
      const n = unwrap(stack.pop()!);
      const pair = n.type === 'BinaryExpression' && /^==/.test(n.operator) ? [n.left as Node, n.right]
        : n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propName(n.callee) === 'equals' && n.arguments.length === 1 ? [n.callee.object, n.arguments[0] as Node] : null;
      if (pair) for (const x of pair) for (const t of this.taintOf(stripConversion(unwrap(x)))) if (t.startsWith('request:')) out.push(t);
      if (n.type === 'BlockStatement' || n.type === 'ReturnStatement' || (n.type === 'LogicalExpression' && n.operator === '&&') || n.type === 'ExpressionStatement') stack.push(...childrenOf(n));
    }
    return out;
  }

  /**
   * A record's members searched for the caller: `team.users.some((u) => u.userId === session.user.id)`,
   * `project.members.find((m) => m.equals(req.user._id))`. The record the list hangs off is the one checked.
   */
  private membershipCall(call: TSESTree.CallExpression): { variable: string; field: string; models: string[] }[] {
    const cal = unwrap(call.callee);
    if (cal.type !== 'MemberExpression' || !/^(?:some|find|findIndex|every|filter)$/.test(propName(cal) ?? '')) return [];
    const cb = call.arguments[0] ? unwrap(call.arguments[0] as Node) : null;
    if (!cb || (cb.type !== 'ArrowFunctionExpression' && cb.type !== 'FunctionExpression')) return [];
    const ot = this.taintOf(cal.object);
    if (ot.some((x) => x.startsWith('session:') && !x.startsWith('session:db.'))) return []; // the caller's own list
    const models = ot.filter((x) => x.startsWith('db:')).map((x) => x.slice(3));
    const chain = memberChain(cal.object);
    if (!models.length && !chain) return [];
    const stack: Node[] = [cb.body as Node];
    for (let steps = 0; stack.length && steps < 200; steps++) {
      const n = unwrap(stack.pop()!);
      const pair = n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) ? [n.left as Node, n.right]
        : n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propName(n.callee) === 'equals' && n.arguments.length === 1 ? [n.callee.object, n.arguments[0] as Node] : null;
      if (pair && pair.some((x) => this.taintOf(stripConversion(unwrap(x))).some((t) => t.startsWith('session:') && !t.startsWith('session:db.')))) {
        return [{ variable: chain?.[0] ?? '', field: '*', models: uniq(models) }];
      }
      if (n.type === 'BlockStatement' || n.type === 'ReturnStatement' || n.type === 'LogicalExpression' || n.type === 'BinaryExpression' || n.type === 'UnaryExpression' || n.type === 'ChainExpression' || n.type === 'CallExpression' || n.type === 'MemberExpression' || n.type === 'ExpressionStatement') stack.push(...childrenOf(n));
    }
    return [];
  }

  /**
   * A row tested for being published, the request ended when it is not: `if (report.shareLevel !== 'public') return 401`,
   * `if (!post || !post.isPublic) throw notFound()`, `if (doc.visibility === 'private') return 404`, `if (page.isPublished) { ... } else return 404`.
   * Past the test the row is public content, whoever owns it, and so is what hangs off it.
   */
  private collectPublicationChecks(rec: IfRecord, s: FunctionSummary, rejectsWhenTrue: boolean) {
    const flag = (x: Node) => x.type === 'MemberExpression' ? propName(x) ?? '' : '';
    const rowOf = (x: Node): { variable: string; models: string[] } | null => {
      if (x.type !== 'MemberExpression') return null;
      const chain = memberChain(x.object as Node);
      if (chain?.length !== 1) return null;
      const t = this.taintOf(x.object as Node);
      // (a record: read from the database or handed back by a helper; never the caller's session or the request itself)
      if (!t.some((y) => y.startsWith('db:') || y.startsWith('call:')) || t.some((y) => y.startsWith('session:') && !y.startsWith('session:db.'))) return null;
      return { variable: chain[0], models: uniq(t.filter((y) => y.startsWith('db:')).map((y) => y.slice(3))) };
    };
    const found: { variable: string; models: string[] }[] = [];
    // (each part is judged by whether the request ends when it holds: a `!` above it turns that around)
    const visit = (n: Node, endsWhenTrue: boolean, depth: number) => {
      n = unwrap(n);
      if (depth > 6) return;
      if (n.type === 'LogicalExpression') {
        // `!post || !post.isPublic` ends the request on either part alone; `!post.isPublic && !session` needs both, so a
        // signed-in caller reads an unpublished row (`&& post.authorId !== me` is an ownership check, judged as such)
        if (n.operator === '??' || (n.operator === '||') !== endsWhenTrue) return;
        visit(n.left as Node, endsWhenTrue, depth + 1);
        visit(n.right as Node, endsWhenTrue, depth + 1);
        return;
      }
      if (n.type === 'UnaryExpression' && n.operator === '!') return visit(n.argument as Node, !endsWhenTrue, depth + 1);
      if (n.type === 'MemberExpression') {
        const f = flag(n);
        // `!post.isPublic` ends the request for an unpublished row; `post.isPrivate` for a private one
        const row = (PUBLISHED_FLAG.test(f) && !endsWhenTrue) || (PRIVATE_FLAG.test(f) && endsWhenTrue) ? rowOf(n) : null;
        if (row) found.push(row);
        return;
      }
      if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator)) {
        const differs = n.operator.startsWith('!') === endsWhenTrue;
        for (const [a, b] of [[n.left, n.right], [n.right, n.left]] as [Node, Node][]) {
          const m = unwrap(a);
          const f = flag(m);
          const lit = unwrap(b);
          const value = lit.type === 'Literal' ? lit.value : staticString(lit);
          // `row.shareLevel !== 'public'`, `row.isPublic === false`, `row.status === 'draft'`
          const publicValue = typeof value === 'string' && /^(?:public|published|live|listed)$/i.test(value);
          const hiddenValue = typeof value === 'string' && /^(?:private|draft|unpublished|hidden|unlisted)$/i.test(value);
          const hit = (STATE_FLAG.test(f) && ((publicValue && differs) || (hiddenValue && !differs))) ||
            (PUBLISHED_FLAG.test(f) && ((value === true && differs) || (value === false && !differs)));
          const row = hit ? rowOf(m) : null;
          if (row) found.push(row);
        }
      }
    };
    visit(rec.test, rejectsWhenTrue, 0);
    if (!found.length) return;
    const branch = this.methodBranchOf(rec.test);
    for (const f of found) (s.publicationChecks ??= []).push({ ...f, pos: rec.pos, ...(branch ? { methodBranch: branch } : {}) });
  }

  /** `jwt.decode`, `jsonwebtoken.decode`, `this.jwtService.decode`, jose's `decodeJwt`: a JWT library's call. */
  private isJwtLibraryCall(callee: Node): boolean {
    if (callee.type === 'Identifier') return /^(?:jose|jsonwebtoken|jwt-decode|fast-jwt)$/.test(this.facts.imports[callee.name]?.source ?? '');
    if (callee.type !== 'MemberExpression') return false;
    const ch = memberChain(callee) ?? [];
    const owner = ch[ch.length - 2] ?? '';
    return /^(?:jwt|jsonwebtoken|jwtService|jwt_service|JWT)$/.test(owner) || /^(?:jose|jsonwebtoken)$/.test(this.facts.imports[ch[0] ?? '']?.source ?? '');
  }

  private analyzeTest(test: Node, rejectsWhenTrueOuter = true): { session: boolean; sessionByLookup: boolean; sharedSecret: boolean; secretEnvs: string[]; role: string | null; ownership: { variable: string; field: string; models: string[]; against?: string[]; peerRow?: string }[]; idents: Set<string>; verified: string[]; scopedResults: string[]; relationTests: { variable: string; relation: string }[] } {
    const scopedResults: string[] = [];
    const relationTests: { variable: string; relation: string }[] = [];
    let session = false;
    let sessionDirect = false;
    let sessionByLookup = false;
    let sharedSecret = false;
    // (the env names the caller's secret is compared with: `CRON_SECRET` says who calls)
    const secretEnvs: string[] = [];
    let role: string | null = null;
    const ownership: { variable: string; field: string; models: string[]; against?: string[]; onRequest?: boolean; peerRow?: string }[] = [];
    const idents = new Set<string>();
    const verified: string[] = [];
    const stack: Node[] = [test];
    // (under a `!` the test rejects when the part is false: `if (!(doc.ownerId === userId || isMember)) return 401`)
    const underNot = (x: Node): boolean => {
      let odd = false;
      for (let cur: Node | undefined = x; cur && cur !== test && !isFunctionNode(cur); cur = (cur as { parent?: Node }).parent) {
        const par: Node | undefined = (cur as { parent?: Node }).parent;
        if (par?.type === 'UnaryExpression' && par.operator === '!') odd = !odd;
      }
      return odd;
    };
    let steps = 0;
    while (stack.length && steps++ < 400) {
      const n = unwrap(stack.pop()!);
      const rejectsWhenTrue = n.type === 'BinaryExpression' ? rejectsWhenTrueOuter !== underNot(n) : rejectsWhenTrueOuter;
      if (n.type === 'Identifier') {
        idents.add(n.name);
        if (!role && this.isRolePredicate(n)) role = textOf(this.src, test, 80);
      }
      // `if (!member) return 403` where member came from a session-scoped query (not `if (inUse) return 409`); also the
      // lookup tested where it is made, `if (!(await prisma.projectUser.findFirst({ where: { projectId, userId } })))`,
      // a count of the caller's memberships, `if (count === 0)`, and the rows of a select, `if (!rows.length)`
      if ((n.type === 'Identifier' || n.type === 'CallExpression' || (n.type === 'MemberExpression' && propName(n) === 'length')) && testsAbsence(n)) {
        for (const t of this.taintOf(n.type === 'MemberExpression' ? (n.object as Node) : n)) if (t.startsWith('session:db.')) scopedResults.push(t.slice(11));
      }
      // `if (!team || team.users.length === 0) return 403`: the rows of a relation the lookup included (see QueryFact.scopedRelations)
      if (n.type === 'MemberExpression' && propName(n) === 'length' && testsAbsence(n)) {
        const rel = unwrap(n.object as Node);
        if (rel.type === 'MemberExpression' && !rel.computed && unwrap(rel.object as Node).type === 'Identifier') {
          relationTests.push({ variable: (unwrap(rel.object as Node) as TSESTree.Identifier).name, relation: propName(rel) ?? '' });
        }
      }
      if (n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'CallExpression') {
        const t = this.taintOf(n);
        // (a row a helper looked up by a client id and the caller's tenant, `job = await jobs.find({ id, companyId: user.companyId })`,
        // is data, not the session: `if (!job) throw` is a not-found check)
        const lookedUp = t.some((x) => x.startsWith('call:')) && t.some((x) => x.startsWith('request:'));
        if (t.some((x) => x.startsWith('session:') && !x.startsWith('session:db.'))) {
          if (lookedUp) sessionByLookup = true;
          else sessionDirect = true;
        }
        // `const apiKey = process.env.OPENAI_API_KEY; if (!apiKey) return 500`: the server's own configuration, no caller's credential
        const serverConfig = t.some((x) => x.startsWith('env:')) && !t.some((x) => x.startsWith('request:') || x.startsWith('session:'));
        // (so is one the function closes over, `if (!config.signingSecret || !config.botToken) return c.json(..., 503)` in a
        // middleware made by `createSlackRoute(config)`: a value bound outside the function is none of this request's)
        // (nor is the outcome of a token exchange, `if (!tokenData.ok)`: `tokenData` is read there for its `ok`, not tested)
        const par = (n as { parent?: Node }).parent;
        const outcomeOf = par?.type === 'MemberExpression' && par.object === n && !par.computed && /^(?:ok|success|error|errors|error_description|errorDescription|error_code|errorCode|status|statusCode)$/.test(propName(par) ?? '');
        if (!serverConfig && !outcomeOf && t.some((x) => /^sensitive:(?:authorization header|token|JWT|cookie|session identifier|API key)/.test(x)) && !this.closedOverConfig(n, t)) session = true;
        // (the name after a dot, `role` of `req.body.role`, is no value of its own: its member expression was judged whole)
        const nPar = (n as { parent?: Node }).parent;
        const propertyName = n.type === 'Identifier' && nPar?.type === 'MemberExpression' && nPar.property === n && !nPar.computed;
        const ch = propertyName ? null : memberChain(n);
        if (ch) {
          const text = ch.join('.');
          // (`user.platformAdmin`, `claims.super_admin`: a flag named for an admin kind)
          if (/(?:^|\.)(?:role|roles|isAdmin|is_admin|isSuperAdmin|is_super_admin|is[A-Z][a-z]+Admin|is_[a-z]+_admin|[a-z]+Admin|[a-z]+_admin|isStaff|is_staff|isSuperuser|is_superuser|superuser|permissions|scopes|admin|isOwner|plan)$/i.test(text) || t.some((x) => /^session:(?:.*\.)?(?:user|currentUser|claims|payload|principal|viewer)\.staff$/.test(x)) || /\.(?:hasRole|hasPermission|can|cannot|hasScope|isAdmin|includes)$/.test(text)) {
            // `ROLES.includes(body.role)` validates input; a role check looks at the caller
            // the call this expression is the callee (or the callee's object) of: `ROLES.includes(x)`
            let call: TSESTree.CallExpression | null = n.type === 'CallExpression' ? n : null;
            for (let cur: Node | undefined = n, i = 0; !call && cur && i < 3; i++) {
              const par: Node | undefined = (cur as { parent?: Node }).parent;
              if (par?.type === 'CallExpression' && par.callee === cur) call = par;
              else if (par?.type !== 'MemberExpression' || par.object !== cur) break;
              cur = par;
            }
            const looked = call ? uniq([...t, ...call.arguments.flatMap((a) => this.taintOf(a as Node))]) : t;
            const clientOnly = looked.some((x) => x.startsWith('request:')) && !looked.some((x) => x.startsWith('session:'));
            // `ROLES.includes(role)`, `Object.values(Role).includes(input.role)`: a value tested against every role there is
            // (an argument's validation, whoever sends it), unlike `ADMIN_ROLES.includes(user.role)`
            let argOf: Node | undefined = (n as { parent?: Node }).parent;
            for (let i = 0; argOf && i < 3 && /^(?:TSAsExpression|TSNonNullExpression|TSTypeAssertion|TSSatisfiesExpression)$/.test(argOf.type); i++) argOf = (argOf as { parent?: Node }).parent;
            const inList = argOf?.type === 'CallExpression' && argOf.callee !== n ? argOf : call;
            // (a function's parameter, `requireMembership(orgId, roles?)` testing `roles.includes(membership.role)`, is the roles its
            // caller allows, not every role there is)
            const listOf = inList ? unwrap(inList.callee as Node) : null;
            const listIsParam = listOf?.type === 'MemberExpression' && unwrap(listOf.object as Node).type === 'Identifier' &&
              this.taintOf(unwrap(listOf.object as Node)).some((x) => /^arg:\d+:$/.test(x));
            const everyRole = !!inList && !listIsParam && isEveryRoleList(inList) && !looked.some((x) => x.startsWith('session:'));
            // (`if (!member.role)`, `return row?.role ?? null`: whether there is a role at all, which every member has, is no test of one)
            const valueOnly = !call && /(?:^|\.)(?:role|roles|permissions|scopes|plan)$/i.test(text) && truthinessOnly(n);
            if (!clientOnly && !everyRole && !valueOnly && /role|admin|perm|scope|owner|staff|super|(?:^|[^a-z])can(?![a-z])/i.test(this.src.slice(n.range[0], n.range[1]).replace(/\bcan(?=[A-Z_])/g, 'can_'))) role = textOf(this.src, test, 80);
          }
          if (/^(?:req|request|ctx|context)\.(?:isAuthenticated|isUnauthenticated|user|session|auth|userId)/.test(text) || /\.is(?:Unauthenticated|Authenticated)$/.test(text)) session = true;
        }
      }
      // `a === b`, `String(a) !== String(b)`, Mongoose `doc.owner.equals(user.id)`
      const pair = n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) ? [n.left as Node, n.right]
        : n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propName(n.callee) === 'equals' && n.arguments.length === 1 ? [n.callee.object, n.arguments[0] as Node] : null;
      if (pair) {
        const sides = pair.map((x) => stripConversion(unwrap(x)));
        // `if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`)`: the caller proves it holds a
        // server secret (a cron job, an internal service); a webhook signature compare is not this (see unverified-webhook)
        if (n.type === 'BinaryExpression' && !sides.some((x) => /signature|\bsig\b|hmac|digest/i.test(textOf(this.src, x, 80)))) {
          const ts = sides.map((x) => this.taintOf(x));
          // (`if (host === env.DEFAULT_DOMAIN) return next()`: the deployment's own address, a mode or a port, compared with
          // where the request was sent, is no secret the caller proves it holds)
          const fromEnv = (t: string[]) => t.some((x) => x.startsWith('env:') && !ADDRESS_ENV.test(x.slice(4)));
          const fromClient = (t: string[]) => t.some((x) => (x.startsWith('request:') && !/^request:(?:headers\.(?:host|origin|referer|x-forwarded-host)|hostname|host|method|path|url|originalUrl|protocol)$/i.test(x)) || /^sensitive:(?:authorization header|token|bearer|API key|apikey)/.test(x));
          if ((fromEnv(ts[0]) && fromClient(ts[1]) && !fromEnv(ts[1])) || (fromEnv(ts[1]) && fromClient(ts[0]) && !fromEnv(ts[0]))) {
            sharedSecret = true;
            session = true;
            secretEnvs.push(...ts.flat().filter((x) => x.startsWith('env:')).map((x) => x.slice(4)));
          }
        }
        for (let i = 0; i < 2; i++) {
          const a = sides[i];
          const b = sides[1 - i];
          if (a.type === 'MemberExpression') {
            const bt = this.taintOf(b);
            const field = propName(a);
            const objChain = memberChain(a.object);
            // `if (params.id === user.sub) return 400` ("not yourself") verifies nothing
            if (n.type === 'BinaryExpression' && /^==/.test(n.operator) && rejectsWhenTrue) continue;
            const sessionSide = bt.some((x) => x.startsWith('session:'));
            // in a helper, `doc.orgId !== user.orgId` where `user` is a parameter: the caller says what it is
            const argSide = !sessionSide && bt.some((x) => x.startsWith('arg:') || x.startsWith('call:'));
            // `if (claim.organizationId !== orgId) throw` with `orgId` the path's: an ownership check when a guard or an
            // earlier check verified that id for the caller (the route decides, `against`)
            const reqSide = !sessionSide && !argSide && n.type === 'BinaryExpression' && /^!=/.test(n.operator) && rejectsWhenTrue && bt.some((x) => x.startsWith('request:'));
            if (field && objChain && reqSide && !this.taintOf(a.object).some((x) => x.startsWith('request:') || x.startsWith('session:'))) {
              const at = this.taintOf(a.object);
              ownership.push({ variable: objChain[0], field, models: at.filter((x) => x.startsWith('db:')).map((x) => x.slice(3)), against: bt.filter((x) => x.startsWith('request:')) });
            }
            // `if (String(event.organizer) !== request.organizerId) return 404`: compared with a value a hook hung on the
            // request (`param:0:organizerId`); the route decides whether a hook in its chain hung the caller's claim there
            const hungSide = !sessionSide && !argSide && !reqSide && n.type === 'BinaryExpression' && /^!=/.test(n.operator) && rejectsWhenTrue && bt.length > 0 && bt.every((x) => x.startsWith('param:0:'));
            if (field && objChain && hungSide && !this.taintOf(a.object).some((x) => x.startsWith('request:') || x.startsWith('session:') || x.startsWith('param:'))) {
              const at = this.taintOf(a.object);
              ownership.push({ variable: objChain[0], field, models: at.filter((x) => x.startsWith('db:')).map((x) => x.slice(3)), against: bt });
            }
            // `if (next.teamId !== request.teamId) throw`: a row the client picked, required to share its tenant (or parent) with
            // another row read here, `task.projectId !== project.id` too; the route decides whether that other row is the
            // caller's (what keyed its lookup, `against`, filled in once the function's queries are known)
            const peerChain = b.type === 'MemberExpression' ? memberChain(b.object) : null;
            const peerField = b.type === 'MemberExpression' ? propName(b) : undefined;
            if (field && objChain && objChain.length === 1 && peerChain?.length === 1 && peerField && peerChain[0] !== objChain[0] &&
              n.type === 'BinaryExpression' && /^!=/.test(n.operator) && rejectsWhenTrue && /id$/i.test(field) && /id$/i.test(peerField) &&
              (field === peerField || /^_?id$/.test(peerField)) && !sessionSide && !argSide) {
              const at = this.taintOf(a.object);
              const pt = this.taintOf((b as TSESTree.MemberExpression).object as Node);
              const rowOnly = (t: Taint[]) => t.some((x) => x.startsWith('db:')) && !t.some((x) => /^(?:request|session|param):/.test(x));
              if (rowOnly(at) && rowOnly(pt)) ownership.push({ variable: objChain[0], field, models: [], peerRow: peerChain[0] });
            }
            if (field && objChain && (sessionSide || argSide)) {
              const at = this.taintOf(a.object);
              const aFull = this.taintOf(a);
              if (sessionSide) for (const t of aFull) if (t.startsWith('request:')) verified.push(t);
              // a row a workspace helper returned (`const collection = await getPermission({ userId, linkId })`): its
              // taints are its arguments', the caller's id among them, yet it is a record, not the session
              const helperRow = objChain.length === 1 && this.helperResult(a.object as Node);
              // `assertSameSalon(orgId, row)`: `if (!row || row.organizationId !== orgId) throw` compares one parameter, the record,
              // with another, the tenant its caller hands in (the caller's route decides whether that tenant is its caller's)
              const argIndex = (t: string) => /^arg:(\d+):/.exec(t)?.[1];
              const otherParamRecord = argSide && at.length > 0 && at.every((x) => /^arg:\d+:$/.test(x)) &&
                !bt.some((x) => at.some((y) => argIndex(x) !== undefined && argIndex(x) === argIndex(y)));
              if (helperRow || otherParamRecord || (!at.some((x) => x.startsWith('session:') && !x.startsWith('session:db.')) && !(argSide && at.some((x) => x.startsWith('arg:'))))) {
                // `req.invoice.orgId !== req.user.orgId`: a record a loader hung on the request (`router.param`)
                const onRequest = sessionSide && at.length > 0 && at.every((x) => x.startsWith('param:'));
                ownership.push({ variable: objChain[0], field, models: at.filter((x) => x.startsWith('db:')).map((x) => x.slice(3)), ...(argSide ? { against: bt.filter((x) => x.startsWith('arg:') || x.startsWith('call:')) } : {}), ...(onRequest ? { onRequest } : {}) });
              }
            }
          }
        }
        for (let i = 0; i < 2; i++) {
          // `if (id !== user.id) return 403` verifies id; `if (id === user.id) return 400` ("not yourself") does not
          const equalRejects = n.type === 'BinaryExpression' && /^==/.test(n.operator) && rejectsWhenTrue;
          if (!equalRejects && sides[i].type === 'Identifier' && this.taintOf(sides[1 - i]).some((x) => x.startsWith('session:'))) {
            for (const t of this.taintOf(sides[i])) if (t.startsWith('request:')) verified.push(t);
          }
        }
        const lit = staticString(sides[1]) ?? staticString(sides[0]);
        // (`if (role !== 'member' && role !== 'admin') return fail(400)` with `role = form.get('role')`: the client's value
        // tested against the roles there are, which validates the argument and checks no caller)
        const litOther = staticString(sides[1]) !== null ? sides[0] : sides[1];
        const otherTaint = lit ? this.taintOf(litOther) : [];
        // (the posted body, form, query or path only: a context value a middleware set, Hono's `c.get('orgRole')`, or the claims
        // of a token from a header are the caller's, however they were checked)
        const clientValue = otherTaint.some((x) => /^request:(?:body|query|params|input|args|form)/.test(x)) && !otherTaint.some((x) => x.startsWith('session:') || /^request:(?:headers|cookies)/.test(x) || x.startsWith('sensitive:'));
        if (n.type === 'BinaryExpression' && lit && !clientValue && /^(?:org:|role:)?(?:admin|owner|superadmin|super_admin|staff|manager|root|superuser)$/i.test(lit)) role = textOf(this.src, test, 80);
        // `user.id === Number(process.env.ADMIN_USER_ID)`, `session.user.email !== env.ADMIN_EMAIL`: the caller is the deployment's
        // configured operator (an identity named in the environment, no role column): an admin check like `isAdmin(email)`
        if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) && !role) {
          const ts = sides.map((x) => this.taintOf(stripConversion(unwrap(x))));
          const operatorEnv = (t: Taint[]) => t.some((x) => /^env:\w*(?:ADMIN|OPERATOR|SUPERUSER|SUPER_USER|ROOT_USER|OWNER)/i.test(x)) && !t.some((x) => x.startsWith('request:') || x.startsWith('session:'));
          // (also in a helper handed the caller's user, `getUsers(user)` testing `user.id`: its caller decides whose user that is)
          const callerIdentity = (t: Taint[]) => t.some((x) => (x.startsWith('session:') && !x.startsWith('session:db.')) || /^arg:\d+:\w/.test(x)) && !t.some((x) => x.startsWith('request:'));
          if ((operatorEnv(ts[0]) && callerIdentity(ts[1])) || (operatorEnv(ts[1]) && callerIdentity(ts[0]))) role = textOf(this.src, test, 80);
        }
        // `client.type !== ClientType.root`, `member.level === Level.ADMIN`: an enum member naming a privileged kind
        const enumSide = sides.find((x): x is TSESTree.MemberExpression => x.type === 'MemberExpression' && /^[A-Z]/.test(memberChain(x)?.[0] ?? ''));
        const enumName = enumSide ? propName(enumSide) ?? '' : '';
        if (n.type === 'BinaryExpression' && enumSide && /^(?:admin|administrator|owner|superadmin|super_admin|staff|manager|root|superuser)$/i.test(enumName) &&
          sides.some((x) => x !== enumSide && x.type === 'MemberExpression' && /^(?:type|kind|role|level|tier|scope)$/i.test(propName(x) ?? ''))) role = textOf(this.src, test, 80);
      }
      // `const hasAccess = await this.checkAccess(record, userId); if (!hasAccess) return`: the helper's verdict kept in a variable
      const held = n.type === 'Identifier' ? this.localInit(n) : null;
      // (`const onProject = project && project.members.some(...)`: the operands of a logical verdict too)
      const heldCalls: Node[] = held ? [held] : [];
      // `const isOwner = String(sub.student) === String(req.user._id); if (!isOwner && !isStaff) return 403`:
      // a comparison kept in a variable is read where it is tested (negated: it rejects when the comparison is false)
      const heldTest = held ? unwrap(held) : null;
      if (heldTest && (heldTest.type === 'BinaryExpression' || heldTest.type === 'LogicalExpression') && this.heldTestDepth < 3) {
        const par = (n as { parent?: Node }).parent;
        const negated = par?.type === 'UnaryExpression' && par.operator === '!';
        this.heldTestDepth++;
        try {
          const sub = this.analyzeTest(heldTest, negated ? !rejectsWhenTrue : rejectsWhenTrue);
          ownership.push(...sub.ownership);
          verified.push(...sub.verified);
          role = role ?? sub.role;
        } finally {
          this.heldTestDepth--;
        }
      }
      for (let i = 0; i < heldCalls.length && i < 6; i++) {
        const h = unwrap(heldCalls[i]);
        if (h.type === 'LogicalExpression') heldCalls.push(h.left as Node, h.right as Node);
        else if (h.type === 'CallExpression') {
          ownership.push(...this.ownershipHelperCall(h));
          // the caller's memberships searched for the client's id and the one found kept, then tested:
          // `const mine = session.user.projects.find((p) => p.id === input.projectId); if (!mine) throw`
          if (testsAbsence(n)) verified.push(...this.ownMembershipSearch(h));
          // (the member found must be what is tested: `if (!me)`, not `if (me?.role === 'owner')`)
          const par = (n as { parent?: Node }).parent;
          if (!(par?.type === 'MemberExpression' && par.object === n)) ownership.push(...this.membershipCall(h));
        }
      }
      if (n.type === 'CallExpression') {
        const nm = lastName(n);
        // membership: `user.workspaceIds.includes(workspaceId)`, `session.orgs.has(req.params.orgId)`
        verified.push(...this.ownMembershipSearch(n));
        if (roleLikeName(nm) || /^(?:can|cannot|hasRole|hasPermission|hasAccess|isAdmin|isOwner|checkAccess|canAccess|authorize)$/i.test(nm) || this.isBouncerVerdict(n)) role = role ?? textOf(this.src, test, 80);
        // `!safeEqual(env.VERIFICATION_TOKEN, body.token)`: the caller proves it holds a server secret, as with `!==`
        if (/^(?:safeEquals?|timingSafeEquals?|safeCompare|secureCompare|secureEquals?|constantTimeEquals?|constantTimeCompare|timingSafeCompare)$/.test(nm) && n.arguments.length === 2 && !n.arguments.some((a) => /signature|\bsig\b|hmac|digest/i.test(textOf(this.src, a as Node, 80)))) {
          const ts = n.arguments.map((a) => this.taintOf(a as Node));
          const fromEnv = (t: string[]) => t.some((x) => x.startsWith('env:'));
          // (also what a helper was handed, `headers.get(API_KEY_HEADER)` of its `headers` parameter)
          // (a constant-time compare is for secrets: against an env secret, whatever else it is handed is what the caller sent,
          // `secureCompare(body.CRON_SECRET, env.CRON_SECRET)` of the cloned request's body)
          const fromClient = (t: string[]) => t.some((x) => x.startsWith('request:') || x.startsWith('arg:') || x.startsWith('param:') || x.startsWith('call:') || /^sensitive:(?:authorization header|token|bearer|API key|apikey)/.test(x));
          if ((fromEnv(ts[0]) && fromClient(ts[1]) && !fromEnv(ts[1])) || (fromEnv(ts[1]) && fromClient(ts[0]) && !fromEnv(ts[0]))) {
            sharedSecret = true;
            session = true;
            secretEnvs.push(...ts.flat().filter((x) => x.startsWith('env:')).map((x) => x.slice(4)));
          }
        }
        ownership.push(...this.ownershipHelperCall(n), ...this.membershipCall(n));
      }
      // `if (req.params.id === req.user.id) return 400` ("not yourself") rejects when the two are equal: an anonymous
      // caller's missing id equals nothing, so it passes; the session read there checks nothing
      // (`roles.indexOf(req.user.role) === -1`: `-1` is a value too, a unary minus on a number)
      const valueOnly = (x: Node) => { const u = unwrap(x); return u.type === 'Literal' || (u.type === 'Identifier' && u.name === 'undefined') || staticString(u) !== null || (u.type === 'UnaryExpression' && /^[-+]$/.test(u.operator) && unwrap(u.argument as Node).type === 'Literal'); };
      if (n.type === 'BinaryExpression' && /^==/.test(n.operator) && rejectsWhenTrue && !valueOnly(n.left as Node) && !valueOnly(n.right)) continue;
      if (n.type === 'LogicalExpression' || n.type === 'UnaryExpression' || n.type === 'BinaryExpression' || n.type === 'CallExpression' || n.type === 'MemberExpression' || n.type === 'ChainExpression' || n.type === 'ConditionalExpression') {
        stack.push(...childrenOf(n));
      }
    }
    if (sessionDirect || sessionByLookup) session = true;
    return { session, sessionByLookup: session && sessionByLookup && !sessionDirect && !sharedSecret, sharedSecret, secretEnvs: uniq(secretEnvs), role, ownership, idents, verified, scopedResults, relationTests };
  }
}

// ------------------------------------------------------------------ helpers

/**
 * Does the test ask whether the value is missing: `!member`, `!(await lookup(...))`, `member === null`,
 * `count === 0`, `count < 1`, `!rows.length`?
 */
function testsAbsence(n: Node): boolean {
  let cur = n;
  let par = (cur as { parent?: Node }).parent;
  for (let i = 0; par && i < 4 && /^(?:AwaitExpression|TSNonNullExpression|TSAsExpression|ChainExpression)$/.test(par.type); i++) {
    cur = par;
    par = (cur as { parent?: Node }).parent;
  }
  if (!par) return false;
  if (par.type === 'UnaryExpression') return par.operator === '!';
  if (par.type !== 'BinaryExpression') return false;
  const other = unwrap((par.left === cur ? par.right : par.left) as Node);
  const lit = other.type === 'Literal' ? other.value : other.type === 'Identifier' && other.name === 'undefined' ? null : NaN;
  if (/^[=!]==?$/.test(par.operator)) return lit === null || (lit === 0 && n.type !== 'CallExpression');
  // `count < 1`, `rows.length <= 0`
  return par.left === cur && ((par.operator === '<' && lit === 1) || (par.operator === '<=' && lit === 0));
}

/** Is the call at `pos` inside `test` negated (`!pred(x)`, `!(await pred(x))`)? */
function negatedInTest(test: Node, pos: Pos): boolean {
  const stack: Node[] = [test];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'CallExpression' && n.loc.start.line === pos.line && n.loc.start.column + 1 === pos.column) {
      let cur: Node = n;
      let up = (cur as { parent?: Node }).parent;
      while (up && (up.type === 'AwaitExpression' || up.type === 'ChainExpression' || up.type === 'TSNonNullExpression' || up.type === 'TSAsExpression')) {
        cur = up;
        up = (cur as { parent?: Node }).parent;
      }
      return up?.type === 'UnaryExpression' && up.operator === '!';
    }
    if (isFunctionNode(n)) continue;
    stack.push(...childrenOf(n));
  }
  return false;
}

/** The array literal a function returns as its last statement (or arrow body), if any. */
function returnedArray(fn: Node): Node | null {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return null;
  const body = fn.body as Node;
  if (body.type !== 'BlockStatement') return unwrap(body).type === 'ArrayExpression' ? unwrap(body) : null;
  const last = body.body[body.body.length - 1];
  return last?.type === 'ReturnStatement' && last.argument && unwrap(last.argument as Node).type === 'ArrayExpression' ? unwrap(last.argument as Node) : null;
}

/** record fields a client must not set for itself (mass assignment) */
const PRIVILEGED_FIELD = /^(?:roles?|isAdmin|admin|is_admin|isSuperuser|superuser|isStaff|permissions?|scopes?|orgId|organizationId|tenantId|ownerId|userId|accountId|isVerified|emailVerified|verified|approved)$/i;

/** `String(x)`, `x.toString()`, `x.toHexString()`, `Number(x)`: compare what is inside */
/**
 * A test on one key of the route's config: `request.routeOptions.config.public`, `request.routeConfig?.isPublic`,
 * `request.context.config.skipAuth` (Fastify 3), `!...`, `... === true`, or a name destructured from it.
 */
function routeConfigTest(test: Node, localInit: (id: TSESTree.Identifier) => Node | null, depth = 0): { key: string; negated: boolean } | null {
  const t = unwrap(test);
  if (depth > 3) return null;
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const inner = routeConfigTest(t.argument as Node, localInit, depth + 1);
    return inner ? { key: inner.key, negated: !inner.negated } : null;
  }
  if (t.type === 'BinaryExpression' && /^[!=]==?$/.test(t.operator)) {
    const lit = [t.left, t.right].map((x) => unwrap(x as Node)).find((x) => x.type === 'Literal' && typeof (x as TSESTree.Literal).value === 'boolean') as TSESTree.Literal | undefined;
    const other = [t.left, t.right].map((x) => unwrap(x as Node)).find((x) => x !== lit);
    if (!lit || !other) return null;
    const inner = routeConfigTest(other, localInit, depth + 1);
    if (!inner) return null;
    const negated = (t.operator.startsWith('!') ? 1 : 0) + (lit.value === false ? 1 : 0) === 1;
    return { key: inner.key, negated: inner.negated !== negated };
  }
  const ch = memberChain(t);
  if (ch && ch.length >= 3) {
    const key = ch[ch.length - 1];
    const holder = ch.slice(0, -1).join('.');
    if (/(?:^|\.)(?:routeOptions\.config|routeConfig|context\.config|routeConfig\.config)$/.test(holder)) return { key, negated: false };
  }
  // `const { public: isPublic } = request.routeOptions.config; if (isPublic) return`
  if (t.type === 'Identifier') {
    const init = localInit(t);
    const decl = (init as { parent?: Node } | null)?.parent;
    // (the declarator's init, with the pattern it is destructured into)
    if (init && decl?.type === 'VariableDeclarator' && decl.id.type === 'ObjectPattern') {
      const ich = memberChain(unwrap(init));
      if (!ich || !/(?:^|\.)(?:routeOptions\.config|routeConfig|context\.config)$/.test(ich.join('.'))) return null;
      for (const p of decl.id.properties) {
        if (p.type === 'Property' && unwrap(p.value as Node).type === 'Identifier' && (unwrap(p.value as Node) as TSESTree.Identifier).name === t.name) {
          const k = propName(p);
          return k ? { key: k, negated: false } : null;
        }
      }
    }
  }
  return null;
}

/** a position inside a node's source range */
function within(p: Pos, loc: TSESTree.SourceLocation): boolean {
  const after = p.line > loc.start.line || (p.line === loc.start.line && p.column >= loc.start.column + 1);
  const before = p.endLine < loc.end.line || (p.endLine === loc.end.line && p.endColumn <= loc.end.column + 1);
  return after && before;
}

/** The keys an object literal sets, nested ones by their last name (`{ publicMetadata: { role } }` -> role, publicMetadata). */
function flattenKeys(o: TSESTree.ObjectExpression, depth = 0): string[] {
  const out: string[] = [];
  for (const p of o.properties) {
    if (p.type !== 'Property') continue;
    const k = propName(p);
    if (k) out.push(k);
    const v = unwrap(p.value as Node);
    if (v.type === 'ObjectExpression' && depth < 3) out.push(...flattenKeys(v, depth + 1));
  }
  return uniq(out);
}

/** The email callbacks of auth libraries that are handed a link holding a one-time token (as the option's value or a method). */
const AUTH_EMAIL_CALLBACK = /^(?:sendResetPassword|sendVerificationEmail|sendMagicLink|sendVerificationRequest|sendChangeEmailVerification|sendDeleteAccountVerification)$/;
function authEmailCallback(fn: Node): boolean {
  const parent = (fn as { parent?: Node }).parent;
  if (parent?.type !== 'Property' || parent.value !== fn) return false;
  const key = parent.key;
  return key.type === 'Identifier' ? AUTH_EMAIL_CALLBACK.test(key.name) : key.type === 'Literal' && AUTH_EMAIL_CALLBACK.test(String(key.value));
}

/** a row's flag that says it is published or shared with anyone (`isPublic`, `published`, `is_listed`) */
const PUBLISHED_FLAG = /^(?:(?:is_?)?(?:public|published|listed|live|publiclyShared|publicly_shared|sharedPublicly|shared_publicly)|is_?(?:published|public|listed)_?[a-z]+)$/i;
/** ...or that it is not (`isPrivate`, `is_draft`) */
const PRIVATE_FLAG = /^(?:is_?)?(?:private|draft|unpublished|unlisted|hidden)$/i;
/** a row's state field whose value may say it is public (`status: 'published'`, `visibility: 'public'`, `shareLevel`) */
const STATE_FLAG = /^(?:status|state|visibility|privacy|publication_?status|publish_?status|share_?level|sharing|access_?level)$/i;

function stripConversion(n: Node): Node {
  if (n.type === 'CallExpression') {
    const c = unwrap(n.callee);
    if (c.type === 'Identifier' && /^(?:String|Number|BigInt)$/.test(c.name) && n.arguments.length === 1) return unwrap(n.arguments[0] as Node);
    // (also a case or whitespace normalisation of the same value: `invite.email.toLowerCase() !== user.email.toLowerCase()`)
    if (c.type === 'MemberExpression' && /^(?:toString|toHexString|valueOf|toLowerCase|toUpperCase|toLocaleLowerCase|toLocaleUpperCase|trim)$/.test(propName(c) ?? '') && n.arguments.length === 0) return stripConversion(unwrap(c.object));
  }
  return n;
}

/** `Model.find(id, { ignoreExpiration: true })`: the option object is the second argument of a `find` lookup. */
function isModelFindOption(prop: Node): boolean {
  const obj = (prop as { parent?: Node }).parent;
  const call = obj && (obj as { parent?: Node }).parent;
  if (!call || call.type !== 'CallExpression' || call.arguments[1] !== obj) return false;
  const callee = unwrap(call.callee as Node);
  return callee.type === 'MemberExpression' && propName(callee as TSESTree.MemberExpression) === 'find';
}

/** the app's own token issuers, named for what they sign: `signSession`, `signAccessToken`, `issueToken`, `mintJwt` */
const ISSUED_TOKEN_CALL = /^(?:sign|issue|mint)(?:[A-Z]\w*)?(?:Session|Token|Jwt|JWT)$/;

export function uniq<T>(a: T[]): T[] {
  return a.length < 2 ? a : [...new Set(a)];
}

function emptySummary(id: number, name: string, pos: Pos, params: string[]): FunctionSummary {
  return {
    id, name, pos, params, isAsync: false, useServer: false, readsCredential: [], rejects: false, sessionCheck: false,
    sessionGetters: [], roleChecks: [], calls: [], returns: [], callsParam: [], queries: [], ownershipChecks: [],
    verifiedKeys: [], logs: [], callsNext: false, responds: false, methodChecks: [], requestReads: [], mentions: [],
  };
}

/**
 * `obj.prop` as a value. Element k of a rest parameter is argument i + k: `(...args) => { const [router, deps] = args }`
 * and `args[0]` are the first argument itself, as `(...[router, deps])` is.
 */
function memberRef(object: ValueRef, prop: string): ValueRef {
  if (object.k === 'param' && object.name?.startsWith('...') && !object.path.length && /^\d+$/.test(prop)) return { k: 'param', fn: object.fn, index: object.index + Number(prop), path: [] };
  return { k: 'member', object, prop };
}

function paramName(p: Node): string {
  if (p.type === 'Identifier') return p.name;
  if (p.type === 'AssignmentPattern') return paramName(p.left);
  if (p.type === 'TSParameterProperty') return paramName(p.parameter);
  if (p.type === 'RestElement') return '...' + paramName(p.argument);
  if (p.type === 'ObjectPattern') return '{}';
  return '';
}

/** Index of the parameter holding `target`, and the destructuring path to it. */
export function paramPosition(fn: FnNode, target: Node): { index: number; path: string[] } {
  for (let i = 0; i < fn.params.length; i++) {
    const param = fn.params[i] as Node;
    const path = patternPath(param, target);
    // `(...[router, { queries }]: Args)`: element k of a rest tuple is argument i + k
    if (path && param.type === 'RestElement' && param.argument.type === 'ArrayPattern' && /^\d+$/.test(path[0] ?? '')) return { index: i + Number(path[0]), path: path.slice(1) };
    if (path) return { index: i, path };
  }
  return { index: -1, path: [] };
}

/** Path from a binding pattern to one of its identifiers: `{ params: { id } }` -> ['params','id']. */
export function patternPath(pattern: Node, target: Node): string[] | null {
  if (pattern === target) return [];
  switch (pattern.type) {
    case 'Identifier':
      return null;
    case 'AssignmentPattern':
      return patternPath(pattern.left, target);
    case 'TSParameterProperty':
      return patternPath(pattern.parameter, target);
    case 'RestElement':
      return patternPath(pattern.argument, target);
    case 'ObjectPattern':
      for (const p of pattern.properties) {
        if (p.type === 'RestElement') {
          const r = patternPath(p.argument, target);
          if (r) return r;
          continue;
        }
        const k = propName(p);
        const r = patternPath(p.value as Node, target);
        if (r) return k ? [k, ...r] : r;
      }
      return null;
    case 'ArrayPattern':
      for (let i = 0; i < pattern.elements.length; i++) {
        const e = pattern.elements[i];
        if (!e) continue;
        const r = patternPath(e as Node, target);
        if (r) return [String(i), ...r];
      }
      return null;
    default:
      return null;
  }
}

export function patternNames(pattern: Node): [string, string[]][] {
  const out: [string, string[]][] = [];
  const go = (p: Node, path: string[]) => {
    switch (p.type) {
      case 'Identifier':
        out.push([p.name, path]);
        break;
      case 'AssignmentPattern':
        go(p.left, path);
        break;
      case 'RestElement':
        go(p.argument, path);
        break;
      case 'ObjectPattern':
        for (const q of p.properties) {
          if (q.type === 'RestElement') go(q.argument, path);
          else {
            const k = propName(q);
            go(q.value as Node, k ? [...path, k] : path);
          }
        }
        break;
      case 'ArrayPattern':
        p.elements.forEach((e, i) => e && go(e as Node, [...path, String(i)]));
        break;
      default:
        break;
    }
  };
  go(pattern, []);
  return out;
}

/** A function handed to an Elysia instance's `.onError(...)` (its context carries `error`). */
/** `export const handleError: HandleServerError = async ({ error, event }) => ...` in SvelteKit's `src/hooks.server.ts` */
function isKitHandleError(fn: Node, file: string): boolean {
  if (!/(?:^|\/)src\/hooks\.server\.[cm]?[jt]s$/.test(file)) return false;
  if (fn.type === 'FunctionDeclaration') return fn.id?.name === 'handleError';
  const decl = (fn as { parent?: Node }).parent;
  return decl?.type === 'VariableDeclarator' && decl.init === fn && decl.id.type === 'Identifier' && decl.id.name === 'handleError';
}

function isElysiaErrorHook(fn: FnNode): boolean {
  const call = (fn as { parent?: Node }).parent;
  return call?.type === 'CallExpression' && call.arguments.includes(fn as TSESTree.CallExpressionArgument) && unwrap(call.callee).type === 'MemberExpression' && lastName(call) === 'onError';
}

/** `!user`, `user === null`, `user == undefined`: a test that is true when there is no caller */
function answersAnonymous(test: Node): boolean {
  const n = unwrap(test);
  if (n.type === 'UnaryExpression' && n.operator === '!') return unwrap(n.argument as Node).type !== 'UnaryExpression';
  if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator)) {
    const nullish = (x: Node) => (x.type === 'Literal' && x.value === null) || (x.type === 'Identifier' && x.name === 'undefined');
    return (nullish(unwrap(n.right as Node)) || nullish(unwrap(n.left as Node))) && n.operator.startsWith('=');
  }
  return false;
}

/** What a function returns: an arrow's expression body, or the arguments of its own return statements. */
function returnedValues(fn: FnNode): Node[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body as Node];
  const out: Node[] = [];
  const stack: Node[] = [fn.body as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ReturnStatement') {
      if (n.argument) out.push(n.argument as Node);
      continue;
    }
    if (isFunctionNode(n)) continue;
    stack.push(...childrenOf(n));
  }
  return out;
}

/** Classify a path read off a handler parameter: req.params.id -> request, req.user.orgId -> session. */
export function classifyParamPath(path: string[]): Taint | null {
  if (path.length === 0) return null;
  let p = path;
  // a destructured context (`({ ctx, input }) =>` in tRPC): ctx.session.user is the session
  if ((p[0] === 'ctx' || p[0] === 'context') && p.length > 1) p = p.slice(1);
  // SvelteKit's hooks and SolidStart's middleware destructure the request event: `({ event, resolve }) => event.locals.user`
  else if (p[0] === 'event' && p.length > 1) p = p.slice(1);
  if (p[0] === 'req' || p[0] === 'request') {
    if (p.length === 1) return null;
    p = p.slice(1); // c.req.param(), ctx.request.body
  }
  // `request.client.organizationId` (a path on the request parameter): the API client an auth hook identified
  if (p.length > 1 && /^(?:client|serviceClient|oauthClient)$/.test(p[0])) return `session:${p.join('.')}`;
  // the platform's own request under the framework's: Hono's `c.req.raw` (the fetch Request:
  // `c.req.raw.headers.get('x-api-key')`, `await c.req.raw.json()`), Fastify's `request.raw` (Node's IncomingMessage)
  if (p[0] === 'raw' && p.length > 1 && REQUEST_KEYS.has(p[1]) && p[1] !== 'req' && p[1] !== 'request') p = p.slice(1);
  // h3: `event.context.params.id` is the path parameter; `event.node.req` is Node's request
  if (p[0] === 'context' && p[1] === 'params') return `request:${p.slice(1).join('.')}`;
  if (p[0] === 'node' && p[1] === 'req' && p.length > 2) return classifyParamPath(p.slice(1));
  const head = p[0];
  // (hapi keeps request-scoped state in `request.app`: `request.app.orgId` set by an auth extension)
  if ((head === 'locals' || head === 'state' || head === 'var' || head === 'context' || head === 'app') && p.length > 1 && SESSION_KEYS.has(p[1])) return `session:${p.join('.')}`;
  if (head === 'get' && p.length > 1 && SESSION_KEYS.has(p[1])) return `session:${p.join('.')}`; // c.get('user')
  // Hono context variables an auth middleware set under a name of its own (`c.get('apiAuth').spaceId`, `c.var.authContext`,
  // the tenant it resolved, `c.get('kioskOrgId')`, `c.var.workspaceId`, the device session it found, `c.get('device').orgId`);
  // (Express `req.get('authorization')` reads a header: header names are dashed or the well-known few)
  if ((head === 'get' || head === 'var') && p.length > 1 && !p[1].includes('-') && !/^(?:authorization|cookie|host|origin|referr?er)$/i.test(p[1]) &&
    /auth|user|session|principal|identity|claims|tenant|viewer|caller|member|account|org(?:anization)?(?:Id|_id|$)|workspace|team|company|^(?:device|kiosk|terminal)$/i.test(p[1])) return `session:${p.join('.')}`;
  // SvelteKit `const { user } = await parent()`: what the parent layouts' loads took from locals
  if (head === 'parent' && p.length > 1 && SESSION_KEYS.has(p[1])) return `session:${p.join('.')}`;
  if (SESSION_KEYS.has(head) && head !== 'jwt') return `session:${p.join('.')}`;
  // tRPC v10 middleware's `rawInput`: the procedure's input before its parser ran
  if (head === 'rawInput' && path[0] !== 'ctx') return `request:${['input', ...p.slice(1)].join('.')}`;
  // hapi's `request.payload` is the request body
  if (head === 'payload') return `request:${['body', ...p.slice(1)].join('.')}`;
  if (REQUEST_KEYS.has(head) && head !== 'req' && head !== 'request') return `request:${p.join('.')}`;
  // a destructured `{ ctx }` (tRPC procedures and middleware, next-safe-action actions) is the server's context, filled
  // by createContext and middleware: `ctx.space.id` loaded and checked there is the caller's, not the client's
  // (what it carries of the request, `ctx.req.query`, `ctx.headers`, was classified above)
  if (path[0] === 'ctx' && path.length > 1 && !/^(?:res|response|raw|event|resHeaders)$/.test(path[1])) return `session:${path.join('.')}`;
  return null;
}

/** Append path segments to taints, re-classifying parameter-relative ones. */
export function extendTaints(ts: Taint[], path: string[]): Taint[] {
  if (path.length === 0) return ts;
  const out: Taint[] = [];
  for (const t of ts) {
    if (t.startsWith('param:')) {
      const [, idx, rest] = /^param:(-?\d+):?(.*)$/.exec(t) ?? [];
      const full = [...(rest ? rest.split('.') : []), ...path];
      out.push(`param:${idx}:${full.join('.')}`);
      const c = classifyParamPath(full);
      if (c) out.push(c);
    } else if (t.startsWith('request:') || t.startsWith('session:')) {
      out.push(`${t}.${path.join('.')}`);

    } else if (t.startsWith('sensitive:') || t === 'redacted') {
      // a field of a credential is still a credential; a field of a redacted value is not
      // (a credentials object's `email` is not a secret; its `password` is named so and re-flagged)
      if (t.startsWith('sensitive:') && !['request headers', 'cookie', 'credentials'].includes(t.slice(10))) out.push(t);
    } else out.push(t);
  }
  return out;
}

const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** `env()`, `getEnv()`, Hono's `env(c)`: a call that answers the environment's variables (read off it by their names). */
function isEnvAccessorCall(n: Node): boolean {
  const c = unwrap(n);
  const call = c.type === 'AwaitExpression' ? unwrap(c.argument as Node) : c;
  return call.type === 'CallExpression' && call.callee.type === 'Identifier' && /^(?:(?:get|use|load|read)?(?:Env|Environment|Config|Settings|Secrets)|env|environment|config|settings|secrets)$/.test(call.callee.name);
}

function envTaint(name: string): Taint[] {
  return secretEnvName(name) ? [`env:${name}`, `sensitive:secret env ${name}`] : [`env:${name}`];
}

/** `{ headers: { 'Set-Cookie': ... } }` (also `new Headers(...)`/a headers variable named for cookies is not read) */
function setsCookieOption(n: Node | undefined): boolean {
  const u = n ? unwrap(n) : null;
  if (u?.type !== 'ObjectExpression') return false;
  const h = u.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'headers');
  const hv = h ? unwrap(h.value as Node) : null;
  if (hv?.type === 'ObjectExpression') return hv.properties.some((p) => p.type === 'Property' && /^set-cookie$/i.test(propName(p) ?? ''));
  // `headers: [['Set-Cookie', a], ['Set-Cookie', b]]`
  return hv?.type === 'ArrayExpression' && hv.elements.some((e) => e?.type === 'ArrayExpression' && /^set-cookie$/i.test(staticString(e.elements[0] as Node) ?? ''));
}

function isAuthStatus(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'Literal' && (u.value === 401 || u.value === 403 || u.value === 407)) return true;
  // `new RequestError({ code: 'auth.unauthorized', status: 401 })`, `{ statusCode: 403 }`
  if (u.type === 'ObjectExpression') {
    return u.properties.some((p) => p.type === 'Property' && /^(?:status|statusCode|httpStatus|httpCode)$/.test(propName(p) ?? '') && isAuthStatus(p.value as Node));
  }
  const ch = memberChain(u);
  return !!ch && /UNAUTHORIZED|FORBIDDEN|Unauthorized|Forbidden/.test(ch[ch.length - 1] ?? '');
}

function isAuthError(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'NewExpression' || u.type === 'CallExpression') {
    const nm = lastName(u);
    if (/Unauthori[sz]ed|Forbidden|Authentication|NotAuthenticated/i.test(nm)) return true;
    return u.arguments.some((a) => isAuthStatus(a as Node) || /unauthori[sz]ed|forbidden|not authenticated|login required/i.test(staticString(a as Node) ?? ''));
  }
  return false;
}

/**
 * `ctx.status = 400` written in the same block as `ctx.body = ...`, before or after it (Koa sends both
 * when the middleware returns): an explicit client error explains itself to the client.
 */
function koaClientStatusBeside(assign: TSESTree.AssignmentExpression, ctxName: string): boolean {
  const stmt = (assign as { parent?: Node }).parent;
  const block = stmt && (stmt as { parent?: Node }).parent;
  if (stmt?.type !== 'ExpressionStatement' || !block || (block.type !== 'BlockStatement' && block.type !== 'Program')) return false;
  return block.body.some((st) => {
    if (st.type !== 'ExpressionStatement' || st.expression.type !== 'AssignmentExpression') return false;
    const ch = memberChain(st.expression.left as Node);
    const v = unwrap(st.expression.right as Node);
    return !!ch && ch.length === 2 && ch[0] === ctxName && ch[1] === 'status' && v.type === 'Literal' && typeof v.value === 'number' && v.value >= 400 && v.value < 500;
  });
}

/** The handler of a TanStack Start server function: `createServerFn({ method }).middleware([...]).handler(fn)`. */
/**
 * A Fastify route handler, whose returned value is the response body: the last argument of `fastify.get(path, [opts,] fn)`
 * (any HTTP method), or the `handler` of `fastify.route({ ... })` / a route's options.
 */
function isFastifyRouteHandler(fn: Node): boolean {
  const parent = (fn as { parent?: Node }).parent;
  // (an async `fastify.setErrorHandler(async (error, request, reply) => { ...; return { error: error.message } })`: Fastify
  // sends what it resolves to)
  if (parent?.type === 'CallExpression' && parent.arguments[0] === fn && (fn as { async?: boolean }).async &&
    parent.callee.type === 'MemberExpression' && propName(parent.callee as never) === 'setErrorHandler') return true;
  if (parent?.type === 'CallExpression' && parent.arguments.length >= 2 && parent.arguments[parent.arguments.length - 1] === fn &&
    parent.callee.type === 'MemberExpression' && /^(?:get|post|put|patch|delete|head|options|all)$/.test(propName(parent.callee as never) ?? '') &&
    staticString(parent.arguments[0] as Node) !== null) return true;
  return parent?.type === 'Property' && propName(parent as never) === 'handler' && (parent as { value?: Node }).value === fn;
}

/** The function of an h3 / Nitro / Nuxt event handler, whose returned value is the response body: `defineEventHandler(fn)`, `{ handler: fn }`. */
function isH3Handler(fn: Node): boolean {
  const H3 = /^(?:defineEventHandler|eventHandler|defineCachedEventHandler|cachedEventHandler)$/;
  const isH3Call = (c: Node | undefined) => c?.type === 'CallExpression' && unwrap(c.callee as Node).type === 'Identifier' && H3.test((unwrap(c.callee as Node) as TSESTree.Identifier).name);
  const parent = (fn as { parent?: Node }).parent;
  if (isH3Call(parent) && (parent as TSESTree.CallExpression).arguments[0] === fn) return true;
  // `defineEventHandler({ onRequest: [...], handler: async (event) => ... })`
  if (parent?.type === 'Property' && propName(parent as never) === 'handler' && (parent as { value?: Node }).value === fn) {
    const obj = (parent as { parent?: Node }).parent;
    return obj?.type === 'ObjectExpression' && isH3Call((obj as { parent?: Node }).parent);
  }
  return false;
}

function isServerFnHandler(fn: Node): boolean {
  const call = (fn as { parent?: Node }).parent;
  if (!call || call.type !== 'CallExpression' || call.arguments[0] !== fn) return false;
  let cur: Node = unwrap(call.callee as Node);
  if (cur.type !== 'MemberExpression' || propName(cur as never) !== 'handler') return false;
  for (let i = 0; i < 12; i++) {
    if (cur.type === 'MemberExpression') cur = unwrap(cur.object as Node);
    else if (cur.type === 'CallExpression') {
      const callee = unwrap(cur.callee as Node);
      if (callee.type === 'Identifier') return callee.name === 'createServerFn';
      cur = callee;
    } else return false;
  }
  return false;
}

/** A call argument that is, or falls back to, a literal long enough to be a key: `'sk_live_…'`, `process.env.KEY ?? 'sk_live_…'`. */

/** Does a statement always leave the function (`return`, `throw`, a block ending in one, an if/else both doing so)? */
/** What a form's submitted intent is called (`intent`, `_action`, `actionType`, `formAction`). */
const INTENT_WORD = /\bintent\b|['"`.]?_action\b|\bactionType\b|\bformAction\b|['"`]intent['"`]/;

function alwaysExits(st: Node): boolean {
  if (st.type === 'ReturnStatement' || st.type === 'ThrowStatement') return true;
  if (st.type === 'BlockStatement') return st.body.length > 0 && alwaysExits(st.body[st.body.length - 1] as Node);
  if (st.type === 'IfStatement') return !!st.alternate && alwaysExits(st.consequent as Node) && alwaysExits(st.alternate as Node);
  return false;
}

/**
 * A function written as a call's argument (`prisma.$transaction(async (tx) => ...)`, `.then((row) => ...)`):
 * it runs where the call is made, in that call's method branch.
 */
/** The parts of an `&&` test (`!options?.skipAuth && !error` -> both). */
function conjuncts(test: Node): Node[] {
  const t = unwrap(test);
  return t.type === 'LogicalExpression' && t.operator === '&&' ? [...conjuncts(t.left as Node), ...conjuncts(t.right as Node)] : [t];
}

/** The function a node is written in. */
function enclosingFunction(n: Node): TSESTree.FunctionLike | undefined {
  let cur = (n as { parent?: Node }).parent;
  while (cur && !isFunctionNode(cur)) cur = (cur as { parent?: Node }).parent;
  return cur as TSESTree.FunctionLike | undefined;
}

function isInlineCallback(fn: Node): boolean {
  const p = (fn as { parent?: Node }).parent;
  return p?.type === 'CallExpression' && (p.arguments as Node[]).includes(fn);
}

/**
 * A router method read off a table entry, without the case change around it (`router[r.method.toLowerCase()]`):
 * the method is compared in lower case anyway.
 */
function caseFolded(n: Node): Node {
  const u = unwrap(n);
  if (u.type !== 'CallExpression' || u.arguments.length || u.callee.type !== 'MemberExpression') return n;
  return /^(?:toLowerCase|toUpperCase|toLocaleLowerCase|toLocaleUpperCase)$/.test(propName(u.callee) ?? '') ? (u.callee.object as Node) : n;
}

/** `[]`, `new Set()`, `new Map()`: a collection that starts out holding nothing. */
function isEmptyCollection(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'ArrayExpression') return u.elements.length === 0;
  return u.type === 'NewExpression' && u.callee.type === 'Identifier' && /^(?:Set|Map|Array)$/.test(u.callee.name) && u.arguments.length === 0;
}
