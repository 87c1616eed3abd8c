import { z } from 'zod';
import { serverSupabaseServiceRole } from '#supabase/server';

const RoleBody = z.object({ workspaceId: z.string().uuid(), role: z.enum(['agent', 'manager', 'owner']) });

// any member can promote anyone in their workspace, themselves included
// ok: missing-auth, missing-input-validation
// expect: missing-role-check
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, RoleBody.parse);
  await requireMember(event, body.workspaceId);
  // ok: unscoped-tenant-query
  const { data } = await serverSupabaseServiceRole(event)
    .from('members')
    .update({ role: body.role })
    .eq('id', getRouterParam(event, 'id'))
    .eq('workspace_id', body.workspaceId)
    .select()
    .single();
  return data;
});
