import { Hono } from 'hono';
import { db } from '../lib/db';

const pins = new Hono();

// listed in PUBLIC_PATHS for a share page, but it returns every workspace's pins
// expect: missing-auth
pins.get('/shared/pins', async (c) => {
  const rows = await db.pin.findMany({ where: { url: { startsWith: 'https://' } }, take: 20 });
  return c.json(rows);
});

// not in PUBLIC_PATHS, so the session gate covers it
// ok: missing-auth
// expect: missing-input-validation
pins.patch('/pins/:pinId', async (c) => {
  const { url } = await c.req.json();
  // expect: unscoped-tenant-query
  const pin = await db.pin.update({ where: { id: c.req.param('pinId') }, data: { url } });
  return c.json(pin);
});

export default pins;
