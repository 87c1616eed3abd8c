import User from '#models/user'
import Lease from '#models/lease'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

export default class LeasePolicy extends BasePolicy {
  view(user: User, lease: Lease): AuthorizerResponse {
    if (user.role === 'renter') return lease.renterId === user.id
    return lease.agencyId === user.agencyId
  }

  update(user: User, lease: Lease): AuthorizerResponse {
    return lease.agencyId === user.agencyId && ['agent', 'manager', 'owner'].includes(user.role)
  }

  terminate(user: User, lease: Lease): AuthorizerResponse {
    return lease.agencyId === user.agencyId && (user.role === 'manager' || user.role === 'owner')
  }
}
