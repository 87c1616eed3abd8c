import { Hono } from 'hono';
import { prisma } from '../lib/db';
import { partnerClaims, type PartnerEnv } from '../middleware/partnerClaims';

export const partner = new Hono<PartnerEnv>();
partner.use('*', partnerClaims);

// (partnerClaims only decodes the token: insecure-jwt reports that decode; the gate still stands in front of these routes)
// ok: missing-auth
partner.get('/reports', async (c) => {
  const { orgId } = c.get('partner');
  // (orgId is a claim partnerClaims decoded without verifying: the client's pick)
  // expect: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { orgId, status: 'open' }, select: { id: true, title: true, severity: true } });
  return c.json(rows);
});

// ok: missing-auth
partner.post('/reports/:id/ack', async (c) => {
  const { orgId } = c.get('partner');
  // expect: unscoped-tenant-query
  await prisma.report.updateMany({ where: { id: c.req.param('id'), orgId }, data: { acknowledgedAt: new Date() } });
  return c.json({ ok: true });
});

// ok: missing-auth
partner.get('/status', (c) => c.json({ ok: true, version: process.env.APP_VERSION ?? 'dev' }));
