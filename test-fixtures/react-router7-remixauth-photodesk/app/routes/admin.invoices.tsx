import { useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/admin.invoices';
import { requireAdmin } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

const InvoiceInput = z.object({ number: z.string().min(1), amountCents: z.coerce.number().int().positive() });

// ok: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireAdmin(request);
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { workspaceId: admin.workspaceId } });
  return { invoices };
}

// ok: missing-role-check, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const admin = await requireAdmin(request);
  const formData = await request.formData();
  const input = InvoiceInput.parse(Object.fromEntries(formData));
  await prisma.invoice.create({ data: { ...input, workspaceId: admin.workspaceId } });
  return { ok: true };
}

export default function AdminInvoices() {
  const { invoices } = useLoaderData<typeof loader>();
  return <ul>{invoices.map((i) => <li key={i.id}>{i.number}</li>)}</ul>;
}
