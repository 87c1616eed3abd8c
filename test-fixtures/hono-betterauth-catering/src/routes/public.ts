import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { db } from '../db/index.js';
import { menus } from '../db/schema.js';
import type { AppEnv } from '../types.js';

// Embeddable menu widget for caterers' own websites: published menus only, no cookies.
export const embedRoutes = new Hono<AppEnv>();

embedRoutes.use(
  '*',
  cors({
    // ok: cors-wildcard
    origin: '*',
    allowMethods: ['GET'],
  }),
);

// ok: missing-auth
embedRoutes.get('/menus/:slug', async (c) => {
  // ok: unscoped-tenant-query
  const menu = await db.query.menus.findFirst({
    where: and(eq(menus.slug, c.req.param('slug')), eq(menus.isPublished, true)),
    with: { items: true },
  });
  if (!menu) return c.notFound();
  return c.json(menu);
});
