import { z } from 'zod';

const schema = z.object({ body: z.string().min(1).max(2000) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id')!;
  const { body } = await readValidatedBody(event, schema.parse);
  // ok: unscoped-tenant-query
  const comment = await prisma.comment.findUnique({ where: { id } });
  if (!comment || comment.authorId !== user.id) {
    throw createError({ statusCode: 404, statusMessage: 'Comment not found' });
  }
  // ok: unscoped-tenant-query
  return prisma.comment.update({ where: { id: comment.id }, data: { body } });
});
