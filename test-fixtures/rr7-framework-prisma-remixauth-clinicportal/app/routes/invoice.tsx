import { data, useLoaderData } from 'react-router';
import type { Route } from './+types/invoice';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const staff = await requireUser(request);
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({
    where: { id: params.invoiceId },
    include: { patient: { select: { firstName: true, lastName: true } } },
  });
  if (!invoice || invoice.clinicId !== staff.clinicId) {
    throw new Response('Not found', { status: 404 });
  }
  return { invoice };
}

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const staff = await requireUser(request);
  try {
    // ok: unscoped-tenant-query
    const { count } = await prisma.invoice.updateMany({
      where: { id: params.invoiceId, clinicId: staff.clinicId, paidAt: null },
      data: { paidAt: new Date() },
    });
    if (count === 0) return data({ error: 'Invoice is already paid' }, { status: 409 });
    return { paid: true };
  } catch (error) {
    // expect: error-details-leak
    return data({ error: (error as Error).message }, { status: 500 });
  }
}

export default function InvoicePage() {
  const { invoice } = useLoaderData<typeof loader>();
  return <p>{invoice.patient.lastName}: {(invoice.totalCents / 100).toFixed(2)}</p>;
}
