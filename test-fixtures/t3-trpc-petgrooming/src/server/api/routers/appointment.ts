import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { assertPetInOrg } from "@/server/api/guards";
import { createTRPCRouter, orgProcedure, publicProcedure } from "@/server/api/trpc";

const bookInput = z.object({
  petId: z.string().cuid(),
  groomerId: z.string().cuid().optional(),
  startsAt: z.coerce.date(),
  durationMinutes: z.number().int().min(15).max(240),
});

export const appointmentRouter = createTRPCRouter({
  upcoming: orgProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.appointment.findMany({
      where: { organizationId: ctx.orgId, startsAt: { gte: new Date() } },
      include: { pet: true, groomer: { select: { name: true } } },
      orderBy: { startsAt: "asc" },
    });
  }),

  // ok: missing-input-validation
  book: orgProcedure.input(bookInput).mutation(async ({ ctx, input }) => {
    const pet = await assertPetInOrg(ctx.db, ctx.orgId, input.petId);
    const endsAt = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
    return ctx.db.appointment.create({
      data: { organizationId: ctx.orgId, petId: pet.id, groomerId: input.groomerId, startsAt: input.startsAt, endsAt },
    });
  }),

  cancel: orgProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const { count } = await ctx.db.appointment.updateMany({
      where: { id: input.id, organizationId: ctx.orgId },
      data: { status: "CANCELLED" },
    });
    if (count === 0) throw new TRPCError({ code: "NOT_FOUND" });
    return { ok: true };
  }),

  // Customers reschedule from the link in their reminder email.
  // expect: missing-auth
  reschedule: publicProcedure.input(z.object({ id: z.string(), startsAt: z.coerce.date() })).mutation(async ({ ctx, input }) => {
    const appt = await ctx.db.appointment.findUniqueOrThrow({ where: { id: input.id } });
    const duration = appt.endsAt.getTime() - appt.startsAt.getTime();
    return ctx.db.appointment.update({
      where: { id: appt.id },
      data: { startsAt: input.startsAt, endsAt: new Date(input.startsAt.getTime() + duration), status: "RESCHEDULED" },
    });
  }),

  stats: orgProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.appointment.groupBy({ by: ["status"], where: { organizationId: ctx.orgId }, _count: true });
  }),
});
