/**
 * unverified-webhook quick fix (Stripe): verify the signature with constructEvent over the raw
 * body and STRIPE_WEBHOOK_SECRET before acting. Express routes get `express.raw()` for this route;
 * Next.js handlers read `req.text()`. The handler should then use `event`, not the parsed body.
 */
import { Node, SyntaxKind } from 'ts-morph';
import type { FixProvider, TextEditRel } from './types';
import { parse, insertAt, offsetOf, lineIndent, styleOf, isBound, importEdit, replaceRange, routeOfFinding } from './source';
import { routeCall, isPathArg } from './missingAuth';

export const webhookScaffoldFix: FixProvider = {
  ruleIds: ['unverified-webhook'],
  provide(ctx) {
    const f = ctx.finding;
    const route = routeOfFinding(ctx);
    const text = ctx.textOf(f.loc.file);
    if (!route || !route.handlerLoc || text === undefined) return [];
    if (!['express', 'nextjs'].includes(route.framework)) return [];
    const sf = parse(f.loc.file, text);
    const style = styleOf(text);
    const semi = style.semi ? ';' : '';
    const ts = /\.tsx?$/.test(f.loc.file);
    let fn: Node | undefined = sf.getDescendantAtPos(offsetOf(text, route.handlerLoc.line, route.handlerLoc.column));
    while (fn && !(Node.isArrowFunction(fn) || Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) fn = fn.getParent();
    if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return [];
    const body = fn.getBody();
    if (!body || !Node.isBlock(body)) return [];
    // only for Stripe webhooks: the path, the handler or the comment above it says so
    const above = text.split('\n').slice(Math.max(0, route.loc.line - 4), route.loc.line - 1).join('\n');
    if (!/stripe/i.test(route.path + fn.getText() + above)) return [];
    const params = fn.getParameters().map((p) => p.getName());
    // an existing `const event = req.body` / `await req.json()` is what the verified event replaces
    const parsed = body.getStatements().find((st) => Node.isVariableStatement(st) && st.getDeclarations().length === 1 && /^(?:await\s+)?\w+\.(?:body|json\(\))$/.test(st.getDeclarations()[0].getInitializer()?.getText() ?? '') && Node.isIdentifier(st.getDeclarations()[0].getNameNode()));
    const eventName = parsed && Node.isVariableStatement(parsed) ? parsed.getDeclarations()[0].getName() : fn.getDescendantsOfKind(SyntaxKind.VariableDeclaration).some((d) => d.getName() === 'event') ? 'verifiedEvent' : 'event';
    const first = body.getStatements()[0];
    const indent = first ? lineIndent(text, first.getStartLineNumber()) : lineIndent(text, body.getStartLineNumber()) + style.indentUnit;
    const q = (s: string) => style.quote + s + style.quote;
    const secret = `process.env.STRIPE_WEBHOOK_SECRET${ts ? '!' : ''}`;
    const edits: TextEditRel[] = [];
    let lines: string[];
    if (route.framework === 'express') {
      const [req, res] = [params[0] ?? 'req', params[1] ?? 'res'];
      lines = [
        `// the signature covers the raw bytes: this route gets express.raw(), not express.json()`,
        `let ${eventName}${ts ? ': Stripe.Event' : ''}${semi}`,
        `try {`,
        `${style.indentUnit}${eventName} = stripe.webhooks.constructEvent(${req}.body, ${req}.headers[${q('stripe-signature')}]${ts ? ' as string' : ''}, ${secret})${semi}`,
        `} catch {`,
        `${style.indentUnit}return ${res}.status(400).send(${q('invalid signature')})${semi}`,
        `}`,
      ];
      const call = routeCall(route, sf);
      const args = call?.getArguments() ?? [];
      const at = isPathArg(args[0]) ? args[1] : args[0];
      const json = args.find((a) => /^express\.json\(/.test(a.getText()));
      const raw = `express.raw({ type: ${q('application/json')} })`;
      if (json) edits.push(replaceRange(text, json.getStart(), json.getEnd(), raw));
      else if (at && isBound(sf, 'express') && !/express\.raw\(/.test(call!.getText())) edits.push(insertAt(text, at.getStart(), `${raw}, `));
    } else {
      const req = params[0] ?? 'req';
      lines = [
        `const signature = ${req}.headers.get(${q('stripe-signature')}) ?? ${q('')}${semi}`,
        `let ${eventName}${ts ? ': Stripe.Event' : ''}${semi}`,
        `try {`,
        `${style.indentUnit}${eventName} = stripe.webhooks.constructEvent(await ${req}.text(), signature, ${secret})${semi}`,
        `} catch {`,
        `${style.indentUnit}return new Response(${q('invalid signature')}, { status: 400 })${semi}`,
        `}`,
      ];
    }
    const block = lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
    if (parsed) {
      const next = text.slice(parsed.getEnd()).match(/^[ \t]*\r?\n[ \t]*/);
      edits.push(replaceRange(text, parsed.getStart(), parsed.getEnd() + (next ? next[0].length : 0), parsed === first ? `${block}\n${indent}` : ''));
      if (parsed !== first) edits.push(first ? insertAt(text, first!.getStart(), `${block}\n${indent}`) : insertAt(text, body.getStart() + 1, `\n${indent}${block}\n`));
    } else edits.push(first ? insertAt(text, first.getStart(), `${block}\n${indent}`) : insertAt(text, body.getStart() + 1, `\n${indent}${block}\n`));
    if (!isBound(sf, 'stripe')) {
      const imp = importEdit(sf, text, 'Stripe', 'stripe', 'default', style);
      const anchor = sf.getImportDeclarations().slice(-1)[0];
      const decl = `\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY${ts ? '!' : ''})${semi}`;
      if (anchor) {
        const both = (imp ? imp.newText : '') + decl;
        edits.push(insertAt(text, anchor.getEnd(), both));
      } else return [];
    } else if (ts && !isBound(sf, 'Stripe')) {
      const imp = importEdit(sf, text, 'Stripe', 'stripe', 'default', style);
      if (imp) edits.push(imp);
    }
    return [{ title: 'Verify the Stripe signature (constructEvent with the raw body and STRIPE_WEBHOOK_SECRET)', edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
