import { and, asc, eq, ne } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { organizations, users } from '../db/schema'
import { hashPassword } from '../lib/crypto'
import { requireRole } from '../middleware/auth'
import type { AppEnv } from '../types'

// Mounted at /api/admin behind `app.use('/admin/*', requireAuth)`.
// Authentication is enforced there; role checks are per route.
const adminRoutes = new Hono<AppEnv>()

const roleSchema = z.enum(['admin', 'agent', 'member'])

const createUserSchema = z.object({
  email: z.string().email(),
  name: z.string().trim().min(1).max(120),
  role: roleSchema.default('member'),
  password: z.string().min(12).max(256),
})

const updateOrganizationSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    supportEmail: z.string().email().nullable(),
  })
  .partial()

const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
}

// ok: missing-role-check
adminRoutes.get('/users', requireRole('admin'), async (c) => {
  const user = c.get('user')

  // ok: unscoped-tenant-query
  const rows = await c.get('db').select(publicUserColumns).from(users).where(eq(users.organizationId, user.orgId)).orderBy(asc(users.email))

  return c.json({ users: rows })
})

// expect: missing-role-check
// ok: missing-input-validation
adminRoutes.post('/users', async (c) => {
  const user = c.get('user')
  const parsed = createUserSchema.safeParse(await c.req.json())
  if (!parsed.success) return c.json({ error: 'invalid request' }, 400)

  const [created] = await c
    .get('db')
    .insert(users)
    .values({
      organizationId: user.orgId,
      email: parsed.data.email.toLowerCase(),
      name: parsed.data.name,
      role: parsed.data.role,
      passwordHash: await hashPassword(parsed.data.password),
    })
    .onConflictDoNothing({ target: users.email })
    .returning(publicUserColumns)

  if (!created) return c.json({ error: 'email already registered' }, 409)
  return c.json({ user: created }, 201)
})

// ok: missing-role-check
// ok: missing-input-validation
adminRoutes.patch('/users/:id/role', async (c) => {
  const user = c.get('user')
  if (user.role !== 'admin') return c.json({ error: 'forbidden' }, 403)

  const id = c.req.param('id')
  const parsed = z.object({ role: roleSchema }).safeParse(await c.req.json())
  if (!parsed.success) return c.json({ error: 'invalid request' }, 400)

  // ok: unscoped-tenant-query
  const [updated] = await c.get('db').update(users).set({ role: parsed.data.role }).where(and(eq(users.id, id), eq(users.organizationId, user.orgId), ne(users.id, user.id))).returning(publicUserColumns)

  if (!updated) return c.json({ error: 'not found' }, 404)
  return c.json({ user: updated })
})

// expect: missing-role-check
adminRoutes.post('/users/:id/disable', async (c) => {
  const user = c.get('user')
  const id = c.req.param('id')

  // ok: unscoped-tenant-query
  const [disabled] = await c.get('db').update(users).set({ disabledAt: new Date() }).where(and(eq(users.id, id), eq(users.organizationId, user.orgId), ne(users.id, user.id))).returning(publicUserColumns)

  if (!disabled) return c.json({ error: 'not found' }, 404)
  return c.json({ user: disabled })
})

// ok: missing-role-check
adminRoutes.delete('/users/:id', requireRole('admin'), async (c) => {
  const user = c.get('user')
  const id = c.req.param('id')
  if (id === user.id) return c.json({ error: 'cannot delete yourself' }, 400)

  // expect: unscoped-tenant-query
  const deleted = await c.get('db').delete(users).where(eq(users.id, id)).returning({ id: users.id })

  if (deleted.length === 0) return c.json({ error: 'not found' }, 404)
  return c.body(null, 204)
})

// expect: missing-role-check
// ok: missing-input-validation
adminRoutes.patch('/organization', async (c) => {
  const user = c.get('user')
  const parsed = updateOrganizationSchema.safeParse(await c.req.json())
  if (!parsed.success || Object.keys(parsed.data).length === 0) {
    return c.json({ error: 'invalid request' }, 400)
  }

  // ok: unscoped-tenant-query
  const [organization] = await c.get('db').update(organizations).set(parsed.data).where(eq(organizations.id, user.orgId)).returning()

  return c.json({ organization })
})

// ok: missing-role-check
adminRoutes.get('/organization', async (c) => {
  const user = c.get('user')
  if (user.role !== 'admin') {
    return c.json({ error: 'forbidden' }, 403)
  }

  // ok: unscoped-tenant-query
  const organization = await c.get('db').query.organizations.findFirst({
    where: eq(organizations.id, user.orgId),
  })
  if (!organization) return c.json({ error: 'not found' }, 404)

  return c.json({ organization })
})

export default adminRoutes
