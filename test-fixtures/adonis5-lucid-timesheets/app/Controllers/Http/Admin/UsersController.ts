import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'
import User from 'App/Models/User'

export default class UsersController {
  public async index({ auth }: HttpContextContract) {
    return User.query().where('companyId', auth.user!.companyId).orderBy('email')
  }

  public async setRole({ params, request, auth }: HttpContextContract) {
    const user = await User.query().where('id', params.id).where('companyId', auth.user!.companyId).firstOrFail()
    user.role = request.input('role')
    await user.save()
    return user
  }
}
