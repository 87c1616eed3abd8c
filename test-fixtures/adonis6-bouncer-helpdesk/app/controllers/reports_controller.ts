import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'

export default class ReportsController {
  /**
   * CSV export of the caller's organization's tickets (authenticates itself: it is
   * linked from e-mails and opened with a token in the Authorization header)
   */
  async export({ auth, response }: HttpContext) {
    const user = await auth.authenticate()
    // ok: unscoped-tenant-query
    const rows = await db.from('tickets').where('organization_id', user.organizationId).select('id', 'subject', 'status', 'created_at')
    const csv = ['id,subject,status,created_at', ...rows.map((r) => [r.id, JSON.stringify(r.subject), r.status, r.created_at].join(','))].join('\n')
    response.header('content-type', 'text/csv')
    return csv
  }

  async backlog({ request }: HttpContext) {
    const { org } = request.qs()
    return db.from('tickets').where('organization_id', org).where('status', 'open').select('id', 'subject', 'assignee_id')
  }
}
