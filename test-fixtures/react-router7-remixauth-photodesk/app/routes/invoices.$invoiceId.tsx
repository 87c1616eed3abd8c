import { data, useLoaderData } from 'react-router';
import Stripe from 'stripe';
import type { Route } from './+types/invoices.$invoiceId';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: params.invoiceId } });
  if (!invoice || invoice.workspaceId !== user.workspaceId) {
    throw new Response('Not found', { status: 404 });
  }
  return { invoice };
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const invoice = await prisma.invoice.findFirst({
    where: { id: params.invoiceId, workspaceId: user.workspaceId },
  });
  if (!invoice) throw new Response('Not found', { status: 404 });
  try {
    const link = await stripe.paymentLinks.create({
      line_items: [{ price_data: { currency: 'eur', unit_amount: invoice.amountCents, product_data: { name: invoice.number } }, quantity: 1 } as any],
    });
    return { url: link.url };
  } catch (err) {
    // expect: error-details-leak
    return data({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}

export default function InvoicePage() {
  const { invoice } = useLoaderData<typeof loader>();
  return <h1>{invoice.number}</h1>;
}
