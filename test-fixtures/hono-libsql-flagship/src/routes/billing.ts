import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, teams } from '../db';
import { requireRole, type AppEnv } from '../middleware/session';

// expect: hardcoded-secret
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_51FlagshipFAKE0000000000000000000000000000000');

// mounted at /api/billing (behind the app-level session check)
const billing = new Hono<AppEnv>();

// ok: missing-role-check
billing.post('/portal', requireRole('owner'), async (c) => {
  const { teamId } = c.get('user');
  // ok: unscoped-tenant-query
  const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
  try {
    const session = await stripe.billingPortal.sessions.create({ customer: team.stripeCustomerId!, return_url: `${process.env.APP_URL}/settings/billing` });
    return c.json({ url: session.url });
  } catch (err) {
    // ok: error-details-leak
    return c.json({ error: process.env.NODE_ENV === 'production' ? 'Billing is unavailable' : (err as Error).message }, 502);
  }
});

// the status page polls this with a long-lived read token
export const usageFeed = new Hono();
// expect: insecure-jwt
usageFeed.use('*', jwt({ secret: 'flagship-usage-feed' }));

// ok: missing-auth
usageFeed.get('/plan', async (c) => {
  const { teamId } = c.get('jwtPayload') as { teamId: string };
  // ok: unscoped-tenant-query
  const [team] = await db.select({ plan: teams.plan }).from(teams).where(eq(teams.id, teamId));
  return c.json(team ?? null);
});

export default billing;
