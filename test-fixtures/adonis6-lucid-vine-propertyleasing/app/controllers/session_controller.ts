import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import User from '#models/user'
import { loginValidator } from '#validators/auth'

export default class SessionController {
  async store({ request, response }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    if (user.role === 'renter') {
      return response.forbidden({ message: 'Use the renter portal to sign in' })
    }
    const token = await User.accessTokens.create(user, ['agency'])
    // ok: token-logging
    logger.info({ userId: user.id, agencyId: user.agencyId }, 'agency user signed in')
    return { type: 'bearer', token: token.value!.release() }
  }

  async renterLogin({ request }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    const token = await User.accessTokens.create(user, ['renter'], { expiresIn: '7 days' })
    return { type: 'bearer', token: token.value!.release() }
  }

  async me({ auth }: HttpContext) {
    const user = await auth.use('api').authenticate()
    await user.load('agency')
    return { id: user.id, fullName: user.fullName, role: user.role, agency: user.agency.name }
  }

  async destroy({ auth, request, response }: HttpContext) {
    const user = await auth.use('api').authenticate()
    // expect: token-logging
    logger.info(`revoking token ${request.header('authorization')} for user ${user.id}`)
    await User.accessTokens.delete(user, user.currentAccessToken.identifier)
    return response.noContent()
  }
}
