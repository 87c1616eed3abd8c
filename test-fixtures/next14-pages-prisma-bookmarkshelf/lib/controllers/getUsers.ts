import { prisma } from "../prisma";

// the instance operator (the first account, or the one named in ADMIN_USER_ID) sees every account
export default async function getUsers(user: { id: number }) {
  if (user.id === Number(process.env.ADMIN_USER_ID || 1)) {
    // ok: unscoped-tenant-query
    const users = await prisma.user.findMany({
      select: { id: true, username: true, email: true, createdAt: true },
    });
    return { status: 200, response: users };
  }
  // ok: unscoped-tenant-query
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { id: true, username: true, email: true } });
  return { status: 200, response: me ? [me] : [] };
}
