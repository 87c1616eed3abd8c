import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

function toCsv(rows: Array<Record<string, unknown>>) {
  const cols = ['tag', 'name', 'category', 'status', 'serialNumber', 'purchaseCost'];
  const esc = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [cols.join(','), ...rows.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n');
}

// expect: missing-rate-limit
export default withAuth(async (req, res, session) => {
  await connectDb();
  // ok: unscoped-tenant-query
  const assets = await Asset.find({ organization: session.user.orgId }).lean();
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="assets.csv"');
  return res.send(toCsv(assets as any));
});
