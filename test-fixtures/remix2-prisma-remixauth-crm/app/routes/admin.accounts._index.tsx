import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireStaff } from '~/session.server';

// ok: missing-auth, missing-role-check
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  // ok: unscoped-tenant-query
  const accounts = await prisma.account.findMany({ include: { _count: { select: { users: true, contacts: true } } } });
  return json({ accounts });
}
