import type { EventHandler, EventHandlerRequest, H3Event } from 'h3';

/** A route handler that runs only for signed-in users, handed the user. */
export function defineAuthedHandler<T>(handler: (event: H3Event<EventHandlerRequest>, user: AppUser) => Promise<T> | T): EventHandler<EventHandlerRequest, Promise<T>> {
  return defineEventHandler(async (event) => {
    const user = await getUser(event);
    if (!user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
    return handler(event, user);
  });
}
