import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { db } from '../db/client.js'
import { chatInstalls, monitors } from '../db/schema.js'
import { type ChatConfig, type ChatEnv, chatConfigFromEnv } from './config.js'
import { workspaceForInstallState } from './install-state.js'
import { checkCommandSignature, verifyChatSignature } from './verify.js'
import { verifyInteractionSignature, verifyOptionsSignature } from './webcrypto.js'

const callbackQuery = z.object({ code: z.string().min(1), state: z.string().min(1) })

export function createChatRoutes(config: ChatConfig) {
  const chat = new Hono<ChatEnv>()

  // the integration is optional: without its credentials every chat route answers 503
  chat.use('*', async (c, next) => {
    c.set('chatConfig', config)
    if (!config.signingSecret || !config.botToken) {
      return c.json({ error: 'chat integration not configured' }, 503)
    }
    await next()
  })

  chat.get('/install', (c) => c.redirect(`https://slack.com/oauth/v2/authorize?client_id=${config.clientId}&scope=commands,chat:write`))

  chat.get('/oauth/callback', async (c) => {
    const query = callbackQuery.safeParse(c.req.query())
    if (!query.success) return c.json({ error: 'missing code' }, 400)
    const { code, state } = query.data
    const workspaceId = await workspaceForInstallState(state)
    if (!workspaceId) return c.json({ error: 'unknown install' }, 400)
    const res = await fetch('https://slack.com/api/oauth.v2.access', {
      method: 'POST',
      body: new URLSearchParams({ code, client_id: config.clientId, client_secret: config.clientSecret }),
    })
    const tokenData = (await res.json()) as { ok: boolean; error?: string; access_token?: string; team?: { id: string } }
    if (!tokenData.ok) {
      // ok: token-logging
      console.error('chat token exchange failed', { error: tokenData.error })
      return c.redirect('/settings/integrations?chat=error')
    }
    // expect: token-logging
    console.info('chat installed', { token: tokenData.access_token })
    await db.insert(chatInstalls).values({ workspaceId, teamExternalId: tokenData.team!.id, botToken: tokenData.access_token! })
    return c.redirect('/settings/integrations?chat=ok')
  })

  // signed by the chat provider: it acts for the provider's team, looked up by the id in the event
  // ok: missing-auth, unverified-webhook
  chat.post('/events', verifyChatSignature, async (c) => {
    const body = c.get('chatBody')
    if (body.type === 'url_verification') return c.json({ challenge: body.challenge })
    if (body.event?.type === 'app_uninstalled') {
      // ok: unscoped-tenant-query
      await db.delete(chatInstalls).where(eq(chatInstalls.teamExternalId, body.team_id))
    }
    return c.json({ ok: true })
  })

  // ok: missing-auth, unverified-webhook
  chat.post('/interactions', verifyInteractionSignature, async (c) => {
    const body = c.get('chatBody')
    if (body.type !== 'block_actions') return c.body(null, 200)
    // ok: unscoped-tenant-query
    const [install] = await db.select().from(chatInstalls).where(eq(chatInstalls.teamExternalId, body.team?.id))
    if (!install) return c.body(null, 200)
    // ok: unscoped-tenant-query
    await db.update(monitors).set({ status: 'paused' }).where(eq(monitors.id, Number(body.actions?.[0]?.value)))
    return c.body(null, 200)
  })

  // ok: missing-auth, unverified-webhook
  chat.post('/options', verifyOptionsSignature, async (c) => {
    const body = c.get('chatBody')
    // ok: unscoped-tenant-query
    const [install] = await db.select().from(chatInstalls).where(eq(chatInstalls.teamExternalId, body.team?.id))
    if (!install) return c.json({ options: [] })
    // ok: unscoped-tenant-query
    const rows = await db.select({ id: monitors.id, url: monitors.url }).from(monitors).where(eq(monitors.workspaceId, install.workspaceId))
    return c.json({ options: rows.map((m) => ({ text: { type: 'plain_text', text: m.url }, value: String(m.id) })) })
  })

  // expect: unverified-webhook
  chat.post('/commands', checkCommandSignature, async (c) => {
    const body = c.get('chatBody')
    // ok: unscoped-tenant-query
    const [install] = await db.select().from(chatInstalls).where(eq(chatInstalls.teamExternalId, body.team_id))
    if (!install) return c.json({ text: 'Connect a workspace first.' })
    // ok: unscoped-tenant-query
    const rows = await db.select().from(monitors).where(eq(monitors.workspaceId, install.workspaceId))
    return c.json({ text: `${rows.length} monitors` })
  })

  // the config check above is no sign-in: anyone may list the installs
  // expect: missing-auth
  chat.get('/installs', async (c) => {
    const rows = await db.select({ id: chatInstalls.id, workspaceId: chatInstalls.workspaceId }).from(chatInstalls)
    return c.json(rows)
  })

  return chat
}

export const chatRoutes = createChatRoutes(chatConfigFromEnv())
