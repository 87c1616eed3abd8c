import { prisma } from '../db.server';
import { userContext } from '../context';
import type { Route } from './+types/admin.users';

export async function loader({ context }: Route.LoaderArgs) {
  const me = context.get(userContext);
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({ where: { companyId: me.companyId }, select: { id: true, email: true, role: true } });
  return { users };
}

// ok: missing-role-check
export async function action({ request, context }: Route.ActionArgs) {
  const me = context.get(userContext);
  const form = await request.formData();
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: String(form.get('userId')), companyId: me.companyId } });
  return { ok: true };
}
