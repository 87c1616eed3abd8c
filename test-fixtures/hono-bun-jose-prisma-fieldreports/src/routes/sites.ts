import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { prisma } from '../lib/db';
import type { AuthEnv } from '../middleware/auth';

export const sites = new Hono<AuthEnv>();

const ALLOWED_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

// ok: missing-auth, unscoped-tenant-query
sites.get('/', async (c) => c.json(await prisma.site.findMany({ where: { orgId: c.get('claims').orgId } })));

// ok: missing-auth
sites.get('/:id/reports', async (c) => {
  // ok: unscoped-tenant-query
  const site = await prisma.site.findFirst({ where: { id: c.req.param('id'), orgId: c.get('claims').orgId } });
  if (!site) return c.notFound();
  // ok: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { siteId: site.id } });
  return c.json(rows);
});

// expect: missing-rate-limit
sites.get('/export', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.site.findMany({ where: { orgId: c.get('claims').orgId } });
  return c.body(rows.map((s) => `${s.id};${s.name};${s.address ?? ''}`).join('\n'), 200, {
    'Content-Type': 'text/csv',
    'Content-Disposition': 'attachment; filename="sites.csv"',
  });
});

// expect: missing-rate-limit
sites.post('/reports/:reportId/photos', async (c) => {
  // expect: unscoped-tenant-query
  const report = await prisma.report.findUnique({ where: { id: c.req.param('reportId') } });
  if (!report) return c.notFound();
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const photo = body['photo'];
  if (!(photo instanceof File)) return c.json({ error: 'photo required' }, 400);
  const key = `photos/${report.orgId}/${report.id}/${crypto.randomUUID()}`;
  await Bun.write(`/srv/uploads/${key}`, photo);
  const row = await prisma.photo.create({ data: { orgId: report.orgId, reportId: report.id, key, sizeBytes: photo.size } });
  return c.json(row, 201);
});

// expect: missing-rate-limit
sites.post('/reports/:reportId/cover', bodyLimit({ maxSize: 5 * 1024 * 1024 }), async (c) => {
  // ok: unscoped-tenant-query
  const report = await prisma.report.findFirst({ where: { id: c.req.param('reportId'), orgId: c.get('claims').orgId } });
  if (!report) return c.notFound();
  // ok: unrestricted-upload
  const form = await c.req.parseBody();
  const cover = form['cover'];
  if (!(cover instanceof File) || !ALLOWED_PHOTO_TYPES.includes(cover.type)) return c.json({ error: 'image required' }, 415);
  const key = `covers/${report.orgId}/${report.id}`;
  await Bun.write(`/srv/uploads/${key}`, cover);
  return c.json({ key }, 201);
});
