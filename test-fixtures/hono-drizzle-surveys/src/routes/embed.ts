import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { getCookie } from 'hono/cookie'
import { surveys } from '../db/schema'
import type { AppEnv } from '../types'

// The embeddable widget: published surveys, read from any customer's site.
const embed = new Hono<AppEnv>()

// ok: cors-wildcard
embed.use('*', cors({ origin: '*', allowMethods: ['GET'] }))

// ok: missing-auth
embed.get('/s/:slug', async (c) => {
  const survey = await c.get('db').query.surveys.findFirst({
    where: and(eq(surveys.slug, c.req.param('slug')), eq(surveys.published, true)),
    columns: { id: true, title: true, questions: true },
  })
  // the widget remembers a respondent between visits; the cookie is not a credential
  const visitor = getCookie(c, 'pw_visitor')
  return survey ? c.json({ survey, returning: !!visitor }) : c.notFound()
})

// older embeds address a survey by its id; an unpublished one stays hidden
// ok: missing-auth
embed.get('/by-id/:id', async (c) => {
  // ok: unscoped-tenant-query
  const survey = await c.get('db').query.surveys.findFirst({ where: eq(surveys.id, c.req.param('id')) })
  if (!survey?.published) return c.notFound()
  return c.json({ id: survey.id, title: survey.title, questions: survey.questions })
})

// the preview link a builder shares before publishing: the flag decides only the banner it shows
// expect: missing-auth
embed.get('/preview/:id', async (c) => {
  const survey = await c.get('db').query.surveys.findFirst({ where: eq(surveys.id, c.req.param('id')) })
  if (!survey) return c.notFound()
  return c.json({ survey, draft: survey.published === false })
})

export default embed
