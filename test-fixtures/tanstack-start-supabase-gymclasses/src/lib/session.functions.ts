import { createServerFn } from '@tanstack/react-start';
import { setCookie } from '@tanstack/react-start/server';
import { z } from 'zod';
import { requireSupabaseAuth } from '@/integrations/supabase/auth-middleware';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

// keeps the refresh token in a cookie so the SSR loader can refresh the session
// ok: missing-auth
export const persistSession = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ refreshToken: z.string().min(10) }))
  .handler(async ({ data }) => {
    // expect: insecure-cookie
    setCookie('sb-refresh-token', data.refreshToken, { path: '/', maxAge: 60 * 60 * 24 * 30, sameSite: 'lax' });
    return { ok: true };
  });

// admins (a claim set by the admin console) mark a member as staff-comped
// ok: missing-auth, missing-role-check
export const compMembership = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ userId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    const role = (context.claims.app_metadata as { role?: string } | undefined)?.role;
    if (role !== 'admin') {
      throw new Response('Forbidden', { status: 403 });
    }
    // ok: unscoped-tenant-query
    await supabaseAdmin.from('payments').insert({ user_id: data.userId, amount_cents: 0, status: 'comped' });
    return { ok: true };
  });

// a member moves their own booking to another class: the booking is looked up with the service role by id only
// ok: missing-auth
export const moveBooking = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid(), classId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    await supabaseAdmin.from('bookings').update({ class_id: data.classId }).eq('id', data.bookingId);
    return { ok: true };
  });

// the same move, checking the row's owner first
// ok: missing-auth
export const moveOwnBooking = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid(), classId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { data: booking } = await supabaseAdmin.from('bookings').select('id, user_id').eq('id', data.bookingId).single();
    if (!booking || booking.user_id !== context.userId) {
      throw new Response('Not found', { status: 404 });
    }
    // ok: unscoped-tenant-query
    await supabaseAdmin.from('bookings').update({ class_id: data.classId }).eq('id', booking.id);
    return { ok: true };
  });
