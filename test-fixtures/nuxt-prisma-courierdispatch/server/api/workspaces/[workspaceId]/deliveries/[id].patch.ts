import { z } from 'zod';

const patchSchema = z.object({
  status: z.enum(['PENDING', 'ASSIGNED', 'PICKED_UP', 'DELIVERED', 'FAILED']).optional(),
  driverId: z.string().nullable().optional(),
  notes: z.string().max(2000).optional(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const { workspaceId, id } = getRouterParams(event);
  await requireWorkspaceMember(event, workspaceId, ['OWNER', 'DISPATCHER']);
  const data = await readValidatedBody(event, patchSchema.parse);
  // expect: unscoped-tenant-query
  return prisma.delivery.update({ where: { id }, data });
});
