import { authed } from '../../../lib/api';
import MealPlan from '../../../models/MealPlan';

// ok: missing-auth
export default authed(async (req, res, user) => {
  // ok: unscoped-tenant-query
  const plan = await MealPlan.findById(req.query.planId).populate('days.meals.recipe').lean();
  if (!plan || String(plan.practice) !== user.practiceId) return res.status(404).json({ error: 'Not found' });
  const items = plan.days.flatMap((d) => d.meals.flatMap((m) => m.recipe?.ingredients ?? []));
  res.json({ items: [...new Set(items)] });
});
