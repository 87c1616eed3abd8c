import { createMiddleware } from 'hono/factory';
import { decodeJwt } from 'jose';
import { prisma } from '../lib/db';

export type DeviceEnv = { Variables: { device: { sid: string; orgId: string } } };

// site tablets hold a token whose only claim is an opaque session id; the session row is the credential
export const deviceSession = createMiddleware<DeviceEnv>(async (c, next) => {
  const token = c.req.header('x-device-token');
  if (!token) return c.json({ error: 'no device token' }, 401);
  // expect: insecure-jwt
  const { sid } = decodeJwt(token) as { sid?: string };
  if (!sid) return c.json({ error: 'bad device token' }, 401);
  const session = await prisma.deviceSession.findUnique({ where: { sid } });
  if (!session || session.expiresAt < new Date()) return c.json({ error: 'device signed out' }, 401);
  c.set('device', { sid: session.sid, orgId: session.orgId });
  await next();
});
