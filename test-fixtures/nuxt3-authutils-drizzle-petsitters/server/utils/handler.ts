import type { EventHandlerRequest, H3Event } from 'h3';

type AgencyUser = { id: number; agencyId: number; role: 'owner' | 'manager' | 'sitter'; email: string };

export const defineAgencyHandler = <T>(fn: (event: H3Event<EventHandlerRequest>, user: AgencyUser) => Promise<T>) =>
  defineEventHandler(async (event) => {
    const { user } = await requireUserSession(event);
    return fn(event, user as AgencyUser);
  });
