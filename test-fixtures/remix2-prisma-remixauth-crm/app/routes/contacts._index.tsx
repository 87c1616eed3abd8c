import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const NewContact = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().optional(),
  phone: z.string().max(40).optional(),
  company: z.string().max(120).optional(),
});

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const q = new URL(request.url).searchParams.get('q') ?? undefined;
  // ok: unscoped-tenant-query
  const contacts = await prisma.contact.findMany({
    where: { accountId: user.accountId, ...(q ? { name: { contains: q, mode: 'insensitive' } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  return json({ contacts });
}

// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = NewContact.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ errors: parsed.error.flatten() }, { status: 400 });
  try {
    const contact = await prisma.contact.create({ data: { ...parsed.data, accountId: user.accountId, ownerId: user.id } });
    return redirect(`/contacts/${contact.id}`);
  } catch (e) {
    // expect: error-details-leak
    return json({ error: (e as Error).message }, { status: 500 });
  }
}

export default function Contacts() {
  const { contacts } = useLoaderData<typeof loader>();
  return <ul>{contacts.map((c) => <li key={c.id}>{c.name}</li>)}</ul>;
}
