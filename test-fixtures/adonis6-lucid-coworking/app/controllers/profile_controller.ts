import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { cuid } from '@adonisjs/core/helpers'
import db from '@adonisjs/lucid/services/db'
import { documentValidator } from '#validators/auth'

export default class ProfileController {
  async update({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    user.merge(request.only(['fullName', 'email']))
    await user.save()
    return user
  }

  async avatar({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    // expect: unrestricted-upload
    const avatar = request.file('avatar')
    if (!avatar) return response.badRequest({ error: 'avatar is required' })
    await avatar.move(app.makePath('storage/avatars'), { name: `${cuid()}.${avatar.extname}` })
    user.avatarPath = `avatars/${avatar.fileName}`
    await user.save()
    return { avatarPath: user.avatarPath }
  }

  async uploadDocument({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { document } = await request.validateUsing(documentValidator)
    const name = `${cuid()}.${document.extname}`
    await document.move(app.makePath('storage/documents'), { name })
    await db.table('member_documents').insert({ user_id: user.id, company_id: user.companyId, path: name })
    return response.created({ path: name })
  }
}
