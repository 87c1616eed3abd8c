import { Elysia, t } from 'elysia'
import { prisma } from '../lib/prisma'
import { session } from '../plugins/session'

// A plugin function: mounted with `.use(subscriptionRoutes)` in src/main.ts.
export const subscriptionRoutes = (app: Elysia) =>
  app.use(session).group('/subscriptions', (group) =>
    group
      // ok: missing-auth, unscoped-tenant-query
      .get('/', ({ member }) => prisma.subscription.findMany({ where: { accountId: member.accountId } }))
      // ok: missing-auth
      .route('GET', '/:id', async ({ params, member, error }) => {
        // ok: unscoped-tenant-query
        const sub = await prisma.subscription.findFirst({ where: { id: params.id, accountId: member.accountId } })
        return sub ?? error(404)
      })
      // ok: missing-role-check
      .patch(
        '/:id/seats',
        async ({ params, body, member }) => {
          // ok: unscoped-tenant-query
          return prisma.subscription.updateMany({ where: { id: params.id, accountId: member.accountId }, data: { seats: body.seats } })
        },
        { role: 'admin', body: t.Object({ seats: t.Integer({ minimum: 1, maximum: 500 }) }) },
      ),
  )
