import { createCookieSessionStorage, redirect } from "react-router";
import { prisma } from "~/db.server";

const { getSession, commitSession, destroySession } = createCookieSessionStorage({
  cookie: {
    name: "__session",
    httpOnly: true,
    path: "/",
    sameSite: "lax",
    // ok: hardcoded-secret
    secrets: [process.env.SESSION_SECRET!],
    secure: process.env.NODE_ENV === "production",
  },
});

export { getSession, commitSession, destroySession };

export async function requireUser(request: Request) {
  const session = await getSession(request.headers.get("Cookie"));
  const userId = session.get("userId");
  if (!userId) throw redirect("/login");
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw redirect("/login");
  return user;
}
