/** insecure-cookie: session/auth cookies without httpOnly, secure or sameSite. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'insecure-cookie',
    name: 'Auth cookie without secure flags',
    defaultSeverity: 'warning',
    description: 'A session or auth cookie is set without httpOnly, secure or sameSite.',
    fullDescription:
      'Without httpOnly any XSS reads the session; without secure it travels over plain HTTP; without sameSite it rides along on cross-site requests (CSRF). Flags computed from NODE_ENV count as set.',
    cwe: ['CWE-1004', 'CWE-614', 'CWE-1275'],
    fixable: true,
    docs: 'rules/insecure-cookie.md',
  },
  check(ctx) {
    for (const c of ctx.model.cookies) {
      const missing: string[] = [];
      // a CSRF double-submit cookie (`XSRF-TOKEN`) is meant to be read by the page's script: httpOnly would break it
      const readByScript = /csrf|xsrf/i.test(c.name);
      if (!readByScript && (c.httpOnly === false || c.httpOnly === undefined)) missing.push(c.httpOnly === false ? 'httpOnly: false' : 'no httpOnly');
      if (c.secure === false || c.secure === undefined) missing.push(c.secure === false ? 'secure: false' : 'no secure');
      if (c.sameSite === false || (c.sameSite === undefined && c.secure !== true && c.secure !== 'cond')) missing.push(c.sameSite === false ? 'sameSite: none' : 'no sameSite');
      // (a session library's cookie options that set httpOnly and sameSite but leave `secure` out are still missing it:
      // express-session's cookie is `secure: false` by default and travels over plain HTTP; libraries that default to
      // secure, @fastify/session and koa-session, carry it in their defaults)
      if (!missing.length) continue;
      ctx.report({
        loc: { file: c.file, ...c.pos },
        message: c.name === c.api ? `The ${c.api} cookie has ${missing.join(', ')}.` : `Cookie "${c.name}" set with ${c.api} has ${missing.join(', ')}.`,
        evidence: [],
        fixData: { api: c.api, name: c.name },
      });
    }
  },
};
