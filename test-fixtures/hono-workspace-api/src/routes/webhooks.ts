import { Hono } from 'hono';
import { db } from '../lib/db';

// mounted before the session gate (Stripe calls it without a session)
const webhooks = new Hono();

// ok: missing-auth
// expect: unverified-webhook
webhooks.post('/stripe', async (c) => {
  const event = await c.req.json();
  await db.workspace.update({ where: { id: event.data.object.metadata.workspaceId }, data: { name: event.data.object.metadata.name } });
  return c.text('ok');
});

export default webhooks;
