import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// account detail for support; checks sign-in but not staff
// ok: missing-auth
// expect: missing-role-check
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const account = await prisma.account.findUnique({ where: { id: params.accountId }, include: { users: true } });
  if (!account) throw new Response('Not found', { status: 404 });
  return json({ account });
}
