import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'
import Timesheet from 'App/Models/Timesheet'
import CreateTimesheetValidator from 'App/Validators/CreateTimesheetValidator'

export default class TimesheetsController {
  public async index({ auth, request }: HttpContextContract) {
    const user = auth.user!
    // ok: unscoped-tenant-query
    return user.related('timesheets').query().preload('project').paginate(request.input('page', 1), 20)
  }

  public async store({ auth, request, response }: HttpContextContract) {
    const user = auth.user!
    const payload = await request.validate(CreateTimesheetValidator)
    const timesheet = await Timesheet.create({ ...payload, userId: user.id, companyId: user.companyId, status: 'draft' })
    return response.created(timesheet)
  }

  public async show({ params }: HttpContextContract) {
    // expect: unscoped-tenant-query
    const timesheet = await Timesheet.findOrFail(params.id)
    await timesheet.load('project')
    return timesheet
  }

  public async update({ params, request, auth }: HttpContextContract) {
    // ok: unscoped-tenant-query
    const timesheet = await Timesheet.query().where('id', params.id).where('userId', auth.user!.id).firstOrFail()
    timesheet.merge(request.only(['hours', 'notes']))
    await timesheet.save()
    return timesheet
  }

  public async destroy({ params, auth, response }: HttpContextContract) {
    // ok: unscoped-tenant-query
    await Timesheet.query().where('id', params.id).where('userId', auth.user!.id).where('status', 'draft').delete()
    return response.noContent()
  }

  public async approve({ params, bouncer }: HttpContextContract) {
    // ok: unscoped-tenant-query
    const timesheet = await Timesheet.findOrFail(params.id)
    await bouncer.authorize('approveTimesheet', timesheet)
    timesheet.status = 'approved'
    await timesheet.save()
    return timesheet
  }
}
