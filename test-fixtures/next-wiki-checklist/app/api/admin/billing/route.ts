import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { stripe } from '@/lib/stripe';

// Settings → Billing: current plan and recent invoices.
// expect: missing-role-check
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const team = await db.team.findUniqueOrThrow({
    where: { id: session.user.teamId },
    select: { plan: true, billingStatus: true, stripeCustomerId: true },
  });
  if (!team.stripeCustomerId) return NextResponse.json({ plan: team.plan, invoices: [] });

  const invoices = await stripe.invoices.list({ customer: team.stripeCustomerId, limit: 12 });
  return NextResponse.json({
    plan: team.plan,
    billingStatus: team.billingStatus,
    invoices: invoices.data.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      amountPaid: invoice.amount_paid,
      currency: invoice.currency,
      status: invoice.status,
      hostedInvoiceUrl: invoice.hosted_invoice_url,
      created: invoice.created,
    })),
  });
}

// Opens the Stripe customer portal.
// ok: missing-auth
// ok: missing-role-check
export async function POST() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  try {
    const team = await db.team.findUniqueOrThrow({ where: { id: session.user.teamId }, select: { stripeCustomerId: true } });
    if (!team.stripeCustomerId) return NextResponse.json({ error: 'No billing account yet' }, { status: 400 });

    const portal = await stripe.billingPortal.sessions.create({
      customer: team.stripeCustomerId,
      return_url: `${process.env.APP_URL}/settings/billing`,
    });
    return NextResponse.json({ url: portal.url });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
