import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { stripe } from '@/lib/stripe';
import { Organization } from '@/models/Organization';

// ok: missing-auth, missing-role-check
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  if (session.user.role !== 'owner') {
    return res.status(403).json({ error: 'Only the account owner can manage billing' });
  }
  await connectDb();
  // ok: unscoped-tenant-query
  const org = await Organization.findById(session.user.orgId);
  if (!org?.stripeCustomerId) return res.status(400).json({ error: 'No billing account' });
  try {
    const portal = await stripe.billingPortal.sessions.create({
      customer: org.stripeCustomerId,
      return_url: `${process.env.NEXTAUTH_URL}/settings/billing`,
    });
    return res.json({ url: portal.url });
  } catch (err) {
    console.error('billing portal failed', err);
    // expect: error-details-leak
    return res.status(502).json({ error: 'Billing provider error', detail: err });
  }
});
