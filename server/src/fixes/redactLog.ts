/**
 * token-logging quick fix: log a redacted form. Sensitive properties of a logged object keep
 * their key with '[redacted]' as value; a sensitive argument as a whole becomes '[redacted]'.
 */
import { Node, CallExpression } from 'ts-morph';
import type { FixProvider, TextEditRel } from './types';
import { parse, callStartingAt, replaceRange, styleOf, quote } from './source';

const SENSITIVE = /authorization|cookie|password|passwd|pwd|secret|token|jwt|api[_-]?key|apikey|private[_-]?key|session|credential|otp|passcode|bearer/i;
/** a whole request, or the whole of its headers, cookies or body */
const WHOLE_REQUEST = /^(?:req|request|ctx)\.(?:headers|cookies|body|request\.(?:body|header|headers))$|^(?:req|request)$/;

export const redactLogFix: FixProvider = {
  ruleIds: ['token-logging'],
  provide(ctx) {
    const f = ctx.finding;
    const text = ctx.textOf(f.loc.file);
    if (text === undefined) return [];
    const sf = parse(f.loc.file, text);
    const call = callStartingAt(sf, f.loc.line, f.loc.column) as CallExpression | undefined;
    if (!call) return [];
    const red = quote('[redacted]', styleOf(text));
    const edits: TextEditRel[] = [];
    const visit = (n: Node) => {
      if (Node.isObjectLiteralExpression(n)) {
        for (const p of n.getProperties()) {
          if (Node.isPropertyAssignment(p)) {
            const init = p.getInitializer()!;
            if (SENSITIVE.test(p.getName()) && !Node.isObjectLiteralExpression(init)) edits.push(replaceRange(text, init.getStart(), init.getEnd(), red));
            // (a message that names a session is no credential: `msg: 'session requested'`)
            else if (!Node.isStringLiteral(init) && !Node.isNoSubstitutionTemplateLiteral(init) && !Node.isObjectLiteralExpression(init) &&
              (SENSITIVE.test(init.getText()) || WHOLE_REQUEST.test(init.getText()))) edits.push(replaceRange(text, init.getStart(), init.getEnd(), red));
            else visit(init);
          } else if (Node.isShorthandPropertyAssignment(p) && SENSITIVE.test(p.getName())) {
            edits.push(replaceRange(text, p.getStart(), p.getEnd(), `${p.getName()}: ${red}`));
          } else if (Node.isSpreadAssignment(p) && SENSITIVE.test(p.getExpression().getText())) {
            edits.push(replaceRange(text, p.getStart(), p.getEnd(), `${p.getExpression().getText().split('.').pop()}: ${red}`));
          }
        }
      } else if (Node.isTemplateExpression(n)) {
        for (const span of n.getTemplateSpans()) {
          const e = span.getExpression();
          if (SENSITIVE.test(e.getText())) edits.push(replaceRange(text, e.getStart(), e.getEnd(), red));
        }
      } else if (Node.isBinaryExpression(n)) {
        visit(n.getLeft());
        visit(n.getRight());
      } else if (!Node.isStringLiteral(n) && !Node.isNoSubstitutionTemplateLiteral(n) && SENSITIVE.test(n.getText())) {
        edits.push(replaceRange(text, n.getStart(), n.getEnd(), red));
      }
    };
    for (const a of call.getArguments()) visit(a);
    // whole request objects (`req.headers`, `req.body`) logged on auth routes
    if (!edits.length) for (const a of call.getArguments()) if (WHOLE_REQUEST.test(a.getText())) edits.push(replaceRange(text, a.getStart(), a.getEnd(), red));
    if (!edits.length) return [];
    return [{ title: 'Log a redacted form instead of the credential', edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
