import { z } from 'zod';

const bodySchema = z.object({ status: z.enum(['PICKED_UP', 'DELIVERED', 'FAILED']) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const driver = event.context.driver as DriverClaims;
  const id = getRouterParam(event, 'id')!;
  const { status } = await readValidatedBody(event, bodySchema.parse);
  // expect: unscoped-tenant-query
  const delivery = await prisma.delivery.update({ where: { id }, data: { status } });
  if (delivery.driverId !== driver.sub) {
    throw createError({ statusCode: 404, statusMessage: 'Job not found' });
  }
  return delivery;
});
