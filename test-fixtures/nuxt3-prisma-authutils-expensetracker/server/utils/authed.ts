import type { EventHandlerRequest, H3Event } from 'h3';

type SessionUser = { id: string; email: string; role: string; workspaceId: string };

/** An event handler that only runs for a signed-in user, who is handed to it. */
export function defineAuthedHandler<T>(handler: (event: H3Event<EventHandlerRequest>, user: SessionUser) => Promise<T>) {
  return defineEventHandler(async (event) => {
    const { user } = await requireUserSession(event);
    return handler(event, user as SessionUser);
  });
}

/** onRequest hook: owners and admins only. */
export async function requireAdmin(event: H3Event) {
  const { user } = await requireUserSession(event);
  if (user.role !== 'admin' && user.role !== 'owner') {
    throw createError({ statusCode: 403, statusMessage: 'Admins only' });
  }
}
