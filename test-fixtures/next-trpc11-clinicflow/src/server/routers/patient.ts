import { z } from 'zod';
import { orgProcedure, router } from '../trpc';

const patientInput = z.object({
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  notes: z.string().max(4000).optional(),
});

export const patientRouter = router({
  // ok: missing-auth
  list: orgProcedure
    .input(z.object({ search: z.string().max(80).optional() }))
    .query(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.db.patient.findMany({
        where: { orgId: ctx.orgId, archived: false, lastName: { contains: input.search } },
        orderBy: { lastName: 'asc' },
      });
    }),

  byId: orgProcedure.input(z.object({ id: z.string().cuid() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.patient.findFirst({ where: { id: input.id, orgId: ctx.orgId } });
  }),

  create: orgProcedure.input(patientInput).mutation(({ ctx, input }) => {
    return ctx.db.patient.create({ data: { ...input, orgId: ctx.orgId } });
  }),

  update: orgProcedure
    .input(patientInput.partial().extend({ id: z.string().cuid() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...data } = input;
      // expect: unscoped-tenant-query
      return ctx.db.patient.update({ where: { id }, data });
    }),

  // expect: missing-rate-limit
  exportCsv: orgProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.patient.findMany({ where: { orgId: ctx.orgId } });
    return rows.map((p) => [p.id, p.firstName, p.lastName].join(',')).join('\n');
  }),
});
