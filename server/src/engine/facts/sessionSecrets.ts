/**
 * Session and cookie-signing secrets written in the source: whoever reads the repository can
 * forge sessions. These literals are usually words (`'keyboard cat'`, `'s3cr3t'`), below any
 * entropy bar, so they are recognised by where they go, not by how they look:
 * express-session / cookie-session `secret`/`keys`, `cookieParser('...')`, Koa `app.keys`,
 * Remix / React Router cookie `secrets`, iron-session and h3 `password`, @fastify/cookie and
 * @fastify/session `secret`, Hono signed cookies, Elysia's `cookie.secrets`, Auth.js / better-auth `secret`, the hapi cookie
 * strategy's and `server.state`'s `password`.
 * (JWT signing secrets are insecure-jwt's.)
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Pos } from '../types';
import { Node, posOf, unwrap, propName, staticString, lastName, textOf } from './ast';
import type { CodeExtractor } from './extractCode';
import { detectSecretLiteral, objectOf, prop } from './checklist';

export interface SecretLiteralFact {
  pos: Pos;
  name: string;
  format: string;
  redacted: string;
}

/** Where a library call keeps its secret: the argument, and the option keys inside it. */
interface SecretSite {
  what: string;
  node: Node | undefined;
  keys?: string[];
}

const REMIX = /^@remix-run\/|^react-router$|^@react-router\//;
const AUTH_CONFIG_CALL = /^(?:NextAuth|SvelteKitAuth|ExpressAuth|SolidAuth|NuxtAuthHandler|Auth|betterAuth)$/;
// (`#auth` is @sidebase/nuxt-auth's alias: `import { NuxtAuthHandler } from '#auth'`)
const AUTH_LIBS = /^(?:next-auth|@auth\/|better-auth|@hono\/auth-js|#auth$|@sidebase\/nuxt-auth)/;

/** The secrets a call hands to a session or cookie library. */
export function detectSessionSecretCall(ex: CodeExtractor, n: TSESTree.CallExpression | TSESTree.NewExpression): SecretLiteralFact[] {
  const sites = sessionSecretSites(ex, n);
  return sites.flatMap((s) => {
    const found = literalsOf(ex, s);
    if (!found.length) recordSecretRef(ex, s);
    return found;
  });
}

/** The value a site sets: its node, or the first of its option keys present (`secret`, `keys`...), named in `what`. */
function settingOf(ex: CodeExtractor, site: SecretSite): { node: Node | undefined; what: string } {
  if (!site.keys) return { node: site.node, what: site.what };
  const o = objectOf(ex, site.node);
  const key = site.keys.find((k) => prop(o, k));
  return { node: key ? prop(o, key) ?? undefined : undefined, what: site.what.replace('{key}', key ?? '') };
}

/** `session({ secret: config.sessionSecret })`: a secret read from another module's value, whose fallback linking looks up. */
function recordSecretRef(ex: CodeExtractor, site: SecretSite): void {
  const { node, what } = settingOf(ex, site);
  if (!node || unwrap(node).type !== 'MemberExpression') return;
  const ref = ex.valueOf(unwrap(node));
  if (ref.k === 'member') (ex.facts.sessionSecretRefs ??= []).push({ ref, what });
}

function sessionSecretSites(ex: CodeExtractor, n: TSESTree.CallExpression | TSESTree.NewExpression): SecretSite[] {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  const args = n.arguments as Node[];
  const src = callee.type === 'Identifier' || callee.type === 'MemberExpression' ? ex.importSourceOf(callee) ?? '' : '';
  if (/^(?:express-session|cookie-session|@fastify\/session|hono-sessions|koa-generic-session|express-mysql-session)$/.test(src)) {
    return [{ what: `${src}'s {key}`, node: args[0], keys: ['secret', 'secrets', 'keys', 'encryptionKey'] }];
  }
  if (src === 'cookie-parser') return [{ what: 'cookieParser(secret)', node: args[0] }];
  // Elysia: `new Elysia({ cookie: { secrets: 'Fischl von Luftschloss Narfidort', sign: ['profile'] } })`
  if (n.type === 'NewExpression' && src === 'elysia' && name === 'Elysia') {
    const cookie = objectOf(ex, prop(objectOf(ex, args[0]), 'cookie') ?? undefined);
    return cookie ? [{ what: "Elysia's cookie secrets", node: cookie, keys: ['secrets'] }] : [];
  }
  if (REMIX.test(src) && /^(?:create\w*SessionStorage|createCookie)$/.test(name)) {
    const opts = objectOf(ex, args[name === 'createCookie' ? 1 : 0]);
    const cookie = name === 'createCookie' ? opts : objectOf(ex, prop(opts, 'cookie') ?? undefined);
    return [{ what: name === 'createCookie' ? 'createCookie({ secrets })' : `${name}({ cookie: { secrets } })`, node: cookie ?? undefined, keys: ['secrets'] }];
  }
  // iron-session: getIronSession(req, res, opts) / getIronSession(cookies(), opts), sealData(data, opts), withIronSessionApiRoute(h, opts)
  if (src === 'iron-session' || /^iron-session\//.test(src) || src === 'h3') {
    const last = args[args.length - 1];
    return [{ what: `${src}'s password`, node: last, keys: ['password'] }];
  }
  if (src === 'hono/cookie' && (name === 'setSignedCookie' || name === 'getSignedCookie')) {
    return [{ what: `${name}'s secret`, node: args[name === 'setSignedCookie' ? 3 : 1] }];
  }
  if (AUTH_CONFIG_CALL.test(name) && AUTH_LIBS.test(src)) {
    return [{ what: `${name}({ secret })`, node: args[args.length - 1], keys: ['secret'] }];
  }
  // hapi: server.auth.strategy('session', 'cookie', { cookie: { password } }) (@hapi/cookie; hapi-auth-cookie before v9 kept
  // `password` beside `cookie: 'name'`), server.state('sid', { encoding: 'iron', password }), yar's `cookieOptions.password`
  if (callee.type === 'MemberExpression' && name === 'strategy' && staticString(args[1]) === 'cookie') {
    const opts = objectOf(ex, args[args.length >= 4 ? 3 : 2]);
    const cookie = objectOf(ex, prop(opts, 'cookie') ?? undefined);
    return [{ what: "the @hapi/cookie strategy's password", node: cookie ?? opts ?? undefined, keys: ['password'] }];
  }
  if (callee.type === 'MemberExpression' && name === 'state' && args.length === 2 && staticString(args[0]) !== null) {
    return [{ what: 'server.state password', node: args[1], keys: ['password'] }];
  }
  // fastify.register(fastifyCookie, { secret }), register(fastifySession, { secret }), register(secureSession, { secret })
  if (callee.type === 'MemberExpression' && name === 'register') {
    const plugin = ex.pluginSourceOf(args[0]);
    if (plugin && /^@fastify\/(?:cookie|session|secure-session)$|^fastify-(?:cookie|session|secure-session)$/.test(plugin)) {
      return [{ what: `${plugin}'s {key}`, node: args[1], keys: ['secret', 'secrets'] }];
    }
  }
  return [];
}

/**
 * An options object written on its own (`export const sessionOptions: SessionOptions = {...}` in
 * lib/session.ts): iron-session's shape (`cookieName` and `password`), or an Auth.js config
 * (`providers` and `secret`).
 */
export function detectSessionSecretObject(ex: CodeExtractor, o: TSESTree.ObjectExpression): SecretLiteralFact[] {
  if (prop(o, 'cookieName') && prop(o, 'password')) return literalsOf(ex, { what: "iron-session's password", node: o, keys: ['password'] });
  if (prop(o, 'providers') && prop(o, 'secret') && unwrap(prop(o, 'providers')!).type === 'ArrayExpression') return literalsOf(ex, { what: "the auth config's secret", node: o, keys: ['secret'] });
  // Nuxt `runtimeConfig: { session: { password } }` in nuxt.config: the h3 session password nuxt-auth-utils seals
  // its cookie with (`useSession` reads it there)
  if (prop(o, 'password') && /(?:^|\/)nuxt\.config\.[cm]?[jt]s$/.test(ex.file)) {
    const holder = (o as { parent?: Node }).parent;
    const config = holder?.type === 'Property' && propName(holder) === 'session' ? (holder as { parent?: Node }).parent : undefined;
    const runtime = config?.type === 'ObjectExpression' ? (config as { parent?: Node }).parent : undefined;
    if (runtime?.type === 'Property' && propName(runtime) === 'runtimeConfig') return literalsOf(ex, { what: 'runtimeConfig.session.password', node: o, keys: ['password'] });
  }
  return [];
}

/** Koa: `app.keys = ['im a newer secret', 'i like turtle']` signs the session cookie. */
export function detectKoaKeys(ex: CodeExtractor, n: TSESTree.AssignmentExpression): SecretLiteralFact[] {
  const left = unwrap(n.left as Node);
  // (also a list read from the environment with a fallback: `app.keys = (process.env.COOKIE_KEYS ?? 'dev-key').split(',')`)
  const right = unwrap(n.right as Node);
  if (left.type !== 'MemberExpression' || propName(left) !== 'keys' || !(right.type === 'ArrayExpression' || splitOf(right))) return [];
  // `import Koa from 'koa'`, or CommonJS `const Koa = require('koa')` (a binding)
  const fromKoa = (v: { k: string; source?: string } | undefined) => v?.k === 'import' && v.source === 'koa';
  if (!Object.values(ex.facts.imports).some((i) => i.source === 'koa') && !Object.values(ex.facts.bindings).some(fromKoa)) return [];
  return literalsOf(ex, { what: 'Koa app.keys', node: n.right as Node });
}

/** The string a `.split(sep)` call cuts (`(env.KEYS ?? 'a,b').split(',')`), else undefined. */
function splitOf(u: Node): Node | undefined {
  if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression' || propName(u.callee) !== 'split') return undefined;
  return u.callee.object as Node;
}

/** The first string literal a secret is made of (`'x'`, `['a', 'b']`, `env.X || 'dev'`), with its position. */
function literalsOf(ex: CodeExtractor, site: SecretSite): SecretLiteralFact[] {
  const { node, what } = settingOf(ex, site);
  const out: SecretLiteralFact[] = [];
  // one finding per setting: `keys: ['k1', 'k2']` is one rotation list
  const visit = (v: Node | undefined, depth: number) => {
    if (!v || depth > 4 || out.length) return;
    const u = unwrap(v);
    if (u.type === 'ArrayExpression') for (const e of u.elements) visit(e as Node | undefined, depth + 1);
    // iron-session's rotation map: `password: { 2: 'new', 1: 'old' }`
    else if (u.type === 'ObjectExpression') for (const p of u.properties) visit(p.type === 'Property' ? p.value as Node : undefined, depth + 1);
    // `process.env.SESSION_SECRET || 'keyboard cat'`: the fallback is what runs when the variable is unset
    else if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '??')) visit(u.right, depth + 1);
    // `(process.env.COOKIE_KEYS ?? 'k1,k2').split(',')`: the keys are the string's parts
    else if (splitOf(u)) visit(splitOf(u), depth + 1);
    // `isProd ? process.env.SECRET : 'dev-secret'`: a development value, not a deployed one
    else if (u.type === 'ConditionalExpression') {
      if (/NODE_ENV|production|development|isProd|isDev/i.test(textOf(ex.src, u.test as Node, 120))) return;
      visit(u.consequent, depth + 1);
      visit(u.alternate, depth + 1);
    } else if (u.type === 'Literal' || u.type === 'TemplateLiteral') {
      const value = staticString(u);
      if (!value || !value.trim()) return;
      const known = detectSecretLiteral('', u);
      out.push({ pos: posOf(u), name: what, format: known?.format ?? 'session signing secret', redacted: redactShort(value) });
    }
  };
  visit(node, 0);
  return out;
}

/** At most 4 characters and the length, fewer for short values (`s3cr3t` shows one). */
function redactShort(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 6));
  return `${value.slice(0, shown)}…(${value.length} chars)`;
}

