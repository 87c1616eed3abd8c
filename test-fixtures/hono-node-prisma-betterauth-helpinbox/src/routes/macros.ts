import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/prisma.js';
import type { AppEnv } from '../lib/env.js';
import { requireUser, activeOrgId } from '../middleware/session.js';

const MacroInput = z.object({ title: z.string().min(1).max(100), body: z.string().min(1).max(5000) });

export const macros = new Hono<AppEnv>()
  .use(requireUser)
  // ok: missing-auth, unscoped-tenant-query
  .get('/', async (c) => c.json(await prisma.macro.findMany({ where: { organizationId: activeOrgId(c) } })))
  // ok: missing-input-validation
  .post('/', zValidator('json', MacroInput), async (c) => {
    const macro = await prisma.macro.create({ data: { ...c.req.valid('json'), organizationId: activeOrgId(c) } });
    return c.json(macro, 201);
  })
  // ok: missing-input-validation
  .put('/:id', zValidator('json', MacroInput), async (c) => {
    // expect: unscoped-tenant-query
    const macro = await prisma.macro.update({ where: { id: c.req.param('id') }, data: c.req.valid('json') });
    return c.json(macro);
  })
  .delete('/:id', async (c) => {
    // ok: unscoped-tenant-query
    const macro = await prisma.macro.findUnique({ where: { id: c.req.param('id') } });
    if (!macro || macro.organizationId !== activeOrgId(c)) return c.json({ error: 'not found' }, 404);
    await prisma.macro.delete({ where: { id: macro.id } });
    return c.body(null, 204);
  });
