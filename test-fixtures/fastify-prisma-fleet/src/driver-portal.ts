/**
 * The drivers' web portal, served on its own port: drivers sign in with a PIN and see
 * their own trips. Server-side sessions, not the dispatcher JWT.
 */
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import { PrismaClient } from '@prisma/client';

declare module 'fastify' {
  interface Session {
    driverId?: string;
    companyId?: string;
  }
}

const prisma = new PrismaClient();
const portal = Fastify({ logger: true });

await portal.register(cookie);
// the portal sits behind a TLS-terminating proxy, and someone switched secure off while debugging
// expect: insecure-cookie
await portal.register(session, { secret: process.env.PORTAL_SESSION_SECRET!, cookieName: 'portal_sid', cookie: { secure: false, maxAge: 8 * 60 * 60 * 1000 } });

// ok: missing-auth
portal.get('/my/trips', async (request, reply) => {
  if (!request.session.driverId) return reply.code(401).send({ error: 'sign in first' });
  // ok: unscoped-tenant-query
  return prisma.trip.findMany({ where: { companyId: request.session.companyId, driverName: request.session.driverId }, take: 50 });
});

await portal.listen({ port: Number(process.env.PORTAL_PORT ?? 8081), host: '0.0.0.0' });
