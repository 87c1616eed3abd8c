import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { loginValidator } from '#validators/booking'

export default class AuthController {
  async login({ request, auth, response }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password)
    await auth.use('web').login(user, !!request.input('remember'))
    // the kiosk app reads the workspace from this cookie
    // ok: insecure-cookie
    response.cookie('deskhub_ws', String(user.workspaceId), { httpOnly: true, sameSite: 'lax' })
    return response.redirect('/bookings')
  }

  async deviceToken({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const token = crypto.randomUUID()
    // readable from any script on the page, sent over plain http, and to every cross-site request
    // expect: insecure-cookie
    response.plainCookie('device_token', `${user.id}.${token}`, { httpOnly: false, secure: false, sameSite: false })
    return { ok: true }
  }

  async logout({ auth, response }: HttpContext) {
    await auth.use('web').logout()
    return response.redirect('/login')
  }
}
