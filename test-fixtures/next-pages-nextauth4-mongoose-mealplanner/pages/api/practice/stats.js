import mongoose from 'mongoose';
import { getToken } from 'next-auth/jwt';
import dbConnect from '../../../lib/mongodb';
import MealPlan from '../../../models/MealPlan';

// ok: missing-auth
export default async function handler(req, res) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (!token) return res.status(401).json({ error: 'Unauthorized' });
  await dbConnect();
  // ok: unscoped-tenant-query
  const stats = await MealPlan.aggregate([
    { $match: { practice: new mongoose.Types.ObjectId(token.practiceId) } },
    { $group: { _id: '$client', plans: { $sum: 1 }, avgCalories: { $avg: '$calories' } } },
  ]);
  res.json(stats);
}
