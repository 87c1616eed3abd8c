/**
 * Facts for the launch-checklist rules, one call at a time: cookies set with their flags,
 * JWT decode/sign/verify with their options, error details sent in responses, tokens
 * written to browser storage, upload handlers and their limits, webhook signature checks,
 * rate limiter calls, password checks and token issuance, and credential literals.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CookieFact, JwtFact, Pos } from '../types';
import { Node, unwrap, propName, memberChain, posOf, staticString, lastName, textOf, isFunctionNode, childrenOf, walk } from './ast';
import type { CodeExtractor } from './extractCode';
import { classifySecretValue, classifySecretName, isExampleName, redactSecret } from '../secrets/envSecrets';

const AUTH_COOKIE = /sess|token|auth|jwt|sid\b|^sid|refresh|access|remember|login|identity|user_?id|csrf/i;

/** An object literal written here or in the declaration of the identifier passed. */
export function objectOf(ex: CodeExtractor, n: Node | undefined): TSESTree.ObjectExpression | null {
  if (!n) return null;
  const u = unwrap(n);
  if (u.type === 'ObjectExpression') return u;
  if (u.type === 'Identifier') {
    const def = ex.variableOf(u)?.defs[0];
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    if (init && unwrap(init).type === 'ObjectExpression') return unwrap(init) as TSESTree.ObjectExpression;
  }
  return null;
}

/** A name bound in the file to a string (`const PREVIEW_COOKIE = 'portal_preview_token'`). */
function constStringOf(ex: CodeExtractor, n: Node): string | null {
  const u = unwrap(n);
  if (u.type !== 'Identifier') return null;
  const def = ex.variableOf(u)?.defs[0];
  const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
  return init ? staticString(init as Node) : null;
}

export function prop(o: TSESTree.ObjectExpression | null, key: string): Node | null {
  if (!o) return null;
  for (const p of o.properties) if (p.type === 'Property' && propName(p) === key) return p.value as Node;
  return null;
}

/**
 * An option's value, following spreads of objects defined in this file (`{ ...sessionCookieOptions,
 * expires }`); a later property wins. 'unseen': a spread we cannot follow may set it.
 */
function optionOf(ex: CodeExtractor, o: TSESTree.ObjectExpression | null, key: string, depth = 0): Node | 'unseen' | null {
  if (!o) return null;
  for (let i = o.properties.length - 1; i >= 0; i--) {
    const p = o.properties[i];
    if (p.type === 'Property' && propName(p) === key) return p.value as Node;
    if (p.type !== 'SpreadElement') continue;
    const inner = depth < 3 ? objectOf(ex, p.argument as Node) : null;
    if (!inner) return 'unseen';
    const v = optionOf(ex, inner, key, depth + 1);
    if (v !== null) return v;
  }
  return null;
}

/** true / false / 'cond' (depends on NODE_ENV or a variable) / undefined (absent) */
function flag(n: Node | null): boolean | 'cond' | undefined {
  if (!n) return undefined;
  const u = unwrap(n);
  if (u.type === 'Literal') return typeof u.value === 'string' ? u.value.toLowerCase() !== 'none' && u.value !== '' : !!u.value;
  return 'cond';
}

// ------------------------------------------------------------------ cookies

/** a module written against AdonisJS's HTTP context */
const ADONIS_HTTP = /['"](?:@adonisjs\/core\/http|@ioc:Adonis\/Core\/HttpContext)['"]/;

const BROWSER_COOKIE_LIBS = /^(?:tiny-cookie|js-cookie|cookies-next|typescript-cookie|react-cookie|universal-cookie|cookie-universal|@vueuse\/integrations\/useCookies)$/;

/** iron-session's calls that take its options last (v8 `getIronSession(req, res, opts)`, v6 route wrappers and middleware). */
const IRON_SESSION_CALL = /^(?:getIronSession|withIronSessionApiRoute|withIronSessionSsr|ironSession|getServerActionIronSession)$/;

/**
 * iron-session's options (`{ cookieName, password, cookieOptions: { secure: false } }`): its cookie is httpOnly, secure
 * and sameSite lax unless `cookieOptions` turns that off. Judged where the object is written (handed inline to
 * `getIronSession(...)`, or declared `const sessionOptions: SessionOptions = {...}` for the app to import), once.
 */
export function ironSessionOptions(ex: CodeExtractor, o: TSESTree.ObjectExpression): CookieFact | null {
  if (!prop(o, 'password') || !prop(o, 'cookieName')) return null;
  const c = objectOf(ex, prop(o, 'cookieOptions') ?? undefined);
  return cookieFact(ex, 'iron-session', staticString(prop(o, 'cookieName')) ?? 'iron-session', c, { httpOnly: true, secure: true, sameSite: true }, o, !!c);
}

export function detectCookie(ex: CodeExtractor, n: TSESTree.CallExpression): CookieFact | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  if (callee.type === 'Identifier' && IRON_SESSION_CALL.test(name) && /^iron-session(?:\/|$)/.test(ex.importSourceOf(callee) ?? '')) {
    const o = objectOf(ex, n.arguments[n.arguments.length - 1] as Node | undefined);
    return o ? ironSessionOptions(ex, o) : null;
  }
  const ch = memberChain(callee) ?? [];
  const hapi = detectHapiCookie(ex, n, callee, name);
  if (hapi !== undefined) return hapi;
  let api = '';
  let nameArg: Node | undefined;
  let opts: TSESTree.ObjectExpression | null = null;
  let defaults: Partial<Record<'httpOnly' | 'secure' | 'sameSite', boolean | 'cond'>> = {};
  // (`res.status(200).cookie('token', token, options).json(...)`: Express's response methods chain)
  const chainedOnResponse = ch.length >= 4 && /^(?:res|response)$/.test(ch[0]) && ch.slice(1, -1).every((x) => x === '()' || /^(?:status|cookie|clearCookie|set|header|type|append|vary|location)$/.test(x));
  // (AdonisJS also sets `response.plainCookie(...)` and `response.encryptedCookie(...)` with the same options)
  const adonisCookie = (name === 'plainCookie' || name === 'encryptedCookie') && ch[ch.length - 2] === 'response' && ADONIS_HTTP.test(ex.src);
  if (callee.type === 'MemberExpression' && ((name === 'cookie' || adonisCookie) && ch.length >= 2 && (/^(?:res|response|reply|ctx|c)$/.test(ch[ch.length - 2]) || chainedOnResponse))) {
    api = 'res.cookie';
    nameArg = n.arguments[0] as Node;
    opts = objectOf(ex, n.arguments[2] as Node);
    // AdonisJS `response.cookie(name, value, opts)`: what opts leave out comes from `http.cookie` in config/app.ts
    // (httpOnly, secure and sameSite 'lax' in the shipped config)
    if (ch[ch.length - 2] === 'response' && ADONIS_HTTP.test(ex.src)) {
      api = 'response.cookie (AdonisJS)';
      defaults = { httpOnly: true, secure: true, sameSite: true };
    }
  } else if (callee.type === 'Identifier' && name === 'defineConfig' && ex.importSourceOf(callee) === '@adonisjs/session') {
    // AdonisJS `config/session.ts`: `defineConfig({ cookieName, cookie: { httpOnly, secure, sameSite } })`, over the
    // same `http.cookie` defaults
    const o = objectOf(ex, n.arguments[0] as Node);
    const c = objectOf(ex, prop(o, 'cookie') ?? undefined);
    return cookieFact(ex, '@adonisjs/session', staticString(prop(o, 'cookieName')) ?? 'adonis-session', c, { httpOnly: true, secure: true, sameSite: true }, n, !!c);
  } else if (callee.type === 'MemberExpression' && name === 'setCookie' && ch.length >= 2) {
    // (`ctx.setCookie(name, value, { maxAge })` of a tRPC procedure: a helper the app's createContext put on the context,
    // which adds its own options where it calls `res.setCookie(...)`; that call is judged there)
    if (/^(?:ctx|context)$/.test(ch[ch.length - 2])) return null;
    api = 'reply.setCookie';
    nameArg = n.arguments[0] as Node;
    opts = objectOf(ex, n.arguments[2] as Node);
  } else if (callee.type === 'Identifier' && (name === 'setCookie' || name === 'setSignedCookie')) {
    // browser and universal cookie helpers (tiny-cookie, js-cookie, cookies-next...) cannot set httpOnly at all:
    // what they store is judged by token-in-localstorage's standards, not here
    if (BROWSER_COOKIE_LIBS.test(ex.importSourceOf(callee) ?? '')) return null;
    api = 'setCookie'; // hono/cookie, h3: setCookie(c, name, value, opts)
    nameArg = n.arguments[1] as Node;
    opts = objectOf(ex, n.arguments[name === 'setSignedCookie' ? 4 : 3] as Node);
    // vinxi / TanStack Start: `setCookie(name, value, opts)`, the request implied (three arguments, options last)
    if (name === 'setCookie' && n.arguments.length === 3 && objectOf(ex, n.arguments[2] as Node)) {
      api = 'setCookie (name, value, options)';
      nameArg = n.arguments[0] as Node;
      opts = objectOf(ex, n.arguments[2] as Node);
    }
  } else if (callee.type === 'MemberExpression' && name === 'set' && (ch.includes('cookies') || isNextCookieStore(ex, callee.object as Node))) {
    api = ch[ch.length - 2] === '()' || !ch.includes('cookies') ? 'cookies().set' : 'cookies.set';
    const first = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
    if (first && first.type === 'ObjectExpression') {
      nameArg = prop(first, 'name') ?? undefined;
      opts = first;
    } else {
      nameArg = n.arguments[0] as Node;
      opts = objectOf(ex, n.arguments[2] as Node);
    }
    // Koa ctx.cookies.set defaults httpOnly to true, and secure to whether the request came over HTTPS
    // (not Astro's `context.cookies.set`, which sets no flag by default)
    if ((ch[0] === 'ctx' || ch.includes('ctx')) && !astroFile(ex)) defaults = { httpOnly: true, secure: 'cond' };
    // SvelteKit's event.cookies.set defaults httpOnly and secure to true and sameSite to lax
    if (api === 'cookies.set' && isKitCookies(ex, callee.object as Node)) defaults = { httpOnly: true, secure: true, sameSite: true };
  } else if (callee.type === 'MemberExpression' && name === 'set' && n.arguments.length === 1 && elysiaCookieName(ex, unwrap(callee.object as Node)) !== null) {
    // Elysia: `cookie.session.set({ value, httpOnly, secure, sameSite })`, `({ cookie: { auth } }) => auth.set({...})`; no flag is on by default
    api = 'cookie.set (Elysia)';
    const first = unwrap(n.arguments[0] as Node);
    if (first.type !== 'ObjectExpression') return null;
    const cookieName = elysiaCookieName(ex, unwrap(callee.object as Node))!;
    // (a name of the app's own holding a credential, `studio.set({ value: token })`, as for the other cookie APIs)
    if (!AUTH_COOKIE.test(cookieName) && !carriesCredential(prop(first, 'value') ?? undefined)) return null;
    return cookieFact(ex, api, cookieName, first, elysiaCookieDefaults(ex, n), n, true);
  } else if (callee.type === 'Identifier' && /^(?:create(?:Cookie|File|Memory|Workers?KV|Arc|Cloudflare\w*)?SessionStorage|createCookie)$/.test(name) &&
    /^@remix-run\/|^react-router$|^@react-router\//.test(ex.importSourceOf(callee) ?? '')) {
    // Remix / React Router: createCookieSessionStorage({ cookie: { name, httpOnly, secure } }), createCookie(name, opts);
    // their defaults are path '/' and sameSite 'lax', nothing else
    const src = ex.importSourceOf(callee) ?? '';
    const o = objectOf(ex, n.arguments[name === 'createCookie' ? 1 : 0] as Node);
    const c = name === 'createCookie' ? o : objectOf(ex, prop(o, 'cookie') ?? undefined);
    const nm = name === 'createCookie' ? staticString(n.arguments[0] as Node) : staticString(prop(c, 'name')) ?? '__session';
    if (name === 'createCookie' && !AUTH_COOKIE.test(nm ?? '')) return null;
    // a cookie object made elsewhere (`cookie: sessionCookie`) is checked where it is made
    if (name !== 'createCookie' && prop(o, 'cookie') && !c) return null;
    return cookieFact(ex, `${name} (${src})`, nm ?? '__session', c, { sameSite: true }, n, !!c);
  } else if (callee.type === 'Identifier' && /^(?:session|expressSession|cookieSession|koaSession)$/.test(name) && (n.arguments.length <= 1 || (n.arguments.length === 2 && ex.importSourceOf(callee) === 'koa-session'))) {
    const src = ex.importSourceOf(callee) ?? '';
    if (!/^(?:express-session|cookie-session|koa-session)$/.test(src)) return null;
    api = src;
    const o = objectOf(ex, n.arguments[0] as Node);
    // koa-session `session({ key, httpOnly, secure, sameSite }, app)`: the cookie options are the options
    // (httpOnly by default; Koa's cookies are secure whenever the request came over HTTPS)
    opts = src === 'cookie-session' || src === 'koa-session' ? o : objectOf(ex, prop(o, 'cookie') ?? undefined);
    defaults = src === 'koa-session' ? { httpOnly: true, secure: true } : { httpOnly: true };
    return cookieFact(ex, api, src, opts, defaults, n, !!o);
  } else if (name === 'serialize' && /^(?:cookie|cookie-es)$/.test(ex.importSourceOf(callee) ?? '')) {
    // the `cookie` package: `res.setHeader('Set-Cookie', serialize('token', token, { httpOnly, secure, sameSite }))`
    api = 'cookie.serialize';
    nameArg = n.arguments[0] as Node;
    opts = objectOf(ex, n.arguments[2] as Node);
  } else if (callee.type === 'MemberExpression' && /^(?:setHeader|set|append|header)$/.test(name) && n.arguments.length === 2 && /^set-cookie$/i.test(staticString(n.arguments[0] as Node) ?? '')) {
    // `res.setHeader('Set-Cookie', `session=${id}; Path=/; HttpOnly`)`, `headers.append('Set-Cookie', ...)`
    return setCookieString(n.arguments[1] as Node, n);
  } else if (callee.type === 'Identifier' && name === 'betterAuth' && ex.importSourceOf(callee) === 'better-auth') {
    // better-auth's session cookies are httpOnly, sameSite lax and secure on an https base URL unless `advanced`
    // turns that off: `advanced: { useSecureCookies: false, defaultCookieAttributes: { sameSite: 'none' } }`
    const adv = objectOf(ex, prop(objectOf(ex, n.arguments[0] as Node), 'advanced') ?? undefined);
    const attrs = objectOf(ex, prop(adv, 'defaultCookieAttributes') ?? undefined);
    const useSecure = prop(adv, 'useSecureCookies');
    if (!attrs && !useSecure) return null;
    const secure = useSecure ? flag(useSecure) : undefined;
    return cookieFact(ex, 'better-auth', 'better-auth.session_token', attrs, { httpOnly: true, secure: secure === undefined ? true : secure, sameSite: true }, n, true);
  } else if (callee.type === 'MemberExpression' && name === 'register' && n.arguments[0] && /^@fastify\/session$|^fastify-session$/.test(ex.pluginSourceOf(n.arguments[0] as Node) ?? '')) {
    // app.register(fastifySession, { secret, cookie: { secure: false } }): the session cookie is httpOnly and secure by default
    const src = ex.pluginSourceOf(n.arguments[0] as Node)!;
    const o = objectOf(ex, n.arguments[1] as Node);
    return cookieFact(ex, src, src, objectOf(ex, prop(o, 'cookie') ?? undefined), { httpOnly: true, secure: true }, n, !!o);
  } else return null;
  const cookieName = nameArg ? staticString(nameArg) ?? constStringOf(ex, nameArg) ?? textOf(ex.src, nameArg, 40) : '';
  // a name of the app's own (`pm_portal`) holding a credential: the value is a token (`token`, `sessionToken`,
  // `jwt.sign(...)` written in place)
  if (!AUTH_COOKIE.test(cookieName) && !carriesCredential(cookieValueOf(n, api))) return null;
  // a flag or a cleared value (`cookies().set('session_hint', '1')`, `res.cookie('token', '', { maxAge: 0 })`) carries no credential
  if (isFlagValue(cookieValueOf(n, api))) return null;
  // a cookie expired on the spot clears it, whatever placeholder it is set to (`res.cookie('access_token', 'accessToken', { maxAge: -1 })`,
  // `expires: new Date(0)`)
  if (expiresOnTheSpot(opts)) return null;
  // options passed as a value we cannot see (imported `sessionCookieOptions`): no verdict
  const optsIndex = api === 'setCookie' ? 3 : 2;
  if (!opts && n.arguments[optsIndex] && api !== 'cookies().set' && api !== 'cookies.set') return null;
  return cookieFact(ex, api, cookieName, opts, defaults, n, !!opts);
}

/**
 * A `Set-Cookie` header written as text (`session=${id}; Path=/; HttpOnly; Secure; SameSite=Lax`): its name and the
 * attributes it names. An attribute that could come from an interpolation after the value (`${secure ? '; Secure' : ''}`)
 * counts as set at run time (not one that is an attribute's value, `Max-Age=${ttl}`); a cookie expired on the spot (`Max-Age=0`) clears it.
 */
/**
 * The cookie attributes an Elysia instance gives every cookie, `new Elysia({ cookie: { httpOnly: true, secure: true,
 * sameSite: 'lax' } })`, found up the method chain the route that sets the cookie is registered on.
 */
function elysiaCookieDefaults(ex: CodeExtractor, n: Node): Partial<Record<'httpOnly' | 'secure' | 'sameSite', boolean | 'cond'>> {
  for (let a = (n as { parent?: Node }).parent; a; a = (a as { parent?: Node }).parent) {
    if (a.type !== 'CallExpression') continue;
    let o: Node = unwrap(a.callee as Node);
    for (let k = 0; k < 100 && (o.type === 'MemberExpression' || o.type === 'CallExpression'); k++) o = unwrap((o.type === 'MemberExpression' ? o.object : o.callee) as Node);
    if (o.type !== 'NewExpression') continue;
    const c = unwrap(o.callee as Node);
    if (c.type !== 'Identifier' || c.name !== 'Elysia') continue;
    const cookie = objectOf(ex, prop(objectOf(ex, o.arguments[0] as Node), 'cookie') ?? undefined);
    const out: Partial<Record<'httpOnly' | 'secure' | 'sameSite', boolean | 'cond'>> = {};
    for (const k of ['httpOnly', 'secure', 'sameSite'] as const) {
      const found = optionOf(ex, cookie, k);
      const v = found === 'unseen' ? 'cond' : flag(found);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return {};
}

/** The value a cookie call sets: `res.cookie(name, value)`, `setCookie(c, name, value)`, `cookies().set({ name, value })`. */
function cookieValueOf(n: TSESTree.CallExpression, api: string): Node | undefined {
  if (api === 'setCookie') return n.arguments[2] as Node | undefined;
  const first = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  if (first && first.type === 'ObjectExpression') return prop(first, 'value') ?? undefined;
  return n.arguments[1] as Node | undefined;
}

/** A cookie value named for a credential (`token`, `session.id`, `accessJwt`) or a token signed in place (`jwt.sign(...)`). */
function carriesCredential(v: Node | undefined): boolean {
  if (!v) return false;
  const u = unwrap(v);
  const named = (x: string) => /token|jwt|sess|sid$|credential/i.test(x) && !/csrf|xsrf|hint|count|name|expir|ttl|age/i.test(x);
  if (u.type === 'Identifier') return named(u.name);
  if (u.type === 'MemberExpression' && !u.computed) return named(propName(u) ?? '');
  if (u.type === 'CallExpression') {
    const c = unwrap(u.callee);
    const nm = c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' ? propName(c) ?? '' : '';
    return /^(?:sign|signJwt|signToken|createToken|issueToken|encode)$/.test(nm) || named(nm);
  }
  return false;
}

/** Claims that only tell when a token expires: reading them decides when to refresh, it trusts no one. */
const EXPIRY_CLAIM = /^(?:exp|iat|nbf)$/;

/**
 * A decoded token read for its expiry only: `jwt.decode(token).exp`, `const { exp } = decodeJwt(token)`,
 * `const payload = jwt.decode(t); if (payload.exp * 1000 < Date.now()) refresh()`.
 */
function readsExpiryOnly(call: TSESTree.CallExpression): boolean {
  let cur: Node = call;
  let holder = (call as { parent?: Node }).parent;
  while (holder && /^(?:AwaitExpression|TSAsExpression|TSNonNullExpression|TSTypeAssertion|ChainExpression)$/.test(holder.type)) {
    cur = holder;
    holder = (holder as { parent?: Node }).parent;
  }
  if (holder?.type === 'MemberExpression' && holder.object === cur) return EXPIRY_CLAIM.test(propName(holder) ?? '');
  if (holder?.type !== 'VariableDeclarator' || holder.init !== cur) return false;
  const id = holder.id;
  if (id.type === 'ObjectPattern') return id.properties.length > 0 && id.properties.every((p) => p.type === 'Property' && !p.computed && EXPIRY_CLAIM.test((p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : '')));
  if (id.type !== 'Identifier') return false;
  let fn: Node | undefined = holder;
  while (fn && !isFunctionNode(fn) && fn.type !== 'Program') fn = (fn as { parent?: Node }).parent;
  if (!fn) return false;
  let reads = 0;
  let other = false;
  walk(fn, (x, parent) => {
    if (other) return false;
    if (x.type !== 'Identifier' || x.name !== id.name || x === id) return undefined;
    // (the name after a dot, `other.payload`, is no read of the variable)
    if (parent?.type === 'MemberExpression' && parent.property === x && !parent.computed) return undefined;
    if (parent?.type === 'Property' && parent.key === x && !parent.shorthand) return undefined;
    // (an expiry that turns the caller away, `if (payload.exp * 1000 < Date.now()) return res.status(401)`, trusts the
    // unsigned token as a session: reported)
    if (parent?.type === 'MemberExpression' && parent.object === x && EXPIRY_CLAIM.test(propName(parent) ?? '') && !rejectsOnTest(parent)) reads++;
    else other = true;
    return undefined;
  });
  return reads > 0 && !other;
}

/** Is the node part of an `if` test (or a ternary's) whose branch answers 401/403 or throws? */
function rejectsOnTest(n: Node): boolean {
  let cur: Node = n;
  for (let p = (n as { parent?: Node }).parent, i = 0; p && i < 12 && !isFunctionNode(p); cur = p, p = (p as { parent?: Node }).parent, i++) {
    if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test === cur) {
      const branches = [p.consequent, p.alternate].filter(Boolean) as Node[];
      return branches.some((b) => {
        let hit = false;
        walk(b, (x) => {
          if (hit || isFunctionNode(x)) return false;
          if (x.type === 'ThrowStatement' || (x.type === 'Literal' && (x.value === 401 || x.value === 403 || (typeof x.value === 'string' && /unauthori[sz]ed|forbidden/i.test(x.value))))) hit = true;
          return undefined;
        });
        return hit;
      });
    }
  }
  return false;
}

/** Options that expire the cookie at once: `maxAge: 0` or below, `expires: new Date(0)` (the epoch). */
function expiresOnTheSpot(opts: TSESTree.ObjectExpression | null | undefined): boolean {
  const maxAge = prop(opts ?? null, 'maxAge');
  const m = maxAge ? unwrap(maxAge) : null;
  if (m?.type === 'Literal' && typeof m.value === 'number' && m.value <= 0) return true;
  if (m?.type === 'UnaryExpression' && m.operator === '-' && unwrap(m.argument as Node).type === 'Literal') return true;
  const expires = prop(opts ?? null, 'expires');
  const e = expires ? unwrap(expires) : null;
  return e?.type === 'NewExpression' && e.arguments.length === 1 && unwrap(e.arguments[0] as Node).type === 'Literal' && (unwrap(e.arguments[0] as Node) as TSESTree.Literal).value === 0;
}

/** A short literal (`'1'`, `'true'`, `'dark'`, `''`), a number or a boolean: a flag, not a credential. */
function isFlagValue(v: Node | undefined): boolean {
  if (!v) return false;
  const u = unwrap(v);
  if (u.type === 'Literal') return typeof u.value === 'number' || typeof u.value === 'boolean' || (typeof u.value === 'string' && u.value.length <= 8);
  if (u.type === 'TemplateLiteral') return u.expressions.length === 0 && (u.quasis[0]?.value.cooked ?? '').length <= 8;
  return false;
}

export function setCookieString(v: Node, at: Node): CookieFact | null {
  const u = unwrap(v);
  const text = u.type === 'Literal' && typeof u.value === 'string' ? u.value : u.type === 'TemplateLiteral' ? u.quasis.map((q) => q.value.cooked ?? '').join('${}') : null;
  if (text === null) return null;
  const m = /^\s*([^=;\s]+)=/.exec(text);
  if (!m || m[1].includes('${}') || !AUTH_COOKIE.test(m[1])) return null;
  if (/;\s*Max-Age=0\b|;\s*Expires=Thu, 01 Jan 1970/i.test(text)) return null;
  const attrs = text.slice(text.indexOf(';') < 0 ? text.length : text.indexOf(';'));
  // an interpolation that is an attribute's value (`Max-Age=${maxAge}`, `Domain=${host}`) adds no attribute;
  // one standing alone (`${secure ? '; Secure' : ''}`) may
  const computed = attrs.replace(/=\s*\$\{\}/g, '=v').includes('${}') ? 'cond' : undefined;
  const sameSite = /;\s*SameSite=(\w+)/i.exec(attrs);
  return {
    api: 'Set-Cookie header', name: m[1], pos: posOf(at), hasOptions: true,
    httpOnly: /;\s*HttpOnly\b/i.test(attrs) ? true : computed,
    secure: /;\s*Secure\b/i.test(attrs) ? true : computed,
    sameSite: sameSite ? !/^none$/i.test(sameSite[1]) : computed,
  };
}

/**
 * The name of an Elysia cookie: `cookie.session` / `ctx.cookie.session` / `cookie['session']` read off the handler's
 * context, or a name destructured from it (`({ cookie: { session } })`). null when the object is none of these.
 */
function elysiaCookieName(ex: CodeExtractor, obj: Node): string | null {
  if (obj.type === 'MemberExpression') {
    const ch = memberChain(obj);
    if (ch && ch.length >= 2 && ch[ch.length - 2] === 'cookie' && ch.length <= 3) return ch[ch.length - 1];
    return null;
  }
  if (obj.type !== 'Identifier') return null;
  const def = ex.variableOf(obj)?.defs[0];
  if (def?.type !== 'Parameter') return null;
  // the identifier is the value of a property of an object pattern held by a `cookie` property
  const prop = (def.name as { parent?: Node }).parent;
  const pattern = prop?.type === 'Property' ? (prop as { parent?: Node }).parent : undefined;
  const holder = pattern?.type === 'ObjectPattern' ? (pattern as { parent?: Node }).parent : undefined;
  return holder?.type === 'Property' && propName(holder as TSESTree.Property) === 'cookie' && prop?.type === 'Property' ? propName(prop as TSESTree.Property) : null;
}

/**
 * hapi cookies: `server.state(name, { isSecure, isHttpOnly, isSameSite })` defines one, `h.state(name, value, opts)`
 * sets one with options over that definition, and `@hapi/cookie`'s strategy (`server.auth.strategy('session', 'cookie',
 * { cookie: {...} })`) is the session cookie. hapi defaults every flag to on (secure, httpOnly, SameSite=Strict):
 * only what is turned off is missing. Returns undefined when the call is none of these.
 */
function detectHapiCookie(ex: CodeExtractor, n: TSESTree.CallExpression, callee: Node, name: string): CookieFact | null | undefined {
  if (callee.type !== 'MemberExpression') return undefined;
  const args = n.arguments as Node[];
  let api = '';
  let cookieName: string | null = null;
  let opts: TSESTree.ObjectExpression | null = null;
  if (name === 'state' && args.length === 2 && staticString(args[0]) !== null && objectOf(ex, args[1])) {
    api = 'server.state';
    cookieName = staticString(args[0]);
    opts = objectOf(ex, args[1]);
  } else if (name === 'state' && args.length === 3 && staticString(args[0]) !== null && objectOf(ex, args[2])) {
    api = 'h.state';
    cookieName = staticString(args[0]);
    opts = objectOf(ex, args[2]);
  } else if (name === 'strategy' && args.length >= 3 && staticString(args[1]) === 'cookie' && isAuthMember(unwrap((callee as TSESTree.MemberExpression).object))) {
    // (hapi before v17 put the mode third: `strategy('session', 'cookie', true, {...})`)
    const o = objectOf(ex, args[args.length >= 4 ? 3 : 2]);
    const cookieOpt = prop(o, 'cookie');
    const c = objectOf(ex, cookieOpt ?? undefined);
    // hapi-auth-cookie before v9: `cookie: 'sid'` names it and the flags sit beside it
    const legacyName = cookieOpt ? staticString(cookieOpt) : null;
    if (legacyName !== null) return hapiCookieFact(ex, 'hapi-auth-cookie', legacyName, o, n);
    if (!c) return null;
    return hapiCookieFact(ex, '@hapi/cookie', staticString(prop(c, 'name')) ?? 'sid', c, n);
  } else return undefined;
  if (!cookieName || !AUTH_COOKIE.test(cookieName)) return null;
  return hapiCookieFact(ex, api, cookieName, opts, n);
}

function isAuthMember(n: Node): boolean {
  return n.type === 'MemberExpression' && propName(n) === 'auth';
}

function hapiCookieFact(ex: CodeExtractor, api: string, cookieName: string, opts: TSESTree.ObjectExpression | null, n: Node): CookieFact {
  const pick = (k: string): boolean | 'cond' => {
    const found = optionOf(ex, opts, k);
    if (found === 'unseen') return 'cond';
    if (!found) return true;
    const u = unwrap(found);
    if (u.type === 'Literal') return typeof u.value === 'string' ? !/^none$/i.test(u.value) : u.value !== false;
    return 'cond';
  };
  return { api, name: cookieName, pos: posOf(n), hasOptions: true, httpOnly: pick('isHttpOnly'), secure: pick('isSecure'), sameSite: pick('isSameSite') };
}

/**
 * hapi `server.auth.strategy('jwt', 'jwt', {...})` (@hapi/jwt: `keys`, `verify: false | { exp }`; hapi-auth-jwt2: `key`,
 * `verifyOptions: { algorithms, ignoreExpiration }`): the strategy's secret and what it leaves unchecked.
 */
function hapiJwtStrategy(ex: CodeExtractor, n: TSESTree.CallExpression, callee: Node, name: string): JwtFact | null {
  if (name !== 'strategy' || callee.type !== 'MemberExpression' || !isAuthMember(unwrap(callee.object)) || staticString(n.arguments[1] as Node) !== 'jwt') return null;
  const o = objectOf(ex, n.arguments[n.arguments.length >= 4 ? 3 : 2] as Node);
  if (!o) return null;
  const fact: JwtFact = { op: 'config', pos: posOf(n), library: prop(o, 'keys') ? '@hapi/jwt' : 'hapi-auth-jwt2' };
  const verify = prop(o, 'verify');
  const verifyU = verify ? unwrap(verify) : null;
  // @hapi/jwt `verify: false`: tokens are decoded, never checked
  if (verifyU?.type === 'Literal' && verifyU.value === false) fact.op = 'decode';
  const key = prop(o, 'key') ?? prop(o, 'keys');
  const keyU = key ? unwrap(key) : null;
  const keyNode = keyU?.type === 'ArrayExpression' && keyU.elements.length === 1 ? (keyU.elements[0] as Node) : keyU?.type === 'ObjectExpression' ? prop(keyU, 'key') : key;
  const str = keyNode ? staticString(keyNode) : null;
  if (str !== null) {
    fact.secret = 'literal';
    fact.secretLength = str.length;
  } else if (keyNode) {
    const fb = fallbackSecret(ex, keyNode);
    if (fb) Object.assign(fact, { secret: 'literal', secretLength: fb.length, fallback: true, pos: fb.pos });
    else fact.secret = /process\.env|env\./.test(textOf(ex.src, keyNode, 120)) ? 'env' : 'other';
  }
  const vo = objectOf(ex, prop(o, 'verifyOptions') ?? undefined) ?? (verifyU?.type === 'ObjectExpression' ? verifyU : null);
  const algs = prop(vo, 'algorithms');
  if (algs) {
    fact.hasAlgorithms = true;
    if (/['"]none['"]/i.test(textOf(ex.src, algs, 200))) fact.algorithmsNone = true;
  }
  const ignore = prop(vo, 'ignoreExpiration');
  const exp = prop(vo, 'exp');
  if ((ignore && unwrap(ignore).type === 'Literal' && (unwrap(ignore) as TSESTree.Literal).value === true) || (exp && unwrap(exp).type === 'Literal' && (unwrap(exp) as TSESTree.Literal).value === false)) fact.ignoreExpiration = true;
  return fact;
}

/**
 * hapi route `options.payload` that takes files: `{ multipart: true }` or `{ output: 'stream' | 'file', parse: true }`
 * with multipart allowed. hapi caps a payload at 1 MB unless `maxBytes` says otherwise: a limit is missing when
 * `maxBytes` lifts it beyond what an upload form needs (over 100 MB) or to an unknown value. The type check is
 * in the handler (`file.hapi.headers['content-type']`), read in the route object's text.
 */
export function detectHapiUpload(ex: CodeExtractor, o: TSESTree.ObjectExpression): { pos: Pos; library: string; hasLimit: boolean; hasTypeCheck: boolean } | null {
  const payloadProp = o.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'payload');
  if (!payloadProp) return null;
  const payload = objectOf(ex, payloadProp.value as Node);
  if (!payload) return null;
  const parent = (o as { parent?: Node }).parent;
  if (parent?.type !== 'Property' || !/^(?:options|config)$/.test(propName(parent) ?? '')) return null;
  const route = (parent as { parent?: Node }).parent;
  if (route?.type !== 'ObjectExpression' || !route.properties.some((p) => p.type === 'Property' && propName(p) === 'path')) return null;
  const multipart = prop(payload, 'multipart');
  const output = staticString(prop(payload, 'output'));
  const parse = prop(payload, 'parse');
  const takesFiles = (multipart && !(unwrap(multipart).type === 'Literal' && (unwrap(multipart) as TSESTree.Literal).value === false)) ||
    ((output === 'stream' || output === 'file') && !(parse && unwrap(parse).type === 'Literal' && (unwrap(parse) as TSESTree.Literal).value === false) && /multipart/.test(textOf(ex.src, payload, 400)));
  if (!takesFiles) return null;
  const max = prop(payload, 'maxBytes');
  const maxValue = max ? numberOf(max) : null;
  const hasLimit = !max || (maxValue !== null && maxValue <= 100 * 1024 * 1024);
  // the handler written in the route object, else anywhere in this file (a named handler)
  const handler = route.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'handler');
  const text = handler && isFunctionLike(unwrap(handler.value as Node)) ? textOf(ex.src, route, 20000) : ex.src;
  const hasTypeCheck = /content-type'?\]?\s*(?:[!=]==?|\))|\.includes\(\s*[\w.]+(?:\.hapi)?\.headers\[|mimetype|mime[-_]?type|allowedTypes|ALLOWED_(?:TYPES|MIME)|fileTypeFromBuffer|fileTypeFromStream|file-type/i.test(text);
  return { pos: posOf(payloadProp), library: 'hapi route payload', hasLimit, hasTypeCheck };
}

function isFunctionLike(n: Node): boolean {
  return n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression';
}

/** A number literal or a product of them (`50 * 1024 * 1024`). */
function numberOf(n: Node): number | null {
  const u = unwrap(n);
  if (u.type === 'Literal' && typeof u.value === 'number') return u.value;
  if (u.type === 'BinaryExpression' && (u.operator === '*' || u.operator === '+')) {
    const a = numberOf(u.left as Node);
    const b = numberOf(u.right as Node);
    return a === null || b === null ? null : u.operator === '*' ? a * b : a + b;
  }
  return null;
}

/** `const cookieStore = await cookies()` (next/headers): the store whose `.set` writes a response cookie. */
function isNextCookieStore(ex: CodeExtractor, obj: Node): boolean {
  const u = unwrap(obj);
  if (u.type !== 'Identifier') return false;
  const def = ex.variableOf(u)?.defs[0];
  const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
  if (!init) return false;
  let i = unwrap(init as Node);
  if (i.type === 'AwaitExpression') i = unwrap(i.argument as Node);
  return i.type === 'CallExpression' && unwrap(i.callee).type === 'Identifier' && (unwrap(i.callee) as TSESTree.Identifier).name === 'cookies' && ex.importSourceOf(unwrap(i.callee)) === 'next/headers';
}

/** SvelteKit's `cookies` of a load/action/endpoint/hook event (`({ cookies })`, `event.cookies`) in a SvelteKit file. */
function isKitCookies(ex: CodeExtractor, obj: Node): boolean {
  const kitFile = /(?:^|\/)(?:\+(?:page|layout)\.server|\+server|hooks\.server)\.[cm]?[jt]s$/.test(ex.file) || Object.values(ex.facts.imports ?? {}).some((i) => /^@sveltejs\/kit/.test(i.source));
  if (!kitFile) return false;
  const u = unwrap(obj);
  const head = u.type === 'Identifier' ? u : u.type === 'MemberExpression' ? unwrap(u.object) : null;
  if (!head || head.type !== 'Identifier') return false;
  return ex.variableOf(head)?.defs[0]?.type === 'Parameter';
}

function cookieFact(ex: CodeExtractor, api: string, cookieName: string, opts: TSESTree.ObjectExpression | null, defaults: Partial<Record<'httpOnly' | 'secure' | 'sameSite', boolean | 'cond'>>, n: Node, hasOptions: boolean): CookieFact {
  const pick = (k: 'httpOnly' | 'secure' | 'sameSite') => {
    const found = optionOf(ex, opts, k);
    // spread from options we cannot see (`...imported.cookieOptions`): as unknown as a variable's value
    const v = found === 'unseen' ? 'cond' : flag(found);
    return v === undefined ? defaults[k] : v;
  };
  return { api, name: cookieName, pos: posOf(n), hasOptions, httpOnly: pick('httpOnly'), secure: pick('secure'), sameSite: pick('sameSite') };
}

// ------------------------------------------------------------------ JWT

const JWT_LIBS = /^(?:jsonwebtoken|jose|express-jwt|@fastify\/jwt|hono\/jwt|@nestjs\/jwt|koa-jwt|jwt-simple|@elysiajs\/jwt)$/;

/**
 * The call is in a React component: the nearest enclosing function is named with a capital letter
 * (`function Invite()`, `const Invite = () => ...`) and renders JSX. (A Remix / React Router route
 * module's component runs in the browser, whatever the loader beside it does.)
 */
function inReactComponent(n: Node): boolean {
  let fn: Node | undefined = (n as { parent?: Node }).parent;
  while (fn && !isFunctionNode(fn)) fn = (fn as { parent?: Node }).parent;
  if (!fn || !isFunctionNode(fn)) return false;
  const holder = (fn as { parent?: Node }).parent;
  const name = fn.type !== 'ArrowFunctionExpression' && fn.id ? fn.id.name
    : holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name : '';
  if (!/^[A-Z]/.test(name)) return false;
  const stack: Node[] = [fn.body as Node];
  for (let guard = 0; stack.length && guard < 5000; guard++) {
    const x = stack.pop()!;
    if (x.type === 'JSXElement' || x.type === 'JSXFragment') return true;
    stack.push(...childrenOf(x));
  }
  return false;
}

export function detectJwt(ex: CodeExtractor, n: TSESTree.CallExpression): JwtFact | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  let head: Node = callee;
  while (head.type === 'MemberExpression') head = unwrap(head.object);
  let hv = head.type === 'Identifier' ? ex.valueOf(head) : null;
  // jose's builder: `await new SignJWT(claims).setProtectedHeader({ alg }).setExpirationTime('7d').sign(key)`
  if (!hv && /^(?:sign|encrypt)$/.test(lastName(n))) {
    let h: Node = head;
    for (let i = 0; i < 12 && (h.type === 'CallExpression' || h.type === 'MemberExpression'); i++) h = unwrap(h.type === 'CallExpression' ? h.callee as Node : h.object as Node);
    const nv = h.type === 'NewExpression' && unwrap(h.callee as Node).type === 'Identifier' ? ex.valueOf(unwrap(h.callee as Node)) : null;
    if (nv && nv.k === 'import' && nv.source === 'jose' && /^(?:SignJWT|EncryptJWT)$/.test(nv.name)) hv = nv;
  }
  const lib = hv && hv.k === 'import' && JWT_LIBS.test(hv.source) ? hv.source : '';
  const joseBuilder = lib === 'jose' && hv?.k === 'import' && /^(?:SignJWT|EncryptJWT)$/.test(hv.name);
  const ch = memberChain(callee) ?? [];
  const jwtish = lib || (ch.length >= 2 && /^(?:jwt|jsonwebtoken|jwtService|jwt_service)$/i.test(ch[ch.length - 2]));
  const hapi = hapiJwtStrategy(ex, n, callee, name);
  if (hapi) return hapi;
  let op: JwtFact['op'] | null = null;
  if (/^(?:decode|decodeJwt|decodeProtectedHeader)$/.test(name) && jwtish) op = 'decode';
  // @fastify/jwt's `request.jwtDecode()` reads the request's token without checking its signature (`jwtVerify()` checks it)
  else if (name === 'jwtDecode' && ch.length === 2 && /^(?:request|req|reply)$/.test(ch[0])) op = 'decode';
  else if ((/^(?:sign|signAsync)$/.test(name) && jwtish) || (name === 'encrypt' && joseBuilder)) op = 'sign';
  else if (/^(?:verify|verifyAsync|jwtVerify)$/.test(name) && jwtish) op = 'verify';
  // app.register(fastifyJwt, { secret: '...' })
  const plugin = name === 'register' && n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  if (!op && plugin && /^@fastify\/jwt$|^fastify-jwt$/.test(ex.pluginSourceOf(plugin) ?? '')) {
    const sec = prop(objectOf(ex, n.arguments[1] as Node), 'secret');
    const str = sec ? staticString(sec) : null;
    if (str !== null) return { op: 'config', pos: posOf(n), library: '@fastify/jwt', secret: 'literal', secretLength: str.length };
    // `secret: process.env.JWT_SECRET || 'dev'`: reported where the literal is written
    const fb = sec ? fallbackSecret(ex, sec) : null;
    if (fb && fb.at === 'inline') return { op: 'config', pos: fb.pos, library: '@fastify/jwt', secret: 'literal', secretLength: fb.length, fallback: true };
    // `secret: config.jwtSecret` / `secret: JWT_SECRET`: a value held elsewhere, whose fallback the caller looks up
    if (!sec) return null;
    const sc = memberChain(unwrap(sec));
    return { op: 'config', pos: posOf(n), library: '@fastify/jwt', secret: sc && (sc[0] === 'process' || sc.includes('env') || sc.includes('config')) ? 'env' : 'other' };
  }
  // express-jwt({ secret }), koa-jwt({ secret }), hono jwt({ secret }), JwtModule.register({ secret })
  if (!op && (lib && /^(?:expressjwt|expressJwt|jwt|koaJwt)$/.test(name)) || (name === 'register' || name === 'registerAsync') && /JwtModule$/.test(ch[0] ?? '')) op = 'config';
  if (!op) return null;
  const fact: JwtFact = { op, pos: posOf(n), library: lib || 'jwt' };
  // OIDC lets a client read the claims of tokens it receives straight from the provider's token
  // endpoint over TLS without checking their signature: those are not tokens a caller sends us
  // (named `accessToken` but read off the caller's request, `request.headers.authorization`: the caller's token, not the provider's)
  if (op === 'decode' && n.arguments[0] && PROVIDER_TOKEN.test(textOf(ex.src, n.arguments[0] as Node, 80)) && !fromCallersRequest(ex.taintOf(n.arguments[0] as Node))) fact.providerToken = true;
  if (op === 'decode' && inReactComponent(n)) fact.inComponent = true;
  if (op === 'decode' && readsExpiryOnly(n)) fact.expiryOnly = true;
  if (op === 'decode' && n.arguments[0] && signedHere(ex, n.arguments[0] as Node)) fact.ownToken = true;
  const optsIndex = op === 'sign' || op === 'verify' ? 2 : 0;
  let opts = objectOf(ex, n.arguments[optsIndex] as Node);
  // `JwtModule.registerAsync({ useFactory: (config) => ({ secret: config.get('JWT_SECRET') ?? 'dev' }) })`
  if (op === 'config' && name === 'registerAsync') opts = factoryResult(opts) ?? opts;
  // (jose's builder takes the key first: `.sign(key, options)`)
  if (joseBuilder) opts = objectOf(ex, n.arguments[1] as Node);
  let secretNode = op === 'config' ? prop(opts, 'secret') ?? prop(opts, 'secretOrPrivateKey') : (n.arguments[joseBuilder ? 0 : 1] as Node | undefined) ?? null;
  // @nestjs/jwt `jwtService.signAsync(payload, { secret, expiresIn })`, @fastify/jwt `sign(payload, { key })`: the options carry the key
  const keyOpts = (op === 'sign' || op === 'verify') && secretNode && unwrap(secretNode).type === 'ObjectExpression' ? objectOf(ex, secretNode) : null;
  if (keyOpts) {
    secretNode = prop(keyOpts, 'secret') ?? prop(keyOpts, 'privateKey') ?? prop(keyOpts, 'publicKey') ?? prop(keyOpts, 'key');
    opts = opts ?? keyOpts;
  }
  if (secretNode) {
    const s = staticString(secretNode);
    const fb = s === null ? fallbackSecret(ex, secretNode) : null;
    if (s !== null) {
      fact.secret = 'literal';
      fact.secretLength = s.length;
    } else if (fb && fb.at === 'inline') {
      fact.secret = 'literal';
      fact.secretLength = fb.length;
      fact.fallback = true;
      fact.pos = fb.pos;
    } else {
      const sc = memberChain(unwrap(secretNode));
      fact.secret = sc && (sc[0] === 'process' || sc.includes('env') || sc.includes('config')) ? 'env' : 'other';
      // (`const EMAIL_VERIFY_KEY = 'verify-email'`: a constant holding a plain string is an HMAC secret, whatever its name)
      const held = declaratorOf(ex, secretNode);
      const heldText = held ? staticString(held.init as Node) : null;
      // (a key named for signing or HMAC, `process.env.JWT_SIGNING_KEY`, verifies what it signed: one shared key)
      const keyText = textOf(ex.src, secretNode, 60);
      // (jose's jwtVerify matches the key's type to the token's algorithm: an asymmetric key cannot be taken as an HMAC secret)
      fact.asymmetric = lib !== 'jose' && (/public|private|pem|jwks|cert|rsa|ecdsa/i.test(keyText) || (/key\b|Key$/i.test(keyText) && !/sign|hmac|shared/i.test(keyText))) && !/secret/i.test(keyText) &&
        (heldText === null || /-----BEGIN/.test(heldText));
    }
  }
  const algs = prop(opts, 'algorithms') ?? prop(opts, 'algorithm');
  if (algs) {
    fact.hasAlgorithms = true;
    if (/['"`]none['"`]/i.test(textOf(ex.src, algs, 200))) fact.algorithmsNone = true;
  }
  // hono/jwt's `verify(token, key, alg = 'HS256')` checks the one algorithm it is handed, never the token header's:
  // no algorithm confusion whatever the key is
  if (op === 'verify' && lib === 'hono/jwt') fact.hasAlgorithms = true;
  // (ignoreExpiration is reported where it is written: see the Property visitor)
  return fact;
}

/** `const JWT_SECRET = 'dev-key'; jwt.sign(payload, JWT_SECRET)`: a constant of this file holding a literal. */
export function constSecretLiteral(ex: CodeExtractor, n: Node): { length: number; pos: Pos } | null {
  const decl = declaratorOf(ex, n);
  const kind = (decl as { parent?: TSESTree.VariableDeclaration } | null)?.parent?.kind;
  if (!decl || kind !== 'const') return null;
  const lit = staticString(decl.init as Node);
  return lit ? { length: lit.length, pos: posOf(decl.init as Node) } : null;
}

/** The declaration (with an initialiser) of the variable an identifier names: `const X = ...`. */
function declaratorOf(ex: CodeExtractor, n: Node): TSESTree.VariableDeclarator | null {
  const u = unwrap(n);
  if (u.type !== 'Identifier') return null;
  const def = ex.variableOf(u)?.defs[0];
  const decl = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : null;
  return decl?.init && decl.id.type === 'Identifier' ? decl : null;
}

/**
 * A token read off the caller's request: its Authorization header or a cookie (a provider's answer to a code
 * exchange, `tokens.id_token` of a fetch whose body carried `req.query.code`, is not).
 */
function fromCallersRequest(taints: string[]): boolean {
  return taints.some((t) => /^request:(?:headers?|cookies?|signedCookies)\b|^sensitive:(?:authorization header|cookie)/i.test(t));
}

const PROVIDER_TOKEN = /(?:^|[.\s(])(?:id_?token|idToken|access_?token|accessToken|tokenSet\.\w+|tokens\.\w+)\)?$/i;

/**
 * A secret that falls back to a literal when the environment lacks it: `process.env.JWT_SECRET || 'dev-secret'`
 * written in place ('inline'), or in the declaration of the constant passed (`const JWT_SECRET = ... ?? 'x'`).
 */
export function fallbackSecret(ex: CodeExtractor, n: Node): { at: 'inline' | 'declaration'; length: number; pos: Pos } | null {
  let u = unwrap(n);
  let at: 'inline' | 'declaration' = 'inline';
  if (u.type === 'Identifier') {
    const decl = declaratorOf(ex, u);
    if (!decl) return null;
    u = unwrap(decl.init as Node);
    at = 'declaration';
  }
  // NestJS ConfigService's default: `config.get<string>('JWT_SECRET', 'dev-secret')`
  if (u.type === 'CallExpression' && lastName(u) === 'get' && u.arguments.length >= 2 && configChain(memberChain(unwrap(u.callee)) ?? [])) {
    const dflt = staticString(u.arguments[1] as Node);
    return dflt ? { at, length: dflt.length, pos: posOf(u.arguments[1] as Node) } : null;
  }
  if (u.type !== 'LogicalExpression' || (u.operator !== '||' && u.operator !== '??')) return null;
  const lit = staticString(u.right as Node);
  if (lit === null || lit === '') return null;
  const left = memberChain(unwrap(u.left as Node)) ?? [];
  if (!(left[0] === 'process' || left.includes('env') || configChain(left))) return null;
  return { at, length: lit.length, pos: posOf(u.right as Node) };
}

/** `config.x`, `this.configService.get(...)`, `appConfig.jwt.secret`: a configuration object's value */
function configChain(chain: string[]): boolean {
  return chain.some((x) => /^(?:config|configService|cfg|appConfig|settings)$/i.test(x) || /(?:Config|ConfigService)$/.test(x));
}

/** The object a NestJS `registerAsync({ useFactory })` factory answers: `useFactory: (config) => ({ secret: ... })`. */
function factoryResult(opts: TSESTree.ObjectExpression | null): TSESTree.ObjectExpression | null {
  const f = prop(opts, 'useFactory');
  const fn = f ? unwrap(f) : null;
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return null;
  if (fn.body.type !== 'BlockStatement') {
    const b = unwrap(fn.body as Node);
    return b.type === 'ObjectExpression' ? b : null;
  }
  for (const st of fn.body.body) if (st.type === 'ReturnStatement' && st.argument && unwrap(st.argument as Node).type === 'ObjectExpression') return unwrap(st.argument as Node) as TSESTree.ObjectExpression;
  return null;
}

// ------------------------------------------------------------------ error details

/**
 * The status a response init or thrown error carries: `{ status: 500 }`, `HttpStatus.BAD_REQUEST`,
 * tRPC `code: 'INTERNAL_SERVER_ERROR'`. null: not written as a literal (unknown).
 */
function statusOf(n: Node | null | undefined): number | null {
  if (!n) return null;
  const u = unwrap(n);
  if (u.type === 'Literal' && typeof u.value === 'number') return u.value;
  if (u.type === 'ObjectExpression') return statusOf(prop(u, 'status') ?? prop(u, 'statusCode') ?? prop(u, 'code'));
  const word = u.type === 'Literal' && typeof u.value === 'string' ? u.value : (memberChain(u) ?? []).pop() ?? '';
  if (/^(?:INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE|BAD_GATEWAY|GATEWAY_TIMEOUT|NOT_IMPLEMENTED|CLIENT_CLOSED_REQUEST)$/.test(word)) return 500;
  if (/^(?:BAD_REQUEST|PARSE_ERROR|UNAUTHORIZED|FORBIDDEN|NOT_FOUND|CONFLICT|UNPROCESSABLE_(?:CONTENT|ENTITY)|PRECONDITION_FAILED|PAYLOAD_TOO_LARGE|TOO_MANY_REQUESTS|METHOD_NOT_SUPPORTED|TIMEOUT|GONE)$/.test(word)) return 400;
  return null;
}

/** NestJS exceptions named after their status (`InternalServerErrorException`): 5xx or 4xx. */
const NEST_5XX = /^(?:InternalServerError|ServiceUnavailable|BadGateway|GatewayTimeout|NotImplemented|HttpVersionNotSupported)Exception$/;

/**
 * Errors that frameworks turn into the response body: NestJS `new InternalServerErrorException(err.message)`
 * / `new HttpException(err.message, 500)`, tRPC `new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: err.message })`
 * (its message reaches the client), `new Response(String(err), { status: 500 })`. Client errors (4xx) explain
 * themselves to the client and are not reported, like `res.status(400).json(...)`.
 */
/**
 * An AdonisJS exception handler told to debug everywhere: `protected debug = true` renders every error with its stack
 * trace (the scaffold's `debug = !app.inProduction` decides per deployment).
 */
export function detectAdonisDebugHandler(ex: CodeExtractor, n: TSESTree.ClassDeclaration | TSESTree.ClassExpression): { pos: Pos; what: string } | null {
  const sup = n.superClass ? unwrap(n.superClass as Node) : null;
  if (sup?.type !== 'Identifier' || !/^@adonisjs\/(?:core\/http|http-server)$/.test(ex.importSourceOf(sup) ?? '')) return null;
  for (const m of n.body.body) {
    if (m.type !== 'PropertyDefinition' || m.static || propName(m) !== 'debug' || !m.value) continue;
    const v = unwrap(m.value as Node);
    if (v.type === 'Literal' && v.value === true) return { pos: posOf(m), what: 'stack traces (AdonisJS exception handler debug = true)' };
  }
  return null;
}

/**
 * GraphQL servers told to send error internals: Apollo Server's `includeStacktraceInErrorResponses: true`
 * (v2/v3 `debug: true`), GraphQL Yoga's `maskedErrors: false` (unexpected errors then reach the client as
 * thrown), Mercurius' `errorFormatter` left out is fine. Only a literal counts: `NODE_ENV !== 'production'` decides per deployment.
 */
export function detectGraphqlErrorConfig(ex: CodeExtractor, n: TSESTree.NewExpression | TSESTree.CallExpression): { pos: Pos; what: string } | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  const isTrue = (v: Node | null) => !!v && unwrap(v).type === 'Literal' && (unwrap(v) as TSESTree.Literal).value === true;
  const isFalse = (v: Node | null) => !!v && unwrap(v).type === 'Literal' && (unwrap(v) as TSESTree.Literal).value === false;
  // NestJS `GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, includeStacktraceInErrorResponses: true })`:
  // the Apollo driver hands its options to Apollo Server
  if (callee.type === 'MemberExpression' && name === 'forRoot' && unwrap(callee.object as Node).type === 'Identifier' &&
    /^@nestjs\/graphql$/.test(ex.importSourceOf(unwrap(callee.object as Node) as TSESTree.Identifier) ?? '')) {
    const o = objectOf(ex, n.arguments[0] as Node | undefined);
    const st = o ? prop(o, 'includeStacktraceInErrorResponses') ?? prop(o, 'debug') : null;
    if (isTrue(st)) return { pos: posOf(st!), what: 'stack traces (Apollo driver includeStacktraceInErrorResponses: true)' };
    return null;
  }
  if (callee.type !== 'Identifier') return null;
  const source = ex.importSourceOf(callee) ?? '';
  const o = objectOf(ex, n.arguments[0] as Node | undefined);
  if (!o) return null;
  if (name === 'ApolloServer' && /^(?:@apollo\/server|apollo-server(?:-[\w-]+)?)$/.test(source)) {
    const st = prop(o, 'includeStacktraceInErrorResponses');
    if (isTrue(st)) return { pos: posOf(st!), what: 'stack traces (Apollo Server includeStacktraceInErrorResponses: true)' };
    const debug = prop(o, 'debug');
    if (isTrue(debug)) return { pos: posOf(debug!), what: 'stack traces (Apollo Server debug: true)' };
  }
  if (name === 'createYoga' && /^(?:graphql-yoga|@graphql-yoga\/[\w-]+)$/.test(source)) {
    const masked = prop(o, 'maskedErrors');
    if (isFalse(masked)) return { pos: posOf(masked!), what: 'raw error messages (GraphQL Yoga maskedErrors: false)' };
  }
  return null;
}

export function detectErrorLeakNew(ex: CodeExtractor, n: TSESTree.NewExpression, guarded: (n: Node) => boolean): { pos: Pos; what: string } | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  const a0 = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  if (!a0 || guarded(n)) return null;
  let body: Node | null = null;
  if (name === 'TRPCError') {
    if (a0.type !== 'ObjectExpression' || (statusOf(prop(a0, 'code')) ?? 500) < 500) return null;
    body = prop(a0, 'message');
  } else if (/Exception$/.test(name) && callee.type === 'Identifier' && /^@nestjs\//.test(ex.importSourceOf(callee) ?? '')) {
    if (NEST_5XX.test(name)) body = a0;
    else if (name === 'HttpException' && (statusOf(n.arguments[1] as Node) ?? 0) >= 500) body = a0;
    else return null;
  } else if (/^(?:Response|NextResponse)$/.test(name) && callee.type === 'Identifier') {
    if ((statusOf(n.arguments[1] as Node) ?? 500) < 500) return null;
    body = a0;
  }
  if (!body) return null;
  const what = leakOf(ex, body, 0, guarded);
  return what ? { pos: posOf(n), what } : null;
}

/** Response helpers called bare: Remix / React Router `json(data, init)` and `data()`, SvelteKit `json()`, `error(500, msg)` and `fail(500, data)`. */
function detectBareResponseLeak(ex: CodeExtractor, n: TSESTree.CallExpression, callee: TSESTree.Identifier, guarded: (n: Node) => boolean): { pos: Pos; what: string } | null {
  const src = ex.importSourceOf(callee) ?? '';
  const name = lastName(n);
  // h3 / Nitro / Nuxt `createError({ statusCode: 500, message: err.message })` (auto-imported): its message and data reach the client
  // (not Nuxt's app-side createError in pages and composables, which shows the error page: server code only)
  if (name === 'createError' && (/^(?:h3|nitropack(?:\/runtime)?)$/.test(src) || (/(?:^|\/)server\//.test(ex.file) && (src === '#imports' || (!src && !ex.variableOf(callee)))))) {
    const o = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
    if (o?.type !== 'ObjectExpression' || (statusOf(prop(o, 'statusCode') ?? prop(o, 'status') ?? undefined) ?? 500) < 500 || guarded(n)) return null;
    const what = leakOf(ex, o, 0, guarded);
    return what ? { pos: posOf(n), what } : null;
  }
  if (!/^(?:@remix-run\/(?:node|cloudflare|deno|server-runtime)|react-router|@sveltejs\/kit)$/.test(src)) return null;
  let body: Node | undefined;
  if (name === 'json' || name === 'data') {
    if ((statusOf(n.arguments[1] as Node) ?? 500) < 500) return null;
    body = n.arguments[0] as Node | undefined;
  } else if (name === 'error' && src === '@sveltejs/kit') {
    // error(500, err.message): SvelteKit shows the message of an expected error to the client
    if ((statusOf(n.arguments[0] as Node) ?? 500) < 500) return null;
    body = n.arguments[1] as Node | undefined;
  } else if (name === 'fail' && src === '@sveltejs/kit') {
    // a form action's `return fail(500, { message: error.message })`: its data is handed to the page (`form`);
    // a 4xx failure explains the client's own mistake
    if ((statusOf(n.arguments[0] as Node) ?? 0) < 500) return null;
    body = n.arguments[1] as Node | undefined;
  } else return null;
  if (!body || guarded(n)) return null;
  const what = leakOf(ex, body, 0, guarded);
  return what ? { pos: posOf(n), what } : null;
}

/** `res.status(500).json({ error: err.message })`, `res.send(err)`, `reply.send(error.stack)`, `c.json({ stack })` */
export function detectErrorLeak(ex: CodeExtractor, n: TSESTree.CallExpression, guarded: (n: Node) => boolean): { pos: Pos; what: string } | null {
  const name = lastName(n);
  const callee = unwrap(n.callee);
  if (callee.type === 'Identifier') return detectBareResponseLeak(ex, n, callee, guarded);
  if (name === 'response' && callee.type === 'MemberExpression' && /^(?:h|toolkit|responseToolkit)$/.test((memberChain(callee) ?? [])[0] ?? '') && n.arguments[0]) {
    // hapi: `h.response({ error: err.message }).code(500)`, the status set on what it returns
    const code = hapiStatusOf(n);
    if ((code !== null && code < 500) || guarded(n)) return null;
    const what = leakOf(ex, n.arguments[0] as Node, 0, guarded);
    return what ? { pos: posOf(n), what } : null;
  }
  // AdonisJS answers with a method named for the status: `response.internalServerError({ error: err.message })`
  // (its 4xx siblings, `response.badRequest(...)`, explain a client error)
  if (/^(?:internalServerError|badGateway|serviceUnavailable|gatewayTimeout|notImplemented)$/.test(name) && callee.type === 'MemberExpression' && n.arguments[0] &&
    /^(?:response|ctx\.response|context\.response)$/.test((memberChain(callee.object as Node) ?? []).join('.'))) {
    if (guarded(n)) return null;
    const what = leakOf(ex, n.arguments[0] as Node, 0, guarded);
    return what ? { pos: posOf(n), what } : null;
  }
  if (!/^(?:json|send|end|body|text)$/.test(name) || callee.type !== 'MemberExpression') return null;
  const ch = memberChain(callee) ?? [];
  if (!/^(?:res|response|reply|ctx|c|NextResponse|Response)$/.test(ch[0] ?? '')) return null;
  const arg = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  if (!arg) return null;
  // `res.status(400).json({ error: err.message })`: a client error explained to the client, unless the error is
  // narrowed to a database driver's class (`if (err instanceof Prisma.PrismaClientKnownRequestError)`): its message
  // was written by the driver (the query, the invocation's file and line, table and column names), whatever the status
  const driverError = inDriverErrorBranch(ex, n) || readsDriverErrorField(ex, arg);
  const status = /\.(?:status|code)\(\s*(\d{3})\s*\)/.exec(textOf(ex.src, callee, 200));
  if (status && Number(status[1]) < 500 && !driverError) return null;
  // `NextResponse.json({ error: err.message }, { status: 400 })`, `Response.json(x, { status: 422 })`
  if (/^(?:NextResponse|Response)$/.test(ch[0] ?? '') && (statusOf(n.arguments[1] as Node) ?? 500) < 500 && !driverError) return null;
  // Hono's `c.json({ error: err.message }, 409)`, `c.text(msg, 400)`: the status is the second argument
  if (ch.length === 2 && ch[0] === 'c' && n.arguments[1] && (statusOf(n.arguments[1] as Node) ?? 500) < 500 && !driverError) return null;
  if (guarded(n)) return null;
  // Fastify's `reply.send(err)` with the error itself hands it to the error handler (which decides
  // what the client sees, and is checked where it sends); it is not serialised as is
  if (ch[0] === 'reply' && name === 'send' && arg.type === 'Identifier') return null;
  const what = leakOf(ex, arg, 0, guarded);
  return what ? { pos: posOf(n), what } : null;
}

/** Database driver and ORM error classes: their messages are the driver's, not written for the client. */
const DRIVER_ERROR_CLASS = /^(?:Prisma\.)?PrismaClient(?:KnownRequest|UnknownRequest|Validation|RustPanic|Initialization)Error$|^(?:\w+\.)?(?:QueryFailedError|EntityNotFoundError|TypeORMError|MongoServerError|MongoError|DrizzleError|PostgresError|SqliteError|DatabaseError|UniqueConstraintError|ForeignKeyConstraintError|SequelizeDatabaseError|KnexTimeoutError|NoResultError)$/;

/** The response call sits in the branch taken for an error of a database driver's class (`if (err instanceof Prisma.PrismaClientKnownRequestError) {`). */
function inDriverErrorBranch(ex: CodeExtractor, n: Node): boolean {
  let child: Node = n;
  for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
    if ((cur.type !== 'IfStatement' && cur.type !== 'ConditionalExpression') || (cur as TSESTree.IfStatement).consequent !== child) continue;
    let hit = false;
    walk((cur as TSESTree.IfStatement).test as Node, (t) => {
      if (t.type === 'BinaryExpression' && t.operator === 'instanceof' && DRIVER_ERROR_CLASS.test(textOf(ex.src, t.right as Node, 120).replace(/\s+/g, ''))) hit = true;
    });
    if (hit) return true;
  }
  return false;
}

/** `h.response(x).code(400)` / `h.response(x).type('text/plain').code(422)`: the status chained on a hapi response */
function hapiStatusOf(n: Node): number | null {
  let cur: Node = n;
  for (let i = 0; i < 6; i++) {
    const m = (cur as { parent?: Node }).parent;
    if (m?.type !== 'MemberExpression' || m.object !== cur) return null;
    const call = (m as { parent?: Node }).parent;
    if (call?.type !== 'CallExpression' || call.callee !== m) return null;
    if (propName(m) === 'code') {
      const a = call.arguments[0] ? unwrap(call.arguments[0] as Node) : null;
      return a?.type === 'Literal' && typeof a.value === 'number' ? a.value : null;
    }
    cur = call;
  }
  return null;
}

/** The error detail a value carries (for `ctx.body = ...`), unless guarded by NODE_ENV. */
export function detectErrorLeakValue(ex: CodeExtractor, value: Node, guarded: (n: Node) => boolean): string | null {
  return guarded(value) ? null : leakOf(ex, value, 0, guarded);
}

const LEAKY_PROP = /^(?:stack|message|sqlMessage|detail|sql|errors|meta|constraint|sqlState|routine)$/;

/** Fields only a database driver's error has (pg's `constraint`, `routine`; mysql2's `sqlMessage`, `sqlState`, `sql`). */
const DRIVER_ERROR_PROP = /^(?:constraint|sqlMessage|sqlState|sql|routine)$/;

/**
 * The response value reads a driver-only field of an error (`{ detail: err.message, constraint: err.constraint }`):
 * the caught error is the driver's, so its message is not one written for the client, whatever the status.
 */
export function readsDriverErrorField(ex: CodeExtractor, value: Node): boolean {
  let hit = false;
  walk(value, (t) => {
    if (!hit && t.type === 'MemberExpression' && DRIVER_ERROR_PROP.test(propName(t) ?? '') && ex.taintOf(t.object as Node).includes('error')) hit = true;
  });
  return hit;
}

function leakWord(p: string): string {
  return p === 'stack' ? 'a stack trace' : `the raw error ${p}`;
}

/**
 * The first error detail in a response value that is not gated. The gate is checked where the
 * detail is written, so `{ message, ...(env === 'development' && { stack: err.stack }) }` and a
 * `const body = {...}` built the same way are fine, while an ungated `{ stack: err.stack }` is not.
 */
function leakOf(ex: CodeExtractor, n: Node, depth: number, guarded: (n: Node) => boolean): string | null {
  if (depth > 5) return null;
  const u = unwrap(n);
  const leaf = (what: string | null) => (what && !guarded(u) ? what : null);
  switch (u.type) {
    case 'ObjectExpression':
      for (const p of u.properties) {
        const v = p.type === 'Property' ? (p.value as Node) : p.type === 'SpreadElement' ? p.argument : null;
        const w = v ? leakOf(ex, v, depth + 1, guarded) : null;
        if (w) return w;
      }
      return null;
    case 'LogicalExpression':
      return leakOf(ex, u.left, depth + 1, guarded) ?? leakOf(ex, u.right, depth + 1, guarded);
    case 'ConditionalExpression': {
      // `status === 500 ? 'Server Error' : err.message`, `err.expose ? err.message : 'Internal error'`: the message
      // of an error the app raised with a client status (4xx) is what it wrote for the client; a stack is still a leak
      const client = clientErrorBranch(u.test as Node);
      const branch = (b: Node, isClient: boolean) => {
        const w = leakOf(ex, b, depth + 1, guarded);
        return w && isClient && w === leakWord('message') ? null : w;
      };
      return branch(u.consequent, client === 'consequent') ?? branch(u.alternate, client === 'alternate');
    }
    case 'MemberExpression': {
      const p = propName(u);
      if (!p || !LEAKY_PROP.test(p) || !ex.taintOf(u.object).includes('error')) return null;
      return leaf(leakWord(p));
    }
    case 'Identifier': {
      const caught = caughtValueLeak(ex, u, depth, guarded);
      if (caught) return caught;
      if (!ex.taintOf(u).includes('error')) return null;
      const local = localLeak(ex, u, depth, guarded);
      return local === undefined ? leaf('the raw error object') : local;
    }
    case 'TemplateLiteral':
      for (const e of u.expressions) {
        const w = leakOf(ex, e as Node, depth + 1, guarded);
        if (w) return w;
      }
      return null;
    case 'CallExpression':
      if (/^(?:String|stringify|toString|inspect)$/.test(lastName(u)) && u.arguments[0]) return leakOf(ex, u.arguments[0] as Node, depth + 1, guarded);
      // `err.toString()`: "Error: " and the message
      if (lastName(u) === 'toString' && !u.arguments.length && unwrap(u.callee).type === 'MemberExpression') return leakOf(ex, (unwrap(u.callee) as TSESTree.MemberExpression).object as Node, depth + 1, guarded);
      return null;
    default:
      return null;
  }
}

const STATUS_NAME = /^(?:status|statusCode|code|httpStatus|status_code)$/i;

/** Which branch of `test ? a : b` runs for errors with a client (4xx) status or an `expose`d message, if the test says. */
function clientErrorBranch(test: Node): 'consequent' | 'alternate' | null {
  const t = unwrap(test);
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const inner = clientErrorBranch(t.argument as Node);
    return inner === 'consequent' ? 'alternate' : inner === 'alternate' ? 'consequent' : null;
  }
  // `err.expose` (http-errors), `err.isOperational`: set on errors made for the client
  if (t.type === 'MemberExpression' && /^(?:expose|isOperational|isClientError|isPublic)$/.test(propName(t) ?? '')) return 'consequent';
  if (t.type !== 'BinaryExpression') return null;
  const named = (x: Node) => {
    const v = unwrap(x);
    return (v.type === 'Identifier' && STATUS_NAME.test(v.name)) || (v.type === 'MemberExpression' && STATUS_NAME.test(propName(v) ?? ''));
  };
  const num = (x: Node) => {
    const v = unwrap(x);
    return v.type === 'Literal' && typeof v.value === 'number' ? v.value : null;
  };
  let op = t.operator as string;
  let n = num(t.right as Node);
  if (n === null || !named(t.left as Node)) {
    n = num(t.left as Node);
    if (n === null || !named(t.right as Node)) return null;
    op = ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' } as Record<string, string>)[op] ?? op;
  }
  // the server-error side: `=== 500`, `>= 500`, `> 499`; the client side: `!== 500`, `< 500`, `<= 499`
  const server = (op === '===' || op === '==') && n >= 500 ? 'consequent' : (op === '!==' || op === '!=') && n >= 500 ? 'alternate'
    : (op === '>=' && n >= 500) || (op === '>' && n >= 499) ? 'consequent' : (op === '<' && n >= 500) || (op === '<=' && n >= 499) ? 'alternate' : null;
  return server === 'consequent' ? 'alternate' : server === 'alternate' ? 'consequent' : null;
}

/**
 * A local holding what a rejection handler answered: `const rows = await query().catch((err) => ({ error: err.message }))`,
 * then `res.json(rows)` sends the error's message whenever the query fails.
 */
function caughtValueLeak(ex: CodeExtractor, id: TSESTree.Identifier, depth: number, guarded: (n: Node) => boolean): string | null {
  const def = ex.variableOf(id)?.defs[0];
  if (def?.type !== 'Variable') return null;
  const decl = def.node as TSESTree.VariableDeclarator;
  if (decl.id.type !== 'Identifier' || !decl.init) return null;
  const call = unwrap(decl.init);
  if (call.type !== 'CallExpression' || lastName(call) !== 'catch' || unwrap(call.callee).type !== 'MemberExpression') return null;
  const cb = call.arguments[0] ? unwrap(call.arguments[0] as Node) : null;
  if (!cb || (cb.type !== 'ArrowFunctionExpression' && cb.type !== 'FunctionExpression')) return null;
  const answers: Node[] = cb.body.type === 'BlockStatement'
    ? cb.body.body.filter((st): st is TSESTree.ReturnStatement => st.type === 'ReturnStatement' && !!st.argument).map((st) => st.argument as Node)
    : [cb.body as Node];
  for (const a of answers) {
    const w = leakOf(ex, a, depth + 1, guarded);
    if (w) return w;
  }
  return null;
}

/**
 * A local variable read structurally instead of by taint: `const body = { ... }` is searched like
 * an inline object; `let { message } = err` is the error's message unless a gated branch overwrites
 * it (`if (env === 'production' && !err.isOperational) message = 'Internal Server Error'`).
 * undefined: not a local we can read (parameters, catch bindings, whole errors): use the taint.
 */
function localLeak(ex: CodeExtractor, id: TSESTree.Identifier, depth: number, guarded: (n: Node) => boolean): string | null | undefined {
  const v = ex.variableOf(id);
  const def = v?.defs[0];
  if (!v || def?.type !== 'Variable') return undefined;
  const decl = def.node as TSESTree.VariableDeclarator;
  if (!decl.init) return undefined;
  const writes = v.references.map((r) => r.writeExpr as Node | null | undefined).filter((w): w is Node => !!w && w !== decl.init);
  if (decl.id.type === 'ObjectPattern') {
    const path = destructuredPath(decl.id, def.name as Node);
    if (!path || path.length !== 1) return undefined;
    if (!LEAKY_PROP.test(path[0])) return null;
    // overwritten with something that is not the error in a gated branch: sanitised for production
    if (writes.some((w) => guarded(w) && !ex.taintOf(w).includes('error'))) return null;
    return guarded(decl.init) ? null : leakWord(path[0]);
  }
  if (decl.id.type !== 'Identifier') return undefined;
  const init = unwrap(decl.init);
  if (init.type !== 'ObjectExpression' && init.type !== 'ConditionalExpression' && init.type !== 'LogicalExpression') return undefined;
  for (const w of [init, ...writes]) {
    const found = leakOf(ex, w, depth + 1, guarded);
    if (found) return found;
  }
  return null;
}

function destructuredPath(pattern: TSESTree.ObjectPattern, target: Node): string[] | null {
  for (const p of pattern.properties) {
    if (p.type !== 'Property') continue;
    const val = unwrap(p.value as Node);
    const bound = val.type === 'AssignmentPattern' ? val.left : val;
    if (bound === target) {
      const k = propName(p);
      return k ? [k] : null;
    }
  }
  return null;
}

// ------------------------------------------------------------------ browser storage

export function detectStorageWrite(ex: CodeExtractor, n: TSESTree.CallExpression): { pos: Pos; storage: string; key: string } | null {
  if (lastName(n) !== 'setItem') return null;
  const ch = memberChain(unwrap(n.callee)) ?? [];
  const storage = ch.find((x) => x === 'localStorage' || x === 'sessionStorage');
  if (!storage) return null;
  const keyNode = n.arguments[0] as Node | undefined;
  const key = keyNode ? staticString(keyNode) ?? textOf(ex.src, keyNode, 40) : '';
  return storageWrite(ex, storage, key, n.arguments[1] as Node | undefined, n);
}

/** `localStorage.token = data.token`, `window.localStorage['accessToken'] = jwt`: web storage written as a property. */
export function detectStorageAssignment(ex: CodeExtractor, n: TSESTree.AssignmentExpression): { pos: Pos; storage: string; key: string } | null {
  const left = unwrap(n.left as Node);
  if (n.operator !== '=' || left.type !== 'MemberExpression') return null;
  const ch = memberChain(unwrap(left.object as Node)) ?? [];
  const storage = ch[ch.length - 1];
  if (storage !== 'localStorage' && storage !== 'sessionStorage') return null;
  const key = left.computed ? staticString(left.property as Node) ?? textOf(ex.src, left.property as Node, 40) : propName(left) ?? '';
  return storageWrite(ex, storage, key, n.right as Node, n);
}

/**
 * Storage behind a library: a `useLocalStorage('accessToken', ...)` hook (usehooks-ts, react-use,
 * @uidotdev/usehooks; @mantine/hooks' `useLocalStorage({ key })`), and a zustand store persisted with
 * `persist(creator, { name })` whose state holds a token (localStorage unless its `storage` says
 * otherwise; `partialize` decides which fields are written).
 */
export function detectStorageLibrary(ex: CodeExtractor, n: TSESTree.CallExpression): { pos: Pos; storage: string; key: string; via: string } | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  const hook = /^use(Local|Session)Storage(?:State)?$/.exec(name);
  if (hook && callee.type === 'Identifier') {
    const a0 = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
    const keyNode = a0?.type === 'ObjectExpression' ? prop(a0, 'key') : a0;
    const key = keyNode ? staticString(keyNode) ?? '' : '';
    return key && tokenStorageKey(key) ? { pos: posOf(n), storage: hook[1] === 'Local' ? 'localStorage' : 'sessionStorage', key, via: `${name}("${key}")` } : null;
  }
  if (name !== 'persist' || callee.type !== 'Identifier' || !/^zustand(?:\/|$)/.test(ex.importSourceOf(callee) ?? '')) return null;
  const opts = objectOf(ex, n.arguments[1] as Node | undefined);
  let storage = 'localStorage';
  const st = prop(opts, 'storage');
  if (st) {
    const text = textOf(ex.src, st, 200);
    if (/sessionStorage/.test(text)) storage = 'sessionStorage';
    else if (!/localStorage/.test(text)) return null; // cookies, IndexedDB, a server: not web storage
  }
  // the fields written: what `partialize` returns, else the whole state the creator returns
  const part = prop(opts, 'partialize');
  const shape = part ? returnedObject(part) : returnedObject(n.arguments[0] as Node | undefined);
  const field = shape?.properties.map((p) => (p.type === 'Property' ? propName(p) ?? '' : '')).find((k) => k && tokenStorageKey(k) && k !== 'isAuthenticated');
  if (!field) return null;
  const nameOpt = prop(opts, 'name');
  const store = (nameOpt && staticString(nameOpt)) || 'store';
  return { pos: posOf(n), storage, key: `${store}.${field}`, via: `zustand persist("${store}") of the field ${field}` };
}

/** the object literal a function returns (`(set) => ({ token: null })`, `(s) => { return { token: s.token } }`) */
function returnedObject(fn: Node | undefined): TSESTree.ObjectExpression | null {
  const f = fn ? unwrap(fn) : null;
  if (!f || (f.type !== 'ArrowFunctionExpression' && f.type !== 'FunctionExpression')) return null;
  if (f.body.type !== 'BlockStatement') {
    const b = unwrap(f.body as Node);
    return b.type === 'ObjectExpression' ? b : null;
  }
  for (const st of f.body.body) if (st.type === 'ReturnStatement' && st.argument && unwrap(st.argument as Node).type === 'ObjectExpression') return unwrap(st.argument as Node) as TSESTree.ObjectExpression;
  return null;
}

/** a storage key (or persisted field) that names a token, session or credential, not what is known about one */
function tokenStorageKey(key: string): boolean {
  return /token|jwt|auth|session|sid\b|bearer|credential|api_?key|access|refresh/i.test(key) && !/theme|locale|lang|redirect|return|tour|onboard|expir|ttl|timestamp|column|visib|sidebar|layout|collaps|sorting|filters?\b|table|density/i.test(key) &&
    !/(?:At|Time|Type|Count|Provider|Method)$|[_-](?:at|time|type|count|provider|method)$/.test(key) && !/^(?:is|has)[A-Z_]/.test(key) &&
    // the signed-in user's profile kept beside the token (`AUTH_USER`, `authUser`, `session_profile`): no token in it
    // unless what is written says so (the value's taint is checked apart)
    !/(?:user|profile|account|email|avatar)$/i.test(key);
}

function storageWrite(ex: CodeExtractor, storage: string, key: string, value: Node | undefined, at: Node): { pos: Pos; storage: string; key: string } | null {
  // `sessionStorage.setItem(reloadSessionKey, '1')`: a flag, whatever the key is called
  const literal = value ? staticString(value) : null;
  if (literal !== null && literal.length < 20) return null;
  const valueTaint = value ? ex.taintOf(value) : [];
  // (a key for what is known about the token, `tokenExpiry`, `sessionStartedAt`, `authType`, holds no token)
  const tokenKey = tokenStorageKey(key);
  const tokenValue = valueTaint.some((t) => /^sensitive:(?:token|JWT|session|authorization|API key|bearer|access|refresh)/i.test(t));
  return tokenKey || tokenValue ? { pos: posOf(at), storage, key } : null;
}

// ------------------------------------------------------------------ uploads

export function detectUpload(ex: CodeExtractor, n: TSESTree.CallExpression | TSESTree.NewExpression): { pos: Pos; library: string; hasLimit: boolean; hasTypeCheck: boolean; conditional?: boolean; optionsRef?: import('../types').ValueRef } | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  let library = '';
  let opts: TSESTree.ObjectExpression | null = null;
  if (callee.type === 'Identifier' && /^(?:File|Files|FileFields|AnyFiles)Interceptor$/.test(name) && ex.importSourceOf(callee) === '@nestjs/platform-express') {
    // NestJS: FileInterceptor('file', { limits, fileFilter }) or ParseFilePipe validators on the parameter
    const idx = name === 'AnyFilesInterceptor' ? 0 : name === 'FilesInterceptor' ? 2 : 1;
    const o = objectOf(ex, n.arguments[idx] as Node);
    const method = enclosingMethodText(ex, n);
    // (the app's own pipe named for checking the file, `@UsePipes(new CustomFileValidationPipe())`, `@UploadedFile(UploadValidationPipe)`:
    // its class is elsewhere; a pipe made to validate uploads checks their type and size)
    const ownPipe = /\b\w*(?:File|Upload|Image|Media|Attachment)\w*Validat(?:ion|or)Pipe\b/.test(method);
    return {
      pos: posOf(n), library: name,
      hasLimit: !!prop(objectOf(ex, prop(o, 'limits') ?? undefined), 'fileSize') || /MaxFileSizeValidator|addMaxSizeValidator|maxSize/.test(method) || ownPipe,
      hasTypeCheck: !!filterOption(prop(o, 'fileFilter')) || /FileTypeValidator|addFileTypeValidator|fileType/.test(method) || ownPipe,
    };
  }
  if (callee.type === 'Identifier' && /^(?:unstable_)?(?:createFileUploadHandler|createMemoryUploadHandler|parseMultipartFormData)$|^parseFormData$/.test(name) &&
    /^@remix-run\/|^react-router$|^@mjackson\/form-data-parser$/.test(ex.importSourceOf(callee) ?? '')) {
    // Remix / React Router upload handlers cap each part (maxPartSize, maxFileSize: 3 MB / 2 MB by default);
    // the type is checked by a `filter` option or by the code that handles the file
    if (/parseMultipartFormData$/.test(name)) return null; // the handler it is given is the upload
    // `composeUploadHandlers(createFileUploadHandler({...}), createMemoryUploadHandler())`: a file handler with no
    // `filter` takes every file part, so the memory handler after it sees only the text fields (the upload is the file handler's)
    if (/createMemoryUploadHandler$/.test(name)) {
      const parent = (n as { parent?: Node }).parent;
      if (parent?.type === 'CallExpression' && /composeUploadHandlers$/.test(lastName(parent as TSESTree.CallExpression))) {
        const args = (parent as TSESTree.CallExpression).arguments;
        const before = args.slice(0, args.indexOf(n as TSESTree.CallExpressionArgument));
        if (before.some((a) => { const u = unwrap(a as Node); return u.type === 'CallExpression' && /createFileUploadHandler$/.test(lastName(u)) && !prop(objectOf(ex, u.arguments[0] as Node), 'filter'); })) return null;
      }
    }
    const o = objectOf(ex, n.arguments[name === 'parseFormData' ? 1 : 0] as Node);
    const fnText = enclosingFunctionText(ex, n);
    return {
      pos: posOf(n), library: name, hasLimit: true,
      hasTypeCheck: !!prop(o, 'filter') || /contentType\s*(?:[!=]==?|\.startsWith|\.includes)|\.type\s*(?:[!=]==?|\.startsWith)|mimetype|allowedTypes|ALLOWED_(?:TYPES|MIME)|\.includes\(\s*\w+\.(?:type|contentType)\)/i.test(fnText),
    };
  }
  // Elysia's request schema: `body: t.Object({ file: t.File({ type: 'image', maxSize: '5m' }) })`, `t.Files()`
  if (callee.type === 'MemberExpression' && /^(?:File|Files)$/.test(name)) {
    const head = unwrap(callee.object as Node);
    if (head.type !== 'Identifier' || ex.importSourceOf(head) !== 'elysia') return null;
    const o = objectOf(ex, n.arguments[0] as Node);
    const fnText = enclosingFunctionText(ex, n);
    return {
      pos: posOf(n), library: `Elysia t.${name}()`,
      hasLimit: !!prop(o, 'maxSize'),
      hasTypeCheck: !!prop(o, 'type') || /fileType\(|\.type\s*(?:[!=]==?|\.startsWith)|mimetype|ALLOWED_(?:TYPES|MIME)/i.test(fnText),
    };
  }
  // AdonisJS: `request.file('avatar', { size: '2mb', extnames: ['jpg', 'png'] })`, `request.files('docs', {...})`
  // (a VineJS `vine.file({ size, extnames })` schema checks the file where the request is validated instead)
  if (callee.type === 'MemberExpression' && /^(?:file|files)$/.test(name) && n.arguments.length >= 1 && staticString(n.arguments[0] as Node) !== null &&
    /^(?:ctx\.)?request$/.test(ex.src.slice(callee.object.range[0], callee.object.range[1]))) {
    const o = objectOf(ex, n.arguments[1] as Node);
    const fnText = enclosingFunctionText(ex, n);
    const vine = /\bvine\s*\.\s*file\s*\(/.test(fnText) || /validateUsing\s*\(/.test(fnText);
    return { pos: posOf(n), library: `request.${name}()`, hasLimit: !!prop(o, 'size') || vine, hasTypeCheck: !!prop(o, 'extnames') || vine };
  }
  // @fastify/multipart in a handler: `await request.file()`, `request.files()`, `request.parts()`, `saveRequestFiles()`.
  // The size limit is judged where the plugin is registered (or in the call's own `limits`); the type check can
  // only be in the handler that takes the file (`file.mimetype`, an allowlist of types)
  if (callee.type === 'MemberExpression' && n.type === 'CallExpression' && /^(?:file|files|parts|saveRequestFiles)$/.test(name)) {
    const chain = memberChain(callee) ?? [];
    if (chain.length === 2 && /^(?:request|req)$/.test(chain[0]) && /fastify/i.test(ex.src)) {
      const fnText = enclosingFunctionText(ex, n);
      return {
        pos: posOf(n), library: `@fastify/multipart request.${name}()`, hasLimit: true,
        // (the part's `mimetype` tested, not only stored: `mime: file.mimetype` hands the client's word on)
        hasTypeCheck: checksFileType(fnText, String.raw`(?:mimetype|mimeType|mime_type)`) ||
          /contentType\s*(?:[!=]==?|\.startsWith|\.includes)|allowed\w*(?:Types|Mimes|Extensions)|ALLOWED_\w+|fileTypeFrom|\.type\s*(?:[!=]==?|\.startsWith)/i.test(fnText),
      };
    }
  }
  if (callee.type === 'Identifier') {
    const src = ex.importSourceOf(callee) ?? '';
    // (multer's storage engines imported by name, `diskStorage({ destination })`, accept nothing themselves)
    if (/^(?:multer|formidable|busboy|express-fileupload|koa-body|@koa\/multer|koa-multer)$/.test(src) && !/^(?:diskStorage|memoryStorage)$/.test(name)) library = src;
    if (library) opts = objectOf(ex, n.arguments[0] as Node);
  } else if (callee.type === 'MemberExpression' && name === 'register' && n.arguments[0]) {
    const src = ex.pluginSourceOf(n.arguments[0] as Node);
    if (src && /^@fastify\/multipart$|^fastify-multipart$/.test(src)) {
      library = src;
      opts = objectOf(ex, n.arguments[1] as Node);
    }
  }
  if (!library) return null;
  if (library === 'koa-body' && !prop(opts, 'multipart')) return null;
  const limits = objectOf(ex, prop(opts, 'limits') ?? undefined);
  const formidableOpts = library === 'koa-body' ? objectOf(ex, prop(opts, 'formidable') ?? undefined) : opts;
  const hasLimit = !!(prop(limits, 'fileSize') || prop(formidableOpts, 'maxFileSize') || prop(opts, 'limits') && library !== 'multer');
  // @fastify/multipart has no filter option: the handler checks `part.mimetype`, which a config cannot show
  // express-fileupload has no filter option either: as a route's middleware, its handler checks `file.mimetype`
  const routeHandler = library === 'express-fileupload' ? handlerAfter(n) : null;
  const handlerChecksType = !!routeHandler && /mime_?type|allowed\w*(?:Types|Mimes|Extensions)|ALLOWED_\w+|fileTypeFrom/i.test(ex.src.slice(routeHandler.range[0], routeHandler.range[1]));
  // busboy and formidable hand each file's reported type to the code around them: `bb.on('file', (name, file, info) =>
  // { if (!ALLOWED.includes(info.mimeType)) ... })`, `if (files.avatar?.[0]?.mimetype !== 'image/png')`
  const streamChecksType = /^(?:busboy|formidable)$/.test(library) && checksFileType(enclosingFunctionText(ex, n), String.raw`(?:mimetype|mimeType|mime_type)`);
  const hasTypeCheck = /multipart/.test(library) || handlerChecksType || streamChecksType || !!(filterOption(prop(opts, 'fileFilter')) || filterOption(prop(formidableOpts, 'filter')) || filterOption(prop(opts, 'filter')) || prop(formidableOpts, 'allowedMimeTypes'));
  // `koaBody({ multipart: Boolean(files) })` in a guard factory: files are accepted only where the caller asks
  const multipart = library === 'koa-body' ? prop(opts, 'multipart') : null;
  const conditional = !!multipart && !(multipart.type === 'Literal' && multipart.value === true);
  // `multer(uploadOptions)` with the options imported from the app's config module: read where linked
  const arg0 = library === 'multer' && !opts && n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  const optionsRef = arg0 && (arg0.type === 'Identifier' || arg0.type === 'MemberExpression') ? ex.valueOf(arg0) : undefined;
  return { pos: posOf(n), library, hasLimit, hasTypeCheck, ...(conditional ? { conditional } : {}), ...(optionsRef ? { optionsRef } : {}) };
}

/**
 * A filter option that may turn files away. One written to let every file through checks nothing:
 * multer's `fileFilter: (req, file, cb) => cb(null, true)`, formidable's `filter: () => true`.
 */
function filterOption(v: Node | null): Node | null {
  if (!v) return null;
  const fn = unwrap(v);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return v;
  let e: Node | null = null;
  if (fn.body.type === 'BlockStatement') {
    const st = fn.body.body.length === 1 ? fn.body.body[0] : null;
    if (st?.type === 'ExpressionStatement') e = st.expression;
    else if (st?.type === 'ReturnStatement' && st.argument) e = st.argument;
  } else e = fn.body;
  const x = e ? unwrap(e) : null;
  if (!x) return v;
  const isLit = (a: Node | undefined, val: unknown) => !!a && unwrap(a).type === 'Literal' && (unwrap(a) as TSESTree.Literal).value === val;
  if (isLit(x, true)) return null;
  if (x.type === 'CallExpression' && x.arguments.length === 2 && isLit(x.arguments[0] as Node, null) && isLit(x.arguments[1] as Node, true)) return null;
  return v;
}

/** The handler a middleware call is written before: `router.post('/x', fileUpload({...}), async (req, res) => ...)`. */
function handlerAfter(n: Node): Node | null {
  const parent = (n as { parent?: Node }).parent;
  if (parent?.type !== 'CallExpression' || !parent.arguments.includes(n as TSESTree.CallExpressionArgument)) return null;
  const last = parent.arguments[parent.arguments.length - 1] as Node;
  return last !== n && /^(?:ArrowFunctionExpression|FunctionExpression)$/.test(unwrap(last).type) ? last : null;
}

// ------------------------------------------------------------------ credential literals

/** `const STRIPE_KEY = 'sk_live_...'`, `{ apiKey: 'AKIA...' }`, `password: 'hunter2'` in config. */
export function detectSecretLiteral(name: string, valueNode: Node, secretByPlace = false): { format: string; redacted: string } | null {
  const value = staticString(valueNode);
  if (value === null || value.length < 8 || value.length > 5000) return null;
  const v = classifySecretValue(value);
  if (v.kind === 'publishable' || v.kind === 'placeholder') return null;
  // a PEM private key written as one string with \n escapes
  // (with key material after it: a placeholder such as `-----BEGIN PRIVATE KEY-----\n[private-key-content]\n...` is none)
  if (/-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----(?:\\[nr]|\s)*[A-Za-z0-9+/=]{40,}/.test(value)) return { format: 'private key', redacted: redactSecret(value) };
  // a regex or format string under a secret-like name (`passwordPattern = '^(?=.*[A-Z])...'`, `jwt_claims_hint`) is not a credential
  if (/(?:Pattern|Regex|RegExp|Format|Hint|Label|Placeholder|Message|Field|Policy|Rule|Rules|Length|Header|Name|Url|URL|Path|Endpoint)$|[_-](?:pattern|regex|format|hint|label|placeholder|message|description|title|text|field|policy|rules?|length|header|name|url|path|endpoint)$/i.test(name) || (value.match(/[\^$\\()[\]{}|?*+]/g) ?? []).length > 3) {
    if (v.format === 'high-entropy') return null;
  }
  // prose (a translated message: `'JWT のクレーム...'`) is no key: key material is printable ASCII without spaces
  if (v.format === 'high-entropy' && /[^\x21-\x7e]/.test(value)) return null;
  // an alphabet (`PASSWORD_CHARSET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'`) is what random
  // values are drawn from, not one: each character once, mostly in runs of consecutive ones (a sequential fake such as
  // `'0123456789abcdef0123456789abcdef'` under a secret's name is still a secret written in the code)
  if (new Set(value).size === value.length && consecutiveShare(value) > 0.6) return null;
  // a form field's hint (`placeholder="https://hooks.slack.com/services/..."`, `example: 'sk_test_...'`) shows the shape of a value
  if (isExampleName(name)) return null;
  // (`secretByPlace`: the value goes where only a key goes, AdonisJS's `new Secret(...)`, whatever its variable is named)
  const named = classifySecretName(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  const n = secretByPlace ? { ...named, secretLike: true, publishableByName: false } : named;
  if (v.kind === 'secret' && (v.format !== 'high-entropy' || n.secretLike)) return { format: v.format, redacted: redactSecret(value) };
  // `SESSION_SECRET = 'a8f5f167f44f4964e6c998dee827110c'`: hex or base64 key material (what `openssl rand -hex 32`
  // prints) under a secret-like name; hex tops out at 4 bits a character, below the generic entropy bar. A hash,
  // a checksum or an id has another name.
  if (n.secretLike && !n.publishableByName && v.kind === 'unknown' && (/^[0-9a-f]{32,}$/i.test(value) || /^[A-Za-z0-9+/_-]{32,}={0,2}$/.test(value)) && /[0-9]/.test(value) && /[a-z]/i.test(value) && distinctChars(value) >= (/^[0-9a-f]+$/i.test(value) ? 6 : 10) &&
    !/[a-z]{4,}[/_-][a-z]{4,}/i.test(value) && !/(?:Name|Id|ID|Arn|ARN|Path|Url|URL|Header|Prefix)$/.test(name) && !/(?:hash|sha|md5|checksum|digest|id|uuid)$/i.test(name)) {
    return { format: /^[0-9a-f]+$/i.test(value) ? 'random hex secret' : 'high-entropy', redacted: redactSecret(value) };
  }
  // `new Pool({ password: 'Sup3rS3cret!' })`, SMTP `auth: { pass: '...' }`: a password written in the code. A label
  // (`password: 'Mot de passe'`, `'Nouveau-mot-de-passe'`), a word (`'changeme'`) or a placeholder is not one: it has
  // no spaces, and mixes letters with digits (or cases with symbols)
  if (PASSWORD_NAME.test(name) && !/\s/.test(value) && value.length <= 128 && /[a-z]/i.test(value) &&
    (/[0-9]/.test(value) || (/[A-Z]/.test(value) && /[a-z]/.test(value) && /[!@#$%^&*?+=~]/.test(value))) &&
    !/^(?:https?:|\$\{|\{\{|%|<)/i.test(value) && !/(?:your|example|placeholder|changeme|password|xxx|dummy|sample|test)/i.test(value)) {
    return { format: 'password', redacted: redactSecret(value) };
  }
  return null;
}

/** The share of a string's characters that follow the one before in code order (`abcd`, `0123`). */
function consecutiveShare(value: string): number {
  let n = 0;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) === value.charCodeAt(i - 1) + 1) n++;
  return value.length > 1 ? n / (value.length - 1) : 0;
}

/** A property or variable that holds a password: `password`, `pass`, `dbPassword`, `SMTP_PASS`; not `passwordHint`, `passwordHash`. */
const PASSWORD_NAME = /^(?:\w*[_a-z])?(?:password|passwd|pass|pwd)$|^(?:password|passwd|pass|pwd)$/i;

/** The source of the function a call sits in ('' at module scope). */
function enclosingFunctionText(ex: CodeExtractor, n: Node): string {
  for (let cur = (n as { parent?: Node }).parent; cur; cur = (cur as { parent?: Node }).parent) {
    if (cur.type === 'FunctionDeclaration' || cur.type === 'FunctionExpression' || cur.type === 'ArrowFunctionExpression') return ex.src.slice(cur.range[0], cur.range[1]);
  }
  return '';
}

/** The source of the class method a decorator call sits on (for ParseFilePipe validators). */
function enclosingMethodText(ex: CodeExtractor, n: Node): string {
  let cur = (n as { parent?: Node }).parent;
  for (let i = 0; cur && i < 6; i++) {
    if (cur.type === 'MethodDefinition') return ex.src.slice(cur.range[0], cur.range[1]);
    cur = (cur as { parent?: Node }).parent;
  }
  return '';
}

/** `const form = await req.formData(); const file = form.get('file') as File; await file.arrayBuffer()` */
export function detectFormDataUpload(ex: CodeExtractor, n: TSESTree.CallExpression, fnText: string): { pos: Pos; library: string; hasLimit: boolean; hasTypeCheck: boolean } | null {
  const name = lastName(n);
  // h3 `readMultipartFormData(event)`: every part in memory, files included
  if (name === 'readMultipartFormData') {
    return {
      pos: posOf(n), library: 'readMultipartFormData (h3)',
      hasLimit: /\.(?:size|length|byteLength)\s*(?:>|<|>=|<=)|MAX_(?:FILE_)?SIZE|maxSize|maxFileSize/i.test(fnText),
      hasTypeCheck: checksFileType(fnText),
    };
  }
  // (Hono's `await c.req.parseBody()` reads multipart form data the same way: its files are `File`s)
  if (name !== 'formData' && name !== 'readFormData' && name !== 'parseBody') return null;
  if (!/arrayBuffer\(|\.stream\(|instanceof File|as File\b|\bupload\(|putObject|writeFile/.test(fnText)) return null;
  return {
    pos: posOf(n), library: name === 'parseBody' ? 'c.req.parseBody() (Hono)' : 'request.formData()',
    hasLimit: /\.size\s*(?:>|<|>=|<=)|MAX_(?:FILE_)?SIZE|maxSize|maxFileSize/i.test(fnText),
    // (NuxtHub's `ensureBlob(file, { maxSize: '2MB', types: ['image'] })` checks both)
    hasTypeCheck: checksFileType(fnText) || /\bensureBlob\s*\([^]*?\btypes\s*:/i.test(fnText),
  };
}

/** The size and type checks of a handler that takes a form-data `File` (see detectFormDataUpload). */
export function formDataFileChecks(fnText: string): { hasLimit: boolean; hasTypeCheck: boolean } {
  return { hasLimit: /\.size\s*(?:>|<|>=|<=)|MAX_(?:FILE_)?SIZE|maxSize|maxFileSize/i.test(fnText), hasTypeCheck: checksFileType(fnText) };
}

/**
 * A file's type tested, not just read: `file.type` compared, searched (`ALLOWED.includes(file.type)`,
 * `file.type.startsWith('image/')`, `switch (file.type)`), a mimetype or an allowlist named for types, an
 * extension tested, or the bytes sniffed (`fileTypeFromBuffer`). Handing `file.type` on as the stored
 * object's content type (`{ contentType: file.type }`) checks nothing.
 */
function checksFileType(fnText: string, prop = 'type'): boolean {
  const TYPE = String.raw`[\w$.?\]\[]*\.${prop}\b`;
  return new RegExp(String.raw`\.${prop}\s*(?:===?|!==?)|(?:===?|!==?)\s*${TYPE}|\.${prop}\??\.(?:startsWith|endsWith|includes|match|split|test)\(|\.(?:includes|has|test|match|some|indexOf)\(\s*${TYPE}\s*[),]|switch\s*\(\s*${TYPE}\s*\)|\[\s*${TYPE}\s*\]|\b(?:is|check|validate|assert|ensure|allowed)\w*\(\s*${TYPE}|\.(?:includes|has)\(\s*(?:type|mime|mimetype|mimeType|contentType|fileType)\s*\)`).test(fnText) ||
    (prop === 'type' ? /mimetype/i.test(fnText) : false) ||
    /allowedTypes|ALLOWED_(?:TYPES|MIME)|ACCEPTED_(?:TYPES|MIME)|\.endsWith\(['"`]\.(?:png|jpe?g|pdf)|fileTypeFrom(?:Buffer|Stream|Blob)|\bfromBuffer\(/i.test(fnText);
}

function distinctChars(v: string): number {
  return new Set(v.toLowerCase()).size;
}

/** An Astro page or a module of an Astro app's (imports from `astro`, `astro:*`). */
function astroFile(ex: CodeExtractor): boolean {
  return /\.astro$/i.test(ex.file) || Object.values(ex.facts.imports ?? {}).some((i) => /^astro(?:$|:|\/)/.test(i.source));
}

/** A variable holding what a `sign` call made (`const token = jwt.sign(claims, secret)`, `await new SignJWT(c).sign(key)`), never reassigned. */
function signedHere(ex: CodeExtractor, arg: Node): boolean {
  const u = unwrap(arg);
  if (u.type !== 'Identifier') return false;
  const v = ex.variableOf(u);
  const def = v?.defs[0];
  if (!v || def?.type !== 'Variable' || v.references.some((r) => r.isWrite() && r.identifier !== (def.node as TSESTree.VariableDeclarator).id)) return false;
  const decl = def.node as TSESTree.VariableDeclarator;
  if (!decl.init || decl.id.type !== 'Identifier') return false;
  let init = unwrap(decl.init as Node);
  if (init.type === 'AwaitExpression') init = unwrap(init.argument as Node);
  if (init.type !== 'CallExpression') return false;
  const callee = unwrap(init.callee as Node);
  return callee.type === 'MemberExpression' && !callee.computed && propName(callee) === 'sign';
}
