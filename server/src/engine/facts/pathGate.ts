/**
 * Path gates in middleware: `if (PUBLIC_PATHS.includes(req.path)) return next()`,
 * `if (req.path.startsWith('/api/public')) return next()`, `if (!url.startsWith('/api')) return`.
 * A middleware that lets some paths through without checking them does not
 * authenticate those routes; the linker drops it from their chains.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { PathPattern } from '../types';
import { unwrap, memberChain, staticString, propName } from './ast';

type Node = TSESTree.Node;

const PATH_PROPS = new Set(['path', 'url', 'originalUrl', 'pathname', 'routerPath', 'baseUrl', 'routeOptions']);

/** Is this expression the request path (`req.path`, `ctx.path`, `c.req.path`, `request.nextUrl.pathname`, `pathname`)? */
function isPathExpr(n: Node, pathVars: Set<string>): boolean {
  const u = unwrap(n);
  if (u.type === 'Identifier') return pathVars.has(u.name) || /^(?:path|pathname|url|route|reqPath|requestPath|urlPath)$/.test(u.name);
  if (u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && ['split', 'toLowerCase', 'replace'].includes(propName(u.callee) ?? '')) return isPathExpr(u.callee.object, pathVars);
  if (u.type === 'MemberExpression' && u.computed && u.property.type === 'Literal' && u.property.value === 0) return isPathExpr(u.object, pathVars);
  const ch = memberChain(u);
  if (!ch || ch.length < 2) return false;
  const last = ch[ch.length - 1];
  // SvelteKit's route id (`event.route.id?.startsWith('/(app)')`): the route's folder path, groups included
  if (last === 'id' && ch[ch.length - 2] === 'route') return true;
  return PATH_PROPS.has(last) || (last === 'url' && ch.includes('routeOptions'));
}

/**
 * The paths an if-test matches, when it tests only the request path. `arrays` resolves a
 * same-file constant array of string literals (`const PUBLIC = ['/health', '/login']`).
 */
export function pathTestPatterns(test: Node, arrays: (name: string) => string[] | null, pathVars: Set<string>, inits?: (n: Node) => Node | null, depth = 0): { patterns: PathPattern[]; negated: boolean } | null {
  const t = unwrap(test);
  // `const isAdminPage = url.pathname.startsWith('/admin'); if (isAdminPage && ...)`
  if (t.type === 'Identifier' && inits && depth < 3) {
    const init = inits(t);
    return init && init !== t ? pathTestPatterns(init, arrays, pathVars, inits, depth + 1) : null;
  }
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const inner = pathTestPatterns(t.argument, arrays, pathVars, inits, depth);
    return inner ? { patterns: inner.patterns, negated: !inner.negated } : null;
  }
  // `event.route.id?.startsWith('/(app)') ?? false`
  if (t.type === 'LogicalExpression' && t.operator === '??' && unwrap(t.right as Node).type === 'Literal' && !(unwrap(t.right as Node) as TSESTree.Literal).value) return pathTestPatterns(t.left, arrays, pathVars, inits, depth);
  if (t.type === 'LogicalExpression' && t.operator === '||') {
    const l = pathTestPatterns(t.left, arrays, pathVars, inits, depth);
    const r = pathTestPatterns(t.right, arrays, pathVars, inits, depth);
    if (l && r && !l.negated && !r.negated) return { patterns: [...l.patterns, ...r.patterns], negated: false };
    return null;
  }
  // `req.path.indexOf('/auth') > -1` (anywhere in the path), `req.path.indexOf('/public') === 0` (a prefix), `=== -1` (not in it)
  if (t.type === 'BinaryExpression') {
    const l = unwrap(t.left as Node);
    const r = unwrap(t.right as Node);
    const call = l.type === 'CallExpression' ? l : null;
    const num = r.type === 'Literal' && typeof r.value === 'number' ? r.value : r.type === 'UnaryExpression' && r.operator === '-' && unwrap(r.argument as Node).type === 'Literal' ? -Number((unwrap(r.argument as Node) as TSESTree.Literal).value) : null;
    if (call && num !== null && call.callee.type === 'MemberExpression' && propName(call.callee) === 'indexOf' && isPathExpr(call.callee.object, pathVars) && call.arguments[0]) {
      const sub = staticString(call.arguments[0] as Node);
      if (sub === null) return null;
      const anywhere = { kind: 'regex' as const, value: sub.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') };
      const op = t.operator;
      if (num === 0 && /^===?$/.test(op)) return { patterns: [{ kind: 'prefix', value: sub }], negated: false };
      if ((num === -1 && /^(?:>|!==?)$/.test(op)) || (num === 0 && op === '>=')) return { patterns: [anywhere], negated: false };
      if ((num === -1 && /^===?$/.test(op)) || (num === 0 && op === '<')) return { patterns: [anywhere], negated: true };
      return null;
    }
  }
  if (t.type === 'BinaryExpression' && (t.operator === '===' || t.operator === '==')) {
    const [a, b] = isPathExpr(t.left as Node, pathVars) ? [t.left, t.right] : [t.right, t.left];
    const s = staticString(b as Node);
    if (s !== null && isPathExpr(a as Node, pathVars)) return { patterns: [{ kind: 'exact', value: s }], negated: false };
    return null;
  }
  if (t.type !== 'CallExpression' || t.callee.type !== 'MemberExpression') return null;
  const method = propName(t.callee);
  const obj = unwrap(t.callee.object);
  const arg = t.arguments[0] ? unwrap(t.arguments[0] as Node) : null;
  if (!arg) return null;
  // req.path.startsWith('/public')
  if (method === 'startsWith' && isPathExpr(obj, pathVars)) {
    const s = staticString(arg);
    if (s !== null) return { patterns: [{ kind: 'prefix', value: s }], negated: false };
    if (arg.type === 'Identifier') {
      // PUBLIC_PREFIXES.some((p) => req.path.startsWith(p)) is handled below; a lone variable is unknown
      return null;
    }
    return null;
  }
  // req.path.includes('/public/'): anywhere in the path
  if (method === 'includes' && isPathExpr(obj, pathVars)) {
    const sub = staticString(arg);
    return sub !== null ? { patterns: [{ kind: 'regex', value: sub.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') }], negated: false } : null;
  }
  // /^\/public/.test(req.path)
  if (method === 'test' && obj.type === 'Literal' && 'regex' in obj && obj.regex && isPathExpr(arg, pathVars)) {
    return { patterns: [{ kind: 'regex', value: obj.regex.pattern }], negated: false };
  }
  // req.path.match(/.../)
  if (method === 'match' && isPathExpr(obj, pathVars) && arg.type === 'Literal' && 'regex' in arg && arg.regex) {
    return { patterns: [{ kind: 'regex', value: arg.regex.pattern }], negated: false };
  }
  // PUBLIC_PATHS.includes(req.path) / new Set([...]).has(req.path)
  if ((method === 'includes' || method === 'has') && isPathExpr(arg, pathVars)) {
    const list = literalList(obj, arrays);
    if (list) return { patterns: list.map((value) => ({ kind: 'exact' as const, value })), negated: false };
    return null;
  }
  // PUBLIC_PREFIXES.some((p) => req.path.startsWith(p))
  if (method === 'some' && (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression')) {
    const list = literalList(obj, arrays);
    const body = arg.body.type === 'BlockStatement' ? (arg.body.body[0]?.type === 'ReturnStatement' ? arg.body.body[0].argument : null) : arg.body;
    if (!list || !body) return null;
    const b = unwrap(body as Node);
    if (b.type === 'CallExpression' && b.callee.type === 'MemberExpression' && isPathExpr(b.callee.object, pathVars)) {
      const m = propName(b.callee);
      if (m === 'startsWith') return { patterns: list.map((value) => ({ kind: 'prefix' as const, value })), negated: false };
      if (m === 'match' || m === 'includes') return null;
    }
    if (b.type === 'BinaryExpression' && (b.operator === '===' || b.operator === '==')) return { patterns: list.map((value) => ({ kind: 'exact' as const, value })), negated: false };
    if (b.type === 'CallExpression' && b.callee.type === 'MemberExpression' && propName(b.callee) === 'test') {
      return null;
    }
  }
  return null;
}

function literalList(n: Node, arrays: (name: string) => string[] | null): string[] | null {
  const u = unwrap(n);
  if (u.type === 'ArrayExpression') {
    const out = u.elements.map((e) => (e ? staticString(e as Node) : null));
    return out.every((x): x is string => x !== null) ? out : null;
  }
  if (u.type === 'Identifier') return arrays(u.name);
  if (u.type === 'NewExpression' && u.arguments[0]) return literalList(u.arguments[0] as Node, arrays);
  return null;
}

/** Does a pattern match a route path (`/api/public/:id`)? */
export function pathPatternMatches(p: PathPattern, path: string): boolean {
  const norm = path.replace(/\/$/, '') || '/';
  const sample = norm.replace(/:([A-Za-z_]\w*)\??/g, 'x').replace(/\[\[?\.{0,3}([^\]]+)\]\]?/g, 'x');
  switch (p.kind) {
    case 'exact':
      return norm === (p.value.replace(/\/$/, '') || '/');
    case 'prefix':
      return norm.startsWith(p.value) || (norm + '/').startsWith(p.value);
    case 'regex':
      try {
        const re = new RegExp(p.value);
        return re.test(norm) || re.test(sample);
      } catch {
        return false;
      }
  }
}

// ------------------------------------------------------------------ method gates

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** `req.method`, `c.req.method`, `ctx.request.method`, `req.method.toUpperCase()` */
function isMethodExpr(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && /^to(?:Upper|Lower)Case$/.test(propName(u.callee) ?? '')) return isMethodExpr(u.callee.object);
  const ch = memberChain(u);
  return !!ch && ch.length >= 2 && ch[ch.length - 1] === 'method';
}

/** The truth of an if-test that reads only the request method, for one method; null when it reads anything else. */
function methodTestHolds(test: Node, m: string, arrays: (name: string) => string[] | null): boolean | null {
  const t = unwrap(test);
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const v = methodTestHolds(t.argument, m, arrays);
    return v === null ? null : !v;
  }
  if (t.type === 'LogicalExpression' && (t.operator === '||' || t.operator === '&&')) {
    const l = methodTestHolds(t.left, m, arrays);
    const r = methodTestHolds(t.right, m, arrays);
    if (l === null || r === null) return null;
    return t.operator === '||' ? l || r : l && r;
  }
  if (t.type === 'BinaryExpression' && /^[!=]==?$/.test(t.operator)) {
    const [a, b] = isMethodExpr(t.left as Node) ? [t.left, t.right] : [t.right, t.left];
    const s = staticString(b as Node);
    if (s === null || !isMethodExpr(a as Node)) return null;
    const eq = s.toUpperCase() === m;
    return t.operator.startsWith('=') ? eq : !eq;
  }
  // ['GET', 'HEAD'].includes(req.method), SAFE_METHODS.has(req.method)
  if (t.type === 'CallExpression' && t.callee.type === 'MemberExpression' && /^(?:includes|has)$/.test(propName(t.callee) ?? '') && t.arguments[0] && isMethodExpr(t.arguments[0] as Node)) {
    const list = literalList(t.callee.object, arrays);
    return list ? list.some((x) => x.toUpperCase() === m) : null;
  }
  return null;
}

/** The methods for which an if-test that reads only the request method holds (null: not such a test). */
export function methodTestMethods(test: Node, arrays: (name: string) => string[] | null): { when: string[]; unless: string[] } | null {
  const when: string[] = [];
  const unless: string[] = [];
  for (const m of METHODS) {
    const v = methodTestHolds(test, m, arrays);
    if (v === null) return null;
    (v ? when : unless).push(m);
  }
  return { when, unless };
}

/** A branch that only hands the request on: `next()`, `return next()`, `await next()`, `{ return await next() }`. */
export function onlyHandsOn(branch: Node): boolean {
  const stmts = branch.type === 'BlockStatement' ? branch.body : [branch];
  if (!stmts.length) return false;
  return stmts.every((s) => {
    let e: Node | null | undefined = s.type === 'ExpressionStatement' ? s.expression : s.type === 'ReturnStatement' ? s.argument : undefined;
    if (e === undefined) return false;
    if (e === null) return false;
    e = unwrap(e);
    if (e.type === 'AwaitExpression') e = unwrap(e.argument);
    if (e.type !== 'CallExpression' || e.arguments.length) return false;
    const c = unwrap(e.callee);
    return c.type === 'Identifier' && /^(?:next|done)$/.test(c.name);
  });
}
