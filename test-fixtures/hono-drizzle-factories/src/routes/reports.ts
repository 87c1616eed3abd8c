import { Hono } from 'hono'
import { eq } from 'drizzle-orm'
import { reports } from '../db/schema.js'
import { requireSession } from '../middleware/session.js'
import type { Deps, Env } from '../types.js'

export const createReportRoutes = ({ db }: Deps) =>
  new Hono<Env>()
    .use(requireSession)
    .get('/', async (c) => c.json(await db.select().from(reports).where(eq(reports.accountId, c.get('user').accountId))))
    .get('/:id', async (c) => {
      // expect: unscoped-tenant-query
      const [row] = await db.select().from(reports).where(eq(reports.id, c.req.param('id')))
      return row ? c.json(row) : c.notFound()
    })
