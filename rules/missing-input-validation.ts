/** missing-input-validation: a route writes data from the request body without a schema check. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';
import { queryText } from './shared';

export const rule: Rule = {
  meta: {
    id: 'missing-input-validation',
    name: 'Request data written without validation',
    defaultSeverity: 'warning',
    description: 'A route writes data taken from the request body without a schema check.',
    fullDescription:
      'Without zod, valibot, yup, joi, ajv, class-validator with ValidationPipe, express-validator, celebrate, a Fastify route schema or tRPC .input(), clients can set fields they should not (role, orgId, price) or store malformed data.',
    cwe: ['CWE-20', 'CWE-915'],
    fixable: false,
    docs: 'rules/missing-input-validation.md',
    perRoute: true,
  },
  check(ctx) {
    for (const r of ctx.model.routes) {
      if (r.validated || !r.readsBody || r.webhook) continue;
      // a write whose values are known to be the server's (`set({ status: 'cancelled' })` on the id the form
      // named) stores nothing of the client's: only writes that may carry request data count
      const writes = r.queries.filter((q) => q.kind === 'write' && (q.massAssigned || q.dataFromRequest !== false));
      const write = writes.find((q) => q.massAssigned) ?? writes[0];
      if (!write) continue;
      // `Object.assign(user, req.body); await user.save()`, `user.role = req.body.role`: mass assignment
      const mass = write.massAssigned?.includes('*') ? ', copying the whole request body into the record (mass assignment)'
        : write.massAssigned?.length ? `, setting ${write.massAssigned.join(', ')} from the request (mass assignment)` : '';
      ctx.report({
        loc: r.loc,
        route: routeLabel(r),
        message: `${routeLabel(r)} writes request data (${queryText(write)}${mass}) without validating it against a schema.`,
        evidence: [{ message: `write: ${queryText(write)}`, loc: write.loc }],
      });
    }
  },
};
