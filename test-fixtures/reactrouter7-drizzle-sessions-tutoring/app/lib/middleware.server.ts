import { redirect, unstable_createContext, type unstable_MiddlewareFunction } from 'react-router';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getSession } from '~/session.server';

export type SessionUser = typeof schema.users.$inferSelect;
export const userContext = unstable_createContext<SessionUser>();

export const authMiddleware: unstable_MiddlewareFunction = async ({ request, context }, next) => {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) throw redirect('/login');
  const user = await db.query.users.findFirst({ where: eq(schema.users.id, userId) });
  if (!user) throw redirect('/login');
  context.set(userContext, user);
  return next();
};
