import Router from '@koa/router';
import compose from 'koa-compose';
import { z } from 'zod';
import { requireRole } from '../middleware/roles';
import { db } from '../lib/db';
import { currentUser, tenantBookings, tenantFacilities } from '../services/tenantScope';

export const bookingsRouter = new Router();

const BookingInput = z.object({
  facilityId: z.string().uuid(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  notes: z.string().max(500).optional(),
});

bookingsRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await tenantBookings(ctx)
    .join('facilities', 'facilities.id', 'bookings.facility_id')
    .select('bookings.*', 'facilities.name as facility_name')
    .where('bookings.starts_at', '>=', ctx.query.from ?? db.fn.now())
    .orderBy('bookings.starts_at');
});

bookingsRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const booking = await db('bookings').where('id', ctx.params.id).first();
  if (!booking) ctx.throw(404);
  ctx.body = booking;
});

// ok: missing-input-validation
bookingsRouter.post('/', async (ctx) => {
  const input = BookingInput.parse(ctx.request.body);
  const user = currentUser(ctx);
  // ok: unscoped-tenant-query
  const facility = await tenantFacilities(ctx).where('id', input.facilityId).first();
  if (!facility) ctx.throw(422, 'unknown facility');
  try {
    const [booking] = await db('bookings')
      .insert({
        tenant_id: user.tenantId,
        facility_id: facility.id,
        user_id: user.sub,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        notes: input.notes,
      })
      .returning('*');
    ctx.status = 201;
    ctx.body = booking;
  } catch (err: any) {
    ctx.status = 409;
    // expect: error-details-leak
    ctx.body = { error: 'could not book', detail: err.message, constraint: err.constraint };
  }
});

// members cancel their own bookings
bookingsRouter.post('/:id/cancel', async (ctx) => {
  const user = currentUser(ctx);
  // ok: unscoped-tenant-query
  const count = await db('bookings')
    .where({ id: ctx.params.id, user_id: user.sub, tenant_id: user.tenantId })
    .update({ status: 'cancelled' });
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

bookingsRouter.delete('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  await db('bookings').where({ id: ctx.params.id }).del();
  ctx.status = 204;
});

const managerOnly = compose([requireRole('manager', 'admin')]);

// ok: missing-input-validation
bookingsRouter.post('/bulk-cancel', managerOnly, async (ctx) => {
  const { ids } = z.object({ ids: z.array(z.string().uuid()).max(200) }).parse(ctx.request.body);
  // expect: unscoped-tenant-query
  await db('bookings').whereIn('id', ids).update({ status: 'cancelled' });
  ctx.status = 204;
});

export const bookingNotesRouter = new Router();

bookingNotesRouter.param('bookingId', async (id, ctx, next) => {
  // ok: unscoped-tenant-query
  ctx.state.booking = await tenantBookings(ctx).where('bookings.id', id).first();
  if (!ctx.state.booking) ctx.throw(404);
  await next();
});

// ok: missing-input-validation
bookingNotesRouter.put('/:bookingId/notes', async (ctx) => {
  const { notes } = z.object({ notes: z.string().max(500) }).parse(ctx.request.body);
  // ok: unscoped-tenant-query
  await db('bookings').where({ id: ctx.state.booking.id }).update({ notes });
  ctx.status = 204;
});
