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

export async function assertBookingInAgency(agencyId: number, bookingId: number) {
  const { and, eq } = await import('drizzle-orm');
  const { bookings } = await import('../database/schema');
  const row = await useDb().select({ id: bookings.id }).from(bookings).where(and(eq(bookings.id, bookingId), eq(bookings.agencyId, agencyId))).get();
  if (!row) throw createError({ statusCode: 404, statusMessage: 'Booking not found' });
}
