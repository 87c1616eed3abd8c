/** Small, allocation-light helpers over typescript-estree nodes. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { Pos } from '../types';
import { checkBudget } from './budget';
import { redactSecretsIn } from '../secrets/redactText';

export type Node = TSESTree.Node;

export function posOf(node: { loc: TSESTree.SourceLocation }): Pos {
  return {
    line: node.loc.start.line,
    column: node.loc.start.column + 1,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column + 1,
  };
}

/** Keys that hold types only: what a type says never runs (no call, query, log or route is in it). */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements']);
/** TS nodes that are a type or a type's declaration as a whole (enums and namespaces hold code: not these). */
const TYPE_ONLY = /^TS(?:.*(?:Type|Keyword)|TypeAnnotation|TypeAliasDeclaration|InterfaceDeclaration|InterfaceBody|InterfaceHeritage|ClassImplements|TypeParameter.*|TypeLiteral|TypePredicate|TypeQuery|TypeReference|QualifiedName|IndexSignature|MethodSignature|PropertySignature|CallSignatureDeclaration|ConstructSignatureDeclaration|NamedTupleMember|MappedType|TypeOperator|DeclareFunction|EmptyBodyFunctionExpression)$/;
/**
 * The visitor keys walks follow: typescript-estree's without types. A typed codebase is about a
 * third types by node count, and every extraction walk went through them for nothing.
 * (`ROUTEGUARD_WALK_TYPES=1` walks them too, to compare.)
 */
const RUNTIME_KEYS: Record<string, readonly string[] | undefined> = process.env.ROUTEGUARD_WALK_TYPES === '1'
  ? (visitorKeys as Record<string, readonly string[]>)
  : Object.fromEntries(Object.entries(visitorKeys as Record<string, readonly string[]>).map(([type, keys]) => [type, TYPE_ONLY.test(type) ? [] : keys.filter((k) => !TYPE_KEYS.has(k))]));

/** Children of a node in source order (visitor keys, types left out), without recursion. */
export function childrenOf(node: Node): Node[] {
  checkBudget(); // every walk goes through here: a pathological file runs out of time, not forever
  const keys = RUNTIME_KEYS[node.type];
  if (!keys) return [];
  const out: Node[] = [];
  for (const k of keys) {
    const v = (node as unknown as Record<string, unknown>)[k];
    if (!v) continue;
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c === 'object' && 'type' in c) out.push(c as Node);
    } else if (typeof v === 'object' && 'type' in (v as object)) out.push(v as Node);
  }
  return out;
}

/**
 * Iterative pre-order walk (deep ASTs cannot blow the stack). `enter` may return
 * false to skip a subtree.
 */
export function walk(root: Node, enter: (node: Node, parent: Node | null) => boolean | void): void {
  const stack: [Node, Node | null][] = [[root, null]];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (enter(node, parent) === false) continue;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], node]);
  }
}

export function isFunctionNode(n: Node): n is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression';
}

/** Strip TS-only wrappers and awaits: `(x as T)!`, `await x`, `x satisfies T`. */
export function unwrap(n: Node): Node {
  let cur: Node = n;
  for (;;) {
    switch (cur.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'AwaitExpression':
      case 'ChainExpression':
        cur = (cur as { expression?: Node; argument?: Node }).expression ?? (cur as { argument: Node }).argument;
        continue;
      default:
        return cur;
    }
  }
}

export function propName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | null {
  const key = node.type === 'MemberExpression' ? node.property : node.key;
  const computed = node.computed;
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return '#' + key.name;
  return staticString(key as Node);
}

/** The value of a string literal / quasi-only template, else null. */
export function staticString(n: Node | null | undefined): string | null {
  if (!n) return null;
  const u = unwrap(n);
  if (u.type === 'Literal' && typeof u.value === 'string') return u.value;
  if (u.type === 'TemplateLiteral' && u.expressions.length === 0) return u.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  return null;
}

/**
 * A member chain as names: `req.headers.authorization` -> ['req','headers','authorization'];
 * `req.header('x')` (callee) -> ['req','header']; `this.logger.info` -> ['this','logger','info'].
 * Returns null when the chain does not start at an identifier / this.
 */
export function memberChain(n: Node): string[] | null {
  const out: string[] = [];
  let cur: Node = unwrap(n);
  for (;;) {
    if (cur.type === 'MemberExpression') {
      const p = propName(cur);
      out.push(p ?? '[]');
      cur = unwrap(cur.object);
      continue;
    }
    if (cur.type === 'CallExpression') {
      // c.req.param('id') / headers().get('x'): keep going through the callee
      out.push('()');
      cur = unwrap(cur.callee);
      continue;
    }
    if (cur.type === 'Identifier') {
      out.push(cur.name);
      break;
    }
    if (cur.type === 'ThisExpression') {
      out.push('this');
      break;
    }
    if (cur.type === 'MetaProperty') {
      out.push(`${cur.meta.name}.${cur.property.name}`);
      break;
    }
    return null;
  }
  return out.reverse();
}

export function calleeText(call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  const ch = memberChain(call.callee);
  return ch ? ch.filter((x) => x !== '()').join('.') : '';
}

export function lastName(call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  const c = unwrap(call.callee);
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression') return propName(c) ?? '';
  return '';
}

/** Split identifiers into lower-case words: refreshToken -> [refresh, token]; API_KEY -> [api, key]. */
export function words(name: string): string[] {
  let ws = wordsOf.get(name);
  if (!ws) {
    ws = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    // names repeat across files and links (the same few thousand identifiers); callers only read the list
    if (wordsOf.size > 50000) wordsOf.clear();
    wordsOf.set(name, ws);
  }
  return ws;
}
const wordsOf = new Map<string, string[]>();

/** Snippets already made, by node and length: evaluation asks for the same node's text many times (redaction is not cheap). */
const textMemo = new WeakMap<object, Map<number, string>>();

export function textOf(source: string, node: Node, max = 120): string {
  let byMax = textMemo.get(node);
  const hit = byMax?.get(max);
  if (hit !== undefined) return hit;
  const text = makeText(source, node, max);
  if (!byMax) textMemo.set(node, (byMax = new Map()));
  byMax.set(max, text);
  return text;
}

function makeText(source: string, node: Node, max: number): string {
  // comments inside the node (`cors({ // why\n origin })`) are not part of what it says
  // (only the head is shown: a call whose callback runs for hundreds of lines is not copied and scanned whole)
  const end = Math.min(node.range[1], node.range[0] + max * 8);
  const t = source
    .slice(node.range[0], end)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(end < node.range[1] ? /\/\*[\s\S]*$/ : /$^/, '')
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1')
    .replace(/\s+/g, ' ');
  // snippets end up in messages, chains, hovers and the matrix: a literal key in them is redacted
  // before cutting (a cut could leave all but the last characters of a key)
  const r = redactSecretsIn(t.length > max * 2 ? t.slice(0, max * 2) : t);
  return r.length > max ? r.slice(0, max - 1) + '…' : r;
}

/** Can the value only be a literal (a mask like `'******'`, undefined, a constant default)? */
export function onlyLiterals(v: Node): boolean {
  const n = unwrap(v);
  if (n.type === 'Literal' || (n.type === 'Identifier' && n.name === 'undefined') || (n.type === 'TemplateLiteral' && !n.expressions.length)) return true;
  if (n.type === 'ConditionalExpression') return onlyLiterals(n.consequent as Node) && onlyLiterals(n.alternate as Node);
  return false;
}
