import { createFileRoute } from '@tanstack/react-router';
import { and, eq, sql } from 'drizzle-orm';
import { db, invoice } from '../../../db';
import { apiAuth } from '../../../lib/middleware';

export const Route = createFileRoute('/api/reports/revenue')({
  server: {
    middleware: [apiAuth],
    handlers: {
      // ok: missing-auth
      GET: async ({ request, context }) => {
        const origin = request.headers.get('origin') ?? '';
        try {
          // ok: unscoped-tenant-query
          const [totals] = await db
            .select({ paid: sql<number>`sum(${invoice.amountCents})` })
            .from(invoice)
            .where(and(eq(invoice.organizationId, context.orgId), eq(invoice.status, 'paid')));
          return Response.json(totals, {
            headers: {
              // expect: cors-wildcard
              'Access-Control-Allow-Origin': origin,
              'Access-Control-Allow-Credentials': 'true',
            },
          });
        } catch (err) {
          // expect: error-details-leak
          return Response.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
        }
      },
    },
  },
});
