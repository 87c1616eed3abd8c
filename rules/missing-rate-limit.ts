/** missing-rate-limit: login, signup, reset, OTP, invite, upload and export routes with no limiter. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';
import { describeChain } from './shared';

export const rule: Rule = {
  meta: {
    id: 'missing-rate-limit',
    name: 'Abuse-prone route without rate limiting',
    defaultSeverity: 'warning',
    description: 'A login, signup, password reset, OTP/MFA, invite, upload or export route has no rate limiter.',
    fullDescription:
      'Credential stuffing, OTP brute force, invite spam and export scraping all need many requests. No limiter (express-rate-limit, rate-limiter-flexible, @fastify/rate-limit, @nestjs/throttler, @upstash/ratelimit, hono-rate-limiter or a configured one) runs before this route, on a parent router or app-wide, and its handler does not call one.',
    cwe: ['CWE-307', 'CWE-770'],
    fixable: true,
    docs: 'rules/missing-rate-limit.md',
    perRoute: true,
  },
  check(ctx) {
    for (const r of ctx.model.routes) {
      if (!r.sensitiveAction || r.rateLimited) continue;
      // an admin resetting someone's password or inviting is not a guessing target; exports and uploads still are
      // (nor is an account an administrator creates: `POST /users` behind `canCreateUser`)
      if (r.roleCheck && /login|password reset|OTP|signup/.test(r.sensitiveAction)) continue;
      // an export job the queue or the scheduler runs (`/api/cron/export/links` behind the queue's signature or the cron
      // secret) is not called by users: its pace is the scheduler's (a shared-key sign-in or a signed upload is still guessed at or flooded)
      if (r.sensitiveAction === 'export' && (r.serviceCaller || r.webhook?.verified)) continue;
      ctx.report({
        loc: r.loc,
        route: routeLabel(r),
        message: `${routeLabel(r)} is ${/^[aeiou]/i.test(r.sensitiveAction) ? 'an' : 'a'} ${r.sensitiveAction} route with no rate limit. Chain: ${describeChain(r)}.`,
        evidence: [
          { message: `middleware chain seen: ${describeChain(r)}` },
          // a limiter's settings with nothing enforcing them (`@Throttle()` without a ThrottlerGuard)
          ...r.chain.filter((e) => !e.roles.includes('rate-limit') && /throttl|limit/i.test(e.name) && e.why).map((e) => ({ message: `${e.name}: ${e.why}`, loc: e.registeredAt })),
        ],
        fixData: { action: r.sensitiveAction, framework: r.framework },
      });
    }
  },
};
