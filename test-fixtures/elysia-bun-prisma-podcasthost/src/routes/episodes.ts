import { Elysia, t } from 'elysia'
import { authPlugin } from '../plugins/auth'
import { db } from '../lib/db'
import { putObject } from '../lib/storage'

export const episodeRoutes = new Elysia({ prefix: '/episodes' })
  .use(authPlugin)
  .get(
    '/:id',
    async ({ params, user, error }) => {
      // ok: unscoped-tenant-query
      const episode = await db.episode.findFirst({ where: { id: params.id, ownerId: user!.id } })
      return episode ?? error(404, 'Not found')
    },
    { signedIn: true },
  )
  // expect: missing-input-validation
  .put(
    '/:id',
    async ({ params, body }) => {
      // expect: unscoped-tenant-query
      return db.episode.update({ where: { id: params.id }, data: body as { title?: string; status?: string } })
    },
    { signedIn: true },
  )
  // the chapter editor posts arbitrary JSON; `t.Any()` only keeps the type checker quiet
  // expect: missing-input-validation
  .put(
    '/:id/chapters',
    async ({ params, body, user, error }) => {
      // ok: unscoped-tenant-query
      const episode = await db.episode.findFirst({ where: { id: params.id, ownerId: user!.id } })
      if (!episode) return error(404, 'Not found')
      // ok: unscoped-tenant-query
      return db.episode.update({ where: { id: episode.id }, data: body as { title?: string } })
    },
    { signedIn: true, body: t.Any() },
  )
  // expect: missing-rate-limit
  .post(
    '/:id/audio',
    async ({ params, body, user, error }) => {
      // ok: unscoped-tenant-query
      const episode = await db.episode.findFirst({ where: { id: params.id, ownerId: user!.id } })
      if (!episode) return error(404, 'Not found')
      const key = await putObject(`audio/${episode.id}.mp3`, body.audio)
      // ok: unscoped-tenant-query
      await db.episode.update({ where: { id: episode.id }, data: { audioKey: key, status: 'processing' } })
      return { key }
    },
    {
      signedIn: true,
      // ok: unrestricted-upload
      body: t.Object({ audio: t.File({ type: ['audio/mpeg', 'audio/mp4'], maxSize: '300m' }) }),
    },
  )
  // expect: missing-rate-limit
  .post(
    '/:id/transcript',
    async ({ params, body, user, error }) => {
      // ok: unscoped-tenant-query
      const episode = await db.episode.findFirst({ where: { id: params.id, ownerId: user!.id } })
      if (!episode) return error(404, 'Not found')
      await putObject(`transcripts/${episode.id}/${body.file.name}`, body.file)
      return { ok: true }
    },
    {
      signedIn: true,
      // expect: unrestricted-upload
      body: t.Object({ file: t.File() }),
    },
  )
