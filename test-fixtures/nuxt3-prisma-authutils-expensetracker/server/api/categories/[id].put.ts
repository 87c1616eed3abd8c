import { z } from 'zod';

const categorySchema = z.object({ name: z.string().min(1), color: z.string().optional() });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  const data = await readValidatedBody(event, categorySchema.parse);
  // expect: unscoped-tenant-query
  return prisma.category.update({ where: { id }, data });
});
