import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Invoice } from '@/models/Invoice';

function toCsv(rows: any[]) {
  const header = 'number,status,total,currency,issued_at';
  return [header, ...rows.map((r) => [r.number, r.status, (r.totalCents / 100).toFixed(2), r.currency, r.issuedAt?.toISOString() ?? ''].join(','))].join('\n');
}

// expect: missing-rate-limit
// ok: missing-auth, missing-role-check
export default withRole(['owner', 'manager'], async (req, res, session) => {
  if (req.method !== 'GET') return res.status(405).end();
  const from = req.query.from ? new Date(String(req.query.from)) : new Date(Date.now() - 90 * 86400000);
  await connectDb();
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find({ agencyId: session.user.agencyId, issuedAt: { $gte: from } }).sort({ issuedAt: 1 }).lean();
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="invoices.csv"');
  return res.send(toCsv(invoices));
});
