import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { bookings, db } from '../db/index.js';
import requireAuth from '../plugins/require-auth.js';
import { orgOf } from '../lib/tenant.js';

const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
type Params = Static<typeof Params>;

const KIOSK_ID_HEADER = 'x-kiosk-id';
const AUTH_HEADER = 'authorization';
const PrintHeaders = { JobId: 'x-print-job' } as const;

const receiptRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.route<{ Params: Params }>({
    method: 'GET',
    url: '/public-preview/:id',
    onRequest: [fastify.authenticate],
    schema: { params: Params },
    handler: async (request, reply) => {
      // expect: unscoped-tenant-query
      const booking = await db.query.bookings.findFirst({ where: (b, { eq }) => eq(b.id, request.params.id) });
      if (!booking) return reply.code(404).send({ error: 'not found' });
      return { id: booking.id, startsAt: booking.startsAt, endsAt: booking.endsAt };
    },
  });

  // ok: missing-auth
  fastify.get<{ Params: Params }>('/:id/summary', {
    preValidation: [fastify.authenticate],
    schema: { params: Params },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const booking = await db.query.bookings.findFirst({
      where: and(eq(bookings.id, request.params.id), eq(bookings.organizationId, request.user.org)),
    });
    return booking ?? reply.code(404).send({ error: 'not found' });
  });

  await fastify.register(requireAuth);

  // ok: missing-auth
  fastify.get<{ Params: Params }>('/:id', { schema: { params: Params } }, async (request, reply) => {
    // expect: token-logging
    request.log.info({ headers: request.headers }, 'receipt requested');
    // ok: unscoped-tenant-query
    const booking = await db.query.bookings.findFirst({
      where: (b, { and, eq }) => and(eq(b.id, request.params.id), eq(b.organizationId, orgOf(request))),
      with: { space: true },
    });
    if (!booking) return reply.code(404).send({ error: 'not found' });
    return booking;
  });

  // ok: missing-auth
  fastify.get<{ Params: Params }>('/:id/print', { schema: { params: Params } }, async (request, reply) => {
    // the kiosk's own id and the print job's, named by constants: no credential
    const kiosk = request.headers[KIOSK_ID_HEADER];
    // ok: token-logging
    request.log.info({ kiosk, job: request.headers[PrintHeaders.JobId] }, 'receipt printed');
    // ...the caller's credential, named by its constant, is one
    // expect: token-logging
    request.log.debug({ auth: request.headers[AUTH_HEADER] }, 'print auth');
    return reply.code(202).send({ queued: true });
  });

  // ok: missing-auth
  fastify.delete<{ Params: Params }>('/:id', { schema: { params: Params } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    await db.delete(bookings).where(eq(bookings.id, request.params.id));
    return reply.code(204).send();
  });

  // ok: missing-auth
  fastify.post<{ Params: Params }>('/:id/void', { schema: { params: Params } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [row] = await db
      .update(bookings)
      .set({ status: 'void' })
      .where(and(eq(bookings.id, request.params.id), eq(bookings.organizationId, orgOf(request))))
      .returning({ id: bookings.id });
    return row ? reply.code(204).send() : reply.code(404).send({ error: 'not found' });
  });
};

export default receiptRoutes;
