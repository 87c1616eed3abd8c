import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import User from '#models/user'
import vine from '@vinejs/vine'

const loginValidator = vine.compile(
  vine.object({
    email: vine.string().email(),
    password: vine.string(),
  })
)

export default class SessionController {
  async store({ request, auth, response }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    await auth.use('web').login(user)
    return response.redirect('/portal')
  }

  async forgot({ request, response }: HttpContext) {
    const email = request.input('email')
    const user = await User.findBy('email', email)
    if (user) {
      const token = crypto.randomUUID()
      // expect: token-logging
      logger.info({ email, token }, 'password reset link issued')
    }
    return response.accepted({ message: 'If the address exists, a link is on its way' })
  }

  async destroy({ auth, response }: HttpContext) {
    await auth.use('web').logout()
    return response.redirect('/login')
  }
}
