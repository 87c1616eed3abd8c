import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// expect: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  const item = await prisma.item.findUnique({ where: { id: params.itemId } });
  if (!item) return json({ error: 'Not found' }, { status: 404 });
  return json(item);
}

// ok: missing-auth
// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const item = await prisma.item.findUnique({ where: { id: params.itemId } });
  if (!item || item.organizationId !== user.organizationId) {
    return json({ error: 'Not found' }, { status: 404 });
  }
  if (request.method === 'DELETE') {
    // ok: unscoped-tenant-query
    await prisma.item.delete({ where: { id: item.id } });
    return json({ ok: true });
  }
  const body = await request.json();
  // ok: unscoped-tenant-query
  const updated = await prisma.item.update({ where: { id: item.id }, data: { title: body.title, status: body.status } });
  return json(updated);
}
