import type { H3Event } from 'h3';
import { eq } from 'drizzle-orm';

export type SessionData = { userId?: string };
export type AppUser = { id: string; companyId: string; role: 'inspector' | 'manager' | 'admin'; email: string; name: string };

export function useAppSession(event: H3Event) {
  const config = useRuntimeConfig(event);
  return useSession<SessionData>(event, {
    name: 'insp_session',
    password: config.sessionPassword,
    maxAge: 60 * 60 * 24 * 7,
    cookie: { httpOnly: true, secure: !import.meta.dev, sameSite: 'lax' },
  });
}

export async function getUser(event: H3Event): Promise<AppUser | null> {
  if (event.context.user) return event.context.user as AppUser;
  const session = await useAppSession(event);
  if (!session.data.userId) return null;
  const user = await db.query.users.findFirst({ where: eq(tables.users.id, session.data.userId) });
  return user ? { id: user.id, companyId: user.companyId, role: user.role, email: user.email, name: user.name } : null;
}

export async function requireUser(event: H3Event): Promise<AppUser> {
  const user = await getUser(event);
  if (!user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  return user;
}

export async function requireManager(event: H3Event): Promise<AppUser> {
  const user = await requireUser(event);
  if (user.role !== 'manager' && user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Managers only' });
  }
  return user;
}
