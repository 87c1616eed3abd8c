import { z } from 'zod';

const ReviewInput = z.object({ rating: z.number().int().min(1).max(5), body: z.string().max(5000) });

// ok: missing-input-validation
export default defineEventHandler(async (event) => {
  await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  const data = await readValidatedBody(event, ReviewInput.parse);
  // expect: unscoped-tenant-query
  return prisma.review.update({ where: { id }, data });
});
