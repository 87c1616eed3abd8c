import { PlatformRole } from "@prisma/client";
import { z } from "zod";

import { adminProcedure, createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const adminRouter = createTRPCRouter({
  // ok: missing-role-check
  organizations: adminProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.organization.findMany({
      include: { _count: { select: { users: true, appointments: true } } },
      orderBy: { createdAt: "desc" },
    });
  }),

  // ok: missing-role-check
  setPlatformRole: adminProcedure.input(z.object({ userId: z.string(), platformRole: z.nativeEnum(PlatformRole) })).mutation(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.user.update({ where: { id: input.userId }, data: { platformRole: input.platformRole } });
  }),

  // expect: missing-role-check
  auditLog: protectedProcedure.input(z.object({ organizationId: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.auditLog.findMany({
      where: { organizationId: input.organizationId },
      orderBy: { createdAt: "desc" },
      take: 200,
    });
  }),
});
