import { Hono } from 'hono';
import { prisma } from '../lib/db';
import { deviceSession, type DeviceEnv } from '../middleware/deviceSession';

export const devices = new Hono<DeviceEnv>();
devices.use('*', deviceSession);

// ok: missing-auth
devices.get('/queue', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { orgId: c.get('device').orgId, status: 'open' }, select: { id: true, title: true } });
  return c.json(rows);
});
