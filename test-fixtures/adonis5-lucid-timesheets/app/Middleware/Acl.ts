import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'

export default class Acl {
  public async handle({ auth, response }: HttpContextContract, next: () => Promise<void>, allowedRoles: string[]) {
    const user = auth.user
    if (!user || !allowedRoles.includes(user.role)) {
      return response.forbidden({ error: `Only ${allowedRoles.join(', ')} can do this` })
    }
    await next()
  }
}
