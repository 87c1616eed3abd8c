import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";

export const actionClientUser = createSafeActionClient().use(async ({ next }) => {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.user.id } });
});
