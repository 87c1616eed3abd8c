import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireAdmin, requireUser } from '~/session.server';

const RoleForm = z.object({ userId: z.string().cuid(), role: z.enum(['admin', 'member']) });

// ok: missing-auth
// expect: missing-role-check
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({
    where: { organizationId: user.organizationId },
    select: { id: true, name: true, email: true, role: true },
  });
  return json({ users });
}

// ok: missing-auth, missing-role-check, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await request.formData();
  const intent = formData.get('intent');

  if (intent === 'set-role') {
    const { userId, role } = RoleForm.parse(Object.fromEntries(formData));
    // ok: unscoped-tenant-query
    await prisma.user.updateMany({ where: { id: userId, organizationId: admin.organizationId }, data: { role } });
    return json({ ok: true });
  }
  if (intent === 'remove') {
    const userId = String(formData.get('userId'));
    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id: userId } });
    return json({ ok: true });
  }
  return json({ error: 'Unknown intent' }, { status: 400 });
}

export default function AdminUsers() {
  const { users } = useLoaderData<typeof loader>();
  return <ul>{users.map((u) => <li key={u.id}>{u.name} ({u.role})</li>)}</ul>;
}
