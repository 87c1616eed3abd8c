import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { requireSupabaseAuth } from '@/integrations/supabase/auth-middleware';
import { supabaseAdmin } from '@/integrations/supabase/client.server';
import { createClient } from '@supabase/supabase-js';

const anonClient = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_PUBLISHABLE_KEY!, { auth: { persistSession: false } });

// public timetable: published classes only
// ok: missing-auth
export const getTimetable = createServerFn({ method: 'GET' }).handler(async () => {
  // ok: unscoped-tenant-query
  const { data, error } = await supabaseAdmin.from('classes').select('id, title, starts_at, capacity').eq('is_published', true).order('starts_at');
  if (error) throw new Error('Could not load the timetable');
  return data;
});

// ok: missing-auth
export const getMyBookings = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .handler(async ({ context }) => {
    const { supabase } = context;
    // ok: unscoped-tenant-query
    const { data, error } = await supabase.from('bookings').select('*, classes(title, starts_at)').order('created_at', { ascending: false });
    if (error) throw new Error(error.message);
    return data;
  });

// ok: missing-auth, missing-input-validation
export const bookClass = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator((input: unknown) => z.object({ classId: z.string().uuid() }).parse(input))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { error } = await context.supabase.from('bookings').insert({ class_id: data.classId, user_id: context.userId });
    if (error) throw new Error('Booking failed');
    return { ok: true };
  });

// RLS on bookings keeps this to the caller's own rows
// ok: missing-auth
export const cancelBooking = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ bookingId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { error } = await context.supabase.from('bookings').update({ status: 'cancelled' }).eq('id', data.bookingId);
    if (error) throw new Error('Cancel failed');
    return { ok: true };
  });

// the roster is read with the service role "because RLS hid other members' bookings"
// ok: missing-auth
export const getClassRoster = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ classId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    const { data: rows, error } = await supabaseAdmin.from('bookings').select('id, status, profiles(full_name)').eq('class_id', data.classId);
    if (error) throw new Error('Could not load roster');
    return rows;
  });

// the coach's own classes, scoped with the service role by the verified user id
// ok: missing-auth
export const getCoachClasses = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    const { data, error } = await supabaseAdmin.from('classes').select('*').eq('coach_id', context.userId);
    if (error) throw new Error('Could not load classes');
    return data;
  });

// called from the class page "as the user" but nothing checks who calls it
// expect: missing-auth
export const getClassAttendees = createServerFn({ method: 'GET' })
  .inputValidator(z.object({ classId: z.string().uuid() }))
  .handler(async ({ data }) => {
    const { data: rows } = await supabaseAdmin.from('bookings').select('user_id, profiles(full_name, avatar_url)').eq('class_id', data.classId);
    return rows ?? [];
  });

// a class detail with the anon (publishable) client: RLS shows published classes only
// ok: missing-auth
export const getClassDetails = createServerFn({ method: 'GET' })
  .inputValidator(z.object({ classId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // ok: unscoped-tenant-query
    const { data: row } = await anonClient.from('classes').select('id, title, starts_at, capacity').eq('id', data.classId).maybeSingle();
    return row;
  });
