import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { prisma } from '../lib/prisma.js';

type KioskEnv = { Variables: { kioskOrgId: string } };

const kioskDevice = createMiddleware<KioskEnv>(async (c, next) => {
  const token = getCookie(c, 'kiosk_session');
  const device = token ? await prisma.session.findUnique({ where: { token } }) : null;
  if (!device?.activeOrganizationId || device.expiresAt < new Date()) return c.json({ error: 'unpaired device' }, 401);
  c.set('kioskOrgId', device.activeOrganizationId);
  await next();
});

export const kiosk = new Hono<KioskEnv>();

kiosk.use('*', kioskDevice);

// ok: missing-auth, unscoped-tenant-query
kiosk.get('/queue', async (c) => {
  const rows = await prisma.ticket.findMany({
    where: { organizationId: c.get('kioskOrgId'), status: 'open' },
    select: { id: true, subject: true, priority: true },
    orderBy: { createdAt: 'asc' },
  });
  return c.json(rows);
});
