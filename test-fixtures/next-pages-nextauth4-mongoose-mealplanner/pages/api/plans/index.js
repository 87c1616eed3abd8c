import { withAuth } from '../../../lib/withAuth';
import { planSchema } from '../../../lib/validation';
import MealPlan from '../../../models/MealPlan';
import Client from '../../../models/Client';

// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method === 'GET') {
    // expect: unscoped-tenant-query
    const plans = await MealPlan.find({ client: req.query.clientId }).sort({ createdAt: -1 }).lean();
    return res.json(plans);
  }
  if (req.method === 'POST') {
    const data = planSchema.parse(req.body);
    // ok: unscoped-tenant-query
    const client = await Client.findOne({ _id: data.client, practice: session.user.practiceId });
    if (!client) return res.status(400).json({ error: 'Unknown client' });
    const plan = await MealPlan.create({ ...data, practice: session.user.practiceId });
    return res.status(201).json(plan);
  }
  res.status(405).end();
});
