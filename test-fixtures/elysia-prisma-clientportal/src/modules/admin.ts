import { Elysia, t } from 'elysia'
import { prisma } from '../lib/db'
import { requireStaff } from '../plugins/auth'

const partnersOnly = ({ user, status }: { user: { role: string } | null; status: (code: number, body?: string) => unknown }) => {
  if (user?.role !== 'partner') return status(403, 'Partners only')
}

export const adminModule = new Elysia({ prefix: '/admin' })
  .use(requireStaff)
  // expect: missing-role-check
  .get('/users', ({ user }) =>
    prisma.user.findMany({ where: { firmId: user!.firmId }, select: { id: true, email: true, role: true } }),
  )
  // ok: missing-role-check
  .patch(
    '/users/:id/role',
    ({ params, body, user }) =>
      prisma.user.updateMany({ where: { id: params.id, firmId: user!.firmId }, data: { role: body.role } }),
    {
      beforeHandle: partnersOnly,
      body: t.Object({ role: t.Union([t.Literal('staff'), t.Literal('partner')]) }),
    },
  )
