import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

async function requireAgencyOwner(request: Request) {
  const user = await requireUser(request);
  if (user.role !== 'owner') {
    throw new Response('Forbidden', { status: 403 });
  }
  return user;
}

// ok: missing-role-check
export async function loader({ request }: LoaderFunctionArgs) {
  const owner = await requireAgencyOwner(request);
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({
    where: { agencyId: owner.agencyId },
    select: { id: true, email: true, role: true },
  });
  return json({ users });
}

const RoleChange = z.object({ userId: z.string().cuid(), role: z.enum(['member', 'manager', 'owner']) });

// ok: missing-role-check, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const owner = await requireAgencyOwner(request);
  const { userId, role } = RoleChange.parse(Object.fromEntries(await request.formData()));
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: userId, agencyId: owner.agencyId }, data: { role } });
  return json({ ok: true });
}
