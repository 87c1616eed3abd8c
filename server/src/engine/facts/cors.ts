/** CORS settings in one file: cors() options, manual Access-Control-Allow-Origin headers, config headers. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CorsFact, Pos } from '../types';
import { Node, unwrap, propName, memberChain, posOf, staticString, textOf, lastName, childrenOf, isFunctionNode } from './ast';
import type { CodeExtractor } from './extractCode';

const CORS_PACKAGES = new Set(['cors', '@koa/cors', 'koa2-cors', 'hono/cors', '@fastify/cors', 'fastify-cors', '@hono/cors', '@elysiajs/cors',
  // AdonisJS `config/cors.ts`: `defineConfig({ origin, credentials })`, applied by its cors middleware
  '@adonisjs/cors',
  // restify: `corsMiddleware({ origins: ['*'], credentials: true })`, then `server.pre(cors.preflight); server.use(cors.actual)`
  'restify-cors-middleware2', 'restify-cors-middleware']);
const ACAO = 'access-control-allow-origin';
const ACAC = 'access-control-allow-credentials';

export function detectCorsCall(ex: CodeExtractor, n: TSESTree.CallExpression): CorsFact | null {
  const callee = unwrap(n.callee);
  const name = lastName(n);
  let library: string | undefined;
  let optsArg = n.arguments[0];
  // Fastify: app.register(cors, { origin: ... })
  if (name === 'register' && n.arguments[0]) {
    const src = ex.pluginSourceOf(n.arguments[0] as Node);
    if (src && CORS_PACKAGES.has(src)) {
      library = src;
      optsArg = n.arguments[1];
    }
  } else if (callee.type === 'Identifier') {
    const v = ex.valueOf(callee);
    const source = v.k === 'import' ? v.source : ex.importSourceOf(callee);
    if (source && CORS_PACKAGES.has(source)) library = source;
    else if (callee.name === 'cors' || callee.name === 'corsMiddleware') library = 'cors';
  } else if (name === 'enableCors') library = 'nestjs';
  // NestJS `NestFactory.create(AppModule, { cors: { origin: true, credentials: true } })`: `app.enableCors(...)` at start-up
  else if (name === 'create' && callee.type === 'MemberExpression' && (memberChain(callee) ?? [])[0] === 'NestFactory' && n.arguments[1]) {
    const appOpts = objectOf(ex, unwrap(n.arguments[1] as Node));
    const c = appOpts?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'cors');
    const v = c ? unwrap(c.value as Node) : null;
    if (!c || !v || (v.type === 'Literal' && v.value !== true)) return null;
    if (v.type === 'Literal') return { source: 'cors-lib', library: 'nestjs', origin: 'reflect', credentials: false, evidence: 'cors: true (no options: any origin)', pos: posOf(c), callPos: posOf(n) };
    library = 'nestjs';
    optsArg = c.value as TSESTree.CallExpressionArgument;
  }
  // GraphQL Yoga: `createYoga({ schema, cors: { origin, credentials } })` (its CORS is on by default; an options object narrows it)
  if (callee.type === 'Identifier' && name === 'createYoga' && n.arguments[0]) {
    const v = ex.valueOf(callee);
    const yogaOpts = v.k === 'import' && /^(?:graphql-yoga|@graphql-yoga\/)/.test(v.source) ? objectOf(ex, unwrap(n.arguments[0] as Node)) : null;
    const c = yogaOpts?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'cors');
    if (!c || unwrap(c.value as Node).type === 'Literal' || !objectOf(ex, unwrap(c.value as Node))) return null;
    library = 'graphql-yoga';
    optsArg = c.value as TSESTree.CallExpressionArgument;
  }
  // h3 / Nitro / Nuxt `handleCors(event, { origin, credentials })` in a handler or server middleware: placed by the function it is in
  let h3 = false;
  if (callee.type === 'Identifier' && /^(?:handleCors|appendCorsHeaders|appendCorsPreflightHeaders)$/.test(name) && n.arguments.length >= 2) {
    library = 'h3';
    optsArg = n.arguments[1];
    h3 = true;
  }
  if (!library) return null;
  const optsNode = optsArg ? unwrap(optsArg as Node) : null;
  const opts = optsNode ? objectOf(ex, optsNode) : null;
  const callPos = posOf(n);
  // @elysiajs/cors (1.x) echoes the request's Origin and allows credentials unless told otherwise
  const elysia = library === '@elysiajs/cors';
  if (!optsNode) {
    if (elysia) return { source: 'cors-lib', library, origin: 'reflect', credentials: true, evidence: `${textOf(ex.src, n, 60)} (no options: echoes any origin, with credentials)`, pos: callPos, callPos };
    return { source: 'cors-lib', library, origin: library === 'nestjs' ? 'reflect' : 'wildcard', credentials: false, evidence: `${textOf(ex.src, n, 60)} (no options: any origin)`, pos: callPos, callPos };
  }
  if (!opts) return { source: 'cors-lib', library, origin: 'unknown', credentials: 'unknown', evidence: textOf(ex.src, n, 80), pos: callPos, callPos };
  // (restify's middleware lets in only the `origins` listed: none when unset)
  const restify = library.startsWith('restify-cors');
  const read = readCorsOptions(ex, opts, callPos, restify ? 'origins not set (none allowed)' : elysia ? 'origin not set (echoes any origin)' : 'origin not set (defaults to *)', restify);
  if (elysia) {
    const has = (k: string) => opts.properties.some((p) => p.type === 'Property' && propName(p) === k);
    if (!has('origin')) read.origin = 'reflect';
    if (!has('credentials')) read.credentials = true;
    // a host written without its scheme is matched with `origin.includes(host)`: `https://app.example.com.evil.io` passes
    const o = opts.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'origin');
    const ov = o ? unwrap(o.value as Node) : null;
    const items = ov?.type === 'ArrayExpression' ? ov.elements.filter((e): e is TSESTree.Expression => !!e && e.type !== 'SpreadElement') : ov ? [ov] : [];
    const bare = items.find((e) => { const t = staticString(e as Node); return t !== null && t !== undefined && t !== '*' && !t.includes('://'); });
    if (bare) {
      read.origin = 'substring';
      read.evidence = `origin ${textOf(ex.src, bare as Node, 70)} without a scheme (matched as a substring)`;
      read.pos = posOf(bare as Node);
    }
  }
  const { origin, credentials, evidence, pos } = read;
  return { source: h3 ? 'header' : 'cors-lib', library, origin, credentials, evidence, pos, callPos };
}

/** `{ origin, credentials }` of a CORS options object (an unset origin is any origin). */
function readCorsOptions(ex: CodeExtractor, opts: TSESTree.ObjectExpression, callPos: Pos, unset: string, restify = false): Pick<CorsFact, 'origin' | 'credentials' | 'evidence' | 'pos'> {
  let origin: CorsFact['origin'] = restify ? 'allowlist' : 'wildcard';
  let pos = callPos;
  let credentials: CorsFact['credentials'] = false;
  let evidence = unset;
  for (const p of opts.properties) {
    if (p.type !== 'Property') continue;
    const k = propName(p);
    if (k === (restify ? 'origins' : 'origin')) {
      const r = classifyOrigin(ex, p.value as Node);
      origin = r.kind;
      evidence = r.at ? `origin check ${textOf(ex.src, r.at, 70)}` : `origin: ${textOf(ex.src, p.value as Node, 70)}`;
      // an origin function is reported where it decides (`origin.endsWith(...)`), a value where it is written
      pos = r.at ? posOf(r.at) : posOf(p);
    } else if (k === 'credentials') {
      const v = unwrap(p.value as Node);
      credentials = v.type === 'Literal' ? v.value === true : 'unknown';
    }
  }
  return { origin, credentials, evidence, pos };
}

function objectOf(ex: CodeExtractor, n: Node, depth = 0): TSESTree.ObjectExpression | null {
  const u = unwrap(n);
  if (u.type === 'ObjectExpression') return u;
  if (u.type === 'Identifier' && depth < 3) {
    const def = ex.variableOf(u)?.defs[0];
    if (def?.type === 'Variable') {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      if (init) return objectOf(ex, init, depth + 1);
    }
  }
  return null;
}

function resolveInit(ex: CodeExtractor, n: Node, depth = 0): Node {
  const u = unwrap(n);
  if (u.type === 'Identifier' && depth < 3) {
    const def = ex.variableOf(u)?.defs[0];
    if (def?.type === 'Variable') {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      if (init && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier') return resolveInit(ex, init, depth + 1);
    }
    if (def?.type === 'FunctionName') return def.node as Node;
  }
  return u;
}

function classifyOrigin(ex: CodeExtractor, value: Node): { kind: CorsFact['origin']; at?: Node } {
  const v = resolveInit(ex, value);
  if (v.type === 'Literal') {
    if ('regex' in v && v.regex) return { kind: regexAnchored(v.regex.pattern) ? 'allowlist' : 'unanchored-regex' };
    if (v.value === true) return { kind: 'reflect' };
    if (v.value === '*') return { kind: 'wildcard' };
    if (v.value === 'null') return { kind: 'null' };
    if (v.value === false) return { kind: 'allowlist' };
    return { kind: 'allowlist' };
  }
  if (v.type === 'ArrayExpression') {
    for (const e of v.elements) {
      if (!e) continue;
      const r = classifyOrigin(ex, e as Node).kind;
      if (r !== 'allowlist' && r !== 'unknown') return { kind: r };
    }
    return { kind: 'allowlist' };
  }
  if (isFunctionNode(v)) return classifyOriginFunction(ex, v);
  const ch = memberChain(v);
  if (ch && (ch[0] === 'process' || ch[0] === 'import.meta' || ch[0] === 'config' || ch[0] === 'env')) return { kind: 'allowlist' };
  if (v.type === 'CallExpression') {
    const nm = lastName(v);
    if (['split', 'map', 'filter', 'parse'].includes(nm)) return { kind: 'allowlist' };
  }
  if (v.type === 'LogicalExpression') return classifyOrigin(ex, v.left);
  return { kind: 'unknown' };
}

function regexAnchored(pattern: string): boolean {
  if (!pattern.endsWith('$')) return false;
  // `^https://app\.acme\.io$`, or a suffix that starts at a label boundary (`\.acme\.io$`,
  // `(^|\.)acme\.io$`): only the domain's own subdomains match, not `evilacme.io`
  return pattern.startsWith('^') || /^(?:\\\.|\((?:\?:)?\^\|\\\.\)|\((?:\?:)?\\\.\|\^\))/.test(pattern);
}

/** `origin: (origin, cb) => cb(null, true)` and friends. */
/** `ctx.get('Origin')`, `ctx.request.header.origin`, `c.req.header('origin')`: the caller's Origin header (Koa/Hono origin functions get the context). */
function isRequestOrigin(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'CallExpression' && ['get', 'header', 'getHeader'].includes(lastName(u))) return /^origin$/i.test(staticString(u.arguments[0] as Node) ?? '');
  const ch = memberChain(u);
  return !!ch && ch.length >= 3 && /^origin$/i.test(ch[ch.length - 1]) && /^headers?$/.test(ch[ch.length - 2]);
}

function classifyOriginFunction(ex: CodeExtractor, fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration): { kind: CorsFact['origin']; at?: Node } {
  let substringAt: Node | undefined;
  let unanchoredAt: Node | undefined;
  let allowAt: Node | undefined;
  const originParam = fn.params[0] && fn.params[0].type === 'Identifier' ? fn.params[0].name : '';
  let substring = false;
  let allowlist = false;
  let unanchored = false;
  let unconditionalAllow = false;
  const stack: { n: Node; cond: boolean }[] = [{ n: fn.body as Node, cond: false }];
  while (stack.length) {
    const { n, cond } = stack.pop()!;
    const nn = unwrap(n);
    if (nn.type === 'CallExpression') {
      const callee = unwrap(nn.callee);
      const nm = lastName(nn);
      if (callee.type === 'MemberExpression') {
        const recv = unwrap(callee.object);
        // (Koa's and Hono's origin functions get the context: `ctx.get('Origin').endsWith(...)`, or a variable holding it)
        const recvIsOrigin = (recv.type === 'Identifier' && recv.name === originParam) || isRequestOrigin(recv) || (recv.type === 'Identifier' && isRequestOrigin(resolveInit(ex, recv)));
        // `origin.endsWith('.acme.io')` holds for the domain's own subdomains only; `endsWith('acme.io')` for `evilacme.io` too
        const dotSuffix = nm === 'endsWith' && /^\.[\w-]+\.[\w.-]+$/.test(staticString(nn.arguments[0] as Node) ?? '');
        if (recvIsOrigin && dotSuffix) allowlist = true;
        else if (recvIsOrigin && ['endsWith', 'includes', 'startsWith', 'indexOf', 'match', 'search', 'lastIndexOf'].includes(nm)) (substring = true), (substringAt ??= nn);
        if (!recvIsOrigin && ['includes', 'indexOf', 'has', 'some', 'find'].includes(nm) && nn.arguments.some((a) => mentions(a as Node, originParam) || isRequestOrigin(a as Node) || (unwrap(a as Node).type === 'Identifier' && isRequestOrigin(resolveInit(ex, a as Node))))) allowlist = true;
        if (nm === 'test' && nn.arguments.some((a) => mentions(a as Node, originParam))) {
          const rx = recv.type === 'Literal' && 'regex' in recv && recv.regex ? recv.regex.pattern : null;
          if (rx && !regexAnchored(rx)) (unanchored = true), (unanchoredAt ??= nn);
          else allowlist = true;
        }
      }
      // callback(null, true) / cb(null, origin) outside any condition
      if (callee.type === 'Identifier' && fn.params[1] && fn.params[1].type === 'Identifier' && callee.name === fn.params[1].name) {
        const second = nn.arguments[1] ? unwrap(nn.arguments[1] as Node) : null;
        if (!cond && second && ((second.type === 'Literal' && second.value === true) || (second.type === 'Identifier' && second.name === originParam))) (unconditionalAllow = true), (allowAt ??= nn);
      }
    }
    if (nn.type === 'ReturnStatement' && nn.argument && !cond) {
      const a = unwrap(nn.argument);
      if ((a.type === 'Literal' && a.value === true) || (a.type === 'Identifier' && a.name === originParam) || (a.type === 'Literal' && a.value === '*') || isRequestOrigin(a)) unconditionalAllow = true;
    }
    if (fn.type === 'ArrowFunctionExpression' && nn === unwrap(fn.body as Node) && fn.body.type !== 'BlockStatement') {
      if ((nn.type === 'Literal' && nn.value === true) || (nn.type === 'Identifier' && nn.name === originParam) || isRequestOrigin(nn)) (unconditionalAllow = true), (allowAt ??= nn);
    }
    const isCond = nn.type === 'IfStatement' || nn.type === 'ConditionalExpression' || nn.type === 'LogicalExpression' || nn.type === 'SwitchStatement';
    for (const c of childrenOf(nn)) if (!isFunctionNode(c) || c === fn) stack.push({ n: c, cond: cond || isCond });
  }
  if (substring) return { kind: 'substring', at: substringAt };
  if (unanchored) return { kind: 'unanchored-regex', at: unanchoredAt };
  if (allowlist) return { kind: 'allowlist' };
  if (unconditionalAllow) return { kind: 'reflect', at: allowAt };
  return { kind: 'unknown' };
}

function mentions(n: Node, name: string): boolean {
  if (!name) return false;
  const u = unwrap(n);
  return u.type === 'Identifier' && u.name === name;
}

/** res.setHeader('Access-Control-Allow-Origin', v), headers.set(...), res.header(...) */
export function detectCorsHeaderCall(ex: CodeExtractor, n: TSESTree.CallExpression): CorsFact | null {
  const name = lastName(n);
  // h3 `setResponseHeader(event, 'Access-Control-Allow-Origin', origin)`: the event comes first
  const h3 = unwrap(n.callee).type === 'Identifier' && /^(?:setResponseHeader|appendResponseHeader|setHeader|appendHeader)$/.test(name) && n.arguments.length >= 3;
  // TanStack Start (and vinxi) `setResponseHeader('Access-Control-Allow-Origin', origin)`: the request implied
  const implied = !h3 && unwrap(n.callee).type === 'Identifier' && /^(?:setResponseHeader|appendResponseHeader)$/.test(name) && n.arguments.length === 2;
  if (!h3 && !implied && (!['setHeader', 'header', 'set', 'append', 'writeHead'].includes(name) || n.arguments.length < 2)) return null;
  const key = staticString(n.arguments[h3 ? 1 : 0] as Node);
  if (!key || key.toLowerCase() !== ACAO) return null;
  const value = n.arguments[h3 ? 2 : 1] as Node;
  const r = guardedOrigin(ex, n, headerValueKind(ex, value));
  const fnText = enclosingText(ex, n);
  const credentials = new RegExp(`${ACAC}['"\`]?\\s*[,:]\\s*['"\`]?true`, 'i').test(fnText);
  return { source: 'header', origin: r.kind, credentials, evidence: r.at ? `${textOf(ex.src, n, 70)} after the origin check ${textOf(ex.src, r.at, 60)}` : `${textOf(ex.src, n, 90)}`, pos: posOf(n), callPos: posOf(n) };
}

/** `headers['Access-Control-Allow-Origin'] = origin`, `res.headers[ACAO] = ...` */
export function detectCorsHeaderAssignment(ex: CodeExtractor, n: TSESTree.AssignmentExpression): CorsFact | null {
  const left = unwrap(n.left as Node);
  if (left.type !== 'MemberExpression' || !left.computed) return null;
  if (staticString(left.property as Node)?.toLowerCase() !== ACAO) return null;
  const r = guardedOrigin(ex, n, headerValueKind(ex, n.right as Node));
  const credentials = new RegExp(`${ACAC}['"\`]?[\\]\\s,:=]+['"\`]?true`, 'i').test(enclosingText(ex, n));
  return { source: 'header', origin: r.kind, credentials, evidence: r.at ? `${textOf(ex.src, n, 70)} after the origin check ${textOf(ex.src, r.at, 60)}` : textOf(ex.src, n, 90), pos: posOf(n), callPos: posOf(n) };
}

/**
 * A reflected origin written only when a check passed: `if (ALLOWED.includes(origin))` or `origin === 'https://app'`
 * is an allowlist; `if (origin.endsWith('example.com'))` is a substring check (evil-example.com passes);
 * `/^https:\/\/app\.example\.com$/.test(origin)` anchored is an allowlist, unanchored is not.
 */
function guardedOrigin(ex: CodeExtractor, n: Node, kind: CorsFact['origin']): { kind: CorsFact['origin']; at?: Node } {
  if (kind !== 'reflect') return { kind };
  let child: Node = n;
  for (let cur = (n as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
    let test: Node | null = null;
    if ((cur.type === 'IfStatement' || cur.type === 'ConditionalExpression') && cur.test !== child && (cur.type !== 'IfStatement' || cur.consequent === child)) test = cur.test as Node;
    if (cur.type === 'LogicalExpression' && cur.operator === '&&' && cur.right === child) test = cur.left as Node;
    if (!test) continue;
    const g = originTestKind(ex, test);
    if (g) return g;
  }
  return { kind };
}

function originTestKind(ex: CodeExtractor, test: Node): { kind: CorsFact['origin']; at?: Node } | null {
  const stack: Node[] = [test];
  let found: { kind: CorsFact['origin']; at?: Node } | null = null;
  for (let i = 0; stack.length && i < 200; i++) {
    const x = unwrap(stack.pop()!);
    if (x.type === 'CallExpression' && x.callee.type === 'MemberExpression') {
      const m = propName(x.callee) ?? '';
      const recv = unwrap(x.callee.object);
      // the request's origin itself (`origin`, `req.headers.get('origin')`), not a list named `ALLOWED_ORIGINS`
      // (the request's path, `event.url.pathname.startsWith('/api')`, is the request's too, but no origin: it scopes the header to
      // some routes and checks nothing of the caller's site)
      const isOrigin = (y: Node) => ex.taintOf(y).some((t) => t.startsWith('request:') && (/origin/i.test(t) || /^request:headers?$/.test(t))) || /^(?:origin|requestOrigin|reqOrigin|originHeader)$/i.test(textOf(ex.src, y, 40));
      const recvIsOrigin = recv.type !== 'ArrayExpression' && isOrigin(recv);
      const argIsOrigin = x.arguments.some((a) => isOrigin(unwrap(a as Node)));
      // (`origin.endsWith('.acme.io')` holds for the domain's own subdomains only, as in an origin callback)
      if (recvIsOrigin && m === 'endsWith' && /^\.[\w-]+\.[\w.-]+$/.test(staticString(x.arguments[0] as Node) ?? '')) {
        found = found ?? { kind: 'allowlist' };
        continue;
      }
      if (recvIsOrigin && /^(?:endsWith|includes|startsWith|indexOf|match|search)$/.test(m)) return { kind: 'substring', at: x };
      if (argIsOrigin && /^(?:includes|has|indexOf|some)$/.test(m)) found = found ?? { kind: 'allowlist' };
      if (m === 'test' && argIsOrigin && recv.type === 'Literal' && 'regex' in recv && recv.regex) {
        return recv.regex.pattern.startsWith('^') && recv.regex.pattern.endsWith('$') ? { kind: 'allowlist' } : { kind: 'unanchored-regex', at: x };
      }
    }
    if (x.type === 'BinaryExpression' && /^[!=]==?$/.test(x.operator) && [x.left, x.right].some((y) => staticString(y as Node)?.startsWith('http'))) found = found ?? { kind: 'allowlist' };
    if (x.type === 'LogicalExpression' || x.type === 'UnaryExpression' || x.type === 'BinaryExpression' || x.type === 'CallExpression' || x.type === 'ChainExpression') stack.push(...childrenOf(x));
  }
  return found;
}

function headerValueKind(ex: CodeExtractor, value: Node): CorsFact['origin'] {
  const u = unwrap(value);
  // `ALLOWED.includes(origin) ? origin : ''`: the origin is echoed only when the test passed, so each branch is
  // judged on its own (the first under the test) and the weaker one counts
  if (u.type === 'ConditionalExpression') {
    let yes = headerValueKind(ex, u.consequent as Node);
    if (yes === 'reflect') yes = originTestKind(ex, u.test as Node)?.kind ?? yes;
    const no = headerValueKind(ex, u.alternate as Node);
    return yes !== 'allowlist' ? yes : no;
  }
  const s = staticString(value);
  if (s === '*') return 'wildcard';
  if (s === 'null') return 'null';
  if (s !== null) return 'allowlist';
  const t = ex.taintOf(value);
  if (t.some((x) => /^request:.*origin/i.test(x) || /^request:headers/.test(x))) return 'reflect';
  const txt = textOf(ex.src, value, 200);
  if (/headers?\b.*origin|\borigin\b/i.test(txt) && !/allow|ALLOWED|includes|\?/.test(txt)) return 'reflect';
  return 'allowlist';
}

function enclosingText(ex: CodeExtractor, n: Node): string {
  let cur = (n as { parent?: Node }).parent;
  while (cur && !isFunctionNode(cur) && cur.type !== 'Program') cur = (cur as { parent?: Node }).parent;
  const node = cur ?? n;
  return ex.src.slice(node.range[0], Math.min(node.range[1], node.range[0] + 20000));
}

/** { 'Access-Control-Allow-Origin': '*' } and next.config's { key: 'Access-Control-Allow-Origin', value: '*' } */
export function detectCorsHeaderObject(ex: CodeExtractor, o: TSESTree.ObjectExpression): CorsFact | null {
  let originNode: Node | null = null;
  let originProp: Node | null = null;
  let credentials = false;
  let keyForm = false;
  for (const p of o.properties) {
    if (p.type !== 'Property') continue;
    const k = propName(p);
    if (!k) continue;
    if (k.toLowerCase() === ACAO) {
      originNode = p.value as Node;
      originProp = p;
    }
    if (k.toLowerCase() === ACAC) credentials = /true/.test(textOf(ex.src, p.value as Node));
    if (k === 'key' && staticString(p.value as Node)?.toLowerCase() === ACAO) {
      keyForm = true;
      originProp = p;
      const valueProp = o.properties.find((q) => q.type === 'Property' && propName(q) === 'value') as TSESTree.Property | undefined;
      originNode = valueProp ? (valueProp.value as Node) : null;
      if (valueProp) originProp = valueProp;
    }
  }
  if (!originNode || !originProp) return null;
  let sourcePatterns: string[] | undefined;
  if (keyForm) {
    // siblings in the same headers array
    const arr = (o as { parent?: Node }).parent;
    // `{ source: '/api/public/:path*', headers: [...] }`: the rule covers only the paths its source matches
    const holder = arr && (arr as { parent?: Node }).parent;
    if (holder && holder.type === 'Property' && propName(holder) === 'headers') {
      const v = ruleSource(ex, (holder as { parent?: Node }).parent);
      if (v) sourcePatterns = [v];
    } else if (holder && holder.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
      // `const trackerHeaders = [...]` then `{ source: TRACKER_SCRIPT, headers: trackerHeaders }`: the rules that use it
      sourcePatterns = sharedHeaderSources(ex, holder.id as Node);
    }
    if (arr && arr.type === 'ArrayExpression') {
      for (const e of arr.elements) {
        if (!e || e.type !== 'ObjectExpression') continue;
        const kv = Object.fromEntries(e.properties.filter((q): q is TSESTree.Property => q.type === 'Property').map((q) => [propName(q), staticString(q.value as Node)]));
        if ((kv.key ?? '').toLowerCase() === ACAC && kv.value === 'true') credentials = true;
      }
    }
  } else if (!credentials) {
    credentials = new RegExp(`${ACAC}['"\`]?\\s*[,:]\\s*['"\`]?true`, 'i').test(enclosingText(ex, o));
  }
  const g = guardedOrigin(ex, o, headerValueKind(ex, originNode));
  const origin = g.kind;
  let inFunction = 0;
  let cur = (o as { parent?: Node }).parent;
  while (cur && !isFunctionNode(cur)) cur = (cur as { parent?: Node }).parent;
  if (cur) inFunction = ex.fnIdOf(cur);
  return {
    source: keyForm ? 'config-headers' : 'header', origin, credentials, evidence: textOf(ex.src, originProp, 90),
    pos: posOf(originProp), callPos: posOf(o), inFunction, ...(sourcePatterns ? { sourcePatterns } : {}),
  };
}

/**
 * hapi: `Hapi.server({ routes: { cors: {...} } })` (every route) and a route's `options: { cors }`.
 * `cors: true` and an object without `origin` allow any origin (`['*']`); the fact's call position is
 * the object holding `cors`, which the hapi adapter puts in the chains of the routes it covers.
 */
export function detectHapiCorsObject(ex: CodeExtractor, holder: TSESTree.ObjectExpression): CorsFact | null {
  const corsProp = holder.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'cors');
  if (!corsProp) return null;
  const parent = (holder as { parent?: Node }).parent;
  if (parent?.type !== 'Property') return null;
  const key = propName(parent);
  const owner = (parent as { parent?: Node }).parent;
  const ownerKeys = owner?.type === 'ObjectExpression' ? owner.properties.flatMap((p) => (p.type === 'Property' ? [propName(p)] : [])) : [];
  // server options' `routes`, or a route's `options` / `config` (the route object has a path or a handler)
  const serverRoutes = key === 'routes' && !ownerKeys.includes('path');
  const routeOptions = (key === 'options' || key === 'config') && ownerKeys.includes('path') && (ownerKeys.includes('handler') || ownerKeys.includes('method'));
  if (!serverRoutes && !routeOptions) return null;
  const value = unwrap(corsProp.value as Node);
  const callPos = posOf(holder);
  if (value.type === 'Literal') {
    if (value.value !== true) return null;
    return { source: 'cors-lib', library: '@hapi/hapi', origin: 'wildcard', credentials: false, evidence: 'cors: true (origin defaults to *)', pos: posOf(corsProp), callPos };
  }
  const opts = objectOf(ex, value);
  if (!opts) return { source: 'cors-lib', library: '@hapi/hapi', origin: 'unknown', credentials: 'unknown', evidence: textOf(ex.src, corsProp, 80), pos: posOf(corsProp), callPos };
  let origin: CorsFact['origin'] = 'wildcard';
  let pos = posOf(corsProp);
  let credentials: CorsFact['credentials'] = false;
  let evidence = 'origin not set (defaults to *)';
  for (const p of opts.properties) {
    if (p.type !== 'Property') continue;
    const k = propName(p);
    if (k === 'origin') {
      const v = unwrap(p.value as Node);
      // `origin: 'ignore'` answers every origin with `*`
      origin = v.type === 'Literal' && v.value === 'ignore' ? 'wildcard' : classifyOrigin(ex, p.value as Node).kind;
      evidence = `origin: ${textOf(ex.src, p.value as Node, 70)}`;
      pos = posOf(p);
    } else if (k === 'credentials') {
      const v = unwrap(p.value as Node);
      credentials = v.type === 'Literal' ? v.value === true : 'unknown';
    }
  }
  return { source: 'cors-lib', library: '@hapi/hapi', origin, credentials, evidence, pos, callPos };
}

/**
 * AdonisJS v5 `config/cors.ts`: `const corsConfig: CorsConfig = { enabled: true, origin: true, credentials: true }`
 * (the type from `@ioc:Adonis/Core/Cors`); the server applies it to every request when enabled.
 */
export function detectAdonisCorsObject(ex: CodeExtractor, holder: TSESTree.ObjectExpression): CorsFact | null {
  const decl = (holder as { parent?: Node }).parent;
  if (decl?.type !== 'VariableDeclarator' || decl.init !== holder || decl.id.type !== 'Identifier') return null;
  const ann = decl.id.typeAnnotation?.typeAnnotation;
  if (ann?.type !== 'TSTypeReference' || ann.typeName.type !== 'Identifier' || ann.typeName.name !== 'CorsConfig') return null;
  if (ex.facts.imports[ann.typeName.name]?.source !== '@ioc:Adonis/Core/Cors') return null;
  const callPos = posOf(holder);
  const disabled = holder.properties.some((p) => p.type === 'Property' && propName(p) === 'enabled' && unwrap(p.value as Node).type === 'Literal' && (unwrap(p.value as Node) as TSESTree.Literal).value === false);
  if (disabled) return null;
  return { source: 'cors-lib', library: '@ioc:Adonis/Core/Cors', ...readCorsOptions(ex, holder, callPos, 'origin not set'), callPos };
}

/** The `source` of a next.config headers rule `{ source, headers }`, also through a constant (`source: TRACKER_SCRIPT`). */
function ruleSource(ex: CodeExtractor, rule: Node | undefined): string | null {
  if (!rule || rule.type !== 'ObjectExpression') return null;
  const src = rule.properties.find((q) => q.type === 'Property' && propName(q) === 'source') as TSESTree.Property | undefined;
  if (!src) return null;
  const v = unwrap(src.value as Node);
  return staticString(v) ?? (v.type === 'Identifier' ? staticString(ex.localInitOf(v)) : null);
}

/**
 * The sources of the header rules a named headers array is used in. Undefined (all routes) when it is used
 * anywhere else or a source cannot be read; a rule whose source comes from the environment
 * (`source: collectApiEndpoint`) is left out only when other uses name paths.
 */
function sharedHeaderSources(ex: CodeExtractor, declId: Node): string[] | undefined {
  const v = ex.variableOf(declId);
  if (!v) return undefined;
  const out: string[] = [];
  let uses = 0;
  for (const ref of v.references) {
    const id = ref.identifier as Node;
    if (id === declId) continue;
    uses++;
    const prop = (id as { parent?: Node }).parent;
    if (!prop || prop.type !== 'Property' || propName(prop) !== 'headers' || unwrap(prop.value as Node) !== id) return undefined;
    const rule = (prop as { parent?: Node }).parent;
    const s = ruleSource(ex, rule);
    if (s) out.push(s);
    else if (!(rule && rule.type === 'ObjectExpression' && rule.properties.some((q) => q.type === 'Property' && propName(q) === 'source'))) return undefined;
  }
  return uses && out.length ? out : undefined;
}
