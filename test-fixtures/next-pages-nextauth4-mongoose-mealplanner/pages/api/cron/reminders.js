import dbConnect from '../../../lib/mongodb';
import MealPlan from '../../../models/MealPlan';

// ok: missing-auth
export default async function handler(req, res) {
  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) return res.status(401).end();
  await dbConnect();
  // ok: unscoped-tenant-query
  const due = await MealPlan.find({ updatedAt: { $lt: new Date(Date.now() - 7 * 864e5) } }).select('client practice').lean();
  res.json({ queued: due.length });
}
