/** token-logging: credentials written to logs. */
import type { Rule } from '../server/src/engine/findings';
import { isAuthRoute } from './shared';

const FIELD: Record<string, string> = {
  'authorization header': 'authorization', cookie: 'cookie', password: 'password', token: 'token', JWT: 'jwt', secret: 'secret',
  'API key': 'key', 'private key': 'key', 'session identifier': 'session', credential: 'credential', credentials: 'credential',
  'request headers': 'authorization', otp: 'otp', bearer: 'authorization', apikey: 'key', passcode: 'password',
};

export const rule: Rule = {
  meta: {
    id: 'token-logging',
    name: 'Credential written to logs',
    defaultSeverity: 'error',
    description: 'A log call writes a token, password, secret, cookie or Authorization header.',
    fullDescription:
      'Logs are shipped to third parties, kept for months and read by many people. A token, password, API key, session cookie or Authorization header written there is a credential leak. Log a redacted form (last 4 characters, a hash) or configure the logger to redact the field.',
    cwe: ['CWE-532'],
    fixable: true,
    docs: 'rules/token-logging.md',
  },
  check(ctx) {
    const routes = new Map(ctx.model.routes.map((r) => [r.id, r]));
    for (const l of ctx.model.logs) {
      // (a development convenience, the magic link printed to the terminal when no mailer is set up: no production log holds it)
      if (l.devOnly) continue;
      // the log runs for an auth route (in its handler, a middleware before it, an error handler after it)
      const authRoutes = l.routeIds.map((id) => routes.get(id)).filter((r): r is NonNullable<typeof r> => !!r && (isAuthRoute(r) || !!r.publicReason && /login|signup|password/.test(r.publicReason)));
      // a body carries credentials only where one is sent (`POST /auth/login`, not `GET /auth/callback`)
      const authBody = authRoutes.some((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
      const reasons: string[] = [];
      let text = '';
      for (const a of l.args) {
        for (const s of a.sensitive) {
          if ((s === 'whole request' && !authRoutes.length) || (s === 'request body' && !authBody)) continue;
          if (s.startsWith('secret env ') || covered(s, a.keyPaths, l.redactedPaths)) {
            if (!s.startsWith('secret env ')) continue;
          }
          reasons.push(s.startsWith('secret env ') ? `the secret ${s.slice(11)}` : s);
          text = text || a.text;
        }
      }
      if (!reasons.length) continue;
      const uniq = [...new Set(reasons)];
      ctx.report({
        loc: { file: l.file, ...l.pos },
        message: `${l.calleeText}(...) logs ${uniq.join(', ')} (${text}). Log a redacted form instead.`,
        evidence: l.redactedPaths.length ? [{ message: `logger redacts: ${l.redactedPaths.join(', ')} (does not cover this)` }] : [],
      });
    }
  },
};

/**
 * Does the logger's redaction cover this argument? Pino-style redact paths name object keys
 * from the root of the logged object (`req.headers.authorization`, `*.password`), so only an
 * object argument whose sensitive key sits exactly at a redacted path is covered; a secret
 * inside a message string never is.
 */
function covered(reason: string, keyPaths: string[], redacted: string[]): boolean {
  if (!redacted.length || !keyPaths.length) return false;
  const field = FIELD[reason] ?? reason.toLowerCase();
  const bearing = keyPaths.filter((k) => (k.split('.').pop() ?? '').toLowerCase().includes(field));
  if (!bearing.length) return false;
  const paths = redacted.map((r) => r.replace(/\[["']?([^\]"']+)["']?\]/g, '.$1').toLowerCase().split('.').filter(Boolean));
  const matches = (k: string) => {
    const segs = k.toLowerCase().split('.');
    // a redacted path replaces the whole value there, so what sits below it is covered too
    return paths.some((p) => p.length <= segs.length && p.every((x, i) => x === '*' || x === segs[i]));
  };
  return bearing.every(matches);
}
