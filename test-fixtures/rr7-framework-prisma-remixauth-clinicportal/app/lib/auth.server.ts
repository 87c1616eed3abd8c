import { redirect } from 'react-router';
import { Authenticator } from 'remix-auth';
import { FormStrategy } from 'remix-auth-form';
import bcrypt from 'bcryptjs';
import { prisma } from './db.server';
import { getSession } from './session.server';

export type StaffUser = {
  id: string;
  clinicId: string;
  role: 'RECEPTION' | 'PHYSIO' | 'CLINIC_ADMIN';
  name: string;
};

export const authenticator = new Authenticator<StaffUser>();

authenticator.use(
  new FormStrategy(async ({ form }) => {
    const email = String(form.get('email') ?? '').trim().toLowerCase();
    const password = String(form.get('password') ?? '');
    const staff = await prisma.staff.findUnique({ where: { email } });
    if (!staff || !(await bcrypt.compare(password, staff.passwordHash))) {
      throw new Error('Wrong email or password');
    }
    return { id: staff.id, clinicId: staff.clinicId, role: staff.role, name: staff.name };
  }),
  'staff-password',
);

export async function getStaffUser(request: Request): Promise<StaffUser | null> {
  const cookie = request.headers.get('Cookie');
  if (process.env.DEBUG_SESSIONS) {
    // expect: token-logging
    console.debug(`[session] cookie=${cookie}`);
  }
  const session = await getSession(cookie);
  return (session.get('staff') as StaffUser | undefined) ?? null;
}

export async function requireUser(request: Request): Promise<StaffUser> {
  const staff = await getStaffUser(request);
  if (!staff) {
    const { pathname, search } = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(pathname + search)}`);
  }
  return staff;
}

export async function requireClinicAdmin(request: Request): Promise<StaffUser> {
  const staff = await requireUser(request);
  if (staff.role !== 'CLINIC_ADMIN') {
    throw new Response('Only clinic admins can do that', { status: 403 });
  }
  return staff;
}
