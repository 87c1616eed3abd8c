import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { cuid } from '@adonisjs/core/helpers'

export default class DocumentsController {
  async upload({ request, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    // expect: unrestricted-upload
    const file = request.file('document')
    if (!file) {
      return response.badRequest({ message: 'No file' })
    }
    await file.move(app.makePath('storage/uploads', String(user.organizationId)), {
      name: `${cuid()}.${file.extname}`,
    })
    return { name: file.fileName }
  }

  async avatar({ request, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unrestricted-upload
    const avatar = request.file('avatar', { size: '2mb', extnames: ['jpg', 'png', 'webp'] })
    if (!avatar || !avatar.isValid) {
      return { errors: avatar?.errors ?? [] }
    }
    await avatar.move(app.makePath('storage/avatars'), { name: `${user.id}.${avatar.extname}` })
    return { ok: true }
  }
}
