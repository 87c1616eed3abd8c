import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, desc, eq } from 'drizzle-orm';
import { bookings, db, spaces } from '../db/index.js';
import { findBookingInOrg, hasOverlap } from '../lib/bookings.js';

const CreateBooking = Type.Object({
  spaceId: Type.String({ format: 'uuid' }),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

type IdParams = { id: string };

const bookingRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/mine', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select()
      .from(bookings)
      .where(and(eq(bookings.userId, request.user.sub), eq(bookings.organizationId, request.user.org)))
      .orderBy(desc(bookings.startsAt));
  });

  // ok: missing-auth, missing-input-validation
  fastify.post<{ Body: Static<typeof CreateBooking> }>('/', { schema: { body: CreateBooking } }, async (request, reply) => {
    const { spaceId, note } = request.body;
    // ok: unscoped-tenant-query
    const [space] = await db
      .select()
      .from(spaces)
      .where(and(eq(spaces.id, spaceId), eq(spaces.organizationId, request.user.org)));
    if (!space) return reply.code(404).send({ error: 'space not found' });
    const startsAt = new Date(request.body.startsAt);
    const endsAt = new Date(request.body.endsAt);
    if (await hasOverlap(space.id, startsAt, endsAt)) return reply.code(409).send({ error: 'slot taken' });
    const [booking] = await db
      .insert(bookings)
      .values({ organizationId: request.user.org, userId: request.user.sub, spaceId: space.id, startsAt, endsAt, note })
      .returning();
    return reply.code(201).send(booking);
  });

  // ok: missing-auth
  fastify.get<{ Querystring: { org?: string } }>('/calendar', async (request) => {
    // operators of several locations pass ?org= to switch between them
    const org = request.query.org ?? request.user.org;
    // expect: unscoped-tenant-query
    return db.select().from(bookings).where(eq(bookings.organizationId, org)).orderBy(desc(bookings.startsAt)).limit(200);
  });

  // ok: missing-auth
  fastify.get<{ Params: IdParams }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const [booking] = await db.select().from(bookings).where(eq(bookings.id, request.params.id));
    if (!booking) return reply.code(404).send({ error: 'not found' });
    return booking;
  });

  // expect: missing-input-validation
  fastify.patch<{ Params: IdParams; Body: { note?: string; status?: string } }>('/:id', async (request, reply) => {
    const booking = await findBookingInOrg(request.user.org, request.params.id);
    if (!booking) return reply.code(404).send({ error: 'not found' });
    // ok: unscoped-tenant-query
    const [updated] = await db
      .update(bookings)
      .set({ note: request.body.note, status: request.body.status })
      .where(eq(bookings.id, booking.id))
      .returning();
    return updated;
  });

  // ok: missing-auth
  fastify.delete<{ Params: IdParams }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const [booking] = await db.select().from(bookings).where(eq(bookings.id, request.params.id));
    if (!booking || booking.userId !== request.user.sub) return reply.code(404).send({ error: 'not found' });
    await db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, booking.id));
    return reply.code(204).send();
  });
};

export default bookingRoutes;
