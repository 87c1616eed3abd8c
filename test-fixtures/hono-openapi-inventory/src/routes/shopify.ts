import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'
import { getCookie, deleteCookie } from 'hono/cookie'
import { sql } from '../lib/db'

const shopify = new OpenAPIHono()

const oauthCallback = createRoute({
  method: 'get',
  path: '/oauth-callback',
  request: { query: z.object({ code: z.string(), shop: z.string(), state: z.string() }) },
  responses: { 302: { description: 'Back to the dashboard' } },
})

// Shopify redirects the merchant's browser here after they approve the app
// ok: missing-auth
shopify.openapi(oauthCallback, async (c) => {
  const { code, shop, state } = c.req.valid('query')
  const expected = getCookie(c, 'shopify_oauth_state')
  if (!expected || expected !== state) throw new HTTPException(400, { message: 'Bad OAuth state' })
  deleteCookie(c, 'shopify_oauth_state')
  const [orgId] = state.split('.')
  const res = await fetch(`https://${shop}/admin/oauth/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: process.env.SHOPIFY_CLIENT_ID, client_secret: process.env.SHOPIFY_CLIENT_SECRET, code }),
  })
  const { access_token } = (await res.json()) as { access_token: string }
  await sql`INSERT INTO shop_connections (id, org_id, shop_domain, access_token) VALUES (gen_random_uuid(), ${orgId}, ${shop}, ${access_token})`
  return c.redirect('/settings/integrations?connected=shopify')
})

export default shopify
