/** Log calls whose arguments carry credentials, and logger creations with redaction. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { LogCallFact, LogArgFact, ValueRef } from '../types';
import { Node, unwrap, propName, memberChain, posOf, staticString, textOf, lastName, onlyLiterals, isFunctionNode } from './ast';
import { LOG_METHODS, isLoggerReceiver, sensitiveName, recordSessionId, CREDENTIAL_FIELD, spreadStripsCredentials } from './vocabulary';
import type { CodeExtractor } from './extractCode';

const LOGGER_FACTORIES = /^(?:pino|createLogger|winston\.createLogger|bunyan\.createLogger|createPinoLogger|Logger)$/;

export function detectLogCall(ex: CodeExtractor, n: TSESTree.CallExpression): LogCallFact | null {
  recordLoggerCreation(ex, n);
  const callee = unwrap(n.callee);
  const access = accessLogFormat(ex, n);
  if (access) return access;
  let method = '';
  let receiverChain: string[] | null = null;
  let viaImport = false;
  if (callee.type === 'MemberExpression') {
    method = propName(callee) ?? '';
    if (!LOG_METHODS.has(method)) return null;
    receiverChain = memberChain(callee.object);
    if (!receiverChain) return null;
    const rc = receiverChain.filter((x) => x !== '()');
    const tail = rc[rc.length - 1] ?? '';
    const isLogger = isLoggerReceiver(rc) || tail === 'log' || /logger/i.test(rc.join('.')) || madeByLoggerLibrary(ex, callee.object as Node) ||
      // hapi's `request.log(['auth'], data)` / `server.log(['error'], data)`: tags first, then what is logged
      (method === 'log' && n.arguments.length >= 2 && hapiTags(n.arguments[0] as Node));
    // `import { audit } from './audit'`: a logger of the app's own module whatever its name, which linking confirms
    if (!isLogger && rc.length === 1 && METHODS_OF_LOGGERS.test(method) && LOCAL_MODULE.test(ex.importSourceOf(callee.object as Node) ?? '')) viaImport = true;
    else if (!isLogger) return null;
  } else if (callee.type === 'Identifier') {
    if (!/^(?:debug|log|logger|dbg|trace|logInfo|logError|logDebug)$/.test(callee.name)) return null;
    method = callee.name;
  } else return null;

  const args: LogArgFact[] = [];
  for (const a of n.arguments) {
    const fact = logArg(ex, a as Node);
    if (fact) args.push(fact);
  }
  if (!args.length) return null;
  return {
    callee: callee.type === 'MemberExpression' ? ex.valueOf(callee.object) : ex.valueOf(callee),
    calleeText: textOf(ex.src, callee, 60), method, pos: posOf(n), args, ...(viaImport ? { viaImport } : {}),
  };
}

/** hapi's log tags: a string or an array of strings (`['auth', 'debug']`) */
function hapiTags(a: Node): boolean {
  const u = unwrap(a);
  return u.type === 'ArrayExpression' && u.elements.length > 0 && u.elements.every((e) => !!e && staticString(e as Node) !== null);
}

/** A module of the app itself: relative, or through a path alias (`@/lib/audit`, `~/utils/log`, `#lib/log`). */
export const LOCAL_MODULE = /^(?:\.{1,2}\/|[@~#]\/|#)/;
/** A logger's level methods (linking then checks that the module's export is a logger, not a notifier's `toast.error()`). */
export const METHODS_OF_LOGGERS = /^(?:info|warn|error|debug|trace|fatal|verbose|silly|notice|critical)$/;

const LOGGER_LIBS = /^(?:pino|winston|bunyan|log4js|consola|signale|loglevel|roarr|tslog)$/;

/** `const audit = pino(...)`, `const log = winston.createLogger(...)`, `audit.child({...})`: a logger whatever its name */
function madeByLoggerLibrary(ex: CodeExtractor, receiver: Node): boolean {
  let u = unwrap(receiver);
  if (u.type === 'CallExpression' && lastName(u) === 'child' && unwrap(u.callee).type === 'MemberExpression') u = unwrap((unwrap(u.callee) as TSESTree.MemberExpression).object);
  if (u.type !== 'Identifier') return false;
  let v = ex.valueOf(u);
  for (let i = 0; i < 3 && v.k === 'ref'; i++) v = ex.facts.bindings[v.name] ?? { k: 'unknown', text: '' };
  while (v.k === 'call' && v.callee.k === 'member' && v.callee.prop === 'child') v = v.callee.object.k === 'ref' ? ex.facts.bindings[v.callee.object.name] ?? v.callee.object : v.callee.object;
  if (v.k !== 'call' && v.k !== 'new') return false;
  let c = v.callee;
  while (c.k === 'member') c = c.object;
  if (c.k === 'ref') c = ex.facts.bindings[c.name] ?? c;
  return c.k === 'import' && LOGGER_LIBS.test(c.source);
}

/** `morgan(':method :url :req[authorization]')`: an access log whose format writes a credential header of every request */
function accessLogFormat(ex: CodeExtractor, n: TSESTree.CallExpression): LogCallFact | null {
  const callee = unwrap(n.callee);
  if (callee.type !== 'Identifier' || ex.importSourceOf(callee) !== 'morgan') return null;
  const format = staticString(n.arguments[0] as Node);
  const header = format ? /:req\[\s*(authorization|cookie|x-api-key|x-auth-token|x-access-token|proxy-authorization)\s*\]/i.exec(format) : null;
  if (!header) return null;
  const what = /cookie/i.test(header[1]) ? 'cookie' : /api-key/i.test(header[1]) ? 'API key' : /token/i.test(header[1]) ? 'token' : 'authorization header';
  return { callee: ex.valueOf(callee), calleeText: 'morgan', method: 'format', pos: posOf(n), args: [{ sensitive: [what], keyPaths: [], text: textOf(ex.src, n.arguments[0] as Node, 80) }] };
}

function logArg(ex: CodeExtractor, a: Node): LogArgFact | null {
  const u = unwrap(a);
  if (failedResponseBody(ex, u)) return null;
  const taints = ex.taintOf(u);
  const sensitive = new Set<string>();
  const keyPaths: string[] = [];
  for (const t of taints) if (t.startsWith('sensitive:')) sensitive.add(t.slice(10));
  // whole request / body (the rule decides: only on auth routes)
  // (an error handler's request is its second parameter: `(err, req, res, next)`)
  if (u.type === 'Identifier' && taints.some((t) => /^param:[01]:$/.test(t)) && /^(?:req|request|ctx|c)$/.test(u.name)) sensitive.add('whole request');
  // (an object literal is judged property by property: `{ keyId, reported: body.length }` logs a count)
  if (u.type !== 'ObjectExpression' && wholeBody(u, taints, ex)) sensitive.add('request body');
  // a whole session object (`console.log(session)`, `req.session`, `JSON.stringify(session)`): the session's
  // token, cookie id or provider access token travel with it; `session.user.id` is a field, not the session
  const sessionFrom: (ValueRef | null)[] = sensitive.has('session') ? [null] : [];
  if (wholeSession(ex, u, taints)) {
    sensitive.add('session');
    sessionFrom.push(sessionGetter(ex, u));
  }
  if (u.type === 'ObjectExpression') collectKeyPaths(ex, u, '', keyPaths, sensitive, sessionFrom);
  if (!sensitive.size) return null;
  if (!keyPaths.length) {
    const ch = memberChain(u);
    if (ch) keyPaths.push(ch.slice(1).join('.'));
  }
  return { sensitive: [...sensitive], keyPaths, text: textOf(ex.src, u, 80), ...(sessionFrom.length ? { sessionFrom } : {}) };
}

/**
 * `const tokenResponse = await res.json(); if (!res.ok) { console.warn('token exchange failed', tokenResponse) }`: the body of
 * a response logged in the branch taken when that response failed is the provider's error, whatever the variable is named
 * after; no token came back.
 */
function failedResponseBody(ex: CodeExtractor, x: Node): boolean {
  if (x.type !== 'Identifier') return false;
  const def = ex.variableOf(x)?.defs[0];
  const decl = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : null;
  const init = decl?.id.type === 'Identifier' && decl.init ? unwrap(decl.init as Node) : null;
  if (init?.type !== 'CallExpression' || init.arguments.length) return false;
  const callee = unwrap(init.callee as Node);
  if (callee.type !== 'MemberExpression' || !/^(?:json|text)$/.test(propName(callee) ?? '')) return false;
  const res = unwrap(callee.object as Node);
  if (res.type !== 'Identifier') return false;
  let child: Node = x;
  for (let cur = (x as { parent?: Node }).parent; cur && !isFunctionNode(cur); child = cur, cur = (cur as { parent?: Node }).parent) {
    if (cur.type !== 'IfStatement' || cur.consequent !== child) continue;
    const t = unwrap(cur.test as Node);
    if (t.type !== 'UnaryExpression' || t.operator !== '!') continue;
    const m = unwrap(t.argument as Node);
    const o = m.type === 'MemberExpression' ? unwrap(m.object as Node) : null;
    if (m.type === 'MemberExpression' && propName(m) === 'ok' && o?.type === 'Identifier' && o.name === res.name) return true;
  }
  return false;
}

/**
 * The app's own getter a logged session is the answer of (`const session = await getSession()`, `JSON.stringify(session)`):
 * its callee, for the linker to read what that function returns; null for anything else (`req.session`, a library's getter).
 */
function sessionGetter(ex: CodeExtractor, u: Node): ValueRef | null {
  if (u.type === 'CallExpression' && /^(?:stringify|inspect)$/.test(lastName(u)) && u.arguments[0]) return sessionGetter(ex, unwrap(u.arguments[0] as Node));
  if (u.type !== 'Identifier') return null;
  const v = ex.valueOf(u);
  if (v.k !== 'call' || (v.callee.k !== 'ref' && v.callee.k !== 'import' && v.callee.k !== 'fn')) return null;
  if (v.callee.k === 'import' && !/^[./@~#]/.test(v.callee.source)) return null;
  return v.callee;
}

function wholeSession(ex: CodeExtractor, u: Node, taints: string[]): boolean {
  if (taints.includes('redacted')) return false;
  if (u.type === 'CallExpression' && /^(?:stringify|inspect)$/.test(lastName(u)) && u.arguments[0]) {
    const a = unwrap(u.arguments[0] as Node);
    return wholeSession(ex, a, ex.taintOf(a));
  }
  // (`req.session`, or the session an auth middleware hung on the request under a name of its own, `req.authSession`;
  // better-auth's `data.session` of `const data = await auth.api.getSession(...)`: the session row, its token included)
  const sessionName = /^(?:session|sess|serverSession|userSession|authSession)$/;
  // Hono's context variables: what a middleware put there with `c.set('session', result.session)`, read back with
  // `c.get('session')` or `c.var.session`
  if (u.type === 'CallExpression' && lastName(u) === 'get' && u.arguments.length === 1) {
    const callee = unwrap(u.callee);
    const obj = callee.type === 'MemberExpression' ? memberChain(callee.object as Node) : null;
    const key = staticString(u.arguments[0] as Node);
    return !!obj && obj.length === 1 && /^(?:c|ctx|context)$/.test(obj[0]) && !!key && sessionName.test(key);
  }
  const ch = memberChain(u);
  if (ch && ch.length === 3 && /^(?:c|ctx|context)$/.test(ch[0]) && ch[1] === 'var' && sessionName.test(ch[2])) return true;
  if (!ch || ch.length > 2) return false;
  const last = ch[ch.length - 1];
  if (ch.length === 2) return (sessionName.test(last) && /^(?:req|request|ctx|context)$/.test(ch[0])) || (last === 'session' && taints.some((t) => /^session:\w*[Ss]ession\b/.test(t)));
  if (ch.length === 1 && sessionName.test(last)) return !taints.some((t) => t.startsWith('db:'));
  // `const s = await getServerSession(authOptions)`: the getter's whole result
  return taints.some((t) => /^session:\w*[Ss]ession$/.test(t));
}

function collectKeyPaths(ex: CodeExtractor, o: TSESTree.ObjectExpression, prefix: string, out: string[], sensitive: Set<string>, sessionFrom: (ValueRef | null)[]) {
  for (const [i, p] of o.properties.entries()) {
    // `{ ...body, at: Date.now() }` logs the body (`{ ...body, password: undefined }` logs it without the password)
    if (p.type === 'SpreadElement' && !spreadStripsCredentials(o, i) && wholeBody(p.argument as Node, ex.taintOf(p.argument as Node), ex)) {
      sensitive.add('request body');
      continue;
    }
    if (p.type !== 'Property') continue;
    const k = propName(p);
    if (!k) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    const v = unwrap(p.value as Node);
    if (v.type === 'ObjectExpression') {
      collectKeyPaths(ex, v, path, out, sensitive, sessionFrom);
      continue;
    }
    const t = ex.taintOf(v);
    if (wholeBody(v, t, ex)) {
      sensitive.add('request body');
      out.push(path);
    }
    // `{ session }`, `{ session: req.authSession }`: the whole session under a key
    if (wholeSession(ex, v, t)) {
      sensitive.add('session');
      sessionFrom.push(sessionGetter(ex, v));
      out.push(path);
    }
    const s = t.filter((x) => x.startsWith('sensitive:'));
    // `password: url.password ? '******' : undefined` logs a mask, not the value
    const named = sensitiveName(k);
    // (a `sessionId` that is a record's id, `sessionId: checkoutSession.id` from Stripe or a chat session row,
    // is no cookie: only one read off the request or the caller's session is)
    const recordSession = named === 'session identifier' && recordSessionId(t);
    const keySens = named && !recordSession && !onlyLiterals(v as Node) && !t.includes('redacted');
    if (s.length || keySens) {
      const ch = memberChain(v);
      out.push(path);
      if (ch && ch.length > 1) out.push(`${path}.${ch[ch.length - 1]}`);
      if (t.some((x) => x === 'sensitive:request headers')) out.push(`${path}.authorization`, `${path}.cookie`);
      if (u(v) && /^(?:req|request)$/.test(u(v)!)) sensitive.add('whole request');
    }
  }
}

/**
 * The request body itself (`body`, `req.body`, `JSON.stringify(body)`), not a count or a value derived from it
 * (`body.length`, `items.map((i) => i.type)`).
 */
function wholeBody(v: Node, taints: string[], ex?: CodeExtractor, depth = 0): boolean {
  if (ex && resolverArgs(unwrap(v), ex)) return true;
  // a server action's form (`login(formData)`: `Object.fromEntries(formData)`) is the request's body
  const actionForm = !!ex && !taints.includes('request:body') && actionFormArgument(unwrap(v), taints, ex);
  // a tRPC procedure's whole `input` (an Astro action's alike) is everything the client sent, as a body is
  const whole = taints.includes('request:body') || taints.includes('request:input');
  if (!actionForm && (!whole || taints.some((t) => t.startsWith('request:body.') || t.startsWith('request:input.')))) return false;
  let x = unwrap(v);
  // `await c.req.json()`: what the promise holds
  if (x.type === 'AwaitExpression') x = unwrap(x.argument as Node);
  // the framework's whole-body getters: AdonisJS `request.all()` / `request.body()`, `await c.req.json()`, `parseBody()`
  if (x.type === 'CallExpression' && /^(?:all|body|json|parseBody|formData|text|valid|getBody)$/.test(lastName(x)) && unwrap(x.callee).type === 'MemberExpression') return true;
  if (x.type === 'MemberExpression' && /^(?:length|size)$/.test(propName(x) ?? '')) return false;
  // the rest of the body after the credentials were taken out of it (`const { password, ...profile } = req.body`)
  if (x.type === 'Identifier' && ex && restWithoutCredentials(x, ex)) return false;
  // a name for a count (`const matched = items.filter(f).length`): what it was set to decides
  if (x.type === 'Identifier' && ex && depth < 3) {
    const def = ex.variableOf(x)?.defs[0];
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    if (init && (def!.node as TSESTree.VariableDeclarator).id.type === 'Identifier' && countLike(init as Node)) return false;
  }
  if (x.type === 'BinaryExpression' && x.operator !== '+') return false;
  if (x.type === 'CallExpression') {
    if (!/^(?:stringify|inspect|format|fromEntries|assign|toJSON|toString|structuredClone)$/.test(lastName(x))) return false;
    // (`JSON.stringify({ ...dto, password: undefined })`: the object's members decide, as for an object logged as it is)
    const arg = x.arguments[0] ? unwrap(x.arguments[0] as Node) : null;
    if (ex && arg?.type === 'ObjectExpression' && /^(?:stringify|inspect)$/.test(lastName(x))) {
      return arg.properties.some((p, i) => p.type === 'SpreadElement' ? !spreadStripsCredentials(arg, i) && wholeBody(p.argument as Node, ex.taintOf(p.argument as Node), ex, depth + 1)
        : p.type === 'Property' && wholeBody(p.value as Node, ex.taintOf(p.value as Node), ex, depth + 1));
    }
    return true;
  }
  // (text built around it, `'body: ' + body`; arithmetic, `items.length - matched`, is a number)
  if (x.type === 'BinaryExpression') return [x.left, x.right].some((side) => wholeBody(side as Node, taints, ex, depth + 1));
  // (text around it, `login ${JSON.stringify(body)}`: its placeholders decide)
  if (x.type === 'TemplateLiteral' && ex && depth < 3) return x.expressions.some((e) => wholeBody(e as Node, ex.taintOf(e as Node), ex, depth + 1));
  return x.type === 'Identifier' || x.type === 'MemberExpression' || x.type === 'TemplateLiteral';
}

/**
 * The whole form or input object a server action was handed (`formData`, `input: LoginInput`, `data: FormData`), as it is
 * or turned into an object (`Object.fromEntries(formData)`): not one of its fields, nor a plain argument (`email`).
 */
function actionFormArgument(x: Node, taints: string[], ex: CodeExtractor): boolean {
  const args = taints.filter((t) => /^request:arg\d+/.test(t));
  if (!args.length || args.some((t) => /^request:arg\d+\./.test(t))) return false;
  let id: Node = x;
  if (id.type === 'AwaitExpression') id = unwrap(id.argument as Node);
  if (id.type === 'CallExpression' && /^(?:stringify|inspect|fromEntries|structuredClone)$/.test(lastName(id)) && id.arguments[0]) id = unwrap(id.arguments[0] as Node);
  if (id.type !== 'Identifier') return false;
  const def = ex.variableOf(id)?.defs[0];
  if (def?.type !== 'Parameter' || def.name.type !== 'Identifier') return false;
  const ann = (def.name as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
  if (ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && ann.typeName.name === 'FormData') return true;
  return /^(?:form|formData|fd|data|input|values|payload|body)$/.test(def.name.name);
}

/** `profile` in `const { password, token, ...profile } = body`: what is left once the credential fields are pulled out. */
function restWithoutCredentials(x: TSESTree.Identifier, ex: CodeExtractor): boolean {
  const def = ex.variableOf(x)?.defs[0];
  const rest = (def?.name as { parent?: Node } | undefined)?.parent;
  const pattern = (rest as { parent?: Node } | undefined)?.parent;
  if (rest?.type !== 'RestElement' || pattern?.type !== 'ObjectPattern') return false;
  return pattern.properties.some((p) => p.type === 'Property' && CREDENTIAL_FIELD.test(propName(p) ?? ''));
}

/**
 * A GraphQL resolver's whole `args` (`(parent, args, context)`, the parent named `_`, `_parent`, `root`...):
 * everything the client sent with the operation, as a request body is.
 */
function resolverArgs(x: Node, ex: CodeExtractor): boolean {
  if (x.type !== 'Identifier' || !/^(?:args|input|variables)$/.test(x.name)) return false;
  const def = ex.variableOf(x)?.defs[0];
  if (def?.type !== 'Parameter') return false;
  const fn = def.node as TSESTree.FunctionLike;
  const params = 'params' in fn ? fn.params : [];
  const first = params[0];
  return params.length >= 3 && params[1] === def.name && first?.type === 'Identifier' && /^(?:_\w*|parent|root|obj|source)$/.test(first.name);
}

/** `items.filter(f).length`, `total - matched`, `Number(x)`: a number, whatever it was computed from. */
function countLike(v: Node): boolean {
  const x = unwrap(v);
  if (x.type === 'MemberExpression') return /^(?:length|size)$/.test(propName(x) ?? '');
  if (x.type === 'BinaryExpression') return x.operator !== '+';
  if (x.type === 'CallExpression') return /^(?:Number|parseInt|parseFloat|count|min|max|round|floor|ceil)$/.test(lastName(x));
  return false;
}

function u(v: Node): string | null {
  return v.type === 'Identifier' ? v.name : null;
}

/**
 * `const logger = pino({ redact: ['req.headers.authorization'] })`; Fastify's own pino logger,
 * `Fastify({ logger: { redact: [...] } })`, which `request.log` and `fastify.log` write through.
 */
function recordLoggerCreation(ex: CodeExtractor, n: TSESTree.CallExpression) {
  const name = memberChain(n.callee)?.join('.') ?? lastName(n);
  const callee = unwrap(n.callee);
  const fastifyApp = callee.type === 'Identifier' && ex.importSourceOf(callee) === 'fastify';
  if (!LOGGER_FACTORIES.test(name) && !/^pino$/.test(lastName(n)) && !fastifyApp) return;
  let opts = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  // `Fastify({ logger: true })`, `Fastify({ logger: { level } })`: the framework's logger is written here and redacts
  // nothing, so `request.log` is not some other `pino({ redact })` instance of the project (an audit trail's)
  let plainFramework = false;
  if (fastifyApp) {
    const logger = opts?.type === 'ObjectExpression' ? opts.properties.find((p) => p.type === 'Property' && propName(p) === 'logger') : undefined;
    opts = logger?.type === 'Property' ? unwrap(logger.value as Node) : null;
    plainFramework = !!opts && ((opts.type === 'Literal' && opts.value === true) ||
      (opts.type === 'ObjectExpression' && opts.properties.every((p) => p.type === 'Property' && propName(p) !== 'redact')));
  }
  if (!opts || (opts.type !== 'ObjectExpression' && !plainFramework)) return;
  const paths: string[] = [];
  for (const p of opts.type === 'ObjectExpression' ? opts.properties : []) {
    if (p.type !== 'Property' || propName(p) !== 'redact') continue;
    const v = unwrap(p.value as Node);
    const take = (arr: Node) => {
      const a = unwrap(arr);
      if (a.type === 'ArrayExpression') for (const e of a.elements) {
        const s = e ? staticString(e as Node) : null;
        if (s) paths.push(s);
      }
    };
    if (v.type === 'ArrayExpression') take(v);
    else if (v.type === 'ObjectExpression') for (const q of v.properties) if (q.type === 'Property' && propName(q) === 'paths') take(q.value as Node);
  }
  if (!paths.length && !plainFramework) return;
  let holder = (n as { parent?: Node }).parent;
  while (holder && holder.type !== 'VariableDeclarator' && holder.type !== 'Program' && holder.type !== 'ExpressionStatement') holder = (holder as { parent?: Node }).parent;
  const key = holder && holder.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name : '*';
  ex.facts.loggerRedactions[key] = paths;
  if (fastifyApp) (ex.facts.frameworkLoggers ??= []).push(key);
}
