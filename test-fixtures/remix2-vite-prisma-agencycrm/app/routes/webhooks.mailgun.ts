import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { prisma } from '~/db.server';

// inbound email replies are attached to the client as notes; the Mailgun signature is never checked
// expect: unverified-webhook
// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const recipient = String(form.get('recipient'));
  const clientId = recipient.split('@')[0].replace('client-', '');
  // ok: unscoped-tenant-query
  const client = await prisma.client.findUnique({ where: { id: clientId } });
  if (!client) return json({ ignored: true });
  await prisma.note.create({
    data: { body: String(form.get('stripped-text')), clientId, agencyId: client.agencyId, authorId: 'mailgun' },
  });
  return json({ ok: true });
}
