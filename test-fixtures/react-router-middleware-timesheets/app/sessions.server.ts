import { createCookieSessionStorage } from 'react-router';
import { prisma } from './db.server';

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    secrets: [process.env.SESSION_SECRET!],
  },
});

export async function getSessionUser(request: Request) {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) return null;
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, companyId: true } });
}
