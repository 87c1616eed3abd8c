import { z } from 'zod';
import { adminProcedure, orgProcedure, router } from '../trpc';

export const adminRouter = router({
  setMemberRole: adminProcedure
    .input(z.object({ membershipId: z.string(), role: z.enum(['STAFF', 'ADMIN']) }))
    .mutation(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.db.membership.updateMany({
        where: { id: input.membershipId, orgId: ctx.orgId },
        data: { role: input.role },
      });
    }),

  // ok: unscoped-tenant-query
  allClinics: adminProcedure.query(({ ctx }) => ctx.db.organization.findMany({ orderBy: { name: 'asc' } })),

  // expect: missing-role-check
  removeMember: orgProcedure.input(z.object({ userId: z.string() })).mutation(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.membership.deleteMany({ where: { userId: input.userId, orgId: ctx.orgId } });
  }),
});
