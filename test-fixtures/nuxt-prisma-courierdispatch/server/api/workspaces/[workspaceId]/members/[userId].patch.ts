import { z } from 'zod';

const schema = z.object({ role: z.enum(['OWNER', 'DISPATCHER', 'DRIVER']) });

// ok: missing-auth, missing-role-check, missing-input-validation
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  const userId = getRouterParam(event, 'userId')!;
  await requireWorkspaceMember(event, workspaceId, ['OWNER']);
  const { role } = await readValidatedBody(event, schema.parse);
  // ok: unscoped-tenant-query
  return prisma.workspaceMember.update({
    where: { workspaceId_userId: { workspaceId, userId } },
    data: { role },
  });
});
