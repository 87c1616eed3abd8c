/**
 * insecure-cookie quick fix: set httpOnly, secure and sameSite on the cookie's options (added,
 * or corrected when set to false/'none'), creating the options object when there is none; for
 * hapi, isHttpOnly, isSecure and isSameSite.
 */
import { Node, ObjectLiteralExpression } from 'ts-morph';
import type { FixProvider, TextEditRel } from './types';
import { findingSource, callAt, insertAt, replaceRange, quote } from './source';

export const cookieFlagsFix: FixProvider = {
  ruleIds: ['insecure-cookie'],
  provide(ctx) {
    const f = ctx.finding;
    const src = findingSource(ctx);
    if (!src) return [];
    const { text, sf, style } = src;
    const api = String(f.fixData?.api ?? '');
    // a Set-Cookie header written as text: its attributes are words in a string, not options to add
    if (api === 'Set-Cookie header') return [];
    let call = callAt(sf, f.loc.line, f.loc.column);
    if (!call) return [];
    // a chained response (`res.status(200).cookie('token', token, options).json(...)`): the cookie call in the chain
    if (api === 'res.cookie') {
      let c: Node | undefined = call;
      while (c && Node.isCallExpression(c)) {
        const e = c.getExpression();
        if (Node.isPropertyAccessExpression(e) && e.getName() === 'cookie') break;
        c = Node.isPropertyAccessExpression(e) ? e.getExpression() : undefined;
      }
      if (c && Node.isCallExpression(c)) call = c;
    }
    const sameSite = /hono/i.test(api) || /setCookie\b/.test(call.getExpression().getText()) && /\bc\b/.test(call.getArguments()[0]?.getText() ?? '') ? 'Lax' : 'lax';
    // hapi spells them isHttpOnly / isSecure / isSameSite (`server.state`, `h.state`, the cookie auth strategy)
    const hapi = /^(?:@hapi\/cookie|hapi-auth-cookie|server\.state|h\.state)$/.test(api);
    const wanted: [string, string][] = (hapi
      ? [['isHttpOnly', 'true'], ['isSecure', 'true'], ['isSameSite', quote('Lax', style)]]
      : [['httpOnly', 'true'], ['secure', 'true'], ['sameSite', quote(sameSite, style)]])
      // a CSRF double-submit cookie stays readable by the page's script
      .filter(([k]) => !(/httpOnly/i.test(k) && /csrf|xsrf/i.test(String(f.fixData?.name ?? '')))) as [string, string][];
    const args = call.getArguments();
    const edits: TextEditRel[] = [];
    const fill = (obj: ObjectLiteralExpression) => {
      const add: string[] = [];
      for (const [k, v] of wanted) {
        const p = obj.getProperty(k);
        if (p && Node.isPropertyAssignment(p)) {
          const init = p.getInitializerOrThrow();
          if (/^(?:false|['"]none['"]|['"]None['"])$/.test(init.getText())) edits.push(replaceRange(text, init.getStart(), init.getEnd(), v));
        } else if (!p) add.push(`${k}: ${v}`);
      }
      if (!add.length) return;
      const props = obj.getProperties();
      if (!props.length) edits.push(replaceRange(text, obj.getStart(), obj.getEnd(), `{ ${add.join(', ')} }`));
      else {
        const last = props[props.length - 1];
        const multiline = last.getStartLineNumber() !== obj.getStartLineNumber();
        if (multiline) {
          const indent = /^\s*/.exec(text.split('\n')[last.getStartLineNumber() - 1])![0];
          const comma = /^\s*,/.exec(text.slice(last.getEnd()));
          edits.push(insertAt(text, last.getEnd() + (comma ? comma[0].length : 0), `${comma ? '' : ','}\n${add.map((a) => indent + a).join(',\n')}${comma ? ',' : ''}`));
        } else edits.push(insertAt(text, last.getEnd(), `, ${add.join(', ')}`));
      }
    };
    if (hapi && /cookie/.test(api)) {
      // server.auth.strategy('session', 'cookie', { cookie: { ... } }): the flags live under `cookie`
      // (hapi-auth-cookie before v9: beside `cookie: 'name'`)
      const opts = args[args.length - 1];
      if (!opts || !Node.isObjectLiteralExpression(opts)) return [];
      const cookie = opts.getProperty('cookie');
      const init = cookie && Node.isPropertyAssignment(cookie) ? cookie.getInitializerOrThrow() : undefined;
      if (init && Node.isObjectLiteralExpression(init)) fill(init);
      else if (/hapi-auth-cookie/.test(api)) fill(opts);
    } else if (api === 'better-auth') {
      // betterAuth({ advanced: { useSecureCookies: false, defaultCookieAttributes: { sameSite: 'none' } } }): turn them back on
      const opts = args[0];
      const adv = opts && Node.isObjectLiteralExpression(opts) ? opts.getProperty('advanced') : undefined;
      const advInit = adv && Node.isPropertyAssignment(adv) ? adv.getInitializerOrThrow() : undefined;
      if (!advInit || !Node.isObjectLiteralExpression(advInit)) return [];
      const useSecure = advInit.getProperty('useSecureCookies');
      const useInit = useSecure && Node.isPropertyAssignment(useSecure) ? useSecure.getInitializerOrThrow() : undefined;
      if (useInit && useInit.getText() === 'false') edits.push(replaceRange(text, useInit.getStart(), useInit.getEnd(), 'true'));
      const attrs = advInit.getProperty('defaultCookieAttributes');
      const attrsInit = attrs && Node.isPropertyAssignment(attrs) ? attrs.getInitializerOrThrow() : undefined;
      if (attrsInit && Node.isObjectLiteralExpression(attrsInit)) fill(attrsInit);
    } else if (/session/i.test(api)) {
      // express-session / cookie-session / koa-session: the flags live under `cookie` (cookie-session, koa-session: top level)
      const opts = args[0];
      if (!opts || !Node.isObjectLiteralExpression(opts)) return [];
      const cookie = opts.getProperty('cookie');
      if (cookie && Node.isPropertyAssignment(cookie) && Node.isObjectLiteralExpression(cookie.getInitializerOrThrow())) fill(cookie.getInitializerOrThrow() as ObjectLiteralExpression);
      else if (/cookie-session|koa-session/.test(api)) fill(opts);
      else if (!cookie) {
        const props = opts.getProperties();
        const flags = `cookie: { ${wanted.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
        edits.push(props.length ? insertAt(text, props[props.length - 1].getEnd(), `, ${flags}`) : replaceRange(text, opts.getStart(), opts.getEnd(), `{ ${flags} }`));
      }
    } else {
      const last = args[args.length - 1];
      // options in a local variable (`const options = { expires, httpOnly: true }`): set the flags where it is written
      const local = last && Node.isIdentifier(last) && args.length >= 3 ? last.getSymbol()?.getDeclarations()[0] : undefined;
      const localInit = local && Node.isVariableDeclaration(local) ? local.getInitializer() : undefined;
      if (localInit && Node.isObjectLiteralExpression(localInit)) fill(localInit);
      else if (last && Node.isIdentifier(last) && args.length >= 3) return [];
      else if (last && Node.isObjectLiteralExpression(last) && args.length >= 2) fill(last);
      // the one-object form, `cookies().set({ name, value, httpOnly: true })`: the flags go into that object
      else if (last && Node.isObjectLiteralExpression(last) && args.length === 1 && last.getProperty('name')) fill(last);
      else if (args.length >= 1) edits.push(insertAt(text, args[args.length - 1].getEnd(), `, { ${wanted.map(([k, v]) => `${k}: ${v}`).join(', ')} }`));
    }
    if (!edits.length) return [];
    return [{ title: 'Set httpOnly, secure and sameSite on this cookie', edits: { [f.loc.file]: edits }, isPreferred: true }];
  },
};
