import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { authenticator } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await authenticator.isAuthenticated(request);
  if (!user) throw redirect('/login');
  // ok: unscoped-tenant-query
  return json(await prisma.album.findMany({ where: { workspaceId: user.workspaceId } }));
}
