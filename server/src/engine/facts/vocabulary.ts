/**
 * The words real code uses for auth, sessions, roles and credentials. Shared by
 * the extractor (facts) and the linker (model); rules never see these.
 */
import { words } from './ast';
import { settingEnvName } from '../secrets/envSecrets';

const AUTH_VERBS = new Set(['require', 'requires', 'ensure', 'check', 'verify', 'validate', 'is', 'must', 'with', 'assert', 'need', 'needs', 'get', 'load', 'decode', 'parse', 'extract']);
const AUTH_OBJECTS = new Set(['user', 'session', 'token', 'jwt', 'login', 'logged', 'signed', 'bearer', 'apikey', 'access', 'firebase', 'clerk', 'supabase', 'identity', 'principal', 'viewer', 'member', 'authed', 'account', 'tenant']);
const AUTH_EXACT = new Set(['protect', 'protected', 'protectroute', 'guard', 'secured', 'secure', 'authed', 'loginrequired', 'authrequired', 'privateroute', 'passportjwt', 'jwtcheck', 'checkjwt', 'jwtguard', 'bearerauth', 'basicauth', 'apikeyauth', 'requiresauth', 'requireslogin', 'gated', 'onlyauthenticated']);

const NON_GATE_VERBS = new Set(['generate', 'create', 'build', 'make', 'sign', 'issue', 'set', 'save', 'store', 'send', 'format', 'render', 'log', 'clear', 'revoke', 'remove', 'delete', 'update', 'reset', 'hash', 'encode', 'serialize', 'init', 'initialize', 'setup', 'configure', 'handle', 'refresh', 'rotate', 'persist', 'emit', 'track', 'record']);

/** `checkUserUniqueness`, `validateUserInput`, `isUserEmailTaken`: a check about a user's data, not the caller's session */
const DATA_CHECK_WORDS = new Set(['unique', 'uniqueness', 'exists', 'exist', 'existence', 'available', 'availability', 'taken', 'duplicate', 'duplicates', 'input', 'payload', 'data', 'fields', 'format', 'email', 'username', 'name', 'schema', 'dto', 'body', 'params', 'quota', 'limit', 'limits', 'count']);

/** `isGmailInsufficientPermissionsError(err)`, `isAuthError(e)`: a test of what kind of error was caught, no gate */
const ERROR_KIND_WORDS = new Set(['error', 'errors', 'err', 'exception', 'exceptions']);
const namesErrorKind = (ws: string[]): boolean => ERROR_KIND_WORDS.has(ws[ws.length - 1]);

const AUTH_SETTING_NOUNS = new Set(['providers', 'config', 'configs', 'configuration', 'settings', 'options', 'methods', 'strategies', 'url', 'urls', 'mode', 'modes']);
const RATE_LIMIT_WORDS = new Set(['limit', 'limiter', 'limited', 'limits', 'ratelimit', 'ratelimiter', 'throttle', 'throttler', 'throttled', 'throttling']);

/** A middleware / guard / wrapper name that authenticates (when its definition can't be read). */
export function authLikeName(name: string): boolean {
  const ws = words(name);
  if (ws.length === 0) return false;
  const joined = ws.join('');
  if (AUTH_EXACT.has(joined)) return true;
  if (namesErrorKind(ws)) return false;
  // (`verifyCsrfToken`, `validateXsrfToken`: a CSRF check proves the request came from the app's own pages, not who sent it)
  if (ws.includes('csrf') || ws.includes('xsrf')) return false;
  if (ws.includes('not') || ws.includes('no') || ws.includes('without') || ws.includes('oauth') || ws.includes('author') || ws.includes('authors') || ws.includes('unauthenticated') || ws.includes('optional') || ws.includes('maybe') || ws.includes('public') || ws.includes('anonymous')) return false;
  // `generateAuthTokens`, `setAuthCookie`, `handleAuth`, `logAuthEvent`: they make or record auth, they gate nothing
  if (NON_GATE_VERBS.has(ws[0])) return false;
  // `limitAuth(event)`, `authLimiter`, `throttleLogin`: a rate limiter for the auth routes answers 429, not 401
  if (ws.some((w) => RATE_LIMIT_WORDS.has(w))) return false;
  // `getAllowedAuthProviders()`, `getAuthConfig()`, `authMethods`: what the app's sign-in offers, read for a login page
  if (ws.length >= 2 && AUTH_SETTING_NOUNS.has(ws[ws.length - 1])) return false;
  if (ws.some((w) => w === 'auth' || w === 'authn' || w === 'authenticate' || w === 'authenticated' || w === 'authentication' || w === 'authed')) return true;
  if (ws.length >= 2 && AUTH_VERBS.has(ws[0]) && ws.slice(1).some((w) => AUTH_OBJECTS.has(w)) && !ws.some((w) => DATA_CHECK_WORDS.has(w)) && ws[0] !== 'get' && ws[0] !== 'load' && ws[0] !== 'parse' && ws[0] !== 'extract' && ws[0] !== 'decode') return true;
  if (ws[0] === 'verify' || ws[0] === 'check' || ws[0] === 'validate') return ws.some((w) => w === 'token' || w === 'jwt' || w === 'session' || w === 'apikey' || w === 'key');
  return false;
}

const ROLE_WORDS = new Set(['role', 'roles', 'admin', 'admins', 'superadmin', 'superuser', 'permission', 'permissions', 'permit', 'scope', 'scopes', 'ability', 'abilities', 'policy', 'policies', 'rbac', 'acl', 'owner', 'entitlement', 'entitlements', 'privilege', 'privileges', 'rights', 'grants', 'capabilities']);
const ROLE_VERBS = new Set(['require', 'requires', 'ensure', 'check', 'verify', 'assert', 'has', 'is', 'must', 'only', 'with', 'restrict', 'allow', 'allowed', 'can', 'authorize', 'authorise', 'need', 'needs', 'guard', 'enforce']);

const SCOPE_CONTEXT_WORDS = new Set(['request', 'session', 'async', 'als', 'context', 'transaction', 'trace', 'span', 'store', 'run', 'lexical', 'variable']);

/** A middleware / helper name that checks a role or permission. */
export function roleLikeName(name: string): boolean {
  const ws = words(name);
  if (ws.length === 0) return false;
  const joined = ws.join('');
  if (['authorize', 'authorise', 'permit', 'can', 'rbac', 'acl', 'cannot', 'authorization', 'restrictto', 'checkpolicy', 'enforce'].includes(joined)) return true;
  if (namesErrorKind(ws)) return false;
  // (a request's or a session's scope, `withRequestScope(sid, fn)`, `runInSessionScope`, is an async context store, not an
  // OAuth scope)
  if (!ws.some((w, i) => ROLE_WORDS.has(w) && !((w === 'scope' || w === 'scopes') && i > 0 && SCOPE_CONTEXT_WORDS.has(ws[i - 1])))) return false;
  if (ROLE_VERBS.has(ws[0])) return true;
  const last = ws[ws.length - 1];
  return ['guard', 'middleware', 'only', 'required', 'check', 'gate'].includes(last);
}

/** Calls that return the caller's session / identity. */
export const SESSION_GETTER =
  /^(?:get_?server_?session|get_?session|get_?session_?cookie|safe_?get_?session|get_?iron_?session|get_?server_?auth_?session|auth|current_?user|get_?current_?user|get_?user|get_?auth|get_?auth_?user|get_?viewer|get_?me|get_?token|validate_?request|validate_?session|get_?user_?session|require_?user_?session|get_?logged_?in_?user|require_?user|require_?session|require_?auth|require_?viewer|get_?authenticated_?user|get_?session_?user|ensure_?user|get_?principal|get_?claims|verify_?session|get_?user_?from_?(?:request|session|token|cookie)|read_?session|load_?session|get_?clerk_?user|get_?kinde_?server_?session|with_?session|server_?supabase_?(?:user|session)|use_?session|use_?app_?session|get_?app_?session)$/i;

/** Getters that themselves reject when there is no session (throw / redirect). */
export const REJECTING_GETTER =
  /^(?:require|ensure|assert|verify|must)_?(?:user_?session|user|session|auth|authenticated|viewer|signed_?in|logged_?in|login)(?:_?or_?redirect|_?or_?throw)?$|^(?:protect|authenticate)$/i;

/** Functions that verify a token (their result is an identity). */
export const TOKEN_VERIFIER = /^(?:verify|verify_?async|jwt_?verify|verify_?token|verify_?jwt|verify_?id_?token|verify_?access_?token|verify_?session_?cookie|jwt_?decode_?and_?verify|decode_?and_?verify|validate_?token|check_?token)$/i;

/** Header names that carry the caller's credential (`x-api-key`, `x-acme-client-secret`, `x-auth-token`), not a CSRF token.
 * (also a custom header ending in `-key`, a device's or partner's key, `x-kiosk-key`, `x-partner-key`; not the keys that name a
 * request or a cache entry, `Idempotency-Key`, `X-Cache-Key`, `Sec-WebSocket-Key`, nor a public key) */
export const CREDENTIAL_HEADER = /^(?:authorization|proxy-authorization|cookie)$|api[-_]?key|(?:^|[-_])(?:secret|token|auth|session|password|access[-_]?key)(?:$|[-_])|^x-[a-z0-9-]*[a-z0-9]-key$/i;
const NOT_CREDENTIAL_KEY = /(?:idempotency|cache|dedup\w*|websocket|public|sort|partition|routing|trace|correlation|request|message|event|lock|locale|schema|cursor)[-_]key$/i;
export const isCredentialHeader = (name: string): boolean => CREDENTIAL_HEADER.test(name) && !/csrf|xsrf|signature|webhook/i.test(name) && !NOT_CREDENTIAL_KEY.test(name);

/** Request properties that carry client input. */
export const REQUEST_KEYS = new Set([
  'params', 'query', 'body', 'headers', 'cookies', 'files', 'file', 'nextUrl', 'searchParams', 'json', 'formData',
  'text', 'param', 'header', 'get', 'valid', 'signedCookies', 'rawBody', 'hostname', 'url', 'ip', 'originalUrl',
  'path', 'req', 'request', 'queries', 'input', 'args', 'data', 'payload',
]);

/** Request properties that carry the authenticated identity (set by auth middleware). */
export const SESSION_KEYS = new Set([
  'user', 'session', 'auth', 'authentication', 'currentUser', 'userId', 'tenant', 'tenantId', 'org', 'orgId', 'organization',
  'organizationId', 'workspace', 'workspaceId', 'account', 'accountId', 'principal', 'identity', 'claims', 'viewer',
  'me', 'member', 'membership', 'team', 'teamId', 'company', 'companyId', 'ctxUser', 'authUser', 'token_payload', 'jwt',
  'partner', 'apiClient', 'staff', 'employee', 'agent', 'apiKey', 'customer', 'caller',
  // hono/jwt and similar put the verified claims here: c.get('jwtPayload'), c.var.jwtPayload
  'jwtPayload', 'tokenPayload', 'authPayload',
]);

/** Fields of a record that identify or describe it rather than hold its secret (`apiToken.user.id`). */
// (also the outcome fields of a token endpoint's answer: `tokenData.error`, `error_description`, `ok`, `expires_in`)
export const RECORD_FIELD = /^(?:id|_id|uuid|user|owner|team|org|organization|workspace|account|email|name|type|kind|provider|last4|lastFour|last_four|fingerprint|prefix|hint|role|roles|scope|scopes|status|label|createdAt|updatedAt|expiresAt|expires|lastUsedAt|error|errors|error_description|errorDescription|error_code|errorCode|ok|success|expires_in|expiresIn|expires_at|token_type|tokenType|sub|iss|aud|iat|exp|nbf|azp|nonce|preferred_username|username)$|[a-z](?:Id|_id|ID)$/;

const SENSITIVE_WORDS = new Set([
  'password', 'passwd', 'pwd', 'secret', 'token', 'authorization', 'cookie', 'cookies', 'apikey', 'jwt', 'credential',
  'credentials', 'otp', 'pin', 'passcode', 'privatekey', 'bearer', 'sessionid', 'sid', 'hash',
]);
const NOT_SENSITIVE_NEXT = new Set([
  'count', 'counts', 'type', 'types', 'length', 'expiry', 'expires', 'expiration', 'expiresat', 'expires_at', 'ttl',
  'usage', 'limit', 'name', 'names', 'id', 'ids', 'url', 'present', 'exists', 'valid', 'is', 'has', 'field', 'header',
  'set', 'created', 'updated', 'at', 'policy', 'strength', 'reset', 'min', 'max', 'rules', 'hint', 'changed', 'label',
  // OAuth/OIDC discovery: `authorization_endpoint`, `token_endpoint_auth_methods_supported` are URLs and options
  'endpoint', 'endpoints', 'uri', 'supported', 'methods', 'method', 'algorithm', 'algorithms', 'scheme',
  // where a credential is kept or what it starts with (`tokenPath`, `secretFile`, `tokenPrefix`), not the credential
  'path', 'paths', 'file', 'filename', 'dir', 'directory', 'prefix', 'suffix', 'location',
  // a measurement of the work around a credential (`jwtVerifyMs`, `tokenRefreshDuration`, `cookieBytes`), not the credential
  // the claims a verified token carried (`jwtPayload`, `tokenClaims`, hono/jwt's `c.get('jwtPayload')`): the user's id and
  // role, no longer the signed token anyone could replay
  'payload', 'claims',
  'ms', 'millis', 'milliseconds', 'duration', 'elapsed', 'latency', 'timing', 'seconds', 'secs', 'bytes', 'size',
]);

/**
 * Is an identifier/property name a credential? `refreshToken`, `password`,
 * `authorization`, `api_key`, `x-api-key` yes; `tokenCount`, `passwordResetExpiresAt`,
 * `hasPassword`, `tokenizer` no.
 */
/** Fields a log call or a copy leaves out to drop the credentials an object carries (`const { password, ...rest } = dto`). */
export const CREDENTIAL_FIELD = /pass|pwd|token|secret|otp|pin$|cvv|card|ssn/i;

/** What an object holding a credential field is marked with (`dto: LoginDto`), which pulling the field out removes. */
export const CREDENTIAL_CARRIER = /^sensitive:(?:credentials|password)$/;

/**
 * `{ ...dto, password: undefined }`: a spread whose credential fields a later property of the same object overwrites
 * with nothing (`undefined`, `null`, a literal mask): what is logged is the object without them.
 */
export function spreadStripsCredentials(o: { properties: readonly unknown[] }, spreadIndex: number): boolean {
  return o.properties.slice(spreadIndex + 1).some((p) => {
    const q = p as { type: string; computed?: boolean; key?: { type: string; name?: string; value?: unknown }; value?: { type: string; name?: string; value?: unknown } };
    if (q.type !== 'Property' || q.computed || !q.key || !q.value) return false;
    const k = q.key.type === 'Identifier' ? q.key.name : typeof q.key.value === 'string' ? q.key.value : null;
    if (!k || !CREDENTIAL_FIELD.test(k)) return false;
    const v = q.value;
    return (v.type === 'Identifier' && v.name === 'undefined') || (v.type === 'Literal' && (v.value === null || typeof v.value === 'string' || typeof v.value === 'boolean'));
  });
}

export function sensitiveName(name: string): string | null {
  const ws = words(name);
  if (ws.length === 0) return null;
  const joined = ws.join('');
  if (joined === 'apikey' || joined.endsWith('apikey') || joined === 'xapikey') return 'API key';
  if (joined === 'privatekey' || joined.endsWith('privatekey')) return 'private key';
  // `rawKey`, `plaintextKey`: the key issued before its hash is stored (`hashedKey`), what the client authenticates with
  if (ws.length === 2 && ws[1] === 'key' && /^(?:raw|plain|plaintext|unhashed|cleartext)$/.test(ws[0])) return 'API key';
  if (joined === 'sessionid' || joined === 'sessiontoken' || joined === 'sid') return 'session identifier';
  if (joined === 'setcookie') return 'cookie';
  if (ws[0] === 'is' || ws[0] === 'has' || ws[0] === 'should' || ws[0] === 'require' || ws[0] === 'needs') return null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!SENSITIVE_WORDS.has(w)) continue;
    if (w === 'hash' && !ws.some((x) => x === 'password' || x === 'pwd')) continue;
    if (w === 'pin' && ws.length > 1) continue;
    // a pagination cursor (`nextPageToken`, `continuationToken`, `syncToken`) opens the next page, not an account
    if (w === 'token' && i > 0 && /^(?:page|next|continuation|cursor|sync|paging|resume|pagination)$/.test(ws[i - 1])) continue;
    const rest = ws.slice(i + 1);
    // what a token says once decoded (`jwtHeaders`, `tokenPayload`, `jwtClaims`, `decodedToken`) is not what signs a request in
    if ((w === 'jwt' || w === 'token') && (/^(?:headers?|payload|claims|body|decoded)$/.test(rest[0] ?? '') || (i > 0 && /^(?:decoded|parsed)$/.test(ws[i - 1])))) return null;
    if (rest.some((r) => NOT_SENSITIVE_NEXT.has(r))) return null;
    // a token's hash or masked form (`tokenHash`, `hashedToken`, `maskedApiSecret`) is what is stored or shown
    // instead of it; a password's hash is still worth cracking
    if (!/^(?:password|pwd|passwd|passcode|pin|otp)$/.test(w) && (rest.some((r) => /^(?:hash|hashed|digest|fingerprint|masked|redacted|last4)$/.test(r)) || (i > 0 && /^(?:hashed|masked|redacted|obfuscated)$/.test(ws[i - 1])))) return null;
    if (w === 'authorization') return 'authorization header';
    if (w === 'cookie' || w === 'cookies') return 'cookie';
    if (w === 'pwd' || w === 'passwd' || w === 'passcode') return 'password';
    return w === 'jwt' ? 'JWT' : w;
  }
  return null;
}

/** Env var names that hold credentials (process.env.JWT_SECRET). */
export function secretEnvName(name: string): boolean {
  // `DISABLE_PASSWORD_SIGNUP`, `PASSWORD_MIN_LENGTH`: a flag or a setting, no credential
  if (settingEnvName(name)) return false;
  const ws = words(name);
  return ws.some((w) => ['secret', 'password', 'passwd', 'token', 'private', 'credentials', 'apikey'].includes(w)) ||
    /API_?KEY$|ACCESS_KEY|SERVICE_ROLE|DATABASE_URL|CONNECTION_STRING|_DSN_SECRET/i.test(name);
}

/** Helpers that mask a value before it is logged. */
export const REDACTOR_NAME = /mask|redact|hash|obfuscat|truncat|sanitiz|scrub|censor|anonymi|fingerprint|digest|sha(?:\d|_|$)|md5|hmac|preview|last4|partial|hide|safe/i;

/** Logger method names. */
export const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http', 'notice', 'critical', 'alert', 'emerg', 'dir', 'table']);

/** Receivers that are loggers. */
export function isLoggerReceiver(chain: string[]): boolean {
  const head = chain[chain.length - 1]?.toLowerCase() ?? '';
  if (chain.length === 1 && head === 'console') return true;
  if (/^(?:console|logger|log|logging|pino|winston|bunyan|log4js|signale|consola|_logger|applogger|requestlogger|childlogger|fastifylog)$/i.test(head)) return true;
  if (/logger$|^log$/i.test(head)) return true;
  return false;
}

/** Public-by-design path segments (login, health, webhooks...). */
const norm = (seg: string) => seg.toLowerCase().replace(/[-_.]/g, '');
const HEALTH = new Set(['health', 'healthz', 'healthcheck', 'status', 'ping', 'ready', 'readiness', 'live', 'liveness', 'livez', 'readyz', 'version', 'heartbeat', 'metrics', 'uptime']);
const LOGIN = new Set(['login', 'signin', 'logout', 'signout', 'authenticate', 'logon']);
const SIGNUP = new Set(['signup', 'register', 'registration', 'createaccount']);
const AVAILABILITY = /^(?:check(?:username|handle|email|slug|subdomain)(?:availability|available)?|(?:username|handle|email|slug|subdomain)(?:available|availability|exists|taken|check))$/;
const RESET = new Set(['forgotpassword', 'forgot', 'forgotpw', 'forgotpwd', 'resetpassword', 'resetpw', 'resetpwd', 'passwordreset', 'lostpassword', 'requestreset', 'verifyemail', 'confirmemail', 'resendverification', 'resendconfirmation', 'magiclink', 'otp', 'verifyotp', 'verify']);
/** `mfa`/`2fa` is a code check when it ends the path or a checking step follows (`/auth/mfa`, `/2fa/verify`), not `/profile/mfa/skipped` */
const SECOND_FACTOR = new Set(['mfa', '2fa', 'twofactor']);
const CODE_STEP = /^(?:verify|verification|challenge|validate|code|otp|totp|confirm|login|signin)$/;
const secondFactorCheck = (fixed: string[]) => fixed.some((x, i) => SECOND_FACTOR.has(x) && (i === fixed.length - 1 || CODE_STEP.test(fixed[i + 1])));
/** one segment naming a reset or verification step and how (`forgotPasswordEmailOtp`, `resetPasswordWithToken`, `verifyEmailToken`) */
const RESET_PREFIX = /^(?:forgotpassword|resetpassword|passwordreset|lostpassword|requestreset|verifyemail|confirmemail|resendverification|resendconfirmation|magiclink|verifyotp)\w+$|^(?:re)?send(?:verify|verification|confirm|confirmation|otp|code|magiclink)\w*$/;
const PUBLIC_CONTENT = new Set(['public', 'pub', 'marketing', 'static', 'assets', 'docs', 'swagger', 'openapi', 'robots.txt', 'robotstxt', 'sitemap', 'sitemapxml', 'favicon', 'faviconico', '.well-known', 'wellknown', 'og', 'pricing', 'plans', 'contact', 'contactus', 'contactsales', 'getintouch', 'enquiry', 'enquiries', 'inquiry', 'inquiries', 'newsletter', 'subscribe', 'waitlist', 'book', 'bookonline', 'booknow', 'csrf', 'csrftoken', 'changelog', 'blog', 'faq', 'faqs', 'terms', 'privacy', 'legal']);
/** An area named for what is published to anyone (`/published-docs/:slug`, `/public-pages/:slug`); not `/publications`, a resource. */
const PUBLISHED_AREA = /^published[a-z]*$|^public(?:docs?|pages?|profiles?|forms?|links?|shares?|files|content|collections?|boards?|dashboards?|reports?|portfolios?|calendars?|events?|posts?)$/;
const ACCOUNT_DATA = new Set(['me', 'user', 'users', 'profile', 'account', 'accounts', 'session', 'sessions',
  // under /auth, but acting for a signed-in user: changing a password, managing keys (accepting an invite stays public)
  'password', 'changepassword', 'updatepassword', 'apikeys', 'apikey', 'keys', 'tokens', 'members', 'impersonate', 'deleteaccount']);

/**
 * Is a route public by design? Judged on path segments before the first parameter, so a
 * resource's own sub-route (`/invoices/:id/status`, `/users/:id/reset`) is never "public".
 */
export function publicReasonForPath(path: string): string | null {
  // a SvelteKit form action, `/login?/signup`: what its name says, else the page's path with the name as a segment (`/contact?/send`)
  const action = path.indexOf('?/');
  if (action >= 0) return publicReasonForPath('/' + path.slice(action + 2)) ?? publicReasonForPath(path.slice(0, action) + '/' + path.slice(action + 2));
  const all = path.split('/').filter(Boolean);
  const lower = all.map((x) => x.toLowerCase());
  if (lower.some((x) => x.includes('webhook')) || lower.includes('hooks')) return 'webhook (see unverified-webhook)';
  // (`/oauth-callback`, `/sso_callback`: one hyphenated segment says it too)
  if (lower.some((x) => /^(?:callback|callbacks|oauth|oauth2|sso|saml|oidc)$|^(?:oauth2?|sso|saml|oidc|auth)[-_]?callback$/.test(x))) return 'OAuth/SSO callback';
  // strip /api and /v1 prefixes; stop at the first parameter
  let segs = all;
  while (segs.length && /^(?:api|v\d+|rest)$/i.test(segs[0])) segs = segs.slice(1);
  const firstParam = segs.findIndex((x) => x.startsWith(':') || x === '*' || x.startsWith('['));
  const fixed = (firstParam < 0 ? segs : segs.slice(0, firstParam)).map(norm);
  if (!fixed.length) return null;
  if (HEALTH.has(fixed[0]) && firstParam < 0) return 'health/status endpoint';
  if (fixed.some((x) => LOGIN.has(x))) return 'login/logout endpoint';
  if (fixed.some((x) => SIGNUP.has(x))) return 'signup endpoint';
  // the sign-up form asking whether a name is free (`/check-username`, `/users/username-available`, `/email/available`)
  if (fixed.some((x, i) => AVAILABILITY.test(x) || (x === 'available' && i > 0 && /^(?:username|handle|email|slug|subdomain)s?$/.test(fixed[i - 1])))) return 'sign-up availability check';
  if (fixed.some((x) => RESET.has(x) || RESET_PREFIX.test(x)) || secondFactorCheck(fixed) || (fixed.includes('reset') && (fixed.includes('password') || fixed[0] === 'auth' || fixed.length === 1))) return 'password reset / verification endpoint';
  if (fixed.length <= 2 && (fixed[fixed.length - 1] === 'token' || fixed[fixed.length - 1] === 'refresh' || fixed[fixed.length - 1] === 'refreshtoken') && (fixed.length === 1 || fixed[0] === 'auth' || fixed[0] === 'oauth')) return 'token endpoint';
  // (a URL's area only: a GraphQL operation or a procedure named `publishedEvents` is judged by its resolver)
  if (PUBLIC_CONTENT.has(fixed[0]) || (path.startsWith('/') && PUBLISHED_AREA.test(fixed[0]))) return 'public/marketing content';
  if (fixed[0] === 'auth' && !fixed.slice(1).some((x) => ACCOUNT_DATA.has(x))) return 'auth endpoint';
  return null;
}

/**
 * Helpers that throw unless the caller may act on a record (`authorize(user, 'read', doc)`,
 * `assertCanAccess`, `ensureOwnership`, `checkProjectAccess`, CASL `throwUnlessCan`).
 */
export const ASSERTION_NAME = /^(?:authori[sz]e|throwUnlessCan|(?:assert|ensure|check|verify|require|enforce)\w*(?:Access|Permissions?|Owner|Ownership|Owns|Member|Membership|Can\w*|Allowed|Authori[sz]ed|Policy|Rights)|(?:assert|ensure|verify|require|enforce)(?:Same|In)(?:Org|Organi[sz]ation|Tenant|Workspace|Team|Account|Company|Lab|Clinic|Project)\w*)$/;

/**
 * Headers only a webhook sender sets: signatures (`stripe-signature`, `x-hub-signature-256`,
 * `svix-signature`, `x-shopify-hmac-sha256`, `paypal-transmission-sig`) and event names
 * (`x-github-event`, `x-shopify-topic`). Reading one says the handler receives webhooks.
 */
export const WEBHOOK_HEADER = /signature|svix-|webhook|hmac|transmission-sig|^x-github-event$|^x-shopify-topic$|^x-event-key$|^verif-hash$/i;

/** The last word of a provider's event name: `invoice.paid`, `customer.subscription.updated`, `orders/create`, `order_created`. */
const EVENT_OUTCOME = /^(?:created|updated|deleted|completed|succeeded|success|successful|failed|paid|refunded|canceled|cancelled|expired|finalized|captured|disputed|renewed|activated|deactivated|delivered|bounced|opened|clicked|complained|received|processed|declined|approved|voided|closed|merged|removed|added|changed|finished|started|resumed|paused|upcoming|fulfilled|create|update|delete)$/;

/**
 * Is a string literal an event name of a webhook provider? Dotted or slashed names whose last
 * word is an outcome (`checkout.session.completed`, `user.created`, `orders/paid`); with
 * `underscores` also `order_created` (LemonSqueezy), which only counts next to an `event` name.
 */
export function providerEventName(s: string, underscores: boolean): boolean {
  const last = (w: string) => EVENT_OUTCOME.test(w) || EVENT_OUTCOME.test(w.split('_').pop() ?? '');
  // `create`/`update`/`delete` end Shopify's topics (`orders/create`); `user.update` reads like an action, not an event
  if (/^[a-z][a-zA-Z_]*(?:[./][a-z][a-zA-Z_]*){1,3}$/.test(s)) {
    const w = s.split(/[./]/).pop() ?? '';
    return last(w) && (s.includes('/') || !/^(?:create|update|delete)$/.test(w));
  }
  return underscores && /^[a-z]+(?:_[a-z]+)+$/.test(s) && EVENT_OUTCOME.test(s.split('_').pop() ?? '');
}

/** What a webhook event's kind is read from: `event.type`, `body.event_type`, `payload.topic`, `meta.event_name`, Paddle Classic's `alert_name`. */
export const EVENT_KIND = /(?:^|\.)(?:type|event|eventType|event_type|eventName|event_name|topic|kind|action|txn_type|alert_name)$/i;

const WEBHOOK_PROVIDERS = new Set(['stripe', 'paddle', 'lemonsqueezy', 'github', 'gitlab', 'bitbucket', 'slack', 'twilio', 'sendgrid', 'mailgun', 'postmark', 'resend', 'clerk', 'svix', 'shopify', 'paypal', 'razorpay', 'paystack', 'flutterwave', 'mollie', 'braintree', 'square', 'plaid', 'coinbase', 'docusign', 'calendly', 'zoom', 'hubspot', 'intercom', 'linear', 'chargebee', 'recurly', 'revenuecat', 'adyen', 'xendit', 'mercadopago', 'workos', 'persona', 'onfido', 'telegram', 'whatsapp', 'mux']);
// (not `callback`: `/auth/github/callback` is an OAuth sign-in)
const NOTICE_SEGMENT = new Set(['events', 'event', 'notifications', 'notification', 'notify', 'ipn', 'incoming', 'inbound', 'hook', 'hooks', 'listener']);
const PAYMENT_SEGMENT = new Set(['payment', 'payments', 'billing', 'checkout', 'pay', 'subscription', 'subscriptions', 'order', 'orders', 'transaction', 'transactions']);
const PAYMENT_NOTICE = new Set(['callback', 'callbacks', 'notify', 'notification', 'notifications', 'ipn']);

/**
 * A path that names a webhook receiver without the word "webhook": PayPal's `/ipn`, a provider's
 * events (`/stripe/events`, `/twilio/incoming`, `/github/hooks`), a payment callback
 * (`/callbacks/payment`, `/payments/notify`); never an OAuth callback (`/auth/github/callback`). Only a hint: the caller also asks that no user
 * session authenticates the route (a signed-in user's `/billing/notifications` is not one).
 */
/** `/api/webhooks/stripe`, `/hooks/github`: a webhook path that names the provider posting to it. */
export function providerWebhookPath(path: string): boolean {
  const segs = path.split('/').filter((x) => x && !x.startsWith(':') && !x.startsWith('[')).map(norm);
  // (the endpoint itself, `/whatsapp/webhook`, not an action named for one, `/whatsapp/:phone/executeTestWebhook`)
  return segs.some((x, i) => /^(?:web)?hooks?$|^(?:incoming|inbound|events?)[-_]?(?:web)?hooks?$/.test(x) && (WEBHOOK_PROVIDERS.has(segs[i + 1] ?? '') || WEBHOOK_PROVIDERS.has(segs[i - 1] ?? ''))) ||
    segs.some((x) => /^(?:[a-z]+)[-_]?webhooks?$/.test(x) && WEBHOOK_PROVIDERS.has(x.replace(/[-_]?webhooks?$/, '')));
}

export function webhookLikePath(path: string): boolean {
  // RPC-style names count as segments: `/hooks.slack`, `/api/hooks.unfurl`
  const segs = path.split(/[/.]/).filter((x) => x && !x.startsWith(':') && !x.startsWith('[')).map(norm);
  if (segs.some((x) => x === 'ipn' || x === 'hook' || x === 'hooks')) return true;
  // the two words in one segment: `/sms/twilio-inbound`, `/stripe_events`
  for (const seg of path.split(/[/.]/)) {
    const parts = seg.toLowerCase().split(/[-_]/);
    if (parts.length === 2 && ((WEBHOOK_PROVIDERS.has(parts[0]) && NOTICE_SEGMENT.has(parts[1])) || (NOTICE_SEGMENT.has(parts[0]) && WEBHOOK_PROVIDERS.has(parts[1])))) return true;
  }
  for (let i = 0; i + 1 < segs.length; i++) {
    const [a, b] = [segs[i], segs[i + 1]];
    if ((WEBHOOK_PROVIDERS.has(a) && NOTICE_SEGMENT.has(b)) || (NOTICE_SEGMENT.has(a) && WEBHOOK_PROVIDERS.has(b))) return true;
    if ((PAYMENT_SEGMENT.has(a) && PAYMENT_NOTICE.has(b)) || (PAYMENT_NOTICE.has(a) && PAYMENT_SEGMENT.has(b))) return true;
  }
  return false;
}

/** The AdonisJS router and server services routes and global middleware are registered on (v6, v5). */
export const ADONIS_ROUTER_MODULE = /^@adonisjs\/core\/services\/(?:router|server)$|^@ioc:Adonis\/Core\/(?:Route|Server)$/;

/**
 * Is a value under a `sessionId` key a record's id rather than the caller's session cookie? Only a value read
 * off the request (cookies, `req.sessionID`) or already known to be a credential is the cookie; Stripe's checkout
 * session id, a chat session row's id, are records.
 */
export function recordSessionId(valueTaints: string[]): boolean {
  return !valueTaints.some((t) => /^sensitive:/.test(t) || (t.startsWith('request:') && !REQUEST_PAYLOAD.test(t)));
}

/**
 * What the client names in its request's payload (`input.sessionId` of a procedure, `req.body.sessionId`,
 * `params.sessionId`): an id of a record of the app's (a chat or trace session), not the session cookie, which the
 * browser sends as a cookie.
 */
export const REQUEST_PAYLOAD = /^request:(?:body|input|query|params|args|arg\d+)(?:\.|$)/;
