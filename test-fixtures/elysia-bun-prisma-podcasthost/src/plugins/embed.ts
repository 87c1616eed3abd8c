import { Elysia } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { db } from '../lib/db'

// short-lived tokens for the embeddable web player; every cookie this instance sets gets the flags below
export const embedTokens = new Elysia({
  name: 'plugin.embed',
  prefix: '/embed',
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', path: '/embed' },
})
  .use(
    // expect: insecure-jwt
    jwt({
      name: 'embedJwt',
      // expect: hardcoded-secret
      secret: 'pl4yer-Emb3d-9fK2xQ7vLm4RtZ8w',
      exp: '30d',
    }),
  )
  // the player page of a published show: public by design
  // ok: missing-auth
  .get('/:slug/session', async ({ params, embedJwt, cookie: { player_token }, error }) => {
    // ok: unscoped-tenant-query
    const show = await db.show.findFirst({ where: { slug: params.slug, published: true } })
    if (!show) return error(404, 'Not found')
    // ok: insecure-cookie
    player_token.set({ value: await embedJwt.sign({ show: show.id }), maxAge: 3600 })
    return { ok: true }
  })
