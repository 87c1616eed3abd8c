import { Hono } from 'hono';
import { jwtVerify } from 'jose';
import { prisma } from '../lib/db';

const shareKey = new TextEncoder().encode(process.env.SHARE_LINK_SECRET);

export const share = new Hono();

// a read-only link a manager mails to the site owner: the token was signed by POST /api/reports/:id/share
// ok: missing-auth
share.get('/:token', async (c) => {
  // ok: insecure-jwt
  const { payload } = await jwtVerify(c.req.param('token'), shareKey, { algorithms: ['HS256'] });
  // ok: unscoped-tenant-query
  const report = await prisma.report.findFirst({ where: { id: String(payload.reportId), orgId: String(payload.orgId) }, select: { title: true, body: true, severity: true } });
  if (!report) return c.notFound();
  return c.json(report);
});
