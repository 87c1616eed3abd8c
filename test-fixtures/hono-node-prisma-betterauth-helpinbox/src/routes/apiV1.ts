import { Hono } from 'hono';
import { jwt, verify } from 'hono/jwt';
import { setSignedCookie } from 'hono/cookie';
import { prisma } from '../lib/prisma.js';
import { logger } from '../lib/logger.js';

type ApiEnv = { Variables: { jwtPayload: { sub: string; org: string } } };

export const apiV1 = new Hono<ApiEnv>();

// expect: insecure-jwt
apiV1.use('/*', jwt({ secret: 'helpinbox-partner-api-key' }));

// ok: missing-auth, unscoped-tenant-query
apiV1.get('/tickets', async (c) => {
  const { org } = c.get('jwtPayload');
  return c.json(await prisma.ticket.findMany({ where: { organizationId: org }, take: 100 }));
});

// expect: missing-rate-limit
apiV1.post('/exports', async (c) => {
  const { org } = c.get('jwtPayload');
  try {
    // ok: unscoped-tenant-query
    const rows = await prisma.ticket.findMany({ where: { organizationId: org }, include: { replies: true } });
    return c.json({ count: rows.length, rows });
  } catch (e) {
    logger.error(e);
    // expect: error-details-leak
    return c.json({ error: String(e) }, 500);
  }
});

apiV1.post('/sessions', async (c) => {
  const { sub } = c.get('jwtPayload');
  const id = crypto.randomUUID();
  // expect: hardcoded-secret
  await setSignedCookie(c, 'hi_partner_session', id, 'partner-cookie-secret', { httpOnly: true, secure: true, sameSite: 'Lax' });
  return c.json({ sub, session: id });
});

apiV1.get('/tickets/:id', async (c) => {
  const { org } = c.get('jwtPayload');
  const ticket = await prisma.ticket.findFirst({ where: { id: c.req.param('id'), organizationId: org } });
  if (!ticket) {
    // ok: error-details-leak
    return c.json({ error: `ticket ${c.req.param('id')} not found` }, 404);
  }
  return c.json(ticket);
});

apiV1.get('/embed/claims', async (c) => {
  // ok: insecure-jwt
  const claims = await verify(c.req.query('embed') ?? '', process.env.EMBED_JWT_KEY!);
  return c.json({ ticketId: claims.ticketId });
});
