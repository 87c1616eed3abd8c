import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { stripe } from '@/lib/stripe';
import { Invoice } from '@/models/Invoice';

// ok: missing-auth
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  await connectDb();
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findById(req.query.id);
  if (!invoice || invoice.agencyId.toString() !== session.user.agencyId) {
    return res.status(404).json({ error: 'Not found' });
  }
  const checkout = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price_data: { currency: invoice.currency, unit_amount: invoice.totalCents, product_data: { name: `Invoice ${invoice.number}` } }, quantity: 1 }],
    success_url: `${process.env.NEXT_PUBLIC_APP_URL}/invoices/${invoice._id}?paid=1`,
    cancel_url: `${process.env.NEXT_PUBLIC_APP_URL}/invoices/${invoice._id}`,
    metadata: { invoiceId: String(invoice._id) },
  });
  return res.json({ url: checkout.url });
});
