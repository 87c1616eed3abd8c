import { useLoaderData } from 'react-router';
import type { Route } from './+types/admin.users';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// expect: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({
    where: { workspaceId: user.workspaceId },
    select: { id: true, email: true, name: true, role: true },
  });
  return { users };
}

// expect: missing-role-check
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const role = formData.get('role') === 'admin' ? 'admin' : 'member';
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({
    where: { id: String(formData.get('userId')), workspaceId: user.workspaceId },
    data: { role },
  });
  return { ok: true };
}

export default function AdminUsers() {
  const { users } = useLoaderData<typeof loader>();
  return <ul>{users.map((u) => <li key={u.id}>{u.email}</li>)}</ul>;
}
