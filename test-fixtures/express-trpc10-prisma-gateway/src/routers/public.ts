import bcrypt from 'bcrypt';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { procedure, router } from '../trpc';

export const publicRouter = router({
  // ok: missing-auth
  status: procedure.query(() => ({ ok: true })),

  // ok: missing-rate-limit, missing-auth
  signup: procedure.input(z.object({ email: z.string().email(), password: z.string().min(10), team: z.string().min(2) })).mutation(async ({ ctx, input }) => {
    const team = await ctx.prisma.team.create({ data: { name: input.team } });
    const user = await ctx.prisma.user.create({
      data: { email: input.email, passwordHash: await bcrypt.hash(input.password, 12), teamId: team.id, role: 'owner' },
    });
    ctx.session.userId = user.id;
    return { id: user.id };
  }),

  // expect: missing-rate-limit
  login: procedure.input(z.object({ email: z.string().email(), password: z.string() })).mutation(async ({ ctx, input }) => {
    const user = await ctx.prisma.user.findUnique({ where: { email: input.email } });
    if (!user || !(await bcrypt.compare(input.password, user.passwordHash))) throw new TRPCError({ code: 'UNAUTHORIZED' });
    ctx.session.userId = user.id;
    return { id: user.id };
  }),

  // the public router is served without requireSession: a note by its id, anyone's
  // expect: missing-auth
  sharedNote: procedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => ctx.prisma.note.findUnique({ where: { id: input.id } })),
});
