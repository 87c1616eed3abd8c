import type { HttpContext } from '@adonisjs/core/http'
import Ticket from '#models/ticket'
import Comment from '#models/comment'

export default class CommentsController {
  async index({ params, auth }: HttpContext) {
    const ticket = await Ticket.query()
      .where('id', params.ticket_id)
      .where('organizationId', auth.user!.organizationId)
      .firstOrFail()
    // ok: unscoped-tenant-query
    return ticket.related('comments').query().where('internal', false).orderBy('createdAt')
  }

  async store({ params, request, auth }: HttpContext) {
    const ticket = await Ticket.query()
      .where('id', params.ticket_id)
      .where('organizationId', auth.user!.organizationId)
      .firstOrFail()
    const comment = await Comment.create({
      ticketId: ticket.id,
      authorId: auth.user!.id,
      body: request.input('body'),
      internal: request.input('internal', false),
    })
    return comment
  }
}
