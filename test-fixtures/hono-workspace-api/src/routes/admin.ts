import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db } from '../lib/db';

type AdminClaims = { sub: string; role: 'admin' | 'support' };

const admin = new Hono<{ Variables: { jwtPayload: AdminClaims } }>();

// ok: insecure-jwt
admin.use('*', jwt({ secret: process.env.ADMIN_JWT_SECRET! }));

// ok: missing-role-check
admin.get('/workspaces', async (c) => {
  if (c.get('jwtPayload').role !== 'admin') {
    return c.json({ error: 'forbidden' }, 403);
  }
  return c.json(await db.workspace.findMany());
});

// expect: missing-role-check
admin.delete('/workspaces/:id/members/:memberId', async (c) => {
  // expect: unscoped-tenant-query
  await db.member.delete({ where: { id: c.req.param('memberId') } });
  return c.body(null, 204);
});

export default admin;
