import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'

/**
 * Silent auth middleware can be used as a global middleware to silent check
 * if the user is logged-in or not.
 */
export default class SilentAuthMiddleware {
  public async handle({ auth }: HttpContextContract, next: () => Promise<void>) {
    await auth.check()
    await next()
  }
}
