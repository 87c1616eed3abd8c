import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../lib/auth';
import dbConnect from '../../../lib/mongodb';
import { recipeSchema } from '../../../lib/validation';
import Recipe from '../../../models/Recipe';

// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  await dbConnect();
  if (req.method === 'GET') {
    // public recipe library
    // ok: unscoped-tenant-query
    const recipes = await Recipe.find({ published: true }).select('title ingredients').limit(100).lean();
    return res.json(recipes);
  }
  if (req.method === 'POST') {
    const session = await getServerSession(req, res, authOptions);
    if (!session) return res.status(401).json({ error: 'Unauthorized' });
    const recipe = await Recipe.create({ ...recipeSchema.parse(req.body), practice: session.user.practiceId });
    return res.status(201).json(recipe);
  }
  res.status(405).end();
}
