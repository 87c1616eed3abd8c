import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import jwt from 'jsonwebtoken';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq, gte, lte } from 'drizzle-orm';
import { bookings, db } from '../db/index.js';

type KioskClaims = { organizationId: string; kioskId: string };

declare module 'fastify' {
  interface FastifyRequest {
    kiosk?: KioskClaims;
  }
}

const CheckInBody = Type.Object({ bookingId: Type.String({ format: 'uuid' }) });

// the front-desk tablets get an RS256 token from the provisioning service
const KIOSK_PUBLIC_KEY = (process.env.KIOSK_PUBLIC_KEY ?? '').replace(/\\n/g, '\n');

async function verifyKiosk(request: FastifyRequest) {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Kiosk ') ? header.slice(6) : '';
  // expect: insecure-jwt
  request.kiosk = jwt.verify(token, KIOSK_PUBLIC_KEY) as KioskClaims;
}

const kioskRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', async (request, reply) => {
    try {
      await verifyKiosk(request);
    } catch {
      return reply.code(401).send({ error: 'kiosk not provisioned' });
    }
  });

  // ok: missing-auth
  fastify.get('/today', async (request) => {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + 24 * 3600 * 1000);
    // ok: unscoped-tenant-query
    return db
      .select({ id: bookings.id, spaceId: bookings.spaceId, startsAt: bookings.startsAt })
      .from(bookings)
      .where(and(eq(bookings.organizationId, request.kiosk!.organizationId), gte(bookings.startsAt, start), lte(bookings.startsAt, end)));
  });

  // ok: missing-auth, missing-input-validation
  fastify.post<{ Body: Static<typeof CheckInBody> }>('/check-in', { schema: { body: CheckInBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [row] = await db
      .update(bookings)
      .set({ status: 'checked_in' })
      .where(and(eq(bookings.id, request.body.bookingId), eq(bookings.organizationId, request.kiosk!.organizationId)))
      .returning({ id: bookings.id });
    if (!row) return reply.code(404).send({ error: 'booking not found' });
    return row;
  });
};

export default kioskRoutes;
