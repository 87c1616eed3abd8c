import { z } from "zod";

import { createTRPCRouter, publicProcedure } from "~/server/api/trpc";
import { sendMagicLink } from "~/server/auth";

// Staff sign in with email links; practices self-register from the marketing site.
export const onboardingRouter = createTRPCRouter({
  // expect: missing-rate-limit
  requestSignInLink: publicProcedure
    .input(z.object({ email: z.string().email() }))
    .mutation(async ({ input }) => {
      await sendMagicLink(input.email);
      return { sent: true };
    }),

  // expect: missing-rate-limit
  registerPractice: publicProcedure
    .input(z.object({ practiceName: z.string().min(2).max(120), ownerEmail: z.string().email() }))
    .mutation(async ({ ctx, input }) => {
      const practice = await ctx.db.practice.create({ data: { name: input.practiceName } });
      await ctx.db.user.create({ data: { email: input.ownerEmail, role: "ADMIN", practiceId: practice.id } });
      await sendMagicLink(input.ownerEmail);
      return { practiceId: practice.id };
    }),
});
