import { error, type RequestEvent } from '@sveltejs/kit';

export type StaffUser = { id: string; email: string; role: 'RECEPTION' | 'VET' | 'ADMIN'; clinicId: string };

export async function requireStaff(event: RequestEvent): Promise<StaffUser> {
  const session = await event.locals.auth();
  if (!session?.user) error(401, 'Sign in required');
  const user = session.user as unknown as StaffUser;
  if (!user.clinicId) error(403, 'No clinic assigned');
  return user;
}

export async function requireVet(event: RequestEvent): Promise<StaffUser> {
  const user = await requireStaff(event);
  if (user.role !== 'VET' && user.role !== 'ADMIN') error(403, 'Vets only');
  return user;
}
