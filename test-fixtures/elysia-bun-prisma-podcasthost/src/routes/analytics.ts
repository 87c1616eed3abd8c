import { Elysia } from 'elysia'
import { authPlugin, requireUser } from '../plugins/auth'
import { db } from '../lib/db'

// mounted with `.use(analyticsRoutes)`: a plugin written as a function of the app
export const analyticsRoutes = (app: Elysia) =>
  app
    .use(authPlugin)
    .get(
      '/analytics/episodes/:id/downloads',
      async ({ params }) => {
        // expect: unscoped-tenant-query
        return db.download.findMany({ where: { episodeId: params.id }, orderBy: { at: 'desc' }, take: 500 })
      },
      { beforeHandle: [requireUser] },
    )
    .get(
      '/analytics/episodes/:id/countries',
      async ({ params, user, error }) => {
        // ok: unscoped-tenant-query
        const episode = await db.episode.findFirst({ where: { id: params.id, ownerId: user!.id } })
        if (!episode) return error(404, 'Not found')
        // ok: unscoped-tenant-query
        return db.download.groupBy({ by: ['country'], where: { episodeId: episode.id }, _count: true })
      },
      { beforeHandle: [requireUser] },
    )
    // expect: missing-auth
    .get('/analytics/top-episodes', () =>
      db.download.groupBy({ by: ['episodeId'], _count: true, orderBy: { _count: { episodeId: 'desc' } }, take: 20 }),
    )
