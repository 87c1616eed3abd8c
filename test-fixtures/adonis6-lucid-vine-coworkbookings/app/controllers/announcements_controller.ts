import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import Announcement from '#models/announcement'

const announcementSchema = vine.object({
  workspaceId: vine.number(),
  title: vine.string().trim().maxLength(140),
  body: vine.string().trim(),
})

export default class AnnouncementsController {
  async index({ request }: HttpContext) {
    return Announcement.query().where('workspace_id', request.input('workspaceId'))
  }

  async store({ request }: HttpContext) {
    const data = await vine.validate({ schema: announcementSchema, data: request.all() })
    return Announcement.create(data)
  }

  async show({ params }: HttpContext) {
    return Announcement.findOrFail(params.id)
  }

  async update({ params, request }: HttpContext) {
    const announcement = await Announcement.findOrFail(params.id)
    announcement.merge(request.only(['title', 'body']))
    await announcement.save()
    return announcement
  }

  async destroy({ params }: HttpContext) {
    const announcement = await Announcement.findOrFail(params.id)
    await announcement.delete()
    return { deleted: true }
  }
}
