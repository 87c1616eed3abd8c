import { redirect } from 'react-router';
import bcrypt from 'bcryptjs';
import { prisma } from '../db.server';
import { sessionStorage } from '../sessions.server';
import type { Route } from './+types/login';

// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const user = await prisma.user.findUnique({ where: { email: String(form.get('email')) } });
  if (!user || !(await bcrypt.compare(String(form.get('password')), user.passwordHash))) {
    return { error: 'Wrong email or password' };
  }
  const session = await sessionStorage.getSession();
  session.set('userId', user.id);
  throw redirect('/projects', { headers: { 'Set-Cookie': await sessionStorage.commitSession(session) } });
}
