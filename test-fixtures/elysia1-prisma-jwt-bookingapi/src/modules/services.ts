import { Elysia, t } from 'elysia';
import { prisma } from '../lib/db';
import { requireUser } from '../plugins/auth';

const ServiceBody = t.Object({
  name: t.String({ maxLength: 80 }),
  durationMin: t.Integer({ minimum: 5, maximum: 480 }),
  priceCents: t.Integer({ minimum: 0 }),
  active: t.Optional(t.Boolean()),
});

export const servicesModule = new Elysia({ prefix: '/services' })
  .use(requireUser)
  // ok: unscoped-tenant-query
  .get('/', ({ user }) => prisma.service.findMany({ where: { businessId: user!.businessId } }))
  // ok: missing-input-validation
  .post('/', ({ body, user }) => prisma.service.create({ data: { ...body, businessId: user!.businessId } }), { body: ServiceBody })
  .put(
    '/:id',
    // expect: unscoped-tenant-query
    ({ params, body }) => prisma.service.update({ where: { id: params.id }, data: body }),
    { body: ServiceBody },
  )
  // expect: missing-rate-limit
  .post(
    '/:id/image',
    async ({ params, body, user, set }) => {
      // ok: unscoped-tenant-query
      const service = await prisma.service.findFirst({ where: { id: params.id, businessId: user!.businessId } });
      if (!service) {
        set.status = 404;
        return { error: 'not found' };
      }
      const path = `uploads/${service.id}-${body.image.name}`;
      await Bun.write(path, body.image);
      // ok: unscoped-tenant-query
      return prisma.service.update({ where: { id: service.id }, data: { imageUrl: `/${path}` } });
    },
    // expect: unrestricted-upload
    { body: t.Object({ image: t.File() }) },
  );
