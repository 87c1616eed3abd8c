import { getToken } from 'next-auth/jwt';
import dbConnect from '../../../lib/mongodb';
import Recipe from '../../../models/Recipe';

// Platform curators feature recipes across practices
// ok: missing-auth, missing-role-check
export default async function handler(req, res) {
  const token = await getToken({ req });
  if (!token) return res.status(401).end();
  if (token.role !== 'superadmin') return res.status(403).json({ error: 'Forbidden' });
  await dbConnect();
  // ok: unscoped-tenant-query
  const recipes = await Recipe.find({ published: false }).sort({ createdAt: -1 }).limit(50).lean();
  res.json(recipes);
}
