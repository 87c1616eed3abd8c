import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { organizations, tickets } from '../db/schema'
import { verifyWebhookSignature } from '../lib/crypto'
import type { AppEnv } from '../types'

// Called by the inbound email provider; authenticated by HMAC signature,
// not by a user session.
const webhookRoutes = new Hono<AppEnv>()

const inboundEmailSchema = z.object({
  mailbox: z.string().min(1).max(100),
  from: z.string().email(),
  subject: z.string().max(200).default('(no subject)'),
  text: z.string().max(50_000).default(''),
})

// ok: missing-auth
// ok: unverified-webhook
webhookRoutes.post('/inbound-email', async (c) => {
  const rawBody = await c.req.text()
  const signatureValid = await verifyWebhookSignature(
    rawBody,
    c.req.header('X-Webhook-Timestamp'),
    c.req.header('X-Webhook-Signature'),
    c.env.INBOUND_WEBHOOK_SECRET,
  )
  if (!signatureValid) {
    return c.json({ error: 'invalid signature' }, 401)
  }

  let json: unknown
  try {
    json = JSON.parse(rawBody)
  } catch {
    return c.json({ error: 'invalid json' }, 400)
  }
  const parsed = inboundEmailSchema.safeParse(json)
  if (!parsed.success) return c.json({ error: 'invalid payload' }, 400)
  const { mailbox, from, subject, text } = parsed.data

  const db = c.get('db')
  const organization = await db.query.organizations.findFirst({
    where: eq(organizations.slug, mailbox),
    columns: { id: true },
  })
  if (!organization) {
    // Acknowledge so the provider does not keep retrying an unknown mailbox.
    return c.json({ accepted: false }, 202)
  }

  const [ticket] = await db
    .insert(tickets)
    .values({
      organizationId: organization.id,
      title: subject.trim() || '(no subject)',
      description: text,
      requesterEmail: from.toLowerCase(),
    })
    .returning({ id: tickets.id })

  // ok: token-logging
  console.info('inbound email converted to ticket', { ticketId: ticket.id, orgId: organization.id })
  return c.json({ accepted: true, ticketId: ticket.id }, 202)
})

export default webhookRoutes
