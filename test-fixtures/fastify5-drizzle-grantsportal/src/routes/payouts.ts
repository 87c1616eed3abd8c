import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { applications, db, payouts, workspaceSettings } from '../db';
import { sendPayout } from '../lib/payments';

const payoutRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('preHandler', fastify.requireRole('owner', 'admin'));

  // ok: missing-auth
  fastify.get('/', async () => {
    // expect: unscoped-tenant-query
    return db.select().from(payouts).orderBy(desc(payouts.createdAt)).limit(100);
  });

  // ok: missing-input-validation
  fastify.post('/', { schema: { body: z.object({ applicationId: z.string().uuid(), amountCents: z.number().int().positive() }) } }, async (request, reply) => {
    const { workspaceId } = request.user;
    // ok: unscoped-tenant-query
    const [application] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.id, request.body.applicationId), eq(applications.workspaceId, workspaceId)));
    if (!application || application.status !== 'awarded') return reply.code(409).send({ error: 'not_awarded' });
    // ok: unscoped-tenant-query
    const [settings] = await db.select().from(workspaceSettings).where(eq(workspaceSettings.workspaceId, workspaceId));
    if (!settings?.payoutAccountRef) return reply.code(409).send({ error: 'no_payout_account' });
    try {
      const transfer = await sendPayout(settings.payoutAccountRef, request.body.amountCents, `payout-${application.id}`);
      const [payout] = await db
        .insert(payouts)
        .values({ workspaceId, applicationId: application.id, amountCents: request.body.amountCents, providerRef: transfer.id })
        .returning();
      return reply.code(201).send(payout);
    } catch (err) {
      request.log.error({ err }, 'payout failed');
      // expect: error-details-leak
      return reply.code(502).send({ error: 'payout_failed', detail: (err as Error).message });
    }
  });

  // ok: missing-rate-limit
  fastify.get('/export.csv', { config: { rateLimit: { max: 5, timeWindow: '10 minutes' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(payouts).where(eq(payouts.workspaceId, request.user.workspaceId));
    const csv = ['id,application,amount,status', ...rows.map((p) => `${p.id},${p.applicationId},${p.amountCents},${p.status}`)].join('\n');
    return reply.type('text/csv').send(csv);
  });
};

export default payoutRoutes;
