import { Elysia, t } from 'elysia';
import { eq } from 'drizzle-orm';
import { db, workspaces } from '../db';
import { ownerMacro } from '../plugins/owner';

export const billingRoutes = new Elysia({ prefix: '/admin/billing' })
  .use(ownerMacro)
  // ok: missing-role-check
  .get('/plan', async ({ me }) => db.query.workspaces.findFirst({ where: eq(workspaces.id, me.workspaceId) }), { ownerOnly: true })
  // ok: missing-role-check, missing-input-validation
  .post(
    '/plan',
    async ({ me, body }) => {
      await db.update(workspaces).set({ plan: body.plan }).where(eq(workspaces.id, me.workspaceId));
      return { ok: true };
    },
    { ownerOnly: true, body: t.Object({ plan: t.Union([t.Literal('hobby'), t.Literal('pro')]) }) },
  )
  // (authPlugin's scoped hooks reach ownerMacro, the instance that uses it, not this one: without the macro nothing checks the caller)
  // expect: missing-auth
  .post('/cancel', async ({ me }) => {
    await db.update(workspaces).set({ plan: 'hobby', paddleSubscriptionId: null }).where(eq(workspaces.id, me.workspaceId));
    return { ok: true };
  });
