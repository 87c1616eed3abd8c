/**
 * error-details-leak quick fix: log the error on the server (the project's logger when one is in
 * scope, else console) and answer with a generic message.
 */
import { Node } from 'ts-morph';
import type { FixProvider, TextEditRel } from './types';
import { findingSource, replaceRange, insertAt, quote, offsetOf, lineIndent, isBound } from './source';

const ERR = /^(?:err|error|e|ex|exc|exception|caught|reason)$/;
/** an error variable by its name: `err`, `error`, or one named for where it came from (`dbError`, `uploadErr`) */
const NAMED_ERR = /^(?:err|error)$|^[a-z]\w*(?:Err|Error)$/;

/** the name of a property in an object literal (`{ error: x }`) or of a property read, not a variable */
function isPropertyName(d: Node): boolean {
  const p = d.getParent();
  return !!p && ((Node.isPropertyAssignment(p) && p.getNameNode() === d) || (Node.isPropertyAccessExpression(p) && p.getNameNode() === d));
}

export const genericErrorFix: FixProvider = {
  ruleIds: ['error-details-leak'],
  provide(ctx) {
    const f = ctx.finding;
    const src = findingSource(ctx);
    if (!src) return [];
    const { text, sf, style } = src;
    const debugFlag = debugSwitchFix(src, f.loc.line, f.loc.column);
    if (debugFlag) return [{ title: 'Send error details only outside production', edits: { [f.loc.file]: [debugFlag] }, isPreferred: true }];
    let stmt: Node | undefined = sf.getDescendantAtPos(offsetOf(text, f.loc.line, f.loc.column));
    while (stmt && !(Node.isStatement(stmt) && !Node.isBlock(stmt))) stmt = stmt.getParent();
    if (!stmt) return [];
    // a send in an arrow's expression body (`.catch((err) => res.status(500).send(err))`): that body is what is
    // rewritten, and the log goes into it (the statement around it cannot see the parameter)
    const at = sf.getDescendantAtPos(offsetOf(text, f.loc.line, f.loc.column));
    const arrow = at?.getFirstAncestor((a) => Node.isArrowFunction(a) && !Node.isBlock(a.getBody()));
    const inline = arrow && Node.isArrowFunction(arrow) && arrow.getStart() >= stmt.getStart() ? arrow : undefined;
    const scope: Node = inline ? inline.getBody() : stmt;
    // the error variable: a catch clause's binding or an error-handler's first parameter
    const clause = stmt.getFirstAncestor((a) => Node.isCatchClause(a));
    let errName = clause && Node.isCatchClause(clause) ? clause.getVariableDeclaration()?.getName() : undefined;
    if (inline) errName = inline.getParameters().map((x) => x.getName()).find((n) => ERR.test(n));
    if (!errName) {
      const fn = stmt.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
      const p = fn && (Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParameters().map((x) => x.getName()).find((n) => ERR.test(n)) : undefined;
      errName = p;
    }
    // a client library's returned error renamed on destructuring (`const { error: dbError } = await supabase...`)
    if (!errName) errName = stmt.getDescendants().find((d) => Node.isIdentifier(d) && NAMED_ERR.test(d.getText()) && !isPropertyName(d))?.getText();
    const edits: TextEditRel[] = [];
    const generic = quote('Internal server error', style);
    // every mention of the error inside the response: err.message, err.stack, String(err), `${err}`, err
    const leaks = [scope, ...scope.getDescendants()].filter((d) => {
      if (!(Node.isIdentifier(d) && (errName ? d.getText() === errName : ERR.test(d.getText())))) return false;
      const p = d.getParent();
      // (not a parameter's declaration: the `err` of `(err) => ...`)
      if (p && Node.isParameterDeclaration(p)) return false;
      // (not a property's name: the key of `{ error: dbError.message }`, the `.error` of `result.error`)
      return !(p && Node.isPropertyAccessExpression(p) && p.getNameNode() === d) && !isPropertyName(d);
    });
    const outermost = new Set<Node>();
    for (const id of leaks) {
      let n: Node = id;
      // widen to err.message / err.stack / String(err) / `${err}` / err.toString()
      for (;;) {
        const p = n.getParent();
        if (!p) break;
        if (Node.isPropertyAccessExpression(p) && p.getExpression() === n) n = p;
        else if (Node.isCallExpression(p) && (p.getExpression() === n || /^(?:String|JSON\.stringify)$/.test(p.getExpression().getText()))) n = p;
        else if (Node.isTemplateSpan(p)) { n = p.getParent()!; break; }
        else break;
      }
      outermost.add(n);
    }
    if (!outermost.size) return [];
    for (const n of outermost) {
      // `{ error }` shorthand: keep the key, replace the value
      const sh = n.getParent();
      if (sh && Node.isShorthandPropertyAssignment(sh) && sh.getNameNode() === n) edits.push(replaceRange(text, n.getStart(), n.getEnd(), `${n.getText()}: ${generic}`));
      else edits.push(replaceRange(text, n.getStart(), n.getEnd(), generic));
    }
    const logger = isBound(sf, 'logger') ? 'logger' : 'console';
    const indent = lineIndent(text, stmt.getStartLineNumber());
    const semi = style.semi ? ';' : '';
    const parent = stmt.getParent();
    const logLine = `${logger}.error(${errName ?? leaks[0].getText()})${semi}`;
    if (inline) edits.push(insertAt(text, scope.getStart(), `{ ${logLine} return `), insertAt(text, scope.getEnd(), `${semi || ';'} }`));
    else if (parent && Node.isBlock(parent) || parent && Node.isSourceFile(parent) || parent && Node.isCaseClause(parent)) edits.push(insertAt(text, stmt.getStart(), `${logLine}\n${indent}`));
    else edits.push(replaceRange(text, stmt.getStart(), stmt.getStart(), `{ ${logLine} `), insertAt(text, stmt.getEnd(), ' }'));
    return [{ title: `Log the error with ${logger}.error and answer with a generic message`, edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};

/**
 * An exception handler's `debug = true` (AdonisJS: stack traces on every error page) is a switch, not a response:
 * it is turned on outside production only.
 */
function debugSwitchFix(src: NonNullable<ReturnType<typeof findingSource>>, line: number, column: number): TextEditRel | undefined {
  const { text, sf, style } = src;
  const at = sf.getDescendantAtPos(offsetOf(text, line, column));
  const prop = at && (Node.isPropertyDeclaration(at) ? at : at.getFirstAncestor((a) => Node.isPropertyDeclaration(a)));
  if (!prop || !Node.isPropertyDeclaration(prop) || prop.getName() !== 'debug') return undefined;
  const init = prop.getInitializer();
  if (!init || init.getText() !== 'true') return undefined;
  return replaceRange(text, init.getStart(), init.getEnd(), `process.env.NODE_ENV !== ${quote('production', style)}`);
}
