import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'
import Logger from '@ioc:Adonis/Core/Logger'

export default class AuthController {
  public async login({ auth, request, response }: HttpContextContract) {
    const email = request.input('email')
    const password = request.input('password')
    // expect: token-logging
    Logger.info('login attempt %o', { email, password })
    try {
      const token = await auth.use('api').attempt(email, password, { expiresIn: '7 days' })
      return token
    } catch {
      return response.unauthorized({ error: 'Invalid credentials' })
    }
  }

  public async logout({ auth }: HttpContextContract) {
    await auth.use('api').revoke()
    return { revoked: true }
  }
}
