import dbConnect from '../../../lib/mongodb';
import MealPlan from '../../../models/MealPlan';

// Clients open their plan from a link the coach sends
// ok: missing-auth
export default async function handler(req, res) {
  await dbConnect();
  // ok: unscoped-tenant-query
  const plan = await MealPlan.findOne({ shareToken: req.query.token }).select('title days calories').lean();
  if (!plan) return res.status(404).json({ error: 'Not found' });
  res.json(plan);
}
