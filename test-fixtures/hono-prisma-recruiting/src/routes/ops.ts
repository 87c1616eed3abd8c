import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { validator } from 'hono/validator';
import { prisma } from '../lib/db';
import { env } from '../lib/env';

// Internal operations API used by the support team's tooling
const ops = new Hono();

ops.use('*', bearerAuth({ token: Bun.env.OPS_API_TOKEN! }));

// ok: missing-auth, missing-role-check
ops.get('/companies', async (c) => {
  // ok: unscoped-tenant-query
  const companies = await prisma.company.findMany({ select: { id: true, name: true, subscriptionStatus: true } });
  return c.json(companies);
});

// (hono/validator is the framework's validation step: what its callback returns is what c.req.valid() hands on)
// ok: missing-auth, missing-role-check, missing-input-validation
ops.patch(
  '/companies/:id/subscription',
  validator('json', (value, c) => {
    const status = (value as { status?: unknown }).status;
    if (status !== 'active' && status !== 'canceled' && status !== 'trialing') return c.json({ error: 'invalid status' }, 400);
    return { status };
  }),
  async (c) => {
    // ok: unscoped-tenant-query
    await prisma.company.update({ where: { id: c.req.param('id') }, data: { subscriptionStatus: c.req.valid('json').status } });
    return c.json({ ok: true, appUrl: env.APP_URL });
  },
);

export default ops;
