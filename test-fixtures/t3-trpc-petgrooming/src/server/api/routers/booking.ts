import { z } from "zod";

import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";

/** The public salon page at pawspa.example/s/[slug]. */
export const bookingRouter = createTRPCRouter({
  // ok: missing-auth
  salonProfile: publicProcedure.input(z.object({ slug: z.string() })).query(({ ctx, input }) => {
    return ctx.db.organization.findFirst({
      where: { slug: input.slug, isPublished: true },
      select: { name: true, city: true, logoUrl: true, brandColor: true, openingHours: true },
    });
  }),
});
