import { Elysia, t } from 'elysia';
import { prisma } from '../lib/db';
import { jwtPlugin, requireUser, type AuthUser } from '../plugins/auth';

function requireOwner({ user, set }: { user: AuthUser | null; set: { status?: number | string } }) {
  if (user?.role !== 'owner') {
    set.status = 403;
    return { error: 'owners only' };
  }
}

export const staffModule = new Elysia({ prefix: '/staff' })
  .use(requireUser)
  // ok: unscoped-tenant-query
  .get('/', ({ user }) => prisma.user.findMany({ where: { businessId: user!.businessId }, select: { id: true, email: true, role: true } }))
  .guard({ beforeHandle: [requireOwner] }, (owners) =>
    owners
      // ok: missing-role-check
      .delete('/:id', async ({ params, user }) => {
        // ok: unscoped-tenant-query
        const { count } = await prisma.user.deleteMany({ where: { id: params.id, businessId: user!.businessId } });
        return { deleted: count };
      })
      // ok: missing-role-check, missing-input-validation
      .patch(
        '/:id/role',
        async ({ params, body, user }) => {
          // ok: unscoped-tenant-query
          const { count } = await prisma.user.updateMany({ where: { id: params.id, businessId: user!.businessId }, data: { role: body.role } });
          return { updated: count };
        },
        { body: t.Object({ role: t.Union([t.Literal('owner'), t.Literal('staff')]) }) },
      ),
  );

// exports for the accountant's spreadsheet
export const exportsModule = new Elysia({ prefix: '/exports' })
  .use(jwtPlugin)
  // (@elysiajs/jwt's verify answers false for a bad token and nothing tests it: Prisma drops the undefined businessId)
  // expect: missing-auth, missing-rate-limit
  .get('/bookings.csv', async ({ jwt, headers, set }) => {
    const claims = await jwt.verify(headers.authorization?.replace('Bearer ', ''));
    const rows = await prisma.booking.findMany({
      where: { businessId: (claims as unknown as AuthUser).businessId },
      include: { service: { select: { name: true } } },
    });
    set.headers['content-type'] = 'text/csv';
    return ['id,customer,service,starts', ...rows.map((b) => `${b.id},${b.customerName},${b.service.name},${b.startsAt.toISOString()}`)].join('\n');
  });

// late hook: registered after the route above it
export const calendarModule = new Elysia({ prefix: '/calendar' })
  .use(jwtPlugin)
  // expect: missing-auth
  .get('/feed/:businessId', ({ params }) =>
    prisma.booking.findMany({ where: { businessId: params.businessId }, select: { startsAt: true, customerName: true } }),
  )
  .onBeforeHandle(async ({ jwt, headers, set }) => {
    const ok = await jwt.verify(headers.authorization?.replace('Bearer ', ''));
    if (!ok) {
      set.status = 401;
      return 'unauthorized';
    }
  })
  // ok: missing-auth
  .get('/feed/:businessId/today', async ({ params, jwt, headers }) => {
    const claims = (await jwt.verify(headers.authorization?.replace('Bearer ', ''))) as unknown as AuthUser;
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    // expect: unscoped-tenant-query
    return prisma.booking.findMany({ where: { businessId: params.businessId, startsAt: { gte: start } } });
  });
