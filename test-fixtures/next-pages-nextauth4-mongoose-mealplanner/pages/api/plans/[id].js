import crypto from 'crypto';
import { withAuth } from '../../../lib/withAuth';
import { planSchema } from '../../../lib/validation';
import MealPlan from '../../../models/MealPlan';

async function handler(req, res, session) {
  const { id } = req.query;
  switch (req.method) {
    case 'GET': {
      // ok: unscoped-tenant-query
      const plan = await MealPlan.findById(id).populate('days.meals.recipe').lean();
      if (!plan || plan.practice.toString() !== session.user.practiceId) {
        return res.status(404).json({ error: 'Not found' });
      }
      return res.json(plan);
    }
    case 'PUT': {
      const data = planSchema.partial().parse(req.body);
      // expect: unscoped-tenant-query
      const plan = await MealPlan.findByIdAndUpdate(id, data, { new: true });
      return res.json(plan);
    }
    case 'POST': {
      // share link
      const shareToken = crypto.randomBytes(18).toString('base64url');
      // ok: unscoped-tenant-query
      await MealPlan.updateOne({ _id: id, practice: session.user.practiceId }, { shareToken });
      return res.json({ url: `/share/${shareToken}` });
    }
    case 'DELETE': {
      // ok: unscoped-tenant-query
      await MealPlan.deleteOne({ _id: id, practice: session.user.practiceId });
      return res.status(204).end();
    }
    default:
      return res.status(405).end();
  }
}

// ok: missing-auth, missing-input-validation
export default withAuth(handler);
