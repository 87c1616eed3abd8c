import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import { randomBytes } from 'node:crypto'
import User from '#models/user'

export default class PasswordResetsController {
  async store({ request, response }: HttpContext) {
    const email = request.input('email')
    const user = await User.findBy('email', email)
    if (user) {
      const token = randomBytes(32).toString('hex')
      await db.table('password_reset_tokens').insert({ user_id: user.id, token: await hash.make(token) })
      // expect: token-logging
      logger.info(`password reset for ${email}: /reset/${token}`)
    }
    return response.ok({ sent: true })
  }

  async update({ request, response }: HttpContext) {
    const { email, token, password } = request.all()
    const user = await User.findByOrFail('email', email)
    const row = await db.from('password_reset_tokens').where('user_id', user.id).orderBy('id', 'desc').first()
    if (!row || !(await hash.verify(row.token, token))) {
      return response.badRequest({ error: 'Invalid token' })
    }
    user.password = password
    await user.save()
    return response.ok({ reset: true })
  }
}
