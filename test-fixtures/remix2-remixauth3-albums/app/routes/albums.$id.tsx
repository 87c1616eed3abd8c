import { json, type LoaderFunctionArgs, type ActionFunctionArgs } from '@remix-run/node';
import { authenticator } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await authenticator.isAuthenticated(request, { failureRedirect: '/login' });
  // ok: unscoped-tenant-query
  const album = await prisma.album.findFirst({ where: { id: params.id, workspaceId: user.workspaceId } });
  return json({ album });
}

// Without failureRedirect, isAuthenticated answers null for anonymous callers, and nothing tests it.
// expect: missing-auth
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await authenticator.isAuthenticated(request);
  try {
    await prisma.album.delete({ where: { id: params.id } });
  } catch (e: any) {
    // expect: error-details-leak
    return json({ error: e.message }, { status: 500 });
  }
  return json({ ok: true, by: user?.id ?? null });
}
