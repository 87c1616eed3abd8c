import { json, type ActionFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// each intent signs the caller in itself; an unknown intent touches nothing
// ok: missing-auth, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'claim') {
    const user = await requireUser(request);
    // ok: unscoped-tenant-query
    await prisma.contact.updateMany({ where: { id: params.contactId, accountId: user.accountId }, data: { ownerId: user.id } });
    return json({ ok: true });
  }
  if (intent === 'release') {
    const user = await requireUser(request);
    // ok: unscoped-tenant-query
    await prisma.contact.updateMany({ where: { id: params.contactId, accountId: user.accountId, ownerId: user.id }, data: { ownerId: null } });
    return json({ ok: true });
  }
  return json({ error: 'unknown intent' }, { status: 400 });
}
