import { createFactory } from 'hono/factory';
import { setSignedCookie } from 'hono/cookie';
import { prisma } from '../lib/db';
import type { AppEnv } from '../lib/types';
import { caller, requireRole } from '../middleware/auth';

const factory = createFactory<AppEnv>();

export const refundHandlers = factory.createHandlers(requireRole('owner', 'manager'), async (c) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.order.updateMany({
    where: { id: c.req.param('id'), accountId: caller(c).accountId, status: 'paid' },
    data: { status: 'refunded' },
  });
  return count ? c.json({ ok: true }) : c.notFound();
});

export const rememberScannerHandlers = factory.createHandlers(async (c) => {
  // expect: hardcoded-secret
  await setSignedCookie(c, 'scanner_session', caller(c).sub, 'boxoffice-scanner-cookie-key', {
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/scanner',
  });
  return c.body(null, 204);
});
