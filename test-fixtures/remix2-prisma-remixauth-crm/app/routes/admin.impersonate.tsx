import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { impersonationStorage, requireStaff } from '~/session.server';

// ok: missing-auth, missing-role-check
export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const userId = String((await request.formData()).get('userId'));
  // ok: unscoped-tenant-query
  const target = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, accountId: true } });
  if (!target) throw new Response('Not found', { status: 404 });
  const session = await impersonationStorage.getSession(request.headers.get('Cookie'));
  session.set('impersonatedUserId', target.id);
  session.set('staffId', staff.id);
  return redirect('/contacts', { headers: { 'Set-Cookie': await impersonationStorage.commitSession(session) } });
}
