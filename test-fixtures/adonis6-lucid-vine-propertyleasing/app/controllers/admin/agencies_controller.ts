import type { HttpContext } from '@adonisjs/core/http'
import Agency from '#models/agency'
import User from '#models/user'
import Unit from '#models/unit'
import Lease from '#models/lease'
import { manageAgency } from '#abilities/main'

export default class AgenciesController {
  async index({ request }: HttpContext) {
    // expect: unscoped-tenant-query
    return Agency.query().withCount('users').orderBy('createdAt', 'desc').paginate(request.input('page', 1), 100)
  }

  async suspend({ params, response }: HttpContext) {
    // expect: unscoped-tenant-query
    const agency = await Agency.findOrFail(params.id)
    agency.suspended = true
    await agency.save()
    return response.ok({ id: agency.id, suspended: true })
  }

  // Occupancy dashboard of the caller's agency.
  async occupancy({ auth, bouncer, response }: HttpContext) {
    if (await bouncer.denies(manageAgency)) {
      return response.forbidden({ message: 'Managers only' })
    }
    const { agencyId } = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    const units = await Unit.query().where('agencyId', agencyId).count('* as total')
    // ok: unscoped-tenant-query
    const leased = await Lease.query().where('agencyId', agencyId).where('status', 'active').count('* as total')
    return { units: Number(units[0].$extras.total), leased: Number(leased[0].$extras.total) }
  }

  async staff({ auth, params, response }: HttpContext) {
    const user = auth.getUserOrFail()
    if (Number(params.id) !== user.agencyId) {
      return response.forbidden({ message: 'Not your agency' })
    }
    // ok: unscoped-tenant-query
    return User.query().where('agencyId', user.agencyId).whereNot('role', 'renter').select('id', 'fullName', 'email', 'role')
  }

  async removeUser({ auth, params, response }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    const member = await User.query().where('id', params.userId).where('agencyId', user.agencyId).firstOrFail()
    await member.delete()
    return response.noContent()
  }
}
