import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { prisma } from "~/db.server";

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: "__session",
    httpOnly: true,
    path: "/",
    sameSite: "lax",
    secrets: [process.env.SESSION_SECRET as string],
    secure: process.env.NODE_ENV === "production",
  },
});

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  return session.get("userId");
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getUserId(request);
  if (!userId) {
    throw redirect("/login");
  }
  return userId;
}

export async function requireAdmin(request: Request) {
  const userId = await requireUserId(request);
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.role !== "admin") {
    throw new Response("Forbidden", { status: 403 });
  }
  return user;
}
