import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import type { Env } from './types'

export const boards = new Hono<Env>()

// ok: missing-auth
boards.get('/boards', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, name FROM boards WHERE owner_id = ?').bind(c.get('userId')).all()
  return c.json(results)
})

// ok: missing-auth
boards.post('/boards', zValidator('json', z.object({ name: z.string().min(1).max(80) })), async (c) => {
  const { name } = c.req.valid('json')
  const id = crypto.randomUUID()
  await c.env.DB.prepare('INSERT INTO boards (id, owner_id, name) VALUES (?, ?, ?)').bind(id, c.get('userId'), name).run()
  return c.json({ id }, 201)
})

// ok: missing-auth
boards.delete('/boards/:id', async (c) => {
  await c.env.DB.prepare('DELETE FROM boards WHERE id = ? AND owner_id = ?').bind(c.req.param('id'), c.get('userId')).run()
  return c.body(null, 204)
})

// The board as JSON lines, for people moving to another tool.
// expect: missing-rate-limit
boards.get('/boards/:id/cards-export', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT c.* FROM cards c JOIN boards b ON b.id = c.board_id WHERE b.id = ? AND b.owner_id = ?')
    .bind(c.req.param('id'), c.get('userId'))
    .all()
  return c.text(results.map((r) => JSON.stringify(r)).join('\n'))
})
