import type { HttpContext } from '@adonisjs/core/http'
import Ticket from '#models/ticket'
import TicketPolicy from '#policies/ticket_policy'
import { editTicket } from '#abilities/main'
import { createTicketValidator, updateTicketValidator } from '#validators/ticket'

export default class TicketsController {
  async index({ auth, request }: HttpContext) {
    const user = auth.user!
    const status = request.input('status', 'open')
    return Ticket.query()
      .where('organizationId', user.organizationId)
      .where('status', status)
      .preload('requester')
      .orderBy('createdAt', 'desc')
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.user!
    const { subject, body } = await request.validateUsing(createTicketValidator)
    const ticket = await Ticket.create({ subject, status: 'open', organizationId: user.organizationId, requesterId: user.id })
    await ticket.related('comments').create({ body, authorId: user.id, internal: false })
    return response.created(ticket)
  }

  async show({ params, bouncer }: HttpContext) {
    // ok: unscoped-tenant-query
    const ticket = await Ticket.findOrFail(params.id)
    await bouncer.with(TicketPolicy).authorize('view', ticket)
    await ticket.load('comments', (q) => q.where('internal', false))
    return ticket
  }

  async update({ params, request, bouncer }: HttpContext) {
    // ok: unscoped-tenant-query
    const ticket = await Ticket.findOrFail(params.id)
    await bouncer.authorize(editTicket, ticket)
    const changes = await request.validateUsing(updateTicketValidator)
    ticket.merge(changes)
    await ticket.save()
    return ticket
  }

  async destroy({ params, auth, response }: HttpContext) {
    if (auth.user!.role === 'customer') {
      return response.forbidden({ message: 'Agents only' })
    }
    // expect: unscoped-tenant-query
    const ticket = await Ticket.findOrFail(params.id)
    await ticket.delete()
    return response.noContent()
  }
}
