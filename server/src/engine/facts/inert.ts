/**
 * The cheap text prefilter. Most of a real app's files are UI components, hooks, types and small
 * utilities: nothing in them registers a route, queries a database, reads an env var, logs, sets a
 * cookie or CORS header, signs a token or holds a credential. Linking scans every file for those
 * things; everything else in a file's facts (its exports, bindings, function summaries) is read
 * only when a route reaches the file through an import.
 *
 * So a code file whose text shows none of those things gets *inert* facts without being parsed:
 * the lists linking scans everywhere are empty (exactly what extraction would give, which the
 * prefilter's triggers guarantee: `test/prefilter.test.ts` checks it on every fixture and a
 * generated app), and the rest is extracted from the text on first read. A cold audit of an app
 * whose routes never import its components never parses them.
 *
 * The triggers are deliberately broad (a word like `session` or `token` anywhere is enough): a
 * trigger that fires needlessly costs one parse, one that is missing would lose a finding.
 */
import type { FileFacts } from '../types';
import { classifySecretValue } from '../secrets/envSecrets';
import { bracketDepth } from './budget';

/** Global members of the language: `Array.from(...)`, `Promise.all(...)` are never queries. */
const STATICS = /\b(?:Array|Promise|Object|Math|JSON|Number|String|Reflect|Date|Symbol|BigInt|Intl|URL|Buffer)\s*\.\s*[A-Za-z_$][\w$]*/g;

/**
 * Routers, tRPC and oRPC; not a Next.js page's client navigation (`const router = useRouter()`, `router.push('/x')`),
 * which every interactive component has, nor tRPC's inferred types (`RouterOutputs['monitor']['list']`).
 */
const ROUTER_WORDS = /trpc|orpc|procedure|(?<!use|next\/)router(?!\s*=\s*useRouter\b|\s*\.\s*(?:push|replace|refresh|back|forward|prefetch|query|pathname|asPath|events|isReady|locale|basePath)\b|(?:Outputs|Inputs)\b)/i;

/** Words that are enough on their own (checked first, on the text as it is). */
const PLAIN_TRIGGERS: RegExp[] = [
  /cookie|jwt|jose|jsonwebtoken|signing|bearer/i,
  // (Nuxt's `useRuntimeConfig()`: its `public` keys reach the browser like env vars)
  /process\s*\.\s*env|import\s*\.\s*meta|\$env\/|\bDeno\b|\bBun\b|useRuntimeConfig/,
  ROUTER_WORDS,
];

/** Any of these in the text (built-in statics removed) and the file is parsed. */
const TRIGGERS: RegExp[] = [
  /use server/,
  // router registrations: computed `router[method](...)`, and one-argument registrations
  /\]\s*(?:\?\.)?\(/,
  /\.\s*(?:use|route|register|prefix|onError)\s*(?:<[^>]*>\s*)?(?:\?\.)?\(\s*[^\s)]/,
  /\.keys\s*=|\bKoa\b|express|fastify|hono|elysia|nestjs|restify|polka|tinyhttp|\bapp\s*\.\s*(?:set|enable|disable|listen)\b/i,
  // hapi: lifecycle extensions, auth strategies and defaults, cookie definitions
  /hapi|\.\s*(?:ext|state)\s*\(|\.\s*auth\s*\.\s*(?:strategy|default|scheme)\s*\(/i,
  // AdonisJS v5 routes and kernel (`import Route from '@ioc:Adonis/Core/Route'`), uploads (`request.file('avatar')`)
  /@ioc:Adonis\/Core\/(?:Route|Server)|\brequest\s*\.\s*(?:files?|allFiles)\s*\(/,
  // env
  /process\s*\.\s*env|import\s*\.\s*meta|\$env\/|\bDeno\b|\bBun\b|useRuntimeConfig/,
  // logs
  // (what logs.ts takes for a logger: a callee named so, a receiver `log` or `console`, a chain naming a logger;
  // not any word ending in `log`: `Dialog(`, `Changelog.`, `toResponseLog(` are UI and data helpers)
  /\b(?:console|log|debug|dbg|trace|logInfo|logError|logDebug)\s*(?:\.|\(|\?\.)|logger/i,
  /pino|winston|bunyan|log4js|consola|signale|loglevel|roarr|tslog|morgan/i,
  // queries: SQL text, ORM operations, query-builder receivers, database libraries
  /(?:sql|SQL|\$queryRaw|\$executeRaw|query|unsafe|raw)\s*`/,
  /['"`]\s*\(?\s*(?:select|insert|update|delete|with)\s/i,
  /\.\s*(?:find(?!Index\b|Last(?:Index)?\b)[A-Z]\w*|create(?!Element\b|Context\b|Portal\b|Root\b|Ref\b|TreeWalker\b|ObjectURL\b|Range\b|TextNode\b|DocumentFragment\b)[A-Z]\w*|create|count|update\w*|upsert|delete\w*|destroy|insert\w*|select\w*|save|count[A-Z]\w*|firstOr\w+|related|aggregate|groupBy|query\w*|execute|raw|where\w*|collection|getOne|getMany\w*|getRaw\w*|getCount|getExists|increment|decrement|restore|softDelete|bulkCreate|del|oneOrNone|manyOrNone|unsafe|maybeSingle|\$\w+)\s*(?:<[^>]*>\s*)?\(/,
  /\b(?:[A-Z]\w*|\w*(?:[Mm]odel|[Rr]epo\w*|[Cc]ollection|[Dd]b|DB|[Dd]ao|[Ss]tore|[Tt]able|[Cc]lient|[Cc]onn\w*|[Pp]ool|tx|trx))\s*\.\s*(?:find|create|update|remove|count|exec|from|table|into|one|many|any|none|all|run|prepare|result|select|get)\s*(?:<[^>]*>\s*)?\(/,
  /\b(?:knex|db|sql|query|execute|queryOne|queryAll|queryRows|select|run|(?!use[A-Z])\w+(?:Query|Sql|SQL))\s*(?:<[^>]*>\s*)?\(/,
  // a unit of work (MikroORM): rows written back by `em.flush()`, `persistAndFlush`, removed by `remove(row)`; its builder
  /\.\s*(?:native(?:Update|Delete)|flush|persist\w*|remove\w*|softRemove|assign|getResult\w*|getSingleResult|qb)\s*(?:<[^>]*>\s*)?\(/,
  // MongoDB collection accessors: `usersCollection()`, `collections.orders()`, `getCollection('x')`
  // (anchored at a word's start: unanchored, a 100,000-letter word is tried from each of its letters)
  /\b\w*(?:[Cc]ollections?|Col)\s*(?:\.\s*[\w$]+\s*)?\(/,
  // cookies, token libraries (a credential's name alone: CREDENTIAL_SETTING)
  /cookie|jwt|jose|jsonwebtoken|signing|bearer/i,
  // session and auth libraries: where their secret is set (`sealData(data, { password: config.password })`,
  // sessionSecrets.ts), the value read from another module is looked up when linking
  /(?:iron|express|koa-generic|express-mysql)-session|@fastify\/session|hono-sessions|['"]h3['"]|next-auth(?!\/react)|@auth\/|better-auth|@hono\/auth-js|['"]#auth['"]|@sidebase\/nuxt-auth|SessionStorage\b/,
  /cors|access-control/i,
  /upload|multer|multipart|formidable|busboy|storage/i,
  // a persisted client store (zustand `persist(...)`): its fields go to web storage
  /\bpersist\s*\(/,
  // responses that could carry an error's details
  /\.stack\b|\b(?:res|response|reply|ctx|context|c)\s*\.\s*(?:status|code|json|send|end|body|text|type|internalServerError|badGateway|serviceUnavailable|gatewayTimeout|notImplemented)\b|NextResponse|\bResponse\b|TRPCError|(?<!capture)Exception\b|\bcreateError\s*\(|(?<![.\w$])(?:json|data|error)\s*\(|\bhandleError\b|\bdebug\s*=\s*true\b/,
  // decorators (NestJS, ORM entities), model definitions
  /@[A-Za-z_$][\w$.]*\s*\(/,
  /\b(?:Model|define|init)\b|\bmodel\s*(?:<[^>]*>\s*)?\(|(?:pg|mysql|sqlite|singlestore)Table\s*\(/,
  /matcher|createRouteMatcher/,
  // a pages-router page's server-side loader is a route (`frameworks/nextjs.ts` skips unread files)
  /getServerSideProps/,
  // GraphQL servers built from resolver maps
  /@apollo\/server|apollo-server|graphql-yoga|@graphql-yoga|@graphql-tools\/schema|mercurius|graphql-http|express-graphql|graphql-shield/,
  // their schema text (`type Mutation { ... }`: which arguments are free-form JSON)
  /\btype\s+(?:Query|Mutation)\b/,
  // TanStack Start: server functions, middleware, the start instance, server routes
  /createServerFn|createMiddleware|createStart|createServerFileRoute|createAPIFileRoute|\bhandlers\s*:/,
  // decorator-routed controllers' server setup (`createKoaServer({ controllers })`)
  /routing-controllers|\btsoa\b/,
  ROUTER_WORDS,
];

/**
 * A credential's name (`token`, `session`, `apiKey`, `password`) is on every login form and account menu. What
 * extraction does with the name alone, without any other trigger (a log call, a storage write, a cookie, a route),
 * is judge a literal written under it: `password: 'Hunter2pass'` (checklist.ts `detectSecretLiteral`),
 * `secret: process.env.SECRET ?? 'keyboard cat'` (sessionSecrets.ts). So a file is parsed when such a name is set to
 * something with a quote in it, on the same line as the value starts.
 */
const CREDENTIAL_SETTING = /(?:token|session|secret|passw|pwd|pass|api_?key|apikey|private_?key|keys)\w{0,40}['"`]?\s*(?::|=)\s*[^,;\n]{0,80}?['"`]/i;

/** Two-argument router methods: `.get(` is a registration unless it has one simple argument (`map.get(key)`). */
const TWO_ARG_METHOD = /\.\s*(?:get|post|put|patch|delete|del|all|options|head|on|addHook|decorate|decorateRequest|openapi|param)\s*(?:<[^>]*>\s*)?(?:\?\.)?\(/g;
const ONE_SIMPLE_ARG = /^\s*(?:'[^'\n)\\]*'|"[^"\n)\\]*"|[\w$.]*)\s*\)/;
/** Build-tool configs define env values for the bundle. */
const CONFIG_FILE = /(?:^|\/)[\w-]+\.config\.[cm]?[jt]sx?$/;
/** The names `classifySecretName` (secrets/envSecrets.ts) takes for a secret's, in any case, camelCase too. */
const SECRET_NAMES = /secret|private|passw|passphrase|pwd|service_?role|service_?key|database_?url|db_?url|postgres\w*_?ur[il]|mongo\w*_?uri|redis_?url|connection_?string|webhook|signing|jwt|access_?key|api_?key|apikey|token|admin_?key|master_?key|encryption_?key|credential/i;
const QUOTED = /(['"`])([^\s'"`]{8,5000})\1/g;

/**
 * Can this code file's text hold nothing that linking scans every file for? Returns whether it
 * is a client module (`'use client'`, read from its directive prologue) when so, else undefined.
 */
export function inertText(rel: string, text: string): { useClient: boolean } | undefined {
  // (an Astro page is read as a function around its frontmatter: never inert)
  if (text.length > 200_000 || CONFIG_FILE.test(rel) || /\.astro$/i.test(rel)) return undefined;
  // most files meet a trigger early: the costlier checks come after
  for (const re of PLAIN_TRIGGERS) if (re.test(text)) return undefined;
  if (CREDENTIAL_SETTING.test(text)) return undefined;
  const stripped = text.replace(STATICS, '');
  for (const re of TRIGGERS) if (re.test(stripped)) return undefined;
  if (callsImportedLogger(text)) return undefined;
  TWO_ARG_METHOD.lastIndex = 0;
  for (let m; (m = TWO_ARG_METHOD.exec(text)); ) {
    if (!ONE_SIMPLE_ARG.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200))) return undefined;
  }
  // a literal that looks like key material is a credential whatever its name
  // (random-looking text, a class list or an import path as much as a key, is one only under a secret's name:
  // checklist.ts `detectSecretLiteral` reads it so)
  let secretNamed: boolean | undefined;
  for (const q of text.matchAll(QUOTED)) {
    const v = q[2];
    if (v.includes('${')) continue;
    const verdict = classifySecretValue(v);
    if (verdict.kind === 'secret' && verdict.format !== 'high-entropy') return undefined;
    if (verdict.kind === 'secret' || /^[0-9a-f]{32,}$|^[A-Za-z0-9+/_-]{32,}={0,2}$/i.test(v)) if ((secretNamed ??= SECRET_NAMES.test(text))) return undefined;
  }
  if (unusualShape(text)) return undefined;
  return directivePrologue(text);
}

/** Bindings imported from the app's own modules (`import { audit } from './audit'`, `const { audit } = require('../lib/log')`). */
const LOCAL_IMPORT = /\bimport\s+(?:type\s+)?([^'";]*?)\s+from\s*['"](?:\.{1,2}\/|[@~#]\/|#)|\b(?:const|let|var)\s+([^=;]+?)\s*=\s*require\s*\(\s*['"](?:\.{1,2}\/|[@~#]\/|#)/g;
const LEVEL_CALL = /^\s*(?:\?\.|\.)\s*(?:info|warn|error|debug|trace|fatal|verbose|silly|notice|critical)\s*\(/;

/** `audit.info(...)` on a binding of the app's own module: a logger whatever its name (logs.ts `viaImport`), confirmed by linking. */
function callsImportedLogger(text: string): boolean {
  const names = new Set<string>();
  LOCAL_IMPORT.lastIndex = 0;
  for (let m; (m = LOCAL_IMPORT.exec(text)); ) {
    for (const part of (m[1] ?? m[2] ?? '').split(/[{},]/)) {
      const name = /([A-Za-z_$][\w$]*)\s*$/.exec(part.replace(/^\s*\*\s*as\s+/, '').trim())?.[1];
      if (name && name !== 'type') names.add(name);
    }
  }
  for (const name of names) {
    const re = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?=\\s*\\??\\.)`, 'g');
    for (let m; (m = re.exec(text)); ) if (LEVEL_CALL.test(text.slice(m.index + name.length, m.index + name.length + 60))) return true;
  }
  return false;
}

/** Lines that continue an expression (`.b`, `a +`, `() =>`, `a ?`): a long run of them is a deep chain. */
const CONTINUES = /^\s*[.?:]|(?:[-+*/%?:|&]|=>)\s*$/;

/**
 * Text shaped unlike hand-written code (brackets nested hundreds deep, an expression chained over
 * hundreds of lines) goes to the parser, which refuses it with a reason: the file is then listed
 * as not analysed, as every file that could not be parsed is.
 */
function unusualShape(text: string): boolean {
  if (bracketDepth(text, 100) > 100) return true;
  let run = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (CONTINUES.test(text.slice(start, end))) {
      if (++run > 200) return true;
    } else run = 0;
    start = end + 1;
  }
  return false;
}

/**
 * The directives a module starts with (`'use client'`), read like the parser would: comments and
 * string-literal statements. Anything it cannot be sure of (an escape, a literal continued by an
 * operator, `'use server'`) returns undefined: the file is parsed.
 */
function directivePrologue(text: string): { useClient: boolean } | undefined {
  const n = text.length;
  let i = 0;
  let useClient = false;
  const skipBlanks = (): boolean => {
    for (;;) {
      while (i < n && /\s/.test(text[i])) i++;
      if (text.startsWith('//', i)) {
        const e = text.indexOf('\n', i);
        i = e < 0 ? n : e + 1;
      } else if (text.startsWith('/*', i)) {
        const e = text.indexOf('*/', i + 2);
        if (e < 0) return false;
        i = e + 2;
      } else return true;
    }
  };
  if (text.startsWith('#!')) {
    const e = text.indexOf('\n');
    i = e < 0 ? n : e + 1;
  }
  for (;;) {
    if (!skipBlanks()) return undefined;
    const q = text[i];
    if (q !== "'" && q !== '"') return { useClient };
    const end = text.indexOf(q, i + 1);
    if (end < 0) return undefined;
    const body = text.slice(i + 1, end);
    if (/[\\\n]/.test(body) || body === 'use server') return undefined;
    i = end + 1;
    let j = i;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] === ';') i = j + 1;
    else if (j >= n || text[j] === '\n' || text[j] === '\r' || text.startsWith('//', j)) {
      // without a semicolon the next line must not continue the expression (`'x'\n(a)` is a call)
      i = j;
      if (!skipBlanks()) return undefined;
      if (i < n && /[([`+\-*/.,?:=<>&|%!^]/.test(text[i]) && !text.startsWith('//', i) && !text.startsWith('/*', i)) return undefined;
    } else return undefined;
    if (body === 'use client') useClient = true;
  }
}

/** What extraction would give that only a route reaching the file reads: extracted on first read. */
const LAZY_KEYS = ['imports', 'exports', 'exportPos', 'exportAll', 'bindings', 'functions', 'moduleCalls', 'constructions', 'digest', 'classes', 'matcher', 'routeMatchers'] as const;

type Extract = (file: string, text: string, hash: string) => FileFacts;
let extractor: Extract | undefined;
/** extractFile.ts registers the extractor (it imports this module; the reverse import would be a cycle). */
export function setInertExtractor(x: Extract): void {
  extractor = x;
}

/**
 * Texts of inert facts not read yet (dropped once extracted); for a file an audit trusted by its stamp
 * (fileStamps.ts) without reading it, a function that reads it when first needed.
 */
const texts = new WeakMap<FileFacts, string | (() => string | undefined)>();

function inertTextOf(f: FileFacts): string | undefined {
  const t = texts.get(f);
  if (typeof t !== 'function') return t;
  const read = t();
  if (read === undefined) texts.delete(f);
  else texts.set(f, read);
  return read;
}

function materialize(f: FileFacts): void {
  if (Object.hasOwn(f, 'imports')) return;
  const text = inertTextOf(f);
  if (text === undefined || !extractor) throw new Error(`routeguard: facts of ${f.file} were read before their text was attached`);
  const full = extractor(f.file, text, f.hash);
  texts.delete(f);
  for (const k of LAZY_KEYS) Object.defineProperty(f, k, { value: full[k], writable: true, enumerable: true, configurable: true });
}

const INERT_FACTS: object = Object.create(
  Object.prototype,
  Object.fromEntries(
    LAZY_KEYS.map((k) => [
      k,
      {
        configurable: true,
        enumerable: false,
        get(this: FileFacts) {
          materialize(this);
          return this[k];
        },
        set(this: FileFacts, v: unknown) {
          materialize(this);
          Object.defineProperty(this, k, { value: v, writable: true, enumerable: true, configurable: true });
        },
      },
    ]),
  ),
);

/** Facts of a file `inertText` accepted: the scanned lists empty, the rest extracted when read. */
export function inertFacts(file: string, text: string, hash: string, useClient: boolean): FileFacts {
  const f = {
    file, hash, kind: 'code', useServer: false, useClient, inert: true,
    routerCalls: [], envReads: [], envDefinitions: [], cors: [], loggerRedactions: {}, suppressions: [], annotations: [],
    prismaModels: [], sqlTables: [], functionIndex: { logs: [], queries: [], useServer: [], queryShapes: [] },
  } as unknown as FileFacts;
  Object.setPrototypeOf(f, INERT_FACTS);
  texts.set(f, text);
  return f;
}

/** Inert facts as the disk cache wrote them (no text yet: `attachText` when the file is read). */
export function reviveInert(head: FileFacts): FileFacts {
  Object.setPrototypeOf(head, INERT_FACTS);
  head.functionIndex = { logs: [], queries: [], useServer: [], queryShapes: [] };
  return head;
}

/** Give inert facts read from a cache the text their hash was computed from (or the way to read it). */
export function attachText(f: FileFacts, text: string | (() => string | undefined)): void {
  if (isUnread(f) && !texts.has(f)) texts.set(f, text);
}

/** Inert facts whose lazy part has not been extracted (global scans skip what they cannot hold). */
export function isUnread(f: FileFacts): boolean {
  return Object.getPrototypeOf(f) === INERT_FACTS && !Object.hasOwn(f, 'imports');
}

/** Could this inert file call into another module (it imports or requires one)? */
export function inertMayImport(f: FileFacts): boolean {
  const text = inertTextOf(f);
  return text === undefined || /\bimport\b|\brequire\s*\(/.test(text);
}

const SPECIFIER = /\b(?:from|import|require)\s*\(?\s*['"]([^'"\n]+)['"]/g;

const REEXPORT = /\bexport\s*(?:type\s*)?(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*['"]([^'"\n]+)['"]/g;

/** The modules an unread inert file re-exports (`export * from`, `export { x } from`), read from its text. */
export function inertReexports(f: FileFacts): string[] {
  const text = inertTextOf(f);
  return text === undefined ? [] : [...text.matchAll(REEXPORT)].map((m) => m[1]);
}

/** The modules an unread inert file imports, requires or re-exports, read from its text (undefined: no text). */
export function inertSpecifiers(f: FileFacts): string[] | undefined {
  let specs = specifiers.get(f);
  if (specs) return specs;
  const text = inertTextOf(f);
  if (text === undefined) return undefined;
  specs = [...text.matchAll(SPECIFIER)].map((m) => m[1]);
  specifiers.set(f, specs);
  return specs;
}
const specifiers = new WeakMap<FileFacts, string[]>();

const STAR_EXPORT = /\bexport\s*\*\s*from\s*['"]([^'"\n]+)['"]/g;

/**
 * What an unread inert file's text says about its export `name`: 'absent' when the text never names it (no
 * `export const name`, `export { x as name }`, `exports.name =`; for `default`, no `default` and no
 * `module.exports`), with the modules it re-exports whole (`export * from './x'`) to look in instead. A barrel
 * (`export * from './a'; export * from './b'`) is searched module by module: the ones that cannot hold the name
 * are passed over by their text, not parsed. Undefined when the facts must be read (the name is there, no text).
 */
export function inertExportAbsent(f: FileFacts, name: string): { starSources: string[] } | undefined {
  if (!isUnread(f) || name === '*') return undefined;
  const text = inertTextOf(f);
  if (text === undefined) return undefined;
  const word = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);
  if (word.test(text)) return undefined;
  if (name === 'default' && /\bexports\b/.test(text)) return undefined;
  return { starSources: [...text.matchAll(STAR_EXPORT)].map((m) => m[1]) };
}
