import type { H3Event } from 'h3';
import { serverSupabaseServiceRole, serverSupabaseUser } from '#supabase/server';

export async function requireUser(event: H3Event) {
  const user = await serverSupabaseUser(event);
  if (!user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  return user;
}

export async function requireMember(event: H3Event, workspaceId: string) {
  const user = await requireUser(event);
  const admin = serverSupabaseServiceRole(event);
  const { data: member } = await admin
    .from('members')
    .select('id, role, workspace_id')
    .eq('workspace_id', workspaceId)
    .eq('user_id', user.id)
    .maybeSingle();
  if (!member) throw createError({ statusCode: 403, statusMessage: 'Not a member of this workspace' });
  return { user, member };
}

export async function currentMembership(event: H3Event) {
  const user = await requireUser(event);
  const { data: member } = await serverSupabaseServiceRole(event)
    .from('members')
    .select('id, role, workspace_id')
    .eq('user_id', user.id)
    .single();
  if (!member) throw createError({ statusCode: 403, statusMessage: 'No workspace' });
  return { user, member };
}

export async function requireOwner(event: H3Event, workspaceId: string) {
  const ctx = await requireMember(event, workspaceId);
  if (ctx.member.role !== 'owner') throw createError({ statusCode: 403, statusMessage: 'Owners only' });
  return ctx;
}
