import { Elysia, t } from 'elysia'
import { prisma } from '../lib/db'
import { requireStaff } from '../plugins/auth'

export const clientsModule = new Elysia({ prefix: '/clients' })
  .use(requireStaff)
  // ok: missing-auth
  .get('/', ({ user }) =>
    // ok: unscoped-tenant-query
    prisma.client.findMany({ where: { firmId: user!.firmId }, orderBy: { name: 'asc' } }),
  )
  // ok: missing-auth
  .get('/:id', async ({ params, user, status }) => {
    // expect: unscoped-tenant-query
    const client = await prisma.client.findUnique({ where: { id: params.id }, include: { invoices: true } })
    if (!client) return status(404)
    return client
  })
  // ok: missing-auth, missing-input-validation
  .post(
    '/',
    ({ body, user }) =>
      // ok: unscoped-tenant-query
      prisma.client.create({ data: { name: body.name, email: body.email, firmId: user!.firmId } }),
    {
      body: t.Object({ name: t.String({ minLength: 1 }), email: t.String({ format: 'email' }) }),
    },
  )
  // ok: missing-auth
  .delete('/:id', async ({ params, user }) => {
    // ok: unscoped-tenant-query
    await prisma.client.deleteMany({ where: { id: params.id, firmId: user!.firmId } })
    return { deleted: true }
  })
