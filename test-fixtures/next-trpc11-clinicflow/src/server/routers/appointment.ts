import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { protectedProcedure, router } from '../trpc';
import { assertPatientInOrg } from '../guards';

export const appointmentRouter = router({
  byId: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const appt = await ctx.db.appointment.findUnique({ where: { id: input.id }, include: { patient: true } });
    if (!appt) throw new TRPCError({ code: 'NOT_FOUND' });
    return appt;
  }),

  forPatient: protectedProcedure.input(z.object({ patientId: z.string() })).query(async ({ ctx, input }) => {
    await assertPatientInOrg(ctx.session.orgId, input.patientId);
    // ok: unscoped-tenant-query
    return ctx.db.appointment.findMany({ where: { patientId: input.patientId }, orderBy: { startsAt: 'desc' } });
  }),

  listForOrg: protectedProcedure.input(z.object({ orgId: z.string() })).query(({ ctx, input }) => {
    // the organization comes from the client, not from the session
    // expect: unscoped-tenant-query
    return ctx.db.appointment.findMany({ where: { orgId: input.orgId }, orderBy: { startsAt: 'asc' } });
  }),

  cancel: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const appt = await ctx.db.appointment.findUnique({ where: { id: input.id } });
    if (!appt || appt.orgId !== ctx.session.orgId) {
      throw new TRPCError({ code: 'NOT_FOUND' });
    }
    // ok: unscoped-tenant-query
    return ctx.db.appointment.update({ where: { id: appt.id }, data: { status: 'CANCELLED' } });
  }),
});
