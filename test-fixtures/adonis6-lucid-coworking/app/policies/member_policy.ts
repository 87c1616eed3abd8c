import User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

export default class MemberPolicy extends BasePolicy {
  remove(user: User, target: User): AuthorizerResponse {
    return user.companyId === target.companyId && (user.role === 'owner' || user.role === 'manager') && user.id !== target.id
  }

  invite(user: User): AuthorizerResponse {
    return user.role === 'owner' || user.role === 'manager'
  }
}
