import { z } from 'zod';

const querySchema = z.object({
  status: z.enum(['PENDING', 'ASSIGNED', 'PICKED_UP', 'DELIVERED', 'FAILED']).optional(),
  take: z.coerce.number().int().min(1).max(200).default(50),
});

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  await requireWorkspaceMember(event, workspaceId);
  const { status, take } = await getValidatedQuery(event, querySchema.parse);
  // ok: unscoped-tenant-query
  return prisma.delivery.findMany({
    where: { workspaceId, ...(status ? { status } : {}) },
    orderBy: { createdAt: 'desc' },
    take,
  });
});
