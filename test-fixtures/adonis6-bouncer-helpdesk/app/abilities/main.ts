import User from '#models/user'
import Ticket from '#models/ticket'
import { Bouncer } from '@adonisjs/bouncer'

export const editTicket = Bouncer.ability((user: User, ticket: Ticket) => {
  return user.organizationId === ticket.organizationId && (user.role !== 'customer' || user.id === ticket.requesterId)
})
