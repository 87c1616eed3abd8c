import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

export default class RoleMiddleware {
  async handle({ auth, response }: HttpContext, next: NextFn, options: { roles: string[] }) {
    const user = auth.getUserOrFail()
    if (!options.roles.includes(user.role)) {
      return response.forbidden({ message: 'You are not allowed to access this page' })
    }
    return next()
  }
}
