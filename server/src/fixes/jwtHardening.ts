/**
 * insecure-jwt quick fix: verify instead of decode, an `algorithms` allowlist (RS256 for public
 * keys, HS256 otherwise), no "none", no ignoreExpiration, and the secret from JWT_SECRET.
 */
import { Node, ObjectLiteralExpression } from 'ts-morph';
import type { FixProvider, TextEditRel } from './types';
import { findingSource, callAt, insertAt, replaceRange, quote, nodeAt, offsetOf } from './source';

export const jwtHardeningFix: FixProvider = {
  ruleIds: ['insecure-jwt'],
  provide(ctx) {
    const f = ctx.finding;
    const src = findingSource(ctx);
    if (!src) return [];
    const { text, sf, style } = src;
    const env = (n: string) => `process.env.${n}${/\.tsx?$/.test(f.loc.file) ? '!' : ''}`;
    // a secret written where it is declared: `const JWT_SECRET = 'dev-key'`, `process.env.JWT_SECRET || 'dev-key'`
    const lit = nodeAt(sf, f.loc.line, f.loc.column, (n): n is Node => Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n));
    if (lit && lit.getStart() === offsetOf(text, f.loc.line, f.loc.column)) {
      const par = lit.getParent();
      if (Node.isBinaryExpression(par) && par.getRight() === lit && /^(?:\|\||\?\?)$/.test(par.getOperatorToken().getText())) {
        return [{ title: 'Drop the hardcoded fallback: fail when the environment variable is unset', edits: { [f.loc.file]: [replaceRange(text, par.getStart(), par.getEnd(), par.getLeft().getText())] }, isPreferred: true }];
      }
      if (Node.isVariableDeclaration(par)) {
        const name = /^[A-Z][A-Z0-9_]*$/.test(par.getName()) ? par.getName() : 'JWT_SECRET';
        return [{ title: `Read the signing secret from ${name}`, edits: { [f.loc.file]: [replaceRange(text, lit.getStart(), lit.getEnd(), env(name))] }, isPreferred: true }];
      }
      // `export const jwtConstants = { secret: 'secretKey' }`, passport-jwt `secretOrKey: 'dev-secret'`
      if (Node.isPropertyAssignment(par) && par.getInitializer() === lit) {
        return [{ title: 'Read the signing secret from JWT_SECRET', edits: { [f.loc.file]: [replaceRange(text, lit.getStart(), lit.getEnd(), env('JWT_SECRET'))] }, isPreferred: true }];
      }
      return [];
    }
    // passport-jwt `secretOrKey: process.env.JWT_SECRET ?? 'dev'`: the finding is on the whole value
    const fallback = nodeAt(sf, f.loc.line, f.loc.column, (n): n is Node => Node.isBinaryExpression(n));
    if (fallback && Node.isBinaryExpression(fallback) && fallback.getStart() === offsetOf(text, f.loc.line, f.loc.column) &&
      /^(?:\|\||\?\?)$/.test(fallback.getOperatorToken().getText()) &&
      (Node.isStringLiteral(fallback.getRight()) || Node.isNoSubstitutionTemplateLiteral(fallback.getRight()))) {
      return [{ title: 'Drop the hardcoded fallback: fail when the environment variable is unset', edits: { [f.loc.file]: [replaceRange(text, fallback.getStart(), fallback.getEnd(), fallback.getLeft().getText())] }, isPreferred: true }];
    }
    const call = callAt(sf, f.loc.line, f.loc.column);
    if (!call) return [];
    const callee = call.getExpression();
    const method = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
    const args = call.getArguments();
    const edits: TextEditRel[] = [];
    const secretArg = args[1];
    const asymmetric = secretArg && /public|pem|cert|RS256|ES256|jwks/i.test(secretArg.getText());
    const alg = `[${quote(asymmetric ? 'RS256' : 'HS256', style)}]`;
    if (method === 'decode' && Node.isPropertyAccessExpression(callee) && args[0]) {
      // decode -> verify with the project's secret
      edits.push(replaceRange(text, callee.getNameNode().getStart(), callee.getNameNode().getEnd(), 'verify'));
      edits.push(replaceRange(text, args[0].getEnd(), args[args.length - 1].getEnd(), `, ${env('JWT_SECRET')}, { algorithms: ${alg} }`));
      return [{ title: 'Verify the token (signature and expiry) instead of decoding it', edits: { [f.loc.file]: edits }, isPreferred: true }];
    }
    // rewrite the options object: drop ignoreExpiration, allowlist algorithms, secret from the env
    const fixOptions = (obj: ObjectLiteralExpression) => {
      const props: string[] = [];
      let changed = false;
      let hasAlgs = false;
      for (const p of obj.getProperties()) {
        const name = Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p) ? p.getName() : '';
        if (name === 'ignoreExpiration') {
          changed = true;
          continue;
        }
        if (name === 'algorithms') {
          hasAlgs = true;
          if (Node.isPropertyAssignment(p) && /['"]none['"]/i.test(p.getInitializerOrThrow().getText())) {
            props.push(`algorithms: ${alg}`);
            changed = true;
            continue;
          }
        }
        if (name === 'secret' && Node.isPropertyAssignment(p) && /^['"`]/.test(p.getInitializerOrThrow().getText())) {
          props.push(`secret: ${env('JWT_SECRET')}`);
          changed = true;
          continue;
        }
        props.push(p.getText());
      }
      if (!hasAlgs && !/^sign/.test(method)) {
        props.push(`algorithms: ${alg}`);
        changed = true;
      }
      if (!changed) return;
      const multiline = obj.getStartLineNumber() !== obj.getEndLineNumber();
      const inner = multiline ? lineIndentOf(obj.getProperties()[0]?.getStartLineNumber() ?? obj.getStartLineNumber() + 1) : '';
      const outer = multiline ? lineIndentOf(obj.getEndLineNumber()) : '';
      const body = multiline ? `{\n${props.map((p) => inner + p).join(',\n')},\n${outer}}` : props.length ? `{ ${props.join(', ')} }` : '{}';
      edits.push(replaceRange(text, obj.getStart(), obj.getEnd(), body));
    };
    const lineIndentOf = (line: number) => /^\s*/.exec(text.split('\n')[line - 1] ?? '')![0];
    if (method === 'strategy') {
      // hapi: server.auth.strategy('jwt', 'jwt', { key | keys, verifyOptions | verify }): the secret from the env,
      // expiry checked, no "none", and (@hapi/jwt `verify: false`) the token verified
      const opts = args.filter((a) => Node.isObjectLiteralExpression(a)).pop();
      if (!opts || !Node.isObjectLiteralExpression(opts)) return [];
      for (const p of opts.getProperties()) {
        if (!Node.isPropertyAssignment(p)) continue;
        const init = p.getInitializerOrThrow();
        const name = p.getName();
        if ((name === 'key' || name === 'keys') && /^['"`]|^\[\s*['"`][^\]]*\]$/.test(init.getText())) edits.push(replaceRange(text, init.getStart(), init.getEnd(), env('JWT_SECRET')));
        else if ((name === 'key' || name === 'keys') && /\|\||\?\?/.test(init.getText()) && /process\.env\.\w+/.test(init.getText())) edits.push(replaceRange(text, init.getStart(), init.getEnd(), env(/process\.env\.(\w+)/.exec(init.getText())![1])));
        else if (name === 'verify' && init.getText() === 'false') edits.push(replaceRange(text, init.getStart(), init.getEnd(), '{ aud: false, iss: false, sub: false, exp: true }'));
        else if ((name === 'verifyOptions' || name === 'verify') && Node.isObjectLiteralExpression(init)) {
          for (const q of init.getProperties()) {
            if (!Node.isPropertyAssignment(q)) continue;
            const v = q.getInitializerOrThrow();
            if (q.getName() === 'ignoreExpiration' && v.getText() === 'true') edits.push(replaceRange(text, v.getStart(), v.getEnd(), 'false'));
            if (q.getName() === 'exp' && v.getText() === 'false') edits.push(replaceRange(text, v.getStart(), v.getEnd(), 'true'));
            if (q.getName() === 'algorithms' && /['"]none['"]/i.test(v.getText())) edits.push(replaceRange(text, v.getStart(), v.getEnd(), alg));
          }
        }
      }
    } else if (/^(?:verify|sign)(?:Async)?$/.test(method)) {
      if (secretArg && (Node.isStringLiteral(secretArg) || Node.isNoSubstitutionTemplateLiteral(secretArg))) edits.push(replaceRange(text, secretArg.getStart(), secretArg.getEnd(), env('JWT_SECRET')));
      // @nestjs/jwt: `signAsync(payload, { secret: '...', expiresIn })` carries the key in its options
      const opts = args[2] ?? (secretArg && Node.isObjectLiteralExpression(secretArg) ? secretArg : undefined);
      if (opts && Node.isObjectLiteralExpression(opts)) fixOptions(opts);
      else if (!opts && secretArg && method === 'verify') edits.push(insertAt(text, secretArg.getEnd(), `, { algorithms: ${alg} }`));
    } else {
      // middleware config: expressjwt({ secret, algorithms }), koa-jwt, @fastify/jwt
      const opts = args.find((a) => Node.isObjectLiteralExpression(a));
      if (opts && Node.isObjectLiteralExpression(opts)) fixOptions(opts);
    }
    if (!edits.length) return [];
    return [{ title: 'Harden JWT handling: algorithm allowlist, expiry checked, secret from JWT_SECRET', edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
