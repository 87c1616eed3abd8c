import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireTeamOwner } from '~/auth.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unscoped-tenant-query
export async function loader({ request }: LoaderFunctionArgs) {
  const owner = await requireTeamOwner(request);
  const team = await db.query.teams.findFirst({ where: eq(schema.teams.id, owner.teamId) });
  return json({ plan: team?.plan ?? 'hobby' });
}

// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const owner = await requireTeamOwner(request);
  // ok: unscoped-tenant-query
  const team = await db.query.teams.findFirst({ where: eq(schema.teams.id, owner.teamId) });
  if (!team?.stripeCustomerId) return json({ error: 'No billing account yet' }, { status: 400 });
  const portal = await stripe.billingPortal.sessions.create({ customer: team.stripeCustomerId, return_url: new URL('/settings/billing', request.url).toString() });
  return redirect(portal.url);
}

export default function Billing() {
  const { plan } = useLoaderData<typeof loader>();
  return <p>Current plan: {plan}</p>;
}
