import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { requireSupabaseAuth } from '@/integrations/supabase/auth-middleware';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

async function assertAdmin(userId: string) {
  const { data: isAdmin } = await supabaseAdmin.rpc('has_role', { _user_id: userId, _role: 'admin' });
  if (!isAdmin) {
    throw new Response('Forbidden', { status: 403 });
  }
}

// ok: missing-auth, missing-role-check
export const adminListMembers = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .handler(async ({ context }) => {
    await assertAdmin(context.userId);
    // ok: unscoped-tenant-query
    const { data } = await supabaseAdmin.from('profiles').select('id, full_name, created_at').order('created_at', { ascending: false });
    return data ?? [];
  });

// ok: missing-auth, missing-role-check
export const adminSetRole = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ userId: z.string().uuid(), role: z.enum(['admin', 'coach', 'member']) }))
  .handler(async ({ data, context }) => {
    await assertAdmin(context.userId);
    // ok: unscoped-tenant-query
    const { error } = await supabaseAdmin.from('user_roles').upsert({ user_id: data.userId, role: data.role });
    if (error) throw new Error('Could not set role');
    return { ok: true };
  });

// deleting an account: the admin check was forgotten here
// expect: missing-role-check
export const adminDeleteUser = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ userId: z.string().uuid() }))
  .handler(async ({ data }) => {
    const { error } = await supabaseAdmin.auth.admin.deleteUser(data.userId);
    if (error) throw new Error('Could not delete user');
    return { ok: true };
  });

// coaches promote members to coach: the check reads the role from the caller's own profile row
// ok: missing-auth, missing-role-check
export const promoteToCoach = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ userId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    const { data: roles } = await context.supabase.from('user_roles').select('role').eq('user_id', context.userId);
    if (!roles?.some((r) => r.role === 'admin')) {
      throw new Response('Forbidden', { status: 403 });
    }
    // ok: unscoped-tenant-query
    await supabaseAdmin.from('user_roles').insert({ user_id: data.userId, role: 'coach' });
    return { ok: true };
  });

// the admin dashboard's revenue table: every member's payments, and no admin check
// expect: missing-role-check
export const adminListPayments = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .handler(async () => {
    // expect: unscoped-tenant-query
    const { data } = await supabaseAdmin.from('payments').select('id, user_id, amount_cents, status, created_at').order('created_at', { ascending: false }).limit(500);
    return data ?? [];
  });
