import type { EventHandlerRequest, H3Event } from 'h3';

type GymUser = { id: string; gymId: string; role: string };

// Every handler built with this gets the signed-in user or a 401.
export function defineAuthedHandler<T>(handler: (event: H3Event<EventHandlerRequest>, user: GymUser) => Promise<T>) {
  return defineEventHandler(async (event) => {
    const { user } = await requireUserSession(event);
    return handler(event, user as GymUser);
  });
}
