import { z } from 'zod';

const schema = z.object({ deliveryId: z.string(), body: z.string().min(1).max(2000) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const { deliveryId, body } = await readValidatedBody(event, schema.parse);
  // ok: unscoped-tenant-query
  const delivery = await prisma.delivery.findUnique({ where: { id: deliveryId }, select: { id: true, workspaceId: true } });
  if (!delivery) throw createError({ statusCode: 404, statusMessage: 'Delivery not found' });
  await requireWorkspaceMember(event, delivery.workspaceId);
  return prisma.comment.create({ data: { deliveryId: delivery.id, authorId: user.id, body } });
});
