import { PutObjectCommand } from '@aws-sdk/client-s3';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../db/index.js';
import { menuItems, menus } from '../db/schema.js';
import { env } from '../env.js';
import { s3 } from '../lib/s3.js';
import { requireActiveOrg, requireOrgRole } from '../middleware/org.js';
import { uploadLimiter } from '../middleware/rate-limit.js';
import { requireAuth } from '../middleware/session.js';
import type { AppEnv } from '../types.js';

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export const menusRoutes = new Hono<AppEnv>();

menusRoutes.use('*', requireAuth, requireActiveOrg);

menusRoutes.get('/', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(menus).where(eq(menus.organizationId, c.get('orgId')));
  return c.json(rows);
});

menusRoutes.get('/:menuId', async (c) => {
  // ok: unscoped-tenant-query
  const menu = await db.query.menus.findFirst({ where: eq(menus.id, c.req.param('menuId')), with: { items: true } });
  if (!menu || menu.organizationId !== c.get('orgId')) return c.json({ error: 'Not found' }, 404);
  return c.json(menu);
});

// ok: missing-rate-limit
// ok: missing-input-validation
menusRoutes.post('/:menuId/photo', uploadLimiter, async (c) => {
  // ok: unscoped-tenant-query
  const [menu] = await db.select({ id: menus.id }).from(menus).where(and(eq(menus.id, c.req.param('menuId')), eq(menus.organizationId, c.get('orgId'))));
  if (!menu) return c.json({ error: 'Not found' }, 404);

  // ok: unrestricted-upload
  const form = await c.req.parseBody();
  const photo = form['photo'];
  if (!(photo instanceof File)) return c.json({ error: 'photo is required' }, 400);
  if (photo.size > MAX_PHOTO_BYTES) return c.json({ error: 'Photo too large' }, 413);
  if (!PHOTO_TYPES.includes(photo.type)) return c.json({ error: 'Unsupported image type' }, 415);

  const key = `menus/${menu.id}/${crypto.randomUUID()}`;
  await s3.send(
    new PutObjectCommand({ Bucket: env.s3Bucket, Key: key, Body: Buffer.from(await photo.arrayBuffer()), ContentType: photo.type }),
  );
  // ok: unscoped-tenant-query
  await db.update(menus).set({ photoUrl: `https://${env.s3Bucket}.s3.amazonaws.com/${key}` }).where(eq(menus.id, menu.id));
  return c.json({ key });
});

// expect: missing-input-validation
menusRoutes.put('/:menuId/items', async (c) => {
  const orgId = c.get('orgId');
  // ok: unscoped-tenant-query
  const [menu] = await db.select({ id: menus.id }).from(menus).where(and(eq(menus.id, c.req.param('menuId')), eq(menus.organizationId, orgId)));
  if (!menu) return c.json({ error: 'Not found' }, 404);

  const items: Array<{ name: string; priceCents: number; allergens?: string[] }> = await c.req.json();
  await db.transaction(async (tx) => {
    // ok: unscoped-tenant-query
    await tx.delete(menuItems).where(eq(menuItems.menuId, menu.id));
    await tx.insert(menuItems).values(
      items.map((item) => ({
        id: crypto.randomUUID(),
        organizationId: orgId,
        menuId: menu.id,
        name: item.name,
        priceCents: item.priceCents,
        allergens: item.allergens ?? [],
      })),
    );
  });
  return c.json({ count: items.length });
});

// ok: missing-role-check
// ok: missing-input-validation
menusRoutes.post('/:menuId/publish', requireOrgRole('owner', 'admin'), async (c) => {
  // ok: unscoped-tenant-query
  const [menu] = await db.update(menus).set({ isPublished: true }).where(and(eq(menus.id, c.req.param('menuId')), eq(menus.organizationId, c.get('orgId')))).returning();
  if (!menu) return c.json({ error: 'Not found' }, 404);
  return c.json(menu);
});

// ok: missing-role-check
menusRoutes.delete('/:menuId', requireOrgRole('owner'), async (c) => {
  // expect: unscoped-tenant-query
  await db.delete(menus).where(eq(menus.id, c.req.param('menuId')));
  return c.body(null, 204);
});
