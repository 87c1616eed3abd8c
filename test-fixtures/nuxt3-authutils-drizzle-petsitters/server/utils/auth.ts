import type { H3Event } from 'h3';

export async function requireAgencyUser(event: H3Event) {
  const { user } = await requireUserSession(event);
  return user as { id: number; agencyId: number; role: 'owner' | 'manager' | 'sitter'; email: string };
}

export async function requireManager(event: H3Event) {
  const user = await requireAgencyUser(event);
  if (user.role !== 'owner' && user.role !== 'manager') {
    throw createError({ statusCode: 403, statusMessage: 'Managers only' });
  }
  return user;
}
