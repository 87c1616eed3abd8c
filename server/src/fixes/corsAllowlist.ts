/**
 * cors-wildcard quick fix: replace the wildcard/reflected origin with an allowlist read from
 * ALLOWED_ORIGINS (comma-separated), in the shape each library accepts: an array for cors,
 * @fastify/cors and hono/cors; a function for @koa/cors; a checked echo for hand-set headers.
 */
import { Node } from 'ts-morph';
import type { FixProvider, TextEditRel } from './types';
import { parse, offsetOf, replaceRange, insertAt, styleOf, quote } from './source';

export const corsAllowlistFix: FixProvider = {
  ruleIds: ['cors-wildcard'],
  provide(ctx) {
    const f = ctx.finding;
    const text = ctx.textOf(f.loc.file);
    if (text === undefined || !/\.[cm]?[jt]sx?$/.test(f.loc.file)) return [];
    const sf = parse(f.loc.file, text);
    const style = styleOf(text);
    const list = `(process.env.ALLOWED_ORIGINS ?? ${quote('', style)}).split(${quote(',', style)})`;
    const off = offsetOf(text, f.loc.line, f.loc.column);
    let node: Node | undefined = sf.getDescendantAtPos(off);
    // widen to the whole expression that starts here (`req.headers.origin`, `'*'`, `true`)
    while (node && node.getParent() && node.getParent()!.getStart() === node.getStart() && !Node.isPropertyAssignment(node.getParent()!) && !Node.isCallExpression(node.getParent()!) && !Node.isExpressionStatement(node.getParent()!)) node = node.getParent();
    if (!node) return [];
    // the finding may point at the `origin: ...` property itself: take its value
    const prop = Node.isPropertyAssignment(node) ? node : node.getParent() && Node.isPropertyAssignment(node.getParent()!) && (node.getParent() as import('ts-morph').PropertyAssignment).getNameNode() === node ? (node.getParent() as import('ts-morph').PropertyAssignment) : undefined;
    if (prop && prop.getInitializer()) node = prop.getInitializer()!;
    const library = String(f.fixData?.library ?? '');
    const edits: TextEditRel[] = [];
    const parent = node.getParent();
    if (parent && Node.isPropertyAssignment(parent) && parent.getName() === 'origin') {
      const value = /koa/.test(library)
        ? `(ctx) => (${list}.includes(ctx.get(${quote('Origin', style)})) ? ctx.get(${quote('Origin', style)}) : ${quote('', style)})`
        : list;
      edits.push(replaceRange(text, node.getStart(), node.getEnd(), value));
    } else if (Node.isCallExpression(node) || (parent && Node.isCallExpression(parent) && parent.getArguments().length === 0)) {
      // cors() with no options: every origin
      const call = Node.isCallExpression(node) ? node : (parent as import('ts-morph').CallExpression);
      if (call.getArguments().length) return [];
      const open = text.indexOf('(', call.getExpression().getEnd());
      edits.push(insertAt(text, open + 1, `{ origin: ${list} }`));
    } else if (parent && Node.isCallExpression(parent) && /Access-Control-Allow-Origin/i.test(parent.getText())) {
      const fn = node.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
      const params = fn && (Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParameters().map((p) => p.getName()) : [];
      const literal = Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node);
      const origin = !literal ? node.getText()
        : params.includes('req') ? 'req.headers.origin'
        : params.includes('request') ? `request.headers.get(${quote('origin', style)})`
        : params.includes('ctx') ? `ctx.get(${quote('Origin', style)})`
        : params.includes('c') ? `c.req.header(${quote('Origin', style)})`
        : undefined;
      if (!origin) return [];
      edits.push(replaceRange(text, node.getStart(), node.getEnd(), `${list}.includes(String(${origin})) ? String(${origin}) : ${quote('', style)}`));
    } else if (parent && Node.isPropertyAssignment(parent) && parent.getName() === 'value') {
      // next.config headers(): one origin per deployment
      edits.push(replaceRange(text, node.getStart(), node.getEnd(), `process.env.ALLOWED_ORIGIN ?? ${quote('', style)}`));
    } else return [];
    return [{ title: 'Allow only the origins listed in ALLOWED_ORIGINS', edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
