import { Elysia, t } from 'elysia'
import { db } from '../db'
import { tickets } from '../db/schema'

// The public contact form: anyone may open a ticket for a known organization.
export const publicRoutes = new Elysia({ prefix: '/public' })
  // ok: missing-auth
  .post(
    '/organizations/:orgId/tickets',
    async ({ params, body }) => {
      console.log('contact form ticket', params.orgId, body.email)
      const [row] = await db
        .insert(tickets)
        .values({ organizationId: params.orgId, requesterEmail: body.email, subject: body.subject, body: body.message })
        .returning({ id: tickets.id })
      return { id: row.id }
    },
    { body: t.Object({ email: t.String({ format: 'email' }), subject: t.String({ maxLength: 200 }), message: t.String({ maxLength: 20_000 }) }) },
  )
