import { z } from 'zod';
import { serverSupabaseServiceRole } from '#supabase/server';

const Invite = z.object({ workspaceId: z.string().uuid(), email: z.string().email() });

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { workspaceId, email } = await readValidatedBody(event, Invite.parse);
  const { member } = await requireMember(event, workspaceId);
  if (member.role === 'agent') throw createError({ statusCode: 403, statusMessage: 'Managers only' });
  const config = useRuntimeConfig(event);
  const { error } = await serverSupabaseServiceRole(event).auth.admin.inviteUserByEmail(email, {
    redirectTo: `${config.public.siteUrl}/confirm`,
    data: { workspace_id: workspaceId },
  });
  if (error) throw createError({ statusCode: 400, statusMessage: 'Could not invite' });
  await mailer.sendMail({ to: email, subject: 'You were invited to Clientdesk', text: 'Check your inbox for the link.' });
  return { invited: true };
});
