import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import { registerValidator, forgotPasswordValidator } from '#validators/auth'

export default class AuthController {
  async register({ request, response }: HttpContext) {
    const { email, password, organizationName } = await request.validateUsing(registerValidator)
    const user = await db.transaction(async (trx) => {
      const [org] = await trx.table('organizations').insert({ name: organizationName }).returning('id')
      return User.create({ email, password, organizationId: org.id, role: 'admin' }, { client: trx })
    })
    const token = await User.accessTokens.create(user)
    // expect: insecure-cookie
    response.cookie('helpdesk_token', token.value!.release(), { httpOnly: false, sameSite: 'lax' })
    return response.created({ id: user.id })
  }

  async forgotPassword({ request, response }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    const resetLimiter = limiter.use({ requests: 3, duration: '15 mins', blockDuration: '30 mins' })
    await resetLimiter.attempt(`password_reset_${request.ip()}`, async () => {
      const user = await User.findBy('email', email)
      if (user) {
        await mail.sendLater((message) => {
          message.to(user.email).subject('Reset your helpdesk password').htmlView('emails/reset_password', { user })
        })
      }
    })
    return response.accepted({ message: 'If the address exists, a link is on its way' })
  }

  async login({ request }: HttpContext) {
    const { email, password } = request.only(['email', 'password'])
    const user = await User.verifyCredentials(email, password)
    const token = await User.accessTokens.create(user)
    return { type: 'bearer', value: token.value!.release() }
  }
}
