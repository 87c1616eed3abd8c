import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Company from '#models/company'
import { loginValidator, registerValidator } from '#validators/auth'

export default class AuthController {
  async register({ request, response }: HttpContext) {
    const payload = await request.validateUsing(registerValidator)
    const user = await db.transaction(async (trx) => {
      const company = await Company.create({ name: payload.companyName, plan: 'trial' }, { client: trx })
      return User.create(
        { companyId: company.id, fullName: payload.fullName, email: payload.email, password: payload.password, role: 'owner' },
        { client: trx }
      )
    })
    const token = await User.accessTokens.create(user)
    return response.created({ token: token.value!.release() })
  }

  async login({ request, response }: HttpContext) {
    // expect: token-logging
    logger.debug({ body: request.all() }, 'login attempt')
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    const token = await User.accessTokens.create(user, ['*'], { expiresIn: '7 days' })
    return response.ok({ token: token.value!.release(), user: { id: user.id, role: user.role } })
  }

  async logout({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    await User.accessTokens.delete(user, user.currentAccessToken.identifier)
    return response.noContent()
  }

  async kioskSession({ request, response }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    const token = await User.accessTokens.create(user, ['kiosk'], { expiresIn: '12 hours' })
    // expect: insecure-cookie
    response.plainCookie('kiosk_token', token.value!.release(), { httpOnly: false, maxAge: '12h' })
    return response.noContent()
  }
}
