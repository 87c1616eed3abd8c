import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const driverInput = z.object({
  fullName: z.string().min(1).max(120),
  licenseNo: z.string().regex(/^[A-Z0-9-]{5,20}$/),
  phone: z.string().max(32).optional(),
});

// Loaded with `app.register(import('./routes/drivers'), { prefix: '/drivers' })`; zod schemas through the type provider.
const driverRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { prisma } = fastify;

  // ok: missing-auth
  app.get('/', { onRequest: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.driver.findMany({ where: { companyId: request.user.companyId }, orderBy: { fullName: 'asc' } });
  });

  // ok: missing-auth, missing-input-validation
  app.post('/', { onRequest: [fastify.authenticate], schema: { body: driverInput } }, async (request, reply) => {
    const driver = await prisma.driver.create({ data: { ...request.body, companyId: request.user.companyId } });
    return reply.code(201).send(driver);
  });

  // ok: missing-auth
  app.get('/:id', { onRequest: [fastify.authenticate], schema: { params: z.object({ id: z.string() }) } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const driver = await prisma.driver.findUnique({ where: { id: request.params.id } });
    return driver ?? reply.code(404).send({ error: 'not found' });
  });

  // the driver app's lookup by licence number, before its onRequest was wired up
  // expect: missing-auth
  app.get('/by-license/:licenseNo', { schema: { params: z.object({ licenseNo: z.string() }) } }, async (request) => {
    return prisma.driver.findFirst({ where: { licenseNo: request.params.licenseNo } });
  });
};

export default driverRoutes;
