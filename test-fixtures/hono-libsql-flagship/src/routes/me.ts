import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { writeFile } from 'node:fs/promises';
import { nanoid } from 'nanoid';
import { db, users } from '../db';
import type { AppEnv } from '../middleware/session';

const me = new Hono<AppEnv>();

me.get('/', (c) => c.json(c.get('user')));

// ok: missing-input-validation
me.patch('/', zValidator('json', z.object({ name: z.string().min(1).max(80) })), async (c) => {
  const user = c.get('user');
  // ok: unscoped-tenant-query
  await db.update(users).set({ name: c.req.valid('json').name }).where(eq(users.id, user.id));
  return c.body(null, 204);
});

// expect: missing-rate-limit
me.post('/avatar', async (c) => {
  const user = c.get('user');
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['avatar'] as File;
  const path = `uploads/avatars/${user.id}-${nanoid(6)}`;
  await writeFile(path, Buffer.from(await file.arrayBuffer()));
  // ok: missing-input-validation
  await db.update(users).set({ avatarPath: path }).where(eq(users.id, user.id));
  return c.json({ avatarPath: path });
});

export default me;
