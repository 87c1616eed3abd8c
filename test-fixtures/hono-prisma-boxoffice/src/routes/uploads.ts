import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { prisma } from '../lib/db';
import type { AppEnv } from '../lib/types';
import { caller, requireJwt } from '../middleware/auth';
import { uploadLimiter } from '../middleware/limits';

const BANNER_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export const uploads = new Hono<AppEnv>();

uploads.use('*', requireJwt);

// ok: missing-rate-limit, missing-input-validation
uploads.post('/events/:id/banner', uploadLimiter, async (c) => {
  // ok: unscoped-tenant-query
  const event = await prisma.event.findFirst({ where: { id: c.req.param('id'), accountId: caller(c).accountId } });
  if (!event) return c.notFound();
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['banner'];
  if (!(file instanceof File)) return c.json({ error: 'banner is required' }, 400);
  if (file.size > 2 * 1024 * 1024 || !BANNER_TYPES.includes(file.type)) {
    return c.json({ error: 'banner must be a PNG, JPEG or WebP under 2 MB' }, 400);
  }
  const path = `public/banners/${randomUUID()}`;
  await writeFile(path, Buffer.from(await file.arrayBuffer()));
  await prisma.event.update({ where: { id: event.id }, data: { bannerUrl: `/${path}` } });
  return c.json({ url: `/${path}` });
});

// the CSV's rows are stored as they come: no schema checks a name or an email
// expect: missing-rate-limit, missing-input-validation
uploads.post('/events/:id/attendees/import', async (c) => {
  const { accountId } = caller(c);
  // ok: unscoped-tenant-query
  const event = await prisma.event.findFirst({ where: { id: c.req.param('id'), accountId } });
  if (!event) return c.notFound();
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['csv'] as File;
  const lines = (await file.text()).split('\n').slice(1).filter(Boolean);
  const rows = lines.map((line) => {
    const [name, email] = line.split(',');
    return { name, email, eventId: event.id, accountId };
  });
  await prisma.attendee.createMany({ data: rows });
  return c.json({ imported: rows.length });
});
