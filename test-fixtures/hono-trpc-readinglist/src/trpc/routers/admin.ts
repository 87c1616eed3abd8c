import { eq } from "drizzle-orm";
import { z } from "zod";

import { users } from "../../db/schema";
import { adminProcedure, router } from "../init";

export const adminRouter = router({
  // ok: missing-auth, missing-role-check
  users: adminProcedure().query(async ({ ctx }) => {
    return ctx.db.select({ id: users.id, email: users.email, role: users.role }).from(users);
  }),

  // ok: missing-auth, missing-role-check
  setRole: adminProcedure()
    .input(z.object({ userId: z.string(), role: z.enum(["admin", "user"]) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.update(users).set({ role: input.role }).where(eq(users.id, input.userId));
    }),
});
