import { Elysia, t } from 'elysia';
import { prisma } from '../lib/db';
import { requireUser } from '../plugins/auth';

export const bookingsModule = new Elysia({ prefix: '/bookings' })
  .use(requireUser)
  .get('/', ({ user, query }) =>
    // ok: unscoped-tenant-query
    prisma.booking.findMany({
      where: { businessId: user!.businessId, status: query.status ?? undefined },
      orderBy: { startsAt: 'asc' },
    }),
  )
  .get('/:id', async ({ params, set }) => {
    // expect: unscoped-tenant-query
    const booking = await prisma.booking.findUnique({ where: { id: params.id }, include: { service: true } });
    if (!booking) {
      set.status = 404;
      return { error: 'not found' };
    }
    return booking;
  })
  // expect: missing-input-validation
  .post('/', async ({ body, user, set }) => {
    const input = body as { serviceId: string; customerName: string; customerPhone: string; startsAt: string; notes?: string };
    // ok: unscoped-tenant-query
    const booking = await prisma.booking.create({
      data: { ...input, startsAt: new Date(input.startsAt), businessId: user!.businessId },
    });
    set.status = 201;
    return booking;
  })
  // ok: missing-input-validation
  .patch(
    '/:id',
    async ({ params, body, user }) => {
      // ok: unscoped-tenant-query
      const { count } = await prisma.booking.updateMany({
        where: { id: params.id, businessId: user!.businessId },
        data: { notes: body.notes, startsAt: body.startsAt ? new Date(body.startsAt) : undefined },
      });
      return { updated: count };
    },
    { body: t.Object({ notes: t.Optional(t.String({ maxLength: 500 })), startsAt: t.Optional(t.String({ format: 'date-time' })) }) },
  )
  .post('/:id/cancel', async ({ params, user, set }) => {
    // ok: unscoped-tenant-query
    const booking = await prisma.booking.findUnique({ where: { id: params.id } });
    if (!booking || booking.businessId !== user!.businessId) {
      set.status = 404;
      return { error: 'not found' };
    }
    // ok: unscoped-tenant-query
    return prisma.booking.update({ where: { id: booking.id }, data: { status: 'cancelled' } });
  })
  .delete('/:id', async ({ params }) => {
    // expect: unscoped-tenant-query
    await prisma.booking.delete({ where: { id: params.id } });
    return { deleted: true };
  });
