import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { decode, sign, verify } from 'hono/jwt';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { db } from '../lib/db';

// door kiosks pair with a code printed in the organizer dashboard, then scan tickets with a device token
export const kiosk = new Hono();

const KIOSK_SECRET = Bun.env.KIOSK_JWT_SECRET!;

// a pairing code exchanged for a device token: guessable codes need a limiter
// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
kiosk.post('/pair', zValidator('json', z.object({ code: z.string().length(8) })), async (c) => {
  const { code } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const event = await db.event.findFirst({ where: { slug: code } });
  if (!event) return c.json({ error: 'unknown code' }, 401);
  const deviceToken = await sign({ eventId: event.id, orgId: event.orgId, exp: Math.floor(Date.now() / 1000) + 43200 }, KIOSK_SECRET);
  // ok: insecure-cookie
  setCookie(c, 'kiosk_session', deviceToken, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/kiosk' });
  // expect: insecure-cookie
  setCookie(c, 'kiosk_refresh_token', deviceToken, { path: '/kiosk' });
  return c.json({ paired: event.title });
});

// ok: missing-auth
kiosk.get('/scans', async (c) => {
  const token = c.req.header('authorization')?.replace('Bearer ', '') ?? '';
  let claims: { eventId: string; orgId: string };
  try {
    claims = (await verify(token, KIOSK_SECRET, 'HS256')) as typeof claims;
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  // ok: unscoped-tenant-query
  const used = await db.ticket.count({ where: { eventId: claims.eventId, orgId: claims.orgId, status: 'used' } });
  return c.json({ used });
});

// the partner box office sends its own token; only its claims are read, never verified
// expect: missing-auth
kiosk.get('/partner-sales', async (c) => {
  // expect: insecure-jwt
  const { payload } = decode(c.req.header('x-partner-token') ?? '');
  const rows = await db.ticket.findMany({ where: { orgId: String(payload.orgId) }, select: { code: true, status: true } });
  return c.json(rows);
});
