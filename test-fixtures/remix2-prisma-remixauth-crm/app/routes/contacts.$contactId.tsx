import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const contact = await prisma.contact.findFirst({
    where: { id: params.contactId, accountId: user.accountId },
    include: { deals: true, notes: { orderBy: { createdAt: 'desc' } } },
  });
  if (!contact) throw new Response('Not found', { status: 404 });
  return json({ contact });
}

// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = form.get('intent');

  if (intent === 'delete') {
    // ok: unscoped-tenant-query
    await prisma.contact.deleteMany({ where: { id: params.contactId, accountId: user.accountId } });
    return redirect('/contacts');
  }

  // expect: unscoped-tenant-query
  await prisma.contact.update({
    where: { id: params.contactId },
    data: {
      name: String(form.get('name')),
      email: String(form.get('email') ?? ''),
      phone: String(form.get('phone') ?? ''),
      company: String(form.get('company') ?? ''),
    },
  });
  return json({ ok: true });
}

export default function Contact() {
  const { contact } = useLoaderData<typeof loader>();
  return <h1>{contact.name}</h1>;
}
