'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { stripe } from '@/lib/stripe';

const checkoutSchema = z.object({ plan: z.enum(['pro', 'business']) });

// Settings → General.
// ok: missing-auth
// expect: missing-input-validation
export async function updateTeamSettings(data: { name: string; slug: string }) {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  if (session.user.role !== 'admin') throw new Error('Forbidden');

  await db.team.update({
    where: { id: session.user.teamId },
    data: { name: data.name, slug: data.slug },
  });
  revalidatePath('/settings');
}

// Settings → Billing → "Upgrade".
// ok: missing-auth
export async function startCheckout(plan: 'pro' | 'business') {
  const session = await auth();
  if (!session?.user) redirect('/login');
  if (session.user.role !== 'admin') throw new Error('Forbidden');

  const parsed = checkoutSchema.parse({ plan });
  const price = parsed.plan === 'pro' ? process.env.STRIPE_PRICE_PRO : process.env.STRIPE_PRICE_BUSINESS;

  const team = await db.team.findUniqueOrThrow({ where: { id: session.user.teamId }, select: { stripeCustomerId: true } });
  const checkout = await stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price, quantity: 1 }],
    client_reference_id: session.user.teamId,
    ...(team.stripeCustomerId ? { customer: team.stripeCustomerId } : { customer_email: session.user.email ?? undefined }),
    success_url: `${process.env.APP_URL}/settings/billing?checkout=success`,
    cancel_url: `${process.env.APP_URL}/settings/billing`,
  });

  if (!checkout.url) throw new Error('Checkout session has no URL');
  redirect(checkout.url);
}

// "Upgrade to Pro" banner close button. Purely cosmetic.
// ok: missing-auth
export async function dismissUpgradeBanner() {
  // ok: insecure-cookie
  cookies().set('wiki-upgrade-banner', 'dismissed', { path: '/', maxAge: 60 * 60 * 24 * 30 });
}

// Switching teams re-issues the session for the chosen team (Next 15 style: cookies() is awaited).
// ok: missing-auth
export async function switchTeam(teamId: string) {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  // ok: unscoped-tenant-query
  const membership = await db.user.findFirst({ where: { id: session.user.id, teamId }, select: { id: true } });
  if (!membership) throw new Error('Forbidden');
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('wiki-active-session', `${session.user.id}:${teamId}`, { path: '/', sameSite: 'lax' });
  revalidatePath('/');
}
