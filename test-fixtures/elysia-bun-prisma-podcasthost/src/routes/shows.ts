import { Elysia, t } from 'elysia'
import { authPlugin, requireUser } from '../plugins/auth'
import { db } from '../lib/db'

export const showRoutes = new Elysia({ prefix: '/shows' })
  .use(authPlugin)
  // public directory of published shows
  // ok: missing-auth
  .get('/directory', () =>
    // ok: unscoped-tenant-query
    db.show.findMany({ where: { published: true }, select: { slug: true, title: true, description: true } }),
  )
  // download numbers per episode, meant for the owner's dashboard, declared before the guard
  // expect: missing-auth
  .get('/:id/stats', async ({ params }) => {
    const episodes = await db.episode.findMany({ where: { showId: params.id }, select: { id: true } })
    return db.download.groupBy({
      by: ['episodeId', 'country'],
      where: { episodeId: { in: episodes.map((e) => e.id) } },
      _count: true,
    })
  })
  .guard({ beforeHandle: requireUser }, (app) =>
    app
      .get('/', ({ user }) =>
        // ok: unscoped-tenant-query
        db.show.findMany({ where: { ownerId: user!.id } }),
      )
      .get('/:id', async ({ params, error }) => {
        // any creator can read any other creator's unpublished show and its drafts
        // expect: unscoped-tenant-query
        const show = await db.show.findUnique({ where: { id: params.id }, include: { episodes: true } })
        return show ?? error(404, 'Not found')
      })
      // ok: missing-input-validation
      .post(
        '/',
        ({ body, user }) => db.show.create({ data: { ...body, ownerId: user!.id } }),
        { body: t.Object({ slug: t.String({ pattern: '^[a-z0-9-]+$' }), title: t.String({ maxLength: 200 }) }) },
      )
      // expect: missing-input-validation
      .patch('/:id', async ({ params, body, user }) => {
        // ok: unscoped-tenant-query
        const res = await db.show.updateMany({
          where: { id: params.id, ownerId: user!.id },
          data: body as Record<string, unknown>,
        })
        return { updated: res.count }
      })
      .delete('/:id', async ({ params, user, error }) => {
        // ok: unscoped-tenant-query
        const show = await db.show.findFirst({ where: { id: params.id, ownerId: user!.id } })
        if (!show) return error(404, 'Not found')
        // ok: unscoped-tenant-query
        await db.episode.deleteMany({ where: { showId: show.id } })
        // ok: unscoped-tenant-query
        await db.show.delete({ where: { id: show.id } })
        return { ok: true }
      }),
  )
