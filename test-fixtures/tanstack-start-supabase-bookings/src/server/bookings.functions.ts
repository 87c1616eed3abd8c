import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { requireSupabaseAuth } from '../integrations/supabase/auth-middleware';
import { supabaseAdmin } from '../integrations/supabase/client.server';

const BookClass = z.object({ classId: z.string().uuid(), studioId: z.string().uuid() });

// ok: missing-auth
export const myBookings = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    const { data, error } = await context.supabase.from('bookings').select('id, status, classes(title, starts_at)').eq('user_id', context.userId);
    if (error) throw new Error('Could not load bookings');
    return data;
  });

// row-level security decides which class rows the caller may read
// ok: missing-auth
export const classDetails = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .inputValidator((d: unknown) => z.object({ classId: z.string().uuid() }).parse(d))
  .handler(async ({ data, context }) => {
    const { supabase } = context;
    // ok: unscoped-tenant-query
    const { data: row } = await supabase.from('classes').select('*').eq('id', data.classId).single();
    return row;
  });

// ok: missing-auth, missing-input-validation
export const bookClass = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(BookClass)
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { error } = await context.supabase.from('bookings').insert({ class_id: data.classId, studio_id: data.studioId, user_id: context.userId });
    if (error) throw new Error('Booking failed');
    return { ok: true };
  });

// the admin client skips row-level security: cancelling by id alone cancels anyone's booking
// ok: missing-auth
export const cancelBooking = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    const { error } = await supabaseAdmin.from('bookings').update({ status: 'cancelled' }).eq('id', data.bookingId);
    if (error) throw new Error('Cancel failed');
    return { ok: true };
  });

// ok: missing-auth
export const cancelOwnBooking = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { error } = await supabaseAdmin
      .from('bookings')
      .update({ status: 'cancelled' })
      .eq('id', data.bookingId)
      .eq('user_id', context.userId);
    if (error) throw new Error('Cancel failed');
    return { ok: true };
  });

// the studio's public timetable widget; an anonymous call reads every studio's roster through the admin client
// expect: missing-auth
export const classRoster = createServerFn({ method: 'GET' })
  .inputValidator(z.object({ classId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // ok: unscoped-tenant-query
    const { data: rows } = await supabaseAdmin.from('bookings').select('user_id, status').eq('class_id', data.classId);
    return rows ?? [];
  });

// the caller's client: row-level security limits bookings to the caller's own
// ok: missing-auth
export const bookingReceipt = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { data: booking } = await context.supabase.from('bookings').select('id, status, classes(title)').eq('id', data.bookingId).maybeSingle();
    return booking;
  });

// ok: missing-auth
export const leaveClass = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid() }))
  .handler(async ({ data, context: { supabase } }) => {
    // ok: unscoped-tenant-query
    await supabase.from('bookings').delete().eq('id', data.bookingId);
    return { ok: true };
  });
