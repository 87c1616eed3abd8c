/** error-details-leak: stack traces and raw errors sent to the client. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'error-details-leak',
    name: 'Error details sent in responses',
    defaultSeverity: 'warning',
    description: 'A response carries a stack trace, a raw error object or a driver error message.',
    fullDescription:
      'Stack traces and database errors tell an attacker file paths, library versions, table and column names. Log the error and send a generic message; responses guarded by a NODE_ENV check are fine.',
    cwe: ['CWE-209', 'CWE-497'],
    fixable: true,
    docs: 'rules/error-details-leak.md',
  },
  check(ctx) {
    const routes = new Map(ctx.model.routes.map((r) => [r.id, r]));
    for (const e of ctx.model.errorLeaks) {
      // the routes whose responses carry it (an error handler answers for every route whose errors it catches)
      const labels = e.routeIds.map((id) => routes.get(id)).filter((r): r is NonNullable<typeof r> => !!r).map(routeLabel);
      const evidence = labels.length ? [{ message: `sent by ${labels.length === 1 ? '' : `${labels.length} routes: `}${labels.slice(0, 5).join(', ')}${labels.length > 5 ? ', ...' : ''}` }] : [];
      ctx.report({ loc: { file: e.file, ...e.pos }, message: `The response includes ${e.what}; log it and send a generic message instead.`, evidence });
    }
  },
};
