import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { requireSupabaseAuth } from '@/integrations/supabase/auth-middleware';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

// coach_notes has no RLS policy yet: the user client reads every coach's notes about a member
// ok: missing-auth
export const getNotesForMember = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ memberId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // expect: unscoped-tenant-query
    const { data: notes } = await context.supabase.from('coach_notes').select('*').eq('member_id', data.memberId);
    return notes ?? [];
  });

// ok: missing-auth, missing-input-validation
export const addNote = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ memberId: z.string().uuid(), body: z.string().min(1).max(4000) }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await context.supabase.from('coach_notes').insert({ user_id: context.userId, member_id: data.memberId, body: data.body });
    return { ok: true };
  });

// the note editor: the coach's own notes only
// ok: missing-auth, missing-input-validation
export const editNote = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ noteId: z.string().uuid(), body: z.string().min(1).max(4000) }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await context.supabase.from('coach_notes').update({ body: data.body }).eq('id', data.noteId).eq('user_id', context.userId);
    return { ok: true };
  });

// a quick-edit of a class written without the validator "because the form already checks it"
// expect: missing-input-validation
export const renameClass = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator((d: { classId: string; title: string; capacity: number }) => d)
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await context.supabase.from('classes').update({ title: data.title, capacity: data.capacity }).eq('id', data.classId);
    return { ok: true };
  });

// deleting a note through the user client: coach_notes has no RLS, so any signed-in user deletes any note
// ok: missing-auth
export const deleteNote = createServerFn({ method: 'POST' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ noteId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // expect: unscoped-tenant-query
    await context.supabase.from('coach_notes').delete().eq('id', data.noteId);
    return { ok: true };
  });
