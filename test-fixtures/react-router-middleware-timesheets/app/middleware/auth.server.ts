import { redirect, type MiddlewareFunction } from 'react-router';
import { userContext } from '../context';
import { getSessionUser } from '../sessions.server';

export const requireUser: MiddlewareFunction = async ({ request, context }) => {
  const user = await getSessionUser(request);
  if (!user) {
    throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  }
  context.set(userContext, user);
};

export const requireManager: MiddlewareFunction = async ({ context }) => {
  const user = context.get(userContext);
  if (user.role !== 'manager' && user.role !== 'admin') {
    throw new Response('Forbidden', { status: 403 });
  }
};
