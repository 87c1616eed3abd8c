import { data, redirect } from "react-router";
import { prisma } from "~/db.server";
import { getSession } from "~/sessions.server";

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await getSession(request.headers.get("Cookie"));
  return session.get("userId");
}

export async function requireUserId(request: Request, redirectTo = new URL(request.url).pathname): Promise<string> {
  const userId = await getUserId(request);
  if (!userId) {
    const params = new URLSearchParams({ redirectTo });
    throw redirect(`/login?${params}`);
  }
  return userId;
}

export async function requireUser(request: Request) {
  const userId = await requireUserId(request);
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, teamId: true },
  });
  if (!user) throw redirect("/logout");
  return user;
}

/** Tally staff only: the support console under /admin. */
export async function requireSuperadmin(request: Request) {
  const user = await requireUser(request);
  if (user.role !== "superadmin") throw data("Forbidden", { status: 403 });
  return user;
}
