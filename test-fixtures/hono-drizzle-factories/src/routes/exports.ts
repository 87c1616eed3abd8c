import { eq } from 'drizzle-orm'
import { invoices, reports } from '../db/schema.js'
import { factory } from '../lib/factory.js'
import { requireSession } from '../middleware/session.js'
import type { Deps } from '../types.js'

export function createExportRoutes({ db }: Deps) {
  const app = factory.createApp()
  app.use(requireSession)

  // expect: missing-rate-limit
  app.get('/invoices.csv', async (c) => {
    const rows = await db.select().from(invoices).where(eq(invoices.accountId, c.get('user').accountId))
    return c.text(rows.map((r) => `${r.number},${r.totalCents}`).join('\n'))
  })

  // expect: missing-rate-limit
  app.get('/reports/:id/csv', async (c) => {
    // expect: unscoped-tenant-query
    const [report] = await db.select().from(reports).where(eq(reports.id, c.req.param('id')))
    return report ? c.text(`${report.id},${report.title}`) : c.notFound()
  })

  return app
}
