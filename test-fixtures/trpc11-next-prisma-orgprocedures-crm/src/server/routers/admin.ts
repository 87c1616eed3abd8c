import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { adminProcedure, createTRPCRouter, orgProcedure, protectedProcedure } from '../trpc';

export const adminRouter = createTRPCRouter({
  // ok: missing-role-check
  members: adminProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    ctx.prisma.membership.findMany({
      where: { orgId: ctx.orgId },
      include: { user: { select: { email: true, name: true } } },
    }),
  ),

  // ok: missing-role-check
  setRole: adminProcedure
    .input(z.object({ userId: z.string(), role: z.enum(['MEMBER', 'ADMIN']) }))
    .mutation(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.membership.update({
        where: { orgId_userId: { orgId: ctx.orgId, userId: input.userId } },
        data: { role: input.role },
      });
    }),

  // any member can kick any other member out
  // expect: missing-role-check
  removeMember: orgProcedure.input(z.object({ userId: z.string() })).mutation(async ({ ctx, input }) => {
    if (input.userId === ctx.session.user.id) throw new TRPCError({ code: 'BAD_REQUEST' });
    // ok: unscoped-tenant-query
    await ctx.prisma.membership.delete({ where: { orgId_userId: { orgId: ctx.orgId, userId: input.userId } } });
    return { ok: true };
  }),

  // platform staff dashboard: every organization
  // ok: missing-role-check
  allOrganizations: protectedProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const me = await ctx.prisma.user.findUnique({ where: { id: ctx.session.user.id } });
    if (!me?.isStaff) throw new TRPCError({ code: 'FORBIDDEN' });
    // ok: unscoped-tenant-query
    return ctx.prisma.organization.findMany({ select: { id: true, name: true, createdAt: true } });
  }),

  // expect: missing-role-check
  deleteUser: protectedProcedure.input(z.object({ userId: z.string() })).mutation(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    await ctx.prisma.membership.deleteMany({ where: { userId: input.userId } });
    // the user row is its own owner's: deleting another account by the client's id
    // expect: unscoped-tenant-query
    return ctx.prisma.user.delete({ where: { id: input.userId } });
  }),
});
