import { and, eq, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { db } from '../db/client.js'
import { statusPages } from '../db/schema.js'
import { requireSession } from '../middleware/session.js'
import type { AppEnv } from '../types.js'

// slugs are global (they are subdomains): uniqueness is checked across every workspace
export const pageRoutes = new Hono<AppEnv>()

pageRoutes.use('*', requireSession)

const pageInput = z.object({ slug: z.string().regex(/^[a-z0-9-]{3,40}$/), title: z.string().min(1) })

pageRoutes.post('/', async (c) => {
  const { workspaceId } = c.get('viewer')
  const input = pageInput.parse(await c.req.json())
  // ok: unscoped-tenant-query
  const taken = await db.select({ id: statusPages.id }).from(statusPages).where(eq(statusPages.slug, input.slug))
  if (taken.length > 0) return c.json({ error: 'slug already taken' }, 409)
  const [page] = await db.insert(statusPages).values({ workspaceId, ...input }).returning()
  return c.json(page, 201)
})

pageRoutes.put('/:id/slug', async (c) => {
  const { workspaceId } = c.get('viewer')
  const { slug } = pageInput.pick({ slug: true }).parse(await c.req.json())
  const count = (
    // ok: unscoped-tenant-query
    await db.select({ count: sql<number>`count(*)` }).from(statusPages).where(eq(statusPages.slug, slug))
  )[0].count
  if (count > 0) return c.json({ error: 'slug already taken' }, 409)
  // ok: unscoped-tenant-query
  await db.update(statusPages).set({ slug }).where(and(eq(statusPages.id, Number(c.req.param('id'))), eq(statusPages.workspaceId, workspaceId)))
  return c.json({ slug })
})

pageRoutes.put('/:id/title', async (c) => {
  const { workspaceId } = c.get('viewer')
  const id = Number(c.req.param('id'))
  const { title } = pageInput.pick({ title: true }).parse(await c.req.json())
  // ok: unscoped-tenant-query
  const [page] = await db.update(statusPages).set({ title }).where(and(eq(statusPages.id, id), eq(statusPages.workspaceId, workspaceId))).returning()
  if (!page) return c.json({ error: 'not found' }, 404)
  // the update above found the page within the workspace: the id is the caller's
  // ok: unscoped-tenant-query
  const full = await db.query.statusPages.findFirst({ where: eq(statusPages.id, id) })
  return c.json(full)
})

// the create form asks as the user types
pageRoutes.get('/slug-available', async (c) => {
  const query = z.object({ slug: z.string().toLowerCase() }).parse(c.req.query())
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: statusPages.id }).from(statusPages).where(sql`lower(${statusPages.slug}) = ${query.slug}`)
  return c.json({ available: rows.length === 0 })
})

// tells which page holds the slug, not just whether it is free
pageRoutes.get('/slug-owner', async (c) => {
  const slug = c.req.query('slug') ?? ''
  // expect: unscoped-tenant-query
  const rows = await db.select().from(statusPages).where(sql`lower(${statusPages.slug}) = ${slug.toLowerCase()}`)
  if (rows.length > 0) return c.json({ available: false, page: rows[0] })
  return c.json({ available: true })
})
