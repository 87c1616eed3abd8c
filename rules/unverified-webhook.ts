/** unverified-webhook: a webhook receiver that acts on the payload without checking the signature. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'unverified-webhook',
    name: 'Webhook without signature verification',
    defaultSeverity: 'error',
    description: 'A webhook route acts on the payload without verifying its signature (or compares it with ===).',
    fullDescription:
      'Anyone can POST to a webhook URL. Without stripe.webhooks.constructEvent, svix Webhook.verify, @octokit/webhooks verify or an HMAC compared with crypto.timingSafeEqual, a forged event marks invoices paid or upgrades plans. A === comparison of signatures leaks timing.',
    cwe: ['CWE-345', 'CWE-208'],
    fixable: true,
    docs: 'rules/unverified-webhook.md',
    perRoute: true,
  },
  check(ctx) {
    for (const r of ctx.model.routes) {
      if (!r.webhook || r.method === 'GET') continue;
      if (!r.webhook.verified && (r.writes || r.queries.length > 0 || r.webhook.actsOnPayload)) {
        ctx.report({
          loc: r.loc,
          route: routeLabel(r),
          message: `${routeLabel(r)} handles webhook events without verifying the sender's signature${r.webhook.unsafeCompare ? ' (the signature is compared with ===, which leaks timing)' : ''}.`,
          evidence: r.webhook.unsafeCompare ? [{ message: 'timing-unsafe comparison', loc: r.webhook.unsafeCompare }] : [],
          fixData: { framework: r.framework },
        });
      } else if (r.webhook.unsafeCompare && !r.webhook.verified) {
        ctx.report({ loc: r.webhook.unsafeCompare, route: routeLabel(r), message: `${routeLabel(r)} compares the webhook signature with ===; use crypto.timingSafeEqual.`, evidence: [] });
      }
    }
  },
};
