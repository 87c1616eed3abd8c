import { redirect, unstable_createContext, type unstable_MiddlewareFunction } from 'react-router';
import { getSessionUser, type SessionUser } from './auth.server';

export const userContext = unstable_createContext<SessionUser>();

export const requireUserMiddleware: unstable_MiddlewareFunction = async ({ request, context }) => {
  const user = await getSessionUser(request);
  if (!user) throw redirect('/login');
  context.set(userContext, user);
};
