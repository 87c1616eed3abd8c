import User from '#models/user'
import Ticket from '#models/ticket'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

export default class TicketPolicy extends BasePolicy {
  view(user: User, ticket: Ticket): AuthorizerResponse {
    return user.organizationId === ticket.organizationId
  }

  assign(user: User, ticket: Ticket): AuthorizerResponse {
    return user.organizationId === ticket.organizationId && user.role !== 'customer'
  }
}
