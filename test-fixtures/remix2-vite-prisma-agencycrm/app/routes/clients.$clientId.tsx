import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { prisma } from '~/db.server';
import { requireUser, requireUserId } from '~/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  // any signed-in user of any agency can open any client by id
  // expect: unscoped-tenant-query
  const client = await prisma.client.findUnique({
    where: { id: params.clientId },
    include: { notes: true, invoices: true },
  });
  if (!client) throw new Response('Not found', { status: 404 });
  return json({ client });
}

// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'delete') {
    // ok: unscoped-tenant-query
    await prisma.client.deleteMany({ where: { id: params.clientId, agencyId: user.agencyId } });
    return redirect('/clients');
  }
  // ok: unscoped-tenant-query
  await prisma.client.updateMany({
    where: { id: params.clientId, agencyId: user.agencyId },
    data: { name: String(form.get('name')), status: String(form.get('status')) },
  });
  return json({ ok: true });
}

export default function ClientPage() {
  const { client } = useLoaderData<typeof loader>();
  return <h1>{client.name}</h1>;
}
