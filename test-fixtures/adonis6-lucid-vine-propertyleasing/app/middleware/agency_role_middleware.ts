import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Role } from '#models/user'

export default class AgencyRoleMiddleware {
  async handle({ auth, response }: HttpContext, next: NextFn, options: { allow: Role[] }) {
    const user = auth.getUserOrFail()
    if (!options.allow.includes(user.role)) {
      return response.forbidden({ message: 'Insufficient role' })
    }
    return next()
  }
}
