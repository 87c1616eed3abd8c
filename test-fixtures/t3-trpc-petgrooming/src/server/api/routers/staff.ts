import { randomBytes } from "node:crypto";

import { Role } from "@prisma/client";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { env } from "@/env";
import { createTRPCRouter, managerProcedure, orgProcedure } from "@/server/api/trpc";
import { sendMail } from "@/server/mailer";

export const staffRouter = createTRPCRouter({
  list: orgProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.user.findMany({
      where: { organizationId: ctx.orgId },
      select: { id: true, name: true, email: true, role: true },
    });
  }),

  // expect: missing-rate-limit
  invite: orgProcedure.input(z.object({ email: z.string().email() })).mutation(async ({ ctx, input }) => {
    const token = randomBytes(24).toString("base64url");
    await ctx.db.invitation.create({
      data: {
        organizationId: ctx.orgId,
        email: input.email,
        token,
        expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
        invitedById: ctx.session.user.id,
      },
    });
    await sendMail(input.email, "Join your team on PawSpa", `${env.NEXT_PUBLIC_APP_URL}/invite/${token}`);
    return { ok: true };
  }),

  // ok: missing-role-check
  updateRole: managerProcedure.input(z.object({ userId: z.string(), role: z.nativeEnum(Role) })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const { count } = await ctx.db.user.updateMany({
      where: { id: input.userId, organizationId: ctx.orgId },
      data: { role: input.role },
    });
    if (count === 0) throw new TRPCError({ code: "NOT_FOUND" });
    return { ok: true };
  }),

  // expect: missing-role-check
  remove: orgProcedure.input(z.object({ userId: z.string() })).mutation(async ({ ctx, input }) => {
    if (input.userId === ctx.session.user.id) throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot remove yourself" });
    // ok: unscoped-tenant-query
    await ctx.db.user.delete({ where: { id: input.userId, organizationId: ctx.orgId } });
    return { ok: true };
  }),
});
