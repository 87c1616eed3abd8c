import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import MemberPolicy from '#policies/member_policy'
import User from '#models/user'
import { inviteValidator, roleValidator } from '#validators/auth'

export default class MembersController {
  async invite({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('invite')
    const user = auth.getUserOrFail()
    const { email, role } = await request.validateUsing(inviteValidator)
    const token = string.random(40)
    await db.table('invitations').insert({ company_id: user.companyId, email, role, token, created_at: new Date() })
    await mail.sendLater((m) => m.to(email).subject('Join your team on Deskhop').htmlView('emails/invite', { token }))
    return response.created({ ok: true })
  }

  async index({ auth }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    return User.query().where('companyId', user.companyId).select('id', 'fullName', 'email', 'role')
  }

  async updateRole({ auth, params, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { role } = await request.validateUsing(roleValidator)
    // ok: unscoped-tenant-query
    const member = await User.query().where('id', params.id).where('companyId', user.companyId).firstOrFail()
    member.role = role
    await member.save()
    return response.ok({ id: member.id, role: member.role })
  }

  async promote({ params, request, response }: HttpContext) {
    // expect: unscoped-tenant-query
    const member = await User.findOrFail(params.id)
    member.role = request.input('role')
    await member.save()
    return response.ok({ id: member.id, role: member.role })
  }

  async destroy({ params, bouncer, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const member = await User.findOrFail(params.id)
    await bouncer.with(MemberPolicy).authorize('remove', member)
    await member.delete()
    return response.noContent()
  }
}
