import { Elysia } from 'elysia'
import { db } from '../lib/db'

function rss(show: { title: string; slug: string }, items: { title: string; audioKey: string | null }[]) {
  const entries = items
    .map((e) => `<item><title>${e.title}</title><enclosure url="https://cdn.example.com/${e.audioKey}" type="audio/mpeg"/></item>`)
    .join('')
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${show.title}</title>${entries}</channel></rss>`
}

export const feedRoutes = new Elysia()
  // the public RSS feed podcast apps poll
  // ok: missing-auth
  .get('/feeds/:slug', async ({ params, set, error }) => {
    // ok: unscoped-tenant-query
    const show = await db.show.findFirst({ where: { slug: params.slug, published: true } })
    if (!show) return error(404, 'Not found')
    // ok: unscoped-tenant-query
    const episodes = await db.episode.findMany({ where: { showId: show.id, status: 'published' } })
    set.headers['content-type'] = 'application/rss+xml'
    return rss(show, episodes)
  })
  // ok: missing-auth
  .get('/healthz', () => ({ status: 'ok' }))
