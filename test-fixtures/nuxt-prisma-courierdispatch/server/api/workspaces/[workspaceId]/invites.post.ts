import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const schema = z.object({ email: z.string().email(), role: z.enum(['DISPATCHER', 'DRIVER']) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-role-check
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  await requireWorkspaceMember(event, workspaceId, ['OWNER']);
  await enforceRateLimit(event, 'invite');
  const { email, role } = await readValidatedBody(event, schema.parse);

  const invitation = await prisma.invitation.create({
    data: {
      workspaceId,
      email,
      role,
      token: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
  });
  const { appUrl } = useRuntimeConfig().public;
  // expect: token-logging
  console.log(`invitation for ${email}: ${appUrl}/join?token=${invitation.token}`);
  return { id: invitation.id };
});
