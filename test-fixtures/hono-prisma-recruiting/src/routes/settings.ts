import { Hono } from 'hono';
import { every } from 'hono/combine';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { currentUser, requireAuth, requireRole, type AppEnv } from '../middleware/auth';

const BrandingInput = z.object({ name: z.string().min(2).max(120), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) });

// Company settings, mounted before the app-wide auth middleware: each route carries its own
const settings = new Hono<AppEnv>();

// ok: missing-auth
settings.get('/', requireAuth, async (c) => {
  const user = currentUser(c);
  return c.json(await prisma.company.findUnique({ where: { id: user.companyId }, select: { name: true, slug: true } }));
});

// ok: missing-auth, missing-input-validation
settings.put('/branding', every(requireAuth, requireRole('owner')), zValidator('json', BrandingInput), async (c) => {
  const user = currentUser(c);
  await prisma.company.update({ where: { id: user.companyId }, data: c.req.valid('json') });
  return c.json({ ok: true });
});

// expect: missing-auth
settings.delete('/logo', async (c) => {
  const companyId = c.req.query('companyId');
  await prisma.company.update({ where: { id: companyId }, data: { logoKey: null } });
  return c.body(null, 204);
});

export default settings;
