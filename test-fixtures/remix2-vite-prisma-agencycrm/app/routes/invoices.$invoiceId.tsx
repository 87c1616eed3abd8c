import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({
    where: { id: params.invoiceId, agencyId: user.agencyId },
  });
  if (!invoice) throw new Response('Not found', { status: 404 });
  return json({ invoice });
}

// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  try {
    // the caller's agency is never compared: mark any agency's invoice as paid
    // expect: unscoped-tenant-query
    const invoice = await prisma.invoice.update({
      where: { id: params.invoiceId },
      data: { status: String(form.get('status')) },
    });
    return json({ invoice });
  } catch (error) {
    // expect: error-details-leak
    return json({ error: (error as Error).message, stack: (error as Error).stack }, { status: 500 });
  }
}
