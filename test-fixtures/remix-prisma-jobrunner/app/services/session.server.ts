import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { prisma } from "~/db.server";

const storage = createCookieSessionStorage({
  cookie: {
    name: "__jobs_session",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    secrets: [process.env.SESSION_SECRET!],
  },
});

export async function requireUserId(request: Request): Promise<string> {
  const session = await storage.getSession(request.headers.get("Cookie"));
  const userId = session.get("userId");
  if (!userId || typeof userId !== "string") {
    throw redirect("/login");
  }
  return userId;
}

export async function requireAdmin(request: Request) {
  const userId = await requireUserId(request);
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user?.admin) {
    throw new Response("Forbidden", { status: 403 });
  }
  return user;
}
