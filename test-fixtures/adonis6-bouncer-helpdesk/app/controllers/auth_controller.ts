import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { registerValidator } from '#validators/ticket'

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

  async login({ request }: HttpContext) {
    const { email, password } = request.only(['email', 'password'])
    const user = await User.verifyCredentials(email, password)
    const token = await User.accessTokens.create(user)
    return { type: 'bearer', value: token.value!.release() }
  }
}
